"""E-mails about comments (SPEC X3): alerts, deadline warnings, the daily digest.

Recipients are the school's current staff in the named roles, plus whoever is on the
monitoring rota that day for warnings. Comment text goes only to those allowed to read it:
a safeguarding comment's text goes only to the roles the pack lets read safeguarding."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.mail import send_mail
from django.utils import timezone

from socialsafe.moderation.models import Comment, RotaEntry
from socialsafe.people.models import Organisation, StaffMember


def emails_of(school: Organisation, roles: Iterable[str]) -> list[str]:
    staff = StaffMember.objects.current().filter(organisation=school, role__in=list(roles))
    return sorted({m.email for m in staff if m.email})


def rota_emails(school: Organisation, weekday: int) -> list[str]:
    entries = RotaEntry.objects.filter(school=school, weekday=weekday,
                                       person__left_on__isnull=True).select_related("person")
    return sorted({e.person.email for e in entries if e.person.email})


def describe(comment: Comment, *, with_text: bool = True) -> str:
    when = timezone.localtime(comment.received_at).strftime("%a %d %b %Y %H:%M")
    lines = [
        f"Account: {comment.account}",
        f"Author: {comment.author_name or comment.author_id} ({comment.author_id})",
        f"Received: {when}",
        f"Labels: {', '.join(comment.labels) or 'none'}",
    ]
    if comment.due_at:
        lines.append(f"Answer due: {timezone.localtime(comment.due_at):%a %d %b %Y %H:%M}")
    if with_text:
        lines += ["", "Comment:", comment.text]
    return "\n".join(lines)


def send(subject: str, body: str, recipients: list[str]) -> int:
    if not recipients:
        return 0
    return send_mail(f"[SocialSafe] {subject}", body, None, recipients)
