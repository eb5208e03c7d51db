# mypy: disable-error-code="arg-type, misc"
"""Signing in (RELIABILITY B1): argon2 hashes, lockout that spoofed client-IP headers
cannot dodge, idle and absolute session timeouts, and the TOTP step after the password."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import time_machine
from django.conf import settings
from django.contrib.auth.models import User
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from socialsafe.accounts import mfa
from socialsafe.accounts.testing import code_for, give_device
from socialsafe.audit.models import AuditEvent, EventKind
from socialsafe.core.testing import PASSWORD, PersonaTestCase

ROOT = Path(__file__).resolve().parents[3]


class PasswordHashingTests(TestCase):
    def test_passwords_are_stored_as_argon2id(self) -> None:
        user = User.objects.create_user("hashme", password="a long passphrase here")
        assert user.password.startswith("argon2$argon2id$")
        assert settings.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")


class LockoutTests(PersonaTestCase):
    def attempt(self, username: str, password: str, *, xff: str, remote: str = "198.51.100.7"
                ) -> int:
        response = self.client.post(reverse("login"), {"username": username, "password": password},
                                    HTTP_X_FORWARDED_FOR=xff, REMOTE_ADDR=remote)
        return response.status_code

    def fail_five_times(self, *, xff: str) -> None:
        for n in range(settings.AXES_FAILURE_LIMIT):
            self.attempt("staff", "wrong password", xff=xff.format(n=n))

    def test_five_failures_with_a_different_forged_address_each_time_still_lock(self) -> None:
        self.fail_five_times(xff="203.0.113.{n}")
        response = self.client.post(reverse("login"), {"username": "staff", "password": PASSWORD},
                                    HTTP_X_FORWARDED_FOR="203.0.113.99", REMOTE_ADDR="198.51.100.7")
        assert response.status_code in (403, 429)
        assert b"Sign-in paused" in response.content
        assert "_auth_user_id" not in self.client.session
        assert AuditEvent.objects.filter(kind=EventKind.LOGIN_LOCKED_OUT).exists()

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_behind_a_proxy_only_the_address_the_proxy_saw_counts(self) -> None:
        # the client writes anything it likes on the left; the proxy appends the real address
        self.fail_five_times(xff="203.0.113.{n}, 192.0.2.10")
        assert self.attempt("staff", PASSWORD, xff="10.9.9.9, 192.0.2.10") in (403, 429)

    def test_another_user_at_the_same_address_is_not_locked_out(self) -> None:
        self.fail_five_times(xff="")
        assert self.attempt("governor", PASSWORD, xff="") == 302


class SessionTimeoutTests(PersonaTestCase):
    def dashboard(self) -> int:
        """200 while signed in, 401 once the session has ended (the API needs no templates)."""
        return self.client.get(f"/api/accounts/{self.school.slug}/").status_code

    def test_an_idle_session_ends_after_the_idle_timeout(self) -> None:
        with time_machine.travel(timezone.now(), tick=False) as clock:
            self.login(self.staff)
            assert self.dashboard() == 200
            clock.shift(timedelta(seconds=settings.SESSION_COOKIE_AGE - 60))
            assert self.dashboard() == 200
            clock.shift(timedelta(seconds=settings.SESSION_COOKIE_AGE + 1))
            assert self.dashboard() == 401

    def test_an_active_session_still_ends_at_the_absolute_limit(self) -> None:
        with time_machine.travel(timezone.now(), tick=False) as clock:
            self.login(self.staff)
            elapsed = 0
            step = settings.SESSION_COOKIE_AGE // 2
            while elapsed + step < settings.SESSION_ABSOLUTE_SECONDS:
                assert self.dashboard() == 200
                clock.shift(timedelta(seconds=step))
                elapsed += step
            clock.shift(timedelta(seconds=step))
            assert self.dashboard() == 401

    def test_signing_in_issues_a_new_session_key(self) -> None:
        self.client.get(reverse("login"))
        before = self.client.session.session_key
        self.client.post(reverse("login"), {"username": "staff", "password": PASSWORD})
        assert self.client.session.session_key != before


class MfaTests(PersonaTestCase):
    def test_roles_that_reach_credentials_or_safeguarding_need_mfa(self) -> None:
        needs = {name for name in ["head", "slt", "dsl", "media_lead", "administrator", "staff",
                                   "governor", "volunteer", "contractor", "trust_central"]
                 if mfa.requires_mfa(getattr(self, name))}
        # trust central staff: the trust's own pack (Soke) lets its COO authorise credentials
        assert needs == {"head", "slt", "dsl", "media_lead", "administrator", "trust_central"}

    def test_signing_in_sends_a_new_holder_to_enrol_then_verifies_the_session(self) -> None:
        response = self.client.post(reverse("login"), {"username": "head", "password": PASSWORD})
        assert response.status_code == 302 and response["Location"].startswith("/mfa/enrol/")
        page = self.client.get(response["Location"])
        assert b"<svg" in page.content and page["Cache-Control"] == "no-store"
        device = TOTPDevice.objects.get(user=self.head, confirmed=False)
        done = self.client.post(response["Location"], {"code": code_for(device)})
        assert done.status_code == 302
        device.refresh_from_db()
        assert device.confirmed
        assert AuditEvent.objects.filter(kind=EventKind.MFA_ENROLLED).count() == 1

    def test_an_enrolled_holder_must_enter_a_code_after_the_password(self) -> None:
        device = give_device(self.administrator)
        response = self.client.post(reverse("login"),
                                    {"username": "administrator", "password": PASSWORD})
        assert response["Location"].startswith("/mfa/verify/")
        assert self.client.post(response["Location"], {"code": "000000"}).status_code == 400
        assert self.client.post(response["Location"], {"code": code_for(device)}).status_code == 302

    def test_a_code_works_only_once(self) -> None:
        device = give_device(self.administrator)
        self.login(self.administrator)
        code = code_for(device)
        url = reverse("mfa-verify")
        assert self.client.post(url, {"code": code}).status_code == 302
        assert self.client.post(url, {"code": code}).status_code == 400

    def test_repeated_wrong_codes_slow_down_even_the_right_one(self) -> None:
        device = give_device(self.administrator)
        self.login(self.administrator)
        right = code_for(device)  # resets the throttle, so take it before the failures
        for _ in range(3):
            self.client.post(reverse("mfa-verify"), {"code": "000000"})
        assert self.client.post(reverse("mfa-verify"), {"code": right}).status_code == 400
        assert AuditEvent.objects.filter(kind=EventKind.MFA_FAILED).count() == 4

    def test_staff_are_not_asked_for_a_code(self) -> None:
        response = self.client.post(reverse("login"), {"username": "staff", "password": PASSWORD})
        assert response["Location"] == settings.LOGIN_REDIRECT_URL or response[
            "Location"] == reverse(settings.LOGIN_REDIRECT_URL)


class DeployCheckTests(TestCase):
    def test_check_deploy_with_production_settings_reports_nothing(self) -> None:
        env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
        env |= {"SOCIALSAFE_PRODUCTION": "1", "DEBUG": "0",
               "SECRET_KEY": secrets.token_urlsafe(64), "ALLOWED_HOSTS": "socialsafe.example.org",
               "DJANGO_SETTINGS_MODULE": "socialsafe.settings"}
        result = subprocess.run(
            [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "System check identified no issues (0 silenced)." in result.stdout
