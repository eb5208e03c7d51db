"""Pupils named in a draft without name consent, or on the do-not-publish list (SPEC C2).

Every roster pupil is matched by legal and preferred forename, forename + surname and
forename + surname initial, in any case, possessives included. A first name shared by
several pupils is flagged when any of them may not be named, and the message says so.

Names that are also ordinary words (Grace, Hope, Summer, Will, May…) are only taken
for a person when the context says so: capitalised, not inside a fixed phrase ("grace
period", "Summer Fair") and next to person context (a verb such as "scored", "well done",
a year group, a surname, another pupil in a list)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from socialsafe.engine.drafts.hits import Hit
from socialsafe.engine.names import NameMatch, NameMatcher
from socialsafe.engine.types import Pupil, StaffEntry


def _words(block: str) -> list[str]:
    return block.split()


ORDINARY_WORD_NAMES = frozenset(_words("""
grace hope summer jack will poppy rose faith joy amber holly ivy daisy autumn iris ruby
crystal dawn mark bill art sunny lily heather jasmine violet hazel willow sky skye river
storm rain star honey brook brooke penny pearl jade ginger sage rowan ash hunter archer
mason miles frank rich guy rob sue pat carol angel destiny harmony melody bliss blossom
clay cliff dale glen wade drew gene jay kit max ray reed king chance chase forest nick
matt don dean sonny olive fern bay bear hero journey justice liberty lyric meadow misty
haven heaven charity patience prudence ebony coral robin wren lark phoenix august june
april may winter spring noel carol buddy major prince princess precious lucky blue aspen
cedar oak elm birch laurel maple juniper cherry luna aurora nova roman maya florence
georgia india jordan chelsea devon austin lincoln chester sydney paris victoria kingsley
harvest hunter marshall bishop cole hall sterling ace echo true unity infinity faith
rocky dusty rusty goldie sandy misty fox wolf
"""))

#: Seasons and months: "Summer is here", "May has been busy" are not people.
SEASON_WORDS = frozenset(_words("""
summer autumn winter spring april may june august
"""))

FIXED_PHRASES = (
    "grace period", "saying grace", "say grace", "summer fair", "summer fete", "summer term",
    "summer holidays", "summer holiday", "summer concert", "summer show", "summer reading",
    "summer camp", "summer uniform", "summer sports", "autumn term", "spring term",
    "winter term", "autumn fair", "winter fair", "spring fair", "christmas fair",
    "poppy appeal", "poppy day", "poppy sale", "poppies", "harvest festival", "harvest",
    "jack and the beanstalk", "union jack", "jack frost", "holly and the ivy",
    "holly and ivy", "rose garden", "mark your calendars", "mark your calendar",
    "mark your diaries", "mark your diary", "mark the date", "bill of rights",
    "art week", "art club", "art gallery", "art exhibition", "art lessons", "art day",
    "peter pan", "peter rabbit", "harry potter", "oliver twist", "robin hood",
    "alice in wonderland", "noah's ark", "mary and joseph", "baby jesus", "christmas eve",
    "new year's eve", "david and goliath", "charlie and the chocolate factory",
    "matilda the musical", "roald dahl", "king charles", "queen elizabeth",
    "queen victoria", "prince george", "guy fawkes", "captain tom", "florence nightingale",
    "mary seacole", "rosa parks", "martin luther king", "anne frank", "isaac newton",
    "charles darwin", "jane austen", "william shakespeare", "tom gates", "paddington",
    "winnie the pooh", "julia donaldson", "tim peake", "emmeline pankhurst",
    "greta thunberg", "amelia earhart", "grace darling", "henry viii", "elizabeth i",
    "red nose day", "children in need", "the gruffalo", "the hungry caterpillar",
    "grace hopper", "ruby bridges", "walter tull", "marcus rashford", "joseph's coat",
    "angel gabriel", "amber warning", "amber alert", "amber weather", "yellow warning",
    "will be", "we hope", "i hope", "hope you", "hope to", "hope that", "hope everyone",
    "many happy returns", "jack and jill", "little miss muffet", "mary mary quite contrary",
    "old king cole", "georgie porgie", "little bo peep", "wee willie winkie", "jack sprat",
    "simple simon", "peter piper", "polly put the kettle on", "goldilocks",
    "hansel and gretel", "little red riding hood", "tom thumb", "snow white",
    "peter and the wolf", "james and the giant peach", "fantastic mr fox", "horrid henry",
    "tracy beaker", "charlie brown", "thomas the tank engine", "bob the builder",
    "peppa pig", "george pig", "percy jackson", "oliver!", "little women", "black beauty",
    "tom's midnight garden", "charlotte's web", "stig of the dump", "billy goats gruff",
    "the owl who was afraid of the dark", "elmer", "supertato", "kipper", "biff, chip and kipper",
    "biff and chip", "mr men", "little miss", "tiddler", "zog", "stick man", "room on the broom",
    "st george", "st patrick", "st david", "st andrew", "st nicholas", "father christmas",
    "santa claus", "good king wenceslas",
)

TITLES = frozenset(_words("""
mr mrs miss ms mx dr sir dame lady lord rev revd reverend prof professor captain capt
father fr sister brother saint st king queen prince princess uncle aunt auntie nanny nan
grandma grandad grandpa granny coach councillor cllr author poet illustrator
"""))

#: A name followed by one of these is a place, a class or a thing, not a pupil.
NOT_A_PERSON_NEXT = frozenset(_words("""
road rd street avenue ave lane close drive way court gardens park hall house class
classes team teams primary academy school schools centre center church chapel ward zoo
museum theatre theater library farm woods wood hill bridge green square crescent terrace
place grove college nursery infants juniors federation trust room block building wing
base cafe day term fair fete festival appeal holidays holiday half bank concert show
"""))

PERSON_VERBS = frozenset(_words("""
scored won wins wrote writes painted paints drew read reads performed performs achieved
achieves received receives earned earns completed completes finished finishes played
plays sang sings danced dances helped helps made makes showed shows came comes joined
joins represented represents competed competes raised raises ran runs swam swims took
takes gave gives designed designs built builds created creates presented presents worked
works tried tries managed manages passed passes who has had was is did does will said
says loves loved enjoyed enjoys celebrated celebrates turned turns became becomes walked
swam cycled baked cooked dressed looked told tells asked shared shares brought brings
collected collects finished got gets reached reaches impressed amazed
feels likes wants needs hopes thinks knows goes seems sang
reading playing helping singing dancing working showing enjoying making leading running
performing wearing holding practising learning writing painting taking representing
competing swimming baking building drawing cooking celebrating presenting receiving
"""))
#: Words between a name and its verb: "Hope really impressed us".
ADVERBS = frozenset(_words("""
really also just always then even finally truly absolutely certainly clearly definitely
"""))
#: Things a child makes or has: "Summer's poem" is a pupil's, "Summer's here" is the season.
BELONGINGS = frozenset(_words("""
poem story painting picture drawing artwork art writing work model project poster speech
performance dance solo song idea design essay book mum dad family brother sister birthday
photo costume certificate award medal trophy handwriting presentation recipe invention
"""))
AND_HIS_OR_HER = re.compile(r"^\s*(?:and|&)\s+(?:his|her)\s+\w")
#: Weak verbs that make "Summer is" / "May has" ambiguous.
WEAK_VERBS = frozenset(_words("""
is was has had will does did
"""))

BEFORE_PERSON = re.compile(
    r"(?:well done|congratulations|congrats|thank you|thanks|shout[- ]?out|goes to|"
    r"awarded to|presented to|proud of|star of the week|pupil of the week|"
    r"welcome(?: back)?|happy birthday|good luck|bravo|amazing|fantastic|brilliant|"
    r"(?:lovely|great|wonderful|nice|good) to see|(?:special )?mention (?:to|for)|here is|"
    r"here's|meet|this is|pictured|photo of|picture of|hats off to|props to|kudos to|"
    r"(?:the )?winners? (?:is|are|was|were)|little|young|clever|brave|talented|"
    r"(?:winner|champion|star|player|reader|writer|artist|pupil)s?\b[^.!?\n]{0,30}\b(?:is|are)|"
    r"superstar|our own|our very own|go|with|by|and|&|,)(?:\s+(?:to|for|from))?\W*$",
    re.IGNORECASE,
)
AFTER_PERSON = re.compile(
    r"^(?:'s|\u2019s)?\s*(?:,\s*who\b|,\s*(?:you|your)\b|,\s*\d{1,2}\s*,|"
    r"\(\s*(?:year|yr|y|class|aged?)\s*\w+|,?\s*(?:in|from|of|,\s*(?:our|a|the))?\s*"
    r"(?:(?:year|yr|y)\s?(?:\d{1,2}|r)|reception|nursery)\b|,?\s*(?:aged?)\s*\d)",
    re.IGNORECASE,
)
LOWER_CASE_PERSON = re.compile(
    r"^\s*(?:(?:in|from)\s+(?:(?:year|yr|y)\s?(?:\d{1,2}|r)|reception|nursery)|,\s*(?:our|a)\s+"
    r"(?:year|yr)\s?\d{1,2})\b", re.IGNORECASE)
AND_A_NAME = re.compile(r"^\s*(?:and|&)\s+(?P<name>[A-Z][a-z]+)")
#: "the Rowan and Hazel forms", "our Amber and Ruby teams": names of groups, not pupils.
NAMES_OF_GROUPS = re.compile(
    r"^(?:\s*(?:,|and|&)\s*[A-Z][a-z]+)*\s+(?:forms?|tutor groups?|teams?|houses?|groups?|"
    r"class(?:es)?|sets?|bands?|tables?|week|day|month|festival)\b")
NEXT_WORD = re.compile(r"^(?:'s|\u2019s)?\s+([A-Za-z][\w'-]*)")


@dataclass(frozen=True, slots=True)
class _Key:
    """What a matched surface form refers to: a pupil, a staff member or a fixed phrase."""

    kind: str  # "pupil" | "staff" | "phrase"
    index: int


def _pupil_forms(pupil: Pupil) -> Iterable[str]:
    surname = pupil.legal_surname.strip()
    for forename in {pupil.legal_forename.strip(), pupil.preferred_forename.strip()} - {""}:
        yield forename
        if surname:
            yield f"{forename} {surname}"
            yield f"{forename} {surname[0]}"
            yield f"{forename} {surname[0]}."


class PupilFinder:
    """Finds pupils without name consent in drafts; build once per roster."""

    def __init__(self, roster: Sequence[Pupil], staff: Sequence[StaffEntry] = ()):
        self.roster = list(roster)
        entries: list[tuple[str, _Key]] = []
        for i, pupil in enumerate(self.roster):
            entries.extend((form, _Key("pupil", i)) for form in _pupil_forms(pupil))
        for i, member in enumerate(staff):
            for form in (member.name, *member.aliases):
                entries.append((form, _Key("staff", i)))
        if any(not p.may_be_named for p in self.roster):
            entries.extend((phrase, _Key("phrase", i)) for i, phrase in enumerate(FIXED_PHRASES))
        self.matcher: NameMatcher[_Key] = NameMatcher.build(entries)
        self.surnames = frozenset(p.legal_surname.strip().lower() for p in self.roster)
        self.forenames = frozenset(f.strip().lower() for p in self.roster
                                   for f in (p.legal_forename, p.preferred_forename) if f)
        self.anyone_restricted = any(not p.may_be_named for p in self.roster)

    def find(self, text: str) -> list[Hit]:
        if not self.anyone_restricted:
            return []
        matches = self.matcher.find(text)
        hits: list[Hit] = []
        people = {m.start for m in matches if self._is_person(text, m, matches)}
        named_in_full: list[Pupil] = []
        for match in matches:
            pupils = [self.roster[k.index] for k in match.keys if k.kind == "pupil"]
            if not pupils or any(k.kind != "pupil" for k in match.keys):
                continue
            if len(match.surface.split()) > 1 and len(pupils) == 1:
                named_in_full.append(pupils[0])
            elif len(pupils) > 1:
                pupils = _same_pupil_as_before(pupils, named_in_full)
            restricted = [p for p in pupils if not p.may_be_named]
            if not restricted or match.start not in people:
                continue
            hits.append(Hit("pupil_no_consent", match.start, match.end,
                            _message(match.surface, pupils, restricted)))
        return hits

    def _is_person(self, text: str, match: NameMatch[_Key], all_matches: list[
            NameMatch[_Key]]) -> bool:
        """Decide whether this occurrence of a name refers to a person."""
        before = text[max(0, match.start - 40):match.start]
        after = text[match.end:match.end + 40]
        if _inside_address(before, after):
            return False
        prev_word = re.search(r"([A-Za-z]+)\.?\s*$", before)
        if prev_word and prev_word.group(1).lower() in TITLES and before.rstrip()[-1:] != ",":
            return False
        if prev_word and prev_word.group(1).lower() in _ARTICLES:
            return False  # "we had an Alice and three Gruffalos": a character, not a pupil
        next_word = NEXT_WORD.match(after)
        following = next_word.group(1) if next_word else ""
        if following.lower() in NOT_A_PERSON_NEXT and not match.possessive:
            return False
        if not match.possessive and NAMES_OF_GROUPS.match(after):
            return False
        surface = match.surface
        words = surface.split()
        is_full_name = len(words) > 1
        if is_full_name:
            return True
        if (following[:1].isupper()
                and following.lower() not in _CAPITALISED_FILLERS
                and following.lower() not in _FAMILY
                and not after.startswith(("\n", ",", ".", "!"))):
            # "Amelia Earhart", "Max Verstappen": someone not on the roster;
            # "Ben's Burgers", "Harrison's Garden Centre": a business
            return False
        previous = re.search(r"([A-Z][a-z'-]+) $", before)
        if previous and previous.group(1).lower() in self.forenames and not is_full_name:
            return False  # "Muhammad Ali": here the name is somebody's surname
        if surface.lower() not in ORDINARY_WORD_NAMES:
            return True
        return self._ordinary_word_is_person(text, match, before, after, following,
                                             all_matches)

    def _ordinary_word_is_person(self, text: str, match: NameMatch[_Key], before: str,
                                 after: str, following: str,
                                 all_matches: list[NameMatch[_Key]]) -> bool:
        surface = match.surface
        if not surface[:1].isupper():
            # "well done to summer in year 3": a lower-case name needs a year group or class
            # right after it
            return (LOWER_CASE_PERSON.match(after) is not None
                    and not re.search(r"\bthe\s*$", before, re.IGNORECASE))
        word = surface.lower()
        and_name = AND_A_NAME.match(after)
        if AFTER_PERSON.match(after) or (and_name and word not in SEASON_WORDS and and_name.group(
                "name").lower() in self.forenames):
            return True
        verb = following.lower()
        if verb in ADVERBS:
            later = NEXT_WORD.match(after[after.lower().find(verb) + len(verb):])
            verb = later.group(1).lower() if later else verb
        seasonal = word in SEASON_WORDS
        if AND_HIS_OR_HER.match(after) and not seasonal:
            return True  # "Ivy and her team built…"
        if match.possessive and verb in BELONGINGS:
            return True  # "Summer's poem"
        if verb in PERSON_VERBS and not (verb in WEAK_VERBS and (seasonal or word == "will")):
            return True  # "Grace scored", "Hope has been…"; not "Summer is here", "Will will…"
        if verb.endswith("ed") and len(verb) > 4 and not seasonal and word not in _NOUN_LIKE:
            return True  # "Ruby organised…", "Holly decorated…": a past-tense action
        if match.possessive and not seasonal:
            return True
        trigger = BEFORE_PERSON.search(before)
        if trigger is None:
            return False
        if trigger.group(0).strip(" \t,&").lower() in {"", "and", "with", "by", "go"}:
            return self._next_to_a_person(text, match, all_matches)
        return True

    def _next_to_a_person(self, text: str, match: NameMatch[_Key],
                          all_matches: list[NameMatch[_Key]]) -> bool:
        """True when the name sits in a list with another pupil's name: "Tom, Grace and Ali"."""
        for other in all_matches:
            if other is match or not any(k.kind == "pupil" for k in other.keys):
                continue
            if other.surface.lower() in ORDINARY_WORD_NAMES and not other.surface[:1].isupper():
                continue
            lo, hi = sorted((other.end, match.start)) if other.end <= match.start else (
                match.end, other.start)
            gap = text[lo:hi]
            if 0 <= hi - lo <= 12 and re.fullmatch(r"(?:'s|\u2019s)?\s*(?:,|and|&|,\s*and)?\s*",
                                                   gap):
                return True
        return False


