"""Hand-written detectors for the draft categories where wording is precise enough.

Each function takes the draft and returns `Hit`s with spans. The learned model
(`model.py`) adds recall for political, personal-view, confidential, commercial and
purpose findings where these rules cannot generalise."""

from __future__ import annotations

import re
from collections.abc import Sequence

from socialsafe.engine.drafts.hits import Hit
from socialsafe.engine.names import fold
from socialsafe.engine.types import StaffEntry

_FOLD_MEMO: list[str] = ["", ""]


def _words_of(block: str) -> frozenset[str]:
    return frozenset(block.split())


def _ic(pattern: str) -> re.Pattern[str]:
    """Compile a case-insensitive pattern for use on `_folded(text)`: matching lower-cased
    text with a lower-cased pattern is several times faster than re.IGNORECASE."""
    return re.compile(re.sub(r"(\\.|\(\?P<)|([A-Z])", lambda m: m.group(1) or m.group(2).lower(),
                             pattern))


def _folded(text: str) -> str:
    """`fold(text)` (same length, so offsets agree), remembered for the last text."""
    if _FOLD_MEMO[0] is not text:
        _FOLD_MEMO[0], _FOLD_MEMO[1] = text, fold(text)
    return _FOLD_MEMO[1]

# --- political (KI staff conduct; SO official accounts) -------------------------------------
PARTIES = re.compile(
    r"\b(?:Labour(?: Party| government| MPs?)?|Conservatives?|Tory|Tories|Lib ?Dems?|"
    r"Liberal Democrats?|Reform UK|Green Party|the Greens|SNP|Plaid Cymru|UKIP|"
    r"Brexit Party|Starmer|Sunak|Farage|Badenoch|Reeves|Rayner|Corbyn|Boris Johnson|"
    r"Trump|Biden|Putin|Reform(?:'s| voters?| councillors?| candidates?| MPs?| plans| policies))\b")
VOTE = _ic(
    r"\b(?:vote (?:for |against )?(?:the )?(?:labour|tor(?:y|ies)|conservatives?|reform|greens?|"
    r"lib ?dems?|liberal democrats?|snp|plaid|ukip|remain|leave)\b|don'?t vote\b|"
    r"(?:get out and|go and) vote (?:for|against)\b|(?:should|must) be (?:scrapped|abolished)|"
    r"sign (?:the|our|this) petition|write to your MP (?:to|and) (?:oppose|demand|stop|support)|"
    r"(?:support|join|back|stand with) (?:the|our|this|their) (?:teachers'? )?(?:strike|picket|"
    r"protest|march|rally|campaign against)|"
    r"(?:shameful|disgraceful|appalling|scandalous) (?:cuts|government|policy|decision)|"
    r"(?:this|the) government(?:'s)? (?:has|is|have|cuts|failure|refus|insulting)|"
    r"(?:scrap|stop|oppose|against) (?:the )?(?:vat|academi[sz]ation|cuts|ofsted|sats)\b|"
    r"stop the cuts|save our schools|ballot box|this government|attack on (?:working|ordinary|"
    r"our|poor) families|cuts (?:are|is) an attack|(?:strike|strikes|industrial) action is the "
    r"only way|(?:is|was) a political (?:choice|decision|"
    r"failure)|vote (?:yes|no) (?:to|on|in|for|against)\b|"
    r"academy conversion|two-child (?:limit|cap)|calling on (?:the )?"
    r"(?:government|ministers|prime minister|education secretary|mps)|open letter to (?:the )?"
    r"(?:government|ministers|prime minister|education secretary)|"
    r"against (?:this|the) (?:government|tories|"
    r"conservatives|labour government)|(?:stand with|support|back) (?:the )?(?:neu|nasuwt|naht|"
    r"unison|gmb|unite)\b|(?:demand|fight for) fair funding|"
    r"join (?:the|a|this|our) (?:demonstration|protest|march|rally|picket)|(?:demonstration|"
    r"protest|march|rally|petition|campaign) against (?:the )?(?:\w+ ){0,3}(?:plans?|"
    r"government|council|cuts|closure|bill|policy|scheme|development)|(?:bill|law|policy|"
    r"policies|scheme|plans?|reforms?) (?:is|are|was|were) (?:\w+ )?(?:cruel|inhumane|heartless|"
    r"unjust|a disgrace|an outrage)|vote (?:them|him|her) out|shame on (?:the |our |this )?"
    r"(?:government|council|cabinet|ministers?|mps?|[a-z]+ (?:council|government)))")
PARTY_NEUTRAL = _ic(r"\b(?:polling station|polling day|election day|used as a polling|"
                    r"mock election)")
#: Taking a side: a political subject and a verdict on it in the same sentence.
POLITICAL_SUBJECT = _ic(
    r"\b(?:government|ministers?|prime minister|(?:education|home|health) secretary|chancellor|"
    r"council(?:lors?)?|mps?|parliament|westminster|part(?:y|ies)|brexit|elections?|voters?|"
    r"candidates?|policy|policies|scheme|immigration|migrants?|asylum|refugees?|"
    r"independence|the union|sanctions|far[- ]right|far[- ]left|left[- ]wing|right[- ]wing|"
    r"war|russia|ukraine|israel|palestine|gaza|tax(?:es)?|benefits|austerity|"
    r"(?:send|school|education) (?:funding|cuts|budgets?)|funding|cuts|budgets?|secretary of "
    r"state|department for education|unions?|benefit cap|child poverty|tuition fees|nhs|"
    r"junior doctors|nurses|strikes?|housing development|mp|bill|referendum|cabinet|"
    r"pay (?:award|offer|deal|rise))\b")
POLITICAL_STANCE = _ic(
    r"\b(?:disaster|disastrous|disgrace(?:ful)?|shameful|shame|scandal(?:ous)?|a joke|"
    r"(?:complete |total |utter )?mess|no idea|clueless|incompetent|failed|failing|"
    r"(?:is|are|was|were) wrong|dangerous|unfair|rightly|best choice|right choice|only choice|"
    r"war criminal|take note|wake up|as it should be|kick (?:out|them out)|get rid of|"
    r"force (?:the|them)|stand(?:s|ing)? (?:with|up (?:to|against))|solidarity|"
    r"(?:should|must) (?:support|oppose|back|vote|resign|go)|we(?:'re| are) (?:proud|pleased|"
    r"glad) (?:they|that|the motion)|soundly defeated|betray\w*|lies|liars?|"
    r"(?:want|wants|trying) to take us back|back to the (?:19|18)\d0s|every vote counts|"
    r"(?:support|oppose|back) (?:sanctions|the (?:strike|campaign|petition))|ashamed|"
    r"must act|resign|re-?elect\w*|says? no to|time for a change|which party|tell the "
    r"government|urge (?:everyone|all|you|families|parents) to (?:object|oppose|vote|sign|write|"
    r"lobby|protest)|(?:stand|stands) with the|catastroph\w*|inhumane|un-?british|"
    r"let (?:us|everyone|families|parents|children|(?:every|our|all) (?:[\w'-]+ ){1,4}?)"
    r"down|let down (?:every|our|all|the)|remember (?:that|this) (?:in|at|when)|an insult)\b")
