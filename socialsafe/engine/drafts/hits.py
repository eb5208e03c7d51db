"""What a detector reports before the pack gives it a severity and a clause."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Hit:
    category: str
    start: int | None
    end: int | None
    message: str
