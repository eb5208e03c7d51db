"""Lost devices (SPEC A7, CF Roles & Responsibilities — the ClassDojo example).

A report suspends the person's account rights at once and signs them out everywhere.
Access comes back only when every secret of the accounts they ran has been changed
since the report and someone has confirmed the device was wiped."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from socialsafe.accounts.models import Credential, LostDevice
from socialsafe.accounts.register import RegisterChangeError
from socialsafe.accounts.sessions import end_sessions
from socialsafe.audit.log import record
from socialsafe.audit.models import EventKind
from socialsafe.people.models import StaffMember


def report_lost(actor: User, person: StaffMember, description: str) -> LostDevice:
    if not description.strip():
        raise RegisterChangeError("Describe the device (for example: head's phone, ClassDojo).")
    with transaction.atomic():
        report = LostDevice.objects.create(
            person=person, description=description.strip(), reported_by=actor
        )
        record(EventKind.DEVICE_LOST, actor=actor, organisation=person.organisation,
               target=person, person=person.pk, description=report.description)
        if person.user is not None:
            end_sessions(person.user, actor=actor, org=person.organisation, reason="lost device")
    return report


def credentials_to_change(report: LostDevice) -> list[Credential]:
    """Secrets of accounts the person runs or may reveal, unchanged since the report."""
    person = report.person
    ran = Q(account__members__person=person, account__members__ended_at__isnull=True)
    granted = Q(account__grants__person=person)
    stale = Credential.objects.filter(ran | granted, changed_at__lte=report.reported_at)
    return list(stale.select_related("account").distinct())


def confirm_wipe(actor: User, report: LostDevice) -> LostDevice:
    with transaction.atomic():
        report.wipe_confirmed_at, report.wipe_confirmed_by = timezone.now(), actor
        report.save(update_fields=["wipe_confirmed_at", "wipe_confirmed_by"])
        record(EventKind.DEVICE_WIPED, actor=actor, organisation=report.person.organisation,
               target=report.person, person=report.person_id)
    return report


def restore_blockers(report: LostDevice) -> list[str]:
    problems = []
    if report.wipe_confirmed_at is None:
        problems.append("Nobody has confirmed that the device was wiped.")
    for credential in credentials_to_change(report):
        problems.append(
            f"The {credential.get_kind_display().lower()} of {credential.account.name} "
            "has not been changed since the device was lost."
        )
    return problems


def restore(actor: User, report: LostDevice) -> LostDevice:
    problems = restore_blockers(report)
    if report.restored_at is not None:
        problems = ["Access was already restored."]
    if problems:
        raise RegisterChangeError(" ".join(problems))
    with transaction.atomic():
        report.restored_at, report.restored_by = timezone.now(), actor
        report.save(update_fields=["restored_at", "restored_by"])
        record(EventKind.DEVICE_RESTORED, actor=actor, organisation=report.person.organisation,
               target=report.person, person=report.person_id)
    return report
