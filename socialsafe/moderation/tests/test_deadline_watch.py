"""Deadline warnings before, escalation after (SPEC M6), the rota and the daily digest."""

from __future__ import annotations

from datetime import datetime, timedelta

import time_machine
from django.core import mail

from socialsafe.moderation.deadlines import LONDON
from socialsafe.moderation.models import Comment, RotaEntry
from socialsafe.moderation.tasks import daily_digest, deadline_watch
from socialsafe.moderation.tests.helpers import ModerationTestCase
from socialsafe.people.models import StaffMember

WEDNESDAY_9AM = datetime(2024, 1, 10, 9, 0, tzinfo=LONDON)


class DeadlineWatchTests(ModerationTestCase):
    def setUp(self) -> None:
        super().setUp()
        with time_machine.travel(WEDNESDAY_9AM, tick=False):
            self.comment = self.receive("When is the trip?")
        mail.outbox.clear()
        volunteer = StaffMember.objects.get(user_id=self.volunteer.pk)
        RotaEntry.objects.create(school=self.school, weekday=3, person=volunteer)  # Thursday

    def watch_at(self, moment: datetime) -> None:
        with time_machine.travel(moment, tick=False), self.captureOnCommitCallbacks(execute=True):
            deadline_watch()

    def test_nothing_is_sent_while_there_is_plenty_of_time(self) -> None:
        self.watch_at(WEDNESDAY_9AM + timedelta(hours=12))
        self.assertEqual(mail.outbox, [])

    def test_moderators_and_the_days_rota_are_warned_once_before_the_deadline(self) -> None:
        for hours in (21, 22):
            self.watch_at(WEDNESDAY_9AM + timedelta(hours=hours))
        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(sorted(mail.outbox[0].to), ["administrator@example.org",
                                                     "media_lead@example.org",
                                                     "volunteer@example.org"])
        self.assertIn("deadline is near", mail.outbox[0].body)

    def test_the_head_is_told_once_when_the_deadline_is_missed(self) -> None:
        for hours in (25, 26):
            self.watch_at(WEDNESDAY_9AM + timedelta(hours=hours))
        missed = [m for m in mail.outbox if "Deadline missed" in m.subject]
        self.assertEqual([m.to for m in missed], [["head@example.org"]])
        self.assertTrue(Comment.objects.get(pk=self.comment.pk).history.filter(
            kind="overdue").exists())

    def test_an_answered_comment_is_left_alone(self) -> None:
        Comment.objects.filter(pk=self.comment.pk).update(state="answered")
        self.watch_at(WEDNESDAY_9AM + timedelta(hours=30))
        self.assertEqual(mail.outbox, [])

    def test_the_daily_digest_counts_by_label(self) -> None:
        with time_machine.travel(WEDNESDAY_9AM + timedelta(hours=2), tick=False):
            daily_digest()
        digest = mail.outbox[0]
        self.assertIn("Daily comments digest for Test School", digest.subject)
        self.assertIn("question: 1", digest.body)
        self.assertIn("Waiting for an answer: 1", digest.body)


class RotaPageTests(ModerationTestCase):
    def test_a_moderator_sets_who_monitors_each_day(self) -> None:
        self.login(self.media_lead)
        me = StaffMember.objects.get(user_id=self.media_lead.pk)
        response = self.client.post("/o/test-school/moderation/rota/",
                                    {"day_5": [me.pk], "day_6": [me.pk]})
        self.assertRedirects(response, "/o/test-school/moderation/rota/")
        self.assertEqual(sorted(RotaEntry.objects.values_list("weekday", flat=True)), [5, 6])
        page = self.client.get("/o/test-school/moderation/rota/")
        self.assertContains(page, "Media Lead")