SLOGANS = _ic(
    r"\b(?:stop the boats|free palestine|take back control|get brexit done|make \w+ great "
    r"again|black lives matter|not my (?:king|prime minister|government)|tories out|"
    r"(?:labour|tories|reform) out|refugees (?:are )?(?:welcome|not welcome)|"
    r"every vote counts|(?:stand|stands|standing) with (?:ukraine|palestine|israel|gaza)|"
    r"all lives matter|(?:net zero|climate change) is a (?:con|scam|hoax|lie)|illegal "
    r"immigrants|(?:marching|striking|protesting|picketing) (?:with|alongside) (?:the )?"
    r"(?:neu|nasuwt|naht|union|unions|teachers|strikers|doctors|nurses)|join (?:her|him|us|"
    r"them) on the (?:march|picket line|protest))\b")
SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def find_political(text: str) -> list[Hit]:
    hits = [Hit("political", m.start(), m.end(),
                "Takes a side in politics; official accounts stay neutral.")
            for m in VOTE.finditer(_folded(text))]
    if not PARTY_NEUTRAL.search(_folded(text)):
        hits += [Hit("political", m.start(), m.end(),
                     f"Names a political party or politician (“{m.group(0)}”); official "
                     f"posts must not express political opinions.")
                 for m in PARTIES.finditer(text)]
    low = _folded(text)
    hits += [Hit("political", m.start(), m.end(), "A political slogan; official accounts stay "
                 "neutral.") for m in SLOGANS.finditer(low)]
    if POLITICAL_STANCE.search(low) and POLITICAL_SUBJECT.search(low):
        hits += [Hit("political", m.start(), m.end(),
                     "Takes a side on a political question; official accounts stay neutral.")
                 for m in SENTENCE.finditer(low)
                 if POLITICAL_STANCE.search(m.group(0)) and POLITICAL_SUBJECT.search(m.group(0))]
    return hits


# --- personal views (KI: neutral opinions only) ---------------------------------------------
PERSONAL_VIEW = _ic(
    r"\b(?:I (?:personally )?(?:think|believe|feel|reckon|guess|suppose)|in my (?:humble )?"
    r"(?:opinion|view)|my (?:own )?(?:personal )?(?:opinion|view) is|personally,? I|"
    r"if you ask me|IMO|IMHO|to be honest|tbh|frankly|I'?m (?:sick|fed up|tired) of|"
    r"I can'?t stand|I (?:hate|love) (?:it )?when|I don'?t agree|I disagree|"
    r"I(?:'m| am) (?:personally )?(?:against|opposed to|not a fan of|no fan of)|"
    r"speaking personally|(?:just )?my two cents|unpopular opinion|rant|^honestly|to my mind|"
    r"in my book|I'?ll be honest|"
    r"(?:^|[.!?]\s+)personally\b|I'?m (?:really |just |honestly |genuinely )?(?:not a fan|no fan)|"
    r"I'?m (?:personally )?(?:against|opposed to|in favour of|not (?:convinced|sure (?:that|"
    r"about|if|it'?s)))|I doubt|I don'?t think|I wish|"
    r"I'?d (?:much )?rather|I would (?:much )?rather|I prefer|if it were up to me|"
    r"I have to say|I must say|between you and me|call me old[- ]fashioned|controversial,? but|"
    r"my own view|not (?:sure|convinced|keen) (?:about|on) [^.!?\n]{1,40} myself|"
    r"I (?:personally|honestly) \w+|I'?d (?:personally|honestly) \w+|I find (?:it|the|this|that|"
    r"some|their|his|her|people|parents|drivers|the way)|(?:we|I) (?:think|feel|find) (?:it'?s|"
    r"that'?s|it) (?:shocking|disgraceful|outrageous|ridiculous|appalling|unacceptable|"
    r"pathetic|a disgrace|a joke)|I really (?:believe|think|feel|don'?t|can'?t)|I'?ve always "
    r"(?:said|thought|believed)|I can'?t be the only one|my two (?:pence|pennies)|my (?:own )?"
    r"opinion|if I'?m (?:being )?honest|I (?:just )?don'?t get (?:it|why)|is it just me|"
    r"I don'?t understand why)\b")


def find_personal_view(text: str) -> list[Hit]:
    return [Hit("personal_view", m.start(), m.end(),
                "Reads as a personal view; official posts use neutral wording "
                "(or a disclaimer where the pack allows).")
            for m in PERSONAL_VIEW.finditer(_folded(text)) if not _quoted(text, m.start())]


def _quoted(text: str, start: int) -> bool:
    """'I think' inside quotation marks is an example, not the poster's view."""
    return start > 0 and text[start - 1] in "'\"\u2018\u201c"


