"""`socialsafe pack list` and `socialsafe pack validate FILE` (CONTRACT.md).

Loading packs needs pydantic, so the imports live inside the handlers and the rest of the
command line starts fast."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any


def register(commands: Any) -> None:
    parser = commands.add_parser("pack", help="list and validate policy packs")
    actions = parser.add_subparsers(dest="pack_command", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="one line per pack, with its review date")
    listing.set_defaults(handler=list_packs)
    validate = actions.add_parser("validate", help="check pack files; exit 2 on any problem")
    validate.add_argument("files", nargs="+", metavar="FILE")
    validate.set_defaults(handler=validate_files)


def today() -> date:
    return date.today()


def list_packs(args: argparse.Namespace) -> int:
    from socialsafe.policy.loader import PackError, all_slugs, find_pack_file, load_pack_file
    from socialsafe.policy.review import review_status

    status = 0
    for slug in all_slugs():
        try:
            pack = load_pack_file(find_pack_file(slug))
        except PackError as exc:
            print(exc, file=sys.stderr)
            status = 2
            continue
        review = review_status(pack, today())
        due = review.due.isoformat() if review.due else "no review date"
        columns = [pack.slug, pack.organisation.name, pack.policy.version, due]
        print("\t".join(columns + (["OVERDUE"] if review.overdue else [])))
    return status


def validate_files(args: argparse.Namespace) -> int:
    from pathlib import Path

    from socialsafe.policy.loader import PackError, load_pack_file

    status = 0
    for name in args.files:
        try:
            pack = load_pack_file(Path(name))
        except PackError as exc:
            for problem in exc.problems:
                print(problem, file=sys.stderr)
            status = 2
            continue
        print(f"{name}: valid pack {pack.slug!r} ({len(pack.all_rules())} rules)")
    return status
