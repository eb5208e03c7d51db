"""Is a policy's review overdue? (SPEC P4). Used by `pack list`, the policy page and the
dashboards; `today` is always passed in so callers and tests decide what today is."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from socialsafe.policy.schema import DateConflict, Pack


@dataclass(frozen=True)
class ReviewStatus:
    due: date | None
    overdue: bool
    days: int | None = None  # days past due when overdue, else days left
    as_written: str | None = None
    source: str = "seed"
    conflicts: list[DateConflict] = field(default_factory=list)

    @property
    def label(self) -> str:
        if self.due is None:
            return "No review date"
        if self.overdue:
            return f"Review overdue since {self.due:%-d %B %Y}"
        return f"Review due {self.due:%-d %B %Y}"

    @property
    def has_conflicts(self) -> bool:
        return bool(self.conflicts)


def review_status(pack: Pack, today: date) -> ReviewStatus:
    review = pack.policy.review
    due = review.due
    overdue = due is not None and due < today
    days = None if due is None else abs((today - due).days)
    return ReviewStatus(
        due=due,
        overdue=overdue,
        days=days,
        as_written=review.as_written,
        source=review.source,
        conflicts=list(pack.policy.date_conflicts),
    )
