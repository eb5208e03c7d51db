"""`org_nav`: the menu links only to pages that exist, for the organisation in view."""

from __future__ import annotations

from django.urls import resolve, reverse

from socialsafe.core.testing import PersonaTestCase


class OrgNavTests(PersonaTestCase):
    def test_every_menu_link_is_a_page_of_this_organisation(self) -> None:
        self.login(self.head)
        response = self.client.get(reverse("org-dashboard", args=[self.school.slug]))
        items = response.context["org_nav"]
        self.assertIn("Staff", [i.label for i in items])
        for item in items:
            with self.subTest(item=item.label):
                self.assertTrue(item.url.startswith(f"/o/{self.school.slug}/"))
                self.assertEqual(resolve(item.url).kwargs["slug"], self.school.slug)

    def test_it_marks_the_page_being_viewed(self) -> None:
        self.login(self.head)
        response = self.client.get(reverse("staff-register", args=[self.school.slug]))
        current = [i.label for i in response.context["org_nav"] if i.current]
        self.assertEqual(current, ["Staff"])

    def test_pages_outside_an_organisation_have_no_menu(self) -> None:
        self.login(self.trust_central)
        response = self.client.get(reverse("home"))
        self.assertNotIn("org_nav", response.context)
