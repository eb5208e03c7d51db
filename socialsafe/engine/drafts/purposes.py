"""Allowed purposes of official posts (KI staff conduct, SO official accounts).

Packs word their purposes freely ("trips_and_activities", "Job vacancies or requests for
volunteers"); the model predicts one of a fixed set of purpose kinds. This module maps
pack wording onto those kinds."""

from __future__ import annotations

import re
from collections.abc import Iterable

from socialsafe.engine.names import fold

PURPOSE_KINDS = (
    "events", "reminders", "achievements", "closures", "vacancies", "newsletters",
    "seasonal", "feedback", "activities",
)
NO_PURPOSE = "none"

_KEYWORDS: dict[str, tuple[str, ...]] = {
    "events": ("event", "advert", "fair", "performance"),
    "reminders": ("remind", "deadline"),
    "achievements": ("achiev", "news", "success", "performance", "celebrat"),
    "closures": ("clos", "alert", "change", "weather", "emergency", "information", "notice",
                 "staffing", "procedure"),
    "vacancies": ("vacanc", "job", "recruit", "volunteer"),
    "newsletters": ("newsletter", "guidance", "factsheet", "link", "information", "update",
                    "letter", "news"),
    "seasonal": ("season", "festiv", "greeting", "religious", "holiday"),
    "feedback": ("feedback", "survey", "consult"),
    "activities": ("trip", "activit", "teaching", "learning", "photo", "class", "curriculum",
                   "news"),
}


def kinds_allowed(purposes: Iterable[str]) -> set[str]:
    """The purpose kinds a pack's `allowed_purposes` covers."""
    allowed: set[str] = set()
    for purpose in purposes:
        wording = purpose.lower().replace("_", " ")
        for kind, words in _KEYWORDS.items():
            if any(w in wording for w in words):
                allowed.add(kind)
    return allowed


#: Festivals, holidays and days a school may send greetings for, of any faith or none.
FESTIVALS = (
    r"christmas|xmas|easter|diwali|deepavali|eid(?: al[- ](?:fitr|adha))?|hanukkah|chanukah|"
    r"new year|chinese new year|lunar new year|holi|vaisakhi|baisakhi|rosh hashanah|"
    r"yom kippur|sukkot|purim|passover|pesach|ramadan|navratri|dussehra|raksha bandhan|"
    r"janmashtami|ganesh chaturthi|pongal|onam|guru nanak(?:'s)? (?:birthday|gurpurab)|"
    r"gurpurab|bandi chhor divas|vesak|wesak|kwanzaa|thanksgiving|halloween|bonfire night|"
    r"st\.? (?:patrick|david|andrew|george|piran)'?s day|burns night|pancake day|"
    r"shrove tuesday|harvest(?: festival)?|solstice|mid-autumn festival|hogmanay|"
    r"mother'?s day|father'?s day|mothering sunday|valentine'?s day|world book day|"
    r"half[- ]term|holidays?|summer|winter|spring|autumn|festive season|"
    r"pride(?: month)?|black history month|remembrance|armistice day|"
    r"international women'?s day|earth day|festivities|(?:lunar|spring|harvest|winter) festival")


