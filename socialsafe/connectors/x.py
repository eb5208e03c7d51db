"""X (formerly Twitter) through API v2 (docs.x.com/x-api), with an OAuth 2.0 user token.

- images: POST /2/media/upload multipart `media` + `media_category=tweet_image`
  → {"data": {"id", "media_key"}}; alt text: POST /2/media/metadata.
- publish: POST /2/tweets {"text", "media": {"media_ids": […]}} → 201 {"data": {"id", "text"}}
- delete: DELETE /2/tweets/:id; reply: POST /2/tweets with reply.in_reply_to_tweet_id
- replies: GET /2/users/:id/mentions?since_id=… (the cursor is meta.newest_id)
- hide: PUT /2/tweets/:id/hidden {"hidden": true}; block: POST /2/users/:id/blocking.

What an app may call depends on the paid access tier: on the free tier only posting and
deleting are available, so reading mentions, hiding and blocking raise `Unsupported`.
Someone else's reply can never be deleted through the API, only hidden.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import httpx

from socialsafe.connectors.base import (
    Connector,
    ImageUpload,
    InboundComment,
    Operation,
    PublishedRef,
)
from socialsafe.connectors.http import default_message, send

TIER_OPERATIONS: dict[str, frozenset[Operation]] = {
    "free": frozenset({Operation.PUBLISH, Operation.DELETE_POST, Operation.REPLY}),
    "basic": frozenset(
        {
            Operation.PUBLISH,
            Operation.DELETE_POST,
            Operation.REPLY,
            Operation.FETCH_REPLIES,
            Operation.HIDE_COMMENT,
            Operation.BLOCK_AUTHOR,
        }
    ),
}
TIER_OPERATIONS["pro"] = TIER_OPERATIONS["basic"]
MAX_PAGES = 10


def x_message(response: httpx.Response, body: dict[str, Any]) -> str:
    errors = body.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        first = errors[0]
        return str(first.get("message") or first.get("detail") or first.get("title"))
    return default_message(response, body)


class XConnector(Connector):
    platform = "x"
    operations = TIER_OPERATIONS["basic"]

    def __init__(self, *, tier: str = "basic", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if tier not in TIER_OPERATIONS:
            raise ValueError(f"unknown X API tier {tier!r}; use one of {sorted(TIER_OPERATIONS)}")
        self.tier = tier

    def supports(self, operation: Operation) -> bool:
        return operation in TIER_OPERATIONS[self.tier]

    def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {self._token}"}
        return send(
            self._client,
            method,
            f"{self.base_url}{path}",
            self.platform,
            message_of=x_message,
            headers=headers,
            **kwargs,
        )

    @staticmethod
    def _url(tweet_id: str) -> str:
        return f"https://x.com/i/web/status/{tweet_id}"

    def _upload(self, image: ImageUpload) -> str:
        body = self._call(
            "POST",
            "/2/media/upload",
            files={"media": (image.filename, image.data, image.mime_type)},
            data={"media_category": "tweet_image"},
        )
        media_id = str(body["data"]["id"])
        if image.alt_text:
            metadata = {"alt_text": {"text": image.alt_text[:1000]}}
            self._call("POST", "/2/media/metadata", json={"id": media_id, "metadata": metadata})
        return media_id

    def _tweet(self, payload: dict[str, Any]) -> PublishedRef:
        body = self._call("POST", "/2/tweets", json=payload)
        tweet_id = str(body["data"]["id"])
        return PublishedRef(tweet_id, self._url(tweet_id))

    def publish(
        self,
        text: str,
        images: Sequence[ImageUpload] = (),
        *,
        idempotency_key: str | None = None,
    ) -> PublishedRef:
        self._require(Operation.PUBLISH)
        payload: dict[str, Any] = {"text": text}
        if images:
            payload["media"] = {"media_ids": [self._upload(image) for image in images]}
        return self._tweet(payload)

    def delete_post(self, platform_id: str) -> None:
        self._require(Operation.DELETE_POST)
        self._call("DELETE", f"/2/tweets/{platform_id}")

    def reply(self, platform_id: str, text: str) -> PublishedRef:
        self._require(Operation.REPLY)
        return self._tweet({"text": text, "reply": {"in_reply_to_tweet_id": platform_id}})

    def hide_comment(self, platform_id: str) -> None:
        self._require(Operation.HIDE_COMMENT)
        self._call("PUT", f"/2/tweets/{platform_id}/hidden", json={"hidden": True})

    def block_author(self, author_id: str) -> None:
        self._require(Operation.BLOCK_AUTHOR)
        self._call(
            "POST", f"/2/users/{self.account_ref}/blocking", json={"target_user_id": author_id}
        )

    def fetch_replies(
        self, since_cursor: str | None = None
    ) -> tuple[list[InboundComment], str | None]:
        self._require(Operation.FETCH_REPLIES)
        params = {
            "tweet.fields": "created_at,author_id,conversation_id,referenced_tweets",
            "expansions": "author_id",
            "user.fields": "username",
            "max_results": "100",
        }
        if since_cursor:
            params["since_id"] = since_cursor
        tweets: list[dict[str, Any]] = []
        users: dict[str, Any] = {}
        newest: str | None = None
        for _ in range(MAX_PAGES):  # newest first; next_token walks back towards since_id
            body = self._call("GET", f"/2/users/{self.account_ref}/mentions", params=params)
            meta = body.get("meta") or {}
            newest = newest or meta.get("newest_id")
            tweets += body.get("data", [])
            users.update({u["id"]: u for u in (body.get("includes") or {}).get("users", [])})
            if not meta.get("next_token"):
                break
            params["pagination_token"] = str(meta["next_token"])
        comments = [self._comment(tweet, users) for tweet in tweets]
        comments.sort(key=lambda c: (c.created_at, len(c.platform_id), c.platform_id))
        return comments, str(newest) if newest else since_cursor

    def _comment(self, tweet: dict[str, Any], users: dict[str, Any]) -> InboundComment:
        author_id = str(tweet.get("author_id", ""))
        replied = [
            ref["id"]
            for ref in tweet.get("referenced_tweets", [])
            if ref.get("type") == "replied_to"
        ]
        return InboundComment(
            platform_id=str(tweet["id"]),
            author_id=author_id,
            author_name=str(users.get(author_id, {}).get("username", "")),
            text=str(tweet.get("text", "")),
            created_at=datetime.fromisoformat(str(tweet["created_at"]).replace("Z", "+00:00")),
            in_reply_to=str(replied[0]) if replied else "",
            url=self._url(str(tweet["id"])),
            raw=tweet,
        )
