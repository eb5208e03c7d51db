"""Register figures for the dashboards (SPEC R1, R2, P6): a handful of aggregate queries,
so a trust dashboard costs the same few queries per school however big the school is."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Q

from socialsafe.people.choices import Role
from socialsafe.people.models import Organisation, Pupil, StaffMember


def percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


@dataclass(frozen=True)
class PupilFigures:
    total: int = 0
    photo_consent: int = 0
    name_consent: int = 0
    do_not_publish: int = 0
    preferred_names: int = 0

    @property
    def photo_percent(self) -> int:
        return percent(self.photo_consent, self.total)

    @property
    def name_percent(self) -> int:
        return percent(self.name_consent, self.total)


@dataclass(frozen=True)
class StaffFigures:
    by_role: list[tuple[str, int]] = field(default_factory=list)
    current: int = 0
    leavers: int = 0
    with_sign_in: int = 0


def pupil_figures(school: Organisation) -> PupilFigures:
    totals = Pupil.objects.filter(school=school).aggregate(
        total=Count("pk"),
        photo_consent=Count("pk", filter=Q(photo_consent=True, do_not_publish=False)),
        name_consent=Count("pk", filter=Q(name_consent=True, do_not_publish=False)),
        do_not_publish=Count("pk", filter=Q(do_not_publish=True)),
        preferred_names=Count("pk", filter=~Q(preferred_forename="")),
    )
    return PupilFigures(**totals)


def staff_figures(org: Organisation) -> StaffFigures:
    """Current staff by role in the order of SPEC R2, leavers counted apart."""
    staff = StaffMember.objects.filter(organisation=org)
    per_role = dict(
        staff.current().values_list("role").annotate(n=Count("pk")).values_list("role", "n")
    )
    return StaffFigures(
        by_role=[(role.label, per_role[role.value]) for role in Role if per_role.get(role.value)],
        current=sum(per_role.values()),
        leavers=staff.filter(left_on__isnull=False).count(),
        with_sign_in=staff.current().filter(user__isnull=False).count(),
    )