# Wording that marks a kind of post, matched on the lower-cased text. The model gives the
# rest; a cue counts as a confident vote for its kind.
PURPOSE_CUES: dict[str, re.Pattern[str]] = {
    "vacancies": re.compile(
        r"\b(?:vacanc(?:y|ies)|(?:we'?re|we are|is|are) (?:now )?(?:hiring|recruiting)|"
        r"join our (?:friendly )?team|"
        r"closing date|application pack|apply (?:now|online|via|by|through)|job (?:share|"
        r"opportunit)|volunteers? (?:needed|wanted)|looking for (?:a |an )?(?:volunteers?|"
        r"parent volunteers|teacher|teaching assistant|cleaner|caretaker|lunchtime|midday)|"
        r"invigilators wanted|could you be a (?:school )?governor)"),
    "seasonal": re.compile(
        r"(?:\b(?:happy|merry|wishing|blessed|joyful|peaceful|joyous|warm(?:est)? wishes for|"
        r"greetings for) "
        r"(?:[\w'-]+ ){0,4}(?:" + FESTIVALS + r")\b|\b(?:eid|ramadan|ramzan) mubarak|"
        r"\b(?:ramadan|diwali|vaisakhi|hanukkah|chanukah|navratri|eid) kareem|\bshanah tovah|"
        r"\bseason'?s greetings|\bfestival of (?:lights|colours)|\bsaal mubarak|"
        r"\bgong xi fa cai|\bkung hei fat choy|\bchag sameach|\bnollaig shona|"
        r"\bnadolig llawen|\bto all (?:those|families|who are) (?:celebrating|observing))"),
    "feedback": re.compile(
        r"\b(?:survey|questionnaire|your (?:views|feedback|thoughts|opinions)|tell us what you "
        r"think|what do you think|we(?:'d| would) (?:love|like) to hear|parent view|"
        r"how are we doing|have your say|share your views)"),
    "closures": re.compile(
        r"\b(?:(?:will be|is|are) (?:closed|closing)|school closure|closed (?:today|tomorrow|on)|"
        r"reopens?|snow day|weather warning|power cut|heating has failed|no breakfast club|"
        r"staff training day|inset day|polling station|strike action)"),
    "reminders": re.compile(
        r"\b(?:reminder|don'?t forget|please remember|just a reminder|deadline|due (?:back|in|"
        r"by)|must be (?:returned|completed|submitted)|please (?:make sure|ensure|label|bring|"
        r"send|return|check|complete|book)|mark (?:your|the) (?:calendars?|diar(?:y|ies)|date))"),
    "events": re.compile(
        r"\b(?:tickets? (?:are|go|on sale|available|cost|from|via)|join us|all welcome|"
        r"everyone is welcome|open (?:morning|evening|day)|"
        r"(?:fair|fete|disco|concert|assembly|performance|workshop|coffee morning|quiz night|"
        r"sports day|parents' evening|production|celebration) (?:is|will be|on|this|next)|"
        r"doors open|book (?:now|your|a place|via|through))"),
    "achievements": re.compile(
        r"\b(?:congratulations|congrats|well done|so proud|very proud|huge(?:ly)? proud|"
        r"(?:has|have) (?:won|been awarded|achieved|been selected|been chosen)|"
        r"star of the week|champions?\b|award(?:ed)?|trophy|medal|winners?\b|"
        r"first place|results day)"),
    "newsletters": re.compile(
        r"\b(?:newsletter|on (?:our|the) website|letter (?:sent|went) home|guidance for "
        r"(?:parents|families)|information report|policy (?:is|has been)|(?:has|have) "
        r"published|now (?:available|published|online)|is now on|read (?:it|more) "
        r"(?:on|at|here)|useful (?:guide|tips)|helpline)"),
    "activities": re.compile(
        r"\b(?:(?:year|yr) ?\d{1,2}|reception|nursery|class|our (?:children|pupils|students)|"
        r"the children|students) (?:have|has|had|were|are|enjoyed|visited|went|learned|learnt|"
        r"made|took|explored|studied|spent|built|performed|planted)|\btrip to|\bvisit(?:ed)? "
        r"(?:to|from)|\bthis week in|\bresidential\b|\bforest school"),
}

#: How much a cue says about the kind of post: "closing date" is a vacancy for sure, while
#: "please return" or "on our website" go with many kinds of post.
CUE_STRENGTH = {
    "vacancies": 0.9, "seasonal": 0.9, "feedback": 0.9, "closures": 0.85, "achievements": 0.8,
    "events": 0.7, "activities": 0.7, "reminders": 0.6, "newsletters": 0.6,
}

