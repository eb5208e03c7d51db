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


def find_offensive_words(text: str) -> list[Hit]:
    return [Hit("offensive", s.start, s.end,
                f"Offensive, discriminatory or derogatory language ({s.term}); official "
                f"posts must be respectful.")
            for s in find_offensive(text) if not _harmless(text, s)]


def _harmless(text: str, span: Span) -> bool:
    word = text[span.start:span.end]
    if word.lower() in _EVERYDAY_WORDS:
        return True
    # a capitalised word before a surname is a name: "Dick Whittington", "Dick King-Smith"
    return (word[:1].isupper() and word[1:].islower() and span.kind != "slur"
            and _NAME_AFTER.match(text, span.end) is not None)
