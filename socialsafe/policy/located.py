"""YAML read with the line of every value, so a validation error can say FILE:LINE.

`read_located(path)` returns the plain data PyYAML would give, plus `Origins`: for each
path into that data (a tuple of keys and list indices) the file and line it came from.
Inheritance (merge.py) keeps these origins, so an error in a merged pack still points at
the file that wrote the offending value."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

PathKey = tuple[str | int, ...]
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml is ~15x faster, same marks


@dataclass(frozen=True)
class Where:
    file: str
    line: int


@dataclass
class Origins:
    """Path into the data → where it was written. Mapping entries point at their key."""

    places: dict[PathKey, Where] = field(default_factory=dict)

    def nearest(self, path: PathKey) -> tuple[Where, PathKey]:
        """The deepest known place on `path`, and the part of `path` that exists."""
        found: PathKey = ()
        where = self.places.get((), Where("?", 1))
        for i in range(1, len(path) + 1):
            if path[:i] in self.places:
                found, where = path[:i], self.places[path[:i]]
        return where, found


class DuplicateKey(ValueError):
    def __init__(self, where: Where, path: PathKey):
        self.where, self.path = where, path
        super().__init__(f"key {path[-1]!r} appears twice")


def read_located(path: Path) -> tuple[Any, Origins]:
    """Parse `path`; raises yaml.YAMLError on bad syntax, DuplicateKey on a repeated key."""
    loader = Loader(path.read_text(encoding="utf-8"))
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    origins = Origins()
    if node is not None:
        _record(node, (), str(path), origins, line=node.start_mark.line + 1)
    return data, origins


def _record(node: yaml.Node, path: PathKey, file: str, origins: Origins, line: int) -> None:
    origins.places[path] = Where(file, line)
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            key_line = key_node.start_mark.line + 1
            if key in seen:
                raise DuplicateKey(Where(file, key_line), (*path, key))
            seen.add(key)
            _record(value_node, (*path, key), file, origins, key_line)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record(item, (*path, index), file, origins, item.start_mark.line + 1)
