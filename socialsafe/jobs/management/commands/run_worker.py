"""Poll the database queue and run due jobs (the runner when no broker is configured).

    manage.py run_worker            # run until stopped (SIGINT/SIGTERM finish the current job)
    manage.py run_worker --burst    # run until nothing is due, then exit"""

from __future__ import annotations

import logging
import signal
import time
from types import FrameType
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import DatabaseError, close_old_connections, transaction

from socialsafe.jobs.queue import run_due, tick, worker_name

log = logging.getLogger(__name__)
RETRY_PAUSE = 2.0


class Command(BaseCommand):
    help = "Run background jobs from the database queue."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--burst", action="store_true", help="exit when the queue is empty")
        parser.add_argument("--poll", type=float, default=1.0, help="seconds between polls")
        parser.add_argument("--batch", type=int, default=50, help="jobs claimed per poll")
        parser.add_argument("--no-periodic", action="store_true",
                            help="do not schedule periodic tasks from this worker")

    def handle(self, *args: Any, **options: Any) -> None:
        self.stopping = False
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)
        name = worker_name()
        total = 0
        while not self.stopping:
            try:
                ran = self._poll_once(name, options)
            except DatabaseError:
                # The database is busy or away: keep the worker alive and try again.
                log.exception("worker %s: database error; retrying in %ss", name, RETRY_PAUSE)
                close_old_connections()
                time.sleep(RETRY_PAUSE)
                continue
            total += ran
            if ran == 0:
                if options["burst"]:
                    break
                time.sleep(options["poll"])
        self.stdout.write(f"worker {name} ran {total} job(s)")

    def _poll_once(self, name: str, options: dict[str, Any]) -> int:
        if not options["no_periodic"]:
            with transaction.atomic():
                tick()
        return run_due(options["batch"], worker=name)

    def _stop(self, signum: int, frame: FrameType | None) -> None:
        self.stopping = True