# --- messages aimed at one person (SO official accounts) -------------------------------------
TARGETED = _ic(
    r"(?:^|\n)\s*(?:@\w{2,}\b[^\n]{0,80}?\b(?:you|your)\b|(?:to|dear|attention)\s+"
    r"(?:mr|mrs|miss|ms|dr|the (?:parent|person|family|driver|individual|lady|man|woman|"
    r"gentleman|mum|dad|owner))\b[^\n,:]{0,40}[,:]|a message (?:to|for) (?:the (?:parent|"
    r"person|family|driver|individual)|mr|mrs|miss|ms)\b)"
    r"|^\s*to the \w+(?<!s) (?:who|that|walking|driving|parked|parking|in the)\b"
    r"|^\s*to whoever\b|^\s*@\w{2,}\b[^\n]{0,60}?\b(?:please|we|we'd|we're|we've|us|"
    r"thanks|thank you|you|your|you're)\b"
    r"|\b(?:mum|dad|parent|carer|driver|owner) of the (?:boy|girl|child|pupil|dog|car|van)\b"
    r"|\bmessage (?:to|for) the (?:dad|mum|parent|person|driver|owner|family|lady|man)\b"
    r"|^\s*to (?:mr|mrs|miss|ms|mx|dr) [a-z'-]+,? (?:who|that)\b"
    r"|^\s*dear (?!parents|families|all|everyone|carers|friends|colleagues)[a-z]+,"
    r"|\((?:[a-z0-9 ]+'s )?(?:mum|dad|parent|carer|grandma|grandad)\)\s*[-\u2013\u2014:,]"
    r"|\b(?:happy (?:retirement|birthday)|get well soon),? (?:to )?(?:mr|mrs|miss|ms|mx|dr) "
    r"[a-z'-]+"
    r"|\bnote to (?:the|that) (?:parent|person|family|driver|mum|dad|man|woman|lady|"
    r"gentleman|owner)\b|\bsay it to my face\b"
    r"|\bwe know (?:exactly )?(?:which|who) (?:parent|person|family)"
    r"|(?:^|[.!?]\s+)(?:mr|mrs|miss|ms|mx|dr) [a-z][\w'-]+\s*[,:\u2013\u2014-]\s+(?:your|you|"
    r"please|we|can|"
    r"could)\b"
    r"|\byou know who you are\b|\bto the (?:parent|person|family|driver|individual|lady|"
    r"man|woman|gentleman|mum|dad|owner|people) (?:who|that|in|with|driving)\b"
    r"|\b(?:naming no names|no names mentioned|not naming names)\b"
    r"|\b(?:shame on|disappointed in|embarrassed for) (?:you|the (?:parent|family|person))\b")


#: "Sharon, if you've got a problem…": a sentence that opens by addressing someone by name.
NAMED_ADDRESS = re.compile(
    r"(?:^|[.!?]\s+)(?P<name>[A-Z][a-z]+),\s+(?:if you|you|your|you've|you're|you'll|"
    r"please|can you|could you|why|we (?:know|saw|noticed))\b")
GROUP_ADDRESS = frozenset(_words_of("""
parents carers families everyone everybody all friends folks children kids students pupils
reminder note hi hello well so yes no also again today tomorrow finally remember staff
guys team ladies gentlemen mums dads grandparents governors volunteers visitors neighbours
residents drivers and but or now then sadly please thanks thank congratulations welcome
"""))


def find_targeted(text: str) -> list[Hit]:
    hits = [Hit("targeted_message", m.start() + (len(m.group(0)) - len(m.group(0).lstrip())),
                m.end(), "A message aimed at one person; official accounts do not post "
                "messages to specific people.")
            for m in TARGETED.finditer(_folded(text))]
    hits += [Hit("targeted_message", m.start("name"), m.end(),
                 "Addresses one person by name; official accounts do not post messages to "
                 "specific people.")
             for m in NAMED_ADDRESS.finditer(text) if m.group("name").lower() not in GROUP_ADDRESS]
    return hits


# --- links to staff members' personal profiles (SO) ------------------------------------------
SOCIAL_URL = _ic(
    r"(?:https?://)?(?:www\.|m\.)?(?P<site>facebook\.com|fb\.com|fb\.me|instagram\.com|"
    r"twitter\.com|x\.com|tiktok\.com|linkedin\.com/in|youtube\.com|threads\.net|"
    r"snapchat\.com/add|wa\.me|pinterest\.(?:com|co\.uk))/(?P<handle>@?[\w.\-]+)")
HANDLE = re.compile(r"(?<![\w@])@(?P<handle>[A-Za-z][\w.]{1,30})")
ORG_HANDLE = _ic(
    r"school|primary|academy|pta|friends|federation|trust|college|sch|infant|junior|"
    r"nursery|council|library|church|club|fc|afc|sport|museum|theatre|news|official|"
    r"centre|center|dept|department|music|games|events|kingsley|crossflatts|elmpark|"
    r"moorlands|soke|parish|scouts|guides|brownies|cubs|nhs|police|fire|rnli|charity|"
    r"foundation|society|group|team|hub|uk$|ltd|shop|cafe")
PERSON_HANDLE = _ic(r"^(?:mr|mrs|miss|ms|dr|sir|coach)[._]?[a-z]|^[a-z]+(?:[._-][a-z]+){1,2}"
                    r"(?:[._-]?\d+)?$|"
                           r"teacher|^[a-z]+\d{2,4}$")
PERSONAL_LINK_CONTEXT = _ic(
    r"\b(?:my|his|her|their) (?:own |personal |private )?(?:[a-z]+ )?(?:page|account|profile|"
    r"instagram|facebook|tiktok|twitter|youtube|linkedin|channel|insta|socials|feed|blog)|"
    r"\b(?:posts|shares|uploads) (?:his|her|their) own|\b(?:mr|mrs|miss|ms|dr)\.? [a-z'-]+'s "
    r"(?:personal |own )?(?:facebook|instagram|tiktok|twitter|youtube|page|account|profile|"
    r"channel|insta)|\bpersonal (?:page|account|profile)|"
    r"\bfollow (?:me|him|her|mr|mrs|miss|ms)\b")


#: Personal sites that are one person's by nature: blogs, link pages, training logs, podcasts.
PERSONAL_SITE = _ic(
    r"\b(?:[\w-]+\.(?:wordpress\.com|blogspot\.(?:com|co\.uk)|substack\.com|wixsite\.com|"
    r"tumblr\.com|weebly\.com)|(?:www\.)?(?:medium\.com/@|linktr\.ee/|strava\.com/athletes/|"
    r"anchor\.fm/|open\.spotify\.com/show/|discord\.gg/|etsy\.com/shop/|podcasts\.apple\.com/|ko-fi\.com/|patreon\.com/)"
    r"[\w.@-]*)")
