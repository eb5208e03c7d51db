"""The policy pack format (SPEC P1–P4, P7): a school's policy as data.

Everything that differs between schools lives here, never in code. Every rule cites the
section of the source policy it paraphrases; a parameter the source does not give is
marked as the school's own choice (`source: school_choice`).

This module has no Django imports: the analysis engine and the CLI read packs too."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from socialsafe.policy import vocabulary
from socialsafe.policy.located import PathKey
from socialsafe.policy.terms import parse_written_date

T = TypeVar("T")

ROLES = (
    "head", "slt", "dsl", "media_lead", "administrator", "staff",
    "governor", "volunteer", "contractor", "trust_central",
)
Role = Literal[
    "head", "slt", "dsl", "media_lead", "administrator", "staff",
    "governor", "volunteer", "contractor", "trust_central",
]
Source = Literal["seed", "school_choice"]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Capability(StrEnum):
    """Things a pack grants to roles. The code asks `pack.allows(role, capability)`."""

    APPLY_FOR_ACCOUNT = "apply_for_account"
    APPROVE_ACCOUNTS = "approve_accounts"
    CREATE_ACCOUNTS = "create_accounts"
    AUTHORISE_CREDENTIALS = "authorise_credentials"
    HOLD_CREDENTIALS = "hold_credentials"
    POST_WITHOUT_APPROVAL = "post_without_approval"
    APPROVE_POSTS = "approve_posts"
    MODERATE = "moderate"
    TRIAGE_INCIDENTS = "triage_incidents"
    READ_SAFEGUARDING = "read_safeguarding"
    RECEIVE_STAFF_MENTIONS = "receive_staff_mentions"
    MANAGE_PEOPLE = "manage_people"
    VIEW_AUDIT = "view_audit"
    APPROVE_DECLARATIONS = "approve_declarations"
    # Added with the bundled packs (all optional: a pack that omits one grants it to nobody).
    SUSPEND_ACCESS = "suspend_access"
    TRANSFER_ACCOUNTS = "transfer_accounts"
    REVIEW_ACCOUNTS = "review_accounts"
    MANAGE_TRAINING = "manage_training"
    MANAGE_WATCHLIST = "manage_watchlist"
    HANDLE_PRESS = "handle_press"
    APPROVE_PERSONAL_SITES = "approve_personal_sites"


Severity = Literal["block", "approval", "advice"]
ContentCategory = Literal[
    "pupil_no_consent", "personal_info", "offensive", "political", "personal_view",
    "targeted_message", "staff_personal_link", "commercial", "confidential", "copyright",
    "off_purpose",
]
CommentLabel = Literal[
    "abuse", "hate", "threat", "spam", "personal_info", "commercial", "complaint",
    "question", "praise", "safeguarding", "staff_mention", "extremism",
]
ModerationAction = Literal[
    "escalate", "hide", "delete", "reply", "keep", "report_to_head",
    "ask_poster_to_delete", "report_to_platform",
]
Area = Literal[
    "accounts", "posting", "moderation", "monitoring", "incidents", "registers",
    "staff_conduct", "data", "governance",
]


class Citation(Strict):
    """Where in the source policy a rule or value comes from, paraphrased, never quoted.

    `section` is the heading as the policy prints it; `clause` narrows it (a paragraph
    number such as 2.8.5, or the bullet list it sits in)."""

    section: str = Field(min_length=1)
    clause: str | None = None
    note: str | None = None

    def __str__(self) -> str:
        return f"{self.section} ({self.clause})" if self.clause else self.section


class Param(Strict, Generic[T]):
    """A value with its provenance: taken from the seed policy, or the school's choice."""

    value: T
    source: Source
    cite: Citation | None = None

    @model_validator(mode="after")
    def _seed_values_cite(self) -> Param[T]:
        if self.source == "seed" and self.cite is None:
            raise ValueError("a value taken from the policy must cite its section")
        return self


def _fill_date(
    data: Any, date_field: str, written_field: str, *, end: bool, since: date | None = None
) -> Any:
    """Let a pack give a date as the policy words it ("Spring Term 2027", "May 2021")."""
    if isinstance(data, dict) and data.get(written_field) and not data.get(date_field):
        resolved = parse_written_date(str(data[written_field]), end=end, since=since)
        if resolved is None:
            raise ValueError(f"cannot read a date from {data[written_field]!r}")
        data = {**data, date_field: resolved}
    return data


