"""Administrators see failed jobs and put them back in the queue (page and command)."""

from __future__ import annotations

from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase, override_settings

from socialsafe.jobs import enqueue
from socialsafe.jobs.models import Job, JobState
from socialsafe.jobs.queue import run_job
from socialsafe.jobs.tests import tasks_for_tests  # noqa: F401  (registers the test tasks)


@override_settings(TASKS_RUN_INLINE=False, CELERY_BROKER_URL="")
class FailedJobsTests(TestCase):
    def setUp(self) -> None:
        users = get_user_model().objects
        self.admin = users.create_user("admin", is_staff=True)
        self.teacher = users.create_user("teacher")
        self.job = enqueue("tests.unfixable")
        run_job(self.job.pk)

    def test_it_lists_failed_jobs_for_staff(self) -> None:
        self.client.force_login(self.admin)
        response = self.client.get("/jobs/")
        self.assertContains(response, "tests.unfixable")
        self.assertContains(response, "bad credentials")

    def test_it_is_not_there_for_anyone_else(self) -> None:
        self.client.force_login(self.teacher)
        self.assertEqual(self.client.get("/jobs/").status_code, 404)
        self.assertEqual(self.client.post(f"/jobs/{self.job.pk}/retry/").status_code, 404)
        self.assertEqual(Job.objects.get(pk=self.job.pk).state, JobState.FAILED)

    def test_retry_requeues_with_fresh_attempts(self) -> None:
        self.client.force_login(self.admin)
        response = self.client.post(f"/jobs/{self.job.pk}/retry/")
        self.assertRedirects(response, "/jobs/")
        job = Job.objects.get(pk=self.job.pk)
        self.assertEqual((job.state, job.attempts), (JobState.QUEUED, 0))

    def test_the_command_lists_and_retries(self) -> None:
        out = StringIO()
        call_command("jobs_failed", stdout=out)
        self.assertIn("tests.unfixable", out.getvalue())
        call_command("jobs_failed", "--retry", str(self.job.pk), stdout=out)
        self.assertEqual(Job.objects.get(pk=self.job.pk).state, JobState.QUEUED)

    def test_the_worker_command_drains_the_queue(self) -> None:
        enqueue("tests.make_group", name="polled")
        out = StringIO()
        call_command("run_worker", "--burst", "--no-periodic", stdout=out)
        self.assertIn("ran 1 job", out.getvalue())

    def test_the_admin_lists_jobs_and_retries_failed_ones(self) -> None:
        superuser = get_user_model().objects.create_superuser("root", "root@example.org", "x")
        self.client.force_login(superuser)
        self.assertContains(self.client.get("/admin/jobs/job/"), "tests.unfixable")
        self.client.post("/admin/jobs/job/", {"action": "retry_failed",
                                              "_selected_action": [self.job.pk]})
        self.assertEqual(Job.objects.get(pk=self.job.pk).state, JobState.QUEUED)
        self.assertEqual(self.client.get("/admin/moderation/inboundevent/").status_code, 200)
