"""The failed-jobs list for administrators, and a job's progress for progress bars.

Failed jobs are shown to Django staff and superusers only: job arguments can name any
school's records. A job's progress is shown to whoever started it (`started_by`
in the job's kwargs) and to staff."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from socialsafe.jobs.models import Job
from socialsafe.jobs.queue import retry


def _require_admin(request: HttpRequest) -> None:
    if not (request.user.is_staff or request.user.is_superuser):
        raise Http404("Not found")


@login_required
def failed_jobs(request: HttpRequest) -> HttpResponse:
    _require_admin(request)
    jobs = Job.objects.failed().order_by("-finished_at")[:200]
    return render(request, "jobs/failed.html", {"jobs": jobs})


@login_required
@require_POST
def retry_job(request: HttpRequest, pk: int) -> HttpResponse:
    _require_admin(request)
    job = get_object_or_404(Job.objects.failed(), pk=pk)
    with transaction.atomic():
        retry(job)
    return redirect("jobs-failed")


@login_required
def job_progress(request: HttpRequest, pk: int) -> HttpResponse:
    job = get_object_or_404(Job, pk=pk)
    if job.kwargs.get("started_by") != request.user.pk and not request.user.is_staff:
        raise Http404("Not found")
    return render(request, "jobs/progress.html", {"job": job})