#: Words that tie a post to school life; a post with none of them and no purpose cue is
#: almost certainly not an official school post.
SCHOOL_CONTEXT = re.compile(
    r"\b(?:school|pupils?|child(?:ren)?|kids|class(?:es)?|year ?\d{1,2}|y\d{1,2}|reception|"
    r"nursery|parents?|carers?|famil(?:y|ies)|students?|staff|teachers?|term|pta|assembly|"
    r"trip|uniform|lessons?|homework|governors?|academy|trust|club|sports day|head(?:teacher)?|"
    r"senco|dsl|office|playground|hall|library|reading|learning|exams?|gcse|a-level|sats|"
    r"ofsted|curriculum|community|everyone|all of us|our|us|menu|lunch(?:es)?|dinners?|"
    r"breakfast|thank you|thanks|donat\w+|photos?)\b")
#: General school-purpose vocabulary: thanks, celebrating pupils, classes and teams, trips,
#: clubs, term dates, events, requests to parents, safety notices, surveys, newsletters,
#: recruitment. It names no kind of post, but a post that has any of it serves some school
#: purpose, so another finding (an insult, an advert) is not also off purpose.
PURPOSE_SIGNAL = re.compile(
    # thanks and celebrating pupils, classes and teams
    r"\b(?:thank(?:s| you)|grateful|well done|congratulat\w*|(?:we|they|has|have|team) won|"
    r"(?:amazing|fantastic|brilliant|great|super|superb|wonderful|lovely) (?:work|job|effort|"
    r"performance|result|day|time|start|afternoon|morning|evening|week|trip|visit)|"
    r"certificates?|medals?|trophy|"
    r"(?:year|yr) ?\d{1,2}s?\b(?! (?:teacher|mum|dad|parent|ta)\b)|reception class|"
    r"sixth form(?:ers)?|key stage|ks[1-5]|our (?:pupils|students|choir|squad|class)|"
    # trips, clubs and events
    r"trips?|visit(?:ed|s|ing)?|residential|debat(?:e|ed|ing)|learn(?:ed|t|ing) about|"
    r"(?:after-school|breakfast|homework|lunchtime|[\w-]+) club (?:is|are|will|starts?|runs?|"
    r"meets?|visited|has|have|this|next|on)|choir|orchestra|fixtures?|sports day|assembly|"
    r"concert|nativity|performance|production|disco|fete|bake sale|non-uniform|quiz night|"
    r"(?:christmas|summer|spring|autumn|book|craft|school) fair|"
    r"open (?:day|evening|morning)|parents'? evening|workshop|coffee morning|school council|"
    # term dates
    r"term dates?|(?:autumn|spring|summer) term|half[- ]term|inset|start(?:s|ing)? back|"
    r"return to school|first day (?:of|back)|last day of term|"
    # requests to parents and safety notices
    r"please (?:can|could|would|do|don'?t|make|take|keep|use|park|drive|arrive|collect|label|"
    r"bring|send|return|check|complete|book|remember|note|ensure|avoid|be|read|let us know|"
    r"contact the (?:school )?office)|parents (?:and carers )?(?:are (?:asked|reminded|"
    r"invited|welcome)|should|must|need to|can)|we (?:ask|remind) (?:all )?(?:parents|families)|"
    r"safety|safe(?:ly)?|safeguarding|zig-?zags?|parking|park(?:ed|ing)? (?:on|in|at|outside|"
    r"across)|one-way system|crossing patrol|first aid|fire drill|lockdown|at risk|"
    r"pe kit|lunch ?box(?:es)?|menu|attendance|punctuality|lateness|(?:arriv\w*|com\w*|"
    r"being|running|turn\w*)(?: in| up)? late|litter|rubbish|lost property|label|"
    # surveys, newsletters, information and recruitment
    r"survey|questionnaire|feedback|newsletter|(?:advice|information|guidance|tips) (?:for|on|"
    r"about)|on (?:our|the school) website|vacanc\w*|recruit\w*|hiring|closing date|"
    r"apply (?:now|by|online|via|through)|volunteers? (?:needed|wanted)|"
    r"(?:is|are|will be) (?:closed|closing)|reopen\w*)\b")


