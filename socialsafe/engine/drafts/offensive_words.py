"""Offensive language in drafts, from the comment classifier's detector
(`socialsafe.engine.offensive.find_offensive`), with the few readings a school post
needs: "Dick Whittington" is a pantomime, "the cock crows" is the farm topic."""

from __future__ import annotations

import re

from socialsafe.engine.drafts.hits import Hit
from socialsafe.engine.offensive import Span, find_offensive

_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
#: Lexicon words with an everyday meaning in school posts.
_EVERYDAY_WORDS = frozenset({"cock", "cocks"})


#: Name-calling in plain words that a swear-word list does not hold.
DEROGATORY = re.compile(
    r"\b(?:bunch of|pack of|absolute|complete|total|utter|spoilt|spoiled|disgusting|gossiping|"
    r"selfish|lazy|ignorant|arrogant|pathetic|useless)\s+(?:cows?|pigs?|animals|clowns?|"
    r"brats?|lunatics?|muppets?|losers?|idiots?|morons?|sheep|snowflakes?|dinosaurs?|"
    r"halfwits?|imbeciles?|parasites?|scroungers?|numpties|wasters?)\b", re.IGNORECASE)


def find_offensive_words(text: str) -> list[Hit]:
    hits = [Hit("offensive", s.start, s.end,
                f"Offensive, discriminatory or derogatory language ({s.term}); official "
                f"posts must be respectful.")
            for s in find_offensive(text) if not _harmless(text, s)]
    hits += [Hit("offensive", m.start(), m.end(),
                 "Name-calling; official posts must be respectful.")
             for m in DEROGATORY.finditer(text)]
    return hits


def _harmless(text: str, span: Span) -> bool:
    word = text[span.start:span.end]
    if word.lower() in _EVERYDAY_WORDS:
        return True
    # a capitalised word before a surname is a name: "Dick Whittington", "Dick King-Smith"
    return (word[:1].isupper() and word[1:].islower() and span.kind != "slur"
            and _NAME_AFTER.match(text, span.end) is not None)
