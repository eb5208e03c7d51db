"""Enqueueing, dispatching and running jobs: the same code whichever runner is in use.

- `enqueue` writes a durable `Job` row and dispatches it only after the surrounding
  transaction commits, so no job runs for a row that was rolled back or not yet visible.
- Dispatch: in-process right after commit when `TASKS_RUN_INLINE`; to Celery when a broker
  is configured (the Celery task only carries the job id); otherwise `run_worker` polls.
- `run_job` claims the row (conditional UPDATE with a lease), runs the task and marks it
  done in the same transaction, so a rerun after a crash repeats nothing; a failure is
  retried with exponential back-off until `max_attempts`, then the job is FAILED and
  listed for an administrator to retry."""

from __future__ import annotations

import json
import logging
import os
import socket
import traceback
import uuid
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from datetime import datetime, timedelta
from enum import StrEnum
from functools import partial
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from socialsafe.jobs.models import Job, JobState
from socialsafe.jobs.registry import REGISTRY, TaskSpec, UnknownTask, get_task, name_of

log = logging.getLogger(__name__)
_current_job: ContextVar[int | None] = ContextVar("current_job", default=None)
_inline_depth: ContextVar[int] = ContextVar("inline_depth", default=0)
MAX_INLINE_DEPTH = 20
KEEP_FINISHED = timedelta(days=14)


class Outcome(StrEnum):
    DONE = "done"
    RETRY = "retry"
    FAILED = "failed"
    BUSY = "busy"          # another worker holds a live lease
    FINISHED = "finished"  # already done or failed: nothing to do
    MISSING = "missing"
    LOST = "lost"          # our lease was taken over; our work was rolled back


class LeaseLost(Exception):
    """The job was claimed by another worker while this one ran (its lease expired)."""


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def enqueue(
    target: str | Callable[..., Any],
    /,
    *,
    job_key: str | None = None,
    run_in: timedelta | None = None,
    **kwargs: Any,
) -> Job:
    """Schedule `target` (a task name or a registered function) with JSON-able kwargs.

    `job_key` makes the enqueue idempotent: a second call with the same key returns the
    existing job. Call inside the transaction that writes the rows the task will read."""
    spec = get_task(name_of(target))
    try:
        json.dumps(kwargs)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"arguments of task {spec.name!r} must be JSON-able: {exc}") from exc
    fields: dict[str, Any] = {
        "name": spec.name, "kwargs": kwargs, "max_attempts": spec.max_attempts,
        "run_after": timezone.now() + (run_in or timedelta()),
    }
    if job_key is not None:
        job, created = Job.objects.get_or_create(key=job_key, defaults=fields)
        if not created:
            return job
    else:
        job = Job.objects.create(**fields)
    transaction.on_commit(partial(dispatch, job.pk, run_in or timedelta()))
    return job


def dispatch(job_id: int, countdown: timedelta = timedelta()) -> None:
    """Hand a committed job to whichever runner is configured. Never raises: a job that
    cannot be handed over stays queued and is picked up by the next sweep."""
    try:
        if settings.TASKS_RUN_INLINE:
            if countdown <= timedelta() and _inline_depth.get() < MAX_INLINE_DEPTH:
                _run_inline(job_id)
        elif settings.CELERY_BROKER_URL:
            from socialsafe.celery import run_job_task

            run_job_task.apply_async(args=[job_id], countdown=countdown.total_seconds())
    except Exception:
        log.exception("could not dispatch job %s; it stays queued for the next sweep", job_id)


def _run_inline(job_id: int) -> None:
    depth = _inline_depth.set(_inline_depth.get() + 1)
    try:
        run_job(job_id)
    finally:
        _inline_depth.reset(depth)


def run_job(job_id: int, worker: str | None = None) -> Outcome:
    """Claim and run one job. Safe to call any number of times for the same id."""
    job = Job.objects.filter(pk=job_id).first()
    if job is None:
        return Outcome.MISSING
    if job.is_finished:
        return Outcome.FINISHED
    try:
        spec = get_task(job.name)
    except UnknownTask as exc:
        Job.objects.filter(pk=job.pk).update(state=JobState.FAILED, last_error=str(exc))
        return Outcome.FAILED
    token = uuid.uuid4().hex
    if not job.claim(token, worker or worker_name(), lease_for(spec)):
        job.refresh_from_db()
        return Outcome.FINISHED if job.is_finished else Outcome.BUSY
    reset = _current_job.set(job.pk)
    try:
        _execute(spec, job, token)
    except LeaseLost:
        return Outcome.LOST
    except Exception as exc:
        return _record_failure(spec, job, token, exc)
    finally:
        _current_job.reset(reset)
    return Outcome.DONE


