"""Tasks used only by the job-layer tests. Their side effect is a Group row, so a test can
count exactly how many times the work took effect."""

from __future__ import annotations

from django.contrib.auth.models import Group

from socialsafe.jobs import task
from socialsafe.jobs.models import Job


class Unfixable(Exception):
    pass


@task("tests.make_group", backoff=10)
def make_group(name: str) -> None:
    Group.objects.create(name=name)


@task("tests.fail", max_attempts=3, backoff=10)
def always_fail(name: str) -> None:
    Group.objects.create(name=name)
    raise RuntimeError("the platform is down")


@task("tests.unfixable", give_up_on=(Unfixable,))
def unfixable() -> None:
    raise Unfixable("bad credentials")


@task("tests.lose_lease")
def lose_lease(name: str) -> None:
    """Writes, then finds its lease taken over by another worker before it finishes."""
    Group.objects.create(name=name)
    Job.objects.filter(name="tests.lose_lease").update(token="someone-else")
