"""List failed background jobs, and put them back in the queue.

    manage.py jobs_failed                 # list
    manage.py jobs_failed --retry 12 15   # retry these
    manage.py jobs_failed --retry-all"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from socialsafe.jobs.models import Job
from socialsafe.jobs.queue import retry


class Command(BaseCommand):
    help = "List failed background jobs and retry them."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--retry", type=int, nargs="+", default=[], metavar="ID")
        parser.add_argument("--retry-all", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        failed = Job.objects.failed().order_by("finished_at")
        if options["retry_all"]:
            targets = list(failed)
        else:
            targets = list(failed.filter(pk__in=options["retry"]))
            missing = set(options["retry"]) - {j.pk for j in targets}
            if missing:
                raise CommandError(f"not failed jobs: {', '.join(map(str, sorted(missing)))}")
        if options["retry"] or options["retry_all"]:
            with transaction.atomic():
                for job in targets:
                    retry(job)
            self.stdout.write(f"requeued {len(targets)} job(s)")
            return
        for job in failed:
            self.stdout.write(f"{job.pk}\t{job.name}\t{job.attempts} attempt(s)\t{job.last_error}")
        self.stdout.write(f"{failed.count()} failed job(s)")
