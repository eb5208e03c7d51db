"""The pre-publication check of a draft post (SPEC C2, CONTRACT `socialsafe check`).

`DraftChecker` is built once per (pack, roster, staff) and then checks any number of
drafts; `check()` is the one-call form. Detectors report `Hit`s; the pack decides which
categories count and how severe they are, and each finding cites the pack rule."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import cast

from socialsafe.engine.drafts import personal_info, rules
from socialsafe.engine.drafts.hits import Hit
from socialsafe.engine.drafts.learned import learned_hits
from socialsafe.engine.drafts.model import LinearModel, load_model
from socialsafe.engine.drafts.offensive_words import find_offensive_words
from socialsafe.engine.drafts.pupils import PupilFinder
from socialsafe.engine.drafts.purposes import kinds_allowed
from socialsafe.engine.types import CheckResult, Finding, Pupil, Severity, StaffEntry, Verdict
from socialsafe.policy.schema import Pack

#: Longer drafts are checked up to here; the rest gets one advice finding.
MAX_CHECKED_CHARS = 100_000
_ORDER = {"advice": 0, "approval": 1, "block": 2}
_NOT_A_PURPOSE = {"political", "commercial", "targeted_message", "offensive"}
_RULES: dict[str, Callable[[str], list[Hit]]] = {
    "offensive": find_offensive_words,
    "political": rules.find_political,
    "personal_view": rules.find_personal_view,
    "targeted_message": rules.find_targeted,
    "commercial": rules.find_commercial,
    "confidential": rules.find_confidential,
    "copyright": rules.find_copyright,
}


def clause_for(pack: Pack, category: str) -> str:
    rule = pack.content_rule(category)
    if rule is None:
        return ""
    return f"{pack.organisation.name} policy § {rule.cite.section} (rule {rule.id})"


class DraftChecker:
    def __init__(self, pack: Pack, roster: Sequence[Pupil] = (),
                 staff: Sequence[StaffEntry] = ()):
        self.pack = pack
        self.severity = cast(dict[str, Severity], pack.content_severity())
        self.clauses = {c: clause_for(pack, c) for c in self.severity}
        self.staff = list(staff)
        self.pupils = PupilFinder(roster, staff)
        self.allowed_kinds = kinds_allowed(pack.parameters.allowed_purposes.value)
        self.model: LinearModel | None = load_model()
        listed = ", ".join(p.replace("_", " ") for p in pack.parameters.allowed_purposes.value)
        self.purpose_message = (
            f"The post fits none of the purposes this school posts for ({listed}).")

    def check(self, text: str) -> CheckResult:
        checked = text[:MAX_CHECKED_CHARS]
        hits = _merge_overlaps(self._hits(checked))
        findings = [self._finding(h) for h in hits if h.category in self.severity]
        if len(text) > MAX_CHECKED_CHARS:
            findings.append(Finding(
                "off_purpose", "advice", MAX_CHECKED_CHARS, len(text),
                f"Only the first {MAX_CHECKED_CHARS:,} characters were checked; a post this "
                f"long is not a social media post.", "SocialSafe check limit"))
        findings.sort(key=lambda f: (f.start is None, f.start or 0, f.category))
        return CheckResult(_verdict(findings), findings)

    def _finding(self, hit: Hit) -> Finding:
        return Finding(hit.category, self.severity[hit.category], hit.start, hit.end,
                       hit.message, self.clauses[hit.category])

    def _hits(self, text: str) -> list[Hit]:
        if not text.strip():
            return []
        wanted = set(self.severity)
        hits: list[Hit] = []
        if "pupil_no_consent" in wanted:
            hits += self.pupils.find(text)
        if "personal_info" in wanted:
            hits += personal_info.find_personal_info(text)
        if "staff_personal_link" in wanted:
            hits += rules.find_staff_links(text, self.staff)
        # political posts, adverts, insults and messages to one person tell the purpose check that
        # the post serves no school purpose, even where the pack does not list them
        needed = wanted | (_NOT_A_PURPOSE if "off_purpose" in wanted else set())
        ruled = {category: find(text) for category, find in _RULES.items() if category in needed}
        hits += [hit for category, found in ruled.items() if category in wanted for hit in found]
        if self.model is not None:
            hits += learned_hits(self.model, text, wanted, ruled, self.allowed_kinds,
                                 self.purpose_message)
        return hits


def _merge_overlaps(hits: list[Hit]) -> list[Hit]:
    """One finding per stretch of text and category: "Vote Labour" is one political
    finding even though two rules saw it."""
    merged: list[Hit] = []
    spanned = sorted((h for h in hits if h.start is not None and h.end is not None),
                     key=lambda h: (h.category, h.start or 0, -(h.end or 0)))
    for hit in spanned:
        last = merged[-1] if merged else None
        if (last is not None and last.category == hit.category and last.end is not None
                and hit.start is not None and hit.start < last.end):
            merged[-1] = Hit(last.category, last.start, max(last.end, hit.end or 0),
                             last.message)
        else:
            merged.append(hit)
    seen: set[str] = set()
    for hit in hits:
        if hit.start is None and hit.category not in seen:
            seen.add(hit.category)
            merged.append(hit)
    return merged


def _verdict(findings: list[Finding]) -> Verdict:
    worst = max((_ORDER[f.severity] for f in findings), default=0)
    return "blocked" if worst == 2 else "needs_approval" if worst == 1 else "ok"


_CACHE: dict[str, tuple[object, object, object, DraftChecker]] = {}


def check(text: str, pack: Pack, roster: Sequence[Pupil] = (),
          staff: Sequence[StaffEntry] = ()) -> CheckResult:
    """Check one draft. The checker for the last (pack, roster, staff) is kept, so
    calling this in a loop with the same objects stays fast."""
    cached = _CACHE.get("last")
    if cached is not None and cached[0] is pack and cached[1] is roster and cached[2] is staff:
        checker = cached[3]
    else:
        checker = DraftChecker(pack, roster, staff)
        _CACHE["last"] = (pack, roster, staff, checker)
    return checker.check(text)
