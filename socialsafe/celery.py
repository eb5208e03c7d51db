"""The Celery app: the scale-out runner of the same tasks (SPEC X2).

Celery messages carry only a job id; the worker claims the job's database row and runs the
registered task exactly as the in-process runner does. Messages are acknowledged after the
task returns (`acks_late`), one at a time (`prefetch 1`), and requeued when a worker dies
(`reject_on_worker_lost`); the row's lease and the done-in-the-same-transaction rule make
a redelivered message harmless.

    CELERY_BROKER_URL=redis://127.0.0.1:6379/0 celery -A socialsafe.celery worker
    CELERY_BROKER_URL=... celery -A socialsafe.celery beat    # periodic tasks"""

from __future__ import annotations

import os
from datetime import datetime
from typing import Any

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "socialsafe.settings")

app = Celery("socialsafe")
app.conf.update(
    broker_url=os.environ.get("CELERY_BROKER_URL") or "memory://",
    task_acks_late=True,
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,
    task_ignore_result=True,
    task_default_queue=os.environ.get("CELERY_QUEUE", "socialsafe"),
    broker_connection_retry_on_startup=True,
    # Redis redelivers an unacknowledged message after this many seconds; longer than any
    # task, since the job lease (not Celery) guards against running a job twice.
    broker_transport_options={
        "visibility_timeout": int(os.environ.get("CELERY_VISIBILITY_TIMEOUT", 3600)),
    },
    beat_schedule={
        "socialsafe-tick": {"task": "socialsafe.tick", "schedule": 60.0},
    },
)


@app.task(name="socialsafe.run_job", bind=True, max_retries=None)  # type: ignore[untyped-decorator]
def run_job_task(self: Any, job_id: int) -> str:
    from django.db import DatabaseError, close_old_connections

    from socialsafe.jobs.models import Job
    from socialsafe.jobs.queue import Outcome, run_job

    try:
        outcome = run_job(job_id, worker=f"celery:{self.request.hostname}")
    except DatabaseError as exc:
        # The database is busy or away: the job row is untouched or its lease will run
        # out; try again shortly rather than dropping the message.
        close_old_connections()
        raise self.retry(countdown=5, exc=exc) from exc
    if outcome == Outcome.BUSY:
        # Another worker holds the lease: look again when it runs out (a dead worker's
        # lease expires, and the job is claimed here then).
        lease_until = Job.objects.filter(pk=job_id).values_list("lease_until", flat=True).first()
        wait = _seconds_until(lease_until) + 1
        raise self.retry(countdown=wait)
    return str(outcome)


@app.task(name="socialsafe.tick")  # type: ignore[untyped-decorator]
def tick_task() -> int:
    from django.db import transaction

    from socialsafe.jobs.queue import tick

    with transaction.atomic():
        return len(tick(redispatch=True))


def _seconds_until(moment: datetime | None) -> float:
    from django.utils import timezone

    if moment is None:
        return 1.0
    return max(0.0, (moment - timezone.now()).total_seconds())
