"""The platform connector interface shared by publishing (posts) and moderation.

Every connector speaks one platform's documented HTTP API through httpx and turns that
platform's answers into the same small set of outcomes:

- a value (`PublishedRef`, `InboundComment` list, or nothing) when the call worked;
- `RateLimited(retry_after)` for 429 and platform-specific throttling answers: retry later;
- `TransientError` for 5xx, timeouts and connection failures: retry with back-off;
- `PermanentError(message)` for other 4xx: retrying will not help, show `message` to a person;
- `Unsupported(operation)` when the platform (or the account's API tier) has no such call.

Callers may check `connector.supports(Operation.X)` before calling instead of catching
`Unsupported`. Connectors never log or echo their token.
"""

from __future__ import annotations

import abc
import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

import httpx


class Operation(enum.StrEnum):
    """What a connector can be asked to do; each connector lists the ones it supports."""

    PUBLISH = "publish"
    DELETE_POST = "delete_post"
    FETCH_REPLIES = "fetch_replies"
    HIDE_COMMENT = "hide_comment"
    DELETE_COMMENT = "delete_comment"
    REPLY = "reply"
    BLOCK_AUTHOR = "block_author"


# --- errors ---------------------------------------------------------------------------------


class ConnectorError(Exception):
    """Base of every error a connector raises."""


class RateLimited(ConnectorError):
    """The platform asked us to slow down; try again after `retry_after` seconds."""

    def __init__(self, retry_after: float, message: str = "rate limited") -> None:
        super().__init__(f"{message} (retry after {retry_after:.0f}s)")
        self.retry_after = max(0.0, float(retry_after))


class TransientError(ConnectorError):
    """A server error, timeout or broken connection: the same call may work later."""


class PermanentError(ConnectorError):
    """The platform refused the request (4xx); `message` is written for the post's author."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class Unsupported(ConnectorError):
    """The platform, or the account's API tier, offers no way to do this."""

    def __init__(self, platform: str, operation: Operation) -> None:
        super().__init__(f"{platform} cannot {operation.value.replace('_', ' ')} through its API")
        self.platform = platform
        self.operation = operation


# --- values ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImageUpload:
    """An image ready to publish: already re-encoded and stripped of metadata by posts.images."""

    data: bytes
    mime_type: str
    alt_text: str = ""
    filename: str = "image"


@dataclass(frozen=True, slots=True)
class PublishedRef:
    """Where something we published now lives on the platform."""

    platform_id: str
    url: str


@dataclass(frozen=True, slots=True)
class InboundComment:
    """A reply or comment someone else left on one of the account's posts."""

    platform_id: str
    author_id: str
    author_name: str
    text: str
    created_at: datetime
    in_reply_to: str = ""  # platform id of the post or comment it answers
    url: str = ""
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


# --- the connector --------------------------------------------------------------------------


class Connector(abc.ABC):
    """One official account on one platform.

    `base_url` is the API root (a fake server in tests), `token` the secret from the vault and
    `account_ref` the platform's id for the account (page id, user id, handle or DID).
    """

    platform: ClassVar[str]
    operations: ClassVar[frozenset[Operation]]

    def __init__(
        self,
        *,
        base_url: str,
        token: str,
        account_ref: str,
        client: httpx.Client | None = None,
        timeout: float = 20.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = token
        self.account_ref = account_ref
        self._client = client or httpx.Client(timeout=timeout, follow_redirects=False)

    def __repr__(self) -> str:  # never show the token
        return f"<{type(self).__name__} {self.account_ref!r} at {self.base_url}>"

    def supports(self, operation: Operation) -> bool:
        """Whether this account can do `operation` (connectors with API tiers narrow it)."""
        return operation in self.operations

    def _require(self, operation: Operation) -> None:
        if not self.supports(operation):
            raise Unsupported(self.platform, operation)

    def close(self) -> None:
        self._client.close()

    # Every method below raises Unsupported unless the subclass implements it.

    def publish(
        self,
        text: str,
        images: Sequence[ImageUpload] = (),
        *,
        idempotency_key: str | None = None,
    ) -> PublishedRef:
        """Publish a new post with optional images (alt text included where the API allows)."""
        raise Unsupported(self.platform, Operation.PUBLISH)

    def delete_post(self, platform_id: str) -> None:
        """Delete one of the account's own posts."""
        raise Unsupported(self.platform, Operation.DELETE_POST)

    def fetch_replies(
        self, since_cursor: str | None = None
    ) -> tuple[list[InboundComment], str | None]:
        """Replies and comments on the account's posts newer than the cursor, oldest first.

        The cursor is opaque: store the returned one and pass it back next time. `None` starts
        from whatever the platform returns first (its most recent page).
        """
        raise Unsupported(self.platform, Operation.FETCH_REPLIES)

    def hide_comment(self, platform_id: str) -> None:
        """Hide someone else's comment from the public while keeping it on the platform."""
        raise Unsupported(self.platform, Operation.HIDE_COMMENT)

    def delete_comment(self, platform_id: str) -> None:
        """Remove someone else's comment from the account's post."""
        raise Unsupported(self.platform, Operation.DELETE_COMMENT)

    def reply(self, platform_id: str, text: str) -> PublishedRef:
        """Answer a comment publicly as the account."""
        raise Unsupported(self.platform, Operation.REPLY)

    def block_author(self, author_id: str) -> None:
        """Block a person from interacting with the account."""
        raise Unsupported(self.platform, Operation.BLOCK_AUTHOR)


def get_connector(
    platform: str,
    *,
    base_url: str | None = None,
    token: str,
    account_ref: str,
    client: httpx.Client | None = None,
    **options: Any,
) -> Connector:
    """The connector for `platform` ("facebook", "x", "mastodon", "bluesky").

    `base_url` defaults to the platform's public API root (Mastodon and Bluesky need the
    instance's or PDS's own address). Raises `KeyError` for a platform without a connector:
    such posts are marked published by hand.
    """
    from socialsafe.connectors.registry import CONNECTORS, DEFAULT_BASE_URLS

    key = platform.lower()
    cls = CONNECTORS[key]
    root = base_url or DEFAULT_BASE_URLS.get(key)
    if not root:
        raise ValueError(f"{platform} needs the base_url of the account's server")
    return cls(base_url=root, token=token, account_ref=account_ref, client=client, **options)


def has_connector(platform: str) -> bool:
    from socialsafe.connectors.registry import CONNECTORS

    return platform.lower() in CONNECTORS
