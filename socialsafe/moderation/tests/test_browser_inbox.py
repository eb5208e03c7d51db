"""The inbox journey in a real browser (issue 6): abuse hidden with a note to the
audience, a complaint answered from a template before its deadline, a safeguarding
comment escalated to the DSL. Screenshots: test-output/screenshots/moderation-*.png.

The engine is replaced by the keyword classifier of `helpers` so the journey is
deterministic; the platform by the recording connector."""

from __future__ import annotations

from typing import Any
from unittest import mock

import httpx
import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from socialsafe.accounts.models import Account
from socialsafe.incidents.models import Case
from socialsafe.moderation import meta
from socialsafe.moderation.models import Comment
from socialsafe.moderation.tests.helpers import (
    SECRET,
    RecordingConnector,
    keyword_classifier,
    meta_delivery,
    recording_connector,
)
from socialsafe.people.models import Organisation, StaffMember

COMMENTS = [
    {"id": "c-abuse", "text": "The new head is an idiot and should be sacked", "author": "troll",
     "name": "Angry Person"},
    {"id": "c-complaint", "author": "parent1", "name": "Jo Parent",
     "text": "I am disappointed that nobody told us the trip was cancelled"},
    {"id": "c-safeguarding", "author": "child1", "name": "A Pupil",
     "text": "Someone at home keeps hurting me and I don't know who to tell"},
]


def sign_in(page: Any, live_server: Any, user: Any) -> None:
    client = Client()
    client.force_login(user)
    page.context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value,
                               "url": live_server.url}])


@pytest.fixture
def school(settings: Any) -> Organisation:
    settings.META_APP_SECRET = SECRET
    settings.TASKS_RUN_INLINE = True
    settings.CELERY_BROKER_URL = ""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    org = Organisation.objects.create(slug="crossflatts", name="Crossflatts Primary",
                                      pack_slug="crossflatts")
    for role in ("media_lead", "dsl", "head"):
        user = get_user_model().objects.create_user(role, f"{role}@example.org")
        StaffMember.objects.create(organisation=org, user=user, role=role,
                                   full_name=role.replace("_", " ").title(), email=user.email)
    Account.objects.create(organisation=org, platform="facebook", name="Crossflatts Facebook",
                           handle="1001", visibility="open")
    return org


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_inbox_journey(page: Any, live_server: Any, school: Organisation,
                           screenshot: Any) -> None:
    RecordingConnector.calls = []
    with (mock.patch("socialsafe.moderation.classifying.batch_classifier", keyword_classifier),
          mock.patch("socialsafe.moderation.platform.connector_for", recording_connector)):
        body = meta_delivery(COMMENTS)
        response = httpx.post(f"{live_server.url}/webhooks/meta/", content=body, headers={
            "X-Hub-Signature-256": meta.sign(body, SECRET),
            "Content-Type": "application/json"})
        assert response.status_code == 200
        users = get_user_model().objects
        inbox = f"{live_server.url}/o/crossflatts/moderation/"

        sign_in(page, live_server, users.get(username="media_lead"))
        page.goto(inbox)
        assert page.get_by_role("alert").is_visible()  # safeguarding alert banner
        assert "Text withheld" in page.content()
        screenshot("moderation-inbox")

        # Abuse: hide it, then tell the audience why.
        page.get_by_role("link", name="Angry Person").click()
        page.get_by_role("button", name="Hide on the platform").click()
        assert page.locator("#state").inner_text() == "Hidden"
        assert "idiot" in page.locator("blockquote").inner_text()  # kept on record
        page.get_by_label("Tell the audience why it was removed").fill(
            "We have removed a comment that broke our rules on respectful language.")
        page.get_by_role("button", name="Post note").click()
        screenshot("moderation-abuse-hidden")
        assert ("hide", "c-abuse") in RecordingConnector.calls
        assert any(c[0] == "reply" and "removed a comment" in c[2]
                   for c in RecordingConnector.calls)

        # Complaint: answered from the pack's template before its deadline.
        page.goto(inbox)
        page.get_by_role("link", name="Jo Parent").click()
        assert page.get_by_label("Reply from a template").input_value() == "cf-discuss-in-person"
        page.get_by_role("button", name="Send reply").click()
        assert page.locator("#state").inner_text() == "Answered"
        screenshot("moderation-complaint-answered")
        complaint = Comment.objects.get(platform_id="c-complaint")
        answered = complaint.history.get(kind="replied")
        assert complaint.due_at is not None and answered.at < complaint.due_at
        assert ("hide", "c-complaint") not in RecordingConnector.calls

        # Safeguarding: escalated at once; the DSL reads it and marks the alert seen.
        page.context.clear_cookies()
        sign_in(page, live_server, users.get(username="dsl"))
        page.goto(f"{inbox}alerts/")
        assert "hurting me" in page.content()
        page.get_by_role("link", name="safeguarding").first.click()
        screenshot("moderation-safeguarding-escalated")
        page.get_by_role("button", name="Mark alert as seen").click()
        concern = Comment.objects.get(platform_id="c-safeguarding")
        assert concern.state == "hidden" and not concern.alert_open
        assert Case.objects.get(source_comment=concern).state == "draft"