#: No link at all, but the words say it: "her personal YouTube channel", "add me on Facebook".
PERSONAL_ACCOUNT_WORDS = _ic(
    r"\b(?:(?:his|her|my|their|[a-z'-]+'s) (?:own |personal |private )(?:[a-z]+ )?(?:page|"
    r"portfolio|website|blog|channel|account)|(?:a|his|her) personal (?:\w+ )?(?:blog|page|"
    r"website|channel|account|podcast)|(?:his|her) (?:work|blog|page|portfolio|photos|videos|"
    r"channel) (?:at|on|over on)|[a-z]+'s podcast|I post [^.!?\n]{0,30}on (?:tiktok|instagram|"
    r"youtube|facebook)|(?:his|her|my|their|(?:mr|mrs|miss|ms|mx|dr|sir|coach) [a-z'-]+'s) "
    r"(?:own |personal |private )(?:youtube|facebook|instagram|insta|tiktok|twitter|strava|"
    r"linkedin|threads|"
    r"snapchat|blog|podcast|channel|page|account|profile|website|socials)|"
    r"(?:on|at|via|follow|add|check out|find) (?:me|him|her|my|his) (?:on )?(?:personal |own )?"
    r"(?:facebook|instagram|insta|tiktok|twitter|youtube|strava|threads|snapchat|linkedin|"
    r"blog|podcast|channel)|(?:just |please )?add (?:me|him|her)\b[^.!?\n]{0,30}?(?:facebook|"
    r"instagram|snapchat|tiktok|to see)|(?:find|follow) me on (?:threads|instagram|tiktok|"
    r"twitter|x|facebook|strava|youtube)|(?:his|her|my) (?:fitness|running|cooking|baking|"
    r"book|travel|art|craft|music|gaming|author|artist) (?:page|account|channel|blog|podcast))\b")
#: A named or described staff member's own channel, podcast, blog or training log.
STAFF_OWN_MEDIA = _ic(
    r"\b(?:teacher|head|headteacher|deputy|deputy head|ta|caretaker|senco|coach|(?:mr|mrs|miss|"
    r"ms|mx|dr) [a-z'-]+)(?:'s)? (?:also )?(?:has|runs|hosts|started|set up|launched) (?:a |an |"
    r"her |his |their )?(?:own )?(?:new )?(?:[\w']+ ){0,3}?(?:youtube channel|podcast|blog|vlog|"
    r"website|instagram|tiktok)|\b(?:follow|listen to|subscribe to|watch) (?:(?:mr|mrs|miss|ms|"
    r"mx|dr) [a-z'-]+|our [a-z ]{0,20}(?:teacher|head|deputy|caretaker|ta))'s [^.!?\n]{0,40}?"
    r"(?:on (?:strava|youtube|tiktok|instagram|facebook|spotify)|podcast|channel|blog)|"
    r"\b(?:my|(?:the|our) head'?s) (?:new )?(?:own )?(?:website|podcast|vlog|blog)\b")
TITLE_HANDLE = _ic(r"^(?:mr|mrs|miss|ms|mx|dr|sir|coach)[._]?[a-z]|^[a-z]{2,}\.[a-z]{2,}$")


def find_staff_links(text: str, staff: Sequence[StaffEntry] = ()) -> list[Hit]:
    low = _folded(text)
    hits = [Hit("staff_personal_link", m.start(), m.end(),
                "Points to a person's own blog, page or channel; official posts never link to "
                "staff members' personal accounts.")
            for pattern in (PERSONAL_SITE, PERSONAL_ACCOUNT_WORDS, STAFF_OWN_MEDIA)
            for m in pattern.finditer(low)]
    if "/" not in text and "@" not in text:
        return hits
    return hits + _staff_links(text, low, staff)


def _staff_links(text: str, low: str, staff: Sequence[StaffEntry]) -> list[Hit]:
    staff_tokens = {tok.lower() for s in staff for name in (s.name, *s.aliases)
                    for tok in re.findall(r"[A-Za-z]{3,}", name)} - {"mrs", "miss", "mr"}
    hits: list[Hit] = []
    for m in SOCIAL_URL.finditer(low):
        handle = m.group("handle").lstrip("@").lower()
        site = m.group("site").lower()
        if site.startswith("linkedin.com/in") or site == "wa.me":
            personal = True
        elif handle in {"groups", "events", "pages", "watch", "reel", "p", "share", "hashtag",
                        "explore", "channel", "c", "playlist", "profile.php"}:
            personal = PERSONAL_LINK_CONTEXT.search(_near(low, m.start(), m.end())) is not None
        else:
            personal = (any(tok in handle for tok in staff_tokens)
                        or PERSON_HANDLE.search(handle) is not None
                        or PERSONAL_LINK_CONTEXT.search(_near(low, m.start(), m.end()))
                        is not None) and not ORG_HANDLE.search(handle)
        if personal:
            hits.append(Hit("staff_personal_link", m.start(), m.end(),
                            "Links to what looks like a person's own social media profile; "
                            "official posts never link to staff members' personal accounts."))
    for m in HANDLE.finditer(text):
        handle = m.group("handle").lower()
        context = _near(low, m.start(), m.end())
        if ORG_HANDLE.search(handle) or _is_email(text, m.start()):
            continue
        # "@missbennettwrites", "@jo.smith": a person's handle, unless the post opens by
        # addressing them (a message to someone, not a link to them)
        person = TITLE_HANDLE.search(handle) is not None and text[:m.start()].strip() != ""
        if (any(tok in handle for tok in staff_tokens) or person or
                PERSONAL_LINK_CONTEXT.search(context)):
            hits.append(Hit("staff_personal_link", m.start(), m.end(),
                            "Points to a staff member's personal social media account."))
    return hits


def _is_email(text: str, at: int) -> bool:
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] in "._-")


def _near(text: str, start: int, end: int) -> str:
    return text[max(0, start - 90):end + 30]


