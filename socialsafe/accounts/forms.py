"""Forms for the account pages: labels, help and errors rendered by Django (accessible)."""

from __future__ import annotations

from typing import Any

from django import forms

from socialsafe.accounts.capabilities import roles_with
from socialsafe.accounts.choices import (
    Capacity,
    CredentialKind,
    HandoverOutcome,
    Platform,
    Visibility,
)
from socialsafe.people.models import Organisation, StaffMember
from socialsafe.policy.schema import Capability


def staff_choices(org: Organisation) -> Any:
    return StaffMember.objects.current().filter(organisation=org)


class ApplicationForm(forms.Form):
    platform = forms.ChoiceField(choices=Platform.choices)
    proposed_name = forms.CharField(label="Account name or handle", max_length=200)
    aim = forms.CharField(label="Aim of the account", widget=forms.Textarea(attrs={"rows": 3}))
    audience = forms.CharField(label="Intended audience", widget=forms.Textarea(attrs={"rows": 2}))
    promotion = forms.CharField(
        label="How the account will be promoted", widget=forms.Textarea(attrs={"rows": 2})
    )
    visibility = forms.ChoiceField(label="Open or private", choices=Visibility.choices)
    runners = forms.ModelMultipleChoiceField(
        label="Who will run it", queryset=StaffMember.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, org: Organisation, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["runners"].queryset = staff_choices(org)  # type: ignore[attr-defined]


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", "Approve"), ("reject", "Reject")],
                                 widget=forms.RadioSelect)
    reason = forms.CharField(label="Reason", widget=forms.Textarea(attrs={"rows": 2}))


class CreateAccountForm(forms.Form):
    name = forms.CharField(label="Display name", max_length=200, required=False)
    handle = forms.CharField(label="Handle on the platform", max_length=200)
    url = forms.URLField(label="Address (URL)", required=False, assume_scheme="https")


class EditAccountForm(forms.Form):
    name = forms.CharField(max_length=200)
    handle = forms.CharField(max_length=200)
    url = forms.URLField(label="Address (URL)", required=False, assume_scheme="https")
    visibility = forms.ChoiceField(choices=Visibility.choices)
    review_due = forms.DateField(label="Next review due", required=False,
                                 widget=forms.DateInput(attrs={"type": "date"}))


class MemberForm(forms.Form):
    person = forms.ModelChoiceField(queryset=StaffMember.objects.none())
    capacity = forms.ChoiceField(choices=Capacity.choices)

    def __init__(self, org: Organisation, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = staff_choices(org)  # type: ignore[attr-defined]


class GrantForm(forms.Form):
    """Only people whose role the pack lets hold credentials can be chosen."""

    person = forms.ModelChoiceField(queryset=StaffMember.objects.none())
    reason = forms.CharField(max_length=300)
    days = forms.IntegerField(label="Expires after (days, blank for no expiry)", min_value=1,
                              max_value=730, required=False)

    def __init__(self, org: Organisation, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        holders = roles_with(org, Capability.HOLD_CREDENTIALS)
        self.fields["person"].queryset = (  # type: ignore[attr-defined]
            staff_choices(org).filter(role__in=holders)
        )


class CredentialForm(forms.Form):
    kind = forms.ChoiceField(choices=CredentialKind.choices)
    secret = forms.CharField(label="Secret", strip=False, max_length=10_000,
                             widget=forms.PasswordInput(render_value=False,
                                                        attrs={"autocomplete": "new-password"}))


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Code from your authenticator app", max_length=8, min_length=6,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code",
                                      "pattern": "[0-9 ]*"}),
    )


class ReviewForm(forms.Form):
    still_needed = forms.BooleanField(label="The account is still needed", required=False)
    owners_current = forms.BooleanField(label="The owners are current", required=False)
    settings_secure = forms.BooleanField(
        label="Privacy and security settings checked", required=False
    )
    notes = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)


class ReasonForm(forms.Form):
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}))


class LostDeviceForm(forms.Form):
    description = forms.CharField(label="Which device", max_length=300)


class HandoverForm(forms.Form):
    outcome = forms.ChoiceField(choices=HandoverOutcome.choices, widget=forms.RadioSelect)
    new_owner = forms.ModelChoiceField(label="New owner (for a transfer)",
                                       queryset=StaffMember.objects.none(), required=False)
    notes = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)

    def __init__(self, org: Organisation, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["new_owner"].queryset = staff_choices(org)  # type: ignore[attr-defined]
