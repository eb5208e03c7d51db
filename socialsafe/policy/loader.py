"""Loading policy packs from YAML (SPEC P1, P3, P6).

A pack that fails validation raises `PackError` listing every problem as
FILE:LINE: FIELD: reason, and nothing of it is applied: a pack is only ever returned whole.
A pack with `extends: PARENT` is merged onto its parent first (merge.py) and the merged
result is validated; each problem still names the file and line that wrote the value."""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import UnionType
from typing import Any, Union, get_args, get_origin

import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from socialsafe.policy.located import DuplicateKey, Origins, PathKey, Where, read_located
from socialsafe.policy.merge import MergeError, merge_packs
from socialsafe.policy.schema import Pack

BUNDLED_DIR = Path(__file__).resolve().parent / "packs"
MAX_DEPTH = 5


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.reason}"


class PackError(Exception):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(map(str, problems)))


class UnknownPack(LookupError):
    pass


def pack_dirs() -> list[Path]:
    """Bundled packs first, then folders named in POLICY_PACK_DIRS (comma-separated)."""
    extra = os.environ.get("POLICY_PACK_DIRS", "")
    return [BUNDLED_DIR, *(Path(p.strip()) for p in extra.split(",") if p.strip())]


def find_pack_file(slug: str) -> Path:
    for folder in pack_dirs():
        candidate = folder / f"{slug}.yaml"
        if candidate.is_file():
            return candidate
    raise UnknownPack(f"no policy pack called {slug!r}")


def bundled_slugs() -> list[str]:
    return sorted(p.stem for p in BUNDLED_DIR.glob("*.yaml"))


def all_slugs() -> list[str]:
    return sorted({p.stem for folder in pack_dirs() for p in folder.glob("*.yaml")})


def load_pack_file(path: Path) -> Pack:
    data, origins = _read_merged(path, depth=0)
    try:
        return Pack.model_validate(data)
    except ValidationError as exc:
        problems = [_problem(error, origins) for error in exc.errors()]
        raise PackError(sorted(problems, key=lambda p: (p.file, p.line))) from exc


@cache
def load_pack(slug: str) -> Pack:
    return load_pack_file(find_pack_file(slug))


def _read_merged(path: Path, depth: int) -> tuple[dict[str, Any], Origins]:
    """The pack's raw data with its parents merged in, and where each value came from."""
    data, origins = _read(path)
    parent_slug = data.get("extends")
    if parent_slug is None:
        return data, origins
    where = origins.places.get(("extends",), Where(str(path), 1))
    if not isinstance(parent_slug, str) or depth >= MAX_DEPTH:
        reason = "must name one pack" if depth < MAX_DEPTH else "packs extend each other in a loop"
        raise PackError([Problem(where.file, where.line, "extends", reason)])
    try:
        parent_path = find_pack_file(parent_slug)
    except UnknownPack as exc:
        raise PackError([Problem(where.file, where.line, "extends", str(exc))]) from exc
    base, base_origins = _read_merged(parent_path, depth + 1)
    base.pop("extends", None)
    try:
        return merge_packs(base, base_origins, data, origins)
    except MergeError as exc:
        spot, _ = origins.nearest(exc.path)
        raise PackError([Problem(spot.file, spot.line, _dotted(exc.path), str(exc))]) from exc


def _read(path: Path) -> tuple[dict[str, Any], Origins]:
    try:
        data, origins = read_located(path)
    except OSError as exc:
        raise PackError([Problem(str(path), 1, "(file)", exc.strerror or str(exc))]) from exc
    except DuplicateKey as exc:
        problem = Problem(exc.where.file, exc.where.line, _dotted(exc.path), str(exc))
        raise PackError([problem]) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        parts = [getattr(exc, "problem", None), getattr(exc, "context", None)]
        reason = " ".join(filter(None, parts))
        raise PackError([Problem(str(path), line, "(yaml)", reason or str(exc))]) from exc
    if not isinstance(data, dict):
        raise PackError([Problem(str(path), 1, "(pack)", "a pack must be a YAML mapping")])
    return data, origins


def _problem(error: ErrorDetails, origins: Origins) -> Problem:
    loc: PathKey = tuple(error["loc"]) + tuple(error.get("ctx", {}).get("at", ()))
    where, found = origins.nearest(_data_path(loc, origins))
    field = list(found)
    if error["type"] == "missing" and loc:
        field.append(loc[-1])
    return Problem(where.file, where.line, _dotted(tuple(field)) or "(pack)", _reason(error))


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


def _dotted(path: PathKey) -> str:
    return ".".join(f"[{p}]" if isinstance(p, int) else p for p in path).replace(".[", "[")
