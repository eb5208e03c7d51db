"""The credential vault (SPEC A4; RELIABILITY SEC-01..03, SEC-07).

Cipher: AES-256-GCM (`cryptography`'s AESGCM). It is authenticated encryption, rated
approved by OWASP ASVS 5 appendix C, unlike Fernet's AES-128-CBC + HMAC which that
appendix lists as legacy. Each secret gets a fresh random 96-bit nonce (the size GCM is
designed for; with random nonces one key stays safe far beyond the number of secrets a
school will ever store). The associated data binds each ciphertext to its account, its
kind and its key id, so a ciphertext copied onto another account or field fails to
decrypt instead of revealing the wrong secret. Keys live outside the database
(`socialsafe.accounts.keys`) and rotate with `socialsafe vault rotate`.

Two ways out, both audited in the same transaction as the read:
- `reveal_secret`: a person the authoriser granted, after re-entering an authenticator
  code (a human sees the secret);
- `read_secret`: background work such as publishing fetches a platform token without a
  second factor, recorded as a system use with its purpose.
Secrets never go to logs, error reports (every local of these functions, and of what they
call, is masked by `sensitive_variables`), the API or the admin."""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.views.decorators.debug import sensitive_variables

from socialsafe.accounts import keys
from socialsafe.accounts.choices import CredentialKind
from socialsafe.accounts.keys import KeyRing, VaultError, load_keyring
from socialsafe.accounts.models import Account, Credential
from socialsafe.audit.log import record
from socialsafe.audit.models import EventKind

NONCE_BYTES = 12
MAX_SECRET_CHARS = 10_000


class CredentialMissing(VaultError):
    """No secret of that kind is stored for the account."""


def associated_data(account_id: int, kind: str, key_id: str) -> bytes:
    return f"socialsafe-vault/v1|account={account_id}|kind={kind}|key={key_id}".encode()


@sensitive_variables()
def encrypt(ring: KeyRing, account_id: int, kind: str, plaintext: str) -> tuple[str, bytes, bytes]:
    key_id = ring.primary_id
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(ring.key(key_id)).encrypt(
        nonce, plaintext.encode(), associated_data(account_id, kind, key_id)
    )
    return key_id, nonce, sealed


@sensitive_variables()
def decrypt(ring: KeyRing, credential: Credential) -> str:
    """The plaintext, or VaultError when the row was altered or moved (GCM tag check)."""
    key = ring.key(credential.key_id)
    aad = associated_data(credential.account_id, credential.kind, credential.key_id)
    try:
        opened = AESGCM(key).decrypt(bytes(credential.nonce), bytes(credential.ciphertext), aad)
    except InvalidTag as exc:
        raise VaultError(
            f"credential {credential.pk} failed its integrity check: it was altered, moved "
            "to another account, or encrypted under a different key; nothing was revealed"
        ) from exc
    return opened.decode()


@sensitive_variables()
def store_secret(
    actor: User, account: Account, kind: str, plaintext: str
) -> Credential:
    """Encrypt and store (or replace) one secret. Callers check permission first."""
    secret = plaintext.strip("\r\n")
    if kind not in CredentialKind.values:
        raise VaultError(f"unknown credential kind {kind!r}")
    if not secret or len(secret) > MAX_SECRET_CHARS:
        raise VaultError(f"a secret must be 1 to {MAX_SECRET_CHARS} characters")
    key_id, nonce, sealed = encrypt(load_keyring(), account.pk, kind, secret)
    with transaction.atomic():
        credential, created = Credential.objects.update_or_create(
            account=account, kind=kind,
            defaults={"key_id": key_id, "nonce": nonce, "ciphertext": sealed,
                      "stored_by": actor, "changed_at": timezone.now()},
        )
        record(EventKind.CREDENTIAL_STORED, actor=actor, organisation=account.organisation,
               target=account, account=account.pk, secret_kind=kind, replaced=not created)
    return credential


def _credential(account: Account, kind: str) -> Credential:
    credential = Credential.objects.filter(account=account, kind=kind).first()
    if credential is None:
        raise CredentialMissing(f"no {kind} is stored for account {account.pk}")
    return credential


@sensitive_variables()
def read_secret(account: Account, kind: str = "api_token", *, purpose: str = "publishing") -> str:
    """System use (background publishing): no second factor, but audited every time."""
    if not account.is_active:
        raise VaultError(f"account {account.pk} is closed")
    with transaction.atomic():
        secret = decrypt(load_keyring(), _credential(account, kind))
        record(EventKind.CREDENTIAL_USED, organisation=account.organisation, target=account,
               account=account.pk, secret_kind=kind, purpose=purpose)
    return secret


@sensitive_variables()
def reveal_to(user: User, account: Account, kind: str) -> str:
    """Decrypt for a person already checked by `access.may_reveal` and `mfa.check_code`;
    the audit entry is written in the same transaction as the read."""
    with transaction.atomic():
        secret = decrypt(load_keyring(), _credential(account, kind))
        record(EventKind.CREDENTIAL_REVEALED, actor=user, organisation=account.organisation,
               target=account, account=account.pk, secret_kind=kind)
    return secret


@dataclass(frozen=True)
class Rotation:
    primary: str
    reencrypted: int
    retired_candidates: list[str]


@sensitive_variables()
def reencrypt_all(ring: KeyRing) -> Rotation:
    """Re-encrypt every stored secret under the ring's primary key in one transaction: all
    rows move, or (on any failure) none do."""
    count = 0
    with transaction.atomic():
        for credential in Credential.objects.select_for_update().order_by("pk"):
            secret = decrypt(ring, credential)
            key_id, nonce, sealed = encrypt(ring, credential.account_id, credential.kind, secret)
            Credential.objects.filter(pk=credential.pk).update(
                key_id=key_id, nonce=nonce, ciphertext=sealed
            )
            count += 1
        record(EventKind.KEYS_ROTATED, primary=ring.primary_id, reencrypted=count)
    return Rotation(ring.primary_id, count, ring.ids()[1:])


def rotate_keys(*, keep_old: bool = False) -> Rotation:
    """The whole rotation. With a key file: add a new primary key (old keys still listed,
    so a failure leaves everything readable), re-encrypt, then drop the old keys."""
    ring = keys.load_keyring()
    if keys.uses_key_file():
        ring = KeyRing((keys.new_key(), *ring.keys))
        keys.write_key_file(ring.keys)
    result = reencrypt_all(ring)
    if keys.uses_key_file() and not keep_old:
        keys.write_key_file(ring.keys[:1])
    return result


def key_usage() -> dict[str, int]:
    """How many stored secrets each key id protects (for `socialsafe vault status`)."""
    usage: dict[str, int] = {}
    for key_id in Credential.objects.values_list("key_id", flat=True):
        usage[key_id] = usage.get(key_id, 0) + 1
    return usage
