"""Pack inheritance (SPEC P6): a school pack `extends` its trust's or federation's pack.

Rules of the merge, applied to the raw YAML data before validation:
- `slug` and `organisation` are the school's own, never inherited;
- mappings merge key by key, deeply;
- lists are replaced, except lists of rules, templates and escalation routes, which merge
  item by item on their `id` (escalation routes on their `trigger`); an item with
  `remove: true` drops the inherited item of that id;
- a mapping that overrides an inherited value without saying where it comes from (no
  `source`) becomes `source: school_choice`: the school changed it, not the policy; an
  overridden parameter also drops the inherited citation.
Every merged value keeps the file and line it came from (see located.py)."""

from __future__ import annotations

from typing import Any

from socialsafe.policy.located import Origins, PathKey

IDENTITY_KEYS = ("id", "trigger")
OWN_KEYS = ("slug", "organisation")  # never inherited: a school is not its trust
CHOICE = "school_choice"


class MergeError(ValueError):
    def __init__(self, path: PathKey, reason: str):
        self.path = path
        super().__init__(reason)


class Side:
    """One input of the merge: its data's origins and where this value sits in it."""

    def __init__(self, origins: Origins, path: PathKey = ()):
        self.origins, self.path = origins, path

    def child(self, key: str | int) -> Side:
        return Side(self.origins, (*self.path, key))


def merge_packs(
    base: dict[str, Any], base_origins: Origins, over: dict[str, Any], over_origins: Origins
) -> tuple[dict[str, Any], Origins]:
    merged = Origins()
    base = {k: v for k, v in base.items() if k not in OWN_KEYS or k not in over}
    result = _merge(base, Side(base_origins), over, Side(over_origins), (), merged)
    return result, merged


def _copy(value: Any, side: Side, out: PathKey, merged: Origins) -> Any:
    """Copy a subtree from one side unchanged, recording where each part came from."""
    where, _ = side.origins.nearest(side.path)
    merged.places[out] = where
    if isinstance(value, dict):
        return {k: _copy(v, side.child(k), (*out, k), merged) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v, side.child(i), (*out, i), merged) for i, v in enumerate(value)]
    return value


def _merge(base: Any, b: Side, over: Any, o: Side, out: PathKey, merged: Origins) -> Any:
    if isinstance(base, dict) and isinstance(over, dict):
        return _merge_dicts(base, b, over, o, out, merged)
    if isinstance(base, list) and isinstance(over, list) and _identity(base + over):
        return _merge_by_identity(base, b, over, o, out, merged)
    return _copy(over, o, out, merged)


def _merge_dicts(
    base: dict[str, Any], b: Side, over: dict[str, Any], o: Side, out: PathKey, merged: Origins
) -> dict[str, Any]:
    merged.places[out] = o.origins.nearest(o.path)[0]
    result: dict[str, Any] = {}
    for key, value in base.items():
        if key not in over:
            result[key] = _copy(value, b.child(key), (*out, key), merged)
    for key, value in over.items():
        if key in base:
            result[key] = _merge(base[key], b.child(key), value, o.child(key), (*out, key), merged)
        else:
            result[key] = _copy(value, o.child(key), (*out, key), merged)
    changed = set(over) - {*IDENTITY_KEYS, "source"}
    if "source" in base and "source" not in over and changed:
        result["source"] = CHOICE
        merged.places[(*out, "source")] = merged.places[out]
        if "value" in base and "cite" not in over:
            result.pop("cite", None)  # the policy's section no longer explains the value
    return result


def _identity(items: list[Any]) -> str | None:
    """The key that identifies items of a list of mappings, if every item has one."""
    for key in IDENTITY_KEYS:
        if items and all(isinstance(item, dict) and key in item for item in items):
            return key
    return None


def _merge_by_identity(
    base: list[Any], b: Side, over: list[Any], o: Side, out: PathKey, merged: Origins
) -> list[Any]:
    key = _identity(base + over)
    merged.places[out] = o.origins.nearest(o.path)[0]
    overrides = {item[key]: (i, item) for i, item in enumerate(over)}
    result: list[Any] = []
    for i, item in enumerate(base):
        if item[key] not in overrides:
            result.append(_copy(item, b.child(i), (*out, len(result)), merged))
            continue
        j, replacement = overrides.pop(item[key])
        if replacement.get("remove") is True:
            continue
        result.append(
            _merge(item, b.child(i), replacement, o.child(j), (*out, len(result)), merged)
        )
    for j, item in overrides.values():
        if item.get("remove") is True:
            raise MergeError((*o.path, j), f"nothing inherited with {key} {item[key]!r} to remove")
        result.append(_copy(item, o.child(j), (*out, len(result)), merged))
    return result
