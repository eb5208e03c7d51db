"""What a moderator can do with a comment (SPEC M4). Each action changes the record, writes
the comment's history and the audit log in one transaction, and queues the platform call.

The comment itself is never removed: a hidden or deleted comment keeps its text, author and
time here as evidence."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import transaction
from django.utils import timezone

from socialsafe.audit.log import record
from socialsafe.audit.models import EventKind
from socialsafe.incidents.models import Case
from socialsafe.moderation import escalation, strikes
from socialsafe.moderation.choices import CommentState, HistoryKind
from socialsafe.moderation.history import note, on_platform
from socialsafe.moderation.models import Comment

User = AbstractBaseUser | AnonymousUser
MAX_REPLY_CHARS = 2000


class ActionRefused(ValueError):
    """The action does not apply to this comment as it stands; the message says why."""


def _set_state(comment: Comment, state: str, actor: User) -> None:
    comment.state = state
    comment.state_changed_at = timezone.now()
    comment.state_changed_by = actor if actor.is_authenticated else None  # type: ignore[assignment]
    comment.save(update_fields=["state", "state_changed_at", "state_changed_by"])


def _clean_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise ActionRefused("Write the text to post first.")
    if len(text) > MAX_REPLY_CHARS:
        raise ActionRefused(f"Keep it under {MAX_REPLY_CHARS} characters.")
    return text


def remove(comment: Comment, actor: User, *, delete: bool = False) -> None:
    """Hide (or delete) the comment on the platform, and count a strike where upheld."""
    already = CommentState.DELETED if delete else CommentState.HIDDEN
    if comment.state in (already, CommentState.DELETED):
        raise ActionRefused("This comment has already been removed.")
    with transaction.atomic():
        kind = HistoryKind.DELETED if delete else HistoryKind.HIDDEN
        _set_state(comment, CommentState.DELETED if delete else CommentState.HIDDEN, actor)
        on_platform(comment, kind, "delete" if delete else "hide", actor)
        record(EventKind.COMMENT_DELETED if delete else EventKind.COMMENT_HIDDEN, actor=actor,
               organisation=comment.school, target=comment, labels=comment.labels)
        strikes.uphold(comment, actor)


def reply(comment: Comment, actor: User, text: str, template_id: str = "") -> None:
    text = _clean_text(text)
    with transaction.atomic():
        if comment.state == CommentState.NEW:
            _set_state(comment, CommentState.ANSWERED, actor)
        on_platform(comment, HistoryKind.REPLIED, "reply", actor, text=text,
                    detail=f"From template {template_id}" if template_id else "")
        record(EventKind.COMMENT_REPLIED, actor=actor, organisation=comment.school,
               target=comment, template=template_id)


def tell_audience(comment: Comment, actor: User, text: str) -> None:
    """Post a note where the comment was, saying why it was removed (CF Handling abuse)."""
    if comment.state not in (CommentState.HIDDEN, CommentState.DELETED):
        raise ActionRefused("Remove the comment before telling the audience why.")
    text = _clean_text(text)
    with transaction.atomic():
        line = on_platform(comment, HistoryKind.NOTE, "note", actor, text=text)
        record(EventKind.COMMENT_REPLIED, actor=actor, organisation=comment.school,
               target=comment, audience_note=line.pk)


def escalate(comment: Comment, actor: User, reason: str = "") -> Case:
    return escalation.escalate(comment, actor, reason.strip()[:500])


def keep(comment: Comment, actor: User) -> None:
    """Mark a comment as seen, needing no reply (praise, for instance)."""
    if comment.state != CommentState.NEW:
        raise ActionRefused("Only a new comment can be marked as needing no reply.")
    with transaction.atomic():
        _set_state(comment, CommentState.KEPT, actor)
        note(comment, HistoryKind.KEPT, actor)
