"""School and trust dashboards (SPEC P4, P6, R1, R2) and the registers' content."""

from __future__ import annotations

from datetime import date

import time_machine
from django.urls import reverse
from django.utils.html import escape

from socialsafe.core.testing import PersonaTestCase
from socialsafe.people.models import Pupil
from socialsafe.people.packinfo import pack_or_none


class DashboardTests(PersonaTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        for i, (name, dnp) in enumerate([("Grace", False), ("Poppy", True), ("Jack", False)]):
            Pupil.objects.create(school=cls.school, upn=f"U{i}", legal_forename=name,
                                 legal_surname="Hill", year_group="2", photo_consent=True,
                                 name_consent=not dnp, do_not_publish=dnp)

    def test_a_school_dashboard_shows_its_pack_rules_and_registers(self) -> None:
        self.login(self.head)
        response = self.client.get(reverse("org-dashboard", args=[self.school.slug]))
        pack = pack_or_none(self.school)
        self.assertIsNotNone(pack)
        assert pack is not None
        self.assertContains(response, escape(pack.policy.title))
        self.assertContains(response, f"version {pack.policy.version}")
        first_rule = (pack.rules.content or pack.rules.provisions)[0]
        self.assertContains(response, escape(first_rule.cite.section))
        counts = response.context["card"]
        self.assertEqual((counts.pupils.total, counts.pupils.do_not_publish), (3, 1))
        self.assertEqual(counts.pupils.photo_consent, 2)  # do-not-publish never counts
        self.assertEqual(counts.staff.leavers, 1)

    def test_it_flags_an_overdue_review(self) -> None:
        url = reverse("org-dashboard", args=[self.school.slug])
        self.login(self.head)
        self.assertNotContains(self.client.get(url), "OVERDUE")
        with time_machine.travel(date(2099, 1, 1)):
            self.login(self.head)
            self.assertContains(self.client.get(url), "OVERDUE")

    def test_a_trust_dashboard_lists_its_schools_only(self) -> None:
        self.login(self.trust_central)
        response = self.client.get(reverse("org-dashboard", args=[self.trust.slug]))
        self.assertContains(response, self.school.name)
        self.assertNotContains(response, self.other_school.name)
        self.assertEqual([c.pupils.total for c in response.context["schools"]], [3])

    def test_a_school_links_up_to_its_trust_only_for_trust_staff(self) -> None:
        url = reverse("org-dashboard", args=[self.school.slug])
        trust_url = reverse("org-dashboard", args=[self.trust.slug])
        self.login(self.head)
        self.assertNotContains(self.client.get(url), trust_url)
        self.login(self.trust_central)
        self.assertContains(self.client.get(url), trust_url)

    def test_the_menu_offers_pupils_only_to_those_who_may_see_them(self) -> None:
        pupils = reverse("pupil-register", args=[self.school.slug])
        url = reverse("org-dashboard", args=[self.school.slug])
        self.login(self.dsl)
        self.assertContains(self.client.get(url), f'href="{pupils}"')
        self.login(self.staff)
        self.assertNotContains(self.client.get(url), f'href="{pupils}"')

    def test_the_pupil_register_highlights_do_not_publish(self) -> None:
        self.login(self.media_lead)
        response = self.client.get(reverse("pupil-register", args=[self.school.slug]))
        self.assertContains(response, '<tr class="dnp">', count=1)
        self.assertContains(response, "Do not publish (1)")

    def test_the_staff_register_shows_leavers_apart(self) -> None:
        self.login(self.governor)
        response = self.client.get(reverse("staff-register", args=[self.school.slug]))
        self.assertEqual([m.full_name for m in response.context["leavers"]], ["Leaver"])
        self.assertNotIn("Leaver", [m.full_name for m in response.context["current"]])


class PackStatusTests(PersonaTestCase):
    school_pack = "kingsley"  # its title page and version table give different review dates

    def test_it_flags_dates_that_conflict_inside_the_policy(self) -> None:
        self.login(self.head)
        response = self.client.get(reverse("org-dashboard", args=[self.school.slug]))
        self.assertContains(response, "Dates conflict in the policy")
