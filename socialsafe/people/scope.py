"""Who may see which organisation. Everything outside a user's scope is a 404 (SPEC D2).

A member of a school sees that school; a member of a trust or federation sees it and
every school it holds. Leavers see nothing."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Q
from django.http import Http404

from socialsafe.people.models import Organisation, StaffMember

AnyUser = AbstractBaseUser | AnonymousUser


def memberships(user: AnyUser) -> list[StaffMember]:
    if not user.is_authenticated:
        return []
    mine = StaffMember.objects.current().filter(user_id=user.pk)
    return list(mine.select_related("organisation"))


def organisations_for(user: AnyUser) -> list[Organisation]:
    """Every organisation (trusts and schools) the user may see, ordered by name."""
    direct = [m.organisation_id for m in memberships(user)]
    if not direct:
        return []
    qs = Organisation.objects.filter(Q(pk__in=direct) | Q(parent_id__in=direct))
    return list(qs.select_related("parent"))


def schools_for(user: AnyUser) -> list[Organisation]:
    return [org for org in organisations_for(user) if org.is_school]


def get_org_for_user(user: AnyUser, slug: str) -> Organisation:
    for org in organisations_for(user):
        if org.slug == slug:
            return org
    raise Http404("No such organisation")


def membership_in(user: AnyUser, org: Organisation) -> StaffMember | None:
    """The user's register entry that gives them access to `org`: a direct membership
    first, else their membership of the trust or federation that holds it."""
    mine = {m.organisation_id: m for m in memberships(user)}
    return mine.get(org.pk) or (mine.get(org.parent_id) if org.parent_id else None)


def role_in(user: AnyUser, org: Organisation) -> str | None:
    member = membership_in(user, org)
    return member.role if member else None
