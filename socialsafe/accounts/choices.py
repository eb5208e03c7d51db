"""Named constants for official accounts (SPEC A1–A8)."""

from django.db import models


class Platform(models.TextChoices):
    FACEBOOK = "facebook", "Facebook"
    INSTAGRAM = "instagram", "Instagram"
    X = "x", "X (Twitter)"
    MASTODON = "mastodon", "Mastodon"
    BLUESKY = "bluesky", "Bluesky"
    YOUTUBE = "youtube", "YouTube"
    CLASSDOJO = "classdojo", "ClassDojo"
    WHATSAPP = "whatsapp", "WhatsApp"
    OTHER = "other", "Other"


class Visibility(models.TextChoices):
    OPEN = "open", "Open to the public"
    PRIVATE = "private", "Private or closed"


class ApplicationStatus(models.TextChoices):
    PENDING = "pending", "Waiting for a decision"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"
    CREATED = "created", "Account created"


class AccountStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    CLOSED = "closed", "Closed"


class Capacity(models.TextChoices):
    """Owners run and manage the account; posters may only post to it."""

    OWNER = "owner", "Owner"
    POSTER = "poster", "Authorised poster"


class CredentialKind(models.TextChoices):
    PASSWORD = "password", "Password"
    API_TOKEN = "api_token", "API token"
    RECOVERY_CODES = "recovery_codes", "Recovery codes"
    OTHER = "other", "Other secret"


class HandoverOutcome(models.TextChoices):
    TRANSFERRED = "transferred", "Transferred to another runner"
    CLOSED = "closed", "Account closed"
