"""`socialsafe classify`: moderation labels for incoming comments (CONTRACT.md).

    socialsafe classify --school SLUG [--staff FILE.csv] --jsonl < comments.jsonl

One output line per input line, in order: `{"id", "labels", "action", "scores", ...}` with
the input's other fields passed through (not `text`), or `{"line": n, "error": ...}` for
a line that is not a JSON object with a string `text`; the run goes on. Lines are
classified in batches so the learned model runs at full speed. Django is started only
when the staff register (or the school's pack) must come from the database."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from socialsafe.engine.cli_support import (
    load_school_pack,
    parse_line,
    read_csv_file,
    stored_org,
    usage,
)
from socialsafe.engine.registers import parse_staff

if TYPE_CHECKING:
    from socialsafe.engine.comments import CommentClassifier
    from socialsafe.engine.types import StaffEntry

BATCH = 512
OWN_FIELDS = ("id", "labels", "action", "scores")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "classify", help="label incoming comments (abuse, complaint, safeguarding, …)",
        description="Classify comments read as JSON lines on stdin; exit 2 on a usage error.")
    parser.add_argument("--school", required=True, metavar="SLUG",
                        help="policy pack (crossflatts, elm-park, moorlands, kingsley, soke) "
                             "or a school's slug in the database")
    parser.add_argument("--staff", metavar="FILE.csv",
                        help="staff CSV name,role[,aliases] (default: the stored staff register)")
    parser.add_argument("--jsonl", action="store_true",
                        help='read {"id", "text"} lines on stdin and write one line each')
    parser.add_argument("text", nargs="?", help="one comment (instead of --jsonl)")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    if args.jsonl == (args.text is not None):
        raise usage("give --jsonl (comments on stdin) or one TEXT")
    staff = read_csv_file(args.staff, "staff", parse_staff) if args.staff else None
    pack = load_school_pack(args.school, may_use_database=staff is None)
    if staff is None:
        staff = stored_staff(args.school)
    from socialsafe.engine.comments import CommentClassifier

    classifier = CommentClassifier(pack, staff)
    if not args.jsonl:
        print(json.dumps(classifier.classify(args.text).as_json(), ensure_ascii=False))
        return 0
    run_batch(classifier, sys.stdin.buffer, sys.stdout)
    return 0


def stored_staff(slug: str) -> list[StaffEntry]:
    """The current staff of the school `slug` from the database, or [] with a note."""

    org = stored_org(slug)
    if org is None:
        print(f"socialsafe classify: no school {slug!r} in the database; staff mentions "
              f"will not be found (use --staff FILE.csv)", file=sys.stderr)
        return []
    try:
        return [s.as_engine_entry() for s in org.staff.current()]
    except Exception as exc:
        print(f"socialsafe classify: cannot read the staff register "
              f"({exc.__class__.__name__}); staff mentions will not be found", file=sys.stderr)
        return []


def _output(item: dict[str, Any], result: dict[str, Any]) -> dict[str, Any]:
    item_id = item.get("id")
    extra = {k: v for k, v in item.items() if k not in OWN_FIELDS and k != "text"}
    return {"id": item_id if item_id is None or isinstance(item_id, str) else str(item_id),
            **result, **extra}


def _chunks(stream: Iterable[bytes]) -> Iterator[list[tuple[int, bytes]]]:
    chunk: list[tuple[int, bytes]] = []
    for n, raw in enumerate(stream, start=1):
        chunk.append((n, raw.rstrip(b"\r\n")))
        if len(chunk) >= BATCH:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_batch(classifier: CommentClassifier, stream: BinaryIO, out: TextIO) -> None:
    for chunk in _chunks(stream):
        items = [parse_line(n, raw) for n, raw in chunk]
        texts = [item["text"] for item in items if "text" in item]  # errors have no text
        results = iter(classifier.classify_many(texts))
        lines = [_output(item, next(results).as_json()) if "text" in item else item
                 for item in items]
        out.write("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines))
    out.flush()
