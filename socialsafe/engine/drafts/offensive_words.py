"""Offensive language in drafts, from the comment classifier's detector
(`socialsafe.engine.offensive.find_offensive`), with the few readings a school post
needs: "Dick Whittington" is a pantomime, "the cock crows" is the farm topic."""

from __future__ import annotations

import re

from socialsafe.engine.drafts.hits import Hit
from socialsafe.engine.drafts.rules import _folded, _ic
from socialsafe.engine.offensive import Span, find_offensive

_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Miss|Ms|Dr)\.?\s+$")
#: Lexicon words with an everyday meaning in school posts.
_EVERYDAY_WORDS = frozenset({"cock", "cocks"})


#: Name-calling in plain words that a swear-word list does not hold.
DEROGATORY = _ic(
    r"\b(?:bunch of|pack of|absolute|complete|total|utter|spoilt|spoiled|disgusting|gossiping|"
    r"selfish|lazy|ignorant|arrogant|pathetic|useless)\s+(?:cows?|pigs?|animals|clowns?|"
    r"brats?|lunatics?|muppets?|losers?|idiots?|morons?|sheep|snowflakes?|dinosaurs?|"
    r"halfwits?|imbeciles?|parasites?|scroungers?|numpties|wasters?)\b")


#: Mockery and contempt without a listed word: a group or person put down ("basically
#: feral", "the gene pool round here"), sneering at parents, staff or another school.
CONTEMPT = _ic(
    r"\b(?:inbred|inbreds|feral|gene pool|chavs?|chavvy|scroungers?|savages|peasants|"
    r"snowflake (?:parents|generation|brigade|culture)|snowflakes? who|woke (?:brigade|nonsense|"
    r"mob|lot)|(?:pc|political correctness) gone mad|apparently it'?s (?:19|20)\d\d|"
    r"(?:clearly|obviously|frankly|absolutely|utterly|totally|completely|so|just) (?:useless|"
    r"pathetic|incompetent|clueless|hopeless|stupid|thick|brainless|gormless)|"
    r"(?:a bit|a little|bit of a|rather|really|so) (?:simple|thick|dim|dense)\b(?! (?:layer|"
    r"coat|paint|card|paper|snow|fog|slice|cream|mixture|sauce))|"
    r"(?:clearly|obviously|apparently|evidently) (?:can'?t|cannot|unable to|don'?t know how "
    r"to) (?:read|count|spell|understand|follow|drive|park|be bothered)|"
    r"can'?t be bothered to (?:read|learn|check|look|turn up|come|help)|"
    r"(?:say|spell) it (?:out )?(?:slowly|for you)|stupid (?:questions|parents|comments|"
    r"people|excuses)|it'?s not (?:that|rocket) (?:hard|difficult|science)|"
    r"(?:straight|directly|fresh) (?:from|out of) the pub|(?:who|that) can actually (?:kick|"
    r"play|catch|sing|read|count|run|throw)|maybe next time (?:try|bring|turn up)|"
    r"ours (?:was|were|is|are) (?:miles|way|far|so much|much) better|"
    r"pocketed (?:the|our)|glad (?:he'?s|she'?s|they'?re|to see the back of)|get a life|"
    r"grow up,? (?:love|mate|people)|(?:^|[.!?]\s+)do better\b|you'?re (?:a|an|such a) "
    r"(?:pig|disgrace|joke|embarrassment|clown|animal|slob|liar|child)\b|"
    r"(?:as much effort|more effort) into (?:raising|parenting)|slagging (?:me|us|him|her|"
    r"them) off|(?:because|cos) clearly (?:some|our|the|they|she|he)|(?:isn'?t|is not|"
    r"wasn'?t) (?:everyone'?s|their|his|her) strong (?:point|suit)|(?:too|so) (?:stupid|thick|"
    r"lazy|dim|dumb) to\b|useless (?:posh )?(?:kids|lot|parents|people|team|bunch)|"
    r"(?:you are|you'?re|they are|they'?re) (?:\w+ )?(?:pathetic|useless|a disgrace|an "
    r"embarrassment)|\bprats?\b|(?:those|these|a bunch of|bunch of|pack of) (?:snobs|nerds|"
    r"thugs|yobs|losers|chavs|posh kids|toffs|peasants|savages|animals|clowns|muppets|geeks|"
    r"weirdos|hooligans)\b|\bboo[- ]hoo\b|have some (?:pride|self[- ]respect|decency)|"
    r"couldn'?t (?:field|organise|run|put out) a (?:decent|proper)|rolled out of bed|"
    r"played like,? (?:well,? )?(?:a )?(?:girls?|little girls|babies)|(?:go|going) on a diet|"
    r"(?:fat|overweight|obese) (?:parents|dads|mums|kids|children|staff)|"
    r"(?:need|needs|should|to) (?:just )?shut up|(?:moaning|whinging|whingeing|whining) "
    r"(?:parents|mums|dads|people|lot|minnies)|laughable|pull the other one|does (?:nobody|"
    r"no one|anyone) (?:even )?know (?:what|how)|(?:maybe|perhaps) parenting (?:isn'?t|is not)|"
    r"(?:were|was) (?:an? )?(?:absolute |complete |total |utter )?shambles)")
