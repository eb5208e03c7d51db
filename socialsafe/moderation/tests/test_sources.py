"""Polling connectors and comment-export imports (SPEC M1): each comment stored once."""

from __future__ import annotations

from datetime import UTC, datetime

from django.core.files.uploadedfile import SimpleUploadedFile

from socialsafe.accounts.models import Account
from socialsafe.connectors.base import InboundComment
from socialsafe.jobs.models import Job
from socialsafe.moderation.models import Comment, ImportBatch
from socialsafe.moderation.polling import poll
from socialsafe.moderation.tests.helpers import ModerationTestCase, RecordingConnector

CSV = (b"comment_id,from_id,from_name,message,created_time\n"
       b"x1,p1,Pat,When is the summer fair?,2024-06-01T10:00:00Z\n"
       b"x2,p2,Sam,Thank you for a great term,1717236000\n"
       b",p3,Lee,no id here,\n")


class PollingTests(ModerationTestCase):
    def test_replies_are_fetched_from_the_cursor_and_stored_once(self) -> None:
        account = Account.objects.create(
            organisation=self.school, platform="mastodon", name="Test School Mastodon",
            handle="testschool", url="https://mastodon.example/@testschool", visibility="open")
        at = datetime(2024, 1, 10, 9, tzinfo=UTC)
        RecordingConnector.replies = [
            InboundComment("m1", "a1", "Alex", "When is the trip?", at),
            InboundComment("m2", "a2", "Bo", "Thank you!", at),
        ]
        with self.captureOnCommitCallbacks(execute=True):
            self.assertEqual(poll(account), 2)
        RecordingConnector.replies.append(InboundComment("m3", "a3", "Cy", "You idiot", at))
        with self.captureOnCommitCallbacks(execute=True):
            self.assertEqual(poll(account), 1)
        self.assertEqual(Comment.objects.filter(account=account, source="poll").count(), 3)
        self.assertEqual(Comment.objects.get(platform_id="m3").labels, ["abuse"])


class ImportTests(ModerationTestCase):
    def test_an_export_is_previewed_then_imported_with_progress(self) -> None:
        self.login(self.media_lead)
        upload = SimpleUploadedFile("export.csv", CSV, content_type="text/csv")
        preview = self.client.post("/o/test-school/moderation/import/",
                                   {"account": self.account.pk, "file": upload})
        self.assertContains(preview, "When is the summer fair?")
        self.assertContains(preview, "Line 4: needs a comment id and its text")
        self.assertFalse(Comment.objects.exists())
        batch = ImportBatch.objects.get()
        with self.captureOnCommitCallbacks(execute=True):
            progress = self.client.post(f"/o/test-school/moderation/import/{batch.pk}/confirm/")
        self.assertContains(progress, "<progress")
        job = Job.objects.get(name="moderation.import")
        self.assertEqual((job.state, job.progress, job.progress_total), ("done", 2, 2))
        bar = self.client.get(f"/jobs/{job.pk}/progress/")
        self.assertContains(bar, "Finished 2 of 2")
        self.assertEqual(Comment.objects.filter(source="import").count(), 2)
        self.assertEqual(Comment.objects.get(platform_id="x2").labels, ["praise"])

    def test_a_json_export_is_read_too_and_reimporting_adds_nothing(self) -> None:
        self.login(self.media_lead)
        data = b'{"comments": [{"id": "j1", "author": "Kim", "text": "When is sports day?"}]}'
        for _ in range(2):
            self.client.post("/o/test-school/moderation/import/", {
                "account": self.account.pk,
                "file": SimpleUploadedFile("export.json", data)})
            with self.captureOnCommitCallbacks(execute=True):
                self.client.post(f"/o/test-school/moderation/import/"
                                 f"{ImportBatch.objects.latest('pk').pk}/confirm/")
        self.assertEqual(Comment.objects.filter(platform_id="j1").count(), 1)

    def test_someone_elses_progress_is_not_shown(self) -> None:
        job = Job.objects.create(name="moderation.import", kwargs={"started_by": self.head.pk})
        self.login(self.media_lead)
        self.assertEqual(self.client.get(f"/jobs/{job.pk}/progress/").status_code, 404)
