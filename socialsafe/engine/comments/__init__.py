"""Moderation of incoming comments: `classify(text, pack, staff)` (SPEC M2, M3)."""

from socialsafe.engine.comments.classifier import (
    LABELS,
    CommentClassifier,
    action_for,
    classify,
)

__all__ = ["LABELS", "CommentClassifier", "action_for", "classify"]