#: A stereotype: a group named by faith, origin, sexuality or disability, and a sweeping
#: claim about it in the same sentence.
GROUP = _ic(
    r"\b(?:muslims?|jews|jewish|christians?|hindus?|sikhs?|catholics?|islamic|polish|poles|"
    r"romanians?|eastern europeans?|immigrants?|migrants?|foreigners?|foreign|asians?|"
    r"black|gypsy|gypsies|travellers?|travelers?|gay|gays|lesbians?|trans|disabled|autistic|"
    r"refugees?|asylum seekers?|boys|girls|women|men|council estate|estate)\b")
SWEEPING = _ic(
    r"\b(?:need to integrate|should integrate|integrate more|go back (?:to|home)|special "
    r"treatment|learn (?:proper |to speak )?english|all the same|typical|you know what "
    r"they'?re like|those people|these people|their lot|can'?t help (?:it|themselves)|"
    r"(?:always|never) (?:late|pay|work|cause|complain|steal|do|bother|read|turn up)|taking "
    r"over|(?:don'?t|do not) want (?:any )?more|"
    r"anything goes|like a girl|man up|(?:aren'?t|are not|isn'?t) (?:natural|normal|real))\b")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def find_contempt(text: str) -> list[Hit]:
    """Derogatory wording that the comment engine's lexicon (`offensive.py`) leaves out;
    kept here, beside the drafts, so that lexicon stays one shared list of words."""
    low = _folded(text)
    hits = [Hit("offensive", m.start(), m.end(),
                "Mocking or contemptuous wording; official posts must be respectful.")
            for m in CONTEMPT.finditer(low)]
    if SWEEPING.search(low) and GROUP.search(low):
        hits += [Hit("offensive", m.start(), m.end(),
                     "A sweeping claim about a group of people; official posts must not "
                     "stereotype.")
                 for m in _SENTENCE.finditer(low)
                 if SWEEPING.search(m.group(0)) and GROUP.search(m.group(0))]
    return hits


def find_offensive_words(text: str) -> list[Hit]:
    hits = [Hit("offensive", s.start, s.end,
                f"Offensive, discriminatory or derogatory language ({s.term}); official "
                f"posts must be respectful.")
            for s in find_offensive(text) if not _harmless(text, s)]
    hits += [Hit("offensive", m.start(), m.end(),
                 "Name-calling; official posts must be respectful.")
             for m in DEROGATORY.finditer(_folded(text))]
    return hits + find_contempt(text)


def _harmless(text: str, span: Span) -> bool:
    word = text[span.start:span.end]
    if word.lower() in _EVERYDAY_WORDS:
        return True
    # "Mr Twit" is a Roald Dahl character
    if word[:1].isupper() and _TITLE_BEFORE.search(text, 0, span.start):
        return True
    # a capitalised word before a surname is a name: "Dick Whittington", "Dick King-Smith"
    return (word[:1].isupper() and word[1:].islower() and span.kind != "slur"
            and _NAME_AFTER.match(text, span.end) is not None)
