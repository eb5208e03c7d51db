"""What the pack says about how a post is credited and what tone to aim for (SPEC C2
attribution and tone; CF "Behaviour" and "Tone", KI 7.0): a named person signs the post, or
it speaks for the school alone."""

from __future__ import annotations

from dataclasses import dataclass

from socialsafe.people.models import Organisation
from socialsafe.people.packinfo import pack_or_none
from socialsafe.people.scope import membership_in
from socialsafe.posts.models import Post


@dataclass(frozen=True)
class Guidance:
    credited_to_person: bool
    attribution_cite: str
    tone: list[str]
    tone_cite: str


def guidance_for(org: Organisation) -> Guidance:
    pack = pack_or_none(org)
    if pack is None:
        return Guidance(False, "", [], "")
    attribution, tone = pack.parameters.attribution, pack.parameters.tone
    return Guidance(
        credited_to_person=attribution.value == "named_person",
        attribution_cite=str(attribution.cite or ""),
        tone=list(tone.value) if tone else [],
        tone_cite=str(tone.cite or "") if tone else "",
    )


def signature(post: Post) -> str:
    """The line that credits the author, when the pack wants posts credited to a person."""
    if not guidance_for(post.organisation).credited_to_person or post.author is None:
        return ""
    person = membership_in(post.author, post.organisation)
    return f"— {person.full_name if person else post.author_name}"


def publication_text(post: Post) -> str:
    """Exactly what goes to the platform: the checked text and links, then the credit."""
    return "\n\n".join(part for part in (post.full_text(), signature(post)) if part)
