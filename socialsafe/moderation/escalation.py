"""Escalating a comment: safeguarding concerns and threats go to the DSL and the head at
once, with the comment, and open a draft case (SPEC M2, I5; RELIABILITY WH-11).

Escalating twice is harmless: a comment has at most one case from its escalation."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from socialsafe.audit.log import record
from socialsafe.audit.models import EventKind
from socialsafe.incidents.models import Case, CaseEntry
from socialsafe.jobs import enqueue
from socialsafe.moderation.choices import ALERT_LABELS, NEVER_AUTO_HIDE, CommentState, HistoryKind
from socialsafe.moderation.history import Actor, note, on_platform, user_or_none
from socialsafe.moderation.models import Comment
from socialsafe.people.packinfo import pack_or_none
from socialsafe.policy.schema import Capability

ALWAYS_ALERTED = ("dsl", "head")


def case_kind(comment: Comment) -> str:
    return next((label for label in ("safeguarding", "threat") if label in comment.labels),
                "comment")


def escalate(comment: Comment, actor: Actor = None, reason: str = "") -> Case:
    with transaction.atomic():
        existing = Case.objects.filter(source_comment=comment).first()
        if existing is not None:
            return existing
        was_hidden = comment.state in (CommentState.HIDDEN, CommentState.DELETED)
        if not was_hidden:
            comment.state = CommentState.ESCALATED
        comment.alert_open = True
        comment.state_changed_at = timezone.now()
        comment.save(update_fields=["state", "alert_open", "state_changed_at"])
        kind = case_kind(comment)
        case = Case.objects.create(
            organisation=comment.school, source_comment=comment, kind=kind,
            severity="high" if kind in ALERT_LABELS else "medium",
        )
        who = "the system (automatic)" if actor is None else "a moderator"
        CaseEntry.objects.create(
            case=case, actor=user_or_none(actor),
            text=f"Opened as a draft by {who} from a {kind} comment on {comment.account}. "
                 + (reason or ""),
        )
        note(comment, HistoryKind.ESCALATED, actor, reason or f"Draft case #{case.pk} opened")
        record(EventKind.COMMENT_ESCALATED, actor=actor, organisation=comment.school,
               target=comment, labels=comment.labels, case=case.pk)
        record(EventKind.CASE_OPENED, actor=actor, organisation=comment.school, target=case,
               case_kind=kind, source_comment=comment.pk)
        enqueue("moderation.send_alert", job_key=f"moderation.send_alert:{comment.pk}",
                comment_id=comment.pk, case_id=case.pk)
        if not was_hidden and should_auto_hide(comment):
            on_platform(comment, HistoryKind.HIDDEN, "hide",
                        detail="Hidden while the escalation is dealt with, as the policy says")
            comment.state = CommentState.HIDDEN
            comment.save(update_fields=["state"])
    return case


def should_auto_hide(comment: Comment) -> bool:
    """Hide an escalated comment when the pack says so, but never fair criticism (M3)."""
    if NEVER_AUTO_HIDE & set(comment.labels):
        return False
    pack = pack_or_none(comment.school)
    if pack is None:
        return False
    return any((rule := pack.moderation_rule(label)) and rule.also_hide
               for label in comment.labels if label in ALERT_LABELS)


def alert_roles(comment: Comment) -> tuple[list[str], list[str]]:
    """(roles told with the comment's text, roles told only that there is an alert):
    a safeguarding comment's text goes only to the roles that may read safeguarding."""
    pack = pack_or_none(comment.school)
    roles = set(ALWAYS_ALERTED)
    readers = set(ALWAYS_ALERTED)
    if pack is not None:
        readers |= set(pack.roles_for(Capability.READ_SAFEGUARDING))
        for label in set(comment.labels) & ALERT_LABELS:
            rule = pack.moderation_rule(label)
            roles.update(rule.notify if rule else ())
    if "safeguarding" not in comment.labels:
        return sorted(roles), []
    return sorted(roles & readers), sorted(roles - readers)


def acknowledge_alert(comment: Comment, actor: Actor) -> None:
    with transaction.atomic():
        Comment.objects.filter(pk=comment.pk).update(alert_open=False)
        note(comment, HistoryKind.ESCALATED, actor, "Alert seen")
