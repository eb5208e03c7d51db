"""What `socialsafe check` and `socialsafe classify` share: finding the school's pack,
reading register CSV files, reaching the stored registers, and validating JSON lines.

Django is imported only inside `stored_org`, so runs given their registers as files
never start it."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from socialsafe.policy.schema import Pack

T = TypeVar("T")


def usage(message: str) -> Exception:
    from socialsafe.cli import UsageError

    return UsageError(message)


def stored_org(slug: str) -> Any:
    """The organisation `slug` in the database, else the one school whose pack is `slug`;
    None when there is no such school or no database to ask."""
    try:
        from socialsafe.cli import setup_django

        setup_django()
        from socialsafe.people.models import Organisation

        org = Organisation.objects.filter(slug=slug).first()
        if org is None:
            candidates = list(Organisation.objects.filter(pack_slug=slug, kind="school")[:2])
            org = candidates[0] if len(candidates) == 1 else None
        return org
    except Exception:
        return None


def load_school_pack(slug: str, *, may_use_database: bool = True) -> Pack:
    """A bundled pack by its slug, or the pack in force at a school stored in the database."""
    from socialsafe.policy.loader import PackError, UnknownPack, bundled_slugs, load_pack

    try:
        return load_pack(slug)
    except UnknownPack:
        pass
    except PackError as exc:
        raise usage(f"the policy pack {slug!r} is invalid:\n{exc}") from exc
    org = stored_org(slug) if may_use_database else None
    if org is None:
        raise usage(f"unknown school {slug!r}: use one of {', '.join(bundled_slugs())}"
                    + (" or a school slug from the database" if may_use_database else ""))
    return load_pack(org.effective_pack_slug)


def read_csv_file(path: str, what: str, parse: Callable[[str], list[T]]) -> list[T]:
    """Parse a register CSV file; any problem becomes a usage error naming the file."""
    from socialsafe.engine.registers import CSVRejected

    try:
        with open(path, "rb") as handle:
            return parse(handle.read().decode("utf-8"))
    except OSError as exc:
        raise usage(f"cannot read the {what} file {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise usage(f"the {what} file {path} is not valid UTF-8 (byte {exc.start})") from exc
    except CSVRejected as exc:
        lines = "\n".join(f"  {e}" for e in exc.errors[:20])
        raise usage(f"the {what} CSV {path} was rejected:\n{lines}") from exc


def parse_line(n: int, raw: bytes) -> dict[str, Any]:
    """The input object of JSON line `n`, or CONTRACT's `{"line", "error"}` for a bad line."""
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
