"""Facebook Pages through the Graph API (developers.facebook.com/docs/graph-api).

The token is a Page access token, sent as a Bearer header (never in the URL).

- publish text: POST /{page-id}/feed `message` → {"id": "<page>_<post>"}
- publish one image: POST /{page-id}/photos multipart `source`, `message`, `alt_text_custom`
  → {"id": "<photo>", "post_id": "<page>_<post>"}; several images are uploaded with
  `published=false` and attached to one feed post through `attached_media[n]`.
- replies: GET /{page-id}/feed?fields=…comments{…}; the cursor is the newest `created_time`.
- hide: POST /{comment-id} is_hidden=true; delete: DELETE /{comment-id};
  reply: POST /{comment-id}/comments; block: POST /{page-id}/blocked user=<id>.

Graph errors come as {"error": {"message", "type", "code", "is_transient", …}}; throttling
codes (4, 17, 32, 613, 80001) may arrive with a 400/403 status and are treated as RateLimited.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import httpx

from socialsafe.connectors.base import (
    Connector,
    ImageUpload,
    InboundComment,
    Operation,
    PublishedRef,
    RateLimited,
    TransientError,
)
from socialsafe.connectors.http import DEFAULT_RETRY_AFTER, raise_for_outcome, request

THROTTLING_CODES = frozenset({4, 17, 32, 613, 80001})
COMMENT_FIELDS = "id,message,from,created_time,parent{id},permalink_url"
FEED_PAGES = 4  # the newest 100 posts: comments on older ones are rare and not polled


def graph_message(response: httpx.Response, body: dict[str, Any]) -> str:
    error = body.get("error")
    if isinstance(error, dict) and error.get("message"):
        return str(error["message"])
    return response.reason_phrase or f"HTTP {response.status_code}"


def _check_graph_error(response: httpx.Response) -> None:
    """Graph signals throttling and transient faults inside the error body, not the status."""
    if response.is_success:
        return
    try:
        error = response.json().get("error") or {}
    except (ValueError, AttributeError):
        return
    if not isinstance(error, dict):
        return
    if error.get("code") in THROTTLING_CODES:
        raise RateLimited(_regain_seconds(response), f"facebook: {error.get('message', '')}")
    if error.get("is_transient") or error.get("code") in (1, 2):
        raise TransientError(f"facebook: {error.get('message', 'temporary error')}")


def _regain_seconds(response: httpx.Response) -> float:
    """Meta reports the wait in minutes inside X-Business-Use-Case-Usage, when it reports it."""
    raw = response.headers.get("x-business-use-case-usage")
    if raw:
        try:
            usage = json.loads(raw)
            minutes = max(
                float(entry.get("estimated_time_to_regain_access", 0))
                for entries in usage.values()
                for entry in entries
            )
            return minutes * 60
        except (ValueError, AttributeError, TypeError):
            pass
    retry = response.headers.get("retry-after")
    return float(retry) if retry and retry.isdigit() else DEFAULT_RETRY_AFTER


def _when(value: str) -> datetime:
    try:
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z")
    except ValueError:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)


def _read_cursor(cursor: str | None) -> tuple[datetime | None, set[str]]:
    if not cursor:
        return None, set()
    stamp, *ids = cursor.split(" ")
    return _when(stamp), set(ids)


class FacebookConnector(Connector):
    platform = "facebook"
    operations = frozenset(Operation)

    def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {self._token}"}
        url = f"{self.base_url}/{path.lstrip('/')}"
        response = request(self._client, method, url, self.platform, headers=headers, **kwargs)
        _check_graph_error(response)
        return raise_for_outcome(response, self.platform, graph_message)

    def _post_url(self, post_id: str) -> str:
        return f"https://www.facebook.com/{post_id}"

    def _upload_photo(self, image: ImageUpload, *, caption: str, published: bool) -> dict[str, Any]:
        form: dict[str, str] = {"published": "true" if published else "false"}
        if caption:
            form["message"] = caption
        if image.alt_text:
            form["alt_text_custom"] = image.alt_text
        files = {"source": (image.filename, image.data, image.mime_type)}
        return self._call("POST", f"{self.account_ref}/photos", data=form, files=files)

    def publish(
        self,
        text: str,
        images: Sequence[ImageUpload] = (),
        *,
        idempotency_key: str | None = None,
    ) -> PublishedRef:
        if len(images) == 1:
            body = self._upload_photo(images[0], caption=text, published=True)
            post_id = str(body.get("post_id") or body["id"])
            return PublishedRef(post_id, self._post_url(post_id))
        form: dict[str, str] = {"message": text}
        for index, image in enumerate(images):
            photo = self._upload_photo(image, caption="", published=False)
            form[f"attached_media[{index}]"] = json.dumps({"media_fbid": str(photo["id"])})
        body = self._call("POST", f"{self.account_ref}/feed", data=form)
        post_id = str(body["id"])
        return PublishedRef(post_id, self._post_url(post_id))

    def delete_post(self, platform_id: str) -> None:
        self._call("DELETE", platform_id)

    def fetch_replies(
        self, since_cursor: str | None = None
    ) -> tuple[list[InboundComment], str | None]:
        """The cursor is "<newest created_time> <ids seen at that second>": Graph times are
        whole seconds, so comments sharing the newest second are told apart by id."""
        since, seen = _read_cursor(since_cursor)
        found: list[InboundComment] = []
        for post in self._recent_posts():
            for comment in (post.get("comments") or {}).get("data", []):
                item = self._comment(comment, post_id=str(post["id"]))
                if (
                    since is None
                    or item.created_at > since
                    or (item.created_at == since and item.platform_id not in seen)
                ):
                    found.append(item)
        found.sort(key=lambda c: c.created_at)
        if not found:
            return found, since_cursor
        newest = found[-1].created_at
        at_newest = {c.platform_id for c in found if c.created_at == newest}
        if newest == since:
            at_newest |= seen
        stamp = found[-1].raw["created_time"]
        return found, " ".join([stamp, *sorted(at_newest)])

    def _recent_posts(self) -> list[dict[str, Any]]:
        """The page's newest posts with their comments, following the `after` cursor."""
        fields = f"id,comments.limit(100){{{COMMENT_FIELDS}}}"
        params: dict[str, Any] = {"fields": fields, "limit": 25}
        posts: list[dict[str, Any]] = []
        for _ in range(FEED_PAGES):
            body = self._call("GET", f"{self.account_ref}/feed", params=params)
            posts += body.get("data", [])
            paging = body.get("paging") or {}
            after = (paging.get("cursors") or {}).get("after")
            if not after or not paging.get("next"):
                break
            params["after"] = after
        return posts

    def _comment(self, comment: dict[str, Any], *, post_id: str) -> InboundComment:
        author = comment.get("from") or {}
        parent = (comment.get("parent") or {}).get("id")
        return InboundComment(
            platform_id=str(comment["id"]),
            author_id=str(author.get("id", "")),
            author_name=str(author.get("name", "")),
            text=str(comment.get("message", "")),
            created_at=_when(str(comment["created_time"])),
            in_reply_to=str(parent or post_id),
            url=str(comment.get("permalink_url") or self._post_url(str(comment["id"]))),
            raw=comment,
        )

    def hide_comment(self, platform_id: str) -> None:
        self._call("POST", platform_id, data={"is_hidden": "true"})

    def delete_comment(self, platform_id: str) -> None:
        self._call("DELETE", platform_id)

    def reply(self, platform_id: str, text: str) -> PublishedRef:
        body = self._call("POST", f"{platform_id}/comments", data={"message": text})
        return PublishedRef(str(body["id"]), self._post_url(str(body["id"])))

    def block_author(self, author_id: str) -> None:
        self._call("POST", f"{self.account_ref}/blocked", data={"user": author_id})
