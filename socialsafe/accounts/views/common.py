"""Helpers shared by the account views: navigation and the verified-session check."""

from __future__ import annotations

from typing import cast

from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from socialsafe.accounts import mfa


def actor(request: HttpRequest) -> User:
    """The signed-in user of a `login_required` view."""
    return cast(User, request.user)


def need_verified(request: HttpRequest, back: str | None = None) -> HttpResponse | None:
    """A redirect to enrol/verify (then to `back`, by default this page) when the session
    has no second factor yet. Called after the permission check, so a refusal never
    reveals that the page exists."""
    if mfa.is_verified(request):
        return None
    return redirect(mfa.mfa_url(request, back))


def no_store(response: HttpResponse) -> HttpResponse:
    """Pages with secrets must not be cached anywhere (ASVS 14.3.2)."""
    response["Cache-Control"] = "no-store"
    response["Pragma"] = "no-cache"
    return response
