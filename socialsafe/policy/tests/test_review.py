"""`review_status(pack, today)`: the review date, whether it is overdue, and any dates
the policy gives twice (SPEC P4)."""

from __future__ import annotations

from datetime import date

from socialsafe.policy.loader import load_pack
from socialsafe.policy.review import review_status


def test_it_flags_elm_park_and_moorlands_as_overdue() -> None:
    today = date(2026, 11, 22)
    elm_park = review_status(load_pack("elm-park"), today)
    assert elm_park.overdue and elm_park.due == date(2021, 10, 8)
    assert elm_park.label == "Review overdue since 8 October 2021"
    assert review_status(load_pack("moorlands"), today).overdue


def test_a_review_is_due_on_its_last_day_and_overdue_after() -> None:
    soke = load_pack("soke")
    on_the_day = review_status(soke, date(2028, 4, 30))
    assert not on_the_day.overdue and on_the_day.days == 0
    late = review_status(soke, date(2028, 5, 2))
    assert late.overdue and late.days == 2


def test_it_resolves_kingsleys_term_and_keeps_its_conflicting_dates() -> None:
    status = review_status(load_pack("kingsley"), date(2026, 11, 22))
    assert status.due == date(2027, 3, 25) and status.as_written == "Spring Term 2027"
    assert not status.overdue and status.has_conflicts
    review_conflict = next(c for c in status.conflicts if c.field == "review.due")
    assert any("September 2023" in v for v in review_conflict.values)


def test_crossflatts_review_is_marked_as_the_schools_choice() -> None:
    status = review_status(load_pack("crossflatts"), date(2026, 11, 22))
    assert status.source == "school_choice" and status.due is not None
