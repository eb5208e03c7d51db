"""The audit log, per organisation, per account and per person (SPEC D3)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from socialsafe.accounts.access import deny, org_for
from socialsafe.accounts.models import Account
from socialsafe.audit.access import may_view_audit
from socialsafe.audit.models import AuditEvent
from socialsafe.people.models import Organisation, StaffMember

PAGE_SIZE = 50


def events_for(org: Organisation) -> QuerySet[AuditEvent]:
    """The organisation's events, and its schools' when it is a trust or federation."""
    return AuditEvent.objects.filter(Q(organisation=org) | Q(organisation__parent=org))


def for_account(events: QuerySet[AuditEvent], account_id: int) -> QuerySet[AuditEvent]:
    return events.filter(
        Q(target_type="accounts.account", target_id=str(account_id)) | Q(data__account=account_id)
    )


def for_person(events: QuerySet[AuditEvent], person: StaffMember) -> QuerySet[AuditEvent]:
    """What the person did, and what was done to them."""
    mine = Q(target_type="people.staffmember", target_id=str(person.pk)) | Q(data__person=person.pk)
    if person.user_id:
        mine |= Q(actor_id=person.user_id) | Q(target_type="auth.user",
                                                target_id=str(person.user_id))
    return events.filter(mine)


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


@login_required
def audit_log(request: HttpRequest, slug: str) -> HttpResponse:
    org = org_for(request.user, slug, "view audit")
    if not may_view_audit(request.user, org):
        deny(request.user, org, "view audit")
    events = events_for(org).select_related("organisation")
    heading, account_id, person_id = "", _int(request.GET.get("account")), _int(
        request.GET.get("person"))
    in_scope = [org, *org.schools.all()]
    if account_id is not None:
        account = Account.objects.filter(pk=account_id, organisation__in=in_scope).first()
        events = for_account(events, account_id) if account else events.none()
        heading = str(account) if account else "unknown account"
    if person_id is not None:
        person = StaffMember.objects.filter(pk=person_id, organisation__in=in_scope).first()
        events = for_person(events, person) if person else events.none()
        heading = person.full_name if person else "unknown person"
    page = Paginator(events.order_by("-seq"), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "audit/log.html", {"org": org, "page": page, "heading": heading})
