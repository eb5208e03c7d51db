"""The acknowledgement and training registers (SPEC P5, R5): who is outstanding.

Everyone in scope sees their own status and can acknowledge the policy; the pack's
`manage_people`, `manage_training` and `approve_accounts` roles see everyone; the
`manage_training` roles record training."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from socialsafe.accounts.access import deny, org_for, require
from socialsafe.accounts.capabilities import policy_version, user_may
from socialsafe.accounts.views.common import actor
from socialsafe.people.models import Organisation
from socialsafe.people.scope import AnyUser, membership_in
from socialsafe.policy.schema import Capability
from socialsafe.registers import services
from socialsafe.registers.forms import TrainingForm


def sees_everyone(user: AnyUser, org: Organisation) -> bool:
    return any(user_may(user, org, cap) for cap in (
        Capability.MANAGE_PEOPLE, Capability.MANAGE_TRAINING, Capability.APPROVE_ACCOUNTS))


@login_required
def register(request: HttpRequest, slug: str) -> HttpResponse:
    org = org_for(request.user, slug, "view registers")
    me = membership_in(request.user, org)
    rows = services.register_rows(org)
    everyone = sees_everyone(request.user, org)
    if not everyone:
        rows = [r for r in rows if me is not None and r.person.pk == me.pk]
    return render(request, "registers/register.html", {
        "org": org, "rows": rows, "everyone": everyone,
        "outstanding": sum(r.outstanding for r in rows),
        "version": policy_version(org), "me": me,
        "read_current": me is not None and services.has_read_current_policy(me),
        "may_record": user_may(request.user, org, Capability.MANAGE_TRAINING),
        "training_form": TrainingForm(org),
    })


@login_required
@require_POST
def acknowledge(request: HttpRequest, slug: str) -> HttpResponse:
    org = org_for(request.user, slug, "acknowledge policy")
    me = membership_in(request.user, org)
    if me is None or me.organisation_id != org.pk:
        deny(request.user, org, "acknowledge policy")
    try:
        services.acknowledge_policy(actor(request), me)
    except services.RegisterError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Thank you: your acknowledgement is recorded.")
    return redirect("registers-home", slug=org.slug)


@login_required
@require_POST
def record_training(request: HttpRequest, slug: str) -> HttpResponse:
    org = org_for(request.user, slug, "record training")
    require(request.user, org, user_may(request.user, org, Capability.MANAGE_TRAINING),
            "record training")
    form = TrainingForm(org, request.POST)
    if not form.is_valid():
        messages.error(request, "Choose a person, name the course and give the date.")
    else:
        try:
            services.record_training(actor(request), **form.cleaned_data)
        except services.RegisterError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, "Training recorded.")
    return redirect("registers-home", slug=org.slug)
