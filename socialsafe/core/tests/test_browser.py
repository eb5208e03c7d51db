"""The foundation journey in a real browser (SPEC X1): a head signs in through the login
form, opens the school dashboard and the policy pack, on a desktop and a phone."""

from __future__ import annotations

import base64
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.urls import NoReverseMatch, reverse
from django_otp.oath import TOTP

from socialsafe.core.demo import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def pack_page(slug: str) -> str:
    try:
        return reverse("policy-pack", kwargs={"slug": slug})
    except NoReverseMatch:  # the packs page is not built yet: the dashboard shows the pack
        return reverse("org-dashboard", kwargs={"slug": slug})


def enrol_authenticator(page: Any) -> None:
    """Play the authenticator app: read the key shown for manual entry, give its code."""
    secret = page.locator("code").first.inner_text().strip()
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    page.locator("input[name=code]").fill(f"{TOTP(key).token():06d}")
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_load_state()


def test_a_head_signs_in_and_reads_the_dashboard_and_pack(
    live_server: Any, page: Any, screenshot: Any
) -> None:
    call_command("load_demo", stdout=StringIO())
    page.goto(f"{live_server.url}/login/")
    page.get_by_label("Username").fill("head@crossflatts")
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
    if "/mfa/enrol/" in page.url:  # the head's role needs an authenticator app: enrol one
        enrol_authenticator(page)
    page.wait_for_url(f"{live_server.url}/o/crossflatts/")
    assert page.get_by_role("heading", level=1).inner_text() == "Crossflatts Primary School"
    assert page.get_by_role("heading", name="Social media policy").is_visible()
    header = page.evaluate("getComputedStyle(document.querySelector('header')).backgroundColor")
    assert header == "rgb(16, 42, 67)", "site.css did not load"
    screenshot("foundation-dashboard")

    page.goto(f"{live_server.url}{pack_page('crossflatts')}")
    assert page.get_by_role("main").is_visible()
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    screenshot("foundation-pack")

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/o/crossflatts/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the dashboard scrolls sideways on a phone ({width}px)"
    screenshot("foundation-dashboard-phone")
