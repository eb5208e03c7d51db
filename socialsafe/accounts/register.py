"""Creating and changing official accounts in the register (SPEC A3, A5, A8).

Every change writes its audit entry in the same transaction. Callers (views, API) have
already checked the user's right to make it, through `socialsafe.accounts.access`."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils import timezone

from socialsafe.accounts.capabilities import member_may, min_runners
from socialsafe.accounts.choices import AccountStatus, ApplicationStatus, Capacity
from socialsafe.accounts.models import (
    Account,
    AccountApplication,
    AccountMember,
    AccountReview,
    CredentialGrant,
)
from socialsafe.audit.log import record
from socialsafe.audit.models import EventKind
from socialsafe.people.models import StaffMember
from socialsafe.policy.schema import Capability
from socialsafe.registers.services import add_months

REVIEW_EVERY_MONTHS = 12
EDITABLE = ("name", "handle", "url", "visibility", "review_due")


class RegisterChangeError(ValueError):
    """The change cannot be made; the message says why and nothing was saved."""


def create_account(
    user: User, application: AccountApplication, *, handle: str, url: str = "",
    name: str = "",
) -> Account:
    """The administrator's step after approval: the account record with the named runners
    as its owners, and a first review date a year ahead."""
    handle = handle.strip()
    if not handle:
        raise RegisterChangeError("Give the account's handle on the platform.")
    with transaction.atomic():
        locked = AccountApplication.objects.select_for_update().get(pk=application.pk)
        if locked.status != ApplicationStatus.APPROVED:
            raise RegisterChangeError("Only an approved application can become an account.")
        try:
            with transaction.atomic():
                account = Account.objects.create(
                    organisation=locked.organisation, application=locked,
                    platform=locked.platform, name=name.strip() or locked.proposed_name,
                    handle=handle, url=url.strip(), visibility=locked.visibility,
                    review_due=add_months(timezone.localdate(), REVIEW_EVERY_MONTHS),
                    created_by=user,
                )
        except IntegrityError as exc:
            raise RegisterChangeError("That handle is already in the register.") from exc
        for person in locked.runners.all():
            AccountMember.objects.create(
                account=account, person=person, capacity=Capacity.OWNER, added_by=user
            )
        locked.status = ApplicationStatus.CREATED
        locked.save(update_fields=["status"])
        record(EventKind.ACCOUNT_CREATED, actor=user, organisation=account.organisation,
               target=account, account=account.pk, application=locked.pk,
               platform=account.platform, handle=handle)
    return account


def edit_account(user: User, account: Account, changes: dict[str, Any]) -> Account:
    """Change the editable fields; the audit entry keeps old and new values."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise RegisterChangeError(f"These fields cannot be changed here: {sorted(unknown)}")
    before = {f: getattr(account, f) for f in changes}
    diff = {f: [str(before[f]), str(v)] for f, v in changes.items() if before[f] != v}
    if not diff:
        return account
    with transaction.atomic():
        for field, value in changes.items():
            setattr(account, field, value)
        try:
            with transaction.atomic():
                account.save(update_fields=list(changes))
        except IntegrityError as exc:
            raise RegisterChangeError("That handle is already in the register.") from exc
        record(EventKind.ACCOUNT_CHANGED, actor=user, organisation=account.organisation,
               target=account, account=account.pk, changes=diff)
    return account


def add_member(
    user: User, account: Account, person: StaffMember, capacity: str
) -> AccountMember:
    if capacity not in Capacity.values:
        raise RegisterChangeError("Choose owner or authorised poster.")
    if person.organisation_id != account.organisation_id or person.is_leaver:
        raise RegisterChangeError("Only a current member of this school's staff can be added.")
    with transaction.atomic():
        member, created = AccountMember.objects.get_or_create(
            account=account, person=person, capacity=capacity, ended_at=None,
            defaults={"added_by": user},
        )
        if created:
            record(EventKind.POSTER_ADDED, actor=user, organisation=account.organisation,
                   target=account, account=account.pk, person=person.pk, capacity=capacity)
    return member


