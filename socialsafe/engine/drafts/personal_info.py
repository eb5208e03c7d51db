"""Personal information of individuals in a draft (SO moderation; MO 2.3, 2.4).

Phone numbers (via `phonenumbers`, region GB), e-mail addresses, postcodes with street
addresses, and dates of birth. The school's own contact points are not personal
information: a landline or a role address (office@, admin@, a .sch.uk address) is fine
unless the text ties it to a person's home or private life; a mobile number is personal
unless it is introduced as a school, trip or office phone (MO 2.5.1)."""

from __future__ import annotations

import re

import phonenumbers

from socialsafe.engine.drafts.hits import Hit

EMAIL = re.compile(r"\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+\b")
FREE_MAIL = re.compile(
    r"@(?:g(?:oogle)?mail|hotmail|outlook|live|yahoo|ymail|icloud|me|aol|btinternet|"
    r"sky|talktalk|virginmedia|protonmail|proton|gmx|mail)\.", re.IGNORECASE)
ROLE_MAILBOX = re.compile(
    r"^(?:office|admin|enquiries|enquiry|info|head|headteacher|senco|send|pta|friends|"
    r"finance|bursar|reception|admissions|attendance|absence|absences|safeguarding|dsl|"
    r"hr|recruitment|jobs|vacancies|lettings|clubs|trips|catering|kitchen|it|support|"
    r"parents|contact|hello|communications|media|marketing|governors|clerk)\b",
    re.IGNORECASE)
