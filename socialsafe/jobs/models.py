"""The durable work queue: one row per piece of background work (STYLE: the database is
the queue). A row is claimed with a conditional UPDATE that changes exactly one row, and
the claim is a lease: a worker that dies leaves a lease that expires, and the row is
claimed again. `token` names the claim, so a worker whose lease was taken over cannot
mark the row done."""

from __future__ import annotations

from datetime import timedelta

from django.db import models
from django.db.models import F, Q
from django.utils import timezone


class JobState(models.TextChoices):
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class JobQuerySet(models.QuerySet["Job"]):
    def claimable(self) -> JobQuerySet:
        """Due queued rows, and running rows whose worker's lease has run out."""
        at = timezone.now()
        return self.filter(
            Q(state=JobState.QUEUED, run_after__lte=at)
            | Q(state=JobState.RUNNING, lease_until__lt=at)
        )

    def failed(self) -> JobQuerySet:
        return self.filter(state=JobState.FAILED)


class Job(models.Model):
    name = models.CharField(max_length=100)
    kwargs = models.JSONField(default=dict)
    key = models.CharField(
        max_length=200, null=True, blank=True, unique=True,
        help_text="Idempotency key: a second enqueue with the same key is the same job.",
    )
    state = models.CharField(max_length=10, choices=JobState.choices, default=JobState.QUEUED)
    attempts = models.PositiveIntegerField(default=0)
    max_attempts = models.PositiveIntegerField(default=5)
    run_after = models.DateTimeField(default=timezone.now)
    lease_until = models.DateTimeField(null=True, blank=True)
    token = models.CharField(max_length=32, blank=True)
    worker = models.CharField(max_length=100, blank=True)
    last_error = models.TextField(blank=True)
    progress = models.PositiveIntegerField(default=0)
    progress_total = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = JobQuerySet.as_manager()

    class Meta:
        ordering = ["run_after", "pk"]
        indexes = [
            models.Index(
                fields=["run_after"], name="job_open_by_due",
                condition=Q(state__in=["queued", "running"]),
            ),
            models.Index(fields=["state", "name"], name="job_state_name"),
        ]

    def __str__(self) -> str:
        return f"{self.name} #{self.pk} ({self.state})"

    @property
    def percent(self) -> int:
        if not self.progress_total:
            return 100 if self.state == JobState.DONE else 0
        return min(100, round(100 * self.progress / self.progress_total))

    @property
    def is_finished(self) -> bool:
        return self.state in (JobState.DONE, JobState.FAILED)

    def claim(self, token: str, worker: str, lease: timedelta) -> bool:
        """Take this row for one run; True only for the one caller whose UPDATE changed it."""
        now = timezone.now()
        changed = Job.objects.claimable().filter(pk=self.pk).update(
            state=JobState.RUNNING, token=token, worker=worker[:100],
            lease_until=now + lease, attempts=F("attempts") + 1,
        )
        return changed == 1
