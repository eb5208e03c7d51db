"""Importing a school's pupil roster and staff list from CSV (SPEC R1, R2; CONTRACT.md).

Two steps, shared by the web upload and the CLI: `plan_*` parses the whole file (all or
nothing: `CSVRejected` lists every bad line) and compares it with the register; `apply_*`
writes the plan in one transaction together with its audit event.

The roster is replaced by UPN: new UPNs are added, known ones updated, missing ones removed.
Staff are matched by name: people missing from the file become leavers (their sign-in stops
giving access) rather than being deleted, so the register keeps its history."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, User
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from socialsafe.accounts.leavers import mark_leaver
from socialsafe.audit.log import record
from socialsafe.audit.models import EventKind
from socialsafe.engine import types
from socialsafe.engine.registers import CSVRejected, name_key, parse_roster, parse_staff
from socialsafe.people.models import Organisation, Pupil, StaffMember

Actor = AbstractBaseUser | AnonymousUser | None
__all__ = ["CSVRejected", "apply_roster", "apply_staff", "digest", "plan_roster", "plan_staff"]
PUPIL_FIELDS = (
    "legal_forename", "legal_surname", "preferred_forename", "year_group",
    "photo_consent", "name_consent", "do_not_publish",
)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass
class RosterPlan:
    rows: list[types.Pupil]
    new: list[types.Pupil] = field(default_factory=list)
    changed: list[tuple[Pupil, types.Pupil]] = field(default_factory=list)
    removed: list[Pupil] = field(default_factory=list)
    unchanged: int = 0
    digest: str = ""

    @property
    def has_changes(self) -> bool:
        return bool(self.new or self.changed or self.removed)

    def counts(self) -> dict[str, int]:
        return {"rows": len(self.rows), "new": len(self.new), "changed": len(self.changed),
                "removed": len(self.removed), "unchanged": self.unchanged}


def plan_roster(school: Organisation, text: str) -> RosterPlan:
    """Parse `text` and compare it with the school's roster. Raises `CSVRejected`."""
    plan = RosterPlan(rows=parse_roster(text), digest=digest(text))
    current = {p.upn: p for p in Pupil.objects.filter(school=school)}
    for row in plan.rows:
        existing = current.pop(row.upn, None)
        if existing is None:
            plan.new.append(row)
        elif any(getattr(existing, f) != getattr(row, f) for f in PUPIL_FIELDS):
            plan.changed.append((existing, row))
        else:
            plan.unchanged += 1
    plan.removed = sorted(current.values(), key=lambda p: p.upn)
    return plan


def apply_roster(school: Organisation, plan: RosterPlan, actor: Actor = None) -> None:
    with transaction.atomic():
        Pupil.objects.filter(pk__in=[p.pk for p in plan.removed]).delete()
        for existing, row in plan.changed:
            for name in PUPIL_FIELDS:
                setattr(existing, name, getattr(row, name))
        Pupil.objects.bulk_update([e for e, _ in plan.changed], PUPIL_FIELDS)
        Pupil.objects.bulk_create(
            Pupil(school=school, upn=r.upn, **{f: getattr(r, f) for f in PUPIL_FIELDS})
            for r in plan.new
        )
        record(EventKind.ROSTER_IMPORTED, actor=actor, organisation=school,
               sha256=plan.digest, counts=plan.counts())


@dataclass
class StaffPlan:
    rows: list[types.StaffEntry]
    new: list[types.StaffEntry] = field(default_factory=list)
    changed: list[tuple[StaffMember, types.StaffEntry]] = field(default_factory=list)
    leaving: list[StaffMember] = field(default_factory=list)
    unchanged: int = 0
    digest: str = ""

    @property
    def has_changes(self) -> bool:
        return bool(self.new or self.changed or self.leaving)

    @property
    def sign_ins_ending(self) -> list[StaffMember]:
        """Leavers who sign in today: the import ends their access."""
        return [m for m in self.leaving if m.user_id is not None]

    def counts(self) -> dict[str, int]:
        return {"rows": len(self.rows), "new": len(self.new), "changed": len(self.changed),
                "leaving": len(self.leaving), "unchanged": self.unchanged}


def _differs(member: StaffMember, row: types.StaffEntry) -> bool:
    return (member.role != row.role or member.is_leaver
            or member.alias_list() != list(row.aliases) or member.full_name != row.name)


def plan_staff(org: Organisation, text: str) -> StaffPlan:
    """Parse `text` (SPEC R2 roles only) and compare it with the staff register."""
    plan = StaffPlan(rows=parse_staff(text, strict_roles=True), digest=digest(text))
    members = StaffMember.objects.filter(organisation=org).order_by(
        F("left_on").desc(nulls_first=True), "pk")
    by_name: dict[str, StaffMember] = {}
    for known in members:  # a current entry wins over a leaver of the same name
        by_name.setdefault(name_key(known.full_name), known)
    for row in plan.rows:
        member = by_name.pop(name_key(row.name), None)
        if member is None:
            plan.new.append(row)
        elif _differs(member, row):
            plan.changed.append((member, row))
        else:
            plan.unchanged += 1
    plan.leaving = [m for m in by_name.values() if not m.is_leaver]
    return plan


def apply_staff(org: Organisation, plan: StaffPlan, actor: Actor = None,
                today: date | None = None) -> None:
    today = today or timezone.localdate()
    with transaction.atomic():
        for member, row in plan.changed:
            member.full_name, member.role = row.name, row.role
            member.aliases, member.left_on = ";".join(row.aliases), None
            member.save(update_fields=["full_name", "role", "aliases", "left_on"])
        for member in plan.leaving:
            mark_leaver(actor if isinstance(actor, User) else None, member, left_on=today)
        StaffMember.objects.bulk_create(
            StaffMember(organisation=org, full_name=r.name, role=r.role,
                        aliases=";".join(r.aliases), joined_on=today)
            for r in plan.new
        )
        record(EventKind.STAFF_IMPORTED, actor=actor, organisation=org,
               sha256=plan.digest, counts=plan.counts(),
               leavers=[m.full_name for m in plan.leaving])
