"""Turning comments into the feature matrix the learned models read.

Text features are the n-gram TF-IDF vectors of `vectors.py` over the normalised text.
Dense features count the cue groups of `cues.py`, the offensive-word kinds of `offensive.py`
and the kinds of personal information found, plus a few shape features (question mark,
capitals, length). Training (scripts/train_comments.py) and run time share this code."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from socialsafe.engine.comments.cues import FEATURE_NAMES, cue_counts
from socialsafe.engine.comments.personal import PersonalInfo, find_personal_info
from socialsafe.engine.offensive import Span, find_offensive_in
from socialsafe.engine.text import normalise

OFFENSIVE_KINDS = ("slur", "profanity", "insult", "mild")
PERSONAL_KINDS = ("phone", "email", "address", "postcode", "date_of_birth", "registration")
SHAPE = ("question_mark", "exclamations", "capitals", "length", "url")
# Pairs of cue groups that mean more together than apart (a linear model cannot see this):
# an insult aimed at a person (abuse) vs at a thing (complaint), a violent verb with "I'll"
# (threat) vs with "smashed it" (figurative), a child word with a harm word (safeguarding),
# a group word with derogation (hate) vs alone (a mention), praise words with sarcasm
# markers (a complaint), a veiled warning aimed at someone (threat).
PAIRS = (("insult_soft", "person_ref"), ("insult_soft", "thing_ref"),
         ("violence", "first_person_future"), ("violence", "figurative"),
         ("violence", "second_person"), ("child", "harm"), ("harm", "disclosure"),
         ("health", "first_name"), ("group", "insult_soft"), ("complaint", "thing_ref"),
         ("group", "derogation"), ("sarcasm", "praise"), ("praise", "complaint"),
         ("veiled_threat", "second_person"), ("veiled_threat", "person_ref"),
         ("veiled_threat", "child"), ("insult_soft", "second_person"),
         ("group", "praise"), ("group", "question_start"))
_PAIR_INDEX = tuple((FEATURE_NAMES.index(a), FEATURE_NAMES.index(b)) for a, b in PAIRS)
# A group word alone ("Muslim", "girls", "Polish") must not push towards hate: the group
# cue is only a feature in its pairs (with derogation, an insult, praise, a question).
PAIR_ONLY = frozenset({"group"})
_SOLO_INDEX = tuple(i for i, n in enumerate(FEATURE_NAMES) if n not in PAIR_ONLY)
DENSE_NAMES = (
    *(f"cue_{FEATURE_NAMES[i]}" for i in _SOLO_INDEX), *(f"pair_{a}_{b}" for a, b in PAIRS),
    *(f"off_{k}" for k in OFFENSIVE_KINDS), *(f"pi_{k}" for k in PERSONAL_KINDS), *SHAPE,
)

@dataclass(frozen=True, slots=True)
class Analysed:
    """What the rule layer needs besides the matrix: found spans, per comment."""

    norm: str
    offensive: list[Span]
    personal: list[PersonalInfo]
    cues: list[int]  # count per cue group (cues.FEATURE_NAMES)
    full_name: bool  # two capitalised words that look like a person's name


_LETTER = re.compile(r"[^\W\d_]")
_CAPITAL = re.compile(r"[A-Z]")
_FULL_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!(?:Mr|Mrs|Miss|Ms|Dr|Sir|The|Year|Y\d)\b)"
                        r"[A-Z][a-z]{2,} [A-Z][a-z]{2,}\b")


def analyse(text: str) -> Analysed:
    norm = normalise(text)
    return Analysed(norm.text, find_offensive_in(norm), find_personal_info(text),
                    cue_counts(norm.text), bool(_FULL_NAME.search(text)))


def dense_row(text: str, item: Analysed) -> list[float]:
    raw = item.cues
    counts = [math.log1p(raw[i]) for i in _SOLO_INDEX]
    pairs = [float(min(raw[a], raw[b], 2)) for a, b in _PAIR_INDEX]
    kinds = [sum(1 for s in item.offensive if s.kind == k) for k in OFFENSIVE_KINDS]
    personal = [sum(1 for p in item.personal if p.kind == k) for k in PERSONAL_KINDS]
    letters = len(_LETTER.findall(text)) or 1
    shape = [
        1.0 if "?" in text else 0.0,
        min(text.count("!"), 3) / 3,
        len(_CAPITAL.findall(text)) / letters,
        min(len(text), 400) / 400,
        1.0 if ("http" in item.norm or "www." in item.norm or ".com" in item.norm) else 0.0,
    ]
    return [*counts, *pairs, *(math.log1p(k) for k in kinds),
            *(min(p, 1) for p in personal), *shape]
