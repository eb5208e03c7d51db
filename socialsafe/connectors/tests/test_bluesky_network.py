"""The Bluesky connector against Bluesky's own reference servers (PDS + AppView), not a fake."""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from typing import Any, TypeVar

import httpx
import pytest
from PIL import Image

from socialsafe.connectors.base import ImageUpload, InboundComment, get_connector
from socialsafe.connectors.bluesky import BlueskyConnector

T = TypeVar("T")
PASSWORD = "app-pass-1234"


def eventually(probe: Callable[[], T], *, seconds: float = 15) -> T:
    """The AppView indexes asynchronously: poll until `probe` gives something truthy."""
    deadline = time.monotonic() + seconds
    while True:
        value = probe()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.3)


class Network:
    def __init__(self, urls: dict[str, Any]) -> None:
        self.urls = urls
        self.http = httpx.Client(base_url=f"{urls['pds']}/xrpc/", timeout=20)

    def account(self, handle: str) -> dict[str, Any]:
        body = {"handle": handle, "email": f"{handle}@example.test", "password": PASSWORD}
        answer = self.http.post("com.atproto.server.createAccount", json=body)
        answer.raise_for_status()
        return dict(answer.json())

    def connector(self, handle: str) -> BlueskyConnector:
        connector = get_connector(
            "bluesky",
            base_url=self.urls["pds"],
            token=PASSWORD,
            account_ref=handle,
            appview_proxy=self.urls["appview_proxy"],
        )
        assert isinstance(connector, BlueskyConnector)
        return connector

    def xrpc(self, method: str, nsid: str, who: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        headers = {
            "Authorization": f"Bearer {who['accessJwt']}",
            "atproto-proxy": self.urls["appview_proxy"],
        }
        answer = self.http.request(method, nsid, headers=headers, **kwargs)
        answer.raise_for_status()
        return dict(answer.json())

    def reply_as(self, who: dict[str, Any], uri: str, text: str) -> str:
        parent = self.xrpc("GET", "app.bsky.feed.getPosts", who, params={"uris": uri})["posts"][0]
        ref = {"uri": parent["uri"], "cid": parent["cid"]}
        record = {
            "$type": "app.bsky.feed.post",
            "text": text,
            "createdAt": time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime()),
            "reply": {"root": ref, "parent": ref},
        }
        body = {"repo": who["did"], "collection": "app.bsky.feed.post", "record": record}
        return str(self.xrpc("POST", "com.atproto.repo.createRecord", who, json=body)["uri"])


@pytest.fixture(scope="module")
def network(bluesky_network: dict[str, Any]) -> Network:
    return Network(bluesky_network)


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "green").save(buffer, "PNG")
    return buffer.getvalue()


def test_publish_with_image_then_read_hide_answer_block_and_delete(network: Network) -> None:
    school = network.account("elmpark.test")
    parent = network.account("parent-one.test")
    connector = network.connector("elmpark.test")

    ref = connector.publish(
        "Sports day results: https://example.org/sports",
        [ImageUpload(_png(), "image/png", alt_text="The finish line")],
    )
    post = eventually(
        lambda: network.xrpc(
            "GET", "app.bsky.feed.getPosts", school, params={"uris": ref.platform_id}
        )["posts"]
    )[0]
    assert post["embed"]["images"][0]["alt"] == "The finish line"
    assert post["record"]["facets"][0]["features"][0]["uri"] == "https://example.org/sports"

    reply_uri = network.reply_as(parent, ref.platform_id, "What time does it end?")
    replies: list[InboundComment] = eventually(lambda: connector.fetch_replies(None)[0])
    assert [(r.text, r.author_name, r.in_reply_to) for r in replies] == [
        ("What time does it end?", "parent-one.test", ref.platform_id)
    ]
    _, cursor = connector.fetch_replies(None)
    assert connector.fetch_replies(cursor)[0] == []
    assert [r.platform_id for r in connector.thread_replies(ref.platform_id)] == [reply_uri]

    connector.hide_comment(reply_uri)
    gate = network.http.get(
        "com.atproto.repo.getRecord",
        params={
            "repo": school["did"],
            "collection": "app.bsky.feed.threadgate",
            "rkey": ref.platform_id.rsplit("/", 1)[1],
        },
    ).json()
    assert gate["value"]["hiddenReplies"] == [reply_uri]

    answer = connector.reply(reply_uri, "It ends at 3pm.")
    assert answer.platform_id.startswith(f"at://{school['did']}/app.bsky.feed.post/")

    connector.block_author(parent["did"])
    blocks = eventually(lambda: network.xrpc("GET", "app.bsky.graph.getBlocks", school)["blocks"])
    assert [b["did"] for b in blocks] == [parent["did"]]

    connector.delete_post(ref.platform_id)
    gone = network.http.get(
        "com.atproto.repo.getRecord",
        params={
            "repo": school["did"],
            "collection": "app.bsky.feed.post",
            "rkey": ref.platform_id.rsplit("/", 1)[1],
        },
    )
    assert gone.status_code == 400


def test_a_wrong_app_password_is_a_permanent_error(network: Network) -> None:
    from socialsafe.connectors.base import PermanentError

    network.account("kingsley.test")
    connector = get_connector(
        "bluesky", base_url=network.urls["pds"], token="wrong", account_ref="kingsley.test"
    )
    with pytest.raises(PermanentError, match="Invalid identifier or password"):
        connector.publish("hello")


def test_too_long_a_post_is_refused_with_the_pds_reason(network: Network) -> None:
    from socialsafe.connectors.base import PermanentError

    network.account("moorlands.test")
    with pytest.raises(PermanentError, match=r"(?i)text|grapheme|long"):
        network.connector("moorlands.test").publish("x" * 400)


def test_a_retried_publish_with_the_same_key_does_not_post_twice(network: Network) -> None:
    school = network.account("soke.test")
    connector = network.connector("soke.test")
    first = connector.publish("Term starts on Tuesday.", idempotency_key="post-9-v1")
    again = connector.publish("Term starts on Tuesday.", idempotency_key="post-9-v1")
    other = connector.publish("Term starts on Tuesday.", idempotency_key="post-9-v2")
    assert first == again and other != first
    records = network.http.get(
        "com.atproto.repo.listRecords",
        params={"repo": school["did"], "collection": "app.bsky.feed.post"},
    ).json()["records"]
    assert len(records) == 2