def _review_in_terms(meta: Any) -> Any:
    """A review due "in a term" counts from the adoption (or approval) date."""
    if not isinstance(meta, dict) or not isinstance(meta.get("review"), dict):
        return meta
    since = meta.get("adopted_on") or meta.get("approved_on")
    if not isinstance(since, date):
        return meta
    review = _fill_date(meta["review"], "due", "as_written", end=True, since=since)
    return {**meta, "review": review}


class Review(Strict):
    """When the policy is next reviewed. A term or month is resolved to its last day."""

    due: date | None = None
    as_written: str | None = Field(None, description="the review date as the policy words it")
    frequency_months: int | None = Field(None, ge=1, le=60)
    source: Source = "seed"
    cite: Citation | None = None

    @model_validator(mode="before")
    @classmethod
    def _resolve_written(cls, data: Any) -> Any:
        return _fill_date(data, "due", "as_written", end=True)


class DateConflict(Strict):
    """Two dates the policy gives for the same thing; both are kept (SPEC P4)."""

    field: str
    values: list[str] = Field(min_length=2)
    resolution: str | None = Field(None, description="which value the pack uses, and why")
    cite: Citation


class PolicyMeta(Strict):
    title: str
    version: str
    adopted_on: date | None = None
    adopted_as_written: str | None = None
    approved_by: str | None = None
    approved_on: date | None = None
    approved_as_written: str | None = None
    review: Review = Review()
    related_policies: list[str] = []
    date_conflicts: list[DateConflict] = []
    cite: Citation | None = None

    @model_validator(mode="before")
    @classmethod
    def _resolve_written(cls, data: Any) -> Any:
        data = _fill_date(data, "adopted_on", "adopted_as_written", end=False)
        data = _fill_date(data, "approved_on", "approved_as_written", end=False)
        return _review_in_terms(data)


class Rule(Strict):
    id: Slug
    source: Source = "seed"
    summary: str = Field(min_length=1)
    cite: Citation


class ContentRule(Rule):
    """A check on outgoing posts: which finding category, and how severe for this school."""

    category: ContentCategory
    severity: Severity


class ModerationRule(Rule):
    """What this school does with an incoming comment of one label (SPEC P7, M4).

    `also_hide` hides an escalated comment too; `strike` counts it against its author
    (SPEC M5); `reply_template` names a template of this pack; `third_party_action`, when
    set, applies instead of `action` to authors outside the school community (EP)."""

    label: CommentLabel
    action: ModerationAction
    third_party_action: ModerationAction | None = None
    tell_audience: bool = False
    notify: list[Role] = []
    also_hide: bool = False
    strike: bool = False
    reply_template: str | None = None


class Provision(Rule):
    """A provision the software tracks or enforces outside the text engine."""

    area: Area
    enforced_by: str = Field(min_length=1, description="the feature that enforces or records it")

    @field_validator("enforced_by")
    @classmethod
    def _known_feature(cls, value: str) -> str:
        return vocabulary.check("feature", value, vocabulary.FEATURES)


class ReplyTemplate(Strict):
    id: Slug
    title: str
    text: str
    cite: Citation | None = None


class EscalationRoute(Strict):
    """Who hears of what (SPEC I3, P7). `procedure` is the school procedure that then
    applies; `external` are bodies told (police, lado, prevent …)."""

    trigger: str = Field(min_length=1)
    notify: list[Role] = []
    external: list[str] = []
    procedure: str | None = None
    mandatory: bool = False
    source: Source = "seed"
    summary: str | None = None
    cite: Citation

    @field_validator("trigger")
    @classmethod
    def _known_trigger(cls, value: str) -> str:
        return vocabulary.check("trigger", value, vocabulary.TRIGGERS)

    @field_validator("external")
    @classmethod
    def _known_bodies(cls, values: list[str]) -> list[str]:
        return [vocabulary.check("external body", v, vocabulary.EXTERNAL_BODIES) for v in values]

    @field_validator("procedure")
    @classmethod
    def _known_procedure(cls, value: str | None) -> str | None:
        return value and vocabulary.check("procedure", value, vocabulary.PROCEDURES)