# --- adverts and donation requests (SO official accounts, CF behaviour) ----------------------
COMMERCIAL = _ic(
    r"\b(?:discount code|promo code|voucher code|use (?:the )?code \w+|\d{1,2} ?% off\b|"
    r"just ?giving|go ?fund ?me|crowdfunder|gofund\.me|buy now|order now|shop now|dm (?:me |us )?"
    r"(?:to|for) (?:order|book|prices|details)|free delivery|(?:please|kindly) donate|"
    r"donate (?:now|here|today|via|at|what you can)|donations? (?:page|link)|sponsor me|"
    r"sponsored by|in partnership with|affiliate|paypal\.me|check out (?:my|our friend'?s?|"
    r"this (?:amazing|great|lovely) (?:local )?(?:business|shop|company))|"
    r"(?:my|her|his) (?:new )?(?:business|shop|salon|company|page selling|etsy)|"
    r"call (?:now|today) (?:for|to get)|mention this post|special offer|"
    r"support (?:a |our )?local business(?:es)?|dm (?:me|her|him) for|started selling|"
    r"(?:need|looking for|want) an? (?:cleaner|plumber|childminder|tutor|electrician|builder|"
    r"gardener|dog walker|babysitter|decorator|photographer|cake maker)\?|"
    r"message (?:her|him|me) (?:on|via) (?:facebook|whatsapp|instagram)|"
    r"selling (?:handmade|homemade)|limited offer|best prices?|for sale|"
    r"selling (?:my|our|a|two|\d+|some|spare)|"
    r"(?:£|\$)\d+(?:\.\d\d)? (?:per|a) (?:session|hour|lesson|month) with|"
    r"tell them (?:the school |\w+ |us )?sent you|mention (?:the school|us|this post|[a-z]+) "
    r"(?:for|to get) (?:a |an |your )?(?:free|discount|\d+ ?%)|(?:two|2)[- ]for[- ](?:one|1)|"
    r"bogof|black friday|(?:great|good|reasonable|competitive|cheap|cheapest|best|mates'?) "
    r"(?:rates|deals?|prices)|(?:just|only) £\d+(?:\.\d\d)? (?:per|a|an|each) \w+|"
    r"(?:has|have|'s) (?:just )?(?:opened|launched|started|set up) (?:a|an|her|his|their|"
    r"up)? ?(?:(?:own|new|gorgeous|lovely|little|beautiful|fab|amazing) ){0,3}(?:nail bar|"
    r"salon|shop|caf[eé]|"
    r"business|bakery|boutique|gym|studio|company|tutoring|tuition|window cleaning|"
    r"cleaning|catering|food truck|online shop)|(?:crowd ?funding|fundraising|gofundme|"
    r"donation) page for (?:his|her|their|my)\b|(?:referral|discount|promo) (?:code|link)|"
    r"dm (?:to|for) (?:order|book|prices)|private (?:tuition|tutoring|"
    r"lessons)|(?:'s|their) (?:\w+ )?sale\b|deal runs|quote \w*\d\w*|£\d+ off|"
    r"first (?:lesson|session|class|visit|month) free|free (?:quote|survey|trial|consultation)|"
    r"like and share (?:this|our) post|tag (?:three|two|3|2|a|your) friends|t&cs apply|"
    r"dm me\b|message me to (?:buy|order|book)|(?:message|contact|ask) (?:me|her|him|\w+) "
    r"(?:for|about) (?:a |the )?(?:brochure|rates|prices|price list|catalogue|quote)|"
    r"avon|forever living|tupperware party|herbalife|scentsy|younique|arbonne|join my \w+ team|"
    r"buy (?:a copy|it|one|yours|them) (?:on|from|at)|(?:his|her|their|my) own (?:\w+ ){0,2}"
    r"(?:business|company)|(?:gardening|cleaning|dog walking|tutoring|photography|baking|cake|"
    r"candle|catering|cleaning|beauty) business|0% interest|interest[- ]free credit|"
    r"payday loans?|order (?:from|via|through) (?:her|his|their|my) (?:page|website|shop)|"
    r"perfect gifts?|tell (?:him|her|them) (?:we|the school|\w+) sent you|local business "
    r"awards|business of the year|crowd ?funding (?:page|campaign)|"
    r"(?:has|have|'s) (?:just )?(?:opened|launched|started|set up) (?:a|an|her|his|their) "
    r"(?:\w+ ){0,3}(?:parlou?r|barbers?|florists?|takeaway|restaurant|clinic|practice|agency|"
    r"kennels?|studio|bar|gym|boutique|service)|well worth a visit|give (?:her|him|them) a "
    r"try|(?:check out|try|visit) (?:the )?new (?:\w+ ){0,2}(?:shop|caf[eé]|"
    r"restaurant|soft play|gym|salon|bakery|takeaway|store|bar)|private (?:\w+ )?lessons|"
    r"(?:book|sign up|order|buy) (?:via|on|at|through) their website|(?:packages|prices|"
    r"treatments|sessions|lessons|rates) from £\d+|\w+'s (?:butchers|bakery|"
    r"pizzeria|salon|barbers|cafe|garage|plumbing|tutoring|nails|beauty)|"
    # general: someone's trade touted on the school's account
    r"(?:get in touch with|contact|message|ring|call|text|email) (?:her|him|them) (?:for|"
    r"about) (?:prices|a quote|quotes|rates|bookings|orders)|taking on (?:new )?(?:customers|"
    r"clients|bookings)|have a look at (?:her|his|their) (?:page|shop|website|stall|etsy)|"
    r"grab (?:a|yourself a) bargain|(?:does|makes|bakes) (?:\w+ ){0,2}(?:wedding|birthday|"
    r"celebration) cakes|(?:food|drinks?|meal) deals?|chip in (?:on|via|at) (?:her|his|their|my)|"
    r"private (?:catering|parties|functions|hire)|book (?:in )?with (?:her|him|them) (?:on|via|"
    r"at)|qualified (?:beautician|hairdresser|masseuse|nail technician|personal trainer))\b")
SHOP_AT = re.compile(r"\b(?:[Ss]hop|[Cc]all in|[Pp]op in|[Pp]op into|[Ee]at) at "
                     r"(?:[A-Z][\w'\u2019&-]* ?){1,3}|\b[Cc]all in at\b|"
                     r"\b[Cc]all [A-Z][a-z]+ at [A-Z]")
SCHOOL_FUNDRAISING = _ic(
    r"\b(?:pta|friends of|fofs|school fund|children in need|red nose day|comic relief|"
    r"sport relief|macmillan|jeans for genes|save the children|poppy appeal|harvest|"
    r"food ?bank|non[- ]uniform|cake sale|bake sale|school fair|summer fair|christmas fair|"
    r"raffle|tombola)\b")
#: Wording about a price or a sale, which the school's own clubs and stalls use too.
PRICE_OR_SALE = _ic(r"(?:just|only) £|selling|free delivery|order (?:now|online)|for sale|"
                    r"best prices?|\w+ from £|(?:food|drinks?|meal) deals?")
OWN_SELLER = _ic(
    r"\b(?:our|the) (?:children|pupils|students|pta|friends of|breakfast club|after[- ]school "
    r"club|holiday club|school|class|year \d+|y\d+|school council|eco council|enterprise|"
    r"school photographer|uniform shop|school shop)|\bschool photos?\b|\bfor charity\b|"
    r"\b(?:breakfast|after[- ]school|holiday|homework|wraparound) club\b|\bperipatetic\b|"
    r"\bmusic service\b|\bletters? (?:home|sent)\b|\b(?:from|at) the (?:school )?office\b")
OUTSIDE_SELLER = _ic(r"\b(?:his|her|my|their) own\b|'s (?:business|company|shop)|\bmy (?:sister|"
                     r"husband|wife|friend|mum|partner)")


