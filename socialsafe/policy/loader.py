"""Loading policy packs from YAML (SPEC P1, P3, P6).

A pack that fails validation raises `PackError` listing every problem as
FILE:LINE: FIELD: reason, and nothing of it is applied: a pack is only ever returned whole.
A pack with `extends: PARENT` is merged onto its parent first (merge.py) and the merged
result is validated; each problem still names the file and line that wrote the value."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from socialsafe.policy.located import DuplicateKey, Origins, Where, read_located
from socialsafe.policy.merge import MergeError, merge_packs
from socialsafe.policy.problems import PackError, Problem, dotted, problem_from_error
from socialsafe.policy.schema import Pack

__all__ = ["PackError", "Problem", "UnknownPack", "find_pack_file", "load_pack",
           "load_pack_file"]

BUNDLED_DIR = Path(__file__).resolve().parent / "packs"
MAX_DEPTH = 5


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
        problems = [problem_from_error(error, origins) for error in exc.errors()]
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
        raise PackError([Problem(spot.file, spot.line, dotted(exc.path), str(exc))]) from exc


def _read(path: Path) -> tuple[dict[str, Any], Origins]:
    try:
        data, origins = read_located(path)
    except OSError as exc:
        raise PackError([Problem(str(path), 1, "(file)", exc.strerror or str(exc))]) from exc
    except DuplicateKey as exc:
        problem = Problem(exc.where.file, exc.where.line, dotted(exc.path), str(exc))
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
