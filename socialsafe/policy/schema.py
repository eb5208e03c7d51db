"""The policy pack format (SPEC P1–P4, P7): a school's policy as data.

Everything that differs between schools lives here, never in code. Every rule cites the
section of the source policy it paraphrases; a parameter the source does not give is
marked as the school's own choice (`source: school_choice`).

This module has no Django imports: the analysis engine and the CLI read packs too."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

T = TypeVar("T")

ROLES = (
    "head", "slt", "dsl", "media_lead", "administrator", "staff",
    "governor", "volunteer", "contractor", "trust_central",
)
Role = Literal[
    "head", "slt", "dsl", "media_lead", "administrator", "staff",
    "governor", "volunteer", "contractor", "trust_central",
]


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
    """Where in the source policy a rule or value comes from, paraphrased, never quoted."""

    section: str = Field(min_length=1)
    note: str | None = None


class Param(Strict, Generic[T]):
    """A value with its provenance: taken from the seed policy, or the school's choice."""

    value: T
    source: Literal["seed", "school_choice"]
    cite: Citation | None = None

    @model_validator(mode="after")
    def _seed_values_cite(self) -> Param[T]:
        if self.source == "seed" and self.cite is None:
            raise ValueError("a value taken from the policy must cite its section")
        return self


class Review(Strict):
    due: date | None = None
    as_written: str | None = Field(None, description="the review date as the policy words it")
    frequency_months: int | None = Field(None, ge=1, le=60)
    source: Literal["seed", "school_choice"] = "seed"


class DateConflict(Strict):
    field: str
    values: list[str] = Field(min_length=2)
    cite: Citation


class PolicyMeta(Strict):
    title: str
    version: str
    adopted_on: date | None = None
    approved_by: str | None = None
    approved_on: date | None = None
    review: Review = Review()
    related_policies: list[str] = []
    date_conflicts: list[DateConflict] = []


class ContentRule(Strict):
    """A check on outgoing posts: which finding category, and how severe for this school."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    category: ContentCategory
    severity: Severity
    summary: str = Field(min_length=1)
    cite: Citation


class ModerationRule(Strict):
    """What this school does with an incoming comment of one label (SPEC P7, M4)."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    label: CommentLabel
    action: ModerationAction
    tell_audience: bool = False
    notify: list[Role] = []
    summary: str = Field(min_length=1)
    cite: Citation


class Provision(Strict):
    """A provision the software tracks or enforces outside the text engine."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    area: Area
    summary: str = Field(min_length=1)
    enforced_by: str = Field(min_length=1, description="the feature that enforces or records it")
    cite: Citation


class ReplyTemplate(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    text: str
    cite: Citation | None = None


class EscalationRoute(Strict):
    """Who hears of what (SPEC I3, P7)."""

    trigger: str = Field(min_length=1)
    notify: list[Role] = []
    external: list[str] = []
    mandatory: bool = False
    cite: Citation


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


class Rules(Strict):
    content: list[ContentRule] = []
    moderation: list[ModerationRule] = []
    provisions: list[Provision] = []


class Organisation(Strict):
    name: str
    kind: Literal["school", "trust", "federation"]
    seed: str | None = Field(None, description="the seed file the pack is written from")


class Pack(Strict):
    """A complete, validated policy pack."""

    pack: Literal[1] = 1
    slug: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    organisation: Organisation
    policy: PolicyMeta
    roles: dict[Capability, list[Role]]
    parameters: Parameters
    rules: Rules
    templates: list[ReplyTemplate] = []
    escalation: list[EscalationRoute] = []

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
