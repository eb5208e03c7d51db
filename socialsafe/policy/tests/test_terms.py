"""Dates as policies write them, school terms included (SPEC P4)."""

from __future__ import annotations

from datetime import date

import pytest

from socialsafe.policy.schema import PolicyMeta
from socialsafe.policy.terms import easter_sunday, parse_written_date, term_bounds, term_of


@pytest.mark.parametrize(("year", "easter"), [
    (2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2027, date(2027, 3, 28)),
])
def test_it_knows_easter(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


def test_spring_term_ends_before_good_friday() -> None:
    assert term_bounds("spring", 2027) == (date(2027, 1, 1), date(2027, 3, 25))
    assert term_bounds("summer", 2025) == (date(2025, 4, 21), date(2025, 7, 31))
    assert term_bounds("autumn", 2024) == (date(2024, 9, 1), date(2024, 12, 31))


@pytest.mark.parametrize(("written", "due", "start"), [
    ("Spring Term 2027", date(2027, 3, 25), date(2027, 1, 1)),
    ("spring term 2025", date(2025, 4, 17), date(2025, 1, 1)),
    ("Autumn 2026", date(2026, 12, 31), date(2026, 9, 1)),
    ("April 2028", date(2028, 4, 30), date(2028, 4, 1)),
    ("February 2023", date(2023, 2, 28), date(2023, 2, 1)),
    ("Sept 2023", date(2023, 9, 30), date(2023, 9, 1)),
    ("26 April 2024", date(2024, 4, 26), date(2024, 4, 26)),
    ("08/10/2021", date(2021, 10, 8), date(2021, 10, 8)),
    ("2024-04-26", date(2024, 4, 26), date(2024, 4, 26)),
])
def test_it_reads_a_written_date_as_a_due_date_or_a_start(
    written: str, due: date, start: date
) -> None:
    assert parse_written_date(written, end=True) == due
    assert parse_written_date(written) == start


@pytest.mark.parametrize("written", ["next year", "Spring", "31/02/2024", "Smarch 2024", ""])
def test_it_gives_none_for_what_it_cannot_read(written: str) -> None:
    assert parse_written_date(written) is None


def test_it_files_a_holiday_under_the_following_term() -> None:
    assert term_of(date(2027, 3, 30)) == ("summer", 2027)  # Easter holiday
    assert term_of(date(2027, 8, 15)) == ("autumn", 2027)
    assert term_of(date(2027, 2, 1)) == ("spring", 2027)


@pytest.mark.parametrize(("written", "due"), [
    ("in a term", date(2025, 7, 31)),
    ("next term", date(2025, 7, 31)),
    ("in two terms", date(2025, 12, 31)),
    ("in a term’s time", date(2025, 7, 31)),
])
def test_a_review_in_so_many_terms_counts_from_adoption(written: str, due: date) -> None:
    adopted = date(2025, 1, 15)  # spring term 2025
    assert parse_written_date(written, end=True, since=adopted) == due
    assert parse_written_date(written, end=True) is None  # meaningless without a start


def test_a_pack_whose_review_is_due_in_a_term_gets_a_real_date() -> None:
    meta = PolicyMeta.model_validate({
        "title": "T", "version": "1", "adopted_as_written": "Jan 2025",
        "review": {"as_written": "in a term"},
    })
    assert meta.review.due == date(2025, 7, 31)


def test_a_review_in_a_term_without_an_adoption_date_is_an_error() -> None:
    with pytest.raises(ValueError, match="cannot read a date from 'in a term'"):
        PolicyMeta.model_validate({"title": "T", "version": "1",
                                   "review": {"as_written": "in a term"}})
