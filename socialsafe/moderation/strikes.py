"""Strikes against repeat abusers (SPEC M5, SO Moderation).

A strike is counted when a moderator upholds a comment the pack marks as a strike (by
hiding or deleting it). Strikes count per author across all of the school's accounts on
that platform; at the pack's `strike_limit` the author is blocked through the connector."""

from __future__ import annotations

from socialsafe.audit.log import record
from socialsafe.audit.models import EventKind
from socialsafe.moderation.choices import HistoryKind
from socialsafe.moderation.history import Actor, note, on_platform
from socialsafe.moderation.models import AuthorBlock, Comment, Strike
from socialsafe.people.packinfo import pack_or_none

DEFAULT_STRIKE_LIMIT = 3


def counts_as_strike(comment: Comment) -> bool:
    pack = pack_or_none(comment.school)
    return pack is not None and any(
        (rule := pack.moderation_rule(label)) and rule.strike for label in comment.labels
    )


def strike_limit(comment: Comment) -> int:
    pack = pack_or_none(comment.school)
    return pack.parameters.strike_limit.value if pack else DEFAULT_STRIKE_LIMIT


def strikes_against(comment: Comment) -> int:
    return Strike.objects.filter(
        school=comment.school, platform=comment.account.platform, author_id=comment.author_id
    ).count()


def uphold(comment: Comment, actor: Actor) -> AuthorBlock | None:
    """Count the strike (once per comment); block the author at the limit. Call inside the
    transaction of the hide or delete."""
    if not comment.author_id or not counts_as_strike(comment):
        return None
    user = actor if actor is not None and actor.is_authenticated else None
    _, created = Strike.objects.get_or_create(
        comment=comment,
        defaults={"school": comment.school, "platform": comment.account.platform,
                  "author_id": comment.author_id, "upheld_by": user},
    )
    if not created:
        return None
    count, limit = strikes_against(comment), strike_limit(comment)
    note(comment, HistoryKind.STRIKE, actor, f"Strike {count} of {limit} against this author")
    if count < limit:
        return None
    return block(comment, actor, count)


def block(comment: Comment, actor: Actor, count: int) -> AuthorBlock | None:
    blocked, created = AuthorBlock.objects.get_or_create(
        account=comment.account, author_id=comment.author_id,
        defaults={"school": comment.school, "author_name": comment.author_name,
                  "strikes": count},
    )
    if not created:
        return None
    on_platform(comment, HistoryKind.BLOCKED, "block", actor,
                detail=f"Blocked after {count} upheld strikes")
    record(EventKind.AUTHOR_BLOCKED, actor=actor, organisation=comment.school,
           target=blocked, author=comment.author_id, strikes=count)
    return blocked
