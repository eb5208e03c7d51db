"""A fake Mastodon instance: statuses (with Idempotency-Key), media, notifications, context."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from socialsafe.connectors.fakes.server import FAKE_TOKEN, FakePlatform, FakeRequest, Reply

MAX_CHARACTERS = 500


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class FakeMastodon(FakePlatform):
    name = "mastodon"

    def __init__(self, token: str = FAKE_TOKEN, *, username: str = "school") -> None:
        self.username = username
        self.account = {"id": "1", "username": username, "acct": username}
        self.statuses: dict[str, dict[str, Any]] = {}
        self.media: dict[str, dict[str, Any]] = {}
        self.notifications: list[dict[str, Any]] = []
        self.blocked: set[str] = set()
        self._idempotency: dict[str, str] = {}
        super().__init__(token)

    def error(self, status: int, message: str) -> Reply:
        return status, {"error": message}, {}

    def rate_limited(self) -> Reply:
        reset = (datetime.now(UTC) + timedelta(seconds=30)).isoformat()
        headers = {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0"}
        return 429, {"error": "Too many requests"}, {**headers, "X-RateLimit-Reset": reset}

    def _status(self, text: str, account: dict[str, Any], **extra: Any) -> dict[str, Any]:
        status_id = self.next_id()
        status = {
            "id": status_id,
            "created_at": _now(),
            "content": f"<p>{text}</p>",
            "visibility": "public",
            "uri": f"http://fake.mastodon/users/{account['username']}/statuses/{status_id}",
            "url": f"http://fake.mastodon/@{account['username']}/{status_id}",
            "account": account,
            "in_reply_to_id": None,
            "media_attachments": [],
            **extra,
        }
        self.statuses[status_id] = status
        return status

    def add_reply(self, to_status_id: str, text: str, *, author: str = "parent") -> dict[str, Any]:
        """Someone else replies to one of the account's statuses (and we get notified)."""
        account = {"id": str(abs(hash(author)) % 10_000 + 5000), "username": author, "acct": author}
        status = self._status(text, account, in_reply_to_id=to_status_id)
        self.notifications.append(
            {
                "id": self.next_id(),
                "type": "mention",
                "created_at": status["created_at"],
                "account": account,
                "status": status,
            }
        )
        return status

    def setup_routes(self) -> None:
        @self.route("POST", "/api/v2/media")
        def upload(request: FakeRequest, match: re.Match[str]) -> Reply:
            request.form()
            if "file" not in request.files:
                return self.error(422, "Validation failed: File can't be blank")
            _filename, kind, data = request.files["file"]
            if not kind.startswith("image/"):
                return self.error(422, "Validation failed: File has an unsupported type")
            media_id = self.next_id()
            self.media[media_id] = {
                "id": media_id,
                "type": "image",
                "description": request.field("description"),
                "url": f"http://fake.mastodon/media/{media_id}",
                "size": len(data),
            }
            return 202, self.media[media_id], {}

        @self.route("POST", "/api/v1/statuses")
        def post_status(request: FakeRequest, match: re.Match[str]) -> Reply:
            key = request.headers.get("idempotency-key")
            if key and key in self._idempotency:
                return 200, self.statuses[self._idempotency[key]], {}
            text = request.field("status")
            media_ids = request.form().get("media_ids[]", [])
            if not text and not media_ids:
                return self.error(422, "Validation failed: Text can't be blank")
            if len(text) > MAX_CHARACTERS:
                return self.error(422, "Validation failed: Text character limit of 500 exceeded")
            unknown = [m for m in media_ids if m not in self.media]
            if unknown:
                return self.error(422, "Validation failed: media not found")
            status = self._status(
                text,
                self.account,
                in_reply_to_id=request.field("in_reply_to_id") or None,
                media_attachments=[self.media[m] for m in media_ids],
            )
            if key:
                self._idempotency[key] = status["id"]
            return 200, status, {}

        @self.route("DELETE", r"/api/v1/statuses/(\d+)")
        def delete_status(request: FakeRequest, match: re.Match[str]) -> Reply:
            status = self.statuses.get(match[1])
            if status is None:
                return self.error(404, "Record not found")
            if status["account"]["id"] != self.account["id"]:
                return self.error(403, "This action is not allowed")
            return 200, self.statuses.pop(match[1]), {}

        @self.route("GET", r"/api/v1/statuses/(\d+)/context")
        def context(request: FakeRequest, match: re.Match[str]) -> Reply:
            if match[1] not in self.statuses:
                return self.error(404, "Record not found")
            below, frontier = [], {match[1]}
            for status in sorted(self.statuses.values(), key=lambda s: int(s["id"])):
                if status["in_reply_to_id"] in frontier:
                    below.append(status)
                    frontier.add(status["id"])
            return 200, {"ancestors": [], "descendants": below}, {}

        @self.route("GET", "/api/v1/notifications")
        def notifications(request: FakeRequest, match: re.Match[str]) -> Reply:
            """Newest first; `since_id` gives the newest page above it, `min_id` the page
            just after it (as Mastodon's pagination does)."""
            since = int(request.query.get("since_id", ["0"])[0])
            after = int(request.query.get("min_id", ["0"])[0])
            types = request.query.get("types[]") or []
            limit = int(request.query.get("limit", ["40"])[0])
            items = [
                n
                for n in self.notifications
                if int(n["id"]) > max(since, after) and (not types or n["type"] in types)
            ]
            chosen = items[:limit] if after else items[-limit:]
            return 200, list(reversed(chosen)), {}

        @self.route("POST", r"/api/v1/accounts/(\d+)/block")
        def block(request: FakeRequest, match: re.Match[str]) -> Reply:
            self.blocked.add(match[1])
            return 200, {"id": match[1], "blocking": True}, {}
