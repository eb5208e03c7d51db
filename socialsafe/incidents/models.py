"""A minimal case record (SPEC I5), opened as a draft when a comment raises a
safeguarding concern or a threat. The incidents feature builds on it: it adds triage,
evidence and closing; this keeps only what an escalation needs to record at once."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class CaseState(models.TextChoices):
    DRAFT = "draft", "Draft"
    OPEN = "open", "Open"
    CLOSED = "closed", "Closed"


class Case(models.Model):
    organisation = models.ForeignKey("people.Organisation", on_delete=models.PROTECT,
                                     related_name="cases")
    source_comment = models.ForeignKey("moderation.Comment", null=True, blank=True,
                                       on_delete=models.PROTECT, related_name="cases")
    kind = models.CharField(max_length=40)
    severity = models.CharField(max_length=20, default="high")
    state = models.CharField(max_length=10, choices=CaseState.choices, default=CaseState.DRAFT)
    opened_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-opened_at"]

    def __str__(self) -> str:
        return f"{self.get_state_display()} {self.kind} case #{self.pk}"


class CaseEntry(models.Model):
    """One line of a case's chronology: who did what, when."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="chronology")
    at = models.DateTimeField(default=timezone.now)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+")
    text = models.TextField()

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.text[:60]}"
