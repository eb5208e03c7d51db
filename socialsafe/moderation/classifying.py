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
Classifier = Callable[[Sequence[str]], list[Classification]]


def batch_classifier(pack: Pack, staff: Sequence[StaffEntry]) -> Classifier:
    """The engine's classifier for one school, loaded once and used for a whole batch
    (`socialsafe.engine.comments.CommentClassifier.classify_many`)."""
    engine: Any = importlib.import_module("socialsafe.engine.comments")
    return engine.CommentClassifier(pack, staff).classify_many  # type: ignore[no-any-return]


def pack_action(labels: Sequence[str], pack: Pack, engine_action: str) -> str:
    """The action the pack gives the most serious of the labels (the engine's own
    suggestion when the pack has no rule for any of them)."""
    actions = [rule.action for label in labels if (rule := pack.moderation_rule(label))]
    if not actions:
        return engine_action
    return min(actions, key=lambda a: ACTION_RANK.get(a, 5))
