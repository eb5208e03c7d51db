"""A fake Graph API for one Page: feed, photos, comments (hide/delete/reply) and blocking."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from socialsafe.connectors.fakes.server import FAKE_TOKEN, FakePlatform, FakeRequest, Reply


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


class FakeFacebook(FakePlatform):
    name = "facebook"

    def __init__(self, token: str = FAKE_TOKEN, *, page_id: str = "1234") -> None:
        self.page_id = page_id
        self.posts: dict[str, dict[str, Any]] = {}
        self.photos: dict[str, dict[str, Any]] = {}
        self.comments: dict[str, dict[str, Any]] = {}
        self.blocked: set[str] = set()
        super().__init__(token)

    def error(self, status: int, message: str) -> Reply:
        code = {400: 100, 401: 190, 403: 200, 404: 803}.get(status, 1 if status >= 500 else 100)
        kind = "OAuthException" if status in (401, 403) else "GraphMethodException"
        return (
            status,
            {"error": {"message": message, "type": kind, "code": code, "fbtrace_id": "AfakeTrace"}},
            {},
        )

    def rate_limited(self) -> Reply:
        """Graph reports page throttling as error code 32 (often with a 4xx status)."""
        usage = {
            self.page_id: [
                {
                    "type": "pages",
                    "call_count": 100,
                    "total_cputime": 10,
                    "total_time": 10,
                    "estimated_time_to_regain_access": 1,
                }
            ]
        }
        body = {
            "error": {
                "message": "(#32) Page request limit reached",
                "type": "OAuthException",
                "code": 32,
                "fbtrace_id": "AfakeTrace",
            }
        }
        return 429, body, {"X-Business-Use-Case-Usage": json.dumps(usage)}

    def authorised(self, request: FakeRequest) -> bool:
        return self.token in (request.bearer, request.field("access_token"))

    def add_comment(self, post_id: str, text: str, *, author: str = "A Parent") -> dict[str, Any]:
        comment_id = f"{post_id.split('_')[-1]}_{self.next_id()}"
        comment = {
            "id": comment_id,
            "message": text,
            "created_time": _now(),
            "from": {"id": str(abs(hash(author)) % 10_000 + 5000), "name": author},
            "is_hidden": False,
            "post_id": post_id,
        }
        self.comments[comment_id] = comment
        return comment

    def _new_post(self, message: str, **extra: Any) -> dict[str, Any]:
        post_id = f"{self.page_id}_{self.next_id()}"
        self.posts[post_id] = {"id": post_id, "message": message, "created_time": _now(), **extra}
        return self.posts[post_id]

    def setup_routes(self) -> None:
        page = re.escape(self.page_id)

        @self.route("POST", rf"/{page}/feed")
        def feed(request: FakeRequest, match: re.Match[str]) -> Reply:
            message = request.field("message")
            attached = [
                json.loads(v[0])
                for k, v in sorted(request.form().items())
                if k.startswith("attached_media")
            ]
            if not message and not attached:
                return self.error(400, "(#100) Either message or attached_media must be supplied")
            for media in attached:
                if media["media_fbid"] not in self.photos:
                    return self.error(400, "(#100) Invalid media_fbid")
            post = self._new_post(message, attached_media=attached)
            return 200, {"id": post["id"]}, {}

        @self.route("POST", rf"/{page}/photos")
        def photos(request: FakeRequest, match: re.Match[str]) -> Reply:
            request.form()
            if "source" not in request.files and not request.field("url"):
                return self.error(400, "(#324) Requires upload file")
            photo_id = self.next_id()
            self.photos[photo_id] = {
                "id": photo_id,
                "alt_text_custom": request.field("alt_text_custom"),
            }
            if request.field("published", "true") == "false":
                return 200, {"id": photo_id}, {}
            post = self._new_post(request.field("message"), photo=photo_id)
            return 200, {"id": photo_id, "post_id": post["id"]}, {}

        @self.route("GET", rf"/{page}/feed")
        def read_feed(request: FakeRequest, match: re.Match[str]) -> Reply:
            limit = int(request.query.get("limit", ["25"])[0])
            start = int(request.query.get("after", ["0"])[0])
            newest_first = sorted(
                self.posts.values(), key=lambda p: int(p["id"].split("_")[1]), reverse=True
            )
            data = []
            for post in newest_first[start : start + limit]:
                comments = [
                    {k: v for k, v in c.items() if k not in ("is_hidden", "post_id")}
                    for c in self.comments.values()
                    if c["post_id"] == post["id"]
                ]
                data.append({"id": post["id"], "comments": {"data": comments}})
            paging: dict[str, Any] = {
                "cursors": {"before": str(start), "after": str(start + limit)}
            }
            if start + limit < len(newest_first):
                paging["next"] = f"{self.base_url}/{self.page_id}/feed?after={start + limit}"
            return 200, {"data": data, "paging": paging}, {}

        @self.route("POST", rf"/{page}/blocked")
        def block(request: FakeRequest, match: re.Match[str]) -> Reply:
            user = request.field("user") or request.field("uid") or request.field("psid")
            self.blocked.add(user)
            return 200, {user: True}, {}

        @self.route("POST", r"/(\d+_\d+)/comments")
        def reply(request: FakeRequest, match: re.Match[str]) -> Reply:
            if match[1] not in self.comments and match[1] not in self.posts:
                return self.error(400, "(#100) Object does not exist")
            comment = self.add_comment(match[1], request.field("message"), author="The School")
            return 200, {"id": comment["id"]}, {}

        @self.route("POST", r"/(\d+_\d+)")
        def update(request: FakeRequest, match: re.Match[str]) -> Reply:
            comment = self.comments.get(match[1])
            if comment is None:
                return self.error(400, "(#100) Unsupported post request")
            comment["is_hidden"] = request.field("is_hidden") == "true"
            return 200, {"success": True}, {}

        @self.route("DELETE", r"/(\d+_\d+)")
        def delete(request: FakeRequest, match: re.Match[str]) -> Reply:
            if self.comments.pop(match[1], None) is None and self.posts.pop(match[1], None) is None:
                return self.error(400, "(#100) Object does not exist")
            return 200, {"success": True}, {}
