# mypy: disable-error-code="arg-type, misc"
"""The register pages narrow what each person sees (SPEC A3, A5, D2)."""

from __future__ import annotations

from django.urls import reverse

from socialsafe.accounts.testing import make_account, member
from socialsafe.core.testing import PersonaTestCase


class AccountListTests(PersonaTestCase):
    def setUp(self) -> None:
        self.mine = make_account(self.school, handle="@staffroom",
                                 owners=[member(self.staff, self.school)])
        self.other = make_account(self.school, handle="@pta")

    def page(self, user: object) -> str:
        self.login(user)
        response = self.client.get(reverse("accounts-list", args=[self.school.slug]))
        assert response.status_code == 200
        return response.content.decode()

    def test_account_officers_see_every_account_and_the_warnings(self) -> None:
        page = self.page(self.administrator)
        assert "@staffroom" in page and "@pta" in page
        assert "Needs attention" in page and "the policy asks for at least 2" in page

    def test_a_runner_sees_only_the_accounts_they_run(self) -> None:
        page = self.page(self.staff)
        assert "@staffroom" in page and "@pta" not in page and "Needs attention" not in page

    def test_a_governor_sees_none(self) -> None:
        page = self.page(self.governor)
        assert "@staffroom" not in page and "No accounts to show." in page

    def test_the_register_lists_the_platforms_of_the_issue(self) -> None:
        from socialsafe.accounts.choices import Platform

        assert set(Platform.values) == {"facebook", "instagram", "x", "mastodon", "bluesky",
                                        "youtube", "classdojo", "whatsapp", "other"}
