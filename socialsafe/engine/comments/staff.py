"""Finding mentions of the school's staff (KI staff mentions, SPEC W2).

From each register entry `name,role[,aliases]` the matcher knows the forms people write:
the full name, any title with the surname (Mrs Patel, Mr Patel, Dr Patel…), a title with
the surname's initial (Miss P — only when the initial is written as a capital), a title
with the first initial and surname (Mrs P Patel), and every alias given."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from socialsafe.engine.names import NameMatcher
from socialsafe.engine.types import StaffEntry

TITLES = ("Mr", "Mrs", "Miss", "Ms", "Dr", "Mx", "Sir", "Mister", "Master")


@dataclass(frozen=True, slots=True)
class StaffMention:
    start: int
    end: int
    staff: tuple[StaffEntry, ...]


def _split_name(name: str) -> tuple[str, str]:
    words = [w for w in name.replace(".", " ").split()]
    while len(words) > 1 and words[0].capitalize() in TITLES:
        words = words[1:]
    if len(words) == 1:
        return "", words[0]
    return words[0], words[-1]


def staff_forms(entry: StaffEntry) -> list[tuple[str, bool]]:
    """Every way of writing this person's name: (form, written-as-initial)."""
    first, surname = _split_name(entry.name)
    forms: list[tuple[str, bool]] = [(entry.name, False)]
    if first:
        forms.append((f"{first} {surname}", False))
    for title in TITLES:
        for dotted in (title, f"{title}."):
            forms.append((f"{dotted} {surname}", False))
            forms.append((f"{dotted} {surname[0]}", True))
            if first:
                forms.append((f"{dotted} {first[0]} {surname}", False))
                forms.append((f"{dotted} {first[0]}. {surname}", False))
    forms.extend((alias, False) for alias in entry.aliases)
    return forms


_VERB_BEFORE_MISS = ("i", "we", "you", "they", "will", "i'll", "we'll", "really", "do",
                     "don't", "dont", "gonna", "to", "would", "so", "did", "all")


def _initial_is_a_name(text: str, start: int, end: int, surface: str) -> bool:
    """"Miss P" is a name; "I miss p.e." is not. A capital initial always counts; a
    lower-case one unless it starts an abbreviation or "miss" is a verb there."""
    if surface[-1:].isupper():
        return True
    if text[end:end + 1] == "." and text[end + 1:end + 2].isalpha():
        return False
    title = surface.split()[0].lower().rstrip(".")
    before = text[:start].split()
    return not (title == "miss" and before and before[-1].lower() in _VERB_BEFORE_MISS)


class StaffMatcher:
    def __init__(self, staff: Sequence[StaffEntry]):
        self.staff = tuple(staff)
        entries = [(form, (index, initial)) for index, entry in enumerate(self.staff)
                   for form, initial in staff_forms(entry)]
        self._matcher: NameMatcher[tuple[int, bool]] = NameMatcher.build(entries)

    def __bool__(self) -> bool:
        return bool(self.staff)

    def find(self, text: str) -> list[StaffMention]:
        if not self.staff:
            return []
        mentions: list[StaffMention] = []
        for match in self._matcher.find(text):
            initial_ok = _initial_is_a_name(text, match.start, match.end, match.surface)
            people = sorted({index for index, initial in match.keys if not initial or initial_ok})
            if people:
                mentions.append(StaffMention(match.start, match.end,
                                             tuple(self.staff[i] for i in people)))
        return mentions
