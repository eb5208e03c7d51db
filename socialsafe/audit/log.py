"""Writing and verifying the audit chain (SPEC D3)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models, transaction
from django.utils import timezone

from socialsafe.audit.models import AuditEvent, ChainHead, EventKind
from socialsafe.people.models import Organisation


def record(
    kind: EventKind,
    *,
    actor: AbstractBaseUser | AnonymousUser | None = None,
    organisation: Organisation | None = None,
    target: models.Model | None = None,
    **data: Any,
) -> AuditEvent:
    """Append one event. Call inside the transaction of the change it records, so the
    change and its audit entry are committed together or not at all."""
    with transaction.atomic():
        head, _ = ChainHead.objects.select_for_update().get_or_create(pk=1)
        user = actor if isinstance(actor, get_user_model()) else None
        event = AuditEvent(
            seq=head.count + 1,
            at=timezone.now(),
            kind=kind,
            actor=user,
            actor_name=user.get_username() if user else "system",
            organisation=organisation,
            target_type=target._meta.label_lower if target is not None else "",
            target_id=str(target.pk) if target is not None else "",
            target_repr=str(target)[:200] if target is not None else "",
            data=data,
            prev_hash=head.last_hash,
        )
        event.hash = event.compute_hash()
        event.save()
        head.last_hash, head.count = event.hash, event.seq
        head.save(update_fields=["last_hash", "count"])
    return event


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    reason: str

    def __str__(self) -> str:
        return f"entry {self.seq}: {self.reason}"


def verify() -> list[ChainProblem]:
    """Walk the chain from the start; return every break found (empty when intact)."""
    problems: list[ChainProblem] = []
    expected_prev, expected_seq = "0" * 64, 1
    for event in AuditEvent.objects.order_by("seq").iterator(chunk_size=2000):
        if event.seq != expected_seq:
            problems.append(ChainProblem(expected_seq, "missing (removed from the log)"))
        if event.prev_hash != expected_prev:
            problems.append(ChainProblem(event.seq, "does not follow the entry before it"))
        if event.compute_hash() != event.hash:
            problems.append(ChainProblem(event.seq, "content changed after it was written"))
        expected_prev, expected_seq = event.hash, event.seq + 1
    head = ChainHead.objects.filter(pk=1).first()
    if head and (head.count != expected_seq - 1 or head.last_hash != expected_prev):
        problems.append(ChainProblem(head.count, "newest entries removed from the log"))
    return problems
