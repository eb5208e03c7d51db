"""Finding offensive words in text, however they are disguised.

`find_offensive(text)` returns the spans (offsets into the ORIGINAL text) of swear words,
slurs and name-calling insults, after the normalisation of `text.py` (so `F*CK`, `sh1t`,
`f.u.c.k`, `s p a c e d` and `fuuuck` are all found) and with mask characters treated as
hidden letters (`c**t`, `b*tch`). Words are matched whole ("Scunthorpe", "class" and
"peacock" are clean) except for a few stems that only ever appear in swearing
(`fuck`, `shit`, `wank`), which are also found inside compounds.

Kinds, from most to least serious: `slur` (racist, homophobic, disablist, …), `profanity`
(strong swearing), `insult` (name-calling without swearing), `mild` (crap, bloody).
The draft checker reports every span; the comment classifier uses them as features."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

import ahocorasick

from socialsafe.engine.text import Normalised, normalise

Kind = Literal["slur", "profanity", "insult", "mild"]
KIND_ORDER: dict[str, int] = {"slur": 0, "profanity": 1, "insult": 2, "mild": 3}

SLURS = """
nigger niggers nigga niggas paki pakis spic spics kike kikes wog wogs
gyppo gyppos gypo pikey pikeys coon coons golliwog raghead ragheads towelhead towelheads
faggot faggots dyke dykes tranny trannies shemale poof poofs poofter poofters
batty-boy bum-boy retard retards retarded spastic spastics spaz spazz spacker mong mongs
mongoloid libtard libtards feminazi feminazis darkie darkies sambo
"""

PROFANITY = """
fuck fucks fucked fucker fuckers fucking fuckin fuckwit fuckwits fuckface fuckhead
motherfucker motherfuckers motherfucking shit shits shite shitty shithead shitheads shitbag
bullshit dipshit cunt cunts twat twats twunt wanker wankers wank wanking bastard bastards
bitch bitches bitchy bollocks bollock dickhead dickheads dick dicks prick pricks arsehole
arseholes asshole assholes arsewipe slag slags slut sluts whore whores tosser tossers
knobhead knobheads nobhead bellend bellends cock cocks cocksucker jackass piss pissed
pissing effing feck fecking frigging friggin nonce nonces stfu gtfo fcuk fcuking fuk fuks
fukin fuking fking fkin fkn phuck phucking fukker fuckers shitting
"""

INSULTS = """
idiot idiots idiotic moron morons moronic imbecile imbeciles cretin cretins halfwit halfwits
dimwit dimwits numpty numpties pillock pillocks plonker plonkers scumbag scumbags scum
vermin dumbass dumbasses douchebag douchebags douche muppet muppets git gits jobsworth
jobsworths buffoon buffoons nitwit nitwits twit twits wally wallies oaf oafs slob slobs
scrounger scroungers slapper slappers hag hags freak freaks pervert perverts psycho psychos
nutter nutters headcase loser losers weirdo weirdos cretinous spineless gormless brainless
"""

MILD = """
crap crappy bloody damn damned arse bugger sod ffs wtf
"""

PHRASES: dict[str, Kind] = {
    "piss off": "profanity", "sod off": "profanity", "f off": "profanity",
    "eff off": "profanity", "go to hell": "profanity", "screw you": "insult",
    "shut the f up": "profanity", "brain cell": "insult",
    "waste of space": "insult", "waste of oxygen": "insult", "stupid cow": "insult",
    "silly cow": "insult", "fat cow": "insult", "ugly cow": "insult", "old bag": "insult",
    "batty boy": "slur", "bum boy": "slur", "thick as mince": "insult",
}

# Only ever swearing, so also found inside compounds ("fuckwittery", "shitshow").
STEMS = frozenset({"fuck", "shit"})
# Ordinary phrases that contain a listed word: a hit inside one of them is not reported.
NEUTRAL = ("dick whittington", "moby dick", "spotted dick", "cock a doodle", "cock-a-doodle",
           "slag heap", "prick your finger", "sod of turf")
_NEUTRAL = re.compile("|".join(re.escape(p) for p in NEUTRAL))
# Characters people use to hide letters: each stands for exactly one letter.
MASKS = "*#%$@_"
_MASKED = re.compile(r"(?<![a-z])[a-z][a-z*#%$@_]*[*#%$@_][a-z*#%$@_]*")


@dataclass(frozen=True, slots=True)
class Span:
    """An offensive word: `text[start:end]` of the original text."""

    start: int
    end: int
    term: str  # the lexicon word it was read as, e.g. "fuck" for "F*CK"
    kind: Kind


def lexicon() -> dict[str, Kind]:
    words: dict[str, Kind] = {}
    for block, kind in ((MILD, "mild"), (INSULTS, "insult"), (PROFANITY, "profanity"),
                        (SLURS, "slur")):
        for word in block.split():
            words[word.replace("-", " ")] = kind  # type: ignore[assignment]
    words.update(PHRASES)
    return words


@cache
def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word, kind in lexicon().items():
        automaton.add_word(word, (word, kind))
    automaton.make_automaton()
    return automaton


@cache
def _by_shape() -> dict[tuple[str, int], list[tuple[str, Kind]]]:
    """Lexicon words by (first letter, length), most serious first: masked-token lookup."""
    shapes: dict[tuple[str, int], list[tuple[str, Kind]]] = {}
    for word, kind in lexicon().items():
        if " " not in word:
            shapes.setdefault((word[0], len(word)), []).append((word, kind))
    for entries in shapes.values():
        entries.sort(key=lambda e: KIND_ORDER[e[1]])
    return shapes


def _unmask(token: str) -> tuple[str, Kind] | None:
    visible = sum(c not in MASKS for c in token)
    if visible < 1 or len(token) < 3 or visible == len(token):
        return None
    for word, kind in _by_shape().get((token[0], len(token)), []):
        if all(t in MASKS or t == w for t, w in zip(token, word, strict=True)):
            return word, kind
    return None


def _is_letter(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isalpha()


def find_offensive(text: str) -> list[Span]:
    """Offensive words in `text`, in text order, non-overlapping (longest wins)."""
    if not text:
        return []
    return find_offensive_in(normalise(text))


def find_offensive_in(norm: Normalised) -> list[Span]:
    """`find_offensive` for a text already normalised (saves normalising twice)."""
    found: list[tuple[int, int, str, Kind]] = []
    for last, (word, kind) in _automaton().iter(norm.text):
        start, end = last - len(word) + 1, last + 1
        whole = not _is_letter(norm.text, start - 1) and not _is_letter(norm.text, end)
        if whole or word in STEMS:
            found.append((start, end, word, kind))
    if any(m in norm.text for m in MASKS):
        for match in _MASKED.finditer(norm.text):
            token = match.group().rstrip("_@$")
            hit = _unmask(token)
            if hit is not None:
                found.append((match.start(), match.start() + len(token), *hit))
    if found and _NEUTRAL.search(norm.text):
        safe = [m.span() for m in _NEUTRAL.finditer(norm.text)]
        found = [f for f in found if not any(a <= f[0] and f[1] <= b for a, b in safe)]
    return [Span(*norm.original_span(s, e), word, kind) for s, e, word, kind in _longest(found)]


def _longest(
    found: list[tuple[int, int, str, Kind]],
) -> list[tuple[int, int, str, Kind]]:
    found.sort(key=lambda f: (f[0], -f[1]))
    chosen: list[tuple[int, int, str, Kind]] = []
    reach = -1
    for item in found:
        if item[0] >= reach:
            chosen.append(item)
            reach = item[1]
    return chosen


def worst_kind(spans: list[Span]) -> Kind | None:
    return min((s.kind for s in spans), key=KIND_ORDER.__getitem__, default=None)
