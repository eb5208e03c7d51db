"""Leavers (SPEC A6; RELIABILITY AUTH-07): access ends at once, accounts are handed over.

Marking a leaver, in one transaction: the register entry gets its leaving date, every
account capacity and credential grant ends, each account they ran gets a hand-over to
resolve (transfer to another runner, or close), their sessions are deleted, and the user
is deactivated when they belong nowhere else."""

from __future__ import annotations

from datetime import date

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from socialsafe.accounts.choices import Capacity, HandoverOutcome
from socialsafe.accounts.models import (
    Account,
    AccountMember,
    Credential,
    CredentialGrant,
    Handover,
)
from socialsafe.accounts.register import RegisterChangeError, add_member, close_account
from socialsafe.accounts.sessions import end_sessions
from socialsafe.audit.log import record
from socialsafe.audit.models import EventKind
from socialsafe.people.models import StaffMember


def mark_leaver(
    actor: User | None, person: StaffMember, left_on: date | None = None
) -> list[Handover]:
    """`actor` is None when the change comes from a command-line import."""
    if person.is_leaver:
        raise RegisterChangeError(f"{person.full_name} is already marked as a leaver.")
    now = timezone.now()
    with transaction.atomic():
        person.left_on = left_on or timezone.localdate()
        person.save(update_fields=["left_on"])
        ran = list(
            Account.objects.filter(
                members__person=person, members__ended_at__isnull=True, status="active"
            ).distinct()
        )
        AccountMember.objects.filter(person=person, ended_at__isnull=True).update(
            ended_at=now, end_reason="left"
        )
        CredentialGrant.objects.filter(person=person, revoked_at__isnull=True).update(
            revoked_at=now, revoked_by=actor
        )
        handovers = [Handover.objects.create(account=a, leaver=person) for a in ran]
        record(EventKind.STAFF_LEFT, actor=actor, organisation=person.organisation,
               target=person, person=person.pk, left_on=person.left_on.isoformat(),
               accounts=[a.pk for a in ran])
        user = person.user
        if user is not None:
            if not user.memberships.filter(left_on__isnull=True).exists():
                user.is_active = False
                user.save(update_fields=["is_active"])
            end_sessions(user, actor=actor, org=person.organisation, reason="leaver")
    return handovers


def stale_credentials(account: Account, since: date) -> list[Credential]:
    """Secrets not changed since `since`: the hand-over prompts a change (SPEC A6)."""
    return [c for c in account.credentials.all() if timezone.localdate(c.changed_at) <= since]


def resolve_handover(
    actor: User, handover: Handover, *, outcome: str, notes: str = "",
    new_owner: StaffMember | None = None,
) -> Handover:
    if not handover.is_open:
        raise RegisterChangeError("This hand-over is already resolved.")
    if outcome == HandoverOutcome.TRANSFERRED and new_owner is None:
        raise RegisterChangeError("Choose who takes the account over.")
    if outcome not in HandoverOutcome.values:
        raise RegisterChangeError("Choose transfer or closure.")
    with transaction.atomic():
        if outcome == HandoverOutcome.TRANSFERRED and new_owner is not None:
            add_member(actor, handover.account, new_owner, Capacity.OWNER)
        else:
            close_account(actor, handover.account, notes or "closed when its runner left")
        handover.outcome, handover.notes = outcome, notes.strip()
        handover.resolved_at, handover.resolved_by = timezone.now(), actor
        handover.save(update_fields=["outcome", "notes", "resolved_at", "resolved_by"])
        record(EventKind.HANDOVER_RESOLVED, actor=actor,
               organisation=handover.account.organisation, target=handover.account,
               account=handover.account_id, person=handover.leaver_id, outcome=outcome,
               new_owner=new_owner.pk if new_owner else None)
    return handover