def end_member(user: User, member: AccountMember, reason: str) -> list[str]:
    """End one person's capacity; returns the warnings it leaves behind (below minimum)."""
    account = member.account
    with transaction.atomic():
        member.ended_at, member.end_reason = timezone.now(), reason[:200]
        member.save(update_fields=["ended_at", "end_reason"])
        record(EventKind.POSTER_REMOVED, actor=user, organisation=account.organisation,
               target=account, account=account.pk, person=member.person_id,
               capacity=member.capacity, reason=reason)
    return runner_warnings(account)


def runner_warnings(account: Account) -> list[str]:
    needed = min_runners(account.organisation)
    have = len(account.runners())
    if account.is_active and have < needed:
        return [f"{account.name} has {have} runner(s); the policy asks for at least {needed}."]
    return []


def record_review(
    user: User, account: Account, *, still_needed: bool, owners_current: bool,
    settings_secure: bool, notes: str = "", next_due: date | None = None,
) -> AccountReview:
    next_due = next_due or add_months(timezone.localdate(), REVIEW_EVERY_MONTHS)
    with transaction.atomic():
        review = AccountReview.objects.create(
            account=account, reviewed_by=user, still_needed=still_needed,
            owners_current=owners_current, settings_secure=settings_secure,
            notes=notes.strip(), next_due=next_due,
        )
        account.review_due = next_due
        account.save(update_fields=["review_due"])
        record(EventKind.ACCOUNT_REVIEWED, actor=user, organisation=account.organisation,
               target=account, account=account.pk, still_needed=still_needed,
               owners_current=owners_current, settings_secure=settings_secure,
               next_due=next_due.isoformat())
    return review


def close_account(user: User, account: Account, reason: str) -> Account:
    if not reason.strip():
        raise RegisterChangeError("Give a reason for closing the account.")
    with transaction.atomic():
        account.status, account.closed_at = AccountStatus.CLOSED, timezone.now()
        account.closed_reason = reason.strip()
        account.save(update_fields=["status", "closed_at", "closed_reason"])
        account.grants.filter(revoked_at__isnull=True).update(
            revoked_at=timezone.now(), revoked_by=user
        )
        record(EventKind.ACCOUNT_CLOSED, actor=user, organisation=account.organisation,
               target=account, account=account.pk, reason=reason.strip())
    return account


def grant_reveal(
    user: User, account: Account, person: StaffMember, *, reason: str,
    days: int | None = None,
) -> CredentialGrant:
    """The authoriser lets an eligible person reveal this account's credentials."""
    org = account.organisation
    if person.organisation_id != org.pk or person.is_leaver:
        raise RegisterChangeError("Only a current member of this school can be granted.")
    if not member_may(person, org, Capability.HOLD_CREDENTIALS):
        raise RegisterChangeError(
            f"The policy does not let a {person.get_role_display().lower()} hold credentials."
        )
    if not reason.strip():
        raise RegisterChangeError("Say why this person needs the credentials.")
    expires: datetime | None = timezone.now() + timedelta(days=days) if days else None
    with transaction.atomic():
        grant = CredentialGrant.objects.create(
            account=account, person=person, granted_by=user, reason=reason.strip(),
            expires_at=expires,
        )
        record(EventKind.GRANT_ADDED, actor=user, organisation=org, target=account,
               account=account.pk, person=person.pk, reason=reason.strip(),
               expires_at=expires.isoformat() if expires else None)
    return grant


def revoke_grant(user: User, grant: CredentialGrant) -> None:
    with transaction.atomic():
        grant.revoked_at, grant.revoked_by = timezone.now(), user
        grant.save(update_fields=["revoked_at", "revoked_by"])
        record(EventKind.GRANT_REVOKED, actor=user, organisation=grant.account.organisation,
               target=grant.account, account=grant.account_id, person=grant.person_id)

