"""Who may work the moderation inbox (SPEC M4, D2).

Only the roles the school's pack grants `moderate` may see or act on comments; anyone else
gets a 404, like anything out of scope, and the refusal is audited. The text of a
safeguarding comment is shown only to the roles the pack lets read safeguarding."""

from __future__ import annotations

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from socialsafe.accounts.capabilities import user_may
from socialsafe.audit.log import record
from socialsafe.audit.models import EventKind
from socialsafe.moderation.models import Comment
from socialsafe.people.models import Organisation
from socialsafe.people.scope import AnyUser, get_org_for_user
from socialsafe.policy.schema import Capability


def may_moderate(user: AnyUser, org: Organisation) -> bool:
    return org.is_school and user_may(user, org, Capability.MODERATE)


def may_read_safeguarding(user: AnyUser, org: Organisation) -> bool:
    return user_may(user, org, Capability.READ_SAFEGUARDING)


def moderated_school(request: HttpRequest, slug: str) -> Organisation:
    """The school whose inbox the user works, or 404 (audited when they are in scope)."""
    org = get_org_for_user(request.user, slug)
    if not may_moderate(request.user, org):
        record(EventKind.ACCESS_DENIED, actor=request.user, organisation=org,
               what="moderation", path=request.path)
        raise Http404("Not found")
    return org


def comment_for(request: HttpRequest, slug: str, pk: int) -> tuple[Organisation, Comment]:
    school = moderated_school(request, slug)
    comment = get_object_or_404(
        Comment.objects.select_related("account__organisation"),
        pk=pk, account__organisation=school,
    )
    return school, comment


def alerts_school(request: HttpRequest, slug: str) -> Organisation:
    """The school whose safeguarding and threat alerts the user may see: the roles that
    may read safeguarding (the DSL and head at least), or a moderator; else 404."""
    org = get_org_for_user(request.user, slug)
    if not org.is_school or not (may_read_safeguarding(request.user, org)
                                 or may_moderate(request.user, org)):
        record(EventKind.ACCESS_DENIED, actor=request.user, organisation=org,
               what="moderation alerts", path=request.path)
        raise Http404("Not found")
    return org


def alert_comment_for(request: HttpRequest, slug: str, pk: int) -> tuple[Organisation, Comment]:
    """A comment reached by a moderator, or by a safeguarding reader when it was escalated."""
    org = get_org_for_user(request.user, slug)
    if may_moderate(request.user, org):
        return comment_for(request, slug, pk)
    school = alerts_school(request, slug)
    comment = get_object_or_404(
        Comment.objects.select_related("account__organisation"),
        pk=pk, account__organisation=school, cases__isnull=False,
    )
    return school, comment
