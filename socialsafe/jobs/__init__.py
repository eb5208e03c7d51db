"""The one background-work layer (SPEC X2): `@task` registers work, `enqueue` schedules it.

    from socialsafe.jobs import task, enqueue

    @task("moderation.classify", max_attempts=5, backoff=30)
    def classify(comment_id: int) -> None: ...

    enqueue("moderation.classify", comment_id=c.pk)   # runs after the transaction commits

Each app's `tasks.py` is imported at start-up, so every process knows every task."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from socialsafe.jobs.registry import task

if TYPE_CHECKING:
    from collections.abc import Callable

    from socialsafe.jobs.models import Job

__all__ = ["enqueue", "report_progress", "task"]


def enqueue(
    target: str | Callable[..., Any],
    /,
    *,
    job_key: str | None = None,
    run_in: timedelta | None = None,
    **kwargs: Any,
) -> Job:
    """See `socialsafe.jobs.queue.enqueue` (imported lazily: this package loads before
    the app registry is ready)."""
    from socialsafe.jobs.queue import enqueue as enqueue_job

    return enqueue_job(target, job_key=job_key, run_in=run_in, **kwargs)


def report_progress(done: int, total: int) -> None:
    from socialsafe.jobs.queue import report_progress as report

    report(done, total)
