"""Forms of the posts pages; labels and help text are written for a busy teacher on a phone."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import Q

from socialsafe.people.models import Organisation, Pupil
from socialsafe.posts.images import MAX_BYTES
from socialsafe.posts.models import Decision


class DraftForm(forms.Form):
    text = forms.CharField(
        label="Post text",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6, "autocomplete": "off"}),
    )
    links = forms.CharField(
        label="Links (one a line)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    scheduled_at = forms.DateTimeField(
        label="Publish at (leave empty to publish as soon as it is approved)",
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )
    sensitive = forms.BooleanField(
        label="This post is sensitive or could be controversial: ask an approver to check it",
        required=False,
    )

    def clean_links(self) -> str:
        links = [line.strip() for line in self.cleaned_data["links"].splitlines() if line.strip()]
        validate = forms.URLField(assume_scheme="https").clean
        for link in links:
            validate(link)
        return "\n".join(links)


class ImageForm(forms.Form):
    image = forms.FileField(label="Photo (JPEG, PNG or WebP)")
    alt_text = forms.CharField(
        label="Description for people who cannot see the image (alt text)",
        required=False,
        max_length=1000,
    )
    pupils = forms.ModelMultipleChoiceField(
        label="Pupils shown in the photo",
        queryset=Pupil.objects.none(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    confirm_appropriate = forms.BooleanField(
        label="I confirm everyone shown is appropriately dressed and no one is shown in a way "
        "that could embarrass or ridicule them.",
    )

    def __init__(self, *args: Any, org: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["pupils"]
        assert isinstance(field, forms.ModelMultipleChoiceField)
        field.queryset = Pupil.objects.filter(Q(school=org) | Q(school__parent=org))

    def clean_image(self) -> Any:
        upload = self.cleaned_data["image"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(f"The file is larger than {MAX_BYTES // 2**20} MB.")
        return upload


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=Decision.choices, widget=forms.RadioSelect)
    comment = forms.CharField(
        label="Comment for the author",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ByHandForm(forms.Form):
    url = forms.URLField(
        label="Web address of the published post", max_length=500, assume_scheme="https"
    )


class ConnectionForm(forms.Form):
    """Where the account's platform API is; the token is stored through the accounts vault."""

    api_base_url = forms.URLField(
        label="API address (leave empty for the platform's public API; Mastodon needs the "
        "instance, e.g. https://mastodon.social)",
        required=False,
        assume_scheme="https",
    )
    account_ref = forms.CharField(
        label="The platform's id for the account (Facebook page id, X user id, Mastodon "
        "account id, Bluesky handle)",
        max_length=200,
    )
    x_tier = forms.ChoiceField(
        label="X API access tier (X only)",
        required=False,
        choices=[("basic", "Basic or higher"), ("free", "Free (posting only)")],
    )
