"""`socialsafe check`: the pre-publication check of CONTRACT.md.

Registration is cheap; the handler imports the engine (no Django) and only starts Django
when the roster must come from the database (no `--roster` given)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TextIO

from socialsafe.engine.cli_support import (
    load_school_pack,
    parse_line,
    read_csv_file,
    stored_org,
    usage,
)
from socialsafe.engine.registers import parse_roster, parse_staff

if TYPE_CHECKING:
    from socialsafe.engine.drafts import DraftChecker
    from socialsafe.engine.types import CheckResult, Pupil, StaffEntry
    from socialsafe.policy.schema import Pack

EXIT_CODES = {"ok": 0, "blocked": 1, "needs_approval": 3}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check", help="check a draft post against the school's policy pack",
        description="Check a draft post before publication. Exit 0 ok, 1 blocked, "
                    "3 needs approval, 2 usage or input error.")
    parser.add_argument("--school", required=True, metavar="SLUG",
                        help="policy pack (crossflatts, elm-park, moorlands, kingsley, soke) "
                             "or a school's slug in the database")
    parser.add_argument("--roster", metavar="FILE.csv",
                        help="pupil roster CSV (default: the school's stored roster)")
    parser.add_argument("--staff", metavar="FILE.csv",
                        help="staff CSV name,role[,aliases] (default: the stored staff register)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--jsonl", action="store_true",
                        help='batch: read {"id","text"} lines on stdin, write one line each')
    parser.add_argument("text", nargs="?", help="the draft, or - to read it from stdin")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    if args.jsonl and args.text is not None:
        raise usage("give either --jsonl (drafts on stdin) or one TEXT, not both")
    if not args.jsonl and args.text is None:
        raise usage("no draft given: pass TEXT, or - to read it from stdin")
    pack = load_school_pack(args.school)
    roster, staff = _registers(args, pack)
    from socialsafe.engine.drafts import DraftChecker

    checker = DraftChecker(pack, roster, staff)
    if args.jsonl:
        return _run_batch(checker, sys.stdin.buffer, sys.stdout)
    text = _read_text(args.text)
    result = checker.check(text)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
    else:
        print(human_report(text, result))
        print(f"(Checked against {pack.organisation.name}'s policy pack {pack.slug!r} with "
              f"{len(roster):,} pupils on the roster.)")
    return EXIT_CODES[result.verdict]


def _registers(args: argparse.Namespace, pack: Pack) -> tuple[list[Pupil], list[StaffEntry]]:
    roster = read_csv_file(args.roster, "roster", parse_roster) if args.roster else None
    staff = read_csv_file(args.staff, "staff", parse_staff) if args.staff else None
    if roster is None or (staff is None and not args.roster):
        stored_roster, stored_staff = _stored_registers(args.school, need_roster=roster is None)
        roster = roster if roster is not None else stored_roster
        staff = staff if staff is not None else stored_staff
    return roster, staff or []


def _stored_registers(slug: str, *, need_roster: bool) -> tuple[list[Pupil], list[StaffEntry]]:
    """The school's roster and staff register from the database (Django only here)."""

    try:
        org = stored_org(slug)
        if org is None:
            if need_roster:
                print(f"socialsafe check: no school {slug!r} in the database; checking "
                      f"without a pupil roster", file=sys.stderr)
            return [], []
        # a trust or federation account speaks for every pupil in its schools
        orgs = [org, *org.schools.all()]
        pupils = [p.as_engine_pupil() for o in orgs for p in o.pupils.all()]
        staff = [s.as_engine_entry() for o in orgs for s in o.staff.current()]
        if need_roster and not pupils:
            print(f"socialsafe check: {org.name} has no pupils on its stored roster",
                  file=sys.stderr)
        return pupils, staff
    except Exception as exc:
        if need_roster:
            print(f"socialsafe check: cannot read the stored roster ({exc.__class__.__name__}); "
                  f"checking without a pupil roster", file=sys.stderr)
        return [], []


def _read_text(arg: str) -> str:
    if arg == "-":
        raw = sys.stdin.buffer.read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise usage(f"the draft on stdin is not valid UTF-8 (byte {exc.start})") from exc
    else:
        text = arg
    if not text.strip():
        raise usage("the draft is empty")
    return text


def _run_batch(checker: DraftChecker, stream: Any, out: TextIO) -> int:
    write = out.write
    for n, line in enumerate(_lines(stream), start=1):
        write(json.dumps(batch_item(checker, n, line), ensure_ascii=False) + "\n")
    out.flush()
    return 0


def _lines(stream: Any) -> Iterator[bytes]:
    for raw in stream:
        yield raw.rstrip(b"\r\n")


def batch_item(checker: DraftChecker, n: int, raw: bytes) -> dict[str, Any]:
    """One output object of `--jsonl` for input line `n`."""
    item = parse_line(n, raw)
    if "text" not in item:  # the contract's error object for a bad line
        return item
    text: str = item["text"]
    item_id = item.get("id")
    if item_id is not None and not isinstance(item_id, str | int):
        return {"line": n, "error": '"id" must be a string'}
    if not text.strip():
        return {"line": n, "id": item_id, "error": "the draft is empty"}
    result = checker.check(text)
    if item_id is None:  # still answer, and say which line it was
        return {"id": None, "line": n, **result.as_json()}
    return {"id": str(item_id), **result.as_json()}


def human_report(text: str, result: CheckResult) -> str:
    labels = {"ok": "OK — nothing stops this post",
              "needs_approval": "NEEDS APPROVAL before publishing",
              "blocked": "BLOCKED — do not publish as written"}
    lines = [f"Verdict: {labels[result.verdict]}"]
    if not result.findings:
        lines.append("No findings.")
    for i, f in enumerate(result.findings, start=1):
        where = (f"“{_excerpt(text, f.start, f.end)}” (characters {f.start}–{f.end})"
                 if f.start is not None and f.end is not None else "the whole post")
        lines.append(f"{i}. [{f.severity}] {f.category.replace('_', ' ')}: {where}")
        lines.append(f"   {f.message}")
        if f.clause:
            lines.append(f"   Policy: {f.clause}")
    return "\n".join(lines)


def _excerpt(text: str, start: int, end: int, limit: int = 60) -> str:
    piece = " ".join(text[start:end].split())
    return piece if len(piece) <= limit else piece[:limit - 1] + "…"
