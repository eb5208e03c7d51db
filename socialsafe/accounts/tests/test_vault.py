# mypy: disable-error-code="arg-type, misc"
"""The credential vault (SPEC A4; RELIABILITY SEC-01..03, SEC-07)."""

from __future__ import annotations

import logging
import stat
import tempfile
from pathlib import Path

from django.conf import settings
from django.test import override_settings

from socialsafe.accounts import keys, vault
from socialsafe.accounts.keys import VaultError
from socialsafe.accounts.models import Credential
from socialsafe.accounts.testing import fresh_vault_keys, make_account, member, with_test_vault
from socialsafe.audit.log import verify
from socialsafe.audit.models import AuditEvent, EventKind
from socialsafe.core.testing import PersonaTestCase

SECRET = "Sup3r-secret-Passw0rd!"


@with_test_vault()
class VaultTests(PersonaTestCase):
    def setUp(self) -> None:
        self.account = make_account(self.school, owners=[member(self.media_lead, self.school)])

    def test_it_stores_ciphertext_not_plaintext(self) -> None:
        credential = vault.store_secret(self.administrator, self.account, "password", SECRET)
        credential.refresh_from_db()
        assert SECRET.encode() not in bytes(credential.ciphertext)
        assert len(bytes(credential.nonce)) == 12
        assert vault.read_secret(self.account, "password") == SECRET

    def test_it_uses_a_fresh_nonce_each_time(self) -> None:
        first = vault.store_secret(self.administrator, self.account, "password", SECRET).nonce
        second = vault.store_secret(self.administrator, self.account, "password", SECRET).nonce
        assert bytes(first) != bytes(second)

    def test_a_tampered_ciphertext_fails_loudly_and_reveals_nothing(self) -> None:
        credential = vault.store_secret(self.administrator, self.account, "password", SECRET)
        sealed = bytearray(bytes(credential.ciphertext))
        sealed[0] ^= 0x01
        Credential.objects.filter(pk=credential.pk).update(ciphertext=bytes(sealed))
        before = AuditEvent.objects.filter(kind=EventKind.CREDENTIAL_USED).count()
        with self.assertRaisesMessage(VaultError, "integrity check"):
            vault.read_secret(self.account, "password")
        assert AuditEvent.objects.filter(kind=EventKind.CREDENTIAL_USED).count() == before

    def test_a_ciphertext_moved_to_another_account_does_not_decrypt(self) -> None:
        other = make_account(self.school, handle="@other")
        credential = vault.store_secret(self.administrator, self.account, "password", SECRET)
        Credential.objects.create(account=other, kind="password", key_id=credential.key_id,
                                  nonce=credential.nonce, ciphertext=credential.ciphertext)
        with self.assertRaises(VaultError):
            vault.read_secret(other, "password")

    def test_system_reads_are_audited_with_their_purpose(self) -> None:
        vault.store_secret(self.administrator, self.account, "api_token", "tok-123")
        assert vault.read_secret(self.account) == "tok-123"
        event = AuditEvent.objects.filter(kind=EventKind.CREDENTIAL_USED).latest("seq")
        assert event.data["purpose"] == "publishing"
        assert event.actor_name == "system"
        assert "tok-123" not in str(event.data)

    def test_a_closed_account_gives_no_token(self) -> None:
        vault.store_secret(self.administrator, self.account, "api_token", "tok-123")
        self.account.status = "closed"
        self.account.save()
        with self.assertRaises(VaultError):
            vault.read_secret(self.account)

    def test_rotation_reencrypts_everything_and_the_old_key_can_go(self) -> None:
        old_keys = fresh_vault_keys("old")
        with override_settings(VAULT_KEYS=old_keys):
            for n in range(5):
                account = make_account(self.school, handle=f"@acc{n}")
                vault.store_secret(self.administrator, account, "password", f"pw-{n}")
        both = fresh_vault_keys("new") + "," + old_keys
        with override_settings(VAULT_KEYS=both):
            result = vault.rotate_keys()
        assert result.reencrypted == 5 and result.primary == "new"
        assert set(Credential.objects.values_list("key_id", flat=True)) == {"new"}
        with override_settings(VAULT_KEYS=both.split(",")[0]):  # old key removed
            for n, credential in enumerate(Credential.objects.order_by("pk")):
                assert vault.read_secret(credential.account, "password") == f"pw-{n}"
        assert verify() == []

    def test_rotation_is_all_or_nothing(self) -> None:
        vault.store_secret(self.administrator, self.account, "password", SECRET)
        other = make_account(self.school, handle="@other")
        vault.store_secret(self.administrator, other, "password", SECRET)
        Credential.objects.filter(account=other).update(ciphertext=b"garbage-garbage-garbage")
        both = fresh_vault_keys("new") + "," + settings.VAULT_KEYS
        with override_settings(VAULT_KEYS=both), self.assertRaises(VaultError):
            vault.rotate_keys()
        assert set(Credential.objects.values_list("key_id", flat=True)) == {"test1"}

    def test_secrets_never_reach_the_logs(self) -> None:
        with self.assertLogs(level=logging.DEBUG) as logs:
            logging.getLogger("socialsafe.test").warning("start")
            vault.store_secret(self.administrator, self.account, "password", SECRET)
            vault.read_secret(self.account, "password")
        assert not any(SECRET in line for line in logs.output)