def lease_for(spec: TaskSpec) -> timedelta:
    """The task's lease, or a shorter one set for the whole deployment by
    `JOBS_LEASE_SECONDS` (fault tests use it to see dead workers' jobs re-claimed soon)."""
    override = os.environ.get("JOBS_LEASE_SECONDS")
    return min(spec.lease, timedelta(seconds=float(override))) if override else spec.lease


def _execute(spec: TaskSpec, job: Job, token: str) -> None:
    if not spec.atomic:
        spec.func(**job.kwargs)
        _mark_done(job, token)
        return
    with transaction.atomic():
        spec.func(**job.kwargs)
        _mark_done(job, token)


def _mark_done(job: Job, token: str) -> None:
    changed = Job.objects.filter(pk=job.pk, token=token, state=JobState.RUNNING).update(
        state=JobState.DONE, finished_at=timezone.now(), lease_until=None, last_error="",
    )
    if changed != 1:
        raise LeaseLost(job.pk)


def _record_failure(spec: TaskSpec, job: Job, token: str, exc: Exception) -> Outcome:
    attempts = job.attempts + 1  # the claim counted this run
    final = attempts >= job.max_attempts or isinstance(exc, spec.give_up_on)
    delay = _retry_delay(spec, attempts, exc)
    error = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    changes: dict[str, Any] = {"last_error": error[:4000], "lease_until": None}
    if final:
        changes.update(state=JobState.FAILED, finished_at=timezone.now())
    else:
        changes.update(state=JobState.QUEUED, run_after=timezone.now() + delay)
    Job.objects.filter(pk=job.pk, token=token).update(**changes)
    log.warning("job %s (%s) attempt %s failed: %s", job.pk, spec.name, attempts, error)
    if final:
        return Outcome.FAILED
    if not settings.TASKS_RUN_INLINE:
        transaction.on_commit(partial(dispatch, job.pk, delay))
    return Outcome.RETRY


def _retry_delay(spec: TaskSpec, attempts: int, exc: Exception) -> timedelta:
    """The task's back-off, or longer when the platform said how long to wait."""
    delay = spec.delay_after(attempts)
    asked = getattr(exc, "retry_after", None)
    if isinstance(asked, int | float) and asked > delay.total_seconds():
        delay = timedelta(seconds=float(asked))
    return delay


def report_progress(done: int, total: int) -> None:
    """Record how far the running job has got (for progress bars). Visible at once only
    from tasks registered with `atomic=False`."""
    job_id = _current_job.get()
    if job_id is not None:
        Job.objects.filter(pk=job_id).update(progress=done, progress_total=total)


def run_due(limit: int = 100, worker: str | None = None) -> int:
    """Claim and run up to `limit` due jobs, oldest first; returns how many ran."""
    due = Job.objects.claimable().order_by("run_after", "pk")
    ids = list(due.values_list("pk", flat=True)[:limit])
    ran = 0
    for job_id in ids:
        if run_job(job_id, worker) not in (Outcome.BUSY, Outcome.FINISHED):
            ran += 1
    return ran


def retry(job: Job) -> bool:
    """Put a failed job back in the queue with a fresh set of attempts."""
    changed = Job.objects.filter(pk=job.pk, state=JobState.FAILED).update(
        state=JobState.QUEUED, attempts=0, run_after=timezone.now(), finished_at=None,
    )
    if changed:
        transaction.on_commit(partial(dispatch, job.pk))
    return changed == 1


def periodic_tasks() -> Iterator[TaskSpec]:
    return (spec for spec in REGISTRY.values() if spec.every is not None)


def tick(now: datetime | None = None, *, redispatch: bool = False) -> list[Job]:
    """Enqueue each periodic task at most once per interval (the slot number is the job
    key, so any number of schedulers may call this), and, for broker runners, hand over
    again jobs whose message was lost (claimable and overdue by a minute)."""
    now = now or timezone.now()
    enqueued = []
    for spec in periodic_tasks():
        assert spec.every is not None
        slot = int(now.timestamp() // spec.every.total_seconds())
        enqueued.append(enqueue(spec.name, job_key=f"periodic:{spec.name}:{slot}"))
    if redispatch:
        stale = Job.objects.claimable().filter(run_after__lt=now - timedelta(minutes=1))
        for job_id in stale.values_list("pk", flat=True)[:500]:
            transaction.on_commit(partial(dispatch, job_id))
    Job.objects.filter(state=JobState.DONE, finished_at__lt=now - KEEP_FINISHED).delete()
    return enqueued
