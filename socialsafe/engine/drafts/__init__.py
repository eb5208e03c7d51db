"""Checking draft posts before publication (SPEC C2). See `checker.py`."""

from socialsafe.engine.drafts.checker import DraftChecker, check

__all__ = ["DraftChecker", "check"]
