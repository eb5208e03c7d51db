# mypy: disable-error-code="arg-type"
"""The everyday journey in a real browser (issue 5): a teacher drafts a post naming a pupil
without consent, sees the name highlighted as they type, fixes it, submits; the head approves
it from the queue and it is published through the (fake) Mastodon server."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client
from PIL import Image

from socialsafe.accounts import vault
from socialsafe.accounts.choices import Platform
from socialsafe.accounts.testing import (
    fresh_vault_keys,
    make_account,
    make_ready,
    member,
    verify_client,
)
from socialsafe.connectors.fakes import FakeMastodon
from socialsafe.people.choices import Role
from socialsafe.people.models import Organisation, Pupil
from socialsafe.posts.models import PlatformConnection, Post, PostImage, PostStatus
from socialsafe.posts.tests.test_images import GPS, photo_with_gps

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def mastodon() -> Iterator[FakeMastodon]:
    with FakeMastodon(token="school-token", username="elmfield") as fake:
        yield fake


@pytest.fixture
def school(mastodon: FakeMastodon, settings: Any) -> dict[str, Any]:
    """A Soke-pack school (class teachers need approval to post) with one Mastodon account."""
    from socialsafe.core.testing import PersonaTestCase

    settings.VAULT_KEYS = fresh_vault_keys()
    settings.TASKS_RUN_INLINE = True
    org = Organisation.objects.create(slug="elmfield", name="Elmfield Academy", pack_slug="soke")
    teacher = PersonaTestCase.make_person("teacher", org, Role.STAFF)
    head = PersonaTestCase.make_person("headteacher", org, Role.HEAD)
    for user in (teacher, head):
        make_ready(member(user, org))
    account = make_account(
        org,
        owners=[member(head, org)],
        posters=[member(teacher, org)],
        platform=Platform.MASTODON,
        handle="@elmfield",
    )
    account.name = "Elmfield on Mastodon"
    account.save()
    PlatformConnection.objects.create(
        account=account, api_base_url=mastodon.base_url, account_ref="1"
    )
    vault.store_secret(head, account, "api_token", "school-token")
    Pupil.objects.create(
        school=org,
        upn="P1",
        legal_forename="Ava",
        legal_surname="Thompson",
        year_group="4",
        photo_consent=False,
        name_consent=False,
    )
    return {"org": org, "teacher": teacher, "head": head, "account": account}


def sign_in(page: Any, live_server: Any, user: Any) -> None:
    """Start a verified session (password and authenticator done) and hand it to the browser."""
    client = Client()
    verify_client(client, user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.clear_cookies()
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": live_server.url}]
    )


def test_teacher_drafts_fixes_submits_head_approves_and_it_is_published(
    live_server: Any,
    page: Any,
    screenshot: Any,
    school: dict[str, Any],
    mastodon: FakeMastodon,
    tmp_path: Path,
) -> None:
    base = f"{live_server.url}/o/elmfield/posts"
    sign_in(page, live_server, school["teacher"])
    page.goto(f"{base}/accounts/{school['account'].pk}/new/")
    text = page.get_by_label("Post text")
    text.press_sequentially("Well done Ava Thompson on winning the sack race!", delay=5)
    mark = page.locator("#findings mark.finding-block")
    mark.wait_for()
    assert mark.inner_text() == "Ava Thompson"
    assert "How to fix" in page.locator("#findings").inner_text()
    screenshot("posting-1-highlight")

    text.fill("")
    text.press_sequentially("Well done to Year 4 on winning the sack race!", delay=5)
    page.locator("#findings mark").wait_for(state="detached")
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_url(f"{base}/*/")
    assert page.locator("#findings mark").count() == 0
    screenshot("posting-2-fixed")

    # A photo of Ava: her family gave no photo consent, so tagging her blocks the post.
    photo = tmp_path / "IMG_2041.jpg"
    photo.write_bytes(photo_with_gps())
    page.get_by_label("Photo (JPEG, PNG or WebP)").set_input_files(str(photo))
    page.get_by_label("Description for people").fill("Pupils racing in sacks")
    page.get_by_label("Pupils shown in the photo").select_option(label="Ava Thompson")
    page.get_by_label("I confirm everyone shown").check()
    page.get_by_role("button", name="Add image").click()
    page.get_by_text("Ava Thompson has no photo consent").wait_for()
    page.wait_for_function("document.querySelector('figure img').naturalWidth > 0")
    screenshot("posting-2b-photo-blocked")
    stored = PostImage.objects.get()
    assert Image.open(io.BytesIO(bytes(stored.data))).getexif().get_ifd(GPS) == {}
    page.get_by_role("button", name="Remove").click()
    page.get_by_text("Ava Thompson has no photo consent").wait_for(state="detached")

    page.get_by_role("button", name="Submit").click()
    page.get_by_text("waiting for an approver").wait_for()
    screenshot("posting-3-submitted")
    post = Post.objects.get()
    assert post.status == PostStatus.PENDING and mastodon.statuses == {}

    sign_in(page, live_server, school["head"])
    page.goto(f"{base}/approvals/")
    screenshot("posting-4-queue")
    page.get_by_role("link", name="Well done to Year 4").click()
    page.get_by_label("Approve").check()
    page.get_by_role("button", name="Record decision").click()
    page.get_by_text("Decision recorded").wait_for()

    post.refresh_from_db()
    assert post.status == PostStatus.PUBLISHED, post.last_error
    (status,) = mastodon.statuses.values()
    assert status["content"] == "<p>Well done to Year 4 on winning the sack race!</p>"
    assert post.published_url == status["url"]

    page.goto(f"{base}/accounts/{school['account'].pk}/history/")
    assert page.get_by_role("cell", name="headteacher").is_visible()
    screenshot("posting-5-history")
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, live_server, school["teacher"])
    page.goto(f"{base}/{post.pk}/")
    page.get_by_text("Published").first.wait_for()
    screenshot("posting-6-published-phone")
