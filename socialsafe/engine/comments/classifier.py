"""Classifying incoming comments (SPEC M2, M3; CONTRACT.md `socialsafe classify`).

Learned scores come from `model.py`; a thin rule layer adds what a model should not have
to guess: a slur is hate, strong swearing is abuse, a clear threat or disclosure pattern
(`rules.py`) is a threat or safeguarding, a phone number, e-mail or home address is
personal information (unless the comment is an advert or spam, where the number is a
business's), and a staff mention is a match against the staff register.

The action is the first that applies, in CONTRACT.md's fixed order: escalate
(safeguarding, threat), hide (abuse, hate, spam, personal_info, commercial, extremism),
reply (complaint, question), keep. Criticism alone is never hidden: complaint only
leads to reply. What each school then does with a label (hide or delete, who is told)
is its pack's `rules.moderation`, see `pack_rules()`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from socialsafe.engine.comments.cues import FEATURE_NAMES
from socialsafe.engine.comments.features import Analysed
from socialsafe.engine.comments.model import CommentModel, load_model
from socialsafe.engine.comments.rules import is_disclosure, is_threat
from socialsafe.engine.comments.staff import StaffMatcher
from socialsafe.engine.types import Action, Classification, StaffEntry
from socialsafe.policy.schema import ModerationRule, Pack

LABELS = ("abuse", "hate", "threat", "spam", "personal_info", "commercial", "complaint",
          "question", "praise", "safeguarding", "staff_mention", "extremism")
ACTION_ORDER: tuple[tuple[Action, frozenset[str]], ...] = (
    ("escalate", frozenset({"safeguarding", "threat"})),
    ("hide", frozenset({"abuse", "hate", "spam", "personal_info", "commercial", "extremism"})),
    ("reply", frozenset({"complaint", "question"})),
)
_PERSON = re.compile(
    r"\b(?:you|your|you'?re|ya|u|ur|yourself|yourselves|she|he|her|him|his|hers|they'?re|them|"
    r"teachers?|head|headteacher|deputy|mrs|mr|miss|ms|mx|sir|dr|woman|women|man|men|lady|"
    r"ladies|bloke|staff|receptionist|governors?|senco|ta|tas|mum|dad|mother|father|person|"
    r"people|human|lot|bunch|idiots?|morons?|clowns?|halfwits?|supervisors?|caretaker|"
    r"assistants?|typical)\b"
)
_FIRST_NAME = FEATURE_NAMES.index("first_name")
_SENSITIVE = FEATURE_NAMES.index("health")
# "my son was called a p*ki at school": the word is reported, not used (use/mention).
_REPORTED_SPEECH = re.compile(
    r"\b(?:called|calling|calls|call) (?:him|her|them|me|us|my|our|his|their)\b"
    r"|\bwas called\b|\b(?:said|says|shouted|wrote|writing) [\"'“]")
THRESHOLD = 0.5  # model intercepts are shifted so that 0.5 is each label's tuned threshold
HEAD_AND_TAIL = 20_000  # characters of a very long comment that are analysed at each end


def action_for(labels: Iterable[str]) -> Action:
    present = set(labels)
    for action, triggers in ACTION_ORDER:
        if present & triggers:
            return action
    return "keep"


def _bounded(text: str) -> str:
    if len(text) <= 2 * HEAD_AND_TAIL:
        return text
    return f"{text[:HEAD_AND_TAIL]}\n{text[-HEAD_AND_TAIL:]}"


class CommentClassifier:
    """Load once, classify many: the CLI and the moderation queue keep one per school."""

    def __init__(self, pack: Pack, staff: Sequence[StaffEntry] = (),
                 model: CommentModel | None = None):
        self.pack = pack
        self.staff = StaffMatcher(staff)
        self.model = model or load_model()
        self._learned = self.model.comments.names

    def classify_many(self, texts: Sequence[str]) -> list[Classification]:
        bounded = [_bounded(t) for t in texts]
        scored = self.model.score(bounded)
        results = []
        for row, text in enumerate(bounded):
            scores = {name: float(scored.labels[row, j]) for j, name in enumerate(self._learned)}
            analysed = scored.analysed[row]
            kinds = {span.kind for span in analysed.offensive}
            reported = bool(_REPORTED_SPEECH.search(analysed.norm))
            if "slur" in kinds and not reported:
                scores["hate"] = max(scores["hate"], 0.95)
                scores["abuse"] = max(scores["abuse"], 0.9)
            if "profanity" in kinds and not reported:
                scores["abuse"] = max(scores["abuse"], 0.9)
            targeted = self._has_target(text, analysed)
            if "insult" in kinds and not reported and targeted:
                scores["abuse"] = max(scores["abuse"], 0.8)  # name-calling aimed at someone
            if is_threat(analysed.norm):
                scores["threat"] = max(scores["threat"], 0.9)
            if is_disclosure(analysed.norm):
                scores["safeguarding"] = max(scores["safeguarding"], 0.9)
            if scores["abuse"] >= THRESHOLD and not kinds and not self._has_target(text, analysed):
                # Criticism of a thing, not a person ("the lunches are a disgrace"): M3.
                scores["complaint"] = max(scores["complaint"], scores["abuse"])
                scores["abuse"] = min(scores["abuse"], 0.49)
            named = analysed.full_name or analysed.cues[_FIRST_NAME]
            if not analysed.personal and not (named and analysed.cues[_SENSITIVE]):
                # Without a number or address, personal information means a sensitive fact
                # (health, SEN, family) about a named person; "the head is clueless about
                # SEN" names nobody.
                scores["personal_info"] = min(scores["personal_info"], 0.49)
            if analysed.personal and max(scores["commercial"], scores["spam"]) < THRESHOLD:
                scores["personal_info"] = max(scores["personal_info"], 0.9)
            if not text.strip():
                scores = dict.fromkeys(scores, 0.0)
            scores["staff_mention"] = 1.0 if self.staff.find(text) else 0.0
            labels = [label for label in LABELS if scores.get(label, 0.0) >= THRESHOLD]
            results.append(Classification(
                labels, action_for(labels),
                {label: round(scores.get(label, 0.0), 4) for label in LABELS}))
        return results

    def _has_target(self, text: str, analysed: Analysed) -> bool:
        """Does the comment aim at a person or group (you, she, the head, Mrs X, a group)?"""
        return bool(_PERSON.search(analysed.norm)) or bool(self.staff.find(text))

    def classify(self, text: str) -> Classification:
        return self.classify_many([text])[0]

    def pack_rules(self, classification: Classification) -> list[ModerationRule]:
        """The school's own rule for each label found (what to do, who to tell)."""
        rules = (self.pack.moderation_rule(label) for label in classification.labels)
        return [rule for rule in rules if rule is not None]


def classify(text: str, pack: Pack, staff: Sequence[StaffEntry] = ()) -> Classification:
    """Labels, action and per-label scores for one comment (see module doc)."""
    return CommentClassifier(pack, staff).classify(text)
