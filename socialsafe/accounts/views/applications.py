"""Applying for an account, deciding on it, and creating it (SPEC A1–A3)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from socialsafe.accounts import applications as service
from socialsafe.accounts.access import deny, org_for, require
from socialsafe.accounts.capabilities import min_runners, user_may
from socialsafe.accounts.forms import ApplicationForm, CreateAccountForm, DecisionForm
from socialsafe.accounts.models import AccountApplication
from socialsafe.accounts.register import RegisterChangeError, create_account
from socialsafe.accounts.views.common import actor
from socialsafe.people.models import Organisation
from socialsafe.people.scope import AnyUser, membership_in
from socialsafe.policy.schema import Capability


@login_required
def apply(request: HttpRequest, slug: str) -> HttpResponse:
    org = org_for(request.user, slug, "apply for account")
    require(request.user, org, user_may(request.user, org, Capability.APPLY_FOR_ACCOUNT),
            "apply for account")
    form = ApplicationForm(org, request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        case = service.BusinessCase(**{**form.cleaned_data,
                                       "runners": list(form.cleaned_data["runners"])})
        try:
            application = service.apply(actor(request), org, case)
        except service.ApplicationError as exc:
            for problem in exc.problems:
                form.add_error(None, problem)
        else:
            messages.success(request, "Application sent to the approvers.")
            return redirect("accounts-application", slug=org.slug, pk=application.pk)
    if request.method == "POST":
        status = 400
    return render(request, "accounts/apply.html",
                  {"org": org, "form": form, "min_runners": min_runners(org)}, status=status)


def sees_all_applications(user: AnyUser, org: Organisation) -> bool:
    return user_may(user, org, Capability.APPROVE_ACCOUNTS) or user_may(
        user, org, Capability.CREATE_ACCOUNTS
    )


def visible_applications(user: AnyUser, org: Organisation) -> list[AccountApplication]:
    qs = AccountApplication.objects.filter(organisation=org).prefetch_related("runners")
    if not sees_all_applications(user, org):
        me = membership_in(user, org)
        qs = qs.filter(Q(applicant_id=user.pk) | Q(runners=me)).distinct()
    return list(qs)


@login_required
def application_list(request: HttpRequest, slug: str) -> HttpResponse:
    org = org_for(request.user, slug, "view applications")
    return render(request, "accounts/applications.html", {
        "org": org, "applications": visible_applications(request.user, org),
        "may_apply": user_may(request.user, org, Capability.APPLY_FOR_ACCOUNT),
    })


def _application(request: HttpRequest, org: Organisation, pk: int) -> AccountApplication:
    found = [a for a in visible_applications(request.user, org) if a.pk == pk]
    if not found:
        deny(request.user, org, "view application")
    return found[0]


@login_required
def application_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    org = org_for(request.user, slug, "view application")
    application = _application(request, org, pk)
    return _render_detail(request, org, application)


def _render_detail(request: HttpRequest, org: Organisation, application: AccountApplication,
                   decision: DecisionForm | None = None, create: CreateAccountForm | None = None,
                   status: int = 200) -> HttpResponse:
    may_decide = user_may(request.user, org, Capability.APPROVE_ACCOUNTS)
    return render(request, "accounts/application.html", {
        "org": org, "application": application,
        "blockers": service.approval_blockers(application) if may_decide else [],
        "may_decide": may_decide and application.status == "pending",
        "may_create": user_may(request.user, org, Capability.CREATE_ACCOUNTS)
        and application.status == "approved",
        "decision_form": decision or DecisionForm(), "create_form": create or CreateAccountForm(),
    }, status=status)


@login_required
@require_POST
def decide(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    org = org_for(request.user, slug, "approve account")
    require(request.user, org, user_may(request.user, org, Capability.APPROVE_ACCOUNTS),
            "approve account")
    application = _application(request, org, pk)
    form = DecisionForm(request.POST)
    if form.is_valid():
        approve = form.cleaned_data["decision"] == "approve"
        try:
            service.decide(actor(request), application, approve=approve,
                           reason=form.cleaned_data["reason"])
        except service.ApplicationError as exc:
            shown = set(service.approval_blockers(application))  # listed above the form
            for problem in exc.problems:
                if problem not in shown:
                    form.add_error(None, problem)
        else:
            messages.success(request, f"Application {'approved' if approve else 'rejected'}.")
            return redirect("accounts-application", slug=org.slug, pk=pk)
    application.refresh_from_db()
    return _render_detail(request, org, application, decision=form, status=400)


@login_required
@require_POST
def create(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    org = org_for(request.user, slug, "create account")
    require(request.user, org, user_may(request.user, org, Capability.CREATE_ACCOUNTS),
            "create account")
    application = _application(request, org, pk)
    form = CreateAccountForm(request.POST)
    if form.is_valid():
        try:
            account = create_account(actor(request), application, **form.cleaned_data)
        except RegisterChangeError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Account added to the register.")
            return redirect("accounts-detail", slug=org.slug, pk=account.pk)
    return _render_detail(request, org, application, create=form, status=400)
