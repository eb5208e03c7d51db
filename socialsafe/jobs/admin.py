"""The job queue in the Django admin: read-only rows, with a retry action for failed jobs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib import admin
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest

from socialsafe.jobs.models import Job
from socialsafe.jobs.queue import retry

if TYPE_CHECKING:
    JobBase = admin.ModelAdmin[Job]
else:
    JobBase = admin.ModelAdmin


@admin.register(Job)
class JobAdmin(JobBase):
    list_display = ["pk", "name", "state", "attempts", "run_after", "finished_at", "last_error"]
    list_filter = ["state", "name"]
    readonly_fields = [f.name for f in Job._meta.fields]
    actions = ["retry_failed"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.action(description="Retry the selected failed jobs")
    def retry_failed(self, request: HttpRequest, queryset: QuerySet[Job]) -> None:
        with transaction.atomic():
            count = sum(retry(job) for job in queryset.failed())  # type: ignore[attr-defined]
        self.message_user(request, f"{count} job(s) requeued.")
