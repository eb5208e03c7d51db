"""Named constants for organisations and people (SPEC R1, R2)."""

from django.db import models


class OrgKind(models.TextChoices):
    TRUST = "trust", "Multi-academy trust"
    FEDERATION = "federation", "Federation"
    SCHOOL = "school", "School"


class Role(models.TextChoices):
    """Staff roles of SPEC R2. Packs refer to these values by name."""

    HEAD = "head", "Headteacher"
    SLT = "slt", "Senior leader"
    DSL = "dsl", "Designated safeguarding lead"
    MEDIA_LEAD = "media_lead", "Media lead"
    ADMINISTRATOR = "administrator", "Account administrator"
    STAFF = "staff", "Staff"
    GOVERNOR = "governor", "Governor"
    VOLUNTEER = "volunteer", "Volunteer"
    CONTRACTOR = "contractor", "Contractor"
    TRUST_CENTRAL = "trust_central", "Trust central staff"


LEADERSHIP_ROLES = frozenset({Role.HEAD, Role.SLT})
