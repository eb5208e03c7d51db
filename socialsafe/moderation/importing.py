"""Importing a platform's comment export, CSV or JSON (SPEC M1).

Columns (or JSON keys), with the names platforms' exports use accepted as aliases:
`id` (comment id), `author_id`, `author_name`, `text`, `created_time` (ISO 8601 or Unix
seconds). A row without an id or text is reported with its line number; nothing is
stored until the moderator confirms the preview."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.utils.dateparse import parse_datetime

from socialsafe.jobs import report_progress
from socialsafe.moderation import ingest
from socialsafe.moderation.models import ImportBatch

ALIASES = {
    "id": ("id", "comment_id", "platform_id"),
    "author_id": ("author_id", "from_id", "user_id"),
    "author_name": ("author_name", "from_name", "author", "username", "name"),
    "text": ("text", "message", "comment", "content"),
    "created_time": ("created_time", "created_at", "timestamp", "date"),
}
MAX_ROWS = 20_000


@dataclass(frozen=True)
class Parsed:
    rows: list[dict[str, str]]
    errors: list[str]


def parse_export(filename: str, data: bytes) -> Parsed:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return Parsed([], ["The file is not UTF-8 text."])
    if filename.lower().endswith(".json") or text.lstrip().startswith(("[", "{")):
        return _rows(_json_records(text))
    return _rows([(n + 2, r) for n, r in enumerate(csv.DictReader(io.StringIO(text)))])


def _json_records(text: str) -> list[tuple[int, Any]]:
    try:
        body = json.loads(text)
    except json.JSONDecodeError as exc:
        return [(exc.lineno, f"not valid JSON: {exc.msg}")]
    if isinstance(body, dict):
        body = body.get("comments") or body.get("data") or []
    return [(n + 1, r) for n, r in enumerate(body if isinstance(body, list) else [])]


def _rows(records: list[tuple[int, Any]]) -> Parsed:
    rows, errors = [], []
    for line, record in records[:MAX_ROWS]:
        if not isinstance(record, dict):
            errors.append(f"Item {line}: {record if isinstance(record, str) else 'not an object'}")
            continue
        row = {field: _first(record, names) for field, names in ALIASES.items()}
        if not row["id"] or not row["text"]:
            errors.append(f"Line {line}: needs a comment id and its text")
            continue
        rows.append(row)
    if len(records) > MAX_ROWS:
        errors.append(f"Only the first {MAX_ROWS} rows are read.")
    return Parsed(rows, errors)


def _first(record: dict[str, Any], names: tuple[str, ...]) -> str:
    lowered = {str(k).strip().lower(): v for k, v in record.items()}
    return next((str(lowered[n]).strip() for n in names if lowered.get(n) not in (None, "")), "")


def posted_at(value: str) -> datetime | None:
    if value.isdigit():
        return datetime.fromtimestamp(int(value), tz=UTC)
    parsed = parse_datetime(value) if value else None
    return parsed.replace(tzinfo=parsed.tzinfo or UTC) if parsed else None


def import_batch(batch_id: int) -> int:
    """Store the batch's comments, reporting progress; keyed by comment id, so a rerun after
    a crash stores only what is missing."""
    batch = ImportBatch.objects.select_related("account").get(pk=batch_id)
    total, new_ids = len(batch.rows), []
    for done, row in enumerate(batch.rows, start=1):
        comment = ingest.record_comment(batch.account, ingest.Incoming(
            row["id"], row["author_id"], row["author_name"], row["text"],
            posted_at(row["created_time"])), source="import")
        if comment is not None:
            new_ids.append(comment.pk)
        if done % 25 == 0 or done == total:
            report_progress(done, total)
    ImportBatch.objects.filter(pk=batch.pk).update(imported=len(new_ids))
    ingest.queue_classification(new_ids)
    return len(new_ids)
