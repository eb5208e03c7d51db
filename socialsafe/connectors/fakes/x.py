"""A fake X API v2: tweets, media upload and metadata, mentions, hidden replies, blocking."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime
from typing import Any

from socialsafe.connectors.fakes.server import FAKE_TOKEN, FakePlatform, FakeRequest, Reply

MAX_CHARACTERS = 280


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class FakeX(FakePlatform):
    name = "x"

    def __init__(self, token: str = FAKE_TOKEN, *, user_id: str = "42") -> None:
        self.user_id = user_id
        self.tweets: dict[str, dict[str, Any]] = {}
        self.media: dict[str, dict[str, Any]] = {}
        self.hidden: set[str] = set()
        self.blocked: set[str] = set()
        self.users = {user_id: {"id": user_id, "username": "school", "name": "School"}}
        super().__init__(token)

    def error(self, status: int, message: str) -> Reply:
        titles = {400: "Invalid Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found"}
        body = {
            "title": titles.get(status, "Error"),
            "detail": message,
            "status": status,
            "type": "about:blank",
        }
        return status, body, {}

    def rate_limited(self) -> Reply:
        reset = str(int(time.time()) + 30)
        headers = {"x-rate-limit-limit": "100", "x-rate-limit-remaining": "0"}
        return (
            429,
            {
                "title": "Too Many Requests",
                "detail": "Too Many Requests",
                "status": 429,
                "type": "about:blank",
            },
            {**headers, "x-rate-limit-reset": reset},
        )

    def _tweet(self, text: str, author_id: str, **extra: Any) -> dict[str, Any]:
        tweet_id = self.next_id()
        tweet = {
            "id": tweet_id,
            "text": text,
            "author_id": author_id,
            "created_at": _now(),
            "edit_history_tweet_ids": [tweet_id],
            **extra,
        }
        self.tweets[tweet_id] = tweet
        return tweet

    def add_reply(self, to_tweet_id: str, text: str, *, author: str = "parent") -> dict[str, Any]:
        author_id = str(abs(hash(author)) % 10_000 + 5000)
        self.users[author_id] = {"id": author_id, "username": author, "name": author}
        return self._tweet(
            f"@school {text}",
            author_id,
            conversation_id=to_tweet_id,
            referenced_tweets=[{"type": "replied_to", "id": to_tweet_id}],
        )

    def setup_routes(self) -> None:
        @self.route("POST", "/2/media/upload")
        def upload(request: FakeRequest, match: re.Match[str]) -> Reply:
            request.form()
            if "media" not in request.files:
                return self.error(400, "media is required")
            media_id = self.next_id()
            self.media[media_id] = {"id": media_id, "media_key": f"3_{media_id}", "alt": ""}
            return (
                200,
                {"data": {**self.media[media_id], "size": len(request.files["media"][2])}},
                {},
            )

        @self.route("POST", "/2/media/metadata")
        def metadata(request: FakeRequest, match: re.Match[str]) -> Reply:
            body = request.json()
            media = self.media.get(str(body.get("id")))
            if media is None:
                return self.error(400, "media id not found")
            media["alt"] = body["metadata"]["alt_text"]["text"]
            return 200, {"data": {"id": media["id"], "associated_metadata": body["metadata"]}}, {}

        @self.route("POST", "/2/tweets")
        def create(request: FakeRequest, match: re.Match[str]) -> Reply:
            body = request.json()
            text = body.get("text", "")
            if len(text) > MAX_CHARACTERS:
                return self.error(400, "Your Tweet text is too long.")
            extra: dict[str, Any] = {}
            if "reply" in body:
                parent = body["reply"]["in_reply_to_tweet_id"]
                extra["referenced_tweets"] = [{"type": "replied_to", "id": parent}]
            if "media" in body:
                extra["attachments"] = {
                    "media_keys": [f"3_{m}" for m in body["media"]["media_ids"]]
                }
            tweet = self._tweet(text, self.user_id, **extra)
            return (
                201,
                {
                    "data": {
                        "id": tweet["id"],
                        "text": text,
                        "edit_history_tweet_ids": [tweet["id"]],
                    }
                },
                {},
            )

        @self.route("DELETE", r"/2/tweets/(\d+)")
        def delete(request: FakeRequest, match: re.Match[str]) -> Reply:
            tweet = self.tweets.get(match[1])
            if tweet is None or tweet["author_id"] != self.user_id:
                return self.error(403, "You are not allowed to delete this Tweet.")
            del self.tweets[match[1]]
            return 200, {"data": {"deleted": True}}, {}

        @self.route("PUT", r"/2/tweets/(\d+)/hidden")
        def hide(request: FakeRequest, match: re.Match[str]) -> Reply:
            if match[1] not in self.tweets:
                return self.error(404, "Could not find tweet")
            if request.json().get("hidden"):
                self.hidden.add(match[1])
            else:
                self.hidden.discard(match[1])
            return 200, {"data": {"hidden": match[1] in self.hidden}}, {}

        @self.route("GET", r"/2/users/(\d+)/mentions")
        def mentions(request: FakeRequest, match: re.Match[str]) -> Reply:
            since = int(request.query.get("since_id", ["0"])[0])
            size = int(request.query.get("max_results", ["10"])[0])
            start = int(request.query.get("pagination_token", ["0"])[0])
            found = [
                t
                for t in self.tweets.values()
                if t["author_id"] != self.user_id and int(t["id"]) > since
            ]
            found.sort(key=lambda t: int(t["id"]), reverse=True)
            page = found[start : start + size]
            if not page:
                return 200, {"meta": {"result_count": 0}}, {}
            users = [self.users[a] for a in {t["author_id"] for t in page}]
            meta = {
                "result_count": len(page),
                "newest_id": page[0]["id"],
                "oldest_id": page[-1]["id"],
            }
            if start + size < len(found):
                meta["next_token"] = str(start + size)
            return 200, {"data": page, "includes": {"users": users}, "meta": meta}, {}

        @self.route("POST", r"/2/users/(\d+)/blocking")
        def block(request: FakeRequest, match: re.Match[str]) -> Reply:
            self.blocked.add(str(request.json()["target_user_id"]))
            return 200, {"data": {"blocking": True}}, {}
