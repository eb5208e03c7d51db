"""Named constants for inbound comments (SPEC M1–M6)."""

from django.db import models


class CommentState(models.TextChoices):
    NEW = "new", "New"
    ANSWERED = "answered", "Answered"
    HIDDEN = "hidden", "Hidden"
    DELETED = "deleted", "Deleted"
    ESCALATED = "escalated", "Escalated"
    KEPT = "kept", "Kept, no reply needed"


OPEN_STATES = (CommentState.NEW,)
"""A comment is waiting for someone while it is new; every other state answers it (M6)."""


class Source(models.TextChoices):
    WEBHOOK = "webhook", "Platform webhook"
    POLL = "poll", "Polling connector"
    IMPORT = "import", "Imported export"


class EventStatus(models.TextChoices):
    STORED = "stored", "Stored, waiting"
    PROCESSED = "processed", "Processed"
    IGNORED = "ignored", "Not a comment"
    UNMATCHED = "unmatched", "No matching account"
    BAD = "bad", "Malformed"


class HistoryKind(models.TextChoices):
    RECEIVED = "received", "Received"
    CLASSIFIED = "classified", "Classified"
    HIDDEN = "hidden", "Hidden"
    DELETED = "deleted", "Deleted"
    REPLIED = "replied", "Replied"
    NOTE = "note", "Audience told why"
    ESCALATED = "escalated", "Escalated"
    KEPT = "kept", "Kept"
    STRIKE = "strike", "Strike against the author"
    BLOCKED = "blocked", "Author blocked"
    WARNED = "warned", "Deadline warning sent"
    OVERDUE = "overdue", "Deadline missed, escalated"
    PLATFORM = "platform", "Done on the platform"
    PLATFORM_FAILED = "platform_failed", "Platform refused"


# Labels that are never hidden automatically: fair criticism stays up (SPEC M3).
NEVER_AUTO_HIDE = frozenset({"complaint"})
# Labels whose comments go to the DSL and head at once.
ALERT_LABELS = frozenset({"safeguarding", "threat"})
