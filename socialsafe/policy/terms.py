"""Dates as policies write them: "Spring Term 2027", "April 2028", "08/10/2019".

English schools work in three terms. Their exact dates vary by local authority, so we use
the conventional bounds: autumn runs from 1 September to 31 December, spring from
1 January to the day before Good Friday, summer from Easter Monday to 31 July. A review
due "in" a term is due by the term's last day."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Literal

Term = Literal["autumn", "spring", "summer"]

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_TERMS: dict[str, Term] = {"autumn": "autumn", "spring": "spring", "summer": "summer"}

_TERM = re.compile(r"^(autumn|spring|summer)\s+(?:term\s+)?(\d{4})$")
_MONTH_YEAR = re.compile(r"^([a-z]+)\.?\s+(\d{4})$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?\s+(\d{4})$")
_NUMERIC = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_TERMS_AHEAD = re.compile(r"^(?:in\s+)?(a|one|two|three|next|\d+)\s+terms?(?:'s\s+time)?$")
_COUNTS = {"a": 1, "one": 1, "next": 1, "two": 2, "three": 3}
_ORDER: tuple[Term, ...] = ("spring", "summer", "autumn")


def easter_sunday(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    j = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * j) // 433
    month = (h + j - 7 * m + 90) // 25
    day = (h + j - 7 * m + 33 * month + 19) % 32
    return date(year, month, day)


def term_bounds(term: Term, year: int) -> tuple[date, date]:
    """First and last day of a school term in the calendar year `year`."""
    easter = easter_sunday(year)
    if term == "autumn":
        return date(year, 9, 1), date(year, 12, 31)
    if term == "spring":
        return date(year, 1, 1), easter - timedelta(days=3)
    return easter + timedelta(days=1), date(year, 7, 31)


def terms_after(day: date, count: int) -> tuple[Term, int]:
    """The term `count` terms after the one `day` falls in."""
    term, year = term_of(day)
    index = _ORDER.index(term) + count
    return _ORDER[index % 3], year + index // 3


def parse_written_date(text: str, *, end: bool = False, since: date | None = None) -> date | None:
    """Read a date as a policy writes it; None when it cannot. A month or term stands for
    its last day when `end` is set (a due date), else its first day (an adoption date).
    Numeric dates are read day first, as in England. "In a term" or "next term" counts
    terms on from `since` (the policy's adoption), so it needs that date."""
    words = " ".join(text.lower().replace(",", " ").replace("’", "'").split())
    if (match := _TERMS_AHEAD.match(words)) and since is not None:
        count = _COUNTS.get(match[1]) or int(match[1])
        first, last = term_bounds(*terms_after(since, count))
        return last if end else first
    if match := _TERM.match(words):
        first, last = term_bounds(_TERMS[match[1]], int(match[2]))
        return last if end else first
    if (match := _MONTH_YEAR.match(words)) and match[1] in _MONTHS:
        year, month = int(match[2]), _MONTHS[match[1]]
        return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
    try:
        if (match := _DAY_MONTH_YEAR.match(words)) and match[2] in _MONTHS:
            return date(int(match[3]), _MONTHS[match[2]], int(match[1]))
        if match := _NUMERIC.match(words):
            return date(int(match[3]), int(match[2]), int(match[1]))
        if match := _ISO.match(words):
            return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    return None


def term_of(day: date) -> tuple[Term, int]:
    """The term a day falls in; a holiday counts towards the term that follows it."""
    if day <= term_bounds("spring", day.year)[1]:
        return "spring", day.year
    if day <= term_bounds("summer", day.year)[1]:
        return "summer", day.year
    return "autumn", day.year
