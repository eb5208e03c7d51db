"""Shared set-up for the moderation tests: an official account for Test School, a
keyword classifier standing in for the engine, and a connector that records its calls."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, ClassVar
from unittest import mock

from django.test import override_settings

from socialsafe.accounts.models import Account
from socialsafe.connectors.base import Connector, InboundComment, Operation, PublishedRef
from socialsafe.core.testing import PersonaTestCase
from socialsafe.engine.types import Classification, StaffEntry
from socialsafe.moderation import meta
from socialsafe.policy.schema import Pack

SECRET = "test-app-secret"
KEYWORDS = {
    "idiot": "abuse", "kill": "threat", "hurting me": "safeguarding", "disappointed": "complaint",
    "when": "question", "thank": "praise", "buy now": "spam", "mrs sale": "staff_mention",
}


def keyword_classify(text: str, pack: Pack, staff: Sequence[StaffEntry]) -> Classification:
    lowered = text.lower()
    labels = [label for word, label in KEYWORDS.items() if word in lowered]
    action = "escalate" if {"threat", "safeguarding"} & set(labels) else (
        "hide" if {"abuse", "spam"} & set(labels) else "reply" if labels else "keep")
    return Classification(labels, action, {label: 0.9 for label in labels})  # type: ignore[arg-type]


def keyword_classifier(
    pack: Pack, staff: Sequence[StaffEntry]
) -> Callable[[Sequence[str]], list[Classification]]:
    return lambda texts: [keyword_classify(t, pack, staff) for t in texts]


class RecordingConnector(Connector):
    platform = "facebook"
    operations = frozenset(Operation)
    calls: ClassVar[list[tuple[str, ...]]] = []
    replies: ClassVar[list[InboundComment]] = []

    def hide_comment(self, platform_id: str) -> None:
        self.calls.append(("hide", platform_id))

    def delete_comment(self, platform_id: str) -> None:
        self.calls.append(("delete", platform_id))

    def reply(self, platform_id: str, text: str) -> PublishedRef:
        self.calls.append(("reply", platform_id, text))
        return PublishedRef(f"r-{len(self.calls)}", f"https://example.org/r/{len(self.calls)}")

    def block_author(self, author_id: str) -> None:
        self.calls.append(("block", author_id))

    def fetch_replies(
        self, since_cursor: str | None = None
    ) -> tuple[list[InboundComment], str | None]:
        start = int(since_cursor or 0)
        return self.replies[start:], str(len(self.replies))


def recording_connector(account: Account) -> Connector:
    return RecordingConnector(base_url="http://fake", token="t", account_ref=account.handle)


def meta_delivery(comments: Sequence[dict[str, Any]], page_id: str = "1001") -> bytes:
    changes = [{"field": "feed", "value": {
        "item": "comment", "verb": "add", "comment_id": c["id"], "post_id": f"{page_id}_1",
        "from": {"id": c.get("author", "u1"), "name": c.get("name", "A Parent")},
        "message": c["text"], "created_time": 1700000000,
    }} for c in comments]
    return json.dumps({"object": "page", "entry": [
        {"id": page_id, "time": 1700000000, "changes": changes}]}).encode()


@override_settings(META_APP_SECRET=SECRET, META_VERIFY_TOKEN="verify-me",
                   TASKS_RUN_INLINE=True, CELERY_BROKER_URL="",
                   PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"])
class ModerationTestCase(PersonaTestCase):
    account: ClassVar[Account]
    second_account: ClassVar[Account]

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.account = Account.objects.create(
            organisation=cls.school, platform="facebook", name="Test School Facebook",
            handle="1001", visibility="open")
        cls.second_account = Account.objects.create(
            organisation=cls.school, platform="facebook", name="Test School PTA page",
            handle="1002", visibility="open")

    def setUp(self) -> None:
        super().setUp()
        RecordingConnector.calls = []
        RecordingConnector.replies = []
        for target, replacement in (
            ("socialsafe.moderation.classifying.batch_classifier", keyword_classifier),
            ("socialsafe.moderation.platform.connector_for", recording_connector),
        ):
            patch = mock.patch(target, replacement)
            patch.start()
            self.addCleanup(patch.stop)

    def post_delivery(self, body: bytes, signature: str | None = None) -> Any:
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(
                "/webhooks/meta/", body, content_type="application/json",
                headers={"X-Hub-Signature-256": signature or meta.sign(body, SECRET)})

    def receive(self, text: str, comment_id: str = "c1", author: str = "u1",
                page_id: str = "1001") -> Any:
        from socialsafe.moderation.models import Comment

        self.post_delivery(meta_delivery([{"id": comment_id, "text": text, "author": author}],
                                         page_id))
        return Comment.objects.get(platform_id=comment_id)


NOW = datetime(2024, 1, 10, 9, 0, tzinfo=UTC)
