"""The vault's key ring: keys held outside the database (RELIABILITY SEC-02).

Keys come from the `VAULT_KEYS` setting (comma-separated `id:base64url-key`, newest first)
or, when that is empty, from `VAULT_KEY_FILE` (one `id:key` a line, newest first). In
development the key file is created on first use, readable by its owner only (0600); in
production a missing key is an error, never a silent plaintext mode."""

from __future__ import annotations

import base64
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils import timezone

KEY_BYTES = 32  # AES-256


class VaultError(Exception):
    """The vault cannot do what was asked; the message never contains a secret."""


@dataclass(frozen=True)
class KeyRing:
    """Keys by id, the first one the primary that encrypts; the others only decrypt."""

    keys: tuple[tuple[str, bytes], ...]

    @property
    def primary_id(self) -> str:
        return self.keys[0][0]

    def key(self, key_id: str) -> bytes:
        for kid, material in self.keys:
            if kid == key_id:
                return material
        raise VaultError(f"vault key {key_id!r} is not available; was it removed too early?")

    def ids(self) -> list[str]:
        return [kid for kid, _ in self.keys]


def new_key() -> tuple[str, bytes]:
    """A fresh random key with an id that sorts by creation time."""
    return f"k{timezone.now():%Y%m%d%H%M%S}{secrets.token_hex(2)}", secrets.token_bytes(KEY_BYTES)


def encode_entry(key_id: str, material: bytes) -> str:
    return f"{key_id}:{base64.urlsafe_b64encode(material).decode()}"


def parse_entries(text: str, where: str) -> tuple[tuple[str, bytes], ...]:
    entries = []
    for number, raw in enumerate(text.replace(",", "\n").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key_id, sep, encoded = line.partition(":")
        try:
            material = base64.urlsafe_b64decode(encoded.encode())
        except ValueError as exc:
            raise VaultError(f"{where}, entry {number}: the key is not base64") from exc
        if not sep or not key_id or len(material) != KEY_BYTES:
            raise VaultError(f"{where}, entry {number}: expected id:key with a 32-byte key")
        entries.append((key_id, material))
    if len({kid for kid, _ in entries}) != len(entries):
        raise VaultError(f"{where}: two keys share an id")
    return tuple(entries)


def key_file() -> Path:
    return Path(settings.VAULT_KEY_FILE)


def uses_key_file() -> bool:
    return not settings.VAULT_KEYS.strip()


def write_key_file(entries: tuple[tuple[str, bytes], ...]) -> None:
    """Replace the key file atomically, owner-readable only."""
    path = key_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write("".join(encode_entry(k, m) + "\n" for k, m in entries))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)


def load_keyring() -> KeyRing:
    if not uses_key_file():
        return KeyRing(parse_entries(settings.VAULT_KEYS, "VAULT_KEYS"))
    path = key_file()
    if not path.exists():
        if getattr(settings, "PRODUCTION", False):
            raise VaultError(
                f"no vault key: set VAULT_KEYS or create {path} with `socialsafe vault init`"
            )
        write_key_file((new_key(),))
    entries = parse_entries(path.read_text(), str(path))
    if not entries:
        raise VaultError(f"{path} holds no key")
    return KeyRing(entries)


def file_is_private(path: Path) -> bool:
    return path.stat().st_mode & 0o077 == 0
