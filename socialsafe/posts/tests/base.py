# mypy: disable-error-code="arg-type, misc"
"""Shared set-up for the posts tests: an official Mastodon account with ready runners, a
small roster, and helpers to run the publishing job against a fake Mastodon server."""

from __future__ import annotations

from typing import Any, ClassVar

from django.contrib.auth.models import AbstractUser

from socialsafe.accounts import vault
from socialsafe.accounts.choices import Platform
from socialsafe.accounts.models import Account
from socialsafe.accounts.testing import make_account, make_ready, member
from socialsafe.core.testing import PersonaTestCase
from socialsafe.people.models import Pupil
from socialsafe.posts.models import PlatformConnection, Post, PostImage


class PostsTestCase(PersonaTestCase):
    account: ClassVar[Account]

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        people = {
            name: member(user, cls.school)
            for name, user in cls.users.items()
            if name not in ("trust_central", "outsider")
        }
        for person in people.values():
            if not person.is_leaver:
                make_ready(person)
        cls.account = make_account(
            cls.school,
            owners=[people["head"], people["media_lead"]],
            posters=[people["staff"], people["leaver"]],
            platform=Platform.MASTODON,
            handle="@testschool",
        )
        Pupil.objects.create(
            school=cls.school,
            upn="A1",
            legal_forename="Ava",
            legal_surname="Thompson",
            year_group="4",
            photo_consent=False,
            name_consent=False,
        )
        Pupil.objects.create(
            school=cls.school,
            upn="B2",
            legal_forename="Benjamin",
            preferred_forename="Ben",
            legal_surname="Carter",
            year_group="4",
            photo_consent=True,
            name_consent=True,
        )
        Pupil.objects.create(
            school=cls.school,
            upn="C3",
            legal_forename="Chloe",
            legal_surname="Evans",
            year_group="5",
            photo_consent=True,
            name_consent=True,
            do_not_publish=True,
        )

    def pupil(self, upn: str) -> Pupil:
        return Pupil.objects.get(school=self.school, upn=upn)

    def draft(self, text: str, author: AbstractUser | None = None, **fields: Any) -> Post:
        author = author or self.staff
        return Post.objects.create(
            organisation=self.school,
            account=self.account,
            author=author,
            author_name=author.get_username(),
            text=text,
            **fields,
        )

    def image_of(self, post: Post, *pupils: Pupil, alt: str = "") -> PostImage:
        """A stored image of `post` showing `pupils` (the bytes do not matter here)."""
        image = PostImage.objects.create(
            post=post,
            data=b"x",
            mime_type="image/jpeg",
            width=1,
            height=1,
            sha256="0",
            alt_text=alt,
        )
        image.pupils.set(pupils)
        return image

    def connect(self, base_url: str, token: str) -> None:
        PlatformConnection.objects.update_or_create(
            account=self.account, defaults={"api_base_url": base_url, "account_ref": "1"}
        )
        vault.store_secret(self.head, self.account, "api_token", token)
