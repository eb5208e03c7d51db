# mypy: disable-error-code="arg-type, misc"
"""Every role of SPEC R2 × every action of issue 4 under the Crossflatts pack.

Allowed actions succeed; every other attempt is a 404 and leaves an `access.denied`
entry in the audit log (SPEC A5, D2)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib.auth.models import User
from django.urls import reverse

from socialsafe.accounts import vault
from socialsafe.accounts.choices import ApplicationStatus
from socialsafe.accounts.models import AccountApplication, CredentialGrant
from socialsafe.accounts.testing import (
    code_for,
    make_account,
    make_ready,
    member,
    verify_client,
    with_test_vault,
)
from socialsafe.audit.models import AuditEvent, EventKind
from socialsafe.core.testing import PersonaTestCase
from socialsafe.people.models import StaffMember

PERSONAS = ["head", "slt", "dsl", "media_lead", "administrator", "staff", "governor",
            "volunteer", "contractor", "trust_central", "outsider", "leaver"]

ALLOWED = {
    "apply": {"head", "slt", "dsl", "media_lead", "administrator", "staff", "governor",
              "volunteer"},
    "approve": {"head", "slt"},
    "create": {"administrator", "media_lead"},
    "edit": {"administrator", "media_lead"},
    "reveal": {"media_lead"},
    "add poster": {"administrator", "media_lead"},
    "mark leaver": {"head", "slt", "administrator"},
    "report lost device": {"administrator"},
    "view audit": {"head", "slt"},
}


@with_test_vault()
class PermissionMatrixTests(PersonaTestCase):
    def setUp(self) -> None:
        self.runners = [member(self.media_lead, self.school),
                        member(self.administrator, self.school)]
        for person in self.runners:
            make_ready(person)
        self.account = make_account(self.school, owners=self.runners)
        vault.store_secret(self.administrator, self.account, "password", "hunter2-secret")
        CredentialGrant.objects.create(account=self.account, person=self.runners[0],
                                       granted_by=self.head, reason="runs the page")
        self.counter = 0

    def url(self, name: str, *args: object) -> str:
        return reverse(name, args=[self.school.slug, *args])

    def fresh_person(self) -> StaffMember:
        self.counter += 1
        return StaffMember.objects.create(organisation=self.school, role="staff",
                                          full_name=f"Temp {self.counter}")

    def application(self, status: str = ApplicationStatus.PENDING) -> AccountApplication:
        app = AccountApplication.objects.create(
            organisation=self.school, applicant_name="staff", platform="instagram",
            proposed_name=f"@club{self.counter}", aim="a", audience="b", promotion="c",
            visibility="open", status=status)
        app.runners.set(self.runners)
        self.counter += 1
        return app

    # one request per action; returns the response
    def do_apply(self, user: User) -> Any:
        return self.client.post(self.url("accounts-apply"), {
            "platform": "x", "proposed_name": f"@pe{self.counter}", "aim": "PE news",
            "audience": "parents", "promotion": "newsletter", "visibility": "open",
            "runners": [p.pk for p in self.runners]})

    def do_approve(self, user: User) -> Any:
        return self.client.post(self.url("accounts-decide", self.application().pk),
                                {"decision": "approve", "reason": "good case"})

    def do_create(self, user: User) -> Any:
        app = self.application(ApplicationStatus.APPROVED)
        return self.client.post(self.url("accounts-create", app.pk),
                                {"handle": f"@new{app.pk}", "url": ""})

    def do_edit(self, user: User) -> Any:
        return self.client.post(self.url("accounts-edit", self.account.pk), {
            "name": "Renamed", "handle": self.account.handle, "url": "", "visibility": "open",
            "review_due": ""})

    def do_reveal(self, user: User) -> Any:
        from django_otp.plugins.otp_totp.models import TOTPDevice

        device = TOTPDevice.objects.get(user=user)
        return self.client.post(self.url("accounts-reveal", self.account.pk, "password"),
                                {"code": code_for(device)})

    def do_add_poster(self, user: User) -> Any:
        return self.client.post(self.url("accounts-add-member", self.account.pk),
                                {"person": self.fresh_person().pk, "capacity": "poster"})

    def do_mark_leaver(self, user: User) -> Any:
        return self.client.post(self.url("accounts-mark-leaver", self.fresh_person().pk))

    def do_report_lost_device(self, user: User) -> Any:
        return self.client.post(self.url("accounts-lost-device", self.fresh_person().pk),
                                {"description": "phone"})

    def do_view_audit(self, user: User) -> Any:
        return self.client.get(self.url("audit-log"))

    def check(self, action: str, request: Callable[[User], Any]) -> None:
        for persona in PERSONAS:
            with self.subTest(action=action, persona=persona):
                user = getattr(self, persona)
                verify_client(self.client, user)
                denied_before = AuditEvent.objects.filter(kind=EventKind.ACCESS_DENIED).count()
                response = request(user)
                denied = AuditEvent.objects.filter(kind=EventKind.ACCESS_DENIED).count()
                if persona in ALLOWED[action]:
                    assert response.status_code in (200, 302), response.status_code
                    assert denied == denied_before
                else:
                    assert response.status_code == 404, response.status_code
                    assert denied == denied_before + 1
                    latest = AuditEvent.objects.filter(kind=EventKind.ACCESS_DENIED).latest("seq")
                    assert latest.actor_name == user.username

    def test_apply(self) -> None:
        self.check("apply", self.do_apply)

    def test_approve(self) -> None:
        self.check("approve", self.do_approve)

    def test_create(self) -> None:
        self.check("create", self.do_create)

    def test_edit(self) -> None:
        self.check("edit", self.do_edit)

    def test_reveal(self) -> None:
        self.check("reveal", self.do_reveal)

    def test_reveal_shows_the_secret_only_to_the_granted_holder(self) -> None:
        verify_client(self.client, self.media_lead)
        response = self.do_reveal(self.media_lead)
        assert b"hunter2-secret" in response.content
        assert response["Cache-Control"] == "no-store"

    def test_add_poster(self) -> None:
        self.check("add poster", self.do_add_poster)

    def test_mark_leaver(self) -> None:
        self.check("mark leaver", self.do_mark_leaver)

    def test_report_lost_device(self) -> None:
        self.check("report lost device", self.do_report_lost_device)

    def test_view_audit(self) -> None:
        self.check("view audit", self.do_view_audit)
