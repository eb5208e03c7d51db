"""The web import (SPEC R1, R2): upload, preview what would change, confirm to commit."""

from __future__ import annotations

from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from socialsafe.audit.models import AuditEvent, EventKind
from socialsafe.core.testing import PersonaTestCase
from socialsafe.people.models import Pupil, StaffMember

ROSTER = (
    "upn,legal_forename,legal_surname,preferred_forename,year_group,photo_consent,"
    "name_consent,do_not_publish\n"
    "U1,Grace,Hill,,3,yes,yes,no\nU2,Hope,Vale,,R,no,no,yes\n"
)


class ImportViewTests(PersonaTestCase):
    def setUp(self) -> None:
        self.login(self.head)

    def upload(self, kind: str, text: str | bytes) -> Any:
        data = text.encode() if isinstance(text, str) else text
        url = reverse("people-import", args=[self.school.slug, kind])
        return self.client.post(url, {"file": SimpleUploadedFile("f.csv", data)})

    def confirm(self, kind: str, digest: str) -> Any:
        url = reverse("people-import-confirm", args=[self.school.slug, kind])
        return self.client.post(url, {"sha256": digest})

    def test_it_previews_counts_and_first_rows_without_saving(self) -> None:
        response = self.upload("roster", ROSTER)
        self.assertContains(response, "Check the pupil roster before importing")
        self.assertEqual(response.context["counts"]["new"], 2)
        self.assertContains(response, "Hope")
        self.assertFalse(Pupil.objects.exists())

    def test_confirming_commits_the_previewed_file_and_audits_who_did_it(self) -> None:
        digest = self.upload("roster", ROSTER).context["plan"].digest
        response = self.confirm("roster", digest)
        self.assertRedirects(response, reverse("pupil-register", args=[self.school.slug]))
        self.assertEqual(Pupil.objects.filter(school=self.school).count(), 2)
        event = AuditEvent.objects.get(kind=EventKind.ROSTER_IMPORTED)
        self.assertEqual((event.actor, event.organisation), (self.head, self.school))

    def test_it_lists_every_bad_line_and_saves_nothing(self) -> None:
        bad = ROSTER + "U3,,Moss,,5,yes,yes,no\nU4,Will,Lee,,4,maybe,yes,no\n"
        response = self.upload("roster", bad)
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "line 4: legal_forename is empty", status_code=400)
        self.assertContains(response, "line 5: photo_consent must be yes or no", status_code=400)
        self.assertFalse(Pupil.objects.exists())

    def test_it_explains_a_file_that_is_not_utf8(self) -> None:
        response = self.upload("roster", "upn,legal_forename\n1,Zoë\n".encode("latin-1"))
        self.assertContains(response, "not UTF-8", status_code=400)

    def test_a_confirm_for_a_different_file_changes_nothing(self) -> None:
        self.upload("roster", ROSTER)
        response = self.confirm("roster", "0" * 64)
        self.assertRedirects(response, reverse("people-import", args=[self.school.slug, "roster"]))
        self.assertFalse(Pupil.objects.exists())

    def test_a_staff_import_warns_whose_sign_in_would_end(self) -> None:
        response = self.upload("staff", "name,role\nNew Person,staff\n")
        self.assertContains(response, "would lose access")
        self.assertContains(response, "Head")
        confirmed = self.confirm("staff", response.context["plan"].digest)
        head = StaffMember.objects.get(organisation=self.school, user_id=self.head.pk)
        self.assertTrue(head.is_leaver)
        self.assertRedirects(confirmed, reverse("login"), fetch_redirect_response=False)
        # a leaver's sessions end at once (SPEC A6): the next page asks them to sign in
        dashboard = self.client.get(reverse("org-dashboard", args=[self.school.slug]))
        self.assertEqual(dashboard.status_code, 302)
