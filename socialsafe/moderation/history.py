"""Writing a comment's chronology, and queueing the platform side of an action."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, User

from socialsafe.jobs import enqueue
from socialsafe.moderation.models import Comment, CommentHistory

Actor = AbstractBaseUser | AnonymousUser | None


def note(comment: Comment, kind: str, actor: Actor = None, detail: str = "") -> CommentHistory:
    return CommentHistory.objects.create(comment=comment, kind=kind, actor=user_or_none(actor),
                                         detail=detail)


def user_or_none(actor: Actor) -> User | None:
    return actor if isinstance(actor, User) else None


def on_platform(
    comment: Comment, kind: str, op: str, actor: Actor = None, *, text: str = "",
    detail: str = "",
) -> CommentHistory:
    """Record an action and queue its platform call (hide, delete, reply, block). The call
    runs after commit, retried while the platform is busy; the line shows how it went."""
    line = note(comment, kind, actor, detail)
    line.platform_op, line.platform_text, line.platform_state = op, text, "pending"
    line.save(update_fields=["platform_op", "platform_text", "platform_state"])
    enqueue("moderation.on_platform", job_key=f"moderation.on_platform:{line.pk}",
            history_id=line.pk)
    return line
