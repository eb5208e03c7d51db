"""Finding known names (pupils, staff) in free text, fast.

API (shared by `check` and `classify`)::

    from socialsafe.engine.names import NameMatcher

    matcher = NameMatcher.build([("Amelia Jones", "upn1"), ("Amelia", "upn1"),
                                 ("Mrs Patel", "staff3")])
    for m in matcher.find("Well done to amelia\u2019s team and MRS PATEL!"):
        m.start, m.end   # span of the name in the ORIGINAL text (possessive 's excluded)
        m.surface        # the text as written there, e.g. "amelia"
        m.keys           # every key whose surface form matched, e.g. ("upn1",)
        m.possessive     # True when followed by 's / \u2019s / a bare ' after an s

- Matching is case-insensitive, ignores accents (Zoë = Zoe), treats curly and straight
  apostrophes alike and any run of whitespace as one space.
- A match must start and end on a word boundary: "Al" is not found in "also".
- `find()` returns leftmost-longest, non-overlapping matches in text order, so
  "Amelia Jones" wins over "Amelia"; `find(text, overlapping=True)` returns every match.
- Entries with the same surface form share one match whose `keys` lists them all
  (in the order they were given, without duplicates).

Built on pyahocorasick: one pass over the text whatever the number of names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Generic, TypeVar

import ahocorasick

K = TypeVar("K", bound=Hashable)

_APOSTROPHES = "\u2019\u2018\u02bc\u0060\u00b4"
_HYPHENS = "\u2010\u2011"
_SPACE_RUN = re.compile(r"\s{2,}")


@cache
def _fold_table() -> dict[int, str]:
    """Length-preserving folding: accented Latin letters to their base letter,
    curly apostrophes to ', odd hyphens to -, every whitespace character to a space."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii():
            table[code] = base.lower()
    for ch in _APOSTROPHES:
        table[ord(ch)] = "'"
    for ch in _HYPHENS:
        table[ord(ch)] = "-"
    for ch in "\t\n\r\x0b\x0c\u00a0\u2007\u202f\u2028\u2029":
        table[ord(ch)] = " "
    return table


def fold(text: str) -> str:
    """Lower-case and fold `text` keeping its length, so offsets stay valid."""
    lowered = text.lower()
    if len(lowered) != len(text):  # e.g. "İ" lowers to two characters
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lowered.translate(_fold_table())


def _normalise(text: str) -> tuple[str, list[int] | None]:
    """Fold and collapse whitespace runs; return the string and, when it got shorter,
    the map from each of its positions to a position in the original text."""
    folded = fold(text)
    if "  " not in folded:
        return folded, None
    pieces: list[str] = []
    offsets: list[int] = []
    last = 0
    for run in _SPACE_RUN.finditer(folded):
        pieces.append(folded[last:run.start() + 1])
        offsets.extend(range(last, run.start() + 1))
        last = run.end()
    pieces.append(folded[last:])
    offsets.extend(range(last, len(folded) + 1))
    return "".join(pieces), offsets


def normalise_surface(surface: str) -> str:
    return " ".join(fold(surface).split())


@dataclass(frozen=True, slots=True)
class NameMatch(Generic[K]):
    start: int
    end: int
    surface: str
    keys: tuple[K, ...]
    possessive: bool = False


class NameMatcher(Generic[K]):
    """An immutable set of (surface form, key) entries that can be searched in text."""

    def __init__(self, automaton: ahocorasick.Automaton | None, size: int):
        self._automaton = automaton
        self._size = size

    @classmethod
    def build(cls, entries: Iterable[tuple[str, K]]) -> NameMatcher[K]:
        by_surface: dict[str, list[K]] = {}
        for surface, key in entries:
            form = normalise_surface(surface)
            if not any(ch.isalnum() for ch in form):
                continue
            keys = by_surface.setdefault(form, [])
            if key not in keys:
                keys.append(key)
        if not by_surface:
            return cls(None, 0)
        automaton = ahocorasick.Automaton()
        for form, keys in by_surface.items():
            automaton.add_word(form, (len(form), tuple(keys)))
        automaton.make_automaton()
        return cls(automaton, len(by_surface))

    def __len__(self) -> int:
        """The number of distinct surface forms."""
        return self._size

    def find(self, text: str, *, overlapping: bool = False) -> list[NameMatch[K]]:
        if self._automaton is None or not text:
            return []
        norm, offsets = _normalise(text)
        size = len(norm)
        hits: list[tuple[int, int, tuple[K, ...]]] = []
        for last, (length, keys) in self._automaton.iter(norm):
            start, end = last - length + 1, last + 1
            if start > 0 and _joins_word(norm, start - 1, start - 2):
                continue
            if end < size and _joins_word(norm, end, end + 1):
                continue
            hits.append((start, end, keys))
        hits.sort(key=lambda h: (h[0], -h[1]))
        if not overlapping:
            hits = _leftmost_longest(hits)
        matches: list[NameMatch[K]] = []
        for start, end, keys in hits:
            possessive = _is_possessive(norm, end)
            if offsets is not None:
                start, end = offsets[start], offsets[end - 1] + 1
            matches.append(NameMatch(start, end, text[start:end], keys, possessive))
        return matches


def _joins_word(norm: str, edge: int, beyond: int) -> bool:
    """True when the character at `edge` glues the match to a neighbouring word:
    a letter or digit, or an apostrophe/hyphen with a letter beyond it (O'Brien, Ann-Marie).
    A possessive 's after the name is not a join."""
    ch = norm[edge]
    if ch.isalnum():
        return True
    if ch not in "'-" or not 0 <= beyond < len(norm) or not norm[beyond].isalpha():
        return False
    if ch == "'" and beyond > edge:
        return not (norm[beyond] == "s" and (beyond + 1 >= len(norm) or
                                              not norm[beyond + 1].isalnum()))
    return True


def _leftmost_longest(
    hits: list[tuple[int, int, tuple[K, ...]]],
) -> list[tuple[int, int, tuple[K, ...]]]:
    chosen: list[tuple[int, int, tuple[K, ...]]] = []
    reach = -1
    for hit in hits:
        if hit[0] >= reach:
            chosen.append(hit)
            reach = hit[1]
    return chosen


def _is_possessive(norm: str, end: int) -> bool:
    if norm.startswith("'s", end):
        return end + 2 >= len(norm) or not norm[end + 2].isalnum()
    return norm[end - 1:end] == "s" and norm.startswith("'", end) and (
        end + 1 >= len(norm) or not norm[end + 1].isalnum())
