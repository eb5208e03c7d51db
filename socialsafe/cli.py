"""The `socialsafe` command line (CONTRACT.md).

Each domain contributes its sub-commands through a `register(subparsers)` function in
its own `cli` module. Registration must stay cheap: heavy imports (Django, models) go
inside the handlers, so `check` and `classify` start fast."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

COMMAND_MODULES = [
    "socialsafe.engine.cli",
    "socialsafe.engine.classify_cli",
    "socialsafe.policy.cli",
    "socialsafe.people.cli",
    "socialsafe.audit.cli",
    "socialsafe.accounts.cli",
]


class UsageError(Exception):
    """Bad arguments or input: printed on stderr, exit status 2."""


def setup_django() -> None:
    """Start Django for commands that need the database."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "socialsafe.settings")
    import django

    django.setup()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="socialsafe", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except UsageError as exc:
        print(f"socialsafe {args.command}: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
