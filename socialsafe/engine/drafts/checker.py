"""The pre-publication check of a draft post (SPEC C2, CONTRACT `socialsafe check`).

`DraftChecker` is built once per (pack, roster, staff) and then checks any number of
drafts; `check()` is the one-call form. Detectors report `Hit`s; the pack decides which
categories count and how severe they are, and each finding cites the pack rule."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, cast

from socialsafe.engine.drafts import personal_info, rules
from socialsafe.engine.drafts.hits import Hit
from socialsafe.engine.drafts.model import LinearModel, load_model
from socialsafe.engine.drafts.pupils import PupilFinder
from socialsafe.engine.drafts.purposes import (
    CUE_STRENGTH,
    NO_PURPOSE,
    PURPOSE_KINDS,
    cue_kinds,
    has_school_context,
    is_chatter,
    kinds_allowed,
)
from socialsafe.engine.names import fold
from socialsafe.engine.types import CheckResult, Finding, Pupil, Severity, StaffEntry, Verdict
from socialsafe.policy.schema import Pack

#: Longer drafts are checked up to here; the rest gets one advice finding.
MAX_CHECKED_CHARS = 100_000
MODEL_HEADS = ("political", "personal_view", "confidential", "commercial", "copyright",
               "targeted_message", "offensive")
MODEL_FLOOR = 0.6
#: Heads whose findings usually block: the model alone must be surer.
MODEL_FLOORS = {"offensive": 0.9, "political": 0.8}
POLITICAL_WORDS = re.compile(
    r"\b(?:government|minister|mps?|parliament|part(?:y|ies)|elections?|vot(?:e|ing)|"
    r"polic(?:y|ies)|council|campaign|strikes?|petition|protest|march|rally|funding|cuts|"
    r"tax|vat|unions?|tor(?:y|ies)|labour|conservatives?|reform|brexit|immigration|"
    r"benefits?|austerity|westminster|chancellor|budget|ofsted|academi[sz]ation|ballot|"
    r"war|palestine|israel|ukraine|gaza|climate)\b", re.IGNORECASE)
SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
QUOTED = re.compile(r"(['\"\u2018\u201c])[^'\"\u2019\u201d\n]{1,80}['\"\u2019\u201d]")
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|my|me|myself|imo|imho|tbh)\b",
                          re.IGNORECASE)
_ORDER = {"advice": 0, "approval": 1, "block": 2}


def _offensive_finder() -> Callable[[str], list[Any]]:
    """The comment classifier's offensive-language detector, or a small word list
    until that module exists."""
    try:
        from socialsafe.engine import offensive  # type: ignore[attr-defined, unused-ignore]
    except ModuleNotFoundError as exc:
        if exc.name != "socialsafe.engine.offensive":
            raise
        return _fallback_offensive
    return cast(Callable[[str], list[Any]], offensive.find_offensive)


_FALLBACK_OFFENSIVE = re.compile(
    r"\b(?:f+u+c+k\w*|sh[i1]t\w*|c+u+n+t\w*|bastard\w*|bitch\w*|wank\w*|twat\w*|dickhead\w*|"
    r"prick\w*|arse ?hole\w*|slag\w*|retard\w*|spastic\w*|idiots?|morons?|imbeciles?|"
    r"stupid (?:parents?|people|families)|pathetic (?:parents?|people)|scum\w*|"
    r"useless (?:parents?|staff|people))\b",
    re.IGNORECASE,
)


def _fallback_offensive(text: str) -> list[Any]:
    return [Hit("offensive", m.start(), m.end(), "") for m in _FALLBACK_OFFENSIVE.finditer(text)]


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
        self.offensive = _offensive_finder() if "offensive" in self.severity else None

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
        wanted = self.severity
        hits: list[Hit] = []
        if "pupil_no_consent" in wanted:
            hits += self.pupils.find(text)
        if "personal_info" in wanted:
            hits += personal_info.find_personal_info(text)
        offensive = [Hit("offensive", s.start, s.end, _offensive_message(s))
                     for s in self.offensive(text) if not _is_a_proper_name(text, s)
                     ] if self.offensive is not None else []
        ruled: dict[str, list[Hit]] = {
            "offensive": offensive,
            "political": rules.find_political(text) if "political" in wanted else [],
            "personal_view": rules.find_personal_view(text) if "personal_view" in wanted else [],
            "targeted_message": rules.find_targeted(text) if "targeted_message" in wanted
            else [],
            "commercial": rules.find_commercial(text) if "commercial" in wanted else [],
            "confidential": rules.find_confidential(text) if "confidential" in wanted else [],
            "copyright": rules.find_copyright(text) if "copyright" in wanted else [],
        }
        if "staff_personal_link" in wanted:
            hits += rules.find_staff_links(text, self.staff)
        for found in ruled.values():
            hits += found
        if self.model is not None:
            hits += self._model_hits(text, ruled)
        return hits

    def _model_hits(self, text: str, ruled: dict[str, list[Hit]]) -> list[Hit]:
        assert self.model is not None
        scores = self.model.scores(text)
        positive = self.model.positive(scores)
        hits: list[Hit] = []
        for head in MODEL_HEADS:
            if head in self.severity and head in positive and not ruled[head]:
                if head == "personal_view" and not FIRST_PERSON.search(QUOTED.sub("", text)):
                    continue  # "we think" is the school speaking, not a personal view
                if head == "political" and not POLITICAL_WORDS.search(text):
                    continue  # no politics in the words, whatever the model's hunch
                if scores[head] < MODEL_FLOORS.get(head, MODEL_FLOOR):
                    continue  # a finding on the model's word alone needs a confident model
                hits.append(self._locate(text, head, scores[head]))
        if "off_purpose" in self.severity and self._off_purpose(text, scores):
            hits.append(Hit("off_purpose", None, None, self._purpose_message()))
        return hits

    def _off_purpose(self, text: str, scores: dict[str, float]) -> bool:
        """Off purpose: no school purpose at all, or only purposes this pack does not list.

        Purpose wording (cues) counts as a confident vote; the model fills in the rest."""
        assert self.model is not None
        folded = fold(text)
        cues = cue_kinds(folded)
        kinds = {k: max(scores.get(f"purpose:{k}", 0.0), CUE_STRENGTH[k] if k in cues else 0.0)
                 for k in PURPOSE_KINDS}
        none = scores.get(f"purpose:{NO_PURPOSE}", 0.0)
        threshold = max(0.5, self.model.thresholds.get(f"purpose:{NO_PURPOSE}", 0.5))
        if not cues:
            # Off-purpose posts are nearly always chatter about the poster's own life, or
            # have nothing to do with school; a school post with no cue is given the benefit
            # of the doubt unless the model is sure.
            school, chatter = has_school_context(folded), is_chatter(folded)
            model_says_none = none >= threshold and none > max(kinds.values())
            if chatter and (not school or model_says_none):
                return True
            if not school and model_says_none:
                return True
        best = max(kinds, key=kinds.__getitem__)
        allowed_best = max((kinds[k] for k in self.allowed_kinds), default=0.0)
        return (best not in self.allowed_kinds and kinds[best] >= 0.5
                and kinds[best] - allowed_best >= 0.15)

    def _purpose_message(self) -> str:
        listed = ", ".join(p.replace("_", " ") for p in
                           self.pack.parameters.allowed_purposes.value[:8])
        return f"The post fits none of the purposes this school posts for ({listed})."

    def _locate(self, text: str, head: str, score: float) -> Hit:
        """Point a model finding at its most telling sentence, or at the whole post."""
        assert self.model is not None
        best: tuple[float, int, int] | None = None
        sentences = list(SENTENCE.finditer(text))
        if len(sentences) > 1:
            for m in sentences[:40]:
                s = self.model.scores(m.group(0))[head]
                if best is None or s > best[0]:
                    best = (s, m.start(), m.end())
        message = _MODEL_MESSAGES[head]
        if best is not None and best[0] >= self.model.thresholds.get(head, 0.5):
            start, end = best[1], best[2]
            while end > start and text[end - 1].isspace():
                end -= 1
            while start < end and text[start].isspace():
                start += 1
            return Hit(head, start, end, message)
        return Hit(head, None, None, message)


_MODEL_MESSAGES = {
    "political": "Reads as a political statement or taking sides; official accounts stay "
                 "neutral.",
    "personal_view": "Reads as a personal view rather than neutral school wording.",
    "confidential": "Seems to discuss a confidential or internal matter (discipline, health, "
                    "SEN, staff issues).",
    "commercial": "Reads as an advert or a request for money for something not run by the "
                  "school.",
    "copyright": "Seems to share someone else's material without a credit or permission.",
    "targeted_message": "Reads as a message aimed at one person.",
    "offensive": "Reads as derogatory or insulting; official posts must be respectful.",
}


_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


#: Lexicon words with an everyday meaning in school posts ("the cock crows" on the farm).
_EVERYDAY_WORDS = frozenset({"cock", "cocks"})


def _is_a_proper_name(text: str, span: Any) -> bool:
    """'Dick Whittington', 'Dick King-Smith': a capitalised word before a surname."""
    word = text[span.start:span.end]
    if word.lower() in _EVERYDAY_WORDS:
        return True
    return (word[:1].isupper() and word[1:].islower() and getattr(span, "kind", "") != "slur"
            and _NAME_AFTER.match(text, span.end) is not None)


def _offensive_message(span: Any) -> str:
    term = getattr(span, "term", None) or getattr(span, "label", None)
    detail = f" ({term})" if isinstance(term, str) and term else ""
    return (f"Offensive, discriminatory or derogatory language{detail}; official posts "
            f"must be respectful.")


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
