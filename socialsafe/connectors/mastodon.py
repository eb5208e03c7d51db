"""Mastodon (REST API v1/v2, docs.joinmastodon.org/methods/).

- publish: POST /api/v2/media per image (multipart `file`, `description` = alt text; 202 means
  still processing, which statuses accept), then POST /api/v1/statuses with `status`,
  `media_ids[]` and an `Idempotency-Key` header so a retried publish never posts twice.
- replies: GET /api/v1/notifications?types[]=mention&since_id=… — replies mention the account;
  the cursor is the newest notification id. GET /api/v1/statuses/:id/context lists one thread.
- delete own post: DELETE /api/v1/statuses/:id; reply: POST /api/v1/statuses in_reply_to_id;
  block: POST /api/v1/accounts/:id/block. Others' replies cannot be hidden or deleted.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html.parser import HTMLParser
from typing import Any

from socialsafe.connectors.base import (
    Connector,
    ImageUpload,
    InboundComment,
    Operation,
    PublishedRef,
)
from socialsafe.connectors.http import send


class _TextOf(HTMLParser):
    """Mastodon sends status content as HTML; moderation needs the words."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "p") and self.parts:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def text_of_html(content: str) -> str:
    parser = _TextOf()
    parser.feed(content)
    return "".join(parser.parts).strip()


def _when(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


PAGE = 40  # Mastodon's largest page of notifications
MAX_PAGES = 25


class MastodonConnector(Connector):
    platform = "mastodon"
    operations = frozenset(
        {
            Operation.PUBLISH,
            Operation.DELETE_POST,
            Operation.FETCH_REPLIES,
            Operation.REPLY,
            Operation.BLOCK_AUTHOR,
        }
    )

    def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {self._token}", **kwargs.pop("headers", {})}
        return send(
            self._client,
            method,
            f"{self.base_url}{path}",
            self.platform,
            headers=headers,
            **kwargs,
        )

    def _upload(self, image: ImageUpload) -> str:
        body = self._call(
            "POST",
            "/api/v2/media",
            files={"file": (image.filename, image.data, image.mime_type)},
            data={"description": image.alt_text} if image.alt_text else {},
        )
        return str(body["id"])

    def _post_status(self, form: dict[str, Any], idempotency_key: str | None) -> PublishedRef:
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else {}
        body = self._call("POST", "/api/v1/statuses", data=form, headers=headers)
        return PublishedRef(platform_id=str(body["id"]), url=str(body.get("url") or body["uri"]))

    def publish(
        self,
        text: str,
        images: Sequence[ImageUpload] = (),
        *,
        idempotency_key: str | None = None,
    ) -> PublishedRef:
        form: dict[str, Any] = {"status": text, "visibility": "public"}
        if images:
            form["media_ids[]"] = [self._upload(image) for image in images]
        return self._post_status(form, idempotency_key)

    def delete_post(self, platform_id: str) -> None:
        self._call("DELETE", f"/api/v1/statuses/{platform_id}")

    def reply(self, platform_id: str, text: str) -> PublishedRef:
        form = {"status": text, "in_reply_to_id": platform_id, "visibility": "public"}
        return self._post_status(form, idempotency_key=None)

    def block_author(self, author_id: str) -> None:
        self._call("POST", f"/api/v1/accounts/{author_id}/block")

    def fetch_replies(
        self, since_cursor: str | None = None
    ) -> tuple[list[InboundComment], str | None]:
        """From a cursor, pages forward with `min_id` (the page just after it) so a burst of
        more than one page is read in full; the first call reads only the newest page."""
        notifications: list[dict[str, Any]] = []
        cursor = since_cursor
        for _ in range(MAX_PAGES):
            params: list[tuple[str, str]] = [("types[]", "mention"), ("limit", str(PAGE))]
            if cursor:
                params.append(("min_id", cursor))
            page = self._call("GET", "/api/v1/notifications", params=params).get("data", [])
            notifications += page
            if not page:
                break
            cursor = max((n["id"] for n in page), key=_id_order)
            if since_cursor is None or len(page) < PAGE:
                break
        comments = [
            self._comment(n["status"]) for n in notifications if n.get("status") is not None
        ]
        comments.sort(key=lambda c: (c.created_at, _id_order(c.platform_id)))
        return comments, cursor

    def thread_replies(self, platform_id: str) -> list[InboundComment]:
        """Every reply below one of the account's posts (GET /api/v1/statuses/:id/context)."""
        body = self._call("GET", f"/api/v1/statuses/{platform_id}/context")
        return [self._comment(status) for status in body.get("descendants", [])]

    @staticmethod
    def _comment(status: dict[str, Any]) -> InboundComment:
        account = status.get("account") or {}
        return InboundComment(
            platform_id=str(status["id"]),
            author_id=str(account.get("id", "")),
            author_name=str(account.get("acct") or account.get("username") or ""),
            text=text_of_html(str(status.get("content", ""))),
            created_at=_when(str(status["created_at"])),
            in_reply_to=str(status.get("in_reply_to_id") or ""),
            url=str(status.get("url") or status.get("uri") or ""),
            raw=status,
        )


def _id_order(value: str) -> tuple[int, str]:
    """Mastodon ids are numeric strings that sort by time; compare them as numbers."""
    return (len(value), value)
