"""An append-only audit log whose entries are chained by SHA-256 (SPEC D3).

Each entry stores the hash of the one before it, so changing or removing any entry
breaks the chain at that point; `ChainHead` holds the newest hash and the count, so
removing entries from the end is detected too. Entries are only ever written through
`socialsafe.audit.log.record`, inside the transaction of the change they describe."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.conf import settings
from django.db import models


class EventKind(models.TextChoices):
    """Every kind of event the log knows. Add new kinds here, never reuse a value."""

    # people and registers
    ROSTER_IMPORTED = "roster.imported", "Pupil roster imported"
    STAFF_IMPORTED = "staff.imported", "Staff register imported"
    STAFF_CHANGED = "staff.changed", "Staff member changed"
    STAFF_LEFT = "staff.left", "Staff member marked as leaver"
    DEVICE_LOST = "device.lost", "Lost device reported"
    DEVICE_RESTORED = "device.restored", "Access restored after lost device"
    POLICY_ACKNOWLEDGED = "policy.acknowledged", "Policy acknowledged"
    TRAINING_RECORDED = "training.recorded", "Training recorded"
    # accounts
    ACCOUNT_APPLIED = "account.applied", "Account applied for"
    ACCOUNT_APPROVED = "account.approved", "Account application approved"
    ACCOUNT_REJECTED = "account.rejected", "Account application rejected"
    ACCOUNT_CREATED = "account.created", "Account created"
    ACCOUNT_CHANGED = "account.changed", "Account changed"
    ACCOUNT_CLOSED = "account.closed", "Account closed"
    POSTER_ADDED = "account.poster_added", "Authorised poster added"
    POSTER_REMOVED = "account.poster_removed", "Authorised poster removed"
    CREDENTIAL_STORED = "credential.stored", "Credential stored"
    CREDENTIAL_REVEALED = "credential.revealed", "Credential revealed"
    KEYS_ROTATED = "vault.rotated", "Vault keys rotated"
    ACCESS_DENIED = "access.denied", "Access refused"
    CREDENTIAL_USED = "credential.used", "Credential used by the system"
    GRANT_ADDED = "credential.granted", "Credential reveal granted"
    GRANT_REVOKED = "credential.grant_revoked", "Credential reveal grant revoked"
    ACCOUNT_REVIEWED = "account.reviewed", "Account reviewed"
    HANDOVER_RESOLVED = "account.handed_over", "Leaver's account handed over or closed"
    DEVICE_WIPED = "device.wiped", "Lost device wipe confirmed"
    SESSIONS_ENDED = "auth.sessions_ended", "Sessions ended"
    MFA_ENROLLED = "auth.mfa_enrolled", "Authenticator app enrolled"
    MFA_FAILED = "auth.mfa_failed", "Wrong authenticator code"
    LOGIN_LOCKED_OUT = "auth.locked_out", "Sign-in locked after repeated failures"
    # posts
    POST_DRAFTED = "post.drafted", "Post drafted"
    POST_SUBMITTED = "post.submitted", "Post submitted for approval"
    POST_APPROVED = "post.approved", "Post approved"
    POST_REJECTED = "post.rejected", "Post rejected"
    POST_CHANGES_REQUESTED = "post.changes_requested", "Changes requested"
    POST_PUBLISHED = "post.published", "Post published"
    # moderation
    COMMENT_HIDDEN = "comment.hidden", "Comment hidden"
    COMMENT_DELETED = "comment.deleted", "Comment deleted"
    COMMENT_REPLIED = "comment.replied", "Comment answered"
    COMMENT_ESCALATED = "comment.escalated", "Comment escalated"
    AUTHOR_BLOCKED = "author.blocked", "Author blocked"
    # incidents
    CASE_OPENED = "case.opened", "Case opened"
    CASE_CHANGED = "case.changed", "Case changed"
    CASE_CLOSED = "case.closed", "Case closed"
    # data
    RECORDS_PURGED = "records.purged", "Expired records purged"
    POST_PUBLISH_FAILED = "post.publish_failed", "Post could not be published"
    POST_WITHDRAWN = "post.withdrawn", "Post withdrawn by its author"


class ChainHead(models.Model):
    """A single row that serialises appends and remembers the end of the chain."""

    last_hash = models.CharField(max_length=64, default="0" * 64)
    count = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return f"audit chain head after {self.count} entries"


class AuditEvent(models.Model):
    seq = models.PositiveBigIntegerField(unique=True)
    at = models.DateTimeField()
    kind = models.CharField(max_length=40, choices=EventKind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    actor_name = models.CharField(max_length=200, blank=True)
    organisation = models.ForeignKey(
        "people.Organisation", null=True, blank=True, on_delete=models.SET_NULL
    )
    target_type = models.CharField(max_length=60, blank=True)
    target_id = models.CharField(max_length=60, blank=True)
    target_repr = models.CharField(max_length=200, blank=True)
    data = models.JSONField(default=dict, blank=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    class Meta:
        ordering = ["-seq"]
        indexes = [models.Index(fields=["target_type", "target_id"])]

    def __str__(self) -> str:
        return f"#{self.seq} {self.kind} {self.target_repr}"

    def payload(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at.isoformat(),
            "kind": self.kind,
            "actor": self.actor_name,
            "organisation": self.organisation_id,
            "target": [self.target_type, self.target_id, self.target_repr],
            "data": self.data,
            "prev": self.prev_hash,
        }

    def compute_hash(self) -> str:
        canonical = json.dumps(self.payload(), sort_keys=True, separators=(",", ":"), default=str)
        return hashlib.sha256(canonical.encode()).hexdigest()
