"""Audit pages per organisation, per account and per person (SPEC D3)."""

from __future__ import annotations

from django.urls import reverse

from socialsafe.accounts import register
from socialsafe.accounts.testing import make_account, member
from socialsafe.audit.models import AuditEvent, EventKind
from socialsafe.core.testing import PersonaTestCase


class AuditPageTests(PersonaTestCase):
    def setUp(self) -> None:
        self.account = make_account(self.school)
        self.other = make_account(self.school, handle="@other")
        register.add_member(self.administrator, self.account,  # type: ignore[arg-type]
                            member(self.staff, self.school), "poster")  # type: ignore[arg-type]
        register.edit_account(self.administrator, self.other, {"name": "Other"})  # type: ignore[arg-type]

    def get(self, query: str = "") -> str:
        self.login(self.head)
        response = self.client.get(reverse("audit-log", args=[self.school.slug]) + query)
        assert response.status_code == 200
        return response.content.decode()

    def test_it_lists_the_schools_events(self) -> None:
        page = self.get()
        assert "Authorised poster added" in page and "Account changed" in page

    def test_it_filters_by_account(self) -> None:
        page = self.get(f"?account={self.account.pk}")
        assert "Authorised poster added" in page and "Account changed" not in page

    def test_it_filters_by_person(self) -> None:
        page = self.get(f"?person={member(self.staff, self.school).pk}")  # type: ignore[arg-type]
        assert "Authorised poster added" in page and "Account changed" not in page

    def test_a_trust_sees_its_schools_events(self) -> None:
        assert AuditEvent.objects.filter(organisation=self.school).exists()
        from socialsafe.audit.views import events_for

        assert events_for(self.trust).filter(kind=EventKind.POSTER_ADDED).count() == 1
        assert events_for(self.other_school).count() == 0

    def test_another_schools_account_shows_nothing(self) -> None:
        elsewhere = make_account(self.other_school, handle="@elsewhere")
        register.edit_account(self.outsider, elsewhere, {"name": "Secret rename"})  # type: ignore[arg-type]
        page = self.get(f"?account={elsewhere.pk}")
        assert "unknown account" in page and "Secret rename" not in page
