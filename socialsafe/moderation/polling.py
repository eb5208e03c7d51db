"""Polling connectors: Mastodon and Bluesky replies, fetched from a stored cursor (M1)."""

from __future__ import annotations

from django.utils import timezone

from socialsafe.accounts.models import Account
from socialsafe.jobs import enqueue
from socialsafe.moderation import ingest, platform
from socialsafe.moderation.models import PollCursor

POLLED_PLATFORMS = ("mastodon", "bluesky")


def queue_poll(account: Account) -> None:
    slot = int(timezone.now().timestamp() // 300)
    enqueue("moderation.poll_account", job_key=f"poll:{account.pk}:{slot}", account_id=account.pk)


def poll(account: Account) -> int:
    """Store the replies newer than the cursor and queue their classification; the cursor
    moves in the same transaction, so a failed poll is simply repeated."""
    cursor, _ = PollCursor.objects.get_or_create(account=account)
    replies, next_cursor = platform.connector_for(account).fetch_replies(cursor.cursor or None)
    new_ids = []
    for reply in replies:
        comment = ingest.record_comment(account, ingest.Incoming(
            reply.platform_id, reply.author_id, reply.author_name, reply.text,
            reply.created_at, reply.in_reply_to, reply.url), source="poll")
        if comment is not None:
            new_ids.append(comment.pk)
    cursor.cursor = next_cursor or cursor.cursor
    cursor.polled_at = timezone.now()
    cursor.save(update_fields=["cursor", "polled_at"])
    ingest.queue_classification(new_ids)
    return len(new_ids)
