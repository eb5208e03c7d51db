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
    # Veiled threats: a warning, knowing where someone lives or parks, numbered days.
    r"|\b(?:wants?|needs?|ought|better|should|tell \w+(?: \w+)?) to watch "
    r"(?:yourself|herself|himself|themselves|(?:your|her|his|their) back)\b"
    r"|\bwatch (?:yourself|herself|himself|themselves) (?:on|when|after|walking|going)\b"
    r"|\b(?:i|we|they|my \w+|the lads) (?:know|knows|found out) where (?:you|she|he|they|"
    r"(?:the|your|his|her|their) (?:\w+ )?(?:teachers?|head|headteacher|staff|wife|husband|kids|"
    r"children|family|mum|dad|son|daughter)) (?:lives?|live|parks?|sleeps?|drives?|goes)\b"
    r"|\b(?:know|knows) where the staff (?:car ?park|park)\b"
    r"|\b(?:your|his|her|their) days are numbered\b"
    r"|\b(?:be|would be|it'?d be|it would be) a (?:real )?shame if (?:something|anything)\b"
    r"|\b(?:you'?re|she'?s|he'?s|ur) a dead (?:man|woman)\b"
    r"|\b(?:getting|get|gets) a (?:little )?visit\b"
    r"|\bfind out what happens to\b|\bwhat happens to (?:people|those|anyone) who\b"
    r"|\b(?:windows?|tyres?|car|house) (?:won'?t|wont) (?:last|survive)\b"
    r"|\bset the dogs on\b|\bdo what needs doing\b"
    r"|\b(?:bringing|bring) (?:the lads|my lads|the boys|some lads) (?:down|round|up)\b"
    # "…lovely garden. Be a shame": a sentence of its own, not "it would be a shame to…"
    # (the look-behind sits after "be" so that re keeps its fast first-character scan).
    r"|\bbe(?<![\w,] be) a (?:real )?shame\b"
    r"|\b(?:bringing|bring|brings|carrying|carries|got|has) an? (?:machete|knife|gun|blade|"
    r"weapon|axe|hammer)\b(?! (?:crime|amnesty|safety|awareness))"
)
# Someone else will do it: not a threat on its own, but enough menace for a model score
# ("someone should do to the school what…", "one day somebody is going to…").
ANONYMOUS_MENACE = re.compile(
    r"\b(?:someone|somebody|some(?:one|body) else|one day someone)\b (?:should|needs to|will|"
    r"is going to|is gonna|gonna|ought to)\b")
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
    r"|\bdoesn'?t want to (?:be alive|live)\b|\bsuicid\w*\b(?! (?:prevention|awareness))"
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
    # Suicidal ideation and self-harm, however it is put.
    r"|\b(?:hang|hanging|hurt|hurting|harm|harming|end|ending|cut|cutting) "
    r"(?:herself|himself|themselves|myself|themself)\b"
    r"|\b(?:end it all|take (?:her|his|my|their) own life|overdose[ds]?)\b"
    r"|\b(?:wrists?|arms?|legs?) (?:all )?(?:cut|slashed)\b|\bcuts? on (?:her|his|their) "
    r"(?:wrists?|arms?|legs?)\b"
    r"|\b(?:doesn'?t|don'?t|does not|do not|didn'?t) want to (?:be here|wake up|go on)\b"
    # A child left alone or unsupervised.
    r"|\b(?:left|leaves|leaving|leave)\b[^.!?\n]{0,40}\b(?:alone|on (?:their|his|her) own|"
    r"by (?:him|her|them)sel(?:f|ves)|unattended)\b"
    r"|\b(?:left|leaves|leaving|leave)\b[^.!?\n]{0,20}\b(?:kids|children|child|little ones?|"
    r"bab(?:y|ies)|toddlers?|son|daughter|boy|girl)\b[^.!?\n]{0,40}\bin the car\b"
    r"|\b(?:walks?|walking) (?:himself|herself|themselves)\b"
    r"|\b(?:hasn'?t|has not|haven'?t|not) (?:been|come) home\b"
    r"|\b(?:mum|mom|dad|parents?)(?:'?s| is| are)? (?:not|never) home\b"
    r"|\b(?:not allowed|isn'?t allowed|never allowed) to eat\b"
    r"|\bno (?:food|heating|electric\w*) (?:in|at) (?:the house|home)\b"
    # Grooming: secrets and gifts from adults, pictures, meeting up.
    r"|\b(?:told|tells|telling|asked|asks) (?:her|him|them|my \w+) not to tell\b"
    r"|\bour (?:little )?secret\b|\bdon'?t tell (?:your (?:mum|dad|mam|mom|parents)|mum|dad)\b"
    r"|\b(?:asking|asked|asks|wants?|wanted) (?:her|him|them|my \w+|girls|boys|kids) "
    r"(?:for|to send) (?:pictures|photos|pics|selfies|nudes)\b"
    r"|\bthreaten\w* to (?:share|post|send|leak)\b"
    r"|\b(?:take|took|pull|pulled) (?:his|her|their) (?:pants|trousers|knickers|clothes) "
    r"(?:down|off)\b"
    r"|\b(?:older|grown|adult) (?:men|man|guys?|lads|boys|woman|women)\b[^.!?\n]{0,60}"
    r"\b(?:picked up|picks? (?:her|him|them) up|meet|meeting|messag\w*|gifts?|presents?|"
    r"phones?|lifts?|cars?|snapchat|parties|party)\b"
    r"|\b(?:picked|picks?) up (?:in|by) (?:different|strange|older|grown)\b"
    r"|\b(?:arranged|arranging|arrange|planning|planned) to meet (?:up with )?(?:her|him|them|"
    r"my \w+|a (?:girl|boy|child|kid)|an? \d{1,2} ?(?:year|yr) old)\b"
    r"|\b(?:man|men|bloke|guy|woman|lady|stranger|adult|someone)\b[^.!?\n]{0,50}"
    r"\b(?:following|followed|approach\w*|photograph\w*|taking (?:photos|pictures|pics)|"
    r"filming|offer\w*\b[^.!?\n]{0,30}\b(?:sweets|lifts?|money|vapes?|cigarettes|alcohol|"
    r"drinks?|drugs|weed|phones?)|asked (?:her|him|them) where)"
    r"\b[^.!?\n]{0,40}\b(?:kids|children|child|son|daughter|girls?|boys?|pupils|playground|"
    r"them|her|him|home|lift)\b"
    r"|\bfilmed (?:it|her|him|them)\b"
)


