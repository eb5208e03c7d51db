"""Normalising user text so that disguised words are found, with a map back to the original.

People hide words from filters: `F*CK`, `sh1t`, `f.u.c.k`, `s p a c e d`, `fuuuuck`,
Cyrillic look-alikes, zero-width characters. `normalise(text)` undoes these and keeps,
for every character of the result, the offset of the original character it came from,
so a match in the normalised text becomes a span in what the person actually wrote.

Steps, each applied only when the text needs it (plain ASCII text takes a fast path):

1. fold: lower case, accents and compatibility forms removed (é→e, ｆ→f, 𝐟→f), common
   Cyrillic/Greek look-alikes mapped to Latin, curly quotes straightened, invisible
   format characters dropped;
2. spaced letters: three or more single letters joined by one separator (`f u c k`,
   `f.u.c.k`, `f-u-c-k`) are joined up;
3. leetspeak: `0 1 3 4 5 7 9 @ $ !` become `o i e a s t g a s i` where they sit inside a word
   (`sh1t`, `b@stard`, `$hit`), but numbers, ordinals (`3rd`) and `Y6` stay as written;
4. repeats: a letter written three or more times in a row counts once (`fuuuck`).

Mask characters (`*`, `#`, `%`, …) are kept: `offensive.py` treats them as wildcards."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

_Replacer = Callable[[str], "list[tuple[str, int]] | None"]

_LOOKALIKES = str.maketrans({
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "ɡ": "g", "ո": "n", "ս": "u",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w",
    # punctuation people type on phones
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"',
    "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-", "\u00a0": " ",
    "\u2007": " ", "\u202f": " ", "\u00d7": "x",
})

_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "9": "g",
         "@": "a", "$": "s", "!": "i"}
_LEET_PLAIN = "".join(_LEET)
_LEET_CHARS = re.escape(_LEET_PLAIN)

_NEEDS_SPACED = re.compile(r"(?<![a-z0-9])[a-z](?:[ .\-_/|·]{1,2}[a-z](?![a-z0-9])){2,}")
_LEET_TOKEN = re.compile(rf"[a-z{_LEET_CHARS}]*[a-z][a-z{_LEET_CHARS}]*")
_HAS_LEET = re.compile(rf"[a-z][{_LEET_CHARS}]|[{_LEET_CHARS}][a-z]")
_ORDINAL_OR_CODE = re.compile(r"\d+(?:st|nd|rd|th|s|am|pm|k|m|yrs?|x)|[a-z]{1,3}\d+|\d+[a-z]")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_SEPARATORS = frozenset(" .-_/|·")


@dataclass(frozen=True, slots=True)
class Normalised:
    """A normalised text and, for each of its characters, the original character's offset."""

    text: str
    original: str
    offsets: tuple[int, ...] | None  # None: identical positions (fast path)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that produced `text[start:end]`."""
        if self.offsets is None:
            return start, end
        if start >= end:
            position = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return position, position
        return self.offsets[start], self.offsets[end - 1] + 1


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if unicodedata.category(ch) in ("Cf", "Mn", "Me"):
        return ""  # zero-width joiners, soft hyphens, stray combining marks
    mapped = ch.translate(_LOOKALIKES)
    if mapped != ch:
        return mapped
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = base.casefold().translate(_LOOKALIKES)
    return folded if folded else ch


def _fold(text: str) -> tuple[str, list[int] | None]:
    if text.isascii():
        return text.lower(), None
    lowered = text.lower()
    table = {ord(ch): _fold_char(ch) for ch in set(lowered) if not ch.isascii()}
    if len(lowered) == len(text) and all(len(v) == 1 for v in table.values()):
        return lowered.translate(table), None  # emojis, accents: one for one
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        out = ch.lower() if ch.isascii() else _fold_char(ch)
        chars.append(out)
        offsets.extend([i] * len(out))
    folded = "".join(chars)
    if len(folded) == len(text) and all(len(c) == 1 for c in chars):
        return folded, None
    return folded, offsets


def _rewrite(
    text: str, offsets: list[int] | None, pattern: re.Pattern[str], replace: _Replacer,
) -> tuple[str, list[int] | None]:
    """Apply `replace` to every match of `pattern`; it returns the kept (char, index in
    match) pairs, so each output character still points into the original text."""
    given = offsets
    if offsets is None:
        offsets = list(range(len(text)))
    out: list[str] = []
    new_offsets: list[int] = []
    last = 0
    changed = False
    for match in pattern.finditer(text):
        start = match.start()
        out.append(text[last:start])
        new_offsets.extend(offsets[last:start])
        pieces = replace(match.group())
        if pieces is None:
            out.append(match.group())
            new_offsets.extend(offsets[start:match.end()])
        else:
            changed = True
            for ch, index in pieces:
                out.append(ch)
                new_offsets.append(offsets[start + index])
        last = match.end()
    if not changed:
        return text, given
    out.append(text[last:])
    new_offsets.extend(offsets[last:])
    return "".join(out), new_offsets


def _join_spaced(token: str) -> list[tuple[str, int]]:
    return [(ch, i) for i, ch in enumerate(token) if ch not in _SEPARATORS]


def _decode_leet(token: str) -> list[tuple[str, int]] | None:
    if _ORDINAL_OR_CODE.fullmatch(token) or sum(c.isalpha() for c in token) < 2:
        return None
    letters = sum(c.isalpha() for c in token)
    result: list[tuple[str, int]] = []
    changed = False
    for i, ch in enumerate(token):
        if ch in _LEET and _leet_in_word(token, i, letters):
            result.append((_LEET[ch], i))
            changed = True
        else:
            result.append((ch, i))
    return result if changed else None


def _leet_in_word(token: str, i: int, letters: int) -> bool:
    """A leet character counts as a letter between letters (sh1t, a55hole) or at the start
    of a longer word ($hit); `@user` and a trailing `!` stay as they are."""
    before = token[:i].rstrip(_LEET_PLAIN)
    after = token[i + 1:].lstrip(_LEET_PLAIN)
    if before and after:
        return True
    if not before and after and token[i] != "@":
        return letters >= 3 and token[i] != "!"
    return False


def _squeeze(token: str) -> list[tuple[str, int]]:
    return [(token[0], 0)]


def normalise(text: str) -> Normalised:
    """Fold, join spaced letters, decode leetspeak and squeeze repeats (see module doc)."""
    folded, offsets = _fold(text)
    if _NEEDS_SPACED.search(folded):
        folded, offsets = _rewrite(folded, offsets, _NEEDS_SPACED, _join_spaced)
    if _HAS_LEET.search(folded):
        folded, offsets = _rewrite(folded, offsets, _LEET_TOKEN, _decode_leet)
    if _REPEATS.search(folded):
        folded, offsets = _rewrite(folded, offsets, _REPEATS, _squeeze)
    return Normalised(folded, text, tuple(offsets) if offsets is not None else None)


def normalise_text(text: str) -> str:
    """Only the normalised string (for feature extraction)."""
    return normalise(text).text
