"""Validation problems as FILE:LINE: FIELD: reason (SPEC P3).

Pydantic reports where in the data a problem is (`loc`); the pack's origins (located.py)
say which file and line wrote that part. Reasons are rewritten to help the writer: an
unknown key or word suggests the nearest allowed one."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from types import UnionType
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from socialsafe.policy.located import Origins, PathKey
from socialsafe.policy.schema import Pack


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.reason}"


class PackError(Exception):
    """A pack that cannot be used, with every problem found; nothing of it applies."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(map(str, problems)))


def problem_from_error(error: ErrorDetails, origins: Origins) -> Problem:
    loc: PathKey = tuple(error["loc"]) + tuple(error.get("ctx", {}).get("at", ()))
    where, found = origins.nearest(_data_path(loc, origins))
    field = list(found)
    if error["type"] == "missing" and loc:
        field.append(loc[-1])
    return Problem(where.file, where.line, dotted(tuple(field)) or "(pack)", _reason(error))


def _data_path(loc: PathKey, origins: Origins) -> PathKey:
    """Drop pydantic's own loc segments (union members, '[key]') that are not in the data."""
    path: PathKey = ()
    for segment in loc:
        if (*path, segment) in origins.places:
            path = (*path, segment)
    return path


def _reason(error: ErrorDetails) -> str:
    message = error["msg"].removeprefix("Value error, ")
    if error["type"] == "extra_forbidden":
        name = str(error["loc"][-1])
        close = difflib.get_close_matches(name, _fields_at(tuple(error["loc"][:-1])), n=1)
        message = "unknown field" + (f"; did you mean {close[0]!r}?" if close else "")
    elif error["type"] in ("literal_error", "enum"):
        given = str(error.get("input"))
        expected = str(error.get("ctx", {}).get("expected", "")).replace(" or ", ", ")
        options = expected.replace("'", "").split(", ")
        close = difflib.get_close_matches(given, options, n=1)
        if close:
            message = f"{given!r} is not allowed here; did you mean {close[0]!r}?"
        else:
            message = f"{given!r} is not one of: {', '.join(options)}"
    return message


def _fields_at(path: PathKey) -> list[str]:
    """Field names of the model that `path` (a pydantic loc) points into, for suggestions."""
    current: Any = Pack
    for segment in path:
        current = _step(current, segment)
        if current is None:
            return []
    return list(current.model_fields) if _is_model(current) else []


def _step(annotation: Any, segment: str | int) -> Any:
    """The annotation one loc segment further in, or None when the path leaves the models."""
    if _is_model(annotation):
        field = annotation.model_fields.get(str(segment))
        return _unwrap(field.annotation) if field else None
    args = get_args(annotation)
    if get_origin(annotation) in (list, dict) and args:
        return _unwrap(args[-1])
    return None


def _unwrap(annotation: Any) -> Any:
    """Drop `| None` so that `Param[int] | None` leads to `Param[int]`."""
    if get_origin(annotation) in (Union, UnionType):
        options = [a for a in get_args(annotation) if a is not type(None)]
        return options[0] if len(options) == 1 else None
    return annotation


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def dotted(path: PathKey) -> str:
    """("rules", "content", 0, "id") → rules.content[0].id"""
    return ".".join(f"[{p}]" if isinstance(p, int) else p for p in path).replace(".[", "[")
