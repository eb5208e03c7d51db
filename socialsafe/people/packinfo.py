"""What a dashboard shows of an organisation's policy pack (SPEC P1, P4, P6).

Read-only views over `socialsafe.policy`: the pack in force (or None when it is missing or
invalid, so a page still renders and says so), its review status and its rules grouped by
area, each with the section of the source policy it comes from."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.utils import timezone

from socialsafe.people.models import Organisation
from socialsafe.policy.loader import PackError, UnknownPack, load_pack
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


@dataclass(frozen=True)
class ReviewInfo:
    due: date | None
    overdue: bool
    label: str


def review_of(pack: Pack, today: date | None = None) -> ReviewInfo:
    """The pack's review status, from the policy app's `review_status` when it has one."""
    today = today or timezone.localdate()
    try:
        helper: Any = importlib.import_module("socialsafe.policy.review").review_status
    except (ImportError, AttributeError):
        helper = None
    if helper is not None:
        status = helper(pack, today)
        due = getattr(status, "due", pack.policy.review.due)
        overdue = bool(getattr(status, "overdue", due is not None and due < today))
        return ReviewInfo(due, overdue, str(getattr(status, "label", "") or _label(due, overdue)))
    due = pack.policy.review.due
    overdue = due is not None and due < today
    return ReviewInfo(due, overdue, _label(due, overdue))


def _label(due: date | None, overdue: bool) -> str:
    if due is None:
        return "No review date set"
    return f"{'Overdue since' if overdue else 'Due'} {due:%-d %B %Y}"


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
