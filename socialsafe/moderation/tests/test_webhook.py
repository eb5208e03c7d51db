"""The Meta webhook (CONTRACT.md; RELIABILITY WH-01–05): handshake, signature over the raw
body, durable storage before 200, deduplication, batches entry by entry."""

from __future__ import annotations

import json
import random
from unittest import mock

from django.db import OperationalError

from socialsafe.moderation import meta
from socialsafe.moderation.models import Comment, InboundEvent
from socialsafe.moderation.tests.helpers import SECRET, ModerationTestCase, meta_delivery


class HandshakeTests(ModerationTestCase):
    def test_it_echoes_the_challenge_for_the_right_token(self) -> None:
        response = self.client.get("/webhooks/meta/", {
            "hub.mode": "subscribe", "hub.verify_token": "verify-me",
            "hub.challenge": "1158201444"})
        self.assertEqual((response.status_code, response.content), (200, b"1158201444"))

    def test_it_refuses_a_wrong_or_missing_token_or_mode(self) -> None:
        for params in ({"hub.mode": "subscribe", "hub.verify_token": "guess", "hub.challenge": "1"},
                       {"hub.mode": "subscribe", "hub.challenge": "1"},
                       {"hub.mode": "unsubscribe", "hub.verify_token": "verify-me"}):
            self.assertEqual(self.client.get("/webhooks/meta/", params).status_code, 403)


class SignatureTests(ModerationTestCase):
    body = meta_delivery([{"id": "c1", "text": "Lovely assembly, thank you"}])

    def test_a_forged_signature_gets_403_and_nothing_is_stored(self) -> None:
        response = self.post_delivery(self.body, meta.sign(self.body, "not-the-secret"))
        self.assertEqual(response.status_code, 403)
        self.assertFalse(InboundEvent.objects.exists())
        self.assertFalse(Comment.objects.exists())

    def test_a_missing_signature_or_the_old_sha1_header_gets_403(self) -> None:
        response = self.client.post("/webhooks/meta/", self.body, content_type="application/json",
                                    HTTP_X_HUB_SIGNATURE="sha1=abc")
        self.assertEqual(response.status_code, 403)
        self.assertFalse(InboundEvent.objects.exists())

    def test_the_signature_is_checked_over_the_raw_bytes(self) -> None:
        reserialised = json.dumps(json.loads(self.body), indent=2).encode()
        response = self.post_delivery(self.body, meta.sign(reserialised, SECRET))
        self.assertEqual(response.status_code, 403)
        altered = self.body.replace(b"Lovely", b"lovely")
        self.assertEqual(self.post_delivery(altered, meta.sign(self.body, SECRET)).status_code, 403)

    def test_a_valid_delivery_is_stored_and_becomes_a_classified_comment(self) -> None:
        response = self.post_delivery(self.body)
        self.assertEqual(response.status_code, 200)
        comment = Comment.objects.get(platform_id="c1")
        self.assertEqual((comment.account, comment.author_id), (self.account, "u1"))
        self.assertEqual(comment.labels, ["praise"])


class DurabilityTests(ModerationTestCase):
    def test_a_replayed_event_is_stored_once(self) -> None:
        body = meta_delivery([{"id": "c1", "text": "When is sports day?"}])
        for _ in range(5):
            self.assertEqual(self.post_delivery(body).status_code, 200)
        self.assertEqual(InboundEvent.objects.count(), 1)
        self.assertEqual(Comment.objects.count(), 1)

    def test_storage_down_gets_5xx_so_meta_retries(self) -> None:
        body = meta_delivery([{"id": "c1", "text": "When is sports day?"}])
        with mock.patch("socialsafe.moderation.ingest.InboundEvent.objects.bulk_create",
                        side_effect=OperationalError("database is locked")):
            response = self.post_delivery(body)
        self.assertEqual(response.status_code, 503)
        self.assertFalse(InboundEvent.objects.exists())
        self.assertEqual(self.post_delivery(body).status_code, 200)
        self.assertEqual(Comment.objects.count(), 1)

    def test_a_batch_of_1000_events_is_stored_entirely(self) -> None:
        body = meta_delivery([{"id": f"c{n}", "text": f"Comment number {n}"} for n in range(1000)])
        response = self.post_delivery(body)
        self.assertEqual(response.json(), {"received": 1000, "stored": 1000})
        self.assertEqual(InboundEvent.objects.count(), 1000)
        self.assertEqual(Comment.objects.count(), 1000)

    def test_a_malformed_entry_is_quarantined_and_the_rest_stored(self) -> None:
        delivery = json.loads(meta_delivery([{"id": "c1", "text": "Thank you"}]))
        delivery["entry"].append({"id": "1001", "changes": "not a list"})
        self.assertEqual(self.post_delivery(json.dumps(delivery).encode()).status_code, 200)
        self.assertEqual(Comment.objects.count(), 1)
        bad = InboundEvent.objects.get(status="bad")
        self.assertIn("changes", bad.error)

    def test_entries_in_any_order_give_the_same_comments(self) -> None:
        entries = [{"id": f"c{n}", "text": f"Comment {n}", "author": f"u{n}"} for n in range(20)]
        random.Random(7).shuffle(entries)
        for chunk in (entries[:10], entries[5:], entries[:3]):
            self.post_delivery(meta_delivery(chunk))
        self.assertEqual(sorted(Comment.objects.values_list("author_id", flat=True)),
                         sorted(f"u{n}" for n in range(20)))

    def test_an_unknown_page_is_kept_and_flagged(self) -> None:
        self.post_delivery(meta_delivery([{"id": "c1", "text": "hi"}], page_id="999"))
        self.assertEqual(InboundEvent.objects.get().status, "unmatched")
        self.assertFalse(Comment.objects.exists())

    def test_an_oversized_body_is_refused(self) -> None:
        body = b"x" * (3 * 1024 * 1024)
        self.assertEqual(self.post_delivery(body).status_code, 413)
