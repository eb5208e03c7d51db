"""End-to-end throughput of inbound moderation with 1 and 2 workers (issue 6).

    .venv/bin/python bench/bench_pipeline.py [--comments 5000] [--workers 1 2]
        [--db-url postgres://postgres@127.0.0.1:5432/ssbench] [--broker redis://127.0.0.1:6379/14]

For each worker count, on a fresh database: signed-webhook events for N comments are stored
(as the webhook stores them), then W workers are started and timed until every job is done:
events become comments (with deadlines), comments are classified by the engine in batches
of 50 and the pack's actions applied. Workers are `manage.py run_worker` processes polling
the database queue, or Celery workers when --broker is given. Prints comments/s."""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PYTHON = sys.executable
TEXTS = ["When is sports day this year? ({n})", "Thank you for a lovely nativity play ({n})",
         "I am disappointed the trip letter came so late ({n})",
         "Well done to the football team, match {n}", "What time do the gates open? ({n})"]


def fresh_database(db_url: str | None) -> dict[str, str]:
    url = db_url or f"sqlite:///{tempfile.mkdtemp(prefix='ssbench-')}/pipeline.sqlite3"
    env = {**os.environ, "DATABASE_URL": url, "TASKS_RUN_INLINE": "0", "CELERY_BROKER_URL": "",
           "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
           "DJANGO_SETTINGS_MODULE": "socialsafe.settings"}
    if db_url:
        subprocess.run([PYTHON, "manage.py", "flush", "--noinput"], cwd=ROOT, env=env, check=True)
    subprocess.run([PYTHON, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    return env


SEED = """
from socialsafe.accounts.models import Account
from socialsafe.moderation import ingest, meta
from socialsafe.moderation.tests.helpers import meta_delivery
from socialsafe.people.models import Organisation
school = Organisation.objects.create(slug="bench", name="Bench", pack_slug="crossflatts")
Account.objects.create(organisation=school, platform="facebook", name="Bench FB",
                       handle="1001", visibility="open")
texts = {texts!r}
for start in range(0, {count}, 1000):
    ids = range(start, min(start + 1000, {count}))
    body = meta_delivery([{{"id": f"c{{n}}", "text": texts[n % len(texts)].format(n=n),
                            "author": f"u{{n % 300}}"}} for n in ids])
    ingest.store_changes(meta.split_delivery(body))
"""


def seed(env: dict[str, str], count: int) -> None:
    code = ("import django; django.setup()\n"
            + SEED.format(texts=TEXTS, count=count))
    subprocess.run([PYTHON, "-c", code], cwd=ROOT, env=env, check=True)


def pending_jobs(env: dict[str, str]) -> int:
    """Jobs not yet done, read straight from the database (no Django start-up per poll)."""
    url = env["DATABASE_URL"]
    sql = "SELECT count(*) FROM jobs_job WHERE state != 'done'"
    if url.startswith("sqlite"):
        with sqlite3.connect(url.removeprefix("sqlite:///"), timeout=30) as db:
            return int(db.execute(sql).fetchone()[0])
    import psycopg

    with psycopg.connect(url.replace("postgres://", "postgresql://", 1)) as db:
        row = db.execute(sql).fetchone()
        return int(row[0]) if row else 0


def run_pollers(env: dict[str, str], workers: int) -> float:
    started = time.perf_counter()
    procs = [subprocess.Popen([PYTHON, "manage.py", "run_worker", "--burst", "--no-periodic"],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
             for _ in range(workers)]
    for proc in procs:
        proc.wait()
    # A burst worker exits when it finds nothing due; finish any job still waiting.
    while pending_jobs(env) > 0:
        subprocess.run([PYTHON, "manage.py", "run_worker", "--burst", "--no-periodic"],
                       cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def run_celery(env: dict[str, str], workers: int, broker: str) -> float:
    queue = f"bench-{uuid.uuid4().hex[:8]}"
    env = {**env, "CELERY_BROKER_URL": broker, "CELERY_QUEUE": queue}
    celery = str(Path(PYTHON).with_name("celery"))
    procs = [subprocess.Popen([celery, "-A", "socialsafe.celery", "worker", "--pool", "solo",
                               "-Q", queue, "-n", f"b{i}-{queue}@%h", "--without-gossip",
                               "--without-mingle", "--without-heartbeat", "-l", "WARNING"],
                              cwd=ROOT, env=env) for i in range(workers)]
    time.sleep(3)  # let the workers connect before timing starts
    started = time.perf_counter()
    code = ("import django; django.setup()\n"
            "from django.db import transaction\n"
            "from socialsafe.jobs.models import Job\n"
            "from socialsafe.jobs.queue import dispatch\n"
            "for pk in Job.objects.filter(state='queued').values_list('pk', flat=True):\n"
            "    dispatch(pk)\n")
    subprocess.run([PYTHON, "-c", code], cwd=ROOT, env=env, check=True)
    while pending_jobs(env) > 0:
        time.sleep(0.5)
    elapsed = time.perf_counter() - started
    for proc in procs:
        proc.terminate()
        proc.wait(timeout=30)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--comments", type=int, default=5000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--db-url")
    parser.add_argument("--broker")
    args = parser.parse_args()
    runner = f"Celery on {args.broker.split('@')[-1]}" if args.broker else "run_worker pollers"
    database = (args.db_url or "sqlite file").split("@")[-1]
    for workers in args.workers:
        env = fresh_database(args.db_url)
        seed(env, args.comments)
        if args.broker:
            elapsed = run_celery(env, workers, args.broker)
        else:
            elapsed = run_pollers(env, workers)
        print(f"{workers} worker(s), {runner}, {database}: {args.comments} comments ingested "
              f"→ classified in {elapsed:.1f}s = {args.comments / elapsed:,.0f} comments/s")


if __name__ == "__main__":
    main()
