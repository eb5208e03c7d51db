"""Organisations, staff and pupils: the registers everything else is scoped by."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from socialsafe.engine import types as engine
from socialsafe.people.choices import OrgKind, Role


class Organisation(models.Model):
    """A school, or a trust/federation that holds schools (SPEC P6).

    A school's policy pack is its own `pack_slug` when set, else its parent's."""

    slug = models.SlugField(max_length=60, unique=True)
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=12, choices=OrgKind.choices, default=OrgKind.SCHOOL)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="schools"
    )
    pack_slug = models.SlugField(max_length=60, blank=True)
    contact_email = models.EmailField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_school(self) -> bool:
        return self.kind == OrgKind.SCHOOL

    @property
    def effective_pack_slug(self) -> str:
        if self.pack_slug:
            return self.pack_slug
        return self.parent.effective_pack_slug if self.parent else self.slug


class StaffQuerySet(models.QuerySet["StaffMember"]):
    def current(self) -> StaffQuerySet:
        return self.filter(left_on__isnull=True)

    def with_role(self, *roles: str) -> StaffQuerySet:
        return self.filter(role__in=roles)


class StaffMember(models.Model):
    """One row of the staff register (SPEC R2). `user` is set for people who sign in."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="staff")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="memberships",
    )
    full_name = models.CharField(max_length=200)
    email = models.EmailField(blank=True)
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.STAFF)
    aliases = models.CharField(
        max_length=500, blank=True, help_text="Other names people use, separated by ';'"
    )
    joined_on = models.DateField(null=True, blank=True)
    left_on = models.DateField(null=True, blank=True)

    objects = StaffQuerySet.as_manager()

    class Meta:
        ordering = ["full_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user"],
                condition=models.Q(user__isnull=False),
                name="one_membership_per_user_per_org",
            )
        ]

    def __str__(self) -> str:
        return f"{self.full_name} ({self.get_role_display()})"

    @property
    def is_leaver(self) -> bool:
        return self.left_on is not None

    def alias_list(self) -> list[str]:
        return [a.strip() for a in self.aliases.split(";") if a.strip()]

    def as_engine_entry(self) -> engine.StaffEntry:
        """This person as the analysis engine sees them (name, role, aliases)."""
        return engine.StaffEntry(self.full_name, self.role, tuple(self.alias_list()))


class Pupil(models.Model):
    """One row of the pupil roster imported from the school's MIS export (SPEC R1)."""

    school = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="pupils")
    upn = models.CharField("UPN", max_length=40)
    legal_forename = models.CharField(max_length=100)
    legal_surname = models.CharField(max_length=100)
    preferred_forename = models.CharField(max_length=100, blank=True)
    year_group = models.CharField(max_length=3)
    photo_consent = models.BooleanField(default=False)
    name_consent = models.BooleanField(default=False)
    do_not_publish = models.BooleanField(default=False)

    class Meta:
        ordering = ["legal_surname", "legal_forename"]
        constraints = [
            models.UniqueConstraint(fields=["school", "upn"], name="unique_upn_per_school")
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return f"{self.preferred_forename or self.legal_forename} {self.legal_surname}"

    @property
    def may_be_named(self) -> bool:
        return self.name_consent and not self.do_not_publish

    def as_engine_pupil(self) -> engine.Pupil:
        """This roster row as the analysis engine sees it."""
        return engine.Pupil(
            self.upn, self.legal_forename, self.legal_surname, self.preferred_forename,
            self.year_group, self.photo_consent, self.name_consent, self.do_not_publish,
        )

    @property
    def may_be_pictured(self) -> bool:
        return self.photo_consent and not self.do_not_publish
