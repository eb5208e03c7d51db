"""Reading Meta (Facebook Pages, Instagram) webhook deliveries (CONTRACT.md, RELIABILITY WH-01–06).

Django-free: the signature check over the raw body, and the split of one delivery into its
changes, each with a stable key so a redelivered change is recognised. A malformed change
is returned with its error instead of spoiling the rest of the batch."""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from typing import Any


def signature_is_valid(raw_body: bytes, header: str | None, app_secret: str) -> bool:
    """`X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body>`, compared in
    constant time. No secret configured means nothing is accepted."""
    if not app_secret or not header or not header.startswith("sha256="):
        return False
    expected = hmac.new(app_secret.encode(), raw_body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header.removeprefix("sha256=").strip().lower())


def sign(raw_body: bytes, app_secret: str) -> str:
    """The header value Meta would send (for tests, benchmarks and local tools)."""
    return "sha256=" + hmac.new(app_secret.encode(), raw_body, hashlib.sha256).hexdigest()


def token_matches(given: str | None, expected: str) -> bool:
    return bool(expected) and given is not None and hmac.compare_digest(
        given.encode(), expected.encode()
    )


@dataclass(frozen=True)
class Change:
    """One change of a delivery: the key that identifies it, and its data or its problem."""

    dedupe_key: str
    page_id: str
    value: dict[str, Any] = field(default_factory=dict)
    field_name: str = ""
    error: str = ""


class BadDelivery(ValueError):
    """The body is not a Meta delivery at all (not JSON, or no entries)."""


def split_delivery(raw_body: bytes) -> list[Change]:
    try:
        body = json.loads(raw_body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadDelivery(f"not JSON: {exc}") from exc
    if not isinstance(body, dict) or not isinstance(body.get("entry"), list):
        raise BadDelivery("no 'entry' list")
    platform = str(body.get("object", "page"))
    changes: list[Change] = []
    for position, entry in enumerate(body["entry"]):
        changes.extend(_entry_changes(platform, position, entry))
    return changes


def _entry_changes(platform: str, position: int, entry: Any) -> list[Change]:
    if not isinstance(entry, dict) or not isinstance(entry.get("changes"), list):
        return [_bad(platform, position, entry, "entry without a 'changes' list")]
    page_id = str(entry.get("id", ""))
    return [_change(platform, page_id, position, c) for c in entry["changes"]]


def _change(platform: str, page_id: str, position: int, change: Any) -> Change:
    if not isinstance(change, dict) or not isinstance(change.get("value"), dict):
        return _bad(platform, position, change, "change without a 'value' object")
    value: dict[str, Any] = change["value"]
    field_name = str(change.get("field", ""))
    object_id = value.get("comment_id") or value.get("id") or value.get("post_id")
    verb = value.get("verb", "add")
    if not object_id:
        key = "meta:" + platform + ":" + _digest(change)
    else:
        key = f"meta:{platform}:{page_id}:{field_name}:{object_id}:{verb}"
    return Change(key[:255], page_id, value, field_name)


def _bad(platform: str, position: int, item: Any, reason: str) -> Change:
    return Change(f"meta:{platform}:bad:{_digest(item)}", "", {"raw": item}, error=reason)


def _digest(item: Any) -> str:
    return hashlib.sha256(json.dumps(item, sort_keys=True, default=str).encode()).hexdigest()


@dataclass(frozen=True)
class CommentData:
    platform_id: str
    author_id: str
    author_name: str
    text: str
    created_time: int | None
    in_reply_to: str


def comment_of(change_field: str, value: dict[str, Any]) -> CommentData | None:
    """The comment a change adds, or None for any other kind of change (likes, edits of
    posts, removals) which is stored but needs no moderation."""
    sender: dict[str, Any] = value["from"] if isinstance(value.get("from"), dict) else {}
    if change_field == "feed" and value.get("item") == "comment" and value.get("verb") == "add":
        return CommentData(
            str(value.get("comment_id", "")), str(sender.get("id", "")),
            str(sender.get("name", "")), str(value.get("message", "")),
            _int_or_none(value.get("created_time")),
            str(value.get("parent_id") or value.get("post_id") or ""),
        )
    if change_field in ("comments", "live_comments") and value.get("id"):
        media: dict[str, Any] = value["media"] if isinstance(value.get("media"), dict) else {}
        return CommentData(
            str(value["id"]), str(sender.get("id", "")),
            str(sender.get("username", sender.get("name", ""))), str(value.get("text", "")),
            None, str(value.get("parent_id") or media.get("id") or ""),
        )
    return None


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
