"""Publishing an approved post through its account's connector (SPEC C4).

Rate limits and server errors are retried by the task layer (with the platform's wait as
the minimum back-off); a refusal (4xx) or a missing connector stops at once, and the author
is told what the platform said. Every attempt is keyed by the post's version so a retried
publish that already reached the platform is not posted twice where the API allows it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from socialsafe.accounts.keys import VaultError
from socialsafe.accounts.models import Account
from socialsafe.accounts.vault import read_secret
from socialsafe.audit.log import record
from socialsafe.audit.models import EventKind
from socialsafe.connectors.base import (
    Connector,
    ConnectorError,
    ImageUpload,
    PermanentError,
    Unsupported,
    get_connector,
    has_connector,
)
from socialsafe.posts.attribution import publication_text
from socialsafe.posts.models import PlatformConnection, Post, PostStatus
from socialsafe.posts.workflow import record_publication

MAX_ATTEMPTS = 6


class NoConnector(PermanentError):
    """The account's platform has no connector, or the account is not connected."""


@dataclass(frozen=True)
class ConnectionSettings:
    base_url: str | None
    account_ref: str
    options: dict[str, Any]


def connection_settings(account: Account) -> ConnectionSettings | None:
    """The account's PlatformConnection; failing that, Mastodon and Bluesky accounts are
    reached through the server in their URL with their handle (the moderation app's
    convention). Facebook and X need their numeric ids, so they need a connection row."""
    connection = PlatformConnection.objects.filter(account=account).first()
    if connection is not None:
        return ConnectionSettings(
            connection.api_base_url or None, connection.account_ref, dict(connection.options)
        )
    if account.platform in ("mastodon", "bluesky") and account.url:
        parts = urlsplit(account.url)
        return ConnectionSettings(f"{parts.scheme}://{parts.netloc}", account.handle, {})
    return None


def connector_for(account: Account, *, purpose: str = "publishing") -> Connector:
    """The account's connector with its token from the vault; raises NoConnector."""
    if not has_connector(account.platform):
        raise NoConnector(
            f"SocialSafe cannot publish to {account.get_platform_display()} "
            "itself: publish it there and mark it as published by hand."
        )
    found = connection_settings(account)
    if found is None:
        raise NoConnector(f"{account.name} is not connected to its platform yet.")
    try:
        token = read_secret(account, "api_token", purpose=purpose)
    except VaultError as exc:
        raise NoConnector(f"No API token is stored for {account.name}.") from exc
    return get_connector(
        account.platform,
        base_url=found.base_url,
        token=token,
        account_ref=found.account_ref,
        **found.options,
    )


def publishable(account: Account) -> bool:
    return has_connector(account.platform) and connection_settings(account) is not None


def _images(post: Post) -> list[ImageUpload]:
    return [
        ImageUpload(bytes(i.data), i.mime_type, i.alt_text, f"image-{i.pk}")
        for i in post.images.all()
    ]


def publish_post(post_id: int) -> None:
    """One publishing attempt. Raises RateLimited/TransientError for the task layer to retry
    (until MAX_ATTEMPTS); records success or a final failure on the post."""
    with transaction.atomic():
        post = Post.objects.select_for_update().select_related("account").get(pk=post_id)
        if post.status != PostStatus.APPROVED:
            return  # already published, withdrawn or changed since it was queued
        post.publish_attempts += 1
        post.save(update_fields=["publish_attempts"])
    try:
        connector = connector_for(post.account)
        try:
            ref = connector.publish(
                publication_text(post), _images(post), idempotency_key=post.idempotency_key()
            )
        finally:
            connector.close()
    except (PermanentError, Unsupported) as exc:
        _failed(post, str(exc))
        return
    except ConnectorError as exc:
        if post.publish_attempts >= MAX_ATTEMPTS:
            _failed(post, f"gave up after {post.publish_attempts} attempts: {exc}")
            return
        Post.objects.filter(pk=post.pk).update(last_error=str(exc))
        raise
    with transaction.atomic():
        post.refresh_from_db()
        post.status = PostStatus.PUBLISHED
        post.platform_id, post.published_url = ref.platform_id, ref.url
        post.published_at = post.updated_at = timezone.now()
        post.last_error = ""
        post.save()
        record_publication(post, actor=None, by_hand=False)
    _tell_author(post, "published", f"It is live at {post.published_url}")


def _failed(post: Post, reason: str) -> None:
    with transaction.atomic():
        Post.objects.filter(pk=post.pk).update(
            status=PostStatus.FAILED, last_error=reason, updated_at=timezone.now()
        )
        record(
            EventKind.POST_PUBLISH_FAILED,
            organisation=post.organisation,
            target=post,
            post=post.pk,
            account=post.account_id,
            reason=reason,
        )
    _tell_author(
        post,
        "could not be published",
        f"The platform said: {reason}\nOpen the post in SocialSafe to change it and "
        "submit it again, or mark it as published by hand.",
    )


def _tell_author(post: Post, what: str, detail: str) -> None:
    if post.author and post.author.email:
        send_mail(
            f"Your post to {post.account.name} {what}",
            detail,
            None,
            [post.author.email],
            fail_silently=True,
        )