def is_threat(norm: str) -> bool:
    return bool(THREAT.search(norm)) and not FIGURATIVE.search(norm)


def is_disclosure(norm: str) -> bool:
    return bool(DISCLOSURE.search(norm))

# Praise words said with a sneer: "oh brilliant, another inset day 🙄", "thanks for nothing".
SARCASM = re.compile(
    r"\b(?:oh|yeah) (?:brilliant|great|lovely|fantastic|wonderful|perfect|right)\b"
    r"|\b(?:great|brilliant|lovely|fantastic|wonderful|perfect|well done)[,!.]* (?:another|again|"
    r"yet another|more)\b|\bthanks (?:a lot|for nothing|so much for nothing)\b"
    r"|\bcheers (?:for (?:that|nothing)|then)\b|\bsurprise,? surprise\b|\byeah right\b"
    r"|\b(?:top marks|gold star|round of applause|well done) (?:for|to whoever)\b"
    r"|\bjust what (?:we|i|everyone) needed\b|\bwhat a surprise\b|\bclassic \w+\b[^.!?\n]*!$"
    r"|\b(?:amazing|funny|interesting|lovely|great|nice|brilliant) how (?:the|they|you|we|it|"
    r"nobody|no one|there'?s)\b|\bvery (?:brave|generous|helpful|kind) of (?:you|them)\b"
    r"|\b(?:congratulations|congrats|well done) (?:on|for) (?:the (?:most|worst|least)|being "
    r"the (?:only|last|worst)|closing|cancelling|losing|ignoring|another|yet another)\b"
)


SARCASTIC_EMOJI = ("🙃", "🙄", "😒")  # kept out of the regex: they would slow its scan


def is_sarcastic(norm: str) -> bool:
    return any(e in norm for e in SARCASTIC_EMOJI) or bool(SARCASM.search(norm))

# Formal recourse is a grievance, not a threat: "I'm taking this further, I've contacted
# my solicitor", "I'll be reporting you to Ofsted".
RECOURSE = re.compile(
    r"\b(?:solicitors?|lawyers?|legal action|ofsted|the press|the papers|local paper|my mp|"
    r"councillors?|the council|the governors|the lea|formal complaint|complaints procedure|"
    r"(?:taking|take|took) (?:this|it|things|the matter) further|"
    r"report(?:ing)? (?:you|this|it|the school) to|the ombudsman|the dfe|the trust)\b"
)


# A warning about a hazard is a complaint, not a threat: "can we have a crossing patrol
# before someone gets hurt", "the traffic is going to get a child killed".
HAZARD_WARNING = re.compile(
    r"\bbefore (?:someone|somebody|a (?:child|kid|pupil)|one of the (?:kids|children)) "
    r"(?:gets?|is) (?:hurt|killed|injured|run over|knocked over)\b"
    r"|\b(?:get|gets|getting) (?:a|some) (?:child|kid|pupil) (?:killed|hurt|injured|run over)\b"
)


def is_recourse(norm: str) -> bool:
    """A formal route or a hazard warning: the language of a grievance, not of menace."""
    return bool(RECOURSE.search(norm) or HAZARD_WARNING.search(norm))
