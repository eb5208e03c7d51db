"""The policy page at o/<slug>/policy/ (SPEC P1, P4, P6): everyone in scope reads the pack
in force with its review status, settings and rules with their sources; anyone outside the
organisation's scope gets a 404."""

from __future__ import annotations

import os
from pathlib import Path
from tempfile import TemporaryDirectory
from unittest.mock import patch

from django.urls import reverse

from socialsafe.core.testing import SCHOOL_ROLES, PersonaTestCase
from socialsafe.people.models import Organisation


class PolicyPageTests(PersonaTestCase):
    def url(self, org: Organisation) -> str:
        return reverse("policy-pack", kwargs={"slug": org.slug})

    def test_it_shows_the_schools_pack_to_every_role_in_the_school(self) -> None:
        for role in [r.value for r in SCHOOL_ROLES] + ["trust_central"]:
            with self.subTest(role=role):
                self.login(self.users[role])
                response = self.client.get(self.url(self.school))
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "Social Media &amp; Learning Platforms Policy")

    def test_it_is_a_404_outside_the_users_scope(self) -> None:
        for user in (self.outsider, self.leaver):
            with self.subTest(user=user.get_username()):
                self.login(user)
                self.assertEqual(self.client.get(self.url(self.school)).status_code, 404)
        self.login(self.head)
        self.assertEqual(self.client.get(self.url(self.other_school)).status_code, 404)
        self.assertEqual(self.client.get(self.url(self.trust)).status_code, 404)

    def test_it_asks_an_anonymous_visitor_to_sign_in(self) -> None:
        response = self.client.get(self.url(self.school))
        self.assertEqual(response.status_code, 302)
        self.assertIn("login", response["Location"])

    def test_trust_staff_see_the_trust_wide_pack(self) -> None:
        self.login(self.trust_central)
        response = self.client.get(self.url(self.trust))
        self.assertContains(response, "Soke Education Trust")
        self.assertContains(response, "Review due 30 April 2028")
        self.assertContains(response, "Source: Use of Official Social Media Accounts")

    def test_it_marks_values_from_the_policy_and_the_schools_choices(self) -> None:
        self.login(self.head)
        response = self.client.get(self.url(self.school))
        text = response.content.decode()
        deadline = text[text.index("Response deadline"):][:400]
        self.assertIn("24 hours", deadline)
        self.assertIn("From the policy", deadline)
        self.assertIn("Source: Monitoring", deadline)
        strikes = text[text.index("Strikes before an author is blocked"):][:300]
        self.assertIn('<span class="badge muted">School\'s choice</span>', strikes)
        self.assertContains(response, "The policy gives no date")

    def test_it_groups_rules_by_area_with_their_sections(self) -> None:
        self.login(self.staff)
        response = self.client.get(self.url(self.school))
        for heading in ("Checks on posts before publishing", "Comments on the school",
                        "Who hears of what", "Official accounts", "Staff conduct"):
            self.assertContains(response, heading)
        self.assertContains(response, "Source: Handling abuse")
        self.assertContains(response, "The audience is told why")

    def test_it_flags_an_overdue_review(self) -> None:
        Organisation.objects.filter(pk=self.school.pk).update(pack_slug="elm-park")
        self.login(self.head)
        response = self.client.get(self.url(self.school))
        self.assertContains(response, '<span class="badge bad">OVERDUE</span>', html=True)
        self.assertContains(response, "Review overdue since 8 October 2021")

    def test_it_shows_conflicting_dates(self) -> None:
        Organisation.objects.filter(pk=self.school.pk).update(pack_slug="kingsley")
        self.login(self.head)
        response = self.client.get(self.url(self.school))
        self.assertContains(response, "Conflicting dates")
        self.assertContains(response, "Spring Term 2027 (title page) versus September 2023")
        self.assertContains(response, "the policy says “Spring Term 2027”")
        self.assertContains(response, "Governors (a CWAC approved policy), Spring Term 2025")

    def test_a_broken_pack_shows_its_problems_and_applies_nothing(self) -> None:
        with TemporaryDirectory() as folder, patch.dict(os.environ, POLICY_PACK_DIRS=folder):
            (Path(folder) / "broken-pack.yaml").write_text("slug: broken-pack\n")
            Organisation.objects.filter(pk=self.school.pk).update(pack_slug="broken-pack")
            self.login(self.head)
            response = self.client.get(self.url(self.school))
        self.assertContains(response, "No valid policy pack", status_code=503)
        self.assertContains(response, "broken-pack.yaml:1: organisation: Field required",
                            status_code=503)

    def test_it_says_which_pack_a_school_pack_extends(self) -> None:
        Organisation.objects.filter(pk=self.school.pk).update(pack_slug="ashcroft")
        self.login(self.head)
        response = self.client.get(self.url(self.school))
        self.assertContains(response, "extends <code>soke</code>", html=False)