ORG_DOMAIN = re.compile(r"\.(?:sch|ac|gov|nhs|police)\.uk$|\.org(?:\.uk)?$", re.IGNORECASE)
POSTCODE = re.compile(
    r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[A-Z]{2}\b", re.IGNORECASE)
STREET = re.compile(
    r"\b\d{1,4}[a-z]?,?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|"
    r"Close|Drive|Dr|Way|Court|Ct|Gardens|Gdns|Crescent|Cres|Terrace|Place|Grove|Mews|"
    r"Square|Walk|Rise|View|Row|Hill|Park|Green|Parade|Fold|Croft|Chase|Gate|Meadows?|Vale|"
    r"Garth|Bank|Brow|Wynd|Heights|Lea|Nook)\b\.?")
#: A street named without a number, right after a person ("the Ramsdens in Hollybush
#: Close") or after words about where someone lives.
NAMED_STREET = re.compile(
    r"\b(?:(?:lives?|living|moved|round the corner|next door) [^.!?\n]{0,25}?|[A-Z][a-z]+ "
    r"(?:and [A-Z][a-z]+ )?[A-Z][a-z'-]+,? )(?:in|on|at) (?P<street>(?:[A-Z][a-z]+\s+){1,2}"
    r"(?:Road|Street|Avenue|Lane|Close|Drive|Way|Court|Gardens|Crescent|Terrace|Grove|Mews|"
    r"Fold|Croft|Chase|Rise|View|Walk))\b")
DOB = re.compile(
    r"\b(?:d\.?o\.?b\.?|date of birth|birth ?date|born on|born in \w+ \d{4}|born \d{1,2}"
    r"(?:st|nd|rd|th)?\s+\w+|birthday is on)\b[^\n]{0,30}?"
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+"
    r"(?:\s+\d{4})?|\d{4})",
    re.IGNORECASE)
DIGITS = re.compile(r"\d[\d\s().+-]{7,}\d")

PERSONAL_CONTEXT = re.compile(
    r"\b(?:my|his|her|their|your|home|personal|private|mum|mum's|dad|dad's|"
    r"mother|father|parent's|carer's|ring me|call me|text me|whatsapp me|message me|"
    r"lives|living at|address is|house|contact me|reach me|family|round the corner|"
    r"drop [^.!?\n]{0,30} off|lift[- ]?share|car[- ]?share|lifts? (?:from|to)|meet at|"
    r"pick(?:ed)?[- ]up from|collect(?:ed)? from)\b",
    re.IGNORECASE)
ORG_CONTEXT = re.compile(
    r"\b(?:school|office|reception|trip|academy|college|pta|nursery|club|centre|center|"
    r"admissions|attendance|absence line|main number|switchboard|helpline|childline|"
    r"nspcc|council|hall|venue|library|church|surgery|police|101|999|theatre|theater|museum|"
    r"stadium|leisure|pool|cinema|gallery|cathedral|mosque|gurdwara|temple|synagogue|"
    r"showcase|production|event|fair|held at|takes place at)\b",
    re.IGNORECASE)


def _window(text: str, start: int, end: int, width: int = 60) -> str:
    return text[max(0, start - width):start] + " " + text[end:end + 20]


def find_personal_info(text: str) -> list[Hit]:
    hits: list[Hit] = []
    hits.extend(_phones(text))
    hits.extend(_emails(text))
    hits.extend(_addresses(text))
    for m in DOB.finditer(text):
        hits.append(Hit("personal_info", m.start(), m.end(),
                        "A date of birth is personal information and must not be posted."))
    return hits


def _phones(text: str) -> list[Hit]:
    if not DIGITS.search(text):
        return []
    hits: list[Hit] = []
    # POSSIBLE, not VALID: Ofcom's drama ranges (07700 900xxx) are unallocated but real-looking.
    for match in phonenumbers.PhoneNumberMatcher(text, "GB",
                                                 leniency=phonenumbers.Leniency.POSSIBLE,
                                                 max_tries=50):
        if sum(c.isdigit() for c in match.raw_string) < 10:
            continue
        mobile = str(match.number.national_number).startswith("7")
        context = _window(text, match.start, match.end)
        personal = PERSONAL_CONTEXT.search(context)
        # a mobile is official only when introduced as one ("the school trip mobile is")
        official = ORG_CONTEXT.search(_window(text, match.start, match.end, 30 if mobile else 60))
        if (mobile and (personal or not official)) or (not mobile and personal and not official):
            kind = "mobile number" if mobile else "phone number"
            hits.append(Hit("personal_info", match.start, match.end,
                            f"A personal {kind}: only the school's own contact details "
                            f"may be posted."))
    return hits


def _emails(text: str) -> list[Hit]:
    hits: list[Hit] = []
    if "@" not in text:
        return hits
    for m in EMAIL.finditer(text):
        address = m.group(0)
        local, _, domain = address.partition("@")
        context = _window(text, m.start(), m.end())
        role = ROLE_MAILBOX.match(local) is not None
        free_mail = FREE_MAIL.search(address) and not (role and ORG_CONTEXT.search(context))
        said_personal = PERSONAL_CONTEXT.search(text[max(0, m.start() - 40):m.start()]) and not (
            role or ORG_DOMAIN.search(domain))
        if free_mail or said_personal:
            hits.append(Hit("personal_info", m.start(), m.end(),
                            "This looks like a personal e-mail address; use the school's "
                            "official address."))
    return hits


def _addresses(text: str) -> list[Hit]:
    hits: list[Hit] = []
    streets = list(STREET.finditer(text))
    for m in streets:
        context = text[max(0, m.start() - 60):m.start()]
        if ORG_CONTEXT.search(context) and not PERSONAL_CONTEXT.search(context):
            continue
        hits.append(Hit("personal_info", m.start(), m.end(),
                        "A street address: a home address must not be posted."))
    for m in NAMED_STREET.finditer(text):
        if not ORG_CONTEXT.search(text[max(0, m.start() - 40):m.end()]):
            hits.append(Hit("personal_info", m.start("street"), m.end("street"),
                            "Where someone lives: a home address must not be posted."))
    covered = [(h.start or 0, (h.end or 0) + 15) for h in hits]
    for m in POSTCODE.finditer(text):
        if not any(c.isdigit() for c in m.group(0)[:4]) or m.group(0).islower():
            continue
        if any(s <= m.start() <= e for s, e in covered):
            hits.append(Hit("personal_info", m.start(), m.end(),
                            "A postcode next to a home address."))
            continue
        context = text[max(0, m.start() - 60):m.start()]
        if PERSONAL_CONTEXT.search(context) and not ORG_CONTEXT.search(context):
            hits.append(Hit("personal_info", m.start(), m.end(),
                            "A postcode tied to a person's home."))
    return hits
