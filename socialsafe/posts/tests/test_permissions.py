# mypy: disable-error-code="arg-type, misc"
"""Who may draft, submit, approve and publish (SPEC A5, C3), for every role of SPEC R2.

The account is run by the head and the media lead (owners) and the class teacher (`staff`,
authorised poster); the leaver was a poster. Crossflatts lets the head and SLT approve."""

from __future__ import annotations

from django.test import override_settings
from django.urls import reverse

from socialsafe.accounts.testing import with_test_vault
from socialsafe.audit.models import AuditEvent, EventKind
from socialsafe.posts.models import Post, PostStatus
from socialsafe.posts.tests.base import PostsTestCase
from socialsafe.posts.workflow import submit

ROLES = [
    "head",
    "slt",
    "dsl",
    "media_lead",
    "administrator",
    "staff",
    "governor",
    "volunteer",
    "contractor",
    "trust_central",
    "outsider",
    "leaver",
]
POSTERS = {"head", "media_lead", "staff"}
APPROVERS = {"head", "slt"}


@with_test_vault()
@override_settings(TASKS_RUN_INLINE=False, CELERY_BROKER_URL="")
class PermissionMatrixTests(PostsTestCase):
    def url(self, name: str, **kwargs: int) -> str:
        return reverse(f"posts:{name}", kwargs={"slug": self.school.slug, **kwargs})

    def assert_matrix(self, allowed: set[str], attempt, expect_ok: int) -> None:  # type: ignore[no-untyped-def]
        for role in ROLES:
            with self.subTest(role=role):
                self.login(self.users[role])
                denied_before = AuditEvent.objects.filter(kind=EventKind.ACCESS_DENIED).count()
                status = attempt(role)
                if role in allowed:
                    assert status == expect_ok, f"{role} should be allowed, got {status}"
                else:
                    assert status == 404, f"{role} should get 404, got {status}"
                    assert (
                        AuditEvent.objects.filter(kind=EventKind.ACCESS_DENIED).count()
                        > denied_before
                    )

    def test_draft(self) -> None:
        url = self.url("new", account_pk=self.account.pk)
        self.assert_matrix(POSTERS, lambda role: self.client.get(url).status_code, 200)

    def test_live_check(self) -> None:
        url = self.url("check", account_pk=self.account.pk)
        self.assert_matrix(
            POSTERS, lambda role: self.client.post(url, {"text": "Hi"}).status_code, 200
        )

    def test_submit(self) -> None:
        def attempt(role: str) -> int:
            post = self.draft(f"Sports day news from {role}.")
            return self.client.post(self.url("submit", pk=post.pk)).status_code

        self.assert_matrix(POSTERS, attempt, 302)

    def test_approve(self) -> None:
        def attempt(role: str) -> int:
            post = submit(self.draft("Sports day.", sensitive=True), self.staff)
            answer = self.client.post(self.url("decide", pk=post.pk), {"decision": "approve"})
            if answer.status_code == 302:
                assert Post.objects.get(pk=post.pk).status == PostStatus.APPROVED
            return answer.status_code

        self.assert_matrix(APPROVERS, attempt, 302)

    def test_withdraw(self) -> None:
        def attempt(role: str) -> int:
            post = submit(self.draft("Sports day.", sensitive=True), self.staff)
            return self.client.post(self.url("withdraw", pk=post.pk)).status_code

        self.assert_matrix(POSTERS, attempt, 302)

    def test_approval_queue(self) -> None:
        url = self.url("queue")
        self.assert_matrix(APPROVERS, lambda role: self.client.get(url).status_code, 200)

    def test_publish_by_hand(self) -> None:
        def attempt(role: str) -> int:
            post = self.draft("Sports day.", status=PostStatus.APPROVED)
            answer = self.client.post(
                self.url("by-hand", pk=post.pk), {"url": "https://example.org/p/1"}
            )
            if answer.status_code == 302:
                assert Post.objects.get(pk=post.pk).status == PostStatus.PUBLISHED
            return answer.status_code

        self.assert_matrix(POSTERS, attempt, 302)

    def test_history_follows_who_may_see_the_account(self) -> None:
        url = self.url("history", account_pk=self.account.pk)
        # The accounts register lets account officers (head, SLT, administrator) and the
        # account's current runners see it.
        visible = POSTERS | {"slt", "administrator"}
        self.assert_matrix(visible, lambda role: self.client.get(url).status_code, 200)


@with_test_vault()
class ConnectionPageTests(PostsTestCase):
    def test_only_the_accounts_managers_connect_it_and_the_change_is_audited(self) -> None:
        url = reverse(
            "posts:connection", kwargs={"slug": self.school.slug, "account_pk": self.account.pk}
        )
        # Owners manage their account; the administrator creates accounts (CF).
        managers = {"head", "media_lead", "administrator"}
        for role in ROLES:
            with self.subTest(role=role):
                self.login(self.users[role])
                status = self.client.get(url).status_code
                assert status == (200 if role in managers else 404), (role, status)
        self.login(self.media_lead)
        answer = self.client.post(
            url, {"api_base_url": "https://mastodon.example", "account_ref": "109"}
        )
        assert answer.status_code == 302
        from socialsafe.posts.models import PlatformConnection

        connection = PlatformConnection.objects.get(account=self.account)
        assert (connection.api_base_url, connection.account_ref) == (
            "https://mastodon.example",
            "109",
        )
        event = AuditEvent.objects.filter(kind=EventKind.ACCOUNT_CHANGED).latest("seq")
        assert event.data["change"] == "platform connection"