class KeyFileTests(PersonaTestCase):
    def test_the_key_file_is_created_private_on_first_use_in_development(self) -> None:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "vault.keys"
            with override_settings(VAULT_KEYS="", VAULT_KEY_FILE=str(path), PRODUCTION=False):
                ring = keys.load_keyring()
            assert path.exists() and len(ring.keys) == 1
            assert stat.S_IMODE(path.stat().st_mode) == 0o600

    def test_production_without_a_key_refuses_to_start_the_vault(self) -> None:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "vault.keys"
            production = override_settings(VAULT_KEYS="", VAULT_KEY_FILE=str(path),
                                           PRODUCTION=True)
            with production, self.assertRaisesMessage(VaultError, "no vault key"):
                keys.load_keyring()
            assert not path.exists()

    def test_rotation_with_a_key_file_leaves_only_the_new_key(self) -> None:
        account = make_account(self.school)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "vault.keys"
            with override_settings(VAULT_KEYS="", VAULT_KEY_FILE=str(path), PRODUCTION=False):
                vault.store_secret(self.administrator, account, "password", SECRET)
                old = keys.load_keyring().primary_id
                result = vault.rotate_keys()
                ring = keys.load_keyring()
                assert ring.ids() == [result.primary] != [old]
                assert vault.read_secret(account, "password") == SECRET
            assert stat.S_IMODE(path.stat().st_mode) == 0o600

    def test_bad_keys_are_refused_with_a_clear_message(self) -> None:
        short_key = override_settings(VAULT_KEYS="k1:c2hvcnQ=")
        with short_key, self.assertRaisesMessage(VaultError, "32-byte key"):
            keys.load_keyring()


class VaultCheckTests(PersonaTestCase):
    def test_malformed_keys_and_a_readable_key_file_are_reported(self) -> None:
        from socialsafe.accounts.checks import vault_keys_check

        with override_settings(VAULT_KEYS="nonsense"):
            assert [m.id for m in vault_keys_check()] == ["accounts.E001"]
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "vault.keys"
            with override_settings(VAULT_KEYS="", VAULT_KEY_FILE=str(path)):
                keys.load_keyring()
                assert vault_keys_check() == []
                path.chmod(0o644)
                assert [m.id for m in vault_keys_check()] == ["accounts.W001"]


@with_test_vault()
class VaultCliTests(PersonaTestCase):
    def test_status_and_rotate_from_the_command_line(self) -> None:
        import io
        from contextlib import redirect_stdout

        from socialsafe.cli import main

        vault.store_secret(self.administrator, make_account(self.school), "password", SECRET)
        out = io.StringIO()
        with redirect_stdout(out):
            assert main(["vault", "status"]) == 0
        assert "test1\tprimary\t1 secret(s)" in out.getvalue()
        both = fresh_vault_keys("k2") + "," + settings.VAULT_KEYS
        with override_settings(VAULT_KEYS=both), redirect_stdout(out):
            assert main(["vault", "rotate"]) == 0
        assert "re-encrypted 1 secret(s) under key k2" in out.getvalue()
        assert "old keys no longer needed: test1 (remove them from VAULT_KEYS)" in out.getvalue()


@with_test_vault()
class SameTransactionTests(PersonaTestCase):
    def test_a_change_whose_audit_entry_fails_is_not_saved(self) -> None:
        from unittest import mock

        account = make_account(self.school)
        audit_down = mock.patch("socialsafe.accounts.vault.record", side_effect=RuntimeError)
        with audit_down, self.assertRaises(RuntimeError):
            vault.store_secret(self.administrator, account, "password", SECRET)
        assert not Credential.objects.exists()
