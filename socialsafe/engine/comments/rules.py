"""Patterns that make a label certain whatever the model thinks, for the two labels that
must not be missed (escalate: threat, safeguarding).

They read the normalised text (lower case, disguises undone). A threat is a person saying
they will do violence to someone ("I'll smash his face in", "watch your back"), not a
figure of speech ("I could murder a coffee", "the kids smashed it"). A disclosure is a
child or adult reported as harmed or at risk ("says her step-dad hits her", "wants to
kill herself", "left home alone all weekend")."""

from __future__ import annotations

import re

_WILL = (r"(?:i'?ll|i will|i'?m (?:going to|gonna|coming)|im (?:going to|gonna)|gonna|"
         r"we'?ll|we will)")
_HARM_VERB = (r"(?:kill|murder|stab|smash|batter|hurt|punch|slap|knock \w+ out|burn|torch|"
              r"shoot|kick|strangle|sort (?:you|him|her|them) out|break (?:his|her|your))")
_TARGET = (r"(?:you|him|her|them|his|your|their|face|head|legs|teeth|car|house|school|"
           r"place|office|window|kid|son|daughter|dad|mum|teacher)")

THREAT = re.compile(
    rf"\b{_WILL}\b[^.!?\n]{{0,25}}\b{_HARM_VERB}\w*\b[^.!?\n]{{0,25}}\b{_TARGET}\b"
    r"|\bwatch (?:your|his|her) back\b|\bknow where (?:you|she|he|they) (?:live|park)s?\b"
    r"|\byou'?ll (?:regret|pay for) (?:this|it)\b|\bwon'?t know what hit\b"
    r"|\b(?:you'?re|ur|you are) dead(?: meat)?\b|\bcount (?:your|his|her) days\b"
    r"|\bbetter (?:watch (?:yourself|herself|himself)|pray|hide)\b"
    r"|\b(?:burn|bomb|blow up|torch)\w* (?:the|that|this|your) (?:school|place|office)\b"
    r"|\bthere'?s a bomb\b|\bput (?:you|him|her) in (?:hospital|the ground)\b"
    r"|\bwhat car (?:she|he|you) drives?\b"
    r"|\bpay (?:him|her|them|you) a (?:little )?visit\b"
    r"|\b(?:find|found|finding) out where (?:you|she|he|they|\w+) lives?\b"
    r"|\bgetting (?:stabbed|battered|hurt|smashed|done in|a slap|a kicking)\b"
    r"|\bsee what happens to (?:your|his|her)\b"
    r"|\bbetter not be\b[^.!?\n]{0,40}\b(?:on (?:her|his) own|alone|tonight)\b"
    r"|\bkick the (?:shit|crap|hell) out of\b|\bi'?ll (?:end|finish) (?:you|him|her)\b"
    r"|\byou'?ll get (?:what'?s coming|yours)\b|\bgoing to get (?:what'?s coming|hurt)\b"
    r"|\b(?:make|making) (?:you|him|her|them) (?:pay|suffer)\b"
    r"|\b(?:i'?ll|i will|i'?m going to|im going to|gonna) (?:hurt|get|find) (?:you|him|her)\b"
    r"[^.!?\n]{0,20}\b(?:after school|outside|at the gate|tonight|when i)\b"
)
FIGURATIVE = re.compile(
    r"\b(?:murder|kill) (?:a|for a|for) (?:coffee|tea|brew|pint|curry|pizza|drink|nap|"
    r"lie in|biscuit|cake|wine|takeaway)\b|\b(?:smash|smashed|kill|killed|killing|slay|"
    r"slayed|nail|nailed|boss|bossed) it\b|\bto die for\b|\bkilling me\b|😂|🤣|\blol\b|\bhaha"
)

_CHILD = (r"(?:child|kid|son|daughter|girl|boy|pupil|little one|baby|brother|sister|niece|"
          r"nephew|friend|neighbour|stepson|stepdaughter|he|she|they|\d{1,2} ?(?:year|yr) old)")
_ABUSER = (r"(?:dad|mum|mother|father|step-?dad|step-?mum|stepfather|stepmother|uncle|aunt|"
           r"brother|sister|cousin|grandad|mum'?s boyfriend|dad'?s girlfriend|boyfriend|"
           r"partner|teacher|coach|man|woman|neighbour|ex)")
_HARM = (r"(?:hits|hit|hurts|hurt|beats|beat|touches|touched|touch|locks|locked|burns|"
         r"punches|kicks|slaps|chokes|abuses|abused|starves|shouts|threatens)")

DISCLOSURE = re.compile(
    rf"\b(?:says|said|told|tells|telling)\b[^.!?\n]{{0,30}}\b{_ABUSER}\b[^.!?\n]{{0,15}}"
    rf"\b{_HARM}\b"
    rf"|\b{_ABUSER} (?:\w+ )?{_HARM} (?:her|him|them|me|us|my|the kids|the children)\b"
    r"|\b(?:wants?|wanted|going) to (?:die|kill (?:herself|himself|themselves|myself))\b"
    r"|\bkill (?:herself|himself|themselves)\b|\bself[- ]?harm\w*"
    r"|\b(?:cutting|starving|hurting) (?:herself|himself|themselves)\b"
    r"|\bdoesn'?t want to (?:be alive|live)\b|\bsuicid\w*"
    r"|\b(?:left|leaves|leaving|leave)\b[^.!?\n]{0,15}\balone\b"
    r"|\bhome alone (?:all|every|for|overnight|until|till|at night)\b"
    r"|\bgroom(?:ed|ing)\b|\bnudes?\b|\bnaked (?:pictures|photos|pics)\b"
    r"|\b(?:asking|asked|asks) (?:her|him|them|my \w+) for (?:pictures|photos|pics)\b"
    r"|\bdoesn'?t feel safe\b|\bdon'?t feel safe\b|\bscared to go home\b"
    r"|\bno food (?:at home|in the house)\b|\bsexually abused\b"
    rf"|\b{_CHILD}\b[^.!?\n]{{0,20}}\b(?:bruises|bruised|black eye|burns|marks)\b"
    r"|\b(?:grabbed|pushed|shoved|dragged|threw|slapped|smacked|kicked|punched|hit|choked|"
    r"strangled|shook) (?:my|our|a|the|his|her|their|that) (?:\w+ )?(?:son|daughter|child|kid|"
    r"boy|girl|little one|grandson|granddaughter|nephew|niece|lad|youngest|eldest|"
    r"\d{1,2} ?(?:year|yr) old)\b"
    r"|\b(?:sexually|physically) (?:abused|assaulted)\b|\bdoesn'?t feel sa\w*\b"
    r"|\bkeep (?:it|this|our chats?|them) (?:a )?secret\b|\bcounty lines\b"
    r"|\b(?:raped|sexual(?:ly)? abuse\w*|domestic (?:violence|abuse)|forced marriage|fgm|"
    r"suicidal|being groomed|being abused|being neglected|radicalised|radicalized)\b"
)


def is_threat(norm: str) -> bool:
    return bool(THREAT.search(norm)) and not FIGURATIVE.search(norm)


def is_disclosure(norm: str) -> bool:
    return bool(DISCLOSURE.search(norm))
