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
from collections.abc import Iterable, Sequence, Set

from socialsafe.engine.comments.cues import FEATURE_NAMES, cue_counts
from socialsafe.engine.comments.features import Analysed
from socialsafe.engine.comments.model import CommentModel, load_model
from socialsafe.engine.comments.rules import (
    ANONYMOUS_MENACE,
    HAZARD_WARNING,
    is_disclosure,
    is_recourse,
    is_sarcastic,
    is_threat,
)
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
    r"assistants?|typical|slt|smt|leadership|management|office staff|counsellor|"
    r"dinner lad(?:y|ies)|parents|families)\b"
)
_FIRST_NAME = FEATURE_NAMES.index("first_name")
_SENSITIVE = FEATURE_NAMES.index("health")
_DEROGATION = FEATURE_NAMES.index("derogation")
_INSULT = FEATURE_NAMES.index("insult_soft")
_COMMERCIAL = FEATURE_NAMES.index("commercial")
_SPAM = FEATURE_NAMES.index("spam")
_EXTREMISM = FEATURE_NAMES.index("extremism")
_COMPLAINT = FEATURE_NAMES.index("complaint")
_THING = FEATURE_NAMES.index("thing_ref")
_PRAISE = FEATURE_NAMES.index("praise")
_GREETING = re.compile(r"\b(?:happy|merry|mubarak|welcome|celebrat\w*|greetings|blessed|"
                       r"festive|congratulations|good luck)\b")
