"""Who may open which people page: every persona of SPEC R2 × every page (SPEC D2).

Out of scope, or in scope without the role, is a 404: nothing says the page exists."""

from __future__ import annotations

from django.urls import reverse

from socialsafe.core.testing import PersonaTestCase

EVERYONE_IN_SCHOOL = {"head", "slt", "dsl", "media_lead", "administrator", "staff", "governor",
                      "volunteer", "contractor", "trust_central"}
STAFF_REGISTER = EVERYONE_IN_SCHOOL - {"volunteer", "contractor"}
PUPIL_REGISTER = {"head", "slt", "dsl", "media_lead", "administrator"}
IMPORTERS = {"head", "slt", "administrator"}  # crossflatts pack: manage_people
PERSONAS = sorted(EVERYONE_IN_SCHOOL | {"outsider", "leaver"})


class PermissionMatrixTests(PersonaTestCase):
    def pages(self) -> dict[str, tuple[str, set[str]]]:
        school = self.school.slug
        return {
            "school dashboard": (reverse("org-dashboard", args=[school]), EVERYONE_IN_SCHOOL),
            "trust dashboard": (reverse("org-dashboard", args=[self.trust.slug]),
                                {"trust_central"}),
            "staff register": (reverse("staff-register", args=[school]), STAFF_REGISTER),
            "pupil register": (reverse("pupil-register", args=[school]), PUPIL_REGISTER),
            "roster import": (reverse("people-import", args=[school, "roster"]), IMPORTERS),
            "staff import": (reverse("people-import", args=[school, "staff"]), IMPORTERS),
            "other school": (reverse("org-dashboard", args=[self.other_school.slug]),
                             {"outsider"}),
        }

    def test_it_allows_exactly_the_roles_each_page_names_and_404s_everyone_else(self) -> None:
        for persona in PERSONAS:
            self.login(self.users[persona])
            for page, (url, allowed) in self.pages().items():
                with self.subTest(persona=persona, page=page):
                    status = self.client.get(url).status_code
                    self.assertEqual(status, 200 if persona in allowed else 404)

    def test_it_sends_anonymous_visitors_to_sign_in(self) -> None:
        for url, _ in self.pages().values():
            response = self.client.get(url)
            self.assertRedirects(response, f"{reverse('login')}?next={url}",
                                 fetch_redirect_response=False)

    def test_it_refuses_confirming_an_import_to_roles_that_may_not_import(self) -> None:
        for persona in sorted(EVERYONE_IN_SCHOOL - IMPORTERS):
            self.login(self.users[persona])
            url = reverse("people-import-confirm", args=[self.school.slug, "roster"])
            with self.subTest(persona=persona):
                self.assertEqual(self.client.post(url, {"sha256": "x"}).status_code, 404)

    def test_it_has_no_pupil_roster_for_a_trust(self) -> None:
        self.login(self.trust_central)
        url = reverse("people-import", args=[self.trust.slug, "roster"])
        self.assertEqual(self.client.get(url).status_code, 404)
        self.assertEqual(
            self.client.get(reverse("pupil-register", args=[self.trust.slug])).status_code, 404)

    def test_it_404s_an_unknown_import_kind(self) -> None:
        self.login(self.head)
        url = reverse("people-import", args=[self.school.slug, "governors"])
        self.assertEqual(self.client.get(url).status_code, 404)


class TrustPackPermissionTests(PersonaTestCase):
    school_pack = "soke"  # grants manage_people to trust central staff too

    def test_trust_staff_the_pack_lets_import_may_also_see_the_roster(self) -> None:
        self.login(self.trust_central)
        for name in ("pupil-register", "people-import"):
            args = [self.school.slug, "roster"] if name == "people-import" else [self.school.slug]
            with self.subTest(page=name):
                self.assertEqual(self.client.get(reverse(name, args=args)).status_code, 200)
        self.login(self.governor)
        url = reverse("pupil-register", args=[self.school.slug])
        self.assertEqual(self.client.get(url).status_code, 404)
