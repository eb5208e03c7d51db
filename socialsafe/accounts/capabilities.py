"""What the organisation's policy pack lets a user do (SPEC P2, D2).

Every permission question in accounts, registers and audit goes through here, so a pack
that is missing or invalid grants nothing (fail closed) rather than everything."""

from __future__ import annotations

from typing import Any

from socialsafe.people.models import Organisation, StaffMember
from socialsafe.people.packinfo import pack_or_none
from socialsafe.people.scope import AnyUser, membership_in
from socialsafe.policy.schema import Capability


def roles_with(org: Organisation, capability: Capability) -> frozenset[str]:
    pack = pack_or_none(org)
    return frozenset(pack.roles_for(capability)) if pack else frozenset()


def member_may(member: StaffMember | None, org: Organisation, capability: Capability) -> bool:
    """A current register entry whose role the pack grants `capability` in `org`."""
    return member is not None and not member.is_leaver and member.role in roles_with(
        org, capability
    )


def user_may(user: AnyUser, org: Organisation, capability: Capability) -> bool:
    return member_may(membership_in(user, org), org, capability)


def parameter(org: Organisation, name: str, default: Any) -> Any:
    """A pack parameter's value, or `default` when the pack is missing."""
    pack = pack_or_none(org)
    if pack is None:
        return default
    return getattr(pack.parameters, name).value


def min_runners(org: Organisation) -> int:
    return int(parameter(org, "min_account_runners", 2))


def training_valid_months(org: Organisation) -> int:
    return int(parameter(org, "training_valid_months", 12))


def policy_version(org: Organisation) -> tuple[str, str] | None:
    """(pack slug, version) of the policy in force, or None when no pack loads."""
    pack = pack_or_none(org)
    return (pack.slug, pack.policy.version) if pack else None
