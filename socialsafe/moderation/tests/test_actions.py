"""Moderators' actions (SPEC M3, M4): hide or delete through the connector, reply from
the pack's templates, tell the audience, keep; the comment always stays on record."""

from __future__ import annotations

from typing import Any

from socialsafe.audit.models import AuditEvent, EventKind
from socialsafe.moderation.models import Comment
from socialsafe.moderation.tests.helpers import ModerationTestCase, RecordingConnector


class ActionTests(ModerationTestCase):
    def act(self, comment: Comment, **data: str) -> Any:
        self.login(self.media_lead)
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(f"/o/test-school/moderation/{comment.pk}/act/", data)

    def test_hiding_goes_through_the_connector_and_keeps_the_comment_on_record(self) -> None:
        comment = self.receive("You are an idiot", comment_id="c9", author="troll")
        self.act(comment, action="hide")
        comment.refresh_from_db()
        self.assertEqual(comment.state, "hidden")
        self.assertEqual((comment.text, comment.author_id), ("You are an idiot", "troll"))
        self.assertIn(("hide", "c9"), RecordingConnector.calls)
        line = comment.history.get(kind="hidden")
        self.assertEqual((line.actor, line.platform_state), (self.media_lead, "done"))
        self.assertTrue(AuditEvent.objects.filter(kind=EventKind.COMMENT_HIDDEN).exists())

    def test_deleting_goes_through_the_connector(self) -> None:
        comment = self.receive("Buy now at cheapstuff.example")
        self.act(comment, action="delete")
        self.assertIn(("delete", "c1"), RecordingConnector.calls)
        self.assertEqual(Comment.objects.get(pk=comment.pk).state, "deleted")

    def test_the_audience_is_told_why_after_a_removal(self) -> None:
        comment = self.receive("You are an idiot")
        refused = self.act(comment, action="note", text="We removed a comment.")
        self.assertEqual(RecordingConnector.calls, [])
        self.assertRedirects(refused, f"/o/test-school/moderation/{comment.pk}/")
        self.act(comment, action="hide")
        self.act(comment, action="note", text="We removed a comment that broke our rules.")
        self.assertIn(("reply", "1001_1", "We removed a comment that broke our rules."),
                      RecordingConnector.calls)

    def test_a_complaint_is_answered_from_the_packs_template(self) -> None:
        comment = self.receive("I am disappointed with how the trip was organised")
        self.login(self.media_lead)
        page = self.client.get(f"/o/test-school/moderation/{comment.pk}/")
        self.assertContains(page, "Invite to discuss in person")
        self.act(comment, action="reply", template="cf-discuss-in-person",
                 text="Please come and talk to us at the school office.")
        comment.refresh_from_db()
        self.assertEqual(comment.state, "answered")
        self.assertIn(("reply", "c1", "Please come and talk to us at the school office."),
                      RecordingConnector.calls)

    def test_criticism_is_never_hidden_automatically(self) -> None:
        comment = self.receive("I am disappointed and frankly the head is an idiot")
        self.assertEqual(comment.state, "new")
        comment = self.receive("I am disappointed: is someone hurting me child?", comment_id="c2")
        self.assertEqual(comment.state, "escalated")
        self.assertFalse([c for c in RecordingConnector.calls if c[0] in ("hide", "delete")])

    def test_an_empty_reply_is_refused_with_a_reason(self) -> None:
        comment = self.receive("When is sports day?")
        self.act(comment, action="reply", text="   ")
        self.assertEqual(Comment.objects.get(pk=comment.pk).state, "new")
        page = self.client.get(f"/o/test-school/moderation/{comment.pk}/")
        self.assertContains(page, "Write the text to post first.")

    def test_a_platform_refusal_is_shown_to_the_moderator(self) -> None:
        from socialsafe.connectors.base import PermanentError

        comment = self.receive("You are an idiot")
        original = RecordingConnector.hide_comment

        def refuse(self: RecordingConnector, platform_id: str) -> None:
            raise PermanentError("The comment no longer exists")

        RecordingConnector.hide_comment = refuse  # type: ignore[method-assign]
        try:
            self.act(comment, action="hide")
        finally:
            RecordingConnector.hide_comment = original  # type: ignore[method-assign]
        page = self.client.get(f"/o/test-school/moderation/{comment.pk}/")
        self.assertContains(page, "The comment no longer exists")

    def test_the_inbox_filters_by_account_label_and_state(self) -> None:
        self.receive("You are an idiot", comment_id="a")
        self.receive("When is sports day?", comment_id="b", page_id="1002")
        self.login(self.media_lead)
        base = "/o/test-school/moderation/"
        by_label = self.client.get(base, {"label": "abuse"})
        self.assertContains(by_label, "You are an idiot")
        self.assertNotContains(by_label, "sports day")
        by_account = self.client.get(base, {"account": self.second_account.pk})
        self.assertContains(by_account, "sports day")
        self.assertNotContains(by_account, "idiot")
        self.assertNotContains(self.client.get(base, {"state": "hidden"}), "idiot")
