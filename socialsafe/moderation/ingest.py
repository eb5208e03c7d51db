"""Turning platform data into comments (SPEC M1) and applying their classification (M2).

Every source (webhook, polling connector, import) ends in `record_comment`, keyed by the
platform's id per account, so a comment seen twice is stored once."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from django.db import IntegrityError, connection, transaction
from django.db.models import Q
from django.utils import timezone

from socialsafe.accounts.models import Account
from socialsafe.engine.types import Classification, StaffEntry
from socialsafe.jobs import enqueue
from socialsafe.moderation import classifying, deadlines, escalation, meta
from socialsafe.moderation.choices import ALERT_LABELS, EventStatus, HistoryKind
from socialsafe.moderation.models import Comment, CommentHistory, InboundEvent
from socialsafe.people.models import Organisation, StaffMember
from socialsafe.people.packinfo import pack_or_none
from socialsafe.policy.schema import Pack

CLASSIFY_BATCH = 50
META_PLATFORMS = ("facebook", "instagram")


@dataclass(frozen=True)
class Incoming:
    platform_id: str
    author_id: str
    author_name: str
    text: str
    posted_at: datetime | None = None
    in_reply_to: str = ""
    url: str = ""


def store_changes(changes: Sequence[meta.Change]) -> int:
    """Store a delivery's changes durably (the webhook answers only after this commits).
    Redelivered changes are skipped by their unique key; returns how many were new."""
    rows = [
        InboundEvent(
            dedupe_key=c.dedupe_key, page_id=c.page_id,
            payload={"field": c.field_name, "value": c.value},
            status=EventStatus.BAD if c.error else EventStatus.STORED, error=c.error,
        )
        for c in changes
    ]
    keys = [r.dedupe_key for r in rows]
    with transaction.atomic():
        known = set(InboundEvent.objects.filter(dedupe_key__in=keys)
                    .values_list("dedupe_key", flat=True))
        fresh = {r.dedupe_key: r for r in rows if r.dedupe_key not in known}
        InboundEvent.objects.bulk_create(fresh.values(), ignore_conflicts=True, batch_size=500)
        if any(r.status == EventStatus.STORED for r in fresh.values()):
            enqueue("moderation.process_inbound")
    return len(fresh)


def process_inbound(limit: int = 2000) -> int:
    """Turn stored webhook events into comments, each event at most once."""
    stored = InboundEvent.objects.filter(status=EventStatus.STORED).order_by("received_at", "pk")
    if connection.features.has_select_for_update_skip_locked:
        # Two workers share the stored events instead of racing for the same ones.
        stored = stored.select_for_update(skip_locked=True)
    events = list(stored[:limit])
    accounts = _meta_accounts({e.page_id for e in events})
    wanted: list[tuple[InboundEvent, Account, Incoming]] = []
    for event in events:
        payload = event.payload
        data = meta.comment_of(str(payload.get("field", "")), payload.get("value") or {})
        account = accounts.get(event.page_id)
        if data is None or not data.platform_id:
            event.status = EventStatus.IGNORED
        elif account is None:
            event.status = EventStatus.UNMATCHED
            event.error = f"no account for page {event.page_id}"
        else:
            posted = (datetime.fromtimestamp(data.created_time, tz=UTC)
                      if data.created_time else None)
            event.status = EventStatus.PROCESSED
            wanted.append((event, account, Incoming(
                data.platform_id, data.author_id, data.author_name, data.text, posted,
                data.in_reply_to)))
    created = record_comments([(a, i, e.received_at) for e, a, i in wanted], source="webhook")
    for event, account, incoming in wanted:
        event.comment = created.get((account.pk, incoming.platform_id))
    InboundEvent.objects.bulk_update(events, ["status", "error", "comment"], batch_size=500)
    queue_classification([c.pk for c in created.values()])
    return len(events)


def _meta_accounts(page_ids: Iterable[str]) -> dict[str, Account]:
    """Match a Meta page id to the official account whose handle or URL carries it."""
    ids = [p for p in page_ids if p]
    if not ids:
        return {}
    query = Q()
    for page_id in ids:
        query |= Q(handle=page_id) | Q(url__endswith=f"/{page_id}")
    found: dict[str, Account] = {}
    for account in Account.objects.filter(query, platform__in=META_PLATFORMS):
        for page_id in ids:
            if account.handle == page_id or account.url.endswith(f"/{page_id}"):
                found.setdefault(page_id, account)
    return found


def record_comment(
    account: Account, incoming: Incoming, *, source: str, received_at: datetime | None = None,
) -> Comment | None:
    """Store one comment with its answer deadline; None when it was already stored."""
    created = record_comments([(account, incoming, received_at or timezone.now())], source=source)
    return created.get((account.pk, incoming.platform_id))


def record_comments(
    items: Sequence[tuple[Account, Incoming, datetime]], *, source: str,
) -> dict[tuple[int, str], Comment]:
    """Store the comments not stored yet (keyed by account and platform id), each with its
    deadline and a `received` history line, in a few statements whatever the count.
    Returns the new ones by (account id, platform id)."""
    new: dict[tuple[int, str], Comment] = {}
    for account, group in _by_account(items).items():
        ids = [incoming.platform_id for incoming, _ in group]
        known = set(Comment.objects.filter(account=account, platform_id__in=ids)
                    .values_list("platform_id", flat=True))
        pack = pack_or_none(account.organisation)
        rows: dict[str, Comment] = {}
        for incoming, received in group:
            if incoming.platform_id not in known and incoming.platform_id not in rows:
                rows[incoming.platform_id] = _new_comment(account, incoming, source, received, pack)
        try:
            with transaction.atomic():
                Comment.objects.bulk_create(rows.values(), batch_size=500)
        except IntegrityError:
            # Someone stored some of them meanwhile: fall back to one at a time.
            rows = {pid: c for pid, c in rows.items() if _create_one(c)}
        for comment in rows.values():
            if comment.pk is None:  # databases that do not return ids from bulk inserts
                comment.pk = Comment.objects.get(account=account,
                                                 platform_id=comment.platform_id).pk
            new[(account.pk, comment.platform_id)] = comment
    CommentHistory.objects.bulk_create([
        CommentHistory(comment=c, kind=HistoryKind.RECEIVED,
                       detail=f"via {c.get_source_display()}") for c in new.values()
    ], batch_size=500)
    return new


def _by_account(
    items: Sequence[tuple[Account, Incoming, datetime]],
) -> dict[Account, list[tuple[Incoming, datetime]]]:
    grouped: dict[Account, list[tuple[Incoming, datetime]]] = {}
    for account, incoming, received in items:
        grouped.setdefault(account, []).append((incoming, received))
    return grouped


def _new_comment(account: Account, incoming: Incoming, source: str, received: datetime,
                 pack: Pack | None) -> Comment:
    return Comment(
        account=account, platform_id=incoming.platform_id, author_id=incoming.author_id,
        author_name=incoming.author_name[:200], text=incoming.text, posted_at=incoming.posted_at,
        url=incoming.url[:500], in_reply_to=incoming.in_reply_to[:200], source=source,
        received_at=received, due_at=deadline_for(pack, received),
    )


def _create_one(comment: Comment) -> bool:
    try:
        with transaction.atomic():
            comment.save(force_insert=True)
    except IntegrityError:
        return False
    return True


def deadline_for(pack: Pack | None, received: datetime) -> datetime | None:
    if pack is None:
        return None
    params = pack.parameters
    return deadlines.due_at(received, params.response_deadline_hours.value,
                            params.weekend_rule.value)


def queue_classification(comment_ids: Sequence[int]) -> None:
    for start in range(0, len(comment_ids), CLASSIFY_BATCH):
        enqueue("moderation.classify", comment_ids=list(comment_ids[start:start + CLASSIFY_BATCH]))


def staff_entries(school: Organisation) -> list[StaffEntry]:
    staff = StaffMember.objects.current().filter(organisation__in=[school.pk, school.parent_id])
    return [m.as_engine_entry() for m in staff]


def classify_comments(comment_ids: Sequence[int]) -> int:
    """Classify the comments not yet classified. The engine runs first, outside any
    transaction; the results are then stored in one transaction, each keyed on
    `classified_at`, so a rerun (after a crash at any point) classifies nothing twice."""
    todo = list(Comment.objects.filter(pk__in=comment_ids, classified_at__isnull=True)
                .select_related("account__organisation").order_by("pk"))
    by_school: dict[int, list[Comment]] = {}
    for comment in todo:
        by_school.setdefault(comment.account.organisation_id, []).append(comment)
    results: list[tuple[Comment, Pack, Classification]] = []
    for comments in by_school.values():
        school = comments[0].school
        pack = pack_or_none(school)
        if pack is None:
            continue
        classify = classifying.batch_classifier(pack, staff_entries(school))
        found = classify([c.text for c in comments])
        results.extend((c, pack, r) for c, r in zip(comments, found, strict=True))
    with transaction.atomic():
        stored = store_classifications(results)
        CommentHistory.objects.bulk_create([
            CommentHistory(comment=c, kind=HistoryKind.CLASSIFIED,
                           detail=f"{', '.join(c.labels) or 'no labels'} → {c.suggested_action}")
            for c, _ in stored
        ])
        for comment, pack in stored:
            act_on_labels(comment, pack)
    return len(stored)


CLASSIFIED_FIELDS = ["labels", "scores", "suggested_action", "classified_at"]


def store_classifications(
    results: Sequence[tuple[Comment, Pack, Classification]],
) -> list[tuple[Comment, Pack]]:
    """Store each result once. The rows are locked and re-read inside the transaction, so
    a comment another worker classified meanwhile is skipped (the work is keyed on
    `classified_at`)."""
    ids = [c.pk for c, _, _ in results]
    still_open = set(Comment.objects.select_for_update().filter(
        pk__in=ids, classified_at__isnull=True).values_list("pk", flat=True))
    now = timezone.now()
    stored: list[tuple[Comment, Pack]] = []
    for comment, pack, result in results:
        if comment.pk not in still_open:
            continue
        comment.labels, comment.scores = list(result.labels), dict(result.scores)
        comment.suggested_action = classifying.pack_action(result.labels, pack, result.action)
        comment.classified_at = now
        stored.append((comment, pack))
    Comment.objects.bulk_update([c for c, _ in stored], CLASSIFIED_FIELDS, batch_size=100)
    return stored


def act_on_labels(comment: Comment, pack: Pack) -> None:
    """Safeguarding and threats are escalated at once; other labels whose pack rule names
    people to tell are sent to them. Nothing else happens without a moderator."""
    if ALERT_LABELS & set(comment.labels):
        escalation.escalate(comment)
    else:
        notify_named_roles(comment, pack)


def notify_named_roles(comment: Comment, pack: Pack) -> None:
    """Labels whose pack rule names people to tell (a staff mention goes to the head, KI)."""
    roles = sorted({role for label in comment.labels
                    if (rule := pack.moderation_rule(label)) for role in rule.notify})
    if roles:
        enqueue("moderation.send_notice", job_key=f"moderation.send_notice:{comment.pk}",
                comment_id=comment.pk, roles=roles)
