"""The policy page on a phone (SPEC X1): nothing wider than the screen, headings in order,
every area reachable. Uses Kingsley, whose headings and conflicting dates are the longest."""

from __future__ import annotations

from typing import Any

import pytest
from django.conf import settings
from django.test import Client

from socialsafe.core.testing import PersonaTestCase
from socialsafe.people.models import Organisation

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_policy_page_fits_a_phone(live_server: Any, page: Any, screenshot: Any) -> None:
    school = Organisation.objects.create(slug="kingsley", name="Kingsley", pack_slug="kingsley")
    head = PersonaTestCase.make_person("ki-head", school, "head")
    client = Client()
    client.force_login(head)  # type: ignore[arg-type]
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value,
                               "url": live_server.url}])
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(f"{live_server.url}/o/kingsley/policy/")
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    assert page.get_by_role("heading", level=1).inner_text() == "Social Media Policy (ICT Policies)"
    assert page.get_by_text("Conflicting dates", exact=True).is_visible()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    screenshot("policy-pack-phone")
    assert overflow <= 0, f"the page is {overflow}px wider than a phone screen"
