"""Who may work the inbox: only the roles the pack grants `moderate` (crossflatts: media
lead and account administrator). Everyone else gets 404 and changes nothing; refusals
inside the school are audited. Every role of SPEC R2 × every action."""

from __future__ import annotations

from socialsafe.audit.models import AuditEvent, EventKind
from socialsafe.moderation.models import Comment
from socialsafe.moderation.tests.helpers import ModerationTestCase, RecordingConnector

MODERATORS = {"media_lead", "administrator"}
ALERT_READERS = {"head", "slt", "dsl"}  # crossflatts read_safeguarding
EVERYONE = ["head", "slt", "dsl", "media_lead", "administrator", "staff", "governor",
            "volunteer", "contractor", "trust_central", "outsider", "leaver"]
PAGES = ["", "{pk}/", "strikes/", "rota/", "import/"]
ACTIONS = [{"action": "hide"}, {"action": "delete"}, {"action": "keep"},
           {"action": "reply", "text": "Thanks"}, {"action": "escalate"}]


class PermissionMatrixTests(ModerationTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.comment = self.receive("When is sports day?")

    def test_pages_open_only_to_the_packs_moderators(self) -> None:
        for role in EVERYONE:
            self.login(self.users[role])
            for page in PAGES:
                url = "/o/test-school/moderation/" + page.format(pk=self.comment.pk)
                with self.subTest(role=role, page=url):
                    expected = 200 if role in MODERATORS else 404
                    if page == "" and role in ALERT_READERS:
                        expected = 302  # sent to the alerts page
                    self.assertEqual(self.client.get(url).status_code, expected)

    def test_actions_are_refused_to_everyone_else_and_change_nothing(self) -> None:
        url = f"/o/test-school/moderation/{self.comment.pk}/act/"
        for role in EVERYONE:
            if role in MODERATORS:
                continue
            self.login(self.users[role])
            for data in ACTIONS:
                with (self.subTest(role=role, action=data["action"]),
                      self.captureOnCommitCallbacks(execute=True)):
                    self.assertEqual(self.client.post(url, data).status_code, 404)
        comment = Comment.objects.get(pk=self.comment.pk)
        self.assertEqual(comment.state, "new")
        self.assertEqual(RecordingConnector.calls, [])

    def test_each_moderator_may_act(self) -> None:
        for n, role in enumerate(sorted(MODERATORS)):
            comment = self.receive("When is the trip?", comment_id=f"m{n}")
            self.login(self.users[role])
            with self.captureOnCommitCallbacks(execute=True):
                response = self.client.post(f"/o/test-school/moderation/{comment.pk}/act/",
                                            {"action": "reply", "text": "On Friday."})
            self.assertEqual(response.status_code, 302)
            self.assertEqual(Comment.objects.get(pk=comment.pk).state, "answered")

    def test_refusals_inside_the_school_are_audited(self) -> None:
        self.login(self.staff)
        self.client.get("/o/test-school/moderation/")
        event = AuditEvent.objects.filter(kind=EventKind.ACCESS_DENIED).latest("seq")
        self.assertEqual((event.actor, event.data["what"]), (self.staff, "moderation"))

    def test_another_schools_moderator_cannot_reach_this_comment(self) -> None:
        self.login(self.outsider)  # head of other-school, a pack moderator nowhere here
        self.assertEqual(
            self.client.get(f"/o/other-school/moderation/{self.comment.pk}/").status_code, 404)