_TOKEN_BEFORE = re.compile(r"\S*$")
_TOKEN_AFTER = re.compile(r"^\S*")


def _inside_address(before: str, after: str) -> bool:
    """A name inside a URL, e-mail address or @handle is not written about a pupil."""
    head = _TOKEN_BEFORE.search(before)
    tail = _TOKEN_AFTER.match(after)
    token = (head.group(0) if head else "") + "#" + (tail.group(0) if tail else "")
    inner = token.strip(".,!?;:()'\"")
    return any(mark in inner for mark in ("/", "@", "_", "www.")) or (
        "." in inner and not inner.endswith("#") and inner[inner.index("#") + 1:][:1] == ".")


#: Ordinary-word names that read as nouns before a participle ("Art inspired by Monet").
_NOUN_LIKE = frozenset({"art", "bill", "mark", "harvest", "star", "sky", "rain", "storm"})
_ARTICLES = frozenset({"a", "an", "another", "two", "three", "four", "several", "many"})
_FAMILY = frozenset({"mum", "dad", "nan", "nana", "grandma", "grandad", "family", "mummy",
                     "daddy"})
_CAPITALISED_FILLERS = frozenset(_words("""
i the a an and we our you your well this that it is was has for in on at to of year yr
class team today tomorrow yesterday monday tuesday wednesday thursday friday saturday
sunday great amazing brilliant fantastic thank thanks congratulations congrats what
"""))


