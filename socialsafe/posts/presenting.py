"""Turning a check result into what the draft page shows: the text with each finding's span
marked, and each finding with its clause and a way to fix it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

HOW_TO_FIX = {
    "pupil_no_consent": "Take the pupil's name out, or check their consent in the pupil register.",
    "personal_info": "Remove the phone number, address, e-mail or date of birth; point people "
    "to the school office instead.",
    "offensive": "Reword it respectfully.",
    "political": "Keep to neutral facts about school life; do not take sides.",
    "personal_view": "Write in neutral, factual terms on behalf of the school.",
    "targeted_message": "Address the whole school community rather than one person.",
    "staff_personal_link": "Link to the school's own pages, not a colleague's personal account.",
    "commercial": "Leave out adverts and donation requests not connected with the school.",
    "confidential": "Keep internal matters and grievances out of public posts.",
    "copyright": "Use the school's own material, or credit the author and have permission.",
    "off_purpose": "Make it about an event, reminder, achievement, closure, vacancy, "
    "newsletter, greeting or feedback.",
    "image_consent": "Remove the image, or untag the pupil if they are not in it.",
    "alt_text": "Add a short description of each image.",
}
SEVERITY_LABEL = {"block": "Blocks publishing", "approval": "Needs approval", "advice": "Advice"}
VERDICT_LABEL = {
    "ok": "No problems found.",
    "needs_approval": "An approver will need to look at this post.",
    "blocked": "This post cannot be published until the problems marked below are fixed.",
}


@dataclass(frozen=True)
class Segment:
    text: str
    severity: str = ""
    number: int = 0


@dataclass(frozen=True)
class ShownFinding:
    number: int
    severity: str
    severity_label: str
    message: str
    clause: str
    how_to_fix: str
    quote: str


def present(text: str, result: dict[str, Any]) -> dict[str, Any]:
    """Template context: `segments` of the text (marked where a finding applies),
    `findings` numbered in reading order, and the verdict in words."""
    findings = result.get("findings", [])
    shown: list[ShownFinding] = []
    segments: list[Segment] = []
    cursor = 0
    for number, finding in enumerate(findings, start=1):
        start, end = finding.get("start"), finding.get("end")
        quote = ""
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
            quote = text[start:end]
            if start >= cursor:  # overlapping spans keep the first mark
                segments.append(Segment(text[cursor:start]))
                segments.append(Segment(quote, finding["severity"], number))
                cursor = end
        shown.append(
            ShownFinding(
                number=number,
                severity=finding["severity"],
                severity_label=SEVERITY_LABEL.get(finding["severity"], finding["severity"]),
                message=finding["message"],
                clause=finding.get("clause", ""),
                how_to_fix=HOW_TO_FIX.get(finding["category"], ""),
                quote="" if quote in finding["message"] else quote,
            )
        )
    segments.append(Segment(text[cursor:]))
    verdict = str(result.get("verdict", "ok"))
    return {
        "segments": [s for s in segments if s.text],
        "findings": shown,
        "verdict": verdict,
        "verdict_label": VERDICT_LABEL.get(verdict, verdict),
    }
