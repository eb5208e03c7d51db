"""Strikes (SPEC M5): upheld abuse counts against the author across the school's
accounts; at the pack's limit (crossflatts: 3) the author is blocked through the connector."""

from __future__ import annotations

from socialsafe.moderation.models import AuthorBlock, Comment, Strike
from socialsafe.moderation.tests.helpers import ModerationTestCase, RecordingConnector


class StrikeTests(ModerationTestCase):
    def hide(self, comment: Comment) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(f"/o/test-school/moderation/{comment.pk}/act/", {"action": "hide"})

    def test_the_third_upheld_abuse_across_accounts_blocks_the_author(self) -> None:
        self.login(self.media_lead)
        for n, page_id in enumerate(["1001", "1002", "1001"]):
            comment = self.receive("You are an idiot", comment_id=f"c{n}", author="troll",
                                   page_id=page_id)
            self.hide(comment)
            blocked = ("block", "troll") in RecordingConnector.calls
            self.assertEqual(blocked, n == 2)
        self.assertEqual(Strike.objects.filter(author_id="troll").count(), 3)
        block = AuthorBlock.objects.get(author_id="troll")
        self.assertTrue(block.done_on_platform)
        page = self.client.get("/o/test-school/moderation/strikes/")
        self.assertContains(page, "after 3 strikes")

    def test_hiding_something_that_is_not_abuse_is_no_strike(self) -> None:
        self.login(self.media_lead)
        self.hide(self.receive("When is sports day?", author="parent"))
        self.assertFalse(Strike.objects.exists())

    def test_strikes_in_another_school_do_not_count(self) -> None:
        from socialsafe.accounts.models import Account

        other = Account.objects.create(organisation=self.other_school, platform="facebook",
                                       name="Other", handle="2001", visibility="open")
        comment = self.receive("You are an idiot", comment_id="x", author="troll",
                               page_id=other.handle)
        Strike.objects.create(school=self.other_school, platform="facebook", author_id="troll",
                              comment=comment)
        self.login(self.media_lead)
        self.hide(self.receive("You are an idiot", comment_id="y", author="troll"))
        self.assertEqual(Strike.objects.filter(school=self.school).count(), 1)
