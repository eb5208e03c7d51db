"""Bluesky through the AT Protocol's XRPC endpoints on the account's PDS (docs.bsky.app).

`account_ref` is the account's handle or DID and the vault's token is an app password:
com.atproto.server.createSession exchanges them for an access JWT.

- publish: com.atproto.repo.uploadBlob per image (raw bytes), then com.atproto.repo.createRecord
  of an app.bsky.feed.post with an app.bsky.embed.images embed (alt text per image) and link
  facets (byte offsets into the UTF-8 text) so links are clickable.
- replies: app.bsky.notification.listNotifications (reason "reply" or "mention"); one thread:
  app.bsky.feed.getPostThread. AppView queries go through the PDS with the `atproto-proxy`
  header naming the AppView service.
- a publish with an idempotency key stores the key in the record and, before posting, looks
  for a recent record with that key, so a retry after a lost answer does not post twice.
- delete own post: com.atproto.repo.deleteRecord; reply: a post with reply.root/parent refs;
  block: an app.bsky.graph.block record; hide: the thread's app.bsky.feed.threadgate record
  lists the reply in `hiddenReplies`. Someone else's reply cannot be deleted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from socialsafe.connectors.base import (
    Connector,
    ImageUpload,
    InboundComment,
    Operation,
    PermanentError,
    PublishedRef,
)
from socialsafe.connectors.http import send

BLUESKY_APPVIEW = "did:web:api.bsky.app#bsky_appview"
IDEMPOTENCY_FIELD = "socialsafeIdempotencyKey"  # records may carry extra fields
LINK = re.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;:!?)]")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _when(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def link_facets(text: str) -> list[dict[str, Any]]:
    """Rich-text facets for the links in `text`; Bluesky counts offsets in UTF-8 bytes."""
    facets = []
    for match in LINK.finditer(text):
        start = len(text[: match.start()].encode())
        end = start + len(match.group().encode())
        facets.append(
            {
                "index": {"byteStart": start, "byteEnd": end},
                "features": [{"$type": "app.bsky.richtext.facet#link", "uri": match.group()}],
            }
        )
    return facets


def rkey_of(uri: str) -> str:
    return uri.rstrip("/").rsplit("/", 1)[-1]


def did_of(uri: str) -> str:
    return uri.removeprefix("at://").split("/", 1)[0]


class BlueskyConnector(Connector):
    platform = "bluesky"
    operations = frozenset(Operation) - {Operation.DELETE_COMMENT}

    def __init__(self, *, appview_proxy: str = BLUESKY_APPVIEW, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.appview_proxy = appview_proxy
        self._session: dict[str, Any] | None = None

    # --- plumbing ---------------------------------------------------------------------------

    def _xrpc(
        self, method: str, nsid: str, *, auth: bool = True, appview: bool = False, **kwargs: Any
    ) -> dict[str, Any]:
        headers: dict[str, str] = dict(kwargs.pop("headers", {}))
        if auth:
            headers["Authorization"] = f"Bearer {self._access_jwt()}"
        if appview:
            headers["atproto-proxy"] = self.appview_proxy
        url = f"{self.base_url}/xrpc/{nsid}"
        try:
            return send(self._client, method, url, self.platform, headers=headers, **kwargs)
        except PermanentError as exc:
            if not (auth and "expired" in exc.message.lower()):
                raise
        # The access token lapsed: sign in again once and repeat the call.
        self._session = None
        headers["Authorization"] = f"Bearer {self._access_jwt()}"
        return send(self._client, method, url, self.platform, headers=headers, **kwargs)

    def _access_jwt(self) -> str:
        if self._session is None:
            self._session = self._xrpc(
                "POST",
                "com.atproto.server.createSession",
                auth=False,
                json={"identifier": self.account_ref, "password": self._token},
            )
        return str(self._session["accessJwt"])

    @property
    def did(self) -> str:
        self._access_jwt()
        assert self._session is not None
        return str(self._session["did"])

    def _web_url(self, uri: str) -> str:
        return f"https://bsky.app/profile/{did_of(uri)}/post/{rkey_of(uri)}"

    def _create(self, collection: str, record: dict[str, Any]) -> dict[str, Any]:
        return self._xrpc(
            "POST",
            "com.atproto.repo.createRecord",
            json={"repo": self.did, "collection": collection, "record": record},
        )

    def _post_view(self, uri: str) -> dict[str, Any]:
        body = self._xrpc("GET", "app.bsky.feed.getPosts", appview=True, params={"uris": uri})
        posts = body.get("posts", [])
        if not posts:
            raise PermanentError(f"bluesky: post {uri} was not found", status=404)
        return dict(posts[0])

    # --- posting ----------------------------------------------------------------------------

    def _upload(self, image: ImageUpload) -> dict[str, Any]:
        body = self._xrpc(
            "POST",
            "com.atproto.repo.uploadBlob",
            content=image.data,
            headers={"Content-Type": image.mime_type},
        )
        return dict(body["blob"])

    def _post_record(self, text: str) -> dict[str, Any]:
        record: dict[str, Any] = {"$type": "app.bsky.feed.post", "text": text, "createdAt": _now()}
        facets = link_facets(text)
        if facets:
            record["facets"] = facets
        return record

    def publish(
        self,
        text: str,
        images: Sequence[ImageUpload] = (),
        *,
        idempotency_key: str | None = None,
    ) -> PublishedRef:
        if idempotency_key:
            earlier = self._recent_post_with_key(idempotency_key)
            if earlier is not None:
                return earlier
        record = self._post_record(text)
        if idempotency_key:
            record[IDEMPOTENCY_FIELD] = idempotency_key
        if images:
            record["embed"] = {
                "$type": "app.bsky.embed.images",
                "images": [{"image": self._upload(i), "alt": i.alt_text} for i in images],
            }
        created = self._create("app.bsky.feed.post", record)
        return PublishedRef(str(created["uri"]), self._web_url(str(created["uri"])))

    def _recent_post_with_key(self, key: str) -> PublishedRef | None:
        """XRPC has no idempotency header: a retried publish looks for the post it may already
        have made (marked with the key) among the account's newest records."""
        body = self._xrpc(
            "GET",
            "com.atproto.repo.listRecords",
            params={"repo": self.did, "collection": "app.bsky.feed.post", "limit": "25"},
        )
        for item in body.get("records", []):
            if (item.get("value") or {}).get(IDEMPOTENCY_FIELD) == key:
                return PublishedRef(str(item["uri"]), self._web_url(str(item["uri"])))
        return None

    def delete_post(self, platform_id: str) -> None:
        self._xrpc(
            "POST",
            "com.atproto.repo.deleteRecord",
            json={
                "repo": self.did,
                "collection": "app.bsky.feed.post",
                "rkey": rkey_of(platform_id),
            },
        )

    def reply(self, platform_id: str, text: str) -> PublishedRef:
        parent = self._post_view(platform_id)
        parent_ref = {"uri": parent["uri"], "cid": parent["cid"]}
        root_ref = (parent.get("record") or {}).get("reply", {}).get("root") or parent_ref
        record = self._post_record(text)
        record["reply"] = {"root": root_ref, "parent": parent_ref}
        created = self._create("app.bsky.feed.post", record)
        return PublishedRef(str(created["uri"]), self._web_url(str(created["uri"])))

    # --- moderation -------------------------------------------------------------------------

    def fetch_replies(
        self, since_cursor: str | None = None
    ) -> tuple[list[InboundComment], str | None]:
        since = _when(since_cursor) if since_cursor else None
        found: list[InboundComment] = []
        page: str | None = None
        while True:  # newest first: page back until we reach what we saw last time
            params = {"limit": "50", **({"cursor": page} if page else {})}
            body = self._xrpc(
                "GET", "app.bsky.notification.listNotifications", appview=True, params=params
            )
            notes = body.get("notifications", [])
            fresh = [n for n in notes if since is None or _when(n["indexedAt"]) > since]
            found += [
                self._from_notification(n) for n in fresh if n.get("reason") in ("reply", "mention")
            ]
            page = body.get("cursor")
            if since is None or len(fresh) < len(notes) or not page or not notes:
                break
        found.sort(key=lambda c: c.created_at)
        newest = max((c.raw["indexedAt"] for c in found), key=_when, default=since_cursor)
        return found, newest

    def _from_notification(self, note: dict[str, Any]) -> InboundComment:
        record = note.get("record") or {}
        author = note.get("author") or {}
        parent = (record.get("reply") or {}).get("parent") or {}
        return InboundComment(
            platform_id=str(note["uri"]),
            author_id=str(author.get("did", "")),
            author_name=str(author.get("handle", "")),
            text=str(record.get("text", "")),
            created_at=_when(str(record.get("createdAt") or note["indexedAt"])),
            in_reply_to=str(parent.get("uri", "")),
            url=self._web_url(str(note["uri"])),
            raw=note,
        )

    def thread_replies(self, platform_id: str) -> list[InboundComment]:
        """Every reply below one post, through app.bsky.feed.getPostThread."""
        body = self._xrpc(
            "GET", "app.bsky.feed.getPostThread", appview=True, params={"uri": platform_id}
        )
        found: list[InboundComment] = []
        stack = list((body.get("thread") or {}).get("replies", []))
        while stack:
            node = stack.pop()
            post = node.get("post")
            if not post:
                continue
            note = {**post, "indexedAt": post.get("indexedAt", "")}
            found.append(self._from_notification(note))
            stack += node.get("replies", [])
        return sorted(found, key=lambda c: c.created_at)

    def hide_comment(self, platform_id: str) -> None:
        reply = self._post_view(platform_id)
        root_uri = ((reply.get("record") or {}).get("reply") or {}).get("root", {}).get("uri")
        if not root_uri or did_of(root_uri) != self.did:
            raise PermanentError("bluesky: only replies in the account's own threads can be hidden")
        gate = self._current_threadgate(root_uri)
        hidden = list(dict.fromkeys([*gate.get("hiddenReplies", []), platform_id]))
        gate.update(
            {"$type": "app.bsky.feed.threadgate", "post": root_uri, "hiddenReplies": hidden}
        )
        gate.setdefault("createdAt", _now())
        self._xrpc(
            "POST",
            "com.atproto.repo.putRecord",
            json={
                "repo": self.did,
                "collection": "app.bsky.feed.threadgate",
                "rkey": rkey_of(root_uri),
                "record": gate,
            },
        )

    def _current_threadgate(self, root_uri: str) -> dict[str, Any]:
        params = {
            "repo": self.did,
            "collection": "app.bsky.feed.threadgate",
            "rkey": rkey_of(root_uri),
        }
        try:
            body = self._xrpc("GET", "com.atproto.repo.getRecord", params=params)
        except PermanentError as exc:
            if exc.status in (400, 404):  # no threadgate yet
                return {}
            raise
        return dict(body.get("value") or {})

    def block_author(self, author_id: str) -> None:
        self._create(
            "app.bsky.graph.block",
            {"$type": "app.bsky.graph.block", "subject": author_id, "createdAt": _now()},
        )
