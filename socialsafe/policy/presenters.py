"""The policy page's content, worked out without Django: plain rows for the template.

Each row carries its provenance (from the policy, with its section, or the school's own
choice), so the page can show where every value and rule comes from (SPEC P1, P4)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from socialsafe.policy import vocabulary
from socialsafe.policy.schema import Capability, Citation, Pack, Param

ROLE_LABELS = {
    "head": "Headteacher", "slt": "Senior leaders", "dsl": "DSL", "media_lead": "Media lead",
    "administrator": "Account administrators", "staff": "Staff", "governor": "Governors",
    "volunteer": "Volunteers", "contractor": "Contractors", "trust_central": "Trust central staff",
}
PARAM_LABELS = {
    "response_deadline_hours": "Response deadline",
    "weekend_rule": "Comments arriving at a weekend",
    "monitoring_days_per_week": "Accounts monitored",
    "strike_limit": "Strikes before an author is blocked",
    "min_account_runners": "Minimum people running each account",
    "attribution": "Posts are credited to",
    "allowed_purposes": "What posts may be for",
    "former_pupil_contact_age": "Staff may contact former pupils from age",
    "police_decision": "Who decides on involving the police (bullying)",
    "personal_account_naming": "Naming the school on personal accounts",
    "monitoring_notice": "Monitoring of staff use",
    "retention_days": "Kept for",
    "training_valid_months": "Training stays valid for",
    "acknowledgement_audience": "Who confirms they have read the policy",
    "tone": "Tone of posts",
    "official_platforms": "Official platforms",
    "account_review_months": "Accounts reviewed every",
    "personal_devices_for_accounts": "Personal devices for school accounts",
    "staff_may_contact_pupils_personally": "Staff may contact pupils on personal accounts",
}
WORDS = {
    "next_working_day": "answered the next working day", "same_clock": "same deadline",
    "named_person": "the named person posting", "school": "the school",
    "victim": "the person bullied", "disclaimer": "allowed with a disclaimer",
    "head_permission": "only with the headteacher's permission", "discouraged": "discouraged",
    "not_allowed": "not allowed", "informed": "staff are told when it happens",
    "without_notice": "may happen without notice", "may_monitor": "may be monitored",
    "never": "never", "slt_with_pin": "senior leaders' phones with PIN and encryption",
    "allowed": "allowed",
}
UNITS = {"response_deadline_hours": "hours", "monitoring_days_per_week": "days a week",
         "training_valid_months": "months", "account_review_months": "months"}
ACTION_WORDS = {
    "escalate": "Escalate", "hide": "Hide", "delete": "Delete", "reply": "Reply",
    "keep": "Keep", "report_to_head": "Report to the headteacher",
    "ask_poster_to_delete": "Ask the poster to delete it",
    "report_to_platform": "Report to the platform",
}
SEVERITY_WORDS = {"block": "Blocks publishing", "approval": "Needs approval",
                  "advice": "Advice"}
AREA_TITLES = {
    "accounts": "Official accounts", "posting": "Posting", "moderation": "Comments and moderation",
    "monitoring": "Watching what is said", "incidents": "Incidents", "registers": "Registers",
    "staff_conduct": "Staff conduct", "data": "Data protection", "governance": "Governance",
}


@dataclass(frozen=True)
class Row:
    """One line of the page: what, its value or effect, and where it comes from."""

    label: str
    value: str
    source: str = "seed"
    cite: str = ""
    note: str = ""
    detail: list[str] = field(default_factory=list)

    @property
    def from_policy(self) -> bool:
        return self.source == "seed"


def cite_text(cite: Citation | None) -> str:
    return str(cite) if cite else ""


def roles_text(roles: Sequence[str]) -> str:
    return ", ".join(ROLE_LABELS.get(r, r) for r in roles) or "Nobody"


def value_text(name: str, value: Any) -> str:
    if name == "former_pupil_contact_age":
        return "never" if value is None else f"{value}"
    if name == "allowed_purposes":
        return "; ".join(vocabulary.PURPOSES.get(v, v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(WORDS.get(v, v)) for v in value)
    if name == "retention_days":
        return f"{value} days"
    unit = UNITS.get(name)
    return f"{value} {unit}" if unit else str(WORDS.get(str(value), value))


def _param_row(label: str, name: str, param: Param[Any]) -> Row:
    note = param.cite.note if param.cite and param.cite.note else ""
    cite = str(Citation(section=param.cite.section, clause=param.cite.clause)) if param.cite else ""
    return Row(label, value_text(name, param.value), param.source, cite, note)


def parameter_rows(pack: Pack) -> list[Row]:
    rows: list[Row] = []
    for name, value in pack.parameters:
        if isinstance(value, dict):
            for kind, param in value.items():
                label = f"{PARAM_LABELS[name]}: {vocabulary.RECORD_KINDS.get(kind, kind)}"
                rows.append(_param_row(label, name, param))
        elif value is not None:
            rows.append(_param_row(PARAM_LABELS.get(name, name), name, value))
    return rows


def role_rows(pack: Pack) -> list[Row]:
    rows = []
    for capability in Capability:
        cite = pack.role_cites.get(capability)
        label = capability.value.replace("_", " ").capitalize()
        source = "seed" if cite else "school_choice"
        rows.append(Row(label, roles_text(pack.roles_for(capability)), source,
                        cite_text(cite), (cite.note or "") if cite else ""))
    return rows


def content_rows(pack: Pack) -> list[Row]:
    return [Row(r.summary, SEVERITY_WORDS[r.severity], r.source, cite_text(r.cite),
                detail=[f"Finding: {r.category.replace('_', ' ')}"]) for r in pack.rules.content]


def moderation_rows(pack: Pack) -> list[Row]:
    rows = []
    for r in pack.rules.moderation:
        detail = [f"Comment label: {r.label.replace('_', ' ')}"]
        if r.third_party_action:
            detail.append(f"Someone outside the school: {ACTION_WORDS[r.third_party_action]}")
        if r.also_hide:
            detail.append("Also hidden")
        if r.tell_audience:
            detail.append("The audience is told why")
        if r.strike:
            detail.append("Counts as a strike")
        if r.notify:
            detail.append(f"Tells: {roles_text(r.notify)}")
        if r.reply_template and (template := pack.template(r.reply_template)):
            detail.append(f"Reply: {template.title}")
        rows.append(Row(r.summary, ACTION_WORDS[r.action], r.source, cite_text(r.cite),
                        detail=detail))
    return rows


def escalation_rows(pack: Pack) -> list[Row]:
    rows = []
    for e in pack.escalation:
        detail = [f"Tells: {roles_text(e.notify)}"]
        if e.external:
            bodies = ", ".join(vocabulary.EXTERNAL_BODIES[b] for b in e.external)
            detail.append(f"Outside the school: {bodies}" + (" (mandatory)" if e.mandatory else ""))
        if e.procedure:
            detail.append(f"Then: {vocabulary.PROCEDURES[e.procedure]}")
        rows.append(Row(vocabulary.TRIGGERS[e.trigger], e.summary or "", e.source,
                        cite_text(e.cite), detail=detail))
    return rows


def provision_groups(pack: Pack) -> list[tuple[str, list[Row]]]:
    grouped: dict[str, list[Row]] = {area: [] for area in AREA_TITLES}
    for p in pack.rules.provisions:
        feature = vocabulary.FEATURES[p.enforced_by]
        grouped[p.area].append(Row(p.summary, feature, p.source, cite_text(p.cite)))
    return [(AREA_TITLES[area], rows) for area, rows in grouped.items() if rows]


def template_rows(pack: Pack) -> list[Row]:
    return [Row(t.title, t.text, "seed" if t.cite else "school_choice", cite_text(t.cite))
            for t in pack.templates]
