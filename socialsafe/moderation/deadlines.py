"""When a comment must be answered by (SPEC M6, CF Monitoring).

The pack gives the number of hours and what happens at a weekend. With the
`next_working_day` rule, a comment that arrives on a non-working day (a Saturday, a
Sunday or an England and Wales bank holiday) is due by the end of the next working day;
otherwise it is due the pack's number of hours after it arrived, counted in real elapsed
time, so a clock change never stretches or shrinks the window. Local time is
Europe/London. Django-free."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

LONDON = ZoneInfo("Europe/London")
END_OF_DAY = time(23, 59)


@lru_cache(maxsize=16)
def _bank_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("GB", subdiv="ENG", years=year)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def next_working_day(day: date) -> date:
    day += timedelta(days=1)
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def due_at(received: datetime, hours: int, weekend_rule: str) -> datetime:
    """The answer deadline, as an aware datetime in Europe/London."""
    local = received.astimezone(LONDON)
    if weekend_rule == "next_working_day" and not is_working_day(local.date()):
        return datetime.combine(next_working_day(local.date()), END_OF_DAY, tzinfo=LONDON)
    return (received.astimezone(ZoneInfo("UTC")) + timedelta(hours=hours)).astimezone(LONDON)


def warning_at(received: datetime, due: datetime) -> datetime:
    """When to warn that a deadline is near: with a quarter of the time left, at most
    four hours before it."""
    window = min((due - received) / 4, timedelta(hours=4))
    return due - window
