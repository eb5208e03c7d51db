"""`socialsafe audit verify`: walk the hash chain and report every break (SPEC D3)."""

from __future__ import annotations

import argparse
from typing import Any


def register(commands: Any) -> None:
    audit = commands.add_parser("audit", help="the hash-chained audit log")
    sub = audit.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    verify = sub.add_parser("verify", help="check that no entry was changed or removed")
    verify.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    from socialsafe.cli import setup_django

    setup_django()
    from socialsafe.audit.log import verify
    from socialsafe.audit.models import AuditEvent

    problems = verify()
    if problems:
        print(f"audit chain BROKEN: {len(problems)} problem(s)")
        for problem in problems:
            print(f"  {problem}")
        return 1
    print(f"audit chain intact ({AuditEvent.objects.count()} entries)")
    return 0
