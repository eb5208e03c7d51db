"""Policy acknowledgements and training records (SPEC P5, R5).

Both registers answer one question the account approvals ask (SPEC A2): has this named
person read the policy version in force, and is their training still current?"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from django.utils import timezone

from socialsafe.people.models import StaffMember


class PolicyAcknowledgement(models.Model):
    """A person confirmed they have read one version of their school's policy pack."""

    person = models.ForeignKey(
        StaffMember, on_delete=models.CASCADE, related_name="policy_acknowledgements"
    )
    pack_slug = models.SlugField(max_length=60)
    version = models.CharField(max_length=40)
    acknowledged_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-acknowledged_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "pack_slug", "version"], name="one_ack_per_person_per_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.person.full_name} read {self.pack_slug} v{self.version}"


class TrainingRecord(models.Model):
    """A course completed by a person, valid until `expires_on` (pack's validity period)."""

    person = models.ForeignKey(
        StaffMember, on_delete=models.CASCADE, related_name="training_records"
    )
    course = models.CharField(max_length=200)
    completed_on = models.DateField()
    expires_on = models.DateField()
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-completed_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.person.full_name}: {self.course} ({self.completed_on:%Y-%m-%d})"

    def is_current(self, on: date | None = None) -> bool:
        today = on or timezone.localdate()
        return self.completed_on <= today <= self.expires_on