class Parameters(Strict):
    response_deadline_hours: Param[int]
    weekend_rule: Param[Literal["next_working_day", "same_clock"]]
    monitoring_days_per_week: Param[int]
    strike_limit: Param[int]
    min_account_runners: Param[int]
    attribution: Param[Literal["named_person", "school"]]
    allowed_purposes: Param[list[str]]
    former_pupil_contact_age: Param[int | None]
    police_decision: Param[Literal["victim", "school"]]
    personal_account_naming: Param[
        Literal["disclaimer", "head_permission", "discouraged", "not_allowed"]
    ]
    monitoring_notice: Param[Literal["informed", "without_notice", "may_monitor"]]
    retention_days: dict[str, Param[int]]
    training_valid_months: Param[int]
    # Optional parameters added with the bundled packs.
    acknowledgement_audience: Param[list[Literal["staff", "pupils", "parents"]]] | None = None
    tone: Param[list[str]] | None = None
    official_platforms: Param[list[str]] | None = None
    account_review_months: Param[int] | None = None
    personal_devices_for_accounts: Param[Literal["never", "slt_with_pin", "allowed"]] | None = None
    staff_may_contact_pupils_personally: Param[bool] | None = None

    @field_validator("allowed_purposes")
    @classmethod
    def _known_purposes(cls, param: Param[list[str]]) -> Param[list[str]]:
        for purpose in param.value:
            vocabulary.check("purpose", purpose, vocabulary.PURPOSES)
        return param

    @field_validator("retention_days")
    @classmethod
    def _known_records(cls, value: dict[str, Param[int]]) -> dict[str, Param[int]]:
        for kind in value:
            vocabulary.check("record kind", kind, vocabulary.RECORD_KINDS)
        return value


class Rules(Strict):
    content: list[ContentRule] = []
    moderation: list[ModerationRule] = []
    provisions: list[Provision] = []


class Organisation(Strict):
    name: str
    kind: Literal["school", "trust", "federation"]
    seed: str | None = Field(None, description="the seed file the pack is written from")


class Pack(Strict):
    """A complete, validated policy pack. `extends` names the trust or federation pack a
    school pack was merged onto (SPEC P6); validation always sees the merged result."""

    pack: Literal[1] = 1
    slug: Slug
    extends: str | None = None
    organisation: Organisation
    policy: PolicyMeta
    roles: dict[Capability, list[Role]]
    role_cites: dict[Capability, Citation] = {}
    parameters: Parameters
    rules: Rules
    templates: list[ReplyTemplate] = []
    escalation: list[EscalationRoute] = []

    @model_validator(mode="after")
    def _unique_ids_and_known_templates(self) -> Pack:
        """Cross-references; the error's `at` context says where, for FILE:LINE messages."""
        rules: list[tuple[PathKey, str]] = []
        for kind in ("content", "moderation", "provisions"):
            listed: list[Rule] = getattr(self.rules, kind)
            rules += [(("rules", kind, i, "id"), r.id) for i, r in enumerate(listed)]
        _check_unique("rule id", rules)
        _check_unique("template id",
                      [(("templates", i, "id"), t.id) for i, t in enumerate(self.templates)])
        _check_unique("moderation label", [(("rules", "moderation", i, "label"), r.label)
                                           for i, r in enumerate(self.rules.moderation)])
        known = {t.id for t in self.templates}
        for i, rule in enumerate(self.rules.moderation):
            if rule.reply_template and rule.reply_template not in known:
                raise _located(("rules", "moderation", i, "reply_template"),
                               f"no template called {rule.reply_template!r} in this pack")
        return self

    def all_rules(self) -> list[Rule]:
        return [*self.rules.content, *self.rules.moderation, *self.rules.provisions]

    def allows(self, role: str | None, capability: Capability) -> bool:
        return role is not None and role in self.roles.get(capability, [])

    def roles_for(self, capability: Capability) -> list[str]:
        return list(self.roles.get(capability, []))

    def content_severity(self) -> dict[str, str]:
        """Category → severity for the engine; the strictest rule wins."""
        order = {"advice": 0, "approval": 1, "block": 2}
        result: dict[str, str] = {}
        for rule in self.rules.content:
            if order[rule.severity] >= order.get(result.get(rule.category, "advice"), 0):
                result[rule.category] = rule.severity
        return result

    def content_rule(self, category: str) -> ContentRule | None:
        rules = [r for r in self.rules.content if r.category == category]
        return max(rules, key=lambda r: ["advice", "approval", "block"].index(r.severity),
                   default=None)

    def moderation_rule(self, label: str) -> ModerationRule | None:
        return next((r for r in self.rules.moderation if r.label == label), None)

    def template(self, template_id: str) -> ReplyTemplate | None:
        return next((t for t in self.templates if t.id == template_id), None)

    def escalation_route(self, trigger: str) -> EscalationRoute | None:
        return next((e for e in self.escalation if e.trigger == trigger), None)


def _located(at: PathKey, reason: str) -> PydanticCustomError:
    return PydanticCustomError("pack_reference", "{reason}", {"reason": reason, "at": at})


def _check_unique(what: str, values: list[tuple[PathKey, str]]) -> None:
    seen: set[str] = set()
    for at, value in values:
        if value in seen:
            raise _located(at, f"duplicate {what} {value!r}")
        seen.add(value)
