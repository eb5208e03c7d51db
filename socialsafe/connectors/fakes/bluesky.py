"""A fake PDS speaking the XRPC shapes the connector uses, for fault tests.

The behaviour tests run against Bluesky's real reference network (tools/bluesky); this fake
exists to inject the 429/5xx/4xx answers that a real network will not give on demand.
"""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime
from typing import Any

from socialsafe.connectors.fakes.server import FAKE_TOKEN, FakePlatform, FakeRequest, Reply

DID = "did:plc:fakeschool"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class FakeBluesky(FakePlatform):
    name = "bluesky"

    def __init__(self, token: str = FAKE_TOKEN, *, handle: str = "school.test") -> None:
        self.handle = handle
        self.records: dict[str, dict[str, Any]] = {}
        self.blobs: list[bytes] = []
        self.sessions = 0
        super().__init__(token)

    def error(self, status: int, message: str) -> Reply:
        name = {400: "InvalidRequest", 401: "AuthenticationRequired"}.get(
            status, "InternalServerError"
        )
        return status, {"error": name, "message": message}, {}

    def rate_limited(self) -> Reply:
        headers = {
            "ratelimit-limit": "5000",
            "ratelimit-remaining": "0",
            "ratelimit-reset": str(int(time.time()) + 30),
        }
        return 429, {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"}, headers

    def authorised(self, request: FakeRequest) -> bool:
        return request.path.endswith("createSession") or request.bearer == "jwt-" + self.token

    def setup_routes(self) -> None:
        @self.route("POST", "/xrpc/com.atproto.server.createSession")
        def session(request: FakeRequest, match: re.Match[str]) -> Reply:
            body = request.json()
            if body.get("identifier") != self.handle or body.get("password") != self.token:
                return (
                    401,
                    {
                        "error": "AuthenticationRequired",
                        "message": "Invalid identifier or password",
                    },
                    {},
                )
            self.sessions += 1
            return (
                200,
                {
                    "did": DID,
                    "handle": self.handle,
                    "accessJwt": "jwt-" + self.token,
                    "refreshJwt": "refresh",
                },
                {},
            )

        @self.route("POST", "/xrpc/com.atproto.repo.uploadBlob")
        def upload(request: FakeRequest, match: re.Match[str]) -> Reply:
            self.blobs.append(request.body)
            blob = {
                "$type": "blob",
                "ref": {"$link": f"bafkrei{len(self.blobs)}"},
                "mimeType": request.headers.get("content-type", ""),
                "size": len(request.body),
            }
            return 200, {"blob": blob}, {}

        @self.route("POST", "/xrpc/com.atproto.repo.createRecord")
        def create(request: FakeRequest, match: re.Match[str]) -> Reply:
            body = request.json()
            record = body["record"]
            if record.get("$type") == "app.bsky.feed.post" and len(record.get("text", "")) > 300:
                return self.error(400, "Invalid app.bsky.feed.post record: text too long")
            uri = f"at://{body['repo']}/{body['collection']}/3k{self.next_id()}"
            self.records[uri] = record
            return 200, {"uri": uri, "cid": "bafyfake" + uri[-4:]}, {}

        @self.route("GET", "/xrpc/com.atproto.repo.listRecords")
        def list_records(request: FakeRequest, match: re.Match[str]) -> Reply:
            prefix = f"at://{request.query['repo'][0]}/{request.query['collection'][0]}/"
            found = [
                {"uri": uri, "cid": "bafyfake", "value": record}
                for uri, record in reversed(self.records.items())
                if uri.startswith(prefix)
            ]
            return 200, {"records": found[: int(request.query.get("limit", ["50"])[0])]}, {}

        @self.route("POST", "/xrpc/com.atproto.repo.deleteRecord")
        def delete(request: FakeRequest, match: re.Match[str]) -> Reply:
            body = request.json()
            self.records.pop(f"at://{body['repo']}/{body['collection']}/{body['rkey']}", None)
            return 200, {}, {}
