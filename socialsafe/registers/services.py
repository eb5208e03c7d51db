"""Recording and reading acknowledgements and training (SPEC P5, R5).

`readiness_problems` is what account approvals ask (SPEC A2): a named runner must have
read the current policy version and hold training that has not expired."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from socialsafe.accounts.capabilities import policy_version, training_valid_months
from socialsafe.audit.log import record
from socialsafe.audit.models import EventKind
from socialsafe.people.models import Organisation, StaffMember
from socialsafe.registers.models import PolicyAcknowledgement, TrainingRecord


class RegisterError(ValueError):
    """Bad input to a register: shown to the user, nothing saved."""


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (31 Jan + 1 → 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def has_read_current_policy(person: StaffMember) -> bool:
    current = policy_version(person.organisation)
    if current is None:
        return False
    slug, version = current
    return PolicyAcknowledgement.objects.filter(
        person=person, pack_slug=slug, version=version
    ).exists()


def current_training(person: StaffMember, on: date | None = None) -> TrainingRecord | None:
    today = on or timezone.localdate()
    return (
        TrainingRecord.objects.filter(person=person, completed_on__lte=today, expires_on__gte=today)
        .order_by("-expires_on")
        .first()
    )


def readiness_problems(person: StaffMember, on: date | None = None) -> list[str]:
    """Why this person may not yet run an official account; empty when they may."""
    problems = []
    if person.is_leaver:
        problems.append(f"{person.full_name} has left")
    if not has_read_current_policy(person):
        current = policy_version(person.organisation)
        version = f"version {current[1]} of " if current else ""
        problems.append(f"{person.full_name} has not acknowledged {version}the current policy")
    if current_training(person, on) is None:
        problems.append(f"{person.full_name} has no current training")
    return problems


def acknowledge_policy(user: User, person: StaffMember) -> PolicyAcknowledgement:
    """The signed-in person confirms they have read the version in force (idempotent)."""
    current = policy_version(person.organisation)
    if current is None:
        raise RegisterError("This organisation has no policy pack in force to acknowledge.")
    slug, version = current
    with transaction.atomic():
        ack, created = PolicyAcknowledgement.objects.get_or_create(
            person=person, pack_slug=slug, version=version
        )
        if created:
            record(EventKind.POLICY_ACKNOWLEDGED, actor=user, organisation=person.organisation,
                   target=person, person=person.pk, pack=slug, version=version)
    return ack


def record_training(
    actor: User, person: StaffMember, course: str, completed_on: date
) -> TrainingRecord:
    course = course.strip()
    if not course:
        raise RegisterError("Name the course or training session.")
    if completed_on > timezone.localdate():
        raise RegisterError("Training cannot be recorded as completed in the future.")
    expires_on = add_months(completed_on, training_valid_months(person.organisation))
    with transaction.atomic():
        entry = TrainingRecord.objects.create(
            person=person, course=course, completed_on=completed_on, expires_on=expires_on,
            recorded_by=actor,
        )
        record(EventKind.TRAINING_RECORDED, actor=actor, organisation=person.organisation,
               target=person, person=person.pk, course=course,
               completed_on=completed_on.isoformat(), expires_on=expires_on.isoformat())
    return entry


@dataclass(frozen=True)
class PersonStatus:
    person: StaffMember
    acknowledged: bool
    training: TrainingRecord | None

    @property
    def outstanding(self) -> bool:
        return not self.acknowledged or self.training is None


def register_rows(org: Organisation, on: date | None = None) -> list[PersonStatus]:
    """Every current person of `org` with their acknowledgement and training status,
    outstanding people first."""
    people = StaffMember.objects.current().filter(organisation=org)
    rows = [PersonStatus(p, has_read_current_policy(p), current_training(p, on)) for p in people]
    return sorted(rows, key=lambda r: (not r.outstanding, r.person.full_name))
