"""Official accounts, their applications, runners, credentials and reviews (SPEC A1–A8).

Rules live in the service modules beside this one (`applications`, `register`, `vault`,
`leavers`, `devices`); these models only hold state and answer small questions."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from socialsafe.accounts.choices import (
    AccountStatus,
    ApplicationStatus,
    Capacity,
    CredentialKind,
    HandoverOutcome,
    Platform,
    Visibility,
)
from socialsafe.people.models import Organisation, StaffMember

USER = settings.AUTH_USER_MODEL


class AccountApplication(models.Model):
    """A business case for a new official account (SPEC A1, CF "Process for creating new
    accounts")."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="account_applications"
    )
    applicant = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    applicant_name = models.CharField(max_length=200)
    platform = models.CharField(max_length=20, choices=Platform.choices)
    proposed_name = models.CharField("Account name or handle", max_length=200)
    aim = models.TextField("Aim of the account")
    audience = models.TextField("Intended audience")
    promotion = models.TextField("How it will be promoted")
    visibility = models.CharField(max_length=10, choices=Visibility.choices)
    runners = models.ManyToManyField(StaffMember, related_name="account_applications")
    status = models.CharField(
        max_length=10, choices=ApplicationStatus.choices, default=ApplicationStatus.PENDING
    )
    decided_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Application: {self.get_platform_display()} {self.proposed_name}"


class Account(models.Model):
    """One official account in the register (SPEC A3)."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="official_accounts"
    )
    application = models.OneToOneField(
        AccountApplication, null=True, blank=True, on_delete=models.SET_NULL, related_name="account"
    )
    platform = models.CharField(max_length=20, choices=Platform.choices)
    name = models.CharField(max_length=200)
    handle = models.CharField(max_length=200)
    url = models.URLField(blank=True)
    visibility = models.CharField(max_length=10, choices=Visibility.choices)
    status = models.CharField(
        max_length=10, choices=AccountStatus.choices, default=AccountStatus.ACTIVE
    )
    review_due = models.DateField(null=True, blank=True)
    created_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["platform", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "platform", "handle"], name="one_account_per_handle"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_platform_display()} {self.handle})"

    @property
    def is_active(self) -> bool:
        return self.status == AccountStatus.ACTIVE

    def review_overdue(self, today: date | None = None) -> bool:
        return self.review_due is not None and self.review_due < (today or timezone.localdate())

    def current_members(self) -> models.QuerySet[AccountMember]:
        return self.members.filter(ended_at__isnull=True, person__left_on__isnull=True)

    def runners(self) -> list[StaffMember]:
        """Distinct current people who run the account (owners and posters)."""
        seen: dict[int, StaffMember] = {}
        for m in self.current_members().select_related("person"):
            seen.setdefault(m.person_id, m.person)
        return sorted(seen.values(), key=lambda p: p.full_name)


class AccountMember(models.Model):
    """A person's capacity on one account. Ending it keeps the row as history."""

    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="members")
    person = models.ForeignKey(StaffMember, on_delete=models.CASCADE, related_name="account_roles")
    capacity = models.CharField(max_length=10, choices=Capacity.choices)
    added_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    added_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    end_reason = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["capacity", "person__full_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["account", "person", "capacity"],
                condition=Q(ended_at__isnull=True),
                name="one_live_capacity_per_person",
            )
        ]

    def __str__(self) -> str:
        return f"{self.person.full_name}: {self.get_capacity_display()} of {self.account.name}"


class CredentialGrant(models.Model):
    """The authoriser lets one person reveal one account's credentials (SPEC A4)."""

    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="grants")
    person = models.ForeignKey(
        StaffMember, on_delete=models.CASCADE, related_name="credential_grants"
    )
    granted_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    granted_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(null=True, blank=True)
    reason = models.CharField(max_length=300)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-granted_at"]

    def __str__(self) -> str:
        return f"{self.person.full_name} may reveal {self.account.name}"

    def is_live(self) -> bool:
        now = timezone.now()
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > now)


class Credential(models.Model):
    """One encrypted secret of an account. Never rendered, listed or serialised: read it
    only through `socialsafe.accounts.vault`."""

    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="credentials")
    kind = models.CharField(max_length=20, choices=CredentialKind.choices)
    key_id = models.CharField(max_length=40)
    nonce = models.BinaryField(max_length=12)
    ciphertext = models.BinaryField()
    stored_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["account", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["account", "kind"], name="one_secret_per_kind")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} of {self.account.name}"

    def __repr__(self) -> str:
        return f"<Credential {self.pk} {self.kind} key={self.key_id}>"


class AccountReview(models.Model):
    """A periodic review (SPEC A8): still needed, owners current, settings secure."""

    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="reviews")
    reviewed_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    reviewed_at = models.DateTimeField(default=timezone.now)
    still_needed = models.BooleanField()
    owners_current = models.BooleanField()
    settings_secure = models.BooleanField()
    notes = models.TextField(blank=True)
    next_due = models.DateField()

    class Meta:
        ordering = ["-reviewed_at"]

    def __str__(self) -> str:
        return f"Review of {self.account.name} on {self.reviewed_at:%Y-%m-%d}"


class LostDevice(models.Model):
    """A lost device suspends its owner's account access until the credentials of every
    account they ran have changed and the wipe is confirmed (SPEC A7)."""

    person = models.ForeignKey(StaffMember, on_delete=models.CASCADE, related_name="lost_devices")
    description = models.CharField(max_length=300)
    reported_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    reported_at = models.DateTimeField(default=timezone.now)
    wipe_confirmed_at = models.DateTimeField(null=True, blank=True)
    wipe_confirmed_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    restored_at = models.DateTimeField(null=True, blank=True)
    restored_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-reported_at"]

    def __str__(self) -> str:
        return f"Lost device of {self.person.full_name} ({self.reported_at:%Y-%m-%d})"


class Handover(models.Model):
    """An account a leaver ran, waiting for transfer or closure (SPEC A6)."""

    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="handovers")
    leaver = models.ForeignKey(StaffMember, on_delete=models.CASCADE, related_name="handovers")
    opened_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    outcome = models.CharField(max_length=12, choices=HandoverOutcome.choices, blank=True)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["resolved_at", "-opened_at"]

    def __str__(self) -> str:
        return f"Hand-over of {self.account.name} from {self.leaver.full_name}"

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None
