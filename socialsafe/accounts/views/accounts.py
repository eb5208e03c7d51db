"""The register of official accounts: list, detail, edit, runners, reviews (SPEC A3, A5, A8)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from socialsafe.accounts import access, register
from socialsafe.accounts.attention import accounts_needing_attention
from socialsafe.accounts.capabilities import user_may
from socialsafe.accounts.forms import (
    CredentialForm,
    EditAccountForm,
    GrantForm,
    MemberForm,
    ReasonForm,
    ReviewForm,
)
from socialsafe.accounts.models import Account, AccountMember
from socialsafe.accounts.views.common import actor
from socialsafe.people.models import Organisation
from socialsafe.policy.schema import Capability


@login_required
def account_list(request: HttpRequest, slug: str) -> HttpResponse:
    org = access.org_for(request.user, slug, "view accounts")
    oversees = access.oversees(request.user, org)
    return render(request, "accounts/list.html", {
        "org": org,
        "accounts": access.accounts_for_user(request.user, org).prefetch_related("members"),
        "attention": accounts_needing_attention(org) if oversees else [],
        "may_apply": user_may(request.user, org, Capability.APPLY_FOR_ACCOUNT),
        "manages_people": user_may(request.user, org, Capability.MANAGE_PEOPLE),
    })


def _detail_context(request: HttpRequest, org: Organisation, account: Account) -> dict[str, object]:
    user = request.user
    manage = access.may_manage(user, account)
    return {
        "org": org, "account": account,
        "members": account.members.select_related("person").order_by("ended_at", "capacity"),
        "credentials": account.credentials.only("kind", "changed_at", "key_id"),
        "grants": account.grants.select_related("person").filter(revoked_at__isnull=True),
        "reviews": account.reviews.all()[:5],
        "handovers": account.handovers.select_related("leaver"),
        "warnings": register.runner_warnings(account),
        "may_manage": manage, "may_review": access.may_review(user, account),
        "may_post": access.can_post(user, account),
        "may_store": access.may_store_credentials(user, account),
        "may_reveal": access.may_reveal(user, account),
        "may_grant": access.may_grant(user, account),
        "member_form": MemberForm(org), "review_form": ReviewForm(),
        "credential_form": CredentialForm(), "grant_form": GrantForm(org),
        "close_form": ReasonForm(),
    }


@login_required
def account_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    org = access.org_for(request.user, slug, "view account")
    account = access.get_account_for_user(request.user, org, pk)
    return render(request, "accounts/detail.html", _detail_context(request, org, account))


@login_required
def account_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    org = access.org_for(request.user, slug, "manage account")
    account = access.get_account_for_user(request.user, org, pk, manage=True)
    initial = {f: getattr(account, f) for f in register.EDITABLE}
    form = EditAccountForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            register.edit_account(actor(request), account, form.cleaned_data)
        except register.RegisterChangeError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Account updated.")
            return redirect("accounts-detail", slug=org.slug, pk=account.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "accounts/edit.html", {"org": org, "account": account, "form": form},
                  status=status)


def _back(
    request: HttpRequest, org: Organisation, account: Account, error: str = ""
) -> HttpResponse:
    if error:
        messages.error(request, error)
    return redirect("accounts-detail", slug=org.slug, pk=account.pk)


@login_required
@require_POST
def add_member(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    org = access.org_for(request.user, slug, "add poster")
    account = access.get_account_for_user(request.user, org, pk, manage=True)
    form = MemberForm(org, request.POST)
    if not form.is_valid():
        return _back(request, org, account, "Choose a person and a capacity.")
    try:
        register.add_member(actor(request), account, form.cleaned_data["person"],
                            form.cleaned_data["capacity"])
    except register.RegisterChangeError as exc:
        return _back(request, org, account, str(exc))
    messages.success(request, "Added.")
    return _back(request, org, account)


@login_required
@require_POST
def end_member(request: HttpRequest, slug: str, pk: int, member_pk: int) -> HttpResponse:
    org = access.org_for(request.user, slug, "remove poster")
    account = access.get_account_for_user(request.user, org, pk, manage=True)
    member = get_object_or_404(AccountMember, account=account, pk=member_pk, ended_at__isnull=True)
    for warning in register.end_member(actor(request), member, "removed by a manager"):
        messages.warning(request, warning)
    return _back(request, org, account)


@login_required
@require_POST
def review(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    org = access.org_for(request.user, slug, "review account")
    account = access.get_account_for_user(request.user, org, pk)
    access.require(request.user, org, access.may_review(request.user, account), "review account",
                   account)
    form = ReviewForm(request.POST)
    form.is_valid()
    register.record_review(actor(request), account, **form.cleaned_data)
    messages.success(request, "Review recorded.")
    return _back(request, org, account)


@login_required
@require_POST
def close(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    org = access.org_for(request.user, slug, "close account")
    account = access.get_account_for_user(request.user, org, pk, manage=True)
    form = ReasonForm(request.POST)
    if not form.is_valid():
        return _back(request, org, account, "Give a reason for closing the account.")
    register.close_account(actor(request), account, form.cleaned_data["reason"])
    messages.success(request, "Account closed.")
    return _back(request, org, account)
