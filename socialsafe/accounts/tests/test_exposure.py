# mypy: disable-error-code="arg-type, misc"
"""A stored secret never leaves the vault except through a reveal (RELIABILITY SEC-07,
AUTHZ-03/04): not in logs, error pages, API output, the OpenAPI description or the admin."""

from __future__ import annotations

import json
import logging
from unittest import mock
from urllib.parse import quote

from django.urls import reverse
from django.views.debug import ExceptionReporter

from socialsafe.accounts import vault
from socialsafe.accounts.models import Credential, CredentialGrant
from socialsafe.accounts.testing import (
    code_for,
    give_device,
    make_account,
    make_ready,
    member,
    verify_client,
    with_test_vault,
)
from socialsafe.core.testing import PersonaTestCase

SECRET = "Correct-Pony-9Q!xz"


@with_test_vault()
class ExposureTests(PersonaTestCase):
    def setUp(self) -> None:
        self.holder = member(self.media_lead, self.school)
        make_ready(self.holder)
        self.account = make_account(self.school, owners=[self.holder])
        vault.store_secret(self.administrator, self.account, "password", SECRET)
        CredentialGrant.objects.create(account=self.account, person=self.holder,
                                       granted_by=self.head, reason="runs it")

    def test_storing_and_revealing_through_the_pages_logs_no_secret(self) -> None:
        device = verify_client(self.client, self.media_lead)
        with self.assertLogs(level=logging.DEBUG) as logs:
            logging.getLogger("socialsafe.test").warning("capture everything")
            self.client.post(reverse("accounts-store-credential",
                                     args=[self.school.slug, self.account.pk]),
                             {"kind": "password", "secret": SECRET + "2"})
            response = self.client.post(
                reverse("accounts-reveal", args=[self.school.slug, self.account.pk, "password"]),
                {"code": code_for(device)})
        assert (SECRET + "2").encode() in response.content
        assert not any(SECRET in line for line in logs.output)

    def test_an_error_while_storing_leaks_the_secret_neither_to_the_page_nor_the_report(
            self) -> None:
        """The error report Django mails to admins (or logs) masks the POSTed secret and
        every local variable of the vault's frames and the frames below them."""
        verify_client(self.client, self.media_lead)
        self.client.raise_request_exception = False
        boom = RuntimeError("boom")
        with mock.patch("socialsafe.accounts.vault.AESGCM.encrypt", side_effect=boom), \
                self.assertLogs("django.request", level="ERROR") as logs:
            response = self.client.post(
                reverse("accounts-store-credential", args=[self.school.slug, self.account.pk]),
                {"kind": "password", "secret": "Leaky-" + SECRET})
        assert response.status_code == 500
        assert ("Leaky-" + SECRET).encode() not in response.content
        record = logs.records[0]
        assert record.exc_info is not None
        request = record.__dict__["request"]
        report = ExceptionReporter(request, *record.exc_info, is_email=True)
        text = report.get_traceback_text()
        assert "boom" in text and "Leaky-" + SECRET not in text
        assert "********" in text

    def test_the_api_never_returns_a_secret_or_ciphertext(self) -> None:
        self.login(self.media_lead)
        listing = self.client.get(f"/api/accounts/{self.school.slug}/")
        detail = self.client.get(f"/api/accounts/{self.school.slug}/{self.account.pk}/")
        ciphertext = bytes(Credential.objects.get().ciphertext).hex()
        for response in (listing, detail):
            assert response.status_code == 200
            text = response.content.decode()
            assert SECRET not in text and "ciphertext" not in text and ciphertext not in text
        assert json.loads(detail.content)["credential_kinds"] == ["password"]

    def test_the_openapi_description_has_no_secret_fields(self) -> None:
        self.login(self.head)
        schema = self.client.get("/api/openapi.json").content.decode()
        assert "/api/accounts/{slug}/" in schema
        for word in ("ciphertext", "nonce", "secret\"", "reveal"):
            assert word not in schema

    def test_the_admin_shows_accounts_but_never_credentials(self) -> None:
        self.head.is_staff = self.head.is_superuser = True
        self.head.save()
        self.login(self.head)
        listing = self.client.get("/admin/accounts/account/")
        assert listing.status_code == 200 and SECRET.encode() not in listing.content
        assert self.client.get("/admin/accounts/credential/").status_code == 404

    def test_the_account_page_shows_kinds_but_no_secret(self) -> None:
        verify_client(self.client, self.media_lead)
        page = self.client.get(reverse("accounts-detail", args=[self.school.slug, self.account.pk]))
        assert page.status_code == 200
        assert b"Password" in page.content and SECRET.encode() not in page.content

    def test_a_wrong_code_reveals_nothing(self) -> None:
        verify_client(self.client, self.media_lead)
        response = self.client.post(
            reverse("accounts-reveal", args=[self.school.slug, self.account.pk, "password"]),
            {"code": "123456"})
        assert response.status_code == 403 and SECRET.encode() not in response.content

    def test_a_tampered_secret_is_not_revealed_through_the_page(self) -> None:
        device = verify_client(self.client, self.media_lead)
        Credential.objects.update(ciphertext=b"x" * 40)
        response = self.client.post(
            reverse("accounts-reveal", args=[self.school.slug, self.account.pk, "password"]),
            {"code": code_for(device)})
        assert response.status_code == 500
        assert b"failed its integrity check" in response.content


@with_test_vault()
class VerifiedSessionTests(PersonaTestCase):
    """Password alone is not enough for the vault: an unverified session is sent to the
    authenticator step first, and nothing is stored or revealed (RELIABILITY AUTH-01/02)."""

    def setUp(self) -> None:
        self.holder = member(self.media_lead, self.school)
        self.account = make_account(self.school, owners=[self.holder])
        CredentialGrant.objects.create(account=self.account, person=self.holder,
                                       granted_by=self.head, reason="runs it")

    def test_storing_needs_a_verified_session(self) -> None:
        give_device(self.media_lead)
        self.login(self.media_lead)
        detail = reverse("accounts-detail", args=[self.school.slug, self.account.pk])
        response = self.client.post(
            reverse("accounts-store-credential", args=[self.school.slug, self.account.pk]),
            {"kind": "password", "secret": SECRET})
        assert response.status_code == 302
        assert response["Location"].startswith("/mfa/verify/") and quote(detail, safe="") in (
            response["Location"])
        assert not Credential.objects.exists()

    def test_revealing_without_a_device_sends_the_holder_to_enrol(self) -> None:
        vault.store_secret(self.administrator, self.account, "password", SECRET)
        self.login(self.media_lead)
        response = self.client.get(
            reverse("accounts-reveal", args=[self.school.slug, self.account.pk, "password"]))
        assert response.status_code == 302 and response["Location"].startswith("/mfa/enrol/")


class AuthenticatorSeedTests(PersonaTestCase):
    def test_the_admin_never_shows_a_totp_seed(self) -> None:
        device = give_device(self.media_lead)
        self.head.is_staff = self.head.is_superuser = True
        self.head.save()
        self.login(self.head)
        listing = self.client.get("/admin/otp_totp/totpdevice/")
        change = self.client.get(f"/admin/otp_totp/totpdevice/{device.pk}/change/")
        qr = self.client.get(f"/admin/otp_totp/totpdevice/{device.pk}/config/")
        for response in (listing, change):
            assert response.status_code == 200 and device.key.encode() not in response.content
        assert qr.status_code in (403, 404)
