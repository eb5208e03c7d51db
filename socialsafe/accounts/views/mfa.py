"""Enrolling and verifying the authenticator app (RELIABILITY AUTH-01..03)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme

from socialsafe.accounts import mfa
from socialsafe.accounts.forms import CodeForm
from socialsafe.accounts.views.common import actor, no_store


def _next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or "/"
    safe = url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure())
    return target if safe else "/"


@login_required
def enrol(request: HttpRequest) -> HttpResponse:
    """Show a QR code for a new device; a correct code confirms it and verifies the session.
    Someone who already has a device must verify first (no silent replacement)."""
    if mfa.confirmed_device(request.user) and not mfa.is_verified(request):
        return redirect(mfa.mfa_url(request, _next(request)))
    device = mfa.pending_device(request.user)
    if device is None or request.method == "GET":
        device = mfa.start_enrolment(actor(request))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if mfa.confirm_enrolment(request, device, form.cleaned_data["code"]):
            return redirect(_next(request))
        form.add_error("code", "That code did not match. Scan the code again and retry.")
    return no_store(render(request, "accounts/mfa_enrol.html", {
        "form": form, "qr": mfa.qr_svg(device), "next": _next(request),
        "secret_b32": device.config_url.split("secret=")[1].split("&")[0],
    }, status=400 if form.errors else 200))


@login_required
def verify(request: HttpRequest) -> HttpResponse:
    if mfa.confirmed_device(request.user) is None:
        return redirect(mfa.mfa_url(request, _next(request)))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if mfa.verify_session(request, form.cleaned_data["code"]):
            return redirect(_next(request))
        form.add_error("code", "That code is wrong or was used already. Wait for a new one.")
    return render(request, "accounts/mfa_verify.html", {"form": form, "next": _next(request)},
                  status=400 if form.errors else 200)
