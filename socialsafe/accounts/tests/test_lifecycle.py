# mypy: disable-error-code="arg-type, misc"
"""An account's life: application and approval (A1, A2), creation (A3), review (A8),
leavers (A6), lost devices (A7) and the dashboard warnings."""

from __future__ import annotations

from datetime import timedelta

from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from socialsafe.accounts import access, devices, leavers, register, vault
from socialsafe.accounts.applications import (
    ApplicationError,
    BusinessCase,
    apply,
    approval_blockers,
    decide,
)
from socialsafe.accounts.attention import accounts_needing_attention
from socialsafe.accounts.choices import ApplicationStatus, Capacity
from socialsafe.accounts.models import CredentialGrant, Handover
from socialsafe.accounts.testing import make_account, make_ready, member, with_test_vault
from socialsafe.audit.models import AuditEvent, EventKind
from socialsafe.core.testing import PersonaTestCase
from socialsafe.registers.models import TrainingRecord
from socialsafe.registers.services import record_training


class ApplicationTests(PersonaTestCase):
    def case(self, runners: list[object] | None = None) -> BusinessCase:
        people = runners if runners is not None else [member(self.staff, self.school),
                                                      member(self.media_lead, self.school)]
        return BusinessCase(platform="instagram", proposed_name="@crossflatts_pe",
                            aim="Celebrate PE", audience="Parents", promotion="Newsletter",
                            visibility="open", runners=people)

    def test_the_business_case_needs_the_packs_minimum_of_named_runners(self) -> None:
        with self.assertRaises(ApplicationError) as caught:
            apply(self.staff, self.school, self.case([member(self.staff, self.school)]))
        assert "at least 2 different people" in str(caught.exception)

    def test_approval_is_refused_until_every_runner_has_read_the_policy_and_is_trained(
            self) -> None:
        application = apply(self.staff, self.school, self.case())
        blockers = approval_blockers(application)
        assert "Staff has not acknowledged version 1.0 of the current policy" in blockers
        assert "Media Lead has no current training" in blockers
        with self.assertRaises(ApplicationError):
            decide(self.head, application, approve=True, reason="fine")
        application.refresh_from_db()
        assert application.status == ApplicationStatus.PENDING
        for person in application.runners.all():
            make_ready(person)
        decide(self.head, application, approve=True, reason="Clear aim")
        application.refresh_from_db()
        assert application.status == ApplicationStatus.APPROVED

    def test_expired_training_does_not_count(self) -> None:
        application = apply(self.staff, self.school, self.case())
        for person in application.runners.all():
            make_ready(person)
            TrainingRecord.objects.filter(person=person).update(
                expires_on=timezone.localdate().replace(year=2020))
        assert any("no current training" in b for b in approval_blockers(application))
        record_training(self.head, member(self.staff, self.school), "Induction",
                        timezone.localdate())
        assert [b for b in approval_blockers(application) if "Staff" in b] == []

    def test_a_rejection_needs_a_reason_and_is_audited(self) -> None:
        application = apply(self.staff, self.school, self.case())
        with self.assertRaises(ApplicationError):
            decide(self.slt, application, approve=False, reason=" ")
        decide(self.slt, application, approve=False, reason="Duplicate of the main page")
        event = AuditEvent.objects.filter(kind=EventKind.ACCOUNT_REJECTED).get()
        assert event.data["reason"] == "Duplicate of the main page"

    def test_the_approval_page_shows_why_it_is_blocked(self) -> None:
        application = apply(self.staff, self.school, self.case())
        self.login(self.head)
        response = self.client.post(
            reverse("accounts-decide", args=[self.school.slug, application.pk]),
            {"decision": "approve", "reason": "ok"})
        assert response.status_code == 400
        assert b"has no current training" in response.content

    def test_creating_the_account_makes_the_runners_its_owners(self) -> None:
        application = apply(self.staff, self.school, self.case())
        for person in application.runners.all():
            make_ready(person)
        decide(self.head, application, approve=True, reason="ok")
        account = register.create_account(self.administrator, application, handle="@pe")
        assert {m.person.user for m in account.current_members()} == {self.staff, self.media_lead}
        assert account.review_due is not None
        assert access.can_post(self.staff, account)
        assert not access.can_post(self.governor, account)


