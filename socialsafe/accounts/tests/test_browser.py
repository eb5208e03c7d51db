"""The account journey in a real browser (issue 4): staff applies → a runner without
training blocks approval → training is recorded → the head approves → the administrator
creates the account and stores the password → the head authorises a holder → the holder
reveals it with a code from their authenticator. Screenshots: accounts-*.png."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from socialsafe.accounts.models import Account
from socialsafe.accounts.testing import code_for, fresh_vault_keys, give_device
from socialsafe.audit.log import verify
from socialsafe.audit.models import AuditEvent, EventKind
from socialsafe.people.models import Organisation, StaffMember
from socialsafe.registers.models import PolicyAcknowledgement, TrainingRecord

PASSWORD = "browser-journey-passphrase"
SECRET = "Sch00l-Page-Passw0rd"


def person(org: Organisation, username: str, name: str, role: str) -> User:
    user = User.objects.create_user(username=username, password=PASSWORD)
    StaffMember.objects.create(organisation=org, user=user, full_name=name, role=role)
    return user


@pytest.fixture
def school(settings: Any) -> Organisation:
    settings.VAULT_KEYS = fresh_vault_keys("browser")
    org = Organisation.objects.create(slug="crossflatts", name="Crossflatts Primary",
                                      pack_slug="crossflatts")
    for username, name, role in [("sam", "Sam Staff", "staff"), ("hana", "Hana Head", "head"),
                                 ("ali", "Ali Admin", "administrator"),
                                 ("mo", "Mo Media", "media_lead")]:
        person(org, username, name, role)
    mo = StaffMember.objects.get(user__username="mo")
    today = timezone.localdate()
    for member in StaffMember.objects.filter(user__username__in=["sam", "mo"]):
        PolicyAcknowledgement.objects.create(person=member, pack_slug="crossflatts",
                                             version="1.0")
    TrainingRecord.objects.create(person=mo, course="Induction", completed_on=today,
                                  expires_on=today.replace(year=today.year + 1))
    return org


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_account_journey(live_server: Any, page: Any, screenshot: Callable[[str], str],
                         school: Organisation) -> None:
    base = f"{live_server.url}/o/{school.slug}"
    devices = {name: give_device(User.objects.get(username=name)) for name in ["hana", "ali", "mo"]}

    def sign_in(username: str) -> None:
        page.goto(f"{live_server.url}/login/")
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        if username in devices:
            page.wait_for_url("**/mfa/verify/**")
            page.get_by_label("Code from your authenticator app").fill(code_for(devices[username]))
            page.get_by_role("button", name="Verify").click()

    def sign_out() -> None:
        page.get_by_role("button", name="Sign out").click()

    # 1. Sam applies with a business case naming two runners.
    sign_in("sam")
    page.goto(f"{base}/accounts/apply/")
    page.get_by_label("Platform").select_option("instagram")
    page.get_by_label("Account name or handle").fill("@crossflatts_pe")
    page.get_by_label("Aim of the account").fill("Share PE results and fixtures.")
    page.get_by_label("Intended audience").fill("Parents and carers")
    page.get_by_label("How the account will be promoted").fill("Newsletter and website")
    page.get_by_label("Open or private").select_option("open")
    page.get_by_label("Sam Staff (Staff)").check()
    page.get_by_label("Mo Media (Media lead)").check()
    screenshot("accounts-1-apply")
    page.get_by_role("button", name="Send the application").click()
    page.wait_for_url("**/applications/*/")
    application_url = page.url
    sign_out()

    # 2. The head tries to approve: Sam has no training, so approval is refused with why.
    sign_in("hana")
    page.goto(application_url)
    assert "Sam Staff has no current training" in page.locator("#blockers").inner_text()
    page.get_by_label("Approve").check()
    page.get_by_label("Reason").fill("Clear aim and audience")
    page.get_by_role("button", name="Record the decision").click()
    assert page.locator("#blockers").is_visible()
    screenshot("accounts-2-approval-blocked")

    # 3. Training is recorded on the register, then 4. the head approves.
    page.goto(f"{base}/registers/")
    form = page.locator("form[action$='/registers/training/']")
    form.get_by_label("Person").select_option(label="Sam Staff (Staff)")
    form.get_by_label("Course").fill("Social media induction")
    form.get_by_label("Completed on").fill(timezone.localdate().isoformat())
    form.get_by_role("button", name="Record").click()
    screenshot("accounts-3-training-recorded")
    page.goto(application_url)
    page.get_by_label("Approve").check()
    page.get_by_label("Reason").fill("Clear aim and audience")
    page.get_by_role("button", name="Record the decision").click()
    assert "Approved" in page.content()
    screenshot("accounts-4-approved")
    sign_out()

    # 5. The administrator creates the account and stores its password.
    sign_in("ali")
    page.goto(application_url)
    page.get_by_label("Handle on the platform").fill("@crossflatts_pe")
    page.get_by_label("Address (URL)").fill("https://instagram.com/crossflatts_pe")
    page.get_by_role("button", name="Add to the register").click()
    page.wait_for_url("**/accounts/*/")
    account_url = page.url
    form = page.locator("form[action$='/credentials/']")
    form.get_by_label("Kind").select_option("password")
    form.get_by_label("Secret").fill(SECRET)
    form.get_by_role("button", name="Store encrypted").click()
    assert SECRET not in page.content()
    screenshot("accounts-5-created-and-stored")
    sign_out()

    # 6. The head authorises Mo to hold the credentials.
    sign_in("hana")
    page.goto(account_url)
    form = page.locator("form[action$='/grants/']")
    form.get_by_label("Person").select_option(label="Mo Media (Media lead)")
    form.get_by_label("Reason").fill("Runs the PE page")
    form.get_by_role("button", name="Grant").click()
    screenshot("accounts-6-granted")
    sign_out()

    # 7. Mo reveals the password with a fresh authenticator code; it is shown once.
    sign_in("mo")
    page.goto(account_url)
    page.get_by_role("link", name="Reveal").click()
    page.get_by_label("Code from your authenticator app").fill(code_for(devices["mo"]))
    page.get_by_role("button", name="Reveal").click()
    assert page.locator("#revealed-secret").inner_text() == SECRET
    screenshot("accounts-7-revealed")
    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    page.goto(account_url)
    screenshot("accounts-8-phone")

    account = Account.objects.get()
    assert AuditEvent.objects.filter(kind=EventKind.CREDENTIAL_REVEALED,
                                     target_id=str(account.pk)).count() == 1
    assert verify() == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_leaver_and_lost_device_pages(live_server: Any, page: Any,
                                      screenshot: Callable[[str], str],
                                      school: Organisation) -> None:
    """The administrator marks a runner as a leaver and hands the account over, reports a
    lost phone; the head reads the account's audit history."""
    from socialsafe.accounts.testing import make_account

    sam, mo = (StaffMember.objects.get(user__username=n) for n in ["sam", "mo"])
    account = make_account(school, owners=[sam, mo], handle="@crossflatts")
    devices = {name: give_device(User.objects.get(username=name)) for name in ["hana", "ali"]}

    def sign_in(username: str) -> None:
        page.goto(f"{live_server.url}/login/")
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.get_by_label("Code from your authenticator app").fill(code_for(devices[username]))
        page.get_by_role("button", name="Verify").click()

    sign_in("ali")
    people = f"{live_server.url}/o/{school.slug}/accounts/people/"
    page.goto(people)
    row = page.get_by_role("row").filter(has_text="Sam Staff")
    row.get_by_role("button", name="Mark Sam Staff as leaver").click()
    assert "needs a hand-over or closure" in page.content()
    row = page.get_by_role("row").filter(has_text="Mo Media")
    row.get_by_role("textbox", name="Lost device of Mo Media").fill("phone with the Instagram app")
    row.get_by_role("button", name="Report lost").click()
    assert "suspended" in page.content()
    screenshot("accounts-9-leaver-and-lost-device")
    form = page.locator("form[action*='/handovers/']")
    form.get_by_label("Transferred to another runner").check()
    form.get_by_label("New owner (for a transfer)").select_option(
        label="Ali Admin (Account administrator)")
    form.get_by_role("button", name="Record").click()
    assert "Hand-over recorded" in page.content()
    page.get_by_role("button", name="Sign out").click()

    sign_in("hana")
    page.goto(f"{live_server.url}/o/{school.slug}/audit/?account={account.pk}")
    text = page.content()
    assert "hand-over" in text.lower() or "handed over" in text.lower()
    screenshot("accounts-10-audit")
    assert verify() == []
