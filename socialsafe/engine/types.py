"""The engine's inputs and outputs. Their JSON forms are fixed by CONTRACT.md."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Verdict = Literal["ok", "needs_approval", "blocked"]
Severity = Literal["block", "approval", "advice"]
Action = Literal["escalate", "hide", "reply", "keep"]


@dataclass(frozen=True, slots=True)
class Pupil:
    upn: str
    legal_forename: str
    legal_surname: str
    preferred_forename: str = ""
    year_group: str = ""
    photo_consent: bool = False
    name_consent: bool = False
    do_not_publish: bool = False

    @property
    def may_be_named(self) -> bool:
        return self.name_consent and not self.do_not_publish


@dataclass(frozen=True, slots=True)
class StaffEntry:
    name: str
    role: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    category: str
    severity: Severity
    start: int | None
    end: int | None
    message: str
    clause: str

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class CheckResult:
    verdict: Verdict
    findings: list[Finding] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"verdict": self.verdict, "findings": [f.as_json() for f in self.findings]}


@dataclass(frozen=True, slots=True)
class Classification:
    labels: list[str]
    action: Action
    scores: dict[str, float]

    def as_json(self) -> dict[str, Any]:
        return {"labels": self.labels, "action": self.action, "scores": self.scores}
