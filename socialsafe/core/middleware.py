"""Absolute session lifetime (RELIABILITY B1): however active, a session ends after
SESSION_ABSOLUTE_SECONDS; the idle timeout is Django's own SESSION_COOKIE_AGE."""

from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse

STARTED_KEY = "socialsafe_session_started"


class SessionTimeoutMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            started = request.session.setdefault(STARTED_KEY, time.time())
            if time.time() - float(started) > settings.SESSION_ABSOLUTE_SECONDS:
                logout(request)
        return self.get_response(request)
