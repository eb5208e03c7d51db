"""Findings from the learned model (`model.py`) where the rules found nothing.

The model generalises where wording varies (a political jibe, an internal matter), but a
finding on its word alone must be confident, and a few heads need a sign in the words
as well: a personal view needs a first-person speaker ("we think" is the school talking),
a political finding needs a political word."""

from __future__ import annotations

import re

from socialsafe.engine.drafts.hits import Hit
from socialsafe.engine.drafts.model import LinearModel
from socialsafe.engine.drafts.purposes import NO_PURPOSE, is_off_purpose
from socialsafe.engine.drafts.rules import PARTY_NEUTRAL
from socialsafe.engine.names import fold

HEADS = ("political", "personal_view", "confidential", "commercial", "copyright",
         "targeted_message", "offensive")
FLOOR = 0.6
#: Heads whose findings usually block: the model alone must be surer.
FLOORS = {"offensive": 0.75}
POLITICAL_WORDS = re.compile(
    r"\b(?:government|minister|mps?|parliament|part(?:y|ies)|elections?|vot(?:e|ing)|"
    r"polic(?:y|ies)|council|campaign|strikes?|petition|protest|march|rally|funding|cuts|"
    r"tax|vat|unions?|tor(?:y|ies)|labour|conservatives?|reform|brexit|immigration|"
    r"benefits?|austerity|westminster|chancellor|budget|ofsted|academi[sz]ation|ballot|"
    r"war|palestine|israel|ukraine|gaza|climate)\b", re.IGNORECASE)
QUOTED = re.compile(r"(['\"\u2018\u201c])[^'\"\u2019\u201d\n]{1,80}['\"\u2019\u201d]")
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|my|me|myself|imo|imho|tbh)\b",
                          re.IGNORECASE)
SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
MESSAGES = {
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


def learned_hits(model: LinearModel, text: str, wanted: set[str], ruled: dict[str, list[Hit]],
                 allowed_kinds: set[str], purpose_message: str) -> list[Hit]:
    """Model findings for the `wanted` categories the rules (`ruled`) did not catch."""
    scores = model.scores(text)
    positive = model.positive(scores)
    hits: list[Hit] = []
    for head in HEADS:
        if head not in wanted or head not in positive or ruled.get(head):
            continue
        if scores[head] < FLOORS.get(head, FLOOR):
            continue
        if head == "personal_view" and not FIRST_PERSON.search(QUOTED.sub("", text)):
            continue
        if head == "political" and (not POLITICAL_WORDS.search(text)
                                    or PARTY_NEUTRAL.search(fold(text))):
            continue  # no political word, or a mock election or polling station the rules passed
        hits.append(_locate(model, text, head))
    none_threshold = max(0.5, model.thresholds.get(f"purpose:{NO_PURPOSE}", 0.5))
    concern = any(ruled.get(c) for c in ("political", "commercial", "offensive"))
    if "off_purpose" in wanted and is_off_purpose(
            text, scores, allowed_kinds, none_threshold, other_concern=concern,
            aimed_at_one_person=bool(ruled.get("targeted_message"))):
        hits.append(Hit("off_purpose", None, None, purpose_message))
    return hits


def _locate(model: LinearModel, text: str, head: str) -> Hit:
    """Point a model finding at its most telling sentence, or at the whole post."""
    best: tuple[float, int, int] | None = None
    sentences = list(SENTENCE.finditer(text))
    if len(sentences) > 1:
        for m in sentences[:40]:
            score = model.scores(m.group(0))[head]
            if best is None or score > best[0]:
                best = (score, m.start(), m.end())
    if best is None or best[0] < model.thresholds.get(head, 0.5):
        return Hit(head, None, None, MESSAGES[head])
    start, end = best[1], best[2]
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Hit(head, start, end, MESSAGES[head])
