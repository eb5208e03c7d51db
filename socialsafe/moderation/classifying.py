"""Classifying a comment through the engine and choosing what the pack says to do (M2, P7).

The engine (`socialsafe.engine`) labels the text; the school's pack decides the action for
each label. When a comment carries several labels, the most serious action wins:
escalate, then removal, then reports, then a reply, then keep."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import Any

from socialsafe.engine.types import Classification, StaffEntry
from socialsafe.policy.schema import Pack

ACTION_RANK = {
    "escalate": 0, "delete": 1, "hide": 1, "report_to_head": 2, "ask_poster_to_delete": 2,
    "report_to_platform": 2, "reply": 3, "keep": 4,
}
ENGINE_MODULES = ("socialsafe.engine.comments", "socialsafe.engine")


def engine_classify() -> Callable[[str, Pack, Sequence[StaffEntry]], Classification]:
    """The engine's `classify(text, pack, staff)`, wherever the engine package exports it."""
    for name in ENGINE_MODULES:
        try:
            found: Any = getattr(importlib.import_module(name), "classify", None)
        except ImportError:
            continue
        if callable(found):
            return found  # type: ignore[no-any-return]
    raise ImportError("socialsafe.engine has no classify(text, pack, staff) yet")


def classify(text: str, pack: Pack, staff: Sequence[StaffEntry]) -> Classification:
    return engine_classify()(text, pack, staff)


def pack_action(labels: Sequence[str], pack: Pack, engine_action: str) -> str:
    """The action the pack gives the most serious of the labels (the engine's own
    suggestion when the pack has no rule for any of them)."""
    actions = [rule.action for label in labels if (rule := pack.moderation_rule(label))]
    if not actions:
        return engine_action
    return min(actions, key=lambda a: ACTION_RANK.get(a, 5))
