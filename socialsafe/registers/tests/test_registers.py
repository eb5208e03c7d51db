# mypy: disable-error-code="arg-type, misc"
"""Policy acknowledgements and training (SPEC P5, R5): who, which version or course, when,
until when; the register shows who is outstanding."""

from __future__ import annotations

from datetime import date

from django.urls import reverse
from django.utils import timezone

from socialsafe.accounts.testing import member
from socialsafe.audit.models import AuditEvent, EventKind
from socialsafe.core.testing import PersonaTestCase
from socialsafe.registers.models import PolicyAcknowledgement, TrainingRecord
from socialsafe.registers.services import (
    RegisterError,
    add_months,
    has_read_current_policy,
    record_training,
    register_rows,
)


class ServiceTests(PersonaTestCase):
    def test_add_months_clamps_to_the_end_of_the_month(self) -> None:
        assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
        assert add_months(date(2024, 11, 15), 12) == date(2025, 11, 15)

    def test_training_expires_after_the_packs_validity(self) -> None:
        entry = record_training(self.head, member(self.staff, self.school), "Induction",
                                date(2025, 9, 1))
        assert entry.expires_on == date(2026, 9, 1)  # crossflatts: 12 months
        assert AuditEvent.objects.filter(kind=EventKind.TRAINING_RECORDED).count() == 1

    def test_training_in_the_future_or_unnamed_is_refused(self) -> None:
        person = member(self.staff, self.school)
        with self.assertRaises(RegisterError):
            record_training(self.head, person, " ", date(2025, 1, 1))
        with self.assertRaises(RegisterError):
            record_training(self.head, person, "Induction", date(2999, 1, 1))
        assert not TrainingRecord.objects.exists()

    def test_a_new_policy_version_asks_again(self) -> None:
        person = member(self.staff, self.school)
        PolicyAcknowledgement.objects.create(person=person, pack_slug="crossflatts", version="0.9")
        assert not has_read_current_policy(person)
        PolicyAcknowledgement.objects.create(person=person, pack_slug="crossflatts", version="1.0")
        assert has_read_current_policy(person)

    def test_outstanding_people_come_first(self) -> None:
        record_training(self.head, member(self.staff, self.school), "Induction",
                        timezone.localdate())
        PolicyAcknowledgement.objects.create(person=member(self.staff, self.school),
                                             pack_slug="crossflatts", version="1.0")
        rows = register_rows(self.school)
        assert rows[-1].person.user == self.staff and not rows[-1].outstanding
        assert all(r.outstanding for r in rows[:-1])
        assert "leaver" not in {r.person.user.username for r in rows if r.person.user}


class PageTests(PersonaTestCase):
    def url(self, name: str) -> str:
        return reverse(name, args=[self.school.slug])

    def test_a_person_acknowledges_the_current_version_once(self) -> None:
        self.login(self.staff)
        for _ in range(2):
            assert self.client.post(self.url("registers-acknowledge")).status_code == 302
        ack = PolicyAcknowledgement.objects.get()
        assert (ack.pack_slug, ack.version) == ("crossflatts", "1.0")
        assert AuditEvent.objects.filter(kind=EventKind.POLICY_ACKNOWLEDGED).count() == 1

    def test_managers_see_everyone_outstanding_and_staff_only_themselves(self) -> None:
        self.login(self.head)
        page = self.client.get(self.url("registers-home")).content.decode()
        assert "Governor" in page and "outstanding" in page
        self.login(self.staff)
        page = self.client.get(self.url("registers-home")).content.decode()
        assert "Governor" not in page and "Your status" in page

    def test_only_the_packs_training_managers_record_training(self) -> None:
        form = {"person": member(self.staff, self.school).pk, "course": "Induction",
                "completed_on": "2025-09-01"}
        for user, allowed in [(self.head, True), (self.slt, True), (self.administrator, False),
                              (self.staff, False), (self.trust_central, False),
                              (self.outsider, False)]:
            with self.subTest(user=user.username):
                self.login(user)
                response = self.client.post(self.url("registers-training"), form)
                assert response.status_code == (302 if allowed else 404)
        assert TrainingRecord.objects.count() == 2
