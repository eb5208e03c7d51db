"""`socialsafe import roster|staff --school SLUG FILE.csv` (SPEC R1, R2, X1).

All or nothing: a file with any bad line changes nothing, every bad line goes to stderr
and the exit status is 2."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from socialsafe.cli import UsageError, setup_django


def register(commands: Any) -> None:
    parser = commands.add_parser("import", help="import a pupil roster or staff list (CSV)")
    kinds = parser.add_subparsers(dest="kind", required=True, metavar="KIND")
    for kind, help_text in (("roster", "pupil roster CSV"), ("staff", "staff list CSV")):
        sub = kinds.add_parser(kind, help=f"replace a school's {help_text}")
        sub.add_argument("--school", required=True, help="organisation slug")
        sub.add_argument("file", type=Path, help="CSV file (CONTRACT.md), or - for stdin")
        sub.set_defaults(handler=run_import)


def _read(path: Path) -> str:
    if str(path) == "-":
        return sys.stdin.read()
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path} is not UTF-8 text") from exc


def run_import(args: argparse.Namespace) -> int:
    text = _read(args.file)
    setup_django()
    from socialsafe.engine.registers import CSVRejected
    from socialsafe.people import importing
    from socialsafe.people.models import Organisation

    org = Organisation.objects.filter(slug=args.school).first()
    if org is None:
        raise UsageError(f"no organisation called {args.school!r}")
    if args.kind == "roster" and not org.is_school:
        raise UsageError(f"{org.name} is not a school: only schools have a pupil roster")
    try:
        if args.kind == "roster":
            roster = importing.plan_roster(org, text)
            importing.apply_roster(org, roster)
            counts = roster.counts()
        else:
            staff = importing.plan_staff(org, text)
            importing.apply_staff(org, staff)
            counts = staff.counts()
    except CSVRejected as exc:
        for error in exc.errors:
            print(f"{args.file}:{error.line}: {error.message}", file=sys.stderr)
        print(f"socialsafe import: {args.file} rejected, nothing imported", file=sys.stderr)
        return 2
    summary = ", ".join(f"{n} {label}" for label, n in counts.items())
    print(f"{org.name}: {args.kind} imported ({summary})")
    return 0
