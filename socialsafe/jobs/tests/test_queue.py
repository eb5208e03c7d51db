"""The job layer: durable, after-commit, exactly-once, retried, visible when failed."""

from __future__ import annotations

from datetime import timedelta

import time_machine
from django.contrib.auth.models import Group
from django.db import transaction
from django.test import TestCase, override_settings
from django.utils import timezone

from socialsafe.jobs import enqueue
from socialsafe.jobs.models import Job, JobState
from socialsafe.jobs.queue import Outcome, run_due, run_job, tick
from socialsafe.jobs.registry import REGISTRY, task
from socialsafe.jobs.tests import tasks_for_tests
from socialsafe.jobs.tests.tasks_for_tests import make_group


@override_settings(TASKS_RUN_INLINE=True, CELERY_BROKER_URL="")
class InlineRunnerTests(TestCase):
    def test_it_writes_a_row_and_runs_only_after_commit(self) -> None:
        with self.captureOnCommitCallbacks(execute=False) as callbacks:
            job = enqueue("tests.make_group", name="after-commit")
            self.assertEqual(Job.objects.get(pk=job.pk).state, JobState.QUEUED)
            self.assertFalse(Group.objects.exists())
        for callback in callbacks:
            callback()
        job.refresh_from_db()
        self.assertEqual(job.state, JobState.DONE)
        self.assertTrue(Group.objects.filter(name="after-commit").exists())

    def test_it_accepts_the_registered_function_itself(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            enqueue(make_group, name="by-function")
        self.assertTrue(Group.objects.filter(name="by-function").exists())

    def test_it_never_runs_a_job_whose_transaction_rolled_back(self) -> None:
        with self.captureOnCommitCallbacks(execute=True) as callbacks:
            try:
                with transaction.atomic():
                    enqueue("tests.make_group", name="phantom")
                    raise RuntimeError("the request failed")
            except RuntimeError:
                pass
        self.assertEqual(callbacks, [])
        self.assertFalse(Job.objects.exists())
        self.assertFalse(Group.objects.exists())

    def test_a_job_key_makes_enqueue_idempotent(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            first = enqueue("tests.make_group", job_key="once", name="keyed")
            second = enqueue("tests.make_group", job_key="once", name="keyed")
        self.assertEqual(first.pk, second.pk)
        self.assertEqual(Group.objects.filter(name="keyed").count(), 1)

    def test_arguments_must_be_json(self) -> None:
        with self.assertRaisesMessage(TypeError, "JSON-able"):
            enqueue("tests.make_group", name=object())


@override_settings(TASKS_RUN_INLINE=False, CELERY_BROKER_URL="")
class RunJobTests(TestCase):
    def test_running_a_job_twice_has_one_effect(self) -> None:
        job = enqueue("tests.make_group", name="twice")
        self.assertEqual(run_job(job.pk), Outcome.DONE)
        self.assertEqual(run_job(job.pk), Outcome.FINISHED)
        self.assertEqual(Group.objects.filter(name="twice").count(), 1)

    def test_a_live_lease_keeps_other_workers_out_until_it_expires(self) -> None:
        job = enqueue("tests.make_group", name="leased")
        self.assertTrue(job.claim("dead-worker", "w1", timedelta(minutes=5)))
        self.assertEqual(run_job(job.pk, "w2"), Outcome.BUSY)
        with time_machine.travel(timezone.now() + timedelta(minutes=6)):
            self.assertEqual(run_job(job.pk, "w2"), Outcome.DONE)
        self.assertEqual(Group.objects.filter(name="leased").count(), 1)

    def test_a_worker_that_lost_its_lease_leaves_no_effect(self) -> None:
        job = enqueue("tests.lose_lease", name="lost")
        self.assertEqual(run_job(job.pk), Outcome.LOST)
        self.assertFalse(Group.objects.filter(name="lost").exists())

    def test_a_failure_is_rolled_back_and_retried_with_growing_back_off(self) -> None:
        job = enqueue("tests.fail", name="flaky")
        delays = []
        for _ in range(2):
            before = timezone.now()
            with time_machine.travel(before, tick=False):
                self.assertEqual(run_job(job.pk), Outcome.RETRY)
                job.refresh_from_db()
                delays.append((job.run_after - before).total_seconds())
            Job.objects.filter(pk=job.pk).update(run_after=timezone.now())
        self.assertEqual(job.state, JobState.QUEUED)
        self.assertIn("the platform is down", job.last_error)
        self.assertTrue(8 <= delays[0] <= 12 and 16 <= delays[1] <= 24, delays)
        self.assertFalse(Group.objects.exists())

    def test_after_max_attempts_the_job_is_failed(self) -> None:
        job = enqueue("tests.fail", name="hopeless")
        outcomes = []
        for _ in range(3):
            Job.objects.filter(pk=job.pk).update(run_after=timezone.now())
            outcomes.append(run_job(job.pk))
        self.assertEqual(outcomes, [Outcome.RETRY, Outcome.RETRY, Outcome.FAILED])
        self.assertEqual(Job.objects.get(pk=job.pk).state, JobState.FAILED)

    def test_an_error_retrying_cannot_fix_fails_at_once(self) -> None:
        job = enqueue("tests.unfixable")
        self.assertEqual(run_job(job.pk), Outcome.FAILED)
        self.assertIn("bad credentials", Job.objects.get(pk=job.pk).last_error)

    def test_the_poller_runs_due_jobs_only(self) -> None:
        enqueue("tests.make_group", name="now")
        enqueue("tests.make_group", run_in=timedelta(hours=1), name="later")
        self.assertEqual(run_due(), 1)
        self.assertEqual(list(Group.objects.values_list("name", flat=True)), ["now"])

    def test_a_periodic_task_is_enqueued_once_per_interval(self) -> None:
        task("tests.periodic", every=timedelta(minutes=15))(tasks_for_tests.make_group)
        try:
            at = timezone.now().replace(minute=1, second=0)
            first = tick(at)
            again = tick(at + timedelta(minutes=5))
            later = tick(at + timedelta(minutes=16))
        finally:
            del REGISTRY["tests.periodic"]
        self.assertEqual(periodic_ids(first), periodic_ids(again))
        self.assertNotEqual(periodic_ids(first), periodic_ids(later))


def periodic_ids(jobs: list[Job]) -> list[int]:
    return [j.pk for j in jobs if j.name == "tests.periodic"]
