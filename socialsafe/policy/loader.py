"""Loading policy packs from YAML. A pack that fails validation raises `PackError` with
every problem found, and nothing of it is applied (SPEC P3).

TODO(pack owner): line numbers for every problem, `extends` inheritance."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from pydantic import ValidationError

from socialsafe.policy.schema import Pack

BUNDLED_DIR = Path(__file__).resolve().parent / "packs"


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
    return [BUNDLED_DIR]


def find_pack_file(slug: str) -> Path:
    for folder in pack_dirs():
        candidate = folder / f"{slug}.yaml"
        if candidate.is_file():
            return candidate
    raise UnknownPack(f"no policy pack called {slug!r}")


def bundled_slugs() -> list[str]:
    return sorted(p.stem for p in BUNDLED_DIR.glob("*.yaml"))


def load_pack_file(path: Path) -> Pack:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise PackError([Problem(str(path), line, "(yaml)", str(exc))]) from exc
    try:
        return Pack.model_validate(data)
    except ValidationError as exc:
        raise PackError(
            [Problem(str(path), 1, ".".join(map(str, e["loc"])), e["msg"]) for e in exc.errors()]
        ) from exc


@cache
def load_pack(slug: str) -> Pack:
    return load_pack_file(find_pack_file(slug))
