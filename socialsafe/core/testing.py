"""Named personas for every role of SPEC R2, shared by every app's tests.

`PersonaTestCase` builds one trust holding "Test School", a separate "Other School",
and a signed-in user for each role. Tests read as `self.login(self.head)`."""

from __future__ import annotations

from functools import cache
from typing import ClassVar, cast

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import AbstractUser, User
from django.test import TestCase

from socialsafe.people.choices import OrgKind, Role
from socialsafe.people.models import Organisation, StaffMember

PASSWORD = "correct-horse-battery-staple"
SCHOOL_ROLES = [r for r in Role if r != Role.TRUST_CENTRAL]


@cache
def password_hash() -> str:
    """PASSWORD hashed once per run: argon2 is slow on purpose and every class has 12 personas."""
    return make_password(PASSWORD)


class PersonaTestCase(TestCase):
    trust: ClassVar[Organisation]
    school: ClassVar[Organisation]
    other_school: ClassVar[Organisation]
    users: ClassVar[dict[str, AbstractUser]]
    head: ClassVar[AbstractUser]
    slt: ClassVar[AbstractUser]
    dsl: ClassVar[AbstractUser]
    media_lead: ClassVar[AbstractUser]
    administrator: ClassVar[AbstractUser]
    staff: ClassVar[AbstractUser]
    governor: ClassVar[AbstractUser]
    volunteer: ClassVar[AbstractUser]
    contractor: ClassVar[AbstractUser]
    trust_central: ClassVar[AbstractUser]
    outsider: ClassVar[AbstractUser]
    leaver: ClassVar[AbstractUser]

    school_pack = "crossflatts"

    @classmethod
    def setUpTestData(cls) -> None:
        cls.trust = Organisation.objects.create(
            slug="test-trust", name="Test Trust", kind=OrgKind.TRUST, pack_slug="soke"
        )
        cls.school = Organisation.objects.create(
            slug="test-school", name="Test School", parent=cls.trust, pack_slug=cls.school_pack
        )
        cls.other_school = Organisation.objects.create(
            slug="other-school", name="Other School", pack_slug=cls.school_pack
        )
        cls.users = {}
        for role in SCHOOL_ROLES:
            cls.users[role.value] = cls.make_person(role.value, cls.school, role)
        cls.users["trust_central"] = cls.make_person("trust_central", cls.trust, Role.TRUST_CENTRAL)
        cls.users["outsider"] = cls.make_person("outsider", cls.other_school, Role.HEAD)
        cls.users["leaver"] = cls.make_person("leaver", cls.school, Role.STAFF, left=True)
        for name, user in cls.users.items():
            setattr(cls, name, user)

    @classmethod
    def make_person(
        cls, username: str, org: Organisation, role: str, *, left: bool = False
    ) -> AbstractUser:
        user = get_user_model().objects.create(
            username=username, email=f"{username}@example.org", password=password_hash()
        )
        StaffMember.objects.create(
            organisation=org,
            user=user,
            full_name=username.replace("_", " ").title(),
            email=user.email,
            role=role,
            left_on="2024-07-31" if left else None,
        )
        return user

    def login(self, user: AbstractUser) -> None:
        self.client.force_login(cast(User, user))