def _same_pupil_as_before(pupils: list[Pupil], named_in_full: list[Pupil]) -> list[Pupil]:
    """"Grace Lee won… Grace said…": a first name after a full name in the same post
    means that pupil, not every pupil who shares the first name."""
    earlier = [p for p in pupils if p in named_in_full]
    return earlier[-1:] if earlier else pupils


def _describe(pupil: Pupil) -> str:
    year = f", Year {pupil.year_group}" if pupil.year_group not in ("", "R", "N") else (
        ", Reception" if pupil.year_group == "R" else "")
    forename = pupil.preferred_forename or pupil.legal_forename
    reason = "on the do-not-publish list" if pupil.do_not_publish else "no name consent"
    return f"{forename} {pupil.legal_surname}{year}: {reason}"


def _message(surface: str, pupils: list[Pupil], restricted: list[Pupil]) -> str:
    if len(pupils) == 1:
        return f"“{surface}” names a pupil who may not be named ({_describe(pupils[0])})."
    listed = "; ".join(_describe(p) for p in restricted[:3])
    more = f" and {len(restricted) - 3} more" if len(restricted) > 3 else ""
    if len(restricted) == len(pupils):
        return (f"“{surface}” matches {len(pupils)} pupils and none of them may be named "
                f"({listed}{more}).")
    return (f"“{surface}” is ambiguous: it matches {len(pupils)} pupils and "
            f"{len(restricted)} of them may not be named ({listed}{more}). Check who is "
            f"meant, or use a consented pupil's full name.")
