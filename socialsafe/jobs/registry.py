"""The task registry: `@task("name")` turns a function of JSON-able keyword arguments into
background work that `enqueue` can schedule. Django-free, so it can be imported anywhere."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class TaskSpec:
    """How one task is run.

    `atomic`: the task's database writes and the job's completion commit together, so a
    worker that dies mid-task leaves nothing behind and the rerun starts clean. Tasks that
    report progress as they go set it False and must key their own writes.
    `give_up_on`: exceptions that mean retrying cannot help (the job fails at once).
    `every`: run periodically, at most once per interval (see `socialsafe.jobs.queue.tick`)."""

    name: str
    func: Callable[..., Any]
    max_attempts: int = 5
    backoff: float = 30.0
    atomic: bool = True
    give_up_on: tuple[type[BaseException], ...] = ()
    every: timedelta | None = None
    lease: timedelta = field(default=timedelta(minutes=5))

    def delay_after(self, attempt: int) -> timedelta:
        """Exponential back-off with jitter: backoff × 2^(attempt-1), ±20%."""
        base = self.backoff * 2 ** max(0, attempt - 1)
        return timedelta(seconds=base * random.uniform(0.8, 1.2))


REGISTRY: dict[str, TaskSpec] = {}


class UnknownTask(LookupError):
    pass


def task(
    name: str,
    *,
    max_attempts: int = 5,
    backoff: float = 30.0,
    atomic: bool = True,
    give_up_on: tuple[type[BaseException], ...] = (),
    every: timedelta | None = None,
    lease: timedelta = timedelta(minutes=5),
) -> Callable[[F], F]:
    """Register a background task under a stable name (the name is stored in job rows)."""

    def register(func: F) -> F:
        existing = REGISTRY.get(name)
        if existing is not None and existing.func.__qualname__ != func.__qualname__:
            raise ValueError(f"task name {name!r} is already used by {existing.func!r}")
        REGISTRY[name] = TaskSpec(
            name, func, max_attempts, backoff, atomic, give_up_on, every, lease
        )
        func.task_name = name  # type: ignore[attr-defined]
        return func

    return register


def get_task(name: str) -> TaskSpec:
    try:
        return REGISTRY[name]
    except KeyError:
        raise UnknownTask(f"no task named {name!r} (is its tasks module imported?)") from None


def name_of(target: str | Callable[..., Any]) -> str:
    if isinstance(target, str):
        return target
    registered: str | None = getattr(target, "task_name", None)
    if registered is None:
        raise UnknownTask(f"{target!r} is not a registered task")
    return registered
