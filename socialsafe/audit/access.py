"""Who may read the audit log: the pack's `view_audit` roles, or head, SLT and DSL when
the pack names nobody (RELIABILITY B2)."""

from __future__ import annotations

from socialsafe.people.models import Organisation
from socialsafe.people.packinfo import pack_or_none
from socialsafe.people.scope import AnyUser, membership_in
from socialsafe.policy.schema import Capability

FALLBACK_AUDIT_ROLES = frozenset({"head", "slt", "dsl"})


def audit_roles(org: Organisation) -> frozenset[str]:
    pack = pack_or_none(org)
    granted = pack.roles_for(Capability.VIEW_AUDIT) if pack else []
    return frozenset(granted) or FALLBACK_AUDIT_ROLES


def may_view_audit(user: AnyUser, org: Organisation) -> bool:
    member = membership_in(user, org)
    return member is not None and not member.is_leaver and member.role in audit_roles(org)
