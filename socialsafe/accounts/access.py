"""Who may see, manage, post to and reveal each official account (SPEC A4, A5, D2).

The one place other apps ask: `accounts_for_user`, `get_account_for_user`, `can_post`.
Anything refused is a 404 (nothing says the account exists) and is written to the audit
log as `access.denied` with the action that was attempted."""

from __future__ import annotations

from typing import NoReturn

from django.db.models import QuerySet
from django.http import Http404

from socialsafe.accounts.capabilities import member_may, user_may
from socialsafe.accounts.choices import Capacity
from socialsafe.accounts.models import Account, CredentialGrant, LostDevice
from socialsafe.audit.log import record
from socialsafe.audit.models import EventKind
from socialsafe.people.models import Organisation, StaffMember
from socialsafe.people.scope import AnyUser, get_org_for_user, membership_in
from socialsafe.policy.schema import Capability
from socialsafe.registers.services import readiness_problems

OVERSIGHT = (
    Capability.CREATE_ACCOUNTS,
    Capability.APPROVE_ACCOUNTS,
    Capability.AUTHORISE_CREDENTIALS,
    Capability.VIEW_AUDIT,
)


def deny(
    user: AnyUser, org: Organisation | None, action: str, target: Account | None = None
) -> NoReturn:
    """Record the refused attempt, then answer as if nothing were there."""
    record(EventKind.ACCESS_DENIED, actor=user, organisation=org, target=target, action=action,
           account=target.pk if target else None)
    raise Http404("Not found")


def org_for(user: AnyUser, slug: str, action: str) -> Organisation:
    """The organisation if the user is in scope; otherwise a recorded 404."""
    try:
        return get_org_for_user(user, slug)
    except Http404:
        deny(user, Organisation.objects.filter(slug=slug).first(), action)


def require(user: AnyUser, org: Organisation, allowed: bool, action: str,
            target: Account | None = None) -> None:
    if not allowed:
        deny(user, org, action, target)


def is_suspended(person: StaffMember | None) -> bool:
    """A lost device not yet resolved suspends every account right of its owner (A7)."""
    return person is not None and LostDevice.objects.filter(
        person=person, restored_at__isnull=True
    ).exists()


def active_member(user: AnyUser, org: Organisation) -> StaffMember | None:
    member = membership_in(user, org)
    if member is None or member.is_leaver or is_suspended(member):
        return None
    return member


def oversees(user: AnyUser, org: Organisation) -> bool:
    return any(user_may(user, org, cap) for cap in OVERSIGHT)


def capacities(person: StaffMember | None, account: Account) -> set[str]:
    if person is None:
        return set()
    return set(
        account.current_members().filter(person=person).values_list("capacity", flat=True)
    )


def accounts_for_user(user: AnyUser, org: Organisation) -> QuerySet[Account]:
    """The accounts the user may see: all of them for the pack's account officers, else
    only those the user runs."""
    accounts = Account.objects.filter(organisation=org)
    if oversees(user, org):
        return accounts
    member = membership_in(user, org)
    if member is None or member.is_leaver:
        return accounts.none()
    return accounts.filter(members__person=member, members__ended_at__isnull=True).distinct()


def may_manage(user: AnyUser, account: Account) -> bool:
    org = account.organisation
    member = active_member(user, org)
    if member is None or not account.is_active:
        return False
    return member_may(member, org, Capability.CREATE_ACCOUNTS) or (
        Capacity.OWNER in capacities(member, account)
    )


def may_review(user: AnyUser, account: Account) -> bool:
    """The periodic review (A8): the pack's reviewers, or whoever manages the account."""
    return may_manage(user, account) or (
        account.is_active
        and member_may(active_member(user, account.organisation), account.organisation,
                       Capability.REVIEW_ACCOUNTS)
    )


def can_post(user: AnyUser, account: Account) -> bool:
    """An owner or authorised poster, not suspended, who has read the current policy and
    holds current training (SPEC A5, R5), on an account that is still open."""
    member = active_member(user, account.organisation)
    if member is None or not account.is_active or not capacities(member, account):
        return False
    return not readiness_problems(member)


def live_grant(person: StaffMember | None, account: Account) -> CredentialGrant | None:
    if person is None:
        return None
    for grant in account.grants.filter(person=person, revoked_at__isnull=True):
        if grant.is_live():
            return grant
    return None


def may_reveal(user: AnyUser, account: Account) -> bool:
    """Eligible by role (the pack's credential holders) and granted by the authoriser."""
    org = account.organisation
    member = active_member(user, org)
    return (
        account.is_active
        and member_may(member, org, Capability.HOLD_CREDENTIALS)
        and live_grant(member, account) is not None
    )


def may_store_credentials(user: AnyUser, account: Account) -> bool:
    return may_manage(user, account) and member_may(
        active_member(user, account.organisation), account.organisation,
        Capability.HOLD_CREDENTIALS,
    )


def may_grant(user: AnyUser, account: Account) -> bool:
    org = account.organisation
    return account.is_active and member_may(
        active_member(user, org), org, Capability.AUTHORISE_CREDENTIALS
    )


def get_account_for_user(
    user: AnyUser, org: Organisation, pk: int, *, manage: bool = False
) -> Account:
    """The account if the user may see it (and manage it, when asked); else a recorded 404."""
    account = Account.objects.filter(organisation=org, pk=pk).first()
    if account is None or not accounts_for_user(user, org).filter(pk=pk).exists():
        deny(user, org, "manage account" if manage else "view account", account)
    if manage and not may_manage(user, account):
        deny(user, org, "manage account", account)
    return account
