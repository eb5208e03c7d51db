"""Benchmark of the Meta webhook ingest path (issue 6; RELIABILITY WH-03, AV-08).

    .venv/bin/python bench/bench_ingest.py [--batches 10] [--batch-size 1000] [--singles 500]
                                           [--db-url postgres://postgres@127.0.0.1:5432/ssbench]

Signed deliveries are POSTed through Django's test client to /webhooks/meta/ against a fresh
database (a temporary SQLite file unless --db-url is given). Measured: events stored per
second and time to acknowledge (200 after the durable write) for 1,000-entry batches and
for single-event deliveries. Turning events into comments and classifying them runs later
in the job layer and is measured by bench_pipeline.py."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SECRET = "bench-secret"


def setup(db_url: str | None) -> None:
    tmp = tempfile.mkdtemp(prefix="ssbench-")
    os.environ["DATABASE_URL"] = db_url or f"sqlite:///{tmp}/bench.sqlite3"
    os.environ.update(META_APP_SECRET=SECRET, TASKS_RUN_INLINE="0", CELERY_BROKER_URL="",
                      EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
                      DJANGO_SETTINGS_MODULE="socialsafe.settings")
    import django

    django.setup()
    from django.core.management import call_command

    if db_url:
        call_command("flush", "--noinput", verbosity=0)
    call_command("migrate", verbosity=0)
    from socialsafe.accounts.models import Account
    from socialsafe.people.models import Organisation

    school = Organisation.objects.create(slug="bench", name="Bench School",
                                         pack_slug="crossflatts")
    Account.objects.create(organisation=school, platform="facebook", name="Bench Facebook",
                           handle="1001", visibility="open")


def deliver(client: object, first: int, size: int) -> float:
    from socialsafe.moderation import meta
    from socialsafe.moderation.tests.helpers import meta_delivery

    body = meta_delivery([{"id": f"c{n}", "text": f"When is sports day? ({n})",
                           "author": f"u{n % 300}"} for n in range(first, first + size)])
    started = time.perf_counter()
    response = client.post("/webhooks/meta/", body, content_type="application/json",  # type: ignore[attr-defined]
                           headers={"X-Hub-Signature-256": meta.sign(body, SECRET)})
    elapsed = time.perf_counter() - started
    assert response.status_code == 200, response.content
    return elapsed


def run(label: str, client: object, start: int, count: int, size: int) -> int:
    times = [deliver(client, start + i * size, size) for i in range(count)]
    events = count * size
    p95 = sorted(times)[max(0, int(len(times) * 0.95) - 1)]
    print(f"{label}: {events} events in {sum(times):.2f}s = {events / sum(times):,.0f} events/s "
          f"stored; ack median {statistics.median(times) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms")
    return start + events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--batches", type=int, default=10)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--singles", type=int, default=500)
    parser.add_argument("--db-url")
    parser.add_argument("--inline", action="store_true",
                        help="process and classify inside the request (TASKS_RUN_INLINE)")
    args = parser.parse_args()
    setup(args.db_url)
    if args.inline:
        from django.conf import settings

        settings.TASKS_RUN_INLINE = True
    from django.test import Client

    from socialsafe.moderation.models import InboundEvent

    client = Client()
    mode = "processed and classified in-request" if args.inline else "stored, processed later"
    print(f"database: {os.environ['DATABASE_URL'].split('@')[-1]}; {mode}")
    nxt = run(f"{args.batches} batches of {args.batch_size}", client, 0, args.batches,
              args.batch_size)
    nxt = run(f"{args.singles} single-event deliveries", client, nxt, args.singles, 1)
    replay = deliver(client, 0, args.batch_size)
    print(f"replayed batch of {args.batch_size} (all duplicates): ack {replay * 1000:.0f} ms")
    stored = InboundEvent.objects.count()
    assert stored == nxt, (stored, nxt)
    print(f"stored events: {stored} (no duplicates)")


if __name__ == "__main__":
    main()