#: Chatter: the poster's own life, or a question to the crowd.
CHATTER = re.compile(
    r"\b(?:i|i'm|i've|my|me|anyone|who else|is it just me|lol|omg|does anybody|can anybody|"
    r"wine|gin|prosecco|beer|pub|gym|netflix|hangover|weekend plans|feeling (?:smug|tired|"
    r"shattered|knackered|fab|great|rough)|so tired|roll on|exhausted|where has the time gone|"
    r"who'?s watching|anyone watching|booked (?:our|my)|love island|bake off|strictly|"
    r"the match|bbq|in (?:the|my|our) garden|can'?t wait|cocktails)\b")


#: The poster's private life, whatever else the post says.
PRIVATE_LIFE = re.compile(
    r"\b(?:hubby|my (?:husband|wife|partner|boyfriend|girlfriend|sister|brother|mum|dad|son|"
    r"daughter|little boy|little girl|cousin|nan|grandad|auntie|uncle|niece|nephew|best "
    r"friend)|(?:new|our) (?:puppy|kitten)|just landed|"
    r"wine o'?clock|date night|sunday roast|gym session|hangover)\b")


#: A joke told for its own sake: "Knock knock…", "Why did the… ? Because…".
JOKE = re.compile(r"\bknock,? knock\b|\bwhy (?:did|do|does|is|was) (?:the|a) [^?\n]{3,70}\?\s*"
                  r"(?:because|cos|'cause|to get|it)\b")


def cue_kinds(folded_text: str) -> set[str]:
    """Purpose kinds whose wording appears in the (lower-cased) text."""
    return {kind for kind, cue in PURPOSE_CUES.items() if cue.search(folded_text)}


def has_school_context(folded_text: str) -> bool:
    return SCHOOL_CONTEXT.search(folded_text) is not None


def is_chatter(folded_text: str) -> bool:
    return CHATTER.search(folded_text) is not None


def is_off_purpose(text: str, scores: dict[str, float], allowed_kinds: set[str],
                   none_threshold: float, *, other_concern: bool = False,
                   aimed_at_one_person: bool = False) -> bool:
    """Off purpose: no school purpose at all, or only purposes the pack does not list.

    `scores` are the model's `purpose:<kind>` probabilities. Purpose wording (cues)
    counts as a confident vote, weighted by how telling it is; the model fills in the
    rest. Another finding is not enough on its own: `other_concern` (the post is
    political, an advert or offensive) makes it off purpose only when nothing in it
    serves a school purpose. `aimed_at_one_person` (a message to one person) is off
    purpose unless it carries purpose wording, because an official account broadcasts
    to its community and a request to one parent belongs in a private channel."""
    folded = fold(text)
    if PRIVATE_LIFE.search(folded):
        return True
    cues = cue_kinds(folded)
    if not cues and JOKE.search(folded):
        return True
    kinds = {k: max(scores.get(f"purpose:{k}", 0.0), CUE_STRENGTH[k] if k in cues else 0.0)
             for k in PURPOSE_KINDS}
    if not cues:
        if aimed_at_one_person:
            return True
        # Off-purpose posts are nearly always chatter about the poster's own life, or have
        # nothing to do with school (chatter stays chatter even when it mentions half term);
        # other posts with general school-purpose wording get the benefit of the doubt, and
        # those with school context unless the model is sure.
        signal = PURPOSE_SIGNAL.search(folded) is not None
        none = scores.get(f"purpose:{NO_PURPOSE}", 0.0)
        model_says_none = none >= none_threshold and none > max(kinds.values())
        school, chatter = has_school_context(folded), is_chatter(folded)
        if chatter and (not school or model_says_none):
            return True
        if not school and not signal and model_says_none:
            return True
        if other_concern and not signal:
            return True
    best = max(kinds, key=kinds.__getitem__)
    allowed_best = max((kinds[k] for k in allowed_kinds), default=0.0)
    return best not in allowed_kinds and kinds[best] >= 0.5 and kinds[best] - allowed_best >= 0.15
