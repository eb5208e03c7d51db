"""Run as a separate process by the broker fault test and the pipeline benchmark:

    python -m socialsafe.moderation.tests.broker_harness seed N     # N comments, queued
    python -m socialsafe.moderation.tests.broker_harness drain      # in-process worker

It uses whatever DATABASE_URL and CELERY_BROKER_URL the environment gives, so the test
process, the seeder and the Celery workers all share one database and one broker."""

from __future__ import annotations

import os
import sys
import time

TEXTS = [
    "When is sports day this year? Number {n}",
    "Thank you for a lovely nativity play, {n} stars!",
    "I am disappointed that the trip letter came so late ({n})",
    "Could you tell me what time the gates open? ref {n}",
    "Well done to the football team, match {n}",
]


def seed(count: int) -> None:
    from django.db import transaction

    from socialsafe.accounts.models import Account
    from socialsafe.moderation.ingest import queue_classification
    from socialsafe.moderation.models import Comment
    from socialsafe.people.models import Organisation

    school, _ = Organisation.objects.get_or_create(
        slug="fault-school", defaults={"name": "Fault School", "pack_slug": "crossflatts"})
    account, _ = Account.objects.get_or_create(
        organisation=school, platform="facebook", handle="5001",
        defaults={"name": "Fault School Facebook", "visibility": "open"})
    Comment.objects.bulk_create(
        [Comment(account=account, platform_id=f"f{n}", author_id=f"a{n % 97}",
                 text=TEXTS[n % len(TEXTS)].format(n=n), source="import")
         for n in range(count)], batch_size=1000)
    ids = list(Comment.objects.filter(account=account).values_list("pk", flat=True))
    with transaction.atomic():
        queue_classification(ids)


def drain() -> None:
    from socialsafe.jobs.queue import run_due

    while run_due(100):
        pass


def main(argv: list[str]) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "socialsafe.settings")
    import django

    django.setup()
    started = time.monotonic()
    if argv[0] == "seed":
        seed(int(argv[1]))
    elif argv[0] == "drain":
        drain()
    print(f"{argv[0]} took {time.monotonic() - started:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
