"""Ending a person's sessions at once (RELIABILITY AUTH-07, ASVS 7.4.2).

Sessions live in the database; each holds the signed-in user's id in its encoded data,
so the live ones are decoded and those of the user deleted. A school has at most a few
hundred live sessions, so a scan is cheap and needs no extra bookkeeping."""

from __future__ import annotations

from django.contrib.auth import SESSION_KEY
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.utils import timezone

from socialsafe.audit.log import record
from socialsafe.audit.models import EventKind
from socialsafe.people.models import Organisation


def session_keys_of(user: User) -> list[str]:
    live = Session.objects.filter(expire_date__gt=timezone.now())
    return [
        s.session_key for s in live.iterator()
        if str(s.get_decoded().get(SESSION_KEY)) == str(user.pk)
    ]


def end_sessions(
    user: User, *, actor: User | None, org: Organisation | None,
    reason: str,
) -> int:
    """Delete every session of `user`; their next request is signed out."""
    keys = session_keys_of(user)
    Session.objects.filter(session_key__in=keys).delete()
    record(EventKind.SESSIONS_ENDED, actor=actor, organisation=org, target=user,
           sessions=len(keys), reason=reason)
    return len(keys)
