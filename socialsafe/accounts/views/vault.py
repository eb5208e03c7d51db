"""Storing, granting and revealing credentials (SPEC A4). Every view checks permission
first (a refusal is a recorded 404), then a verified session, then acts."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_POST

from socialsafe.accounts import access, mfa, register, vault
from socialsafe.accounts.choices import CredentialKind
from socialsafe.accounts.forms import CodeForm, CredentialForm, GrantForm
from socialsafe.accounts.keys import VaultError
from socialsafe.accounts.models import Account, CredentialGrant
from socialsafe.accounts.views.common import actor, need_verified, no_store
from socialsafe.people.models import Organisation
from socialsafe.people.scope import AnyUser


def guarded(request: HttpRequest, slug: str, pk: int, action: str,
            allowed: Callable[[AnyUser, Account], bool]) -> tuple[Organisation, Account]:
    """The organisation and account, if the user may do `action` on it; else a recorded 404."""
    org = access.org_for(request.user, slug, action)
    account = access.get_account_for_user(request.user, org, pk)
    access.require(request.user, org, allowed(request.user, account), action, account)
    return org, account


def detail_url(org: Organisation, account: Account) -> str:
    return reverse("accounts-detail", args=[org.slug, account.pk])


@sensitive_post_parameters("secret")
@sensitive_variables("form")
@login_required
@require_POST
def store(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    org, account = guarded(request, slug, pk, "store credential", access.may_store_credentials)
    if (verify := need_verified(request, detail_url(org, account))) is not None:
        return verify
    form = CredentialForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose a kind and enter the secret.")
    else:
        try:
            vault.store_secret(actor(request), account, form.cleaned_data["kind"],
                               form.cleaned_data["secret"])
        except VaultError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, "Stored, encrypted. It will not be shown here again.")
    return redirect("accounts-detail", slug=org.slug, pk=account.pk)


@sensitive_variables("secret", "context", "form")
@login_required
def reveal(request: HttpRequest, slug: str, pk: int, kind: str) -> HttpResponse:
    org, account = guarded(request, slug, pk, "reveal credential", access.may_reveal)
    if kind not in CredentialKind.values:
        access.deny(request.user, org, "reveal credential", account)
    if (verify := need_verified(request)) is not None:
        return verify
    form = CodeForm(request.POST or None)
    context = {"org": org, "account": account, "kind": CredentialKind(kind), "form": form}
    status = 200
    if request.method == "POST":
        status = 403
        if form.is_valid() and mfa.check_code(request, form.cleaned_data["code"]):
            try:
                secret = vault.reveal_to(actor(request), account, kind)
            except vault.CredentialMissing:
                form.add_error(None, "Nothing of that kind is stored for this account.")
                status = 404
            except VaultError:
                form.add_error(None, "The stored secret failed its integrity check and was "
                                     "not revealed. Tell the account administrator.")
                status = 500
            else:
                context["secret"] = secret
                status = 200
        elif not form.errors:
            form.add_error("code", "That code is wrong or was used already. Wait for a new one.")
    return no_store(render(request, "accounts/reveal.html", context, status=status))


@login_required
@require_POST
def grant(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    org, account = guarded(request, slug, pk, "grant credentials", access.may_grant)
    if (verify := need_verified(request, detail_url(org, account))) is not None:
        return verify
    form = GrantForm(org, request.POST)
    if not form.is_valid():
        messages.error(request, "Choose a person and give a reason.")
    else:
        try:
            register.grant_reveal(actor(request), account, form.cleaned_data["person"],
                                  reason=form.cleaned_data["reason"],
                                  days=form.cleaned_data["days"])
        except register.RegisterChangeError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, "Granted.")
    return redirect("accounts-detail", slug=org.slug, pk=account.pk)


@login_required
@require_POST
def revoke(request: HttpRequest, slug: str, pk: int, grant_pk: int) -> HttpResponse:
    org, account = guarded(request, slug, pk, "revoke credentials", access.may_grant)
    found = get_object_or_404(CredentialGrant, account=account, pk=grant_pk, revoked_at=None)
    register.revoke_grant(actor(request), found)
    messages.success(request, "Grant revoked.")
    return redirect("accounts-detail", slug=org.slug, pk=account.pk)

