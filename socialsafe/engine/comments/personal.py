"""Personal information in a comment: phone numbers, e-mail addresses, home addresses,
postcodes, dates of birth and vehicle registrations (SO moderation: "telephone numbers,
address details"; a number plate identifies its keeper as surely as an address).

Phone numbers are confirmed with `phonenumbers` (UK numbering plan) after a cheap regex
has found a run of digits, so ordinary text costs almost nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\+?\d[\d \-()]{8,}\d")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
_NOT_STREET_WORD = (r"(?!(?:the|a|an|at|in|on|down|up|to|of|and|for|or|times|year|years|weeks|"
                    r"days|kids|children|minutes|hours|mins|more|miles|people|of)\b)")
_STREET = re.compile(
    r"\b(?:flat\s+\d+[a-z]?,?\s+)?\d{1,4}[a-z]?,?\s+(?:" + _NOT_STREET_WORD + r"[a-z']+\s+){1,3}"
    r"(?:Road|Rd|Street|St|Lane|Ln|Close|Avenue|Ave|Way|Drive|Dr|Grove|Crescent|Court|"
    r"Gardens|Place|Rise|View|Terrace|Walk|Mews|Hill|Green|Row|Square)\b",
    re.IGNORECASE,
)
_REGISTRATION = re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z]{3}\b")  # current UK format, e.g. AB12 CDE
_BIRTH = re.compile(
    r"\b(?:born|dob|d\.o\.b\.?|date of birth|birthday)\b[^.\n]{0,20}?"
    r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PersonalInfo:
    start: int
    end: int
    kind: str  # phone | email | address | postcode | date_of_birth | registration


def find_personal_info(text: str) -> list[PersonalInfo]:
    found: list[PersonalInfo] = []
    if _DIGIT_RUN.search(text):
        matcher = phonenumbers.PhoneNumberMatcher(text, "GB",
                                                  leniency=phonenumbers.Leniency.POSSIBLE)
        for match in matcher:
            digits = sum(c.isdigit() for c in match.raw_string)
            if digits >= 10 and match.raw_string.lstrip("(")[:1] in ("0", "+"):
                found.append(PersonalInfo(match.start, match.end, "phone"))
    if "@" in text:
        found.extend(PersonalInfo(*m.span(), "email") for m in _EMAIL.finditer(text))
    if _DIGIT.search(text):
        found.extend(PersonalInfo(*m.span(), "address") for m in _STREET.finditer(text))
        found.extend(PersonalInfo(*m.span(), "postcode") for m in _POSTCODE.finditer(text))
        found.extend(PersonalInfo(*m.span(), "date_of_birth") for m in _BIRTH.finditer(text))
        found.extend(PersonalInfo(*m.span(), "registration")
                     for m in _REGISTRATION.finditer(text))
    return sorted(found, key=lambda f: f.start)