@with_test_vault()
class LeaverTests(PersonaTestCase):
    def setUp(self) -> None:
        self.runners = [member(self.staff, self.school), member(self.media_lead, self.school)]
        self.account = make_account(self.school, owners=self.runners)
        CredentialGrant.objects.create(account=self.account, person=self.runners[1],
                                       granted_by=self.head, reason="runs it")

    def test_marking_a_leaver_ends_every_session_and_right_at_once(self) -> None:
        phone, laptop = Client(), Client()
        for client in (phone, laptop):
            client.force_login(self.media_lead)
        assert Session.objects.count() == 2
        handovers = leavers.mark_leaver(self.head, self.runners[1])
        assert Session.objects.count() == 0
        for client in (phone, laptop):
            response = client.get(f"/api/accounts/{self.school.slug}/")
            assert response.status_code == 401
        self.media_lead.refresh_from_db()
        assert not self.media_lead.is_active
        assert [h.account for h in handovers] == [self.account]
        assert not CredentialGrant.objects.filter(revoked_at__isnull=True).exists()
        assert not access.may_reveal(self.media_lead, self.account)

    def test_the_dashboard_warns_when_an_account_falls_below_the_minimum(self) -> None:
        assert accounts_needing_attention(self.school) == []
        leavers.mark_leaver(self.head, self.runners[0])
        [attention] = accounts_needing_attention(self.school)
        assert attention.account == self.account
        assert "1 runner(s); the policy asks for at least 2" in attention.reasons
        assert any("hand-over waiting" in r for r in attention.reasons)

    def test_an_expired_or_revoked_grant_reveals_nothing(self) -> None:
        grant = CredentialGrant.objects.get()
        assert access.may_reveal(self.media_lead, self.account)
        grant.expires_at = timezone.now() - timedelta(minutes=1)
        grant.save()
        assert not access.may_reveal(self.media_lead, self.account)
        grant.expires_at = None
        grant.save()
        register.revoke_grant(self.head, grant)
        assert not access.may_reveal(self.media_lead, self.account)

    def test_a_handover_transfers_the_account_and_prompts_a_password_change(self) -> None:
        vault.store_secret(self.administrator, self.account, "password", "old-secret")
        leavers.mark_leaver(self.head, self.runners[0])
        handover = Handover.objects.get()
        assert leavers.stale_credentials(self.account, timezone.localdate())
        leavers.resolve_handover(self.administrator, handover, outcome="transferred",
                                 new_owner=member(self.slt, self.school))
        assert accounts_needing_attention(self.school) == []
        assert AuditEvent.objects.filter(kind=EventKind.HANDOVER_RESOLVED).count() == 1

    def test_the_handover_page_prompts_a_credential_change(self) -> None:
        vault.store_secret(self.administrator, self.account, "password", "old-secret")
        leavers.mark_leaver(self.head, self.runners[0])
        self.login(self.administrator)
        page = self.client.get(reverse("accounts-people", args=[self.school.slug]))
        assert b"Not changed since they left: password" in page.content

    def test_a_handover_can_close_the_account(self) -> None:
        leavers.mark_leaver(self.head, self.runners[0])
        leavers.resolve_handover(self.administrator, Handover.objects.get(), outcome="closed",
                                 notes="no longer needed")
        self.account.refresh_from_db()
        assert not self.account.is_active

    def test_removing_a_runner_below_the_minimum_warns(self) -> None:
        warnings = register.end_member(self.head, self.account.current_members().first(), "moved")
        assert warnings and "at least 2" in warnings[0]


@with_test_vault()
class LostDeviceTests(PersonaTestCase):
    def setUp(self) -> None:
        self.person = member(self.media_lead, self.school)
        make_ready(self.person)
        self.account = make_account(self.school, owners=[self.person])
        vault.store_secret(self.administrator, self.account, "password", "before-loss")
        CredentialGrant.objects.create(account=self.account, person=self.person,
                                       granted_by=self.head, reason="runs it")

    def test_a_lost_device_suspends_until_credentials_change_and_the_wipe_is_confirmed(
            self) -> None:
        assert access.can_post(self.media_lead, self.account)
        self.client.force_login(self.media_lead)
        report = devices.report_lost(self.administrator, self.person, "phone with ClassDojo")
        assert Session.objects.count() == 0
        assert not access.can_post(self.media_lead, self.account)
        assert not access.may_reveal(self.media_lead, self.account)
        assert not access.may_manage(self.media_lead, self.account)
        problems = devices.restore_blockers(report)
        assert len(problems) == 2
        with self.assertRaises(register.RegisterChangeError):
            devices.restore(self.administrator, report)
        vault.store_secret(self.administrator, self.account, "password", "after-loss")
        devices.confirm_wipe(self.administrator, report)
        devices.restore(self.administrator, report)
        assert access.can_post(self.media_lead, self.account)
        kinds = list(AuditEvent.objects.order_by("seq").values_list("kind", flat=True))
        assert kinds.index(EventKind.DEVICE_LOST) < kinds.index(EventKind.DEVICE_RESTORED)


class ReviewTests(PersonaTestCase):
    def test_a_review_records_the_three_questions_and_sets_the_next_date(self) -> None:
        account = make_account(self.school, owners=[member(self.media_lead, self.school)])
        account.review_due = timezone.localdate().replace(year=2020)
        account.save()
        [attention] = accounts_needing_attention(self.school)
        assert any("review overdue" in r for r in attention.reasons)
        register.record_review(self.head, account, still_needed=True, owners_current=True,
                               settings_secure=True)
        account.refresh_from_db()
        assert account.review_due > timezone.localdate()

    def test_posters_may_post_but_not_manage(self) -> None:
        account = make_account(self.school, owners=[member(self.media_lead, self.school)])
        poster = member(self.staff, self.school)
        make_ready(poster)
        register.add_member(self.media_lead, account, poster, Capacity.POSTER)
        assert access.can_post(self.staff, account)
        assert not access.may_manage(self.staff, account)
        assert access.may_manage(self.media_lead, account)
