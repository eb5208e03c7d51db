"""The answer deadline (SPEC M6, CF Monitoring): 24 hours, or the end of the next working
day when a comment arrives on a weekend or an England and Wales bank holiday, in
Europe/London time across the clock changes. Time is frozen with time-machine."""

from __future__ import annotations

from datetime import datetime

import time_machine
from django.test import SimpleTestCase

from socialsafe.moderation.deadlines import LONDON, due_at, is_working_day
from socialsafe.moderation.tests.helpers import ModerationTestCase


def london(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=LONDON)


class DueTimeTests(SimpleTestCase):
    def test_a_weekday_comment_is_due_24_hours_later(self) -> None:
        self.assertEqual(due_at(london(2024, 1, 10, 9, 30), 24, "next_working_day"),
                         london(2024, 1, 11, 9, 30))

    def test_a_weekend_comment_is_due_by_the_end_of_the_next_working_day(self) -> None:
        saturday, sunday = london(2024, 1, 13, 8, 0), london(2024, 1, 14, 22, 0)
        for received in (saturday, sunday):
            self.assertEqual(due_at(received, 24, "next_working_day"), london(2024, 1, 15, 23, 59))

    def test_bank_holidays_are_not_working_days(self) -> None:
        # Good Friday 29 March 2024 → the next working day is Tuesday 2 April (Easter Monday off).
        self.assertFalse(is_working_day(london(2024, 4, 1).date()))
        self.assertEqual(due_at(london(2024, 3, 29, 11, 0), 24, "next_working_day"),
                         london(2024, 4, 2, 23, 59))
        # Christmas Day 2024 is a Wednesday: due by the end of Friday 27 December.
        self.assertEqual(due_at(london(2024, 12, 25, 10, 0), 24, "next_working_day"),
                         london(2024, 12, 27, 23, 59))

    def test_the_clock_going_back_does_not_stretch_the_weekend_rule(self) -> None:
        # Clocks go back at 02:00 BST on Sunday 27 October 2024.
        due = due_at(london(2024, 10, 26, 10, 0), 24, "next_working_day")
        self.assertEqual(due, london(2024, 10, 28, 23, 59))
        self.assertEqual(due.utcoffset().total_seconds(), 0)  # type: ignore[union-attr]

    def test_24_hours_are_elapsed_hours_across_the_clock_going_forward(self) -> None:
        # Clocks go forward at 01:00 GMT on Sunday 31 March 2024.
        due = due_at(london(2024, 3, 30, 12, 0), 24, "same_clock")
        self.assertEqual(due, london(2024, 3, 31, 13, 0))
        self.assertEqual(due.timestamp() - london(2024, 3, 30, 12, 0).timestamp(), 24 * 3600)


class CommentDeadlineTests(ModerationTestCase):
    """The pack's parameters are applied when a comment arrives (crossflatts: 24 h,
    next working day at weekends)."""

    def test_a_comment_arriving_on_saturday_is_due_monday_night(self) -> None:
        with time_machine.travel(london(2024, 1, 13, 15, 0), tick=False):
            comment = self.receive("When is the trip?")
        self.assertEqual(comment.due_at, london(2024, 1, 15, 23, 59))

    def test_a_comment_arriving_on_a_weekday_is_due_next_day(self) -> None:
        with time_machine.travel(london(2024, 1, 10, 9, 0), tick=False):
            comment = self.receive("When is the trip?")
        self.assertEqual(comment.due_at, london(2024, 1, 11, 9, 0))

    def test_a_comment_arriving_on_easter_monday_is_due_tuesday_night(self) -> None:
        with time_machine.travel(london(2024, 4, 1, 12, 0), tick=False):
            comment = self.receive("When is the trip?")
        self.assertEqual(comment.due_at, london(2024, 4, 2, 23, 59))
