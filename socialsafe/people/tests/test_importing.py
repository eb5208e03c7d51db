"""Roster and staff imports (SPEC R1, R2; CONTRACT.md): replace by UPN or name, all or
nothing, one audit event written with the change."""

from __future__ import annotations

from datetime import date

from django.test import TestCase

from socialsafe.audit.log import verify
from socialsafe.audit.models import AuditEvent, EventKind
from socialsafe.people import importing
from socialsafe.people.models import Organisation, Pupil, StaffMember

HEADER = ("upn,legal_forename,legal_surname,preferred_forename,year_group,photo_consent,"
          "name_consent,do_not_publish\n")


def roster(*rows: str) -> str:
    return HEADER + "".join(row + "\n" for row in rows)


class RosterImportTests(TestCase):
    def setUp(self) -> None:
        self.school = Organisation.objects.create(slug="s", name="School")

    def load(self, text: str) -> importing.RosterPlan:
        plan = importing.plan_roster(self.school, text)
        importing.apply_roster(self.school, plan)
        return plan

    def test_it_adds_updates_and_removes_pupils_by_upn(self) -> None:
        self.load(roster("A1,Grace,Hill,,3,yes,yes,no", "A2,Jack,Stone,,4,yes,no,no"))
        plan = self.load(roster("A1,Grace,Hill,Gracie,3,yes,yes,no", "A3,Hope,Vale,,R,no,no,yes"))
        self.assertEqual(plan.counts(),
                         {"rows": 2, "new": 1, "changed": 1, "removed": 1, "unchanged": 0})
        pupils = {p.upn: p for p in Pupil.objects.filter(school=self.school)}
        self.assertEqual(sorted(pupils), ["A1", "A3"])
        self.assertEqual(pupils["A1"].preferred_forename, "Gracie")
        self.assertTrue(pupils["A3"].do_not_publish)

    def test_it_counts_an_identical_file_as_unchanged(self) -> None:
        text = roster("A1,Grace,Hill,,3,yes,yes,no")
        self.load(text)
        plan = importing.plan_roster(self.school, text)
        self.assertFalse(plan.has_changes)
        self.assertEqual(plan.unchanged, 1)

    def test_it_rejects_the_whole_file_naming_every_bad_line(self) -> None:
        self.load(roster("A1,Grace,Hill,,3,yes,yes,no"))
        bad = roster("A2,Will,Brook,,4,yes,yes,no", "A3,,Moss,,5,yes,yes,no",
                     "A4,Summer,Lee,,15,maybe,yes,no")
        with self.assertRaises(importing.CSVRejected) as caught:
            importing.plan_roster(self.school, bad)
        self.assertEqual(sorted({e.line for e in caught.exception.errors}), [3, 4])
        self.assertEqual(list(Pupil.objects.values_list("upn", flat=True)), ["A1"])

    def test_it_records_one_audit_event_with_the_counts(self) -> None:
        self.load(roster("A1,Grace,Hill,,3,yes,yes,no"))
        event = AuditEvent.objects.get()
        self.assertEqual(event.kind, EventKind.ROSTER_IMPORTED)
        self.assertEqual(event.organisation, self.school)
        self.assertEqual(event.data["counts"]["new"], 1)
        self.assertEqual(verify(), [])

    def test_it_leaves_other_schools_rosters_alone(self) -> None:
        other = Organisation.objects.create(slug="o", name="Other")
        Pupil.objects.create(school=other, upn="A1", legal_forename="X", legal_surname="Y",
                             year_group="1")
        self.load(roster("A2,Grace,Hill,,3,yes,yes,no"))
        self.assertEqual(Pupil.objects.filter(school=other).count(), 1)


class StaffImportTests(TestCase):
    def setUp(self) -> None:
        self.school = Organisation.objects.create(slug="s", name="School")
        self.head = StaffMember.objects.create(organisation=self.school, full_name="Ann Oak",
                                               role="head")

    def load(self, text: str) -> importing.StaffPlan:
        plan = importing.plan_staff(self.school, text)
        importing.apply_staff(self.school, plan, today=date(2026, 9, 1))
        return plan

    def test_it_matches_people_by_name_and_makes_the_missing_ones_leavers(self) -> None:
        self.load("name,role,aliases\nann  OAK,headteacher,Mrs Oak\nBen Ash,teacher,\n")
        self.head.refresh_from_db()
        self.assertEqual((self.head.role, self.head.alias_list()), ("head", ["Mrs Oak"]))
        plan = self.load("name,role\nBen Ash,dsl\n")
        self.assertEqual((plan.counts()["changed"], plan.counts()["leaving"]), (1, 1))
        self.head.refresh_from_db()
        self.assertEqual(self.head.left_on, date(2026, 9, 1))
        self.assertEqual(StaffMember.objects.get(full_name="Ben Ash").role, "dsl")

    def test_it_brings_a_returning_leaver_back(self) -> None:
        self.load("name,role\nBen Ash,staff\n")
        self.load("name,role\nAnn Oak,head\n")
        self.head.refresh_from_db()
        self.assertIsNone(self.head.left_on)
        self.assertEqual(StaffMember.objects.filter(full_name="Ann Oak").count(), 1)

    def test_it_rejects_unknown_roles_and_repeated_names(self) -> None:
        text = "name,role\nBen Ash,wizard\nCat Elm,staff\ncat elm,slt\n"
        with self.assertRaises(importing.CSVRejected) as caught:
            importing.plan_staff(self.school, text)
        self.assertEqual([e.line for e in caught.exception.errors], [2, 4])
        self.assertEqual(StaffMember.objects.count(), 1)

    def test_it_records_the_import_in_the_audit_log(self) -> None:
        self.load("name,role\nAnn Oak,head\nBen Ash,staff\n")
        event = AuditEvent.objects.get(kind=EventKind.STAFF_IMPORTED)
        self.assertEqual(event.data["counts"]["new"], 1)
