"""What a dashboard shows of an organisation's policy pack (SPEC P1, P4, P6).

Read-only views over `socialsafe.policy`: the pack in force (or None when it is missing or
invalid, so a page still renders and says so), its review status and its rules grouped by
area, each with the section of the source policy it comes from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from socialsafe.people.models import Organisation
from socialsafe.policy.loader import PackError, UnknownPack, load_pack
from socialsafe.policy.review import ReviewStatus, review_status
from socialsafe.policy.schema import Pack

AREA_TITLES = {
    "accounts": "Official accounts",
    "posting": "Posting",
    "moderation": "Comments and moderation",
    "monitoring": "Monitoring",
    "incidents": "Incidents",
    "registers": "Registers",
    "staff_conduct": "Staff conduct",
    "data": "Data protection",
    "governance": "Governance",
}


def pack_or_none(org: Organisation) -> Pack | None:
    try:
        return load_pack(org.effective_pack_slug)
    except (UnknownPack, PackError):
        return None


def review_of(pack: Pack, today: date | None = None) -> ReviewStatus:
    return review_status(pack, today or timezone.localdate())


SEVERITY = {"block": "post check: blocks", "approval": "post check: needs approval",
            "advice": "post check: advice"}


@dataclass(frozen=True)
class RuleLine:
    summary: str
    section: str
    detail: str


def rules_by_area(pack: Pack) -> list[tuple[str, list[RuleLine]]]:
    """Every rule of the pack under a plain heading, in the order of AREA_TITLES."""
    grouped: dict[str, list[RuleLine]] = {area: [] for area in AREA_TITLES}
    for c in pack.rules.content:
        grouped["posting"].append(RuleLine(c.summary, c.cite.section, SEVERITY[c.severity]))
    for m in pack.rules.moderation:
        action = m.action.replace("_", " ")
        grouped["moderation"].append(RuleLine(m.summary, m.cite.section, f"comment: {action}"))
    for p in pack.rules.provisions:
        grouped[p.area].append(RuleLine(p.summary, p.cite.section, ""))
    return [(AREA_TITLES[area], lines) for area, lines in grouped.items() if lines]


@dataclass(frozen=True)
class Setting:
    label: str
    value: str
    from_policy: bool


def key_settings(pack: Pack) -> list[Setting]:
    """A few parameters people ask about first, each marked as the policy's or the school's
    own choice (SPEC P4)."""
    p = pack.parameters
    rows = [
        ("Answer comments within", f"{p.response_deadline_hours.value} hours",
         p.response_deadline_hours.source),
        ("Block an author after", f"{p.strike_limit.value} upheld abuses", p.strike_limit.source),
        ("Runners per account", f"at least {p.min_account_runners.value}",
         p.min_account_runners.source),
        ("Training valid for", f"{p.training_valid_months.value} months",
         p.training_valid_months.source),
    ]
    return [Setting(label, value, source == "seed") for label, value, source in rows]
