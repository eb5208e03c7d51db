"""Running the pre-publication check (SPEC C2) on a draft: its text through the engine with
the school's pack, roster and staff, plus the image rules (tagged pupils' consent, alt text).

The engine keeps its compiled checker while it is given the *same* pack, roster and staff
objects, so the roster and staff tuples are cached per organisation and reused for as long
as the rows are unchanged: typing in the draft page stays fast."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q

from socialsafe.engine import types as engine
from socialsafe.people.models import Organisation, Pupil, StaffMember
from socialsafe.people.packinfo import pack_or_none
from socialsafe.policy.schema import Capability, Pack
from socialsafe.posts.images import consent_problems
from socialsafe.posts.models import Post

IMAGE_CLAUSE = "Use of images"
_lock = threading.Lock()
_cache: dict[tuple[str, int], tuple[Any, ...]] = {}


def _same_or_new(key: tuple[str, int], rows: tuple[Any, ...]) -> tuple[Any, ...]:
    with _lock:
        cached = _cache.get(key)
        if cached == rows:
            return cached
        _cache[key] = rows
        return rows


def _people_orgs(org: Organisation) -> Q:
    return Q(school=org) | Q(school__parent=org)


def roster_for(org: Organisation) -> tuple[engine.Pupil, ...]:
    pupils = Pupil.objects.filter(_people_orgs(org)).order_by("pk")
    rows = tuple(p.as_engine_pupil() for p in pupils)
    return _same_or_new(("roster", org.pk), rows)


def staff_for(org: Organisation) -> tuple[engine.StaffEntry, ...]:
    people = StaffMember.objects.filter(
        Q(organisation=org) | Q(organisation__parent=org), left_on__isnull=True
    ).order_by("pk")
    rows = tuple(p.as_engine_entry() for p in people)
    return _same_or_new(("staff", org.pk), rows)


@dataclass(frozen=True)
class Checked:
    """The engine's answer for a draft, with the image findings added."""

    text: str
    verdict: engine.Verdict
    findings: list[engine.Finding] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"verdict": self.verdict, "findings": [f.as_json() for f in self.findings]}


def _image_findings(post: Post | None) -> list[engine.Finding]:
    if post is None or post.pk is None:
        return []
    findings = []
    for number, image in enumerate(post.images.prefetch_related("pupils"), start=1):
        for problem in consent_problems(image.pupils.all()):
            findings.append(
                engine.Finding(
                    "image_consent",
                    "block",
                    None,
                    None,
                    f"Image {number}: {problem}",
                    IMAGE_CLAUSE,
                )
            )
        if not image.alt_text.strip():
            findings.append(
                engine.Finding(
                    "alt_text",
                    "advice",
                    None,
                    None,
                    f"Image {number} has no description (alt text) for screen-reader users.",
                    IMAGE_CLAUSE,
                )
            )
    return findings


def _verdict(findings: list[engine.Finding]) -> engine.Verdict:
    severities = {f.severity for f in findings}
    if "block" in severities:
        return "blocked"
    return "needs_approval" if "approval" in severities else "ok"


def check_draft(org: Organisation, text: str, post: Post | None = None) -> Checked:
    """Check `text` (and the post's images, when there is a post) against the school's pack."""
    from socialsafe.engine.drafts import check  # the engine loads its models on first use

    pack = pack_or_none(org)
    if pack is None:  # nothing to check against: a person must look at it instead
        finding = engine.Finding(
            "no_pack",
            "approval",
            None,
            None,
            f"{org.name} has no policy pack in force, so an approver must check this post.",
            "",
        )
        return Checked(text=text, verdict="needs_approval", findings=[finding])
    result = check(text, pack, roster_for(org), staff_for(org))
    findings = sorted(
        [*result.findings, *_image_findings(post)],
        key=lambda f: (f.start is None, f.start or 0),
    )
    return Checked(text=text, verdict=_verdict(findings), findings=findings)


def approval_reasons(
    pack: Pack | None, author_role: str | None, checked: Checked, sensitive: bool
) -> list[str]:
    """Why a post must wait for an approver (SPEC C3); empty when it may go straight out."""
    reasons = []
    if checked.verdict == "needs_approval":
        reasons.append("The policy check asks for a senior colleague to approve it.")
    if pack is None or not pack.allows(author_role, Capability.POST_WITHOUT_APPROVAL):
        reasons.append("Your role is not delegated to post without approval.")
    if sensitive:
        reasons.append("You marked it as sensitive.")
    return reasons
