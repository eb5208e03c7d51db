"""Authenticator-app (TOTP) second factor with django-otp (RELIABILITY AUTH-01..03).

Who must use it: anyone whose role the pack lets hold or authorise credentials or read
safeguarding cases. They are sent to enrol or verify straight after signing in, and the
sensitive views refuse an unverified session (`verified_required`). Revealing a credential
asks for a fresh code on top (step-up, AUTH-02). django-otp refuses a code used before
(`last_t`) and slows down repeated failures (throttling), so neither is redone here."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import urlencode

import django_otp
import qrcode
import qrcode.image.svg
from django.contrib.auth.models import User
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from socialsafe.accounts.capabilities import member_may
from socialsafe.audit.log import record
from socialsafe.audit.models import EventKind
from socialsafe.people.scope import AnyUser, memberships
from socialsafe.policy.schema import Capability

MFA_CAPABILITIES = (
    Capability.HOLD_CREDENTIALS,
    Capability.AUTHORISE_CREDENTIALS,
    Capability.READ_SAFEGUARDING,
)


def requires_mfa(user: AnyUser) -> bool:
    """True when any current role of the user can reach credentials or safeguarding."""
    for member in memberships(user):
        orgs = [member.organisation, *member.organisation.schools.all()]
        if any(member_may(member, org, cap) for org in orgs for cap in MFA_CAPABILITIES):
            return True
    return False


def confirmed_device(user: AnyUser) -> TOTPDevice | None:
    if not user.is_authenticated:
        return None
    return TOTPDevice.objects.filter(user_id=user.pk, confirmed=True).first()


def is_verified(request: HttpRequest) -> bool:
    check = getattr(request.user, "is_verified", None)
    return bool(check and check())


def start_enrolment(user: User) -> TOTPDevice:
    """A fresh unconfirmed device; any earlier unconfirmed one is discarded."""
    TOTPDevice.objects.filter(user_id=user.pk, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)


def pending_device(user: AnyUser) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user_id=user.pk, confirmed=False).first()


def qr_svg(device: TOTPDevice) -> str:
    """The otpauth:// link as an inline SVG QR code for the enrolment page."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage)
    return image.to_string(encoding="unicode")


def _check(request: HttpRequest, device: TOTPDevice, code: str) -> bool:
    ok = device.verify_token(code.strip().replace(" ", ""))
    if not ok:
        record(EventKind.MFA_FAILED, actor=request.user, target=device.user)
    return bool(ok)


def confirm_enrolment(request: HttpRequest, device: TOTPDevice, code: str) -> bool:
    if not _check(request, device, code):
        return False
    with transaction.atomic():
        TOTPDevice.objects.filter(user_id=device.user_id, confirmed=True).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        record(EventKind.MFA_ENROLLED, actor=request.user, target=device.user)
    django_otp.login(request, device)
    return True


def verify_session(request: HttpRequest, code: str) -> bool:
    """Mark this session as verified by the user's authenticator."""
    device = confirmed_device(request.user)
    if device is None or not _check(request, device, code):
        return False
    django_otp.login(request, device)
    return True


def check_code(request: HttpRequest, code: str) -> bool:
    """Step-up: a fresh code from the user's own device, refused if used before."""
    device = confirmed_device(request.user)
    return device is not None and _check(request, device, code)


def mfa_url(request: HttpRequest, next_url: str | None = None) -> str:
    name = "mfa-verify" if confirmed_device(request.user) else "mfa-enrol"
    return f"{reverse(name)}?{urlencode({'next': next_url or request.get_full_path()})}"


def verified_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Send a signed-in but unverified user to enrol or verify, then back."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.user.is_authenticated and not is_verified(request):
            return redirect(mfa_url(request))
        return view(request, *args, **kwargs)

    return wrapper
