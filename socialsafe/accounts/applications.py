"""Applying for a new official account and deciding on it (SPEC A1, A2).

The business case follows the pack (CF "Process for creating new accounts": aim, audience,
promotion, named runners, open or private). Approval is refused, with every reason, while
any named runner has not read the current policy or lacks current training."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from socialsafe.accounts.capabilities import min_runners
from socialsafe.accounts.choices import ApplicationStatus, Platform, Visibility
from socialsafe.accounts.models import AccountApplication
from socialsafe.audit.log import record
from socialsafe.audit.models import EventKind
from socialsafe.people.models import Organisation, StaffMember
from socialsafe.people.scope import membership_in
from socialsafe.registers.services import readiness_problems


class ApplicationError(ValueError):
    """The application or decision cannot go ahead; the message says why."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("; ".join(problems))


@dataclass(frozen=True)
class BusinessCase:
    platform: str
    proposed_name: str
    aim: str
    audience: str
    promotion: str
    visibility: str
    runners: list[StaffMember]


def case_problems(org: Organisation, case: BusinessCase) -> list[str]:
    problems = []
    if case.platform not in Platform.values:
        problems.append("Choose a platform from the list.")
    if case.visibility not in Visibility.values:
        problems.append("Say whether the account will be open or private.")
    for label, text in (("name or handle", case.proposed_name), ("aim", case.aim),
                        ("intended audience", case.audience), ("promotion", case.promotion)):
        if not text.strip():
            problems.append(f"Give the account's {label}.")
    needed = min_runners(org)
    people = {p.pk for p in case.runners}
    if len(people) < needed:
        problems.append(f"Name at least {needed} different people to run the account.")
    if any(p.organisation_id != org.pk or p.is_leaver for p in case.runners):
        problems.append("Runners must be current members of this school's staff register.")
    return problems


def applicant_name(user: User, org: Organisation) -> str:
    member = membership_in(user, org)
    return member.full_name if member else user.get_username()


def apply(user: User, org: Organisation, case: BusinessCase) -> AccountApplication:
    problems = case_problems(org, case)
    if problems:
        raise ApplicationError(problems)
    with transaction.atomic():
        application = AccountApplication.objects.create(
            organisation=org, applicant=user, applicant_name=applicant_name(user, org),
            platform=case.platform, proposed_name=case.proposed_name.strip(),
            aim=case.aim.strip(), audience=case.audience.strip(),
            promotion=case.promotion.strip(), visibility=case.visibility,
        )
        application.runners.set(case.runners)
        record(EventKind.ACCOUNT_APPLIED, actor=user, organisation=org, target=application,
               platform=case.platform, runners=sorted(p.pk for p in case.runners))
    return application


def approval_blockers(application: AccountApplication, on: date | None = None) -> list[str]:
    """Why the application cannot be approved yet (SPEC A2); empty when it can."""
    problems = []
    if application.status != ApplicationStatus.PENDING:
        problems.append(f"The application is already {application.get_status_display().lower()}.")
    for person in application.runners.all():
        problems.extend(readiness_problems(person, on))
    needed = min_runners(application.organisation)
    if application.runners.filter(left_on__isnull=True).count() < needed:
        problems.append(f"Fewer than {needed} named runners are still on the staff register.")
    return problems


def decide(
    user: User, application: AccountApplication, *, approve: bool, reason: str
) -> AccountApplication:
    """Approve or reject with a reason. The caller has checked the user may decide."""
    reason = reason.strip()
    if not reason:
        raise ApplicationError(["Give a reason for the decision."])
    with transaction.atomic():
        locked = AccountApplication.objects.select_for_update().get(pk=application.pk)
        if approve:
            blockers = approval_blockers(locked)
            if blockers:
                raise ApplicationError(blockers)
        elif locked.status != ApplicationStatus.PENDING:
            raise ApplicationError(["Only a pending application can be rejected."])
        locked.status = ApplicationStatus.APPROVED if approve else ApplicationStatus.REJECTED
        locked.decided_by, locked.decided_at = user, timezone.now()
        locked.decision_reason = reason
        locked.save(update_fields=["status", "decided_by", "decided_at", "decision_reason"])
        kind = EventKind.ACCOUNT_APPROVED if approve else EventKind.ACCOUNT_REJECTED
        record(kind, actor=user, organisation=locked.organisation, target=locked, reason=reason)
    return locked