_VIOLENCE = FEATURE_NAMES.index("violence")
_VEILED = FEATURE_NAMES.index("veiled_threat")
_FUTURE = FEATURE_NAMES.index("first_person_future")
_HARM = FEATURE_NAMES.index("harm")
_DISCLOSURE = FEATURE_NAMES.index("disclosure")
_LEANING = 0.35  # a complaint score this high colours how an escalation score is read
_SURE = 0.8  # an escalation score this high needs no supporting cue
_CAP = 0.49  # just under THRESHOLD: the label is withdrawn, its score still shows
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
            if not scored.known_words[row]:
                # Not one known word ("aaaa…", a keyboard mash): the model has nothing to
                # read, so only the rules and the pattern finders below may label it.
                scores = {name: min(score, _CAP) for name, score in scores.items()}
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
            threat_rule, disclosure_rule = is_threat(analysed.norm), is_disclosure(analysed.norm)
            self._escalation_needs_risk_evidence(scores, analysed, threat_rule, disclosure_rule)
            self._criticism_is_not_escalated(scores, analysed, threat_rule or disclosure_rule)
            if threat_rule:
                scores["threat"] = max(scores["threat"], 0.9)
            if disclosure_rule:
                scores["safeguarding"] = max(scores["safeguarding"], 0.9)
            if scores["abuse"] >= THRESHOLD and not kinds and not targeted:
                # Criticism of a thing, not a person ("the lunches are a disgrace"): M3.
                cues = analysed.cues
                if cues[_COMPLAINT] or cues[_THING] or cues[_INSULT]:
                    scores["complaint"] = max(scores["complaint"], scores["abuse"])
                scores["abuse"] = min(scores["abuse"], _CAP)
            self._hate_needs_derogation(scores, analysed, kinds)
            self._sarcasm_is_a_complaint(scores, analysed)
            self._criticism_is_never_hidden(scores, analysed, kinds, targeted)
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

    @staticmethod
    def _escalation_needs_risk_evidence(scores: dict[str, float], analysed: Analysed,
                                        threat_rule: bool, disclosure_rule: bool) -> None:
        """Escalation thresholds are set low (a missed disclosure is the worst error), so
        insults and grievances ("kids left standing in the rain at pick up", "I've
        contacted my solicitor") can graze them. A merely-above-threshold escalation score
        therefore needs evidence of risk as well; a confident score (_SURE) stands alone.
        - threat: some word of menace (violence, a veiled warning, "I'll…", "someone
          should…");
        - when the model leans towards reading the comment as a complaint, or it appeals
          to a formal route or warns of a hazard: a threat needs violence or a veiled
          warning (a formal route never makes a threat), safeguarding a harm or disclosure
          cue."""
        if max(scores["threat"], scores["safeguarding"]) < THRESHOLD:
            return
        cues, norm = analysed.cues, analysed.norm
        menace = (threat_rule or cues[_VIOLENCE] or cues[_VEILED] or cues[_FUTURE]
                  or ANONYMOUS_MENACE.search(norm))
        if not menace and scores["threat"] < _SURE:
            scores["threat"] = min(scores["threat"], _CAP)
        recourse = is_recourse(norm)
        if scores["complaint"] < _LEANING and not recourse:
            return
        menace = threat_rule or cues[_VIOLENCE] or cues[_VEILED]
        if not menace and (recourse or scores["threat"] < _SURE):
            scores["threat"] = min(scores["threat"], _CAP)
        harm = disclosure_rule or cues[_HARM] or cues[_DISCLOSURE]
        if not harm and scores["safeguarding"] < _SURE:
            scores["safeguarding"] = min(scores["safeguarding"], _CAP)

    @staticmethod
    def _criticism_is_not_escalated(scores: dict[str, float], analysed: Analysed,
                                    rule_fired: bool) -> None:
        """M3: criticism of a decision or service ("the toilets are filthy and the kids
        hate using them", "no call, no note, nothing") gets a reply, however sure the
        model is that a comment about children needs escalating — unless something
        besides the model says there is risk: a threat or disclosure rule, a word of
        menace (violence, a veiled warning, "I'll…", "someone should…") or of harm (a
        harm or disclosure cue). Such an escalation is the model alone, so the comment
        is answered as a complaint.
        A threat is withdrawn only when the criticism takes a formal route or warns of a
        hazard: menace is often veiled in words no lexicon lists ("he'll need a new
        face"), and a grumbling or sarcastic tone does not rule it out."""
        if max(scores["threat"], scores["safeguarding"]) < THRESHOLD or rule_fired:
            return
        cues, norm = analysed.cues, analysed.norm
        if HAZARD_WARNING.search(norm):
            # "…before someone gets hurt": the warning's own words are not menace.
            cues = cue_counts(HAZARD_WARNING.sub(" ", norm))
        risk = (cues[_VIOLENCE] or cues[_VEILED] or cues[_FUTURE] or cues[_HARM]
                or cues[_DISCLOSURE] or ANONYMOUS_MENACE.search(norm))
        if risk:
            return
        grievance = is_recourse(norm)
        criticism = (grievance or scores["complaint"] >= _LEANING or is_sarcastic(norm)
                     or (cues[_COMPLAINT] and cues[_THING]))
        if grievance and scores["threat"] >= THRESHOLD:
            scores["threat"] = min(scores["threat"], _CAP)
        if criticism and scores["safeguarding"] >= THRESHOLD:
            scores["safeguarding"] = min(scores["safeguarding"], _CAP)
        if criticism and max(scores["threat"], scores["safeguarding"]) < THRESHOLD:
            scores["complaint"] = max(scores["complaint"], 0.6)

    @staticmethod
    def _hate_needs_derogation(scores: dict[str, float], analysed: Analysed,
                               kinds: Set[str]) -> None:
        """A group named in a greeting, praise or a plain question ("Eid Mubarak to our
        Muslim families", "well done year 10 girls", "a prayer space for the Muslim
        pupils?") is a mention, not hate: in a friendly comment (praise, a greeting, a
        question) hate needs a sign of contempt — a slur or other offensive word,
        derogation (generalising, dehumanising, exclusion), an insult, extremist talk or a
        complaint's edge."""
        if scores["hate"] < THRESHOLD:
            return
        cues = analysed.cues
        contempt = (kinds - {"mild"} or cues[_DEROGATION] or cues[_INSULT] or cues[_EXTREMISM]
                    or cues[_COMPLAINT])
        friendly = (max(scores["praise"], scores["question"]) >= THRESHOLD
                    or cues[_PRAISE] or _GREETING.search(analysed.norm))
        if friendly and not contempt:
            scores["hate"] = min(scores["hate"], _CAP)

    @staticmethod
    def _sarcasm_is_a_complaint(scores: dict[str, float], analysed: Analysed) -> None:
        """"Oh brilliant, another inset day 🙄" praises nothing: it is a complaint."""
        if is_sarcastic(analysed.norm):
            scores["complaint"] = max(scores["complaint"], 0.6)
            scores["praise"] = min(scores["praise"], _CAP)

    @staticmethod
    def _criticism_is_never_hidden(scores: dict[str, float], analysed: Analysed,
                                   kinds: Set[str], targeted: bool) -> None:
        """M3: a comment whose only negative signal is criticism of a decision or service
        gets a reply, never `hide`. Hiding needs its own evidence: an offensive word, an
        insult aimed at a person, derogation of a group, contact details, a link or an
        advert's wording — not a price in a complaint about a trip."""
        if scores["complaint"] < THRESHOLD:
            return
        cues = analysed.cues
        if not (kinds - {"mild"} or (cues[_INSULT] and targeted) or cues[_DEROGATION]):
            scores["abuse"] = min(scores["abuse"], _CAP)
        advert = "http" in analysed.norm or "www." in analysed.norm or analysed.personal
        if not advert and cues[_COMMERCIAL] + cues[_SPAM] <= 1:
            scores["commercial"] = min(scores["commercial"], _CAP)
            scores["spam"] = min(scores["spam"], _CAP)

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
