"""Background tasks of moderation, all through the one task layer (socialsafe.jobs)."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from socialsafe.accounts.models import Account
from socialsafe.connectors.base import PermanentError, Unsupported
from socialsafe.incidents.models import Case
from socialsafe.jobs import task
from socialsafe.moderation import deadlines, ingest, notify, platform, polling
from socialsafe.moderation.choices import CommentState, HistoryKind
from socialsafe.moderation.escalation import alert_roles
from socialsafe.moderation.history import note
from socialsafe.moderation.importing import import_batch
from socialsafe.moderation.models import AuthorBlock, Comment, CommentHistory
from socialsafe.people.models import Organisation


@task("moderation.process_inbound", max_attempts=10, backoff=5)
def process_inbound() -> None:
    ingest.process_inbound()


@task("moderation.classify", max_attempts=8, backoff=10, atomic=False)
def classify(comment_ids: list[int]) -> None:
    ingest.classify_comments(comment_ids)


@task("moderation.on_platform", max_attempts=8, backoff=30)
def on_platform(history_id: int) -> None:
    """Carry out a recorded action on the platform. Keyed by the history line: once it is
    done, rerunning does nothing. A refusal is recorded for the moderator to see; busy or
    failing platforms raise, and the job is retried with back-off."""
    line = CommentHistory.objects.select_related("comment__account").get(pk=history_id)
    if line.platform_state != "pending":
        return
    comment = line.comment
    try:
        connector = platform.connector_for(comment.account)
        ref = _call(connector, line.platform_op, comment, line.platform_text)
    except (PermanentError, Unsupported) as exc:
        _finish(line, "failed", str(exc))
        return
    _finish(line, "done", ref)
    if line.platform_op == "block":
        AuthorBlock.objects.filter(account=comment.account, author_id=comment.author_id).update(
            done_on_platform=True)


def _call(connector: object, op: str, comment: Comment, text: str) -> str:
    from socialsafe.connectors.base import Connector

    assert isinstance(connector, Connector)
    if op == "hide":
        connector.hide_comment(comment.platform_id)
    elif op == "delete":
        connector.delete_comment(comment.platform_id)
    elif op == "reply":
        return connector.reply(comment.platform_id, text).url
    elif op == "note":
        return connector.reply(comment.in_reply_to or comment.platform_id, text).url
    elif op == "block":
        connector.block_author(comment.author_id)
    else:
        raise ValueError(f"unknown platform operation {op!r}")
    return ""


def _finish(line: CommentHistory, state: str, message: str) -> None:
    line.platform_state, line.platform_message = state, message[:300]
    line.save(update_fields=["platform_state", "platform_message"])


@task("moderation.send_alert", max_attempts=10, backoff=15)
def send_alert(comment_id: int, case_id: int) -> None:
    comment = Comment.objects.select_related("account__organisation").get(pk=comment_id)
    case = Case.objects.get(pk=case_id)
    with_text, without_text = alert_roles(comment)
    school = comment.school
    subject = f"URGENT {case.kind} concern on {comment.account.name} ({school.name})"
    intro = (f"A comment on an official account was flagged as a {case.kind} concern. "
             f"Draft case #{case.pk} has been opened. Please act on it now.\n\n")
    notify.send(subject, intro + notify.describe(comment), notify.emails_of(school, with_text))
    notify.send(subject, intro + notify.describe(comment, with_text=False)
                + "\n\nThe text is shown only to the designated safeguarding lead.",
                notify.emails_of(school, without_text))


@task("moderation.send_notice", max_attempts=10, backoff=30)
def send_notice(comment_id: int, roles: list[str]) -> None:
    comment = Comment.objects.select_related("account__organisation").get(pk=comment_id)
    subject = f"Comment to look at: {', '.join(comment.labels)} on {comment.account.name}"
    notify.send(subject, notify.describe(comment), notify.emails_of(comment.school, roles))


@task("moderation.poll_all", every=timedelta(minutes=5), max_attempts=2)
def poll_all() -> None:
    for account in Account.objects.filter(platform__in=polling.POLLED_PLATFORMS,
                                          status="active"):
        polling.queue_poll(account)


@task("moderation.poll_account", max_attempts=6, backoff=60)
def poll_account(account_id: int) -> None:
    polling.poll(Account.objects.get(pk=account_id))


@task("moderation.import", atomic=False, max_attempts=3, backoff=10)
def import_comments(batch_id: int, started_by: int | None = None) -> None:
    import_batch(batch_id)


@task("moderation.deadline_watch", every=timedelta(minutes=15), max_attempts=3)
def deadline_watch() -> None:
    """Warn before a deadline (moderators and the day's rota), escalate after it (head)."""
    now = timezone.now()
    for comment in Comment.objects.open().filter(warned_at__isnull=True, due_at__isnull=False,
                                                 due_at__gt=now).select_related("account"):
        if deadlines.warning_at(comment.received_at, comment.due_at) <= now:  # type: ignore[arg-type]
            _warn(comment, now)
    for comment in Comment.objects.overdue(now).filter(overdue_escalated_at__isnull=True):
        _escalate_overdue(comment, now)


def _moderator_emails(school: Organisation, weekday: int) -> list[str]:
    from socialsafe.people.packinfo import pack_or_none
    from socialsafe.policy.schema import Capability

    pack = pack_or_none(school)
    roles = pack.roles_for(Capability.MODERATE) if pack else []
    return sorted(set(notify.emails_of(school, roles)) | set(notify.rota_emails(school, weekday)))


def _warn(comment: Comment, now: object) -> None:
    if Comment.objects.filter(pk=comment.pk, warned_at__isnull=True).update(warned_at=now) != 1:
        return
    school = comment.school
    recipients = _moderator_emails(school, timezone.localtime().weekday())
    notify.send(f"Answer due soon on {comment.account.name}",
                "This comment has not been answered and its deadline is near.\n\n"
                + notify.describe(comment, with_text="safeguarding" not in comment.labels),
                recipients)
    note(comment, HistoryKind.WARNED, detail=", ".join(recipients))


def _escalate_overdue(comment: Comment, now: object) -> None:
    updated = Comment.objects.filter(pk=comment.pk, overdue_escalated_at__isnull=True).update(
        overdue_escalated_at=now)
    if updated != 1:
        return
    school = comment.school
    notify.send(f"Deadline missed on {comment.account.name}",
                "This comment was not answered in time; please make sure it is dealt with.\n\n"
                + notify.describe(comment, with_text="safeguarding" not in comment.labels),
                notify.emails_of(school, ["head"]))
    note(comment, HistoryKind.OVERDUE, detail="Head told")


@task("moderation.daily_digest", every=timedelta(days=1), max_attempts=3)
def daily_digest() -> None:
    since = timezone.now() - timedelta(days=1)
    schools = Organisation.objects.filter(official_accounts__comments__isnull=False).distinct()
    for school in schools:
        comments = Comment.objects.filter(account__organisation=school)
        recent = comments.filter(received_at__gte=since)
        by_label: dict[str, int] = {}
        for labels in recent.values_list("labels", flat=True):
            for label in labels:
                by_label[label] = by_label.get(label, 0) + 1
        lines = [
            f"New in the last 24 hours: {recent.count()}",
            *(f"  {label}: {n}" for label, n in sorted(by_label.items())),
            f"Waiting for an answer: {comments.open().count()}",
            f"Past their deadline: {comments.overdue().count()}",
            f"Escalated: {recent.filter(state=CommentState.ESCALATED).count()}",
        ]
        notify.send(f"Daily comments digest for {school.name}", "\n".join(lines),
                    _moderator_emails(school, timezone.localtime().weekday()))
