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

if TYPE_CHECKING:
    from socialsafe.engine.comments import CommentClassifier
    from socialsafe.engine.types import StaffEntry
    from socialsafe.policy.schema import Pack

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


def _usage(message: str) -> Exception:
    from socialsafe.cli import UsageError

    return UsageError(message)


def handle(args: argparse.Namespace) -> int:
    if args.jsonl == (args.text is not None):
        raise _usage("give --jsonl (comments on stdin) or one TEXT")
    staff = _staff_file(args.staff) if args.staff else None
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


def load_school_pack(slug: str, *, may_use_database: bool) -> Pack:
    from socialsafe.policy.loader import PackError, UnknownPack, bundled_slugs, load_pack

    try:
        return load_pack(slug)
    except UnknownPack:
        pass
    except PackError as exc:
        raise _usage(f"the policy pack {slug!r} is invalid:\n{exc}") from exc
    stored = _stored_org(slug) if may_use_database else None
    if stored is None:
        raise _usage(f"unknown school {slug!r}: use one of {', '.join(bundled_slugs())}"
                     + (" or a school slug from the database" if may_use_database else ""))
    return load_pack(stored.effective_pack_slug)


def _stored_org(slug: str) -> Any:
    try:
        from socialsafe.cli import setup_django

        setup_django()
        from socialsafe.people.models import Organisation

        return Organisation.objects.filter(slug=slug).first()
    except Exception:
        return None


def stored_staff(slug: str) -> list[StaffEntry]:
    """The current staff of the school `slug` from the database, or [] with a note."""
    from socialsafe.engine.types import StaffEntry

    org = _stored_org(slug)
    if org is None:
        print(f"socialsafe classify: no school {slug!r} in the database; staff mentions "
              f"will not be found (use --staff FILE.csv)", file=sys.stderr)
        return []
    try:
        return [StaffEntry(s.full_name, s.role, tuple(s.alias_list()))
                for s in org.staff.filter(left_on__isnull=True)]
    except Exception as exc:
        print(f"socialsafe classify: cannot read the staff register "
              f"({exc.__class__.__name__}); staff mentions will not be found", file=sys.stderr)
        return []


def _staff_file(path: str) -> list[StaffEntry]:
    from socialsafe.engine.registers import CSVRejected, parse_staff

    try:
        with open(path, "rb") as handle:
            text = handle.read().decode("utf-8")
        return parse_staff(text)
    except OSError as exc:
        raise _usage(f"cannot read the staff file {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise _usage(f"the staff file {path} is not valid UTF-8 (byte {exc.start})") from exc
    except CSVRejected as exc:
        lines = "\n".join(f"  {e}" for e in exc.errors[:20])
        raise _usage(f"the staff CSV {path} was rejected:\n{lines}") from exc


def parse_line(n: int, raw: bytes) -> dict[str, Any]:
    """The input object of line `n`, or the contract's error object for a bad line."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return {"line": n, "error": f"not valid UTF-8 (byte {exc.start})"}
    if n == 1:
        line = line.removeprefix("\ufeff")  # a byte-order mark from Windows tools
    if not line.strip():
        return {"line": n, "error": "empty line"}
    try:
        item = json.loads(line)
    except ValueError as exc:
        return {"line": n, "error": f"not valid JSON: {exc}"}
    if not isinstance(item, dict):
        return {"line": n, "error": 'expected an object {"id": ..., "text": ...}'}
    if not isinstance(item.get("text"), str):
        return {"line": n, "error": '"text" must be a string'}
    return item


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
