"""Parsing the roster and staff CSV files of CONTRACT.md.

All or nothing: every bad row is reported with its line number and nothing from a
rejected file is returned. The web upload, the CLI import and the engine's `--roster`
and `--staff` options all parse through here."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from socialsafe.engine.types import Pupil, StaffEntry

ROSTER_COLUMNS = (
    "upn", "legal_forename", "legal_surname", "preferred_forename", "year_group",
    "photo_consent", "name_consent", "do_not_publish",
)
YEAR_GROUPS = {"N", "R", *map(str, range(1, 14))}
YES_NO = {"yes": True, "no": False}
STAFF_ROLES = {
    "head", "slt", "dsl", "media_lead", "administrator", "staff", "governor", "volunteer",
    "contractor", "trust_central",
}


@dataclass(frozen=True)
class RowError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


class CSVRejected(ValueError):
    def __init__(self, errors: list[RowError]):
        self.errors = errors
        super().__init__("; ".join(map(str, errors[:20])))


def _rows(text: str, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise CSVRejected([RowError(1, "the file is empty")])
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in required if c not in header]
    if missing:
        raise CSVRejected([RowError(1, f"missing column(s): {', '.join(missing)}")])
    reader.fieldnames = header
    rows = []
    try:
        for row in reader:
            if None in row:
                raise CSVRejected([RowError(reader.line_num, "more values than columns")])
            cleaned = {k: (v or "").strip() for k, v in row.items()}
            if any(cleaned.values()):
                rows.append((reader.line_num, cleaned))
    except csv.Error as exc:
        raise CSVRejected([RowError(reader.line_num, f"not valid CSV: {exc}")]) from exc
    return rows


def _yes_no(row: dict[str, str], column: str, errors: list[str]) -> bool:
    value = row.get(column, "").lower()
    if value not in YES_NO:
        errors.append(f"{column} must be yes or no, not {row.get(column, '')!r}")
        return False
    return YES_NO[value]


def parse_roster(text: str) -> list[Pupil]:
    pupils: list[Pupil] = []
    problems: list[RowError] = []
    seen: dict[str, int] = {}
    for line, row in _rows(text, ROSTER_COLUMNS[:3] + ROSTER_COLUMNS[4:]):
        errors: list[str] = []
        for column in ("upn", "legal_forename", "legal_surname"):
            if not row.get(column):
                errors.append(f"{column} is empty")
        year = row.get("year_group", "").upper()
        if year not in YEAR_GROUPS:
            errors.append(f"year_group must be N, R or 1-13, not {row.get('year_group')!r}")
        flags = [_yes_no(row, c, errors) for c in ROSTER_COLUMNS[5:]]
        upn = row.get("upn", "")
        if upn and upn in seen:
            errors.append(f"upn {upn} already appears on line {seen[upn]}")
        seen.setdefault(upn, line)
        problems.extend(RowError(line, e) for e in errors)
        if not errors:
            pupils.append(Pupil(upn, row["legal_forename"], row["legal_surname"],
                                row.get("preferred_forename", ""), year, *flags))
    if problems:
        raise CSVRejected(problems)
    return pupils


ROLE_SYNONYMS = {
    "headteacher": "head", "head_teacher": "head", "principal": "head",
    "executive_head": "head", "deputy_head": "slt", "assistant_head": "slt",
    "senior_leader": "slt", "designated_safeguarding_lead": "dsl", "teacher": "staff",
    "class_teacher": "staff", "teaching_assistant": "staff", "office": "staff",
    "media": "media_lead", "admin": "administrator", "coo": "trust_central",
}


def normalise_role(role: str) -> str:
    key = role.strip().lower().replace(" ", "_").replace("-", "_")
    return ROLE_SYNONYMS.get(key, key)


def name_key(name: str) -> str:
    """How two spellings of one person's name compare: case and spacing ignored."""
    return " ".join(name.split()).casefold()


def parse_staff(text: str, *, strict_roles: bool = False) -> list[StaffEntry]:
    """Staff CSV of CONTRACT.md. The engine only needs names, so free-text roles are
    kept as given; the staff register import (`strict_roles`) insists on SPEC R2 roles
    and one row per person, since it matches people by name."""
    staff: list[StaffEntry] = []
    problems: list[RowError] = []
    seen: dict[str, int] = {}
    for line, row in _rows(text, ("name", "role")):
        role = normalise_role(row["role"])
        if not row["name"]:
            problems.append(RowError(line, "name is empty"))
        if strict_roles and role not in STAFF_ROLES:
            problems.append(RowError(line, f"unknown role {row['role']!r}"))
        key = name_key(row["name"])
        if strict_roles and key and key in seen:
            problems.append(RowError(line, f"{row['name']} already appears on line {seen[key]}"))
        seen.setdefault(key, line)
        aliases = tuple(a.strip() for a in row.get("aliases", "").split(";") if a.strip())
        staff.append(StaffEntry(row["name"], role, aliases))
    if problems:
        raise CSVRejected(problems)
    return staff
