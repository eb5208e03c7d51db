"""What the school and trust dashboards show (SPEC P4, P6, R1, R2)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.urls import NoReverseMatch, reverse

from socialsafe.people import access
from socialsafe.people.models import Organisation
from socialsafe.people.packinfo import (
    key_settings,
    pack_or_none,
    review_of,
    rules_by_area,
)
from socialsafe.people.scope import AnyUser, organisations_for
from socialsafe.people.summary import PupilFigures, StaffFigures, pupil_figures, staff_figures
from socialsafe.policy.review import ReviewStatus
from socialsafe.policy.schema import Pack


def url_if_exists(name: str, slug: str) -> str | None:
    """The org page's URL, or None while the app that serves it has not built it yet."""
    try:
        return reverse(name, kwargs={"slug": slug})
    except NoReverseMatch:
        return None


@dataclass(frozen=True)
class SchoolCard:
    org: Organisation
    pack: Pack | None
    review: ReviewStatus | None
    staff: StaffFigures
    pupils: PupilFigures


def school_card(org: Organisation) -> SchoolCard:
    pack = pack_or_none(org)
    return SchoolCard(org, pack, review_of(pack) if pack else None, staff_figures(org),
                      pupil_figures(org))


def school_context(user: AnyUser, org: Organisation) -> dict[str, Any]:
    card = school_card(org)
    visible = {o.pk for o in organisations_for(user)}
    return {
        "org": org,
        "card": card,
        "parent": org.parent if org.parent_id in visible else None,
        "rule_areas": rules_by_area(card.pack) if card.pack else [],
        "settings": key_settings(card.pack) if card.pack else [],
        "pack_url": url_if_exists("policy-pack", org.slug),
        "may_see_staff": access.may_see_staff(user, org),
        "may_see_pupils": access.may_see_pupils(user, org),
        "may_import": access.may_manage_people(user, org),
    }


def group_context(user: AnyUser, org: Organisation) -> dict[str, Any]:
    """A trust or federation: its own pack, then one card per school it holds."""
    pack = pack_or_none(org)
    return {
        "org": org,
        "pack": pack,
        "review": review_of(pack) if pack else None,
        "settings": key_settings(pack) if pack else [],
        "pack_url": url_if_exists("policy-pack", org.slug),
        "schools": [school_card(school) for school in org.schools.order_by("name")],
        "staff": staff_figures(org),
        "may_see_staff": access.may_see_staff(user, org),
        "may_import": access.may_manage_people(user, org),
    }
