"""`load_demo` (SPEC X5): the five seed organisations, fictional people, idempotent."""

from __future__ import annotations

from io import StringIO
from pathlib import Path
from typing import Any, ClassVar

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase

from socialsafe.audit.models import AuditEvent
from socialsafe.core import demo
from socialsafe.engine.registers import parse_roster, parse_staff
from socialsafe.people.models import Organisation, Pupil, StaffMember

DEMO_DATA = Path(demo.__file__).resolve().parent / "demo_data"


def snapshot() -> dict[str, Any]:
    return {
        "orgs": list(Organisation.objects.order_by("slug").values()),
        "staff": list(StaffMember.objects.order_by("pk").values()),
        "pupils": list(Pupil.objects.order_by("pk").values()),
        "users": list(get_user_model().objects.order_by("pk").values_list("username", "password")),
        "audit": AuditEvent.objects.count(),
    }


class LoadDemoTests(TestCase):
    output: ClassVar[StringIO]

    @classmethod
    def setUpTestData(cls) -> None:
        cls.output = StringIO()
        call_command("load_demo", stdout=cls.output)

    def test_it_changes_nothing_when_run_again(self) -> None:
        before = snapshot()
        call_command("load_demo", stdout=StringIO())
        self.assertEqual(snapshot(), before)

    def test_it_creates_the_five_seed_organisations_with_their_packs(self) -> None:
        orgs = {o.slug: o for o in Organisation.objects.all()}
        self.assertEqual({s: orgs[s].kind for s in ("crossflatts", "elm-park", "moorlands",
                                                      "kingsley", "soke")},
                         {"crossflatts": "school", "elm-park": "school", "moorlands": "federation",
                          "kingsley": "school", "soke": "trust"})
        self.assertEqual(orgs["moorlands"].schools.count(), 2)
        self.assertIn(orgs["soke"].schools.count(), (2, 3))
        for school in orgs["soke"].schools.all():
            self.assertIn(school.effective_pack_slug, ("soke", school.slug))
        self.assertEqual(orgs["kingsley"].effective_pack_slug, "kingsley")

    def test_every_school_has_a_plausible_roster(self) -> None:
        for school in Organisation.objects.filter(kind="school"):
            pupils = Pupil.objects.filter(school=school)
            with self.subTest(school=school.slug):
                self.assertTrue(60 <= pupils.count() <= 200)
                self.assertTrue(pupils.filter(do_not_publish=True).exists())
                self.assertTrue(pupils.filter(name_consent=False, do_not_publish=False).exists())
                self.assertTrue(pupils.exclude(preferred_forename="").exists())
                words = set(pupils.values_list("legal_forename", flat=True)) & {
                    "Grace", "Hope", "Summer", "Jack", "Will", "Poppy"}
                self.assertGreaterEqual(len(words), 2)

    def test_every_role_of_every_school_can_sign_in_with_the_demo_password(self) -> None:
        users = get_user_model().objects
        self.assertTrue(users.get(username="head@crossflatts").check_password(demo.DEMO_PASSWORD))
        self.assertEqual(users.values("password").distinct().count(), 1)  # one demo password
        for school in Organisation.objects.filter(kind="school"):
            for role in demo.SCHOOL_ROLES:
                name = demo.username(role.value, school.slug)
                with self.subTest(user=name):
                    member = StaffMember.objects.get(user__username=name)
                    self.assertEqual((member.organisation, member.role), (school, role.value))
        self.assertTrue(StaffMember.objects.filter(left_on__isnull=False).exists())

    def test_a_trust_sign_in_sees_every_academy(self) -> None:
        self.client.force_login(get_user_model().objects.get(username="trust_central@soke"))
        response = self.client.get("/o/soke/")
        for school in Organisation.objects.get(slug="soke").schools.all():
            self.assertContains(response, school.name)

    def test_it_prints_how_to_sign_in(self) -> None:
        printed = self.output.getvalue()
        self.assertIn("head@crossflatts", printed)
        self.assertIn(demo.DEMO_PASSWORD, printed)

    def test_the_example_csv_files_are_the_crossflatts_demo_data(self) -> None:
        crossflatts = demo.ORGS[0]
        roster = (DEMO_DATA / "roster.csv").read_text(encoding="utf-8")
        staff = (DEMO_DATA / "staff.csv").read_text(encoding="utf-8")
        self.assertEqual(roster, demo.roster_csv(crossflatts))
        self.assertEqual(staff, demo.staff_csv(crossflatts))
        self.assertEqual(len(parse_roster(roster)), crossflatts.pupils)
        self.assertGreater(len(parse_staff(staff, strict_roles=True)), 9)
