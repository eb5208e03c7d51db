"""`socialsafe vault status|init|rotate`: the credential vault's keys (RELIABILITY SEC-03).

`rotate` with a key file: a new key is added in front, every secret is re-encrypted under
it in one transaction, then the old keys are dropped from the file (keep them with
`--keep-old`). With VAULT_KEYS from the environment: put the new key first yourself, run
`rotate` to re-encrypt under it, then remove the old keys from VAULT_KEYS."""

from __future__ import annotations

import argparse
from typing import Any


def register(commands: Any) -> None:
    vault = commands.add_parser("vault", help="the encrypted credential vault")
    sub = vault.add_subparsers(dest="vault_command", required=True, metavar="ACTION")
    sub.add_parser("status", help="key ids and how many secrets each protects").set_defaults(
        handler=run_status)
    sub.add_parser("init", help="create the key file (production)").set_defaults(handler=run_init)
    rotate = sub.add_parser("rotate", help="re-encrypt every secret under a new key")
    rotate.add_argument("--keep-old", action="store_true", help="leave old keys in the key file")
    rotate.set_defaults(handler=run_rotate)


def run_status(args: argparse.Namespace) -> int:
    from socialsafe.cli import setup_django

    setup_django()
    from socialsafe.accounts.keys import load_keyring
    from socialsafe.accounts.vault import key_usage

    ring, usage = load_keyring(), key_usage()
    for index, key_id in enumerate(ring.ids()):
        role = "primary" if index == 0 else "decrypt only"
        print(f"{key_id}\t{role}\t{usage.pop(key_id, 0)} secret(s)")
    for key_id, count in usage.items():
        print(f"{key_id}\tMISSING\t{count} secret(s) cannot be decrypted")
    return 1 if usage else 0


def run_init(args: argparse.Namespace) -> int:
    from socialsafe.cli import UsageError, setup_django

    setup_django()
    from socialsafe.accounts import keys

    if not keys.uses_key_file():
        raise UsageError("VAULT_KEYS is set; the key file is not used")
    if keys.key_file().exists():
        raise UsageError(f"{keys.key_file()} exists already")
    keys.write_key_file((keys.new_key(),))
    print(f"created {keys.key_file()} (mode 0600)")
    return 0


def run_rotate(args: argparse.Namespace) -> int:
    from socialsafe.cli import setup_django

    setup_django()
    from socialsafe.accounts.keys import VaultError, key_file, uses_key_file
    from socialsafe.accounts.vault import rotate_keys

    try:
        result = rotate_keys(keep_old=args.keep_old)
    except VaultError as exc:
        print(f"socialsafe vault rotate: {exc}")
        return 1
    print(f"re-encrypted {result.reencrypted} secret(s) under key {result.primary}")
    old = ", ".join(result.retired_candidates)
    if old and uses_key_file():
        kept = "kept in" if args.keep_old else "removed from"
        print(f"old keys {kept} {key_file()}: {old}")
    elif old:
        print(f"old keys no longer needed: {old} (remove them from VAULT_KEYS)")
    return 0
