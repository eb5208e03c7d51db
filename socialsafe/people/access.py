"""Who may see and change the people registers (SPEC R1, R2, D2).

Choices, so every view asks the same question:
- Pupil data (names, consent flags, do-not-publish) is seen only by the roles that act on
  it: head, SLT, DSL, media lead and account administrator, plus whoever the pack lets
  import the roster. Everyone else, trust central staff included unless their pack lets
  them import, sees aggregate counts on the dashboard at most.
- The staff register is seen by everyone employed or governing in scope, and not by
  volunteers or contractors, who have no need to browse colleagues' details.
- Imports need the pack's `manage_people` capability; a pack that grants it to nobody
  falls back to head, SLT and administrator.
Anything refused is a 404, like anything out of scope: nothing says the page exists."""

from __future__ import annotations

from django.http import Http404

from socialsafe.people.choices import Role
from socialsafe.people.models import Organisation
from socialsafe.people.packinfo import pack_or_none
from socialsafe.people.scope import AnyUser, role_in
from socialsafe.policy.schema import Capability

PUPIL_VIEWERS = frozenset({Role.HEAD, Role.SLT, Role.DSL, Role.MEDIA_LEAD, Role.ADMINISTRATOR})
STAFF_REGISTER_VIEWERS = frozenset(Role) - {Role.VOLUNTEER, Role.CONTRACTOR}
DEFAULT_PEOPLE_MANAGERS = frozenset({Role.HEAD, Role.SLT, Role.ADMINISTRATOR})


def people_managers(org: Organisation) -> frozenset[str]:
    """Roles the organisation's pack lets import rosters and staff lists."""
    pack = pack_or_none(org)
    granted = pack.roles_for(Capability.MANAGE_PEOPLE) if pack else []
    return frozenset(granted) or DEFAULT_PEOPLE_MANAGERS


def may_see_pupils(user: AnyUser, org: Organisation) -> bool:
    return org.is_school and (role_in(user, org) in PUPIL_VIEWERS
                              or may_manage_people(user, org))


def may_see_staff(user: AnyUser, org: Organisation) -> bool:
    return role_in(user, org) in STAFF_REGISTER_VIEWERS


def may_manage_people(user: AnyUser, org: Organisation) -> bool:
    return role_in(user, org) in people_managers(org)


def require(allowed: bool) -> None:
    """404 unless the user may do this: a refusal looks like a page that is not there."""
    if not allowed:
        raise Http404("Not found")
