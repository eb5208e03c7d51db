"""Outbound posts: drafts, their images, versions, approval decisions and publication (SPEC C1–C4).

Rules live in the service modules beside this one (`checking`, `images`, `workflow`,
`publishing`); these models hold state and answer small questions."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from socialsafe.accounts.models import Account
from socialsafe.people.models import Organisation, Pupil

USER = settings.AUTH_USER_MODEL


class PostStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PENDING = "pending", "Waiting for approval"
    CHANGES_REQUESTED = "changes", "Changes requested"
    REJECTED = "rejected", "Rejected"
    APPROVED = "approved", "Approved, waiting to publish"
    PUBLISHED = "published", "Published"
    FAILED = "failed", "Publishing failed"


EDITABLE = (PostStatus.DRAFT, PostStatus.CHANGES_REQUESTED, PostStatus.FAILED)


class Decision(models.TextChoices):
    APPROVE = "approve", "Approve"
    REQUEST_CHANGES = "changes", "Request changes"
    REJECT = "reject", "Reject"


class Post(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="posts")
    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    author_name = models.CharField(max_length=200)
    text = models.TextField(blank=True)
    links = models.TextField(blank=True, help_text="One web address a line.")
    scheduled_at = models.DateTimeField(null=True, blank=True)
    sensitive = models.BooleanField(
        default=False, help_text="Ask an approver to look at it even if the check passes."
    )
    status = models.CharField(max_length=10, choices=PostStatus.choices, default=PostStatus.DRAFT)
    version = models.PositiveIntegerField(default=0)
    check_result = models.JSONField(default=dict, blank=True)
    approval_reasons = models.JSONField(default=list, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    approver = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approver_name = models.CharField(max_length=200, blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_by_hand = models.BooleanField(default=False)
    platform_id = models.CharField(max_length=300, blank=True)
    published_url = models.URLField(max_length=500, blank=True)
    publish_attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-updated_at"]

    def __str__(self) -> str:
        return f"Post {self.pk} to {self.account.name}"

    @property
    def is_editable(self) -> bool:
        return self.status in EDITABLE

    @property
    def verdict(self) -> str:
        return str(self.check_result.get("verdict", ""))

    @property
    def link_list(self) -> list[str]:
        return [line.strip() for line in self.links.splitlines() if line.strip()]

    def full_text(self) -> str:
        """What is published: the text followed by its links, one a line."""
        return "\n".join([self.text.strip(), *self.link_list]).strip()

    def idempotency_key(self) -> str:
        return f"socialsafe-post-{self.pk}-v{self.version}"


class PostImage(models.Model):
    """An uploaded image after validation and re-encoding: the stored bytes carry no metadata."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="images")
    data = models.BinaryField()
    mime_type = models.CharField(max_length=20)
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    alt_text = models.CharField(max_length=1000, blank=True)
    pupils = models.ManyToManyField(Pupil, blank=True, related_name="post_images")
    confirmed_appropriate = models.BooleanField(default=False)
    uploaded_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["uploaded_at", "pk"]

    def __str__(self) -> str:
        return f"Image {self.pk} of post {self.post_id}"


class PostVersion(models.Model):
    """The post as it stood at each submission, with what the check said of it."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    text = models.TextField()
    links = models.TextField(blank=True)
    image_count = models.PositiveIntegerField(default=0)
    check_result = models.JSONField(default=dict)
    created_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["post", "number"], name="one_row_per_post_version")
        ]

    def __str__(self) -> str:
        return f"Post {self.post_id} version {self.number}"


class PostReview(models.Model):
    """An approver's decision with its comment (SPEC C3)."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reviews")
    version = models.PositiveIntegerField()
    decision = models.CharField(max_length=10, choices=Decision.choices)
    comment = models.TextField(blank=True)
    reviewer = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    reviewer_name = models.CharField(max_length=200)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_decision_display()} of post {self.post_id} by {self.reviewer_name}"


class PlatformConnection(models.Model):
    """How to reach an account's platform API: its API root and the platform's id for it.

    The token itself stays in the vault (accounts.vault, kind "api_token")."""

    account = models.OneToOneField(Account, on_delete=models.CASCADE, related_name="connection")
    api_base_url = models.URLField(blank=True, help_text="Blank for the platform's public API.")
    account_ref = models.CharField(
        max_length=200,
        help_text="Page id (Facebook), user id (X), account id (Mastodon) or handle (Bluesky).",
    )
    options = models.JSONField(default=dict, blank=True)

    def __str__(self) -> str:
        return f"Connection of {self.account}"