def _school_sells(low: str, at: int) -> bool:
    """The sentence around `at` is about the school's own club, stall or supplier."""
    start = max(low.rfind(".", 0, at), low.rfind("!", 0, at), low.rfind("\n", 0, at)) + 1
    ends = [i for i in (low.find(".", at), low.find("!", at), low.find("\n", at)) if i >= 0]
    sentence = low[max(0, start - 120):min(ends) if ends else len(low)]
    return OWN_SELLER.search(sentence) is not None and not OUTSIDE_SELLER.search(sentence)


EXTERNAL_DONATION = _ic(r"\b(?:just ?giving|go ?fund ?me|gofund\.me|crowd ?fund\w*|paypal)")


def find_commercial(text: str) -> list[Hit]:
    low = _folded(text)
    school_cause = SCHOOL_FUNDRAISING.search(low) is not None
    hits: list[Hit] = []
    for m in (*COMMERCIAL.finditer(low), *SHOP_AT.finditer(text)):
        phrase = m.group(0).lower()
        if school_cause and not EXTERNAL_DONATION.search(phrase) and (
                "donat" in phrase or "sponsor" in phrase or "%" in phrase):
            continue  # the school's own charity day or PTA event
        if PRICE_OR_SALE.match(phrase) and _school_sells(low, m.start()):
            continue  # the breakfast club's fee, the class enterprise stall, school photos
        hits.append(Hit("commercial", m.start(), m.end(),
                        "Advertising or a request for money; official accounts only promote "
                        "the school's own activities."))
    return hits


# --- confidential and internal matters (CF don'ts, KI 3.0) -----------------------------------
CONFIDENTIAL = _ic(
    r"\b(?:(?:has been|was|were|have been|being|be|got) (?:permanently |temporarily )?"
    r"(?:excluded|suspended|expelled|put on report)|(?:has been|was|were|have been|got) "
    r"(?:sent home|in isolation)|"
    r"(?:permanent|fixed[- ]term) exclusions?|managed move|ehcp|pupil premium (?:pupil|child|"
    r"girl|boy)|(?:'s|his|her|their|the head'?s?) (?:pupil premium|suspension|dismissal|"
    r"sacking|sickness absence|"
    r"sick leave|disciplinary|capability|grievance|tribunal|breakdown)|"
    r"(?:having|receiving|undergoing|started|starting|needs?) (?:treatment|chemo(?:therapy)?|"
    r"radiotherapy|surgery) for|in and out of hospital|anorexia|bulimia|"
    r"(?:made|making|be|being|are) (?:\w+ ){0,3}redundant|"
    r"(?:moving into|moved into|is in|are in|placed in|taken into|now in) (?:foster )?care\b|"
    r"(?:don'?t|do not) tell (?:the )?(?:parents|anyone|children|kids|staff)|between (?:us|"
    r"ourselves)\s*[,\u2013\u2014-]|(?:his|her|their) (?:exclusion|isolation|detention|"
    r"managed move)|"
    r"(?:permanent|fixed[- ]term) suspensions?|(?:who|she|he) (?:was|has been|is being) "
    r"adopted|(?:cut|cutting|lose|losing|losing) (?:\w+ ){0,2}(?:teaching |staff |support )?"
    r"(?:posts|jobs|roles)|phased return|"
    r"(?:his|her|their) family (?:have|has) had (?:some )?(?:very )?(?:sad|bad|difficult|"
    r"tragic|awful) news|(?:raised|made|lodged|filed|submitted) a (?:formal )?(?:complaint|"
    r"grievance)|(?:relating|related|due) to (?:his|her|their) (?:health|mental health)|"
    r"(?:his|her|their) (?:new )?(?:support plan|behaviour plan|care plan|iep|ehc plan)|"
    r"safeguarding referral|supported by children'?s services|(?:the )?(?:head|headteacher|"
    r"teacher|deputy|head of \w+)'?s? conduct|(?:has|had|suffered) a broken (?:leg|arm|wrist|"
    r"ankle|collarbone|hip)|(?:is|was|are) (?:currently |still |now )in hospital|"
    r"(?:after|following) a (?:long[- ]running |bitter )?(?:dispute|falling[- ]out|row) with|"
    r"(?:unannounced|not (?:been )?announced(?: yet)?|(?:keep|kept) (?:it|this) (?:quiet|"
    r"secret|under wraps)|(?:don'?t|do not) tell anyone)|(?:ofsted|inspectors?) (?:are|is) "
    r"(?:due|coming|expected) (?:in|on|next)|(?:staff|teacher) (?:is|are|was|were) (?:off|"
    r"absent) with|education,? health and care plan|"
    r"(?:his|her|their|[A-Z][a-z]+'s) (?:diagnosis|adhd|autism|asd|epilepsy|diabetes|"
    r"condition|medication|illness|cancer|mental health|sen needs|send needs|"
    r"behaviour plan|iep|social worker|care plan|counselling|chemotherapy|therapy)|"
    r"(?:off school|absent|away|off|sick|signed off)[\w\s-]{0,20}? with (?:anxiety|depression|"
    r"stress|cancer|an eating disorder|mental health)|"
    r"(?:his|her|their|[a-z]+'s) (?:new )?(?:hearing aids?|wheelchair|inhaler|insulin|"
    r"operation|surgery|treatment|allerg(?:y|ies)|dyslexia|dyspraxia|sen|send)\b|"
    r"(?:with|on) (?:the|a) (?:behaviour plan|one-to-one|1:1)|counselling sessions|"
    r"(?:diagnosed with|is on the autism spectrum|has adhd|has autism|self[- ]harm\w*|"
    r"known to (?:social care|social services|the police|children'?s services)|"
    r"(?:reduced|part[- ]time) timetable|(?:difficulties|problems|trouble) at home|"
    r"(?:his|her|their) home life|family (?:circumstances|difficulties|breakdown)|"
    r"(?:complaints?|allegations?|grievances?) (?:has been |have been |was |were )?(?:made|"
    r"raised|lodged) (?:about|against)|lado|complaint (?:about|against) (?:him|her|them|mr|mrs|"
    r"miss|ms|a (?:teacher|member of staff))|(?:being )?assessed for (?:dyslexia|autism|adhd|"
    r"asd|dyspraxia|an ehcp|sen)|"
    r"following (?:children|pupils) (?:receive|get|are on) free school meals|"
    r"child protection (?:plan|case|conference)|social services|looked[- ]after child|"
    r"in foster care|foster (?:family|carers?|home|placement)|grievances?|disciplinary "
    r"(?:hearing|action|procedure|investigation|process|outcome)|involve the police|"
    r"inappropriate (?:images|photos|pictures|messages)|sexting|accident involving|"
    r"employment tribunal|whistle-?blow|signed off (?:with|sick)|capability procedure|"
    r"(?:is|was|has been|were) (?:in|taken to|rushed to|admitted to) hospital|"
    r"(?:seriously|critically|gravely) (?:ill|injured|hurt)|(?:was|were|been) arrested|"
    r"charged with|allegations? (?:against|about|made)|(?:been|was) (?:sacked|dismissed)|"
    r"divorce|(?:parents|mum and dad) (?:have )?(?:separated|splitting up)|bereavement|"
    r"(?:death|loss) of (?:his|her|their) (?:mum|dad|mother|father|grandad|grandma|nan|"
    r"grandpa|granny|brother|sister|parent|grandparent|baby)|"
    r"domestic (?:abuse|violence)|homeless|evicted|eviction|in prison|"
    r"(?:governors'?|meeting|last night'?s|board) minutes|request for a pay rise|"
    r"(?:the )?police (?:are|were|have been) (?:involved|called)|serious incident involving|"
    r"under investigation|redundanc(?:y|ies)|budget deficit|confidential|internal "
    r"(?:matter|investigation|memo|email|discussion)|(?:leaked|off the record)|"
    r"safeguarding (?:concern|referral|case) (?:about|for|regarding) ))\b")
