"""Safeguarding and threat comments alert the DSL and head at once, with the comment,
and open a draft case (issue 6 §6; RELIABILITY WH-11)."""

from __future__ import annotations

from django.core import mail

from socialsafe.audit.models import AuditEvent, EventKind
from socialsafe.incidents.models import Case
from socialsafe.moderation.tests.helpers import ModerationTestCase, RecordingConnector


class EscalationTests(ModerationTestCase):
    def test_a_safeguarding_comment_alerts_the_dsl_and_head_with_the_comment(self) -> None:
        comment = self.receive("My stepdad keeps hurting me and I am scared")
        self.assertEqual(comment.state, "hidden")  # the pack hides it while it is dealt with
        self.assertTrue(comment.alert_open)
        with_text = [m for m in mail.outbox if "hurting me" in m.body]
        # The DSL and head always; the pack adds SLT (crossflatts lets SLT read safeguarding).
        self.assertEqual(sorted(r for m in with_text for r in m.to),
                         ["dsl@example.org", "head@example.org", "slt@example.org"])
        self.assertIn("URGENT safeguarding", with_text[0].subject)
        others = [m for m in mail.outbox if m not in with_text]
        self.assertTrue(all("hurting" not in m.body for m in others))
        self.assertIn(("hide", "c1"), RecordingConnector.calls)

    def test_it_opens_a_draft_case_with_a_chronology(self) -> None:
        comment = self.receive("I will kill the teacher")
        case = Case.objects.get(source_comment=comment)
        self.assertEqual((case.kind, case.state, case.organisation),
                         ("threat", "draft", self.school))
        self.assertEqual(case.chronology.count(), 1)
        self.assertTrue(AuditEvent.objects.filter(kind=EventKind.CASE_OPENED).exists())

    def test_the_inbox_flags_open_alerts_without_showing_the_text(self) -> None:
        self.receive("My stepdad keeps hurting me")
        self.login(self.media_lead)
        page = self.client.get("/o/test-school/moderation/")
        self.assertContains(page, "waiting for the DSL")
        self.assertNotContains(page, "stepdad")  # the media lead may not read safeguarding text

    def test_the_dsl_sees_the_alert_with_its_text_and_marks_it_seen(self) -> None:
        comment = self.receive("My stepdad keeps hurting me")
        self.login(self.dsl)
        alerts = self.client.get("/o/test-school/moderation/alerts/")
        self.assertContains(alerts, "stepdad")
        self.assertContains(self.client.get(f"/o/test-school/moderation/{comment.pk}/"),
                            "stepdad")
        self.client.post(f"/o/test-school/moderation/{comment.pk}/act/", {"action": "seen"})
        comment.refresh_from_db()
        self.assertFalse(comment.alert_open)
        refused = self.client.post(f"/o/test-school/moderation/{comment.pk}/act/",
                                   {"action": "hide"})
        self.assertEqual(refused.status_code, 404)

    def test_staff_cannot_see_alerts(self) -> None:
        self.receive("My stepdad keeps hurting me")
        self.login(self.staff)
        self.assertEqual(self.client.get("/o/test-school/moderation/alerts/").status_code, 404)

    def test_a_staff_mention_is_reported_to_the_roles_the_pack_names(self) -> None:
        comment = self.receive("Mrs Sale was rude to my son at the gate")
        self.assertEqual(comment.state, "new")  # reported, not escalated or hidden
        notices = [m for m in mail.outbox if "staff_mention" in m.subject]
        self.assertEqual(sorted(notices[0].to), ["head@example.org", "slt@example.org"])

    def test_escalating_by_hand_twice_opens_one_case(self) -> None:
        comment = self.receive("I am worried about the new fence")
        self.login(self.administrator)
        for _ in range(2):
            with self.captureOnCommitCallbacks(execute=True):
                self.client.post(f"/o/test-school/moderation/{comment.pk}/act/",
                                 {"action": "escalate", "text": "looks like a threat to me"})
        self.assertEqual(Case.objects.filter(source_comment=comment).count(), 1)
