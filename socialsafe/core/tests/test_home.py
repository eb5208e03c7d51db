"""Signing in lands each user in their own scope (SPEC D2): one school goes straight to
its dashboard, a trust user sees the trust, a leaver or unknown user sees nothing."""

from __future__ import annotations

from django.urls import reverse

from socialsafe.core.testing import PersonaTestCase


class HomeTests(PersonaTestCase):
    def test_a_member_of_one_school_goes_straight_to_its_dashboard(self) -> None:
        self.login(self.staff)
        self.assertRedirects(self.client.get(reverse("home")),
                             reverse("org-dashboard", args=[self.school.slug]))

    def test_a_trust_user_is_offered_the_trust_and_not_other_schools(self) -> None:
        self.login(self.trust_central)
        response = self.client.get(reverse("home"))
        self.assertContains(response, reverse("org-dashboard", args=[self.trust.slug]))
        self.assertNotContains(response, self.other_school.name)

    def test_a_leaver_is_told_they_have_no_school(self) -> None:
        self.login(self.leaver)
        self.assertContains(self.client.get(reverse("home")), "not linked to any school")

    def test_the_login_page_labels_its_fields(self) -> None:
        response = self.client.get(reverse("login"))
        self.assertContains(response, '<label for="id_username">')
        self.assertContains(response, '<label for="id_password">')
        self.assertRedirects(self.client.get(reverse("home")),
                             f"{reverse('login')}?next=/", fetch_redirect_response=False)
