"""Leavers, hand-overs and lost devices (SPEC A6, A7)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from socialsafe.accounts import access, devices, leavers
from socialsafe.accounts.capabilities import user_may
from socialsafe.accounts.forms import HandoverForm, LostDeviceForm
from socialsafe.accounts.models import Handover, LostDevice
from socialsafe.accounts.register import RegisterChangeError
from socialsafe.accounts.views.common import actor
from socialsafe.audit.access import may_view_audit
from socialsafe.people.models import Organisation, StaffMember
from socialsafe.people.scope import AnyUser, membership_in
from socialsafe.policy.schema import Capability


def manages_people(user: AnyUser, org: Organisation) -> bool:
    """Marking leavers: the pack's `manage_people` roles."""
    return user_may(user, org, Capability.MANAGE_PEOPLE)


def suspends(user: AnyUser, org: Organisation) -> bool:
    """Lost devices: the pack's `suspend_access` roles (CF: the administrator)."""
    return user_may(user, org, Capability.SUSPEND_ACCESS)


def transfers(user: AnyUser, org: Organisation) -> bool:
    """Hand-overs: the pack's `transfer_accounts` roles (CF: the administrator)."""
    return user_may(user, org, Capability.TRANSFER_ACCOUNTS)


def uses_people_page(user: AnyUser, org: Organisation) -> bool:
    return manages_people(user, org) or suspends(user, org) or transfers(user, org)


@login_required
def people(request: HttpRequest, slug: str) -> HttpResponse:
    org = access.org_for(request.user, slug, "manage leavers")
    access.require(request.user, org, uses_people_page(request.user, org), "manage leavers")
    reports = LostDevice.objects.filter(person__organisation=org, restored_at__isnull=True)
    return render(request, "accounts/people.html", {
        "org": org,
        "staff": StaffMember.objects.current().filter(organisation=org),
        "handovers": [
            (h, leavers.stale_credentials(h.account, h.leaver.left_on or h.opened_at.date()))
            for h in Handover.objects.filter(account__organisation=org, resolved_at__isnull=True)
            .select_related("account", "leaver")
        ],
        "reports": [(r, devices.restore_blockers(r)) for r in reports.select_related("person")],
        "device_form": LostDeviceForm(), "handover_form": HandoverForm(org),
        "may_mark_leaver": manages_people(request.user, org),
        "may_suspend": suspends(request.user, org),
        "may_transfer": transfers(request.user, org),
        "may_view_audit": may_view_audit(request.user, org),
    })


def _person(request: HttpRequest, org: Organisation, pk: int, action: str) -> StaffMember:
    person = StaffMember.objects.current().filter(organisation=org, pk=pk).first()
    if person is None:
        access.deny(request.user, org, action)
    return person


@login_required
@require_POST
def mark_leaver(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    org = access.org_for(request.user, slug, "mark leaver")
    access.require(request.user, org, manages_people(request.user, org), "mark leaver")
    person = _person(request, org, pk, "mark leaver")
    handovers = leavers.mark_leaver(actor(request), person)
    messages.success(request, f"{person.full_name} marked as a leaver; signed out everywhere.")
    for h in handovers:
        messages.warning(request, f"{h.account.name} needs a hand-over or closure.")
    return redirect("accounts-people", slug=org.slug)


@login_required
@require_POST
def report_lost_device(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    org = access.org_for(request.user, slug, "report lost device")
    person = _person(request, org, pk, "report lost device")
    is_self = membership_in(request.user, org) == person
    access.require(request.user, org, is_self or suspends(request.user, org),
                   "report lost device")
    form = LostDeviceForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Say which device was lost.")
    else:
        devices.report_lost(actor(request), person, form.cleaned_data["description"])
        messages.warning(request, f"Account access of {person.full_name} is suspended.")
    if not uses_people_page(request.user, org):
        return redirect("accounts-list", slug=org.slug)
    return redirect("accounts-people", slug=org.slug)


def _report(request: HttpRequest, org: Organisation, pk: int, action: str) -> LostDevice:
    access.require(request.user, org, suspends(request.user, org), action)
    report = LostDevice.objects.filter(person__organisation=org, pk=pk).first()
    if report is None:
        access.deny(request.user, org, action)
    return report


@login_required
@require_POST
def confirm_wipe(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    org = access.org_for(request.user, slug, "confirm wipe")
    devices.confirm_wipe(actor(request), _report(request, org, pk, "confirm wipe"))
    return redirect("accounts-people", slug=org.slug)


@login_required
@require_POST
def restore(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    org = access.org_for(request.user, slug, "restore access")
    try:
        devices.restore(actor(request), _report(request, org, pk, "restore access"))
    except RegisterChangeError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Access restored.")
    return redirect("accounts-people", slug=org.slug)


@login_required
@require_POST
def resolve_handover(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    org = access.org_for(request.user, slug, "resolve hand-over")
    access.require(request.user, org, transfers(request.user, org), "resolve hand-over")
    handover = Handover.objects.filter(account__organisation=org, pk=pk).first()
    if handover is None:
        access.deny(request.user, org, "resolve hand-over")
    form = HandoverForm(org, request.POST)
    if not form.is_valid():
        messages.error(request, "Choose transfer or closure.")
    else:
        try:
            leavers.resolve_handover(actor(request), handover, **form.cleaned_data)
        except RegisterChangeError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, "Hand-over recorded. Change the account's password now.")
    return redirect("accounts-people", slug=org.slug)
