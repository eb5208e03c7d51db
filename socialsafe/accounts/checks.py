"""System checks for the vault's keys (RELIABILITY SEC-02): malformed keys, or a key file
others can read, are reported by `manage.py check`; a missing key is refused at first use
in production (`keys.load_keyring`)."""

from __future__ import annotations

from typing import Any

from django.core.checks import CheckMessage, Error, Warning, register

from socialsafe.accounts import keys


@register("security")
def vault_keys_check(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    found: list[CheckMessage] = []
    if not keys.uses_key_file():
        from django.conf import settings

        try:
            keys.parse_entries(settings.VAULT_KEYS, "VAULT_KEYS")
        except keys.VaultError as exc:
            found.append(Error(str(exc), id="accounts.E001"))
        return found
    path = keys.key_file()
    if path.exists() and not keys.file_is_private(path):
        found.append(Warning(f"{path} can be read by other users of this machine",
                             hint=f"chmod 600 {path}", id="accounts.W001"))
    return found