CONFIDENTIAL_OK = _ic(
    r"\b(?:our (?:send|sen|safeguarding|behaviour|exclusions?|confidentiality) (?:policy|"
    r"information report|team|offer)|send information report|local offer|awareness "
    r"(?:week|day|month)|if you have a (?:safeguarding )?concern|speak to (?:our|the) "
    r"(?:dsl|senco|designated)|confidential(?:ly)? (?:advice|support|helpline|service|"
    r"conversation)|in confidence to|eating disorders? awareness)\b")


def _common_noun_possessive(text: str, match: re.Match[str]) -> bool:
    """"the dog's operation" is nobody's health record; "Maya's operation" is."""
    word = match.group(0).split(" ", 1)[0]
    return (word.endswith("'s") and word not in ("his", "her", "their")
            and not text[match.start()].isupper())


NAMED_CIRCUMSTANCE = re.compile(
    r"\b[A-Z][a-z]+(?:\s[A-Z][a-z'-]+)?\s(?:will be |is |has been |has joined |is now )"
    r"(?:on a reduced timetable|on a part-time timetable|on free school meals|(?:in|our) "
    r"nurture group|in foster care|a young carer|on (?:the )?child protection|on a behaviour "
    r"plan|on report)")
NAMED_HEALTH = re.compile(
    r"\b(?!(?:Everyone|Anyone|Someone|Nobody|Everybody|Each|Every|Our|Your|This|It)\b)"
    r"[A-Z][a-z]+(?:\s[A-Z][a-z'-]+)?\s(?:has|had|is|was|suffers from)\s(?:got\s)?(?:a\s|an\s)?"
    r"(?:severe\s|serious\s|life-threatening\s|mild\s|rare\s)?(?:nut\s|peanut\s|egg\s|dairy\s)?"
    r"(?:allergy|asthma|diabetes|epilepsy|autism|autistic|adhd|dyslexia|dyslexic|cancer|"
    r"leukaemia|a heart condition|anxiety|depression|an eating disorder|a learning difficulty)\b")


def find_confidential(text: str) -> list[Hit]:
    low = _folded(text)
    message = ("Confidential or internal matter (discipline, health, SEN, grievances); "
               "this does not belong on a public account.")
    hits = [Hit("confidential", m.start(), m.end(), message)
            for m in CONFIDENTIAL.finditer(low) if not _common_noun_possessive(text, m)]
    hits += [Hit("confidential", m.start(), m.end(), message)
             for pattern in (NAMED_HEALTH, NAMED_CIRCUMSTANCE) for m in pattern.finditer(text)]
    return [] if hits and CONFIDENTIAL_OK.search(low) else hits


