"""Signing in: client address for throttling, the MFA step after the password, session
start time for the absolute timeout, and lockouts in the audit log (RELIABILITY B1)."""

from __future__ import annotations

import time
from typing import Any

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest

from socialsafe.accounts import mfa
from socialsafe.audit.log import record
from socialsafe.audit.models import EventKind
from socialsafe.core.middleware import STARTED_KEY


def client_ip(request: HttpRequest) -> str:
    """The address that django-axes counts failures against.

    With no trusted proxy (TRUSTED_PROXY_COUNT=0) it is the socket's REMOTE_ADDR and any
    X-Forwarded-For header is ignored, so a client cannot spoof its way out of a lockout.
    Behind N trusted proxies it is the N-th address from the right of X-Forwarded-For —
    the one the outermost trusted proxy saw — never a value the client wrote itself."""
    remote = str(request.META.get("REMOTE_ADDR", ""))
    proxies = int(getattr(settings, "TRUSTED_PROXY_COUNT", 0))
    if proxies <= 0:
        return remote
    chain = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    chain = [a for a in chain if a]
    return chain[-proxies] if len(chain) >= proxies else remote


class LoginView(auth_views.LoginView):
    """Django's sign-in, then straight on to enrol or verify the authenticator app for
    the roles that need it."""

    def get_success_url(self) -> str:
        target = super().get_success_url()
        if mfa.requires_mfa(self.request.user):
            return mfa.mfa_url(self.request, target)
        return target


@receiver(user_logged_in)
def remember_session_start(sender: Any, request: HttpRequest | None, **kwargs: Any) -> None:
    if request is not None and hasattr(request, "session"):
        request.session[STARTED_KEY] = time.time()


def audit_lockout(sender: Any, request: HttpRequest | None = None, username: str = "",
                  ip_address: str = "", **kwargs: Any) -> None:
    record(EventKind.LOGIN_LOCKED_OUT, username=username[:150], ip_address=ip_address)
