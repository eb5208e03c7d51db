"""Inbound comments and what was done about them (SPEC M1–M6).

A comment is never removed from the record: hiding or deleting it on the platform changes
its state, and its text, author and time stay here as evidence (M4)."""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone

from socialsafe.moderation.choices import CommentState, EventStatus, HistoryKind, Source
from socialsafe.people.models import Organisation

WEEKDAYS = [(0, "Monday"), (1, "Tuesday"), (2, "Wednesday"), (3, "Thursday"), (4, "Friday"),
            (5, "Saturday"), (6, "Sunday")]


class InboundEvent(models.Model):
    """One change from a platform webhook, stored before the platform is answered.

    `dedupe_key` is unique: a redelivered change is recognised and stored once (WH-04)."""

    source = models.CharField(max_length=20, default="meta")
    dedupe_key = models.CharField(max_length=255, unique=True)
    page_id = models.CharField(max_length=100, blank=True)
    payload = models.JSONField()
    received_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(max_length=10, choices=EventStatus.choices,
                              default=EventStatus.STORED)
    error = models.CharField(max_length=300, blank=True)
    comment = models.ForeignKey("Comment", null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        indexes = [models.Index(fields=["status", "received_at"], name="inbound_by_status")]

    def __str__(self) -> str:
        return self.dedupe_key


class CommentQuerySet(models.QuerySet["Comment"]):
    def for_schools(self, school_ids: list[int]) -> CommentQuerySet:
        return self.filter(account__organisation_id__in=school_ids)

    def open(self) -> CommentQuerySet:
        return self.filter(state=CommentState.NEW)

    def overdue(self, now: datetime | None = None) -> CommentQuerySet:
        return self.open().filter(due_at__lt=now or timezone.now())


class Comment(models.Model):
    account = models.ForeignKey(
        "accounts.Account", on_delete=models.PROTECT, related_name="comments"
    )
    platform_id = models.CharField(max_length=200)
    in_reply_to = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=500, blank=True)
    author_id = models.CharField(max_length=200)
    author_name = models.CharField(max_length=200, blank=True)
    text = models.TextField()
    posted_at = models.DateTimeField(null=True, blank=True)
    received_at = models.DateTimeField(default=timezone.now)
    source = models.CharField(max_length=10, choices=Source.choices)
    labels = models.JSONField(default=list)
    scores = models.JSONField(default=dict)
    suggested_action = models.CharField(max_length=30, blank=True)
    classified_at = models.DateTimeField(null=True, blank=True)
    due_at = models.DateTimeField(null=True, blank=True)
    state = models.CharField(max_length=10, choices=CommentState.choices,
                             default=CommentState.NEW)
    state_changed_at = models.DateTimeField(null=True, blank=True)
    state_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    warned_at = models.DateTimeField(null=True, blank=True)
    overdue_escalated_at = models.DateTimeField(null=True, blank=True)
    alert_open = models.BooleanField(
        default=False, help_text="A safeguarding or threat alert the DSL has not yet seen."
    )

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["account", "platform_id"],
                                    name="one_comment_per_platform_id")
        ]
        indexes = [
            models.Index(fields=["state", "due_at"], name="comment_open_due"),
            models.Index(fields=["author_id"], name="comment_author"),
        ]

    def __str__(self) -> str:
        return f"{self.author_name or self.author_id}: {self.text[:60]}"

    @property
    def school(self) -> Organisation:
        return self.account.organisation

    @property
    def is_open(self) -> bool:
        return self.state == CommentState.NEW

    def is_overdue(self, now: datetime | None = None) -> bool:
        return self.is_open and self.due_at is not None and self.due_at < (now or timezone.now())


class CommentHistory(models.Model):
    """The comment's chronology: who did what, when (including the system)."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="history")
    kind = models.CharField(max_length=20, choices=HistoryKind.choices)
    at = models.DateTimeField(default=timezone.now)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+")
    detail = models.TextField(blank=True)
    platform_op = models.CharField(
        max_length=10, blank=True, help_text="hide, delete, reply or block, done on the platform"
    )
    platform_text = models.TextField(blank=True)
    platform_state = models.CharField(max_length=10, blank=True,
                                      help_text="pending, done, failed or manual")
    platform_message = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} at {self.at:%Y-%m-%d %H:%M}"


class Strike(models.Model):
    """One upheld abuse by an author, counted across the school's accounts (M5)."""

    school = models.ForeignKey("people.Organisation", on_delete=models.CASCADE,
                               related_name="strikes")
    platform = models.CharField(max_length=20)
    author_id = models.CharField(max_length=200)
    comment = models.OneToOneField(Comment, on_delete=models.CASCADE, related_name="strike")
    upheld_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at"]
        indexes = [models.Index(fields=["school", "platform", "author_id"], name="strike_author")]

    def __str__(self) -> str:
        return f"strike against {self.author_id} ({self.platform})"


class AuthorBlock(models.Model):
    school = models.ForeignKey("people.Organisation", on_delete=models.CASCADE,
                               related_name="author_blocks")
    account = models.ForeignKey("accounts.Account", on_delete=models.CASCADE, related_name="+")
    author_id = models.CharField(max_length=200)
    author_name = models.CharField(max_length=200, blank=True)
    at = models.DateTimeField(default=timezone.now)
    strikes = models.PositiveIntegerField()
    done_on_platform = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["account", "author_id"],
                                               name="one_block_per_author_per_account")]

    def __str__(self) -> str:
        return f"{self.author_name or self.author_id} blocked on {self.account}"


class RotaEntry(models.Model):
    """Who watches the school's accounts on each day of the week (CF Monitoring)."""

    school = models.ForeignKey("people.Organisation", on_delete=models.CASCADE,
                               related_name="moderation_rota")
    weekday = models.PositiveSmallIntegerField(choices=WEEKDAYS)
    person = models.ForeignKey("people.StaffMember", on_delete=models.CASCADE, related_name="+")

    class Meta:
        ordering = ["weekday", "person__full_name"]
        constraints = [models.UniqueConstraint(fields=["school", "weekday", "person"],
                                               name="one_rota_slot_per_person_per_day")]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()}: {self.person}"


class PollCursor(models.Model):
    """Where the last poll of an account's replies stopped."""

    account = models.OneToOneField("accounts.Account", on_delete=models.CASCADE,
                                   related_name="poll_cursor")
    cursor = models.CharField(max_length=500, blank=True)
    polled_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.account}: {self.cursor or 'start'}"


class ImportBatch(models.Model):
    """An uploaded export of comments: previewed, then imported by a background job."""

    account = models.ForeignKey("accounts.Account", on_delete=models.CASCADE, related_name="+")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True,
                                    on_delete=models.SET_NULL, related_name="+")
    filename = models.CharField(max_length=200)
    rows = models.JSONField(default=list)
    created_at = models.DateTimeField(default=timezone.now)
    job = models.ForeignKey("jobs.Job", null=True, blank=True, on_delete=models.SET_NULL,
                            related_name="+")
    imported = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.filename} ({len(self.rows)} rows)"
