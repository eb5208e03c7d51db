"""Test helpers for anyone who needs an official account, a ready runner, or a verified
second factor in a test (posting and moderation tests use these too)."""

from __future__ import annotations

import base64
import secrets
from collections.abc import Sequence
from datetime import timedelta

from django.contrib.auth.models import User
from django.test import Client, override_settings
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from socialsafe.accounts.choices import Capacity, Platform, Visibility
from socialsafe.accounts.models import Account, AccountMember
from socialsafe.people.models import Organisation, StaffMember
from socialsafe.registers.models import PolicyAcknowledgement, TrainingRecord


def fresh_vault_keys(*key_ids: str) -> str:
    """A VAULT_KEYS value with fresh random keys, first one primary."""
    return ",".join(
        f"{kid}:{base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()}"
        for kid in key_ids or ("test1",)
    )


def with_test_vault() -> override_settings:
    return override_settings(VAULT_KEYS=fresh_vault_keys())


def give_device(user: User) -> TOTPDevice:
    TOTPDevice.objects.filter(user=user).delete()
    return TOTPDevice.objects.create(user=user, name="test", confirmed=True)


def code_for(device: TOTPDevice) -> str:
    """The device's current code. Replay protection refuses a code twice in one 30 s step,
    so tests that need several codes reset the device's last used step first."""
    device.refresh_from_db()
    TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1, throttling_failure_count=0,
                                                   throttling_failure_timestamp=None)
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


def verify_client(client: Client, user: User) -> TOTPDevice:
    """Sign `user` in on `client` with a session already verified by a TOTP device."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or give_device(user)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device


def make_ready(person: StaffMember) -> None:
    """The person has read the current policy and holds current training."""
    from socialsafe.accounts.capabilities import policy_version

    current = policy_version(person.organisation)
    if current:
        PolicyAcknowledgement.objects.get_or_create(
            person=person, pack_slug=current[0], version=current[1]
        )
    today = timezone.localdate()
    TrainingRecord.objects.create(person=person, course="Social media induction",
                                  completed_on=today - timedelta(days=30),
                                  expires_on=today + timedelta(days=300))


def make_account(
    org: Organisation, *, owners: Sequence[StaffMember] = (), posters: Sequence[StaffMember] = (),
    handle: str = "@testschool", platform: str = Platform.FACEBOOK,
) -> Account:
    account = Account.objects.create(organisation=org, platform=platform, name="Test School",
                                     handle=handle, visibility=Visibility.OPEN,
                                     review_due=timezone.localdate() + timedelta(days=365))
    for person in owners:
        AccountMember.objects.create(account=account, person=person, capacity=Capacity.OWNER)
    for person in posters:
        AccountMember.objects.create(account=account, person=person, capacity=Capacity.POSTER)
    return account


def member(user: User, org: Organisation) -> StaffMember:
    return StaffMember.objects.get(user=user, organisation=org)