# --- copyright (CF legal considerations, do's) ----------------------------------------------
UNCREDITED = _ic(
    r"\b(?:(?:image|picture|pic|photo|photos|video|clip|meme|graphic|cartoon|drawing|"
    r"article|poem|song|story|text|quote)s? (?:i |we )?(?:found |grabbed |taken |copied |"
    r"nicked |pinched |borrowed )?(?:from|off|on) (?:google|google images|pinterest|the "
    r"internet|the web|online|facebook|instagram|tiktok|twitter|someone'?s? (?:page|feed|"
    r"post))|(?:found|got|grabbed|pinched|nicked|borrowed|copied|pasted|screenshotted) "
    r"(?:this|these|it|them)? ?(?:on|from|off) (?:google|pinterest|the internet|online|"
    r"facebook|instagram|tiktok|twitter|the web|someone)|"
    r"(?:not sure|no idea|don'?t know) (?:who|where) (?:originally )?(?:made|drew|took|wrote|"
    r"it'?s from|this (?:is|came) from|it (?:originally )?came from)|screen ?(?:grab|shot) "
    r"(?:from|of)|can'?t remember (?:who|where)|copied (?:and pasted )?(?:from|below)|"
    r"full lyrics|lyrics (?:below|here|are below)|here are the lyrics|lyrics:|ctrl[- ]?c|"
    r"reposting (?:this|without)|"
    r"credit to (?:the )?original (?:owner|creator) ?(?:whoever|unknown)|"
    r"(?:author|artist|photographer|creator|source|writer|poet) unknown|no copyright intended|"
    r"(?:copied|taken|lifted|borrowed) (?:this|these|it|them)? ?(?:[a-z]+ ){0,3}from (?:a|an|"
    r"the|some) (?:[a-z]+ )?(?:forum|newspaper|magazine|website|book|blog|paper)|"
    r"can'?t remember which "
    r"(?:one|site|website|paper|newspaper|book|page)|"
    r"all credit to (?:the )?(?:owner|creator)|"
    r"(?:(?:found|grabbed|got|took|taken|borrowed|nicked|pinched|copied|downloaded|stole|"
    r"stolen|saved|lifted)\b[^.!?\n]{0,25}?\b(?:this|these|it|them|image|photo|picture|pic|"
    r"video|meme|poster|article|poem|clip|cartoon|graphic|infographic)s?\b|(?:image|photo|"
    r"picture|pic|video|meme|poster|article|poem|clip|cartoon|graphic|infographic)s?\b"
    r"[^.!?\n]{0,40}?\b(?:we|i) (?:found|got|took|grabbed|saw|downloaded))[^.!?\n]{0,25}?"
    r"\b(?:on|from|off) (?:the )?(?:google|pinterest|internet|web|online|facebook|instagram|"
    r"tiktok|twitter|youtube|a youtuber|someone|bbc|[a-z]+ (?:website|page|feed|account))|"
    r"(?:image|photo|picture|pic|source|credit)s?: ?(?:google|pinterest|the internet|internet|"
    r"online|unknown|facebook)|from a youtuber|(?:not|isn'?t|aren'?t) ours,? but|"
    r"clip ?art (?:off|from)|(?:below|here) (?:is|are) (?:a |the )?(?:chapter|chapters|"
    r"extract|pages?|the full text|the whole (?:story|book|article))|"
    r"(?:uses?|using|used) the [^.!?\n]{1,40}? logo|"
    r"(?:thanks|credit) to (?:google|pinterest|the internet)|(?:cropped|removed|cut|edited) "
    r"(?:out |off )?(?:the |a )?watermark|(?:quote|post|picture|image|photo|meme|video|story) "
    r"from (?:a|an|someone'?s) [^.!?\n]{0,25}?(?:page|account|feed|site|blog) (?:we|i) follow|"
    r"(?:image|photo|picture|pic|video|clip|text|article)s? (?:taken|copied|borrowed|lifted|"
    r"grabbed) (?:straight )?from|screenshot (?:from|of) (?:the|a|an) |"
    r"(?:the )?(?:whole|full|entire) (?:of the )?(?:film|movie|episode|album|textbook|workbook|"
    r"revision guide)|scanned (?:copy|copies|pages?)|"
    r"(?:scanned|photographed|photocopied|copied|typed (?:up|out)|printed|reproduced) (?:in )?"
    r"(?:all|every|each|the whole|the full|the entire)\b|(?:printed|shared|reproduced|included|"
    r"published|pasted|copied|typed) (?:out )?in full|in full (?:below|here|on the back)|"
    r"photos? of (?:every|each|all the) pages?|every page (?:below|here|of the book)|"
    r"the (?:whole|full|entire) (?:of )?(?:chapter|book|story|text|lyrics|song|poem|article)|"
    r"the (?:words|lyrics) to [^.!?\n]{2,60} (?:printed|below|in full)|"
    r"(?:borrowed|saved|took|taken|grabbed|found|pinched|nicked) [^.!?\n]{0,40}from (?:a|an|"
    r"someone'?s|[a-z]+'s) (?:[a-z]+'s )?(?:instagram|facebook|tiktok|twitter|pinterest|page|"
    r"website|feed|account|blog)|(?:saved|screenshotted|downloaded|copied) it and (?:shared|"
    r"posted|put)|(?:cartoon|article|photo|image|meme|picture|column) from the (?:guardian|"
    r"times|bbc|telegraph|mail|daily mail|sun|mirror|independent|tes|observer|metro|"
    r"newspaper|paper)|google (?:image )?search|doing the rounds (?:on|online)|"
    r"characters from (?:the )?"
    r"[a-z ]{2,25}(?:films?|movies?|books?|show|series)|(?:printed|downloaded|took|got) "
    r"(?:this|it|these|them) [a-z ]{0,20}(?:off|from) (?:a|an|some) (?:website|site|blog)|"
    r"pasted (?:below|here|in full)|(?:full|whole) (?:article|text|copy) (?:pasted|copied)|"
    r"word for word|can'?t find the original|(?:a )?full copy of|full soundtrack|"
    r"re-?uploaded|(?:nicked|pinched|stole|borrowed) it\b|parody of|words changed|"
    r"(?:typed|copied|scanned|photographed) (?:out |up )?(?:the )?(?:first |whole |entire )?"
    r"(?:\w+ )?(?:chapters?|pages?) (?:of|from)|here it is in full|"
    r"credit to whoever|whoever (?:made|drew|took|wrote) (?:it|this|them)|"
    r"photocop(?:y|ies) of (?:the|a|pages)|"
    r"pdf of the (?:full |whole )?(?:textbook|book|workbook|revision guide)|#repost|#regram|"
    r"(?:author|artist|photographer|creator|source|writer|poet|owner) (?:not known|unknown|"
    r"unclear)|came across (?:this |it |these )?(?:online|on (?:the internet|google|pinterest|"
    r"social media|reddit|facebook|instagram|tiktok))|cop(?:y|ies) of pages? \d+|"
    r"(?:put|posted|uploaded|shared|sharing|upload|post|share)(?: up| out)? (?:the )?(?:whole|"
    r"full|entire|complete) (?:[\w'-]+ ){1,3}(?:film|movie|episode|album|textbook|series|book)"
    r"\b|(?:printed|copied|"
    r"photocopied|scanned) (?:out )?the (?:[\w'-]+ ){1,5}chapters?|"
    r"with our own (?:words|lyrics))\b")
REPOST = re.compile(r"#re(?:post|gram)\b")
CREDIT = _ic(
    r"(?:\b(?:photo|image|picture|illustration|video|words|article|poem|lyrics|artwork) "
    r"(?:by|credit|courtesy)\b|\bcredit(?:s)?:|\bcourtesy of\b|\bsource:|\bvia @|©|\(c\)|"
    r"\bwith (?:kind )?permission\b|\breproduced with\b|\bshared with permission\b|"
    r"\bused with permission\b|\blicen[cs]ed under\b|\bcreative commons\b|\bCC[- ]BY\b|"
    r"\bread the full article (?:at|on|here)\b|\boriginally (?:published|posted) (?:by|in|on)\b)")


def find_copyright(text: str) -> list[Hit]:
    low = _folded(text)
    hits = []
    for m in (*UNCREDITED.finditer(low), *REPOST.finditer(low)):
        phrase = m.group(0).lower()
        if "credit to" in phrase or "no copyright" in phrase or "unknown" in phrase:
            message = "A vague credit is not permission: name the author and get consent."
        else:
            message = ("Material from elsewhere without a credit or permission; name the "
                       "author and make sure you may share it.")
        hits.append(Hit("copyright", m.start(), m.end(), message))
    return [] if hits and _real_credit(low) else hits


def _real_credit(low: str) -> bool:
    """A credit names an author or owner; "Image: Google" names a search engine."""
    return any(not _NON_CREDIT.match(low, m.end()) for m in CREDIT.finditer(low))


_NON_CREDIT = re.compile(r"\s*(?:google|pinterest|the internet|internet|online|unknown|facebook)")
