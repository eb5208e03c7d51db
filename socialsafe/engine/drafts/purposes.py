"""Allowed purposes of official posts (KI staff conduct, SO official accounts).

Packs word their purposes freely ("trips_and_activities", "Job vacancies or requests for
volunteers"); the model predicts one of a fixed set of purpose kinds. This module maps
pack wording onto those kinds."""

from __future__ import annotations

from collections.abc import Iterable

PURPOSE_KINDS = (
    "events", "reminders", "achievements", "closures", "vacancies", "newsletters",
    "seasonal", "feedback", "activities",
)
NO_PURPOSE = "none"

_KEYWORDS: dict[str, tuple[str, ...]] = {
    "events": ("event", "advert", "fair", "performance"),
    "reminders": ("remind", "deadline"),
    "achievements": ("achiev", "news", "success", "performance", "celebrat"),
    "closures": ("clos", "alert", "change", "weather", "emergency", "information", "notice",
                 "staffing", "procedure"),
    "vacancies": ("vacanc", "job", "recruit", "volunteer"),
    "newsletters": ("newsletter", "guidance", "factsheet", "link", "information", "update",
                    "letter", "news"),
    "seasonal": ("season", "festiv", "greeting", "religious", "holiday"),
    "feedback": ("feedback", "survey", "consult"),
    "activities": ("trip", "activit", "teaching", "learning", "photo", "class", "curriculum",
                   "news"),
}


def kinds_allowed(purposes: Iterable[str]) -> set[str]:
    """The purpose kinds a pack's `allowed_purposes` covers."""
    allowed: set[str] = set()
    for purpose in purposes:
        wording = purpose.lower().replace("_", " ")
        for kind, words in _KEYWORDS.items():
            if any(w in wording for w in words):
                allowed.add(kind)
    return allowed
