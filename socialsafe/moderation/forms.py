"""Forms of the moderation pages."""

from __future__ import annotations

from typing import Any, get_args

from django import forms
from django.db.models import QuerySet

from socialsafe.accounts.models import Account
from socialsafe.moderation.choices import CommentState
from socialsafe.moderation.models import WEEKDAYS, Comment, RotaEntry
from socialsafe.people.models import Organisation, StaffMember
from socialsafe.policy.schema import CommentLabel

LABELS = [("", "Any label")] + [(v, v.replace("_", " ")) for v in get_args(CommentLabel)]
MAX_IMPORT_BYTES = 5 * 1024 * 1024


class FilterForm(forms.Form):
    account = forms.ModelChoiceField(queryset=Account.objects.none(), required=False,
                                     empty_label="All accounts")
    label = forms.ChoiceField(choices=LABELS, required=False)
    state = forms.ChoiceField(choices=[("", "Any state"), ("overdue", "Past deadline"),
                                       *CommentState.choices], required=False)

    def __init__(self, *args: Any, accounts: QuerySet[Account], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["account"].queryset = accounts  # type: ignore[attr-defined]

    def narrow(self, comments: QuerySet[Comment]) -> QuerySet[Comment]:
        data = self.cleaned_data
        if data.get("account"):
            comments = comments.filter(account=data["account"])
        if data.get("label"):
            comments = comments.filter(labels__contains=[data["label"]]) if _json_contains() \
                else comments.filter(labels__icontains=f'"{data["label"]}"')
        if data.get("state") == "overdue":
            comments = comments.overdue()  # type: ignore[attr-defined]
        elif data.get("state"):
            comments = comments.filter(state=data["state"])
        return comments


def _json_contains() -> bool:
    from django.db import connection

    return connection.features.supports_json_field_contains


class ImportForm(forms.Form):
    account = forms.ModelChoiceField(queryset=Account.objects.none(),
                                     help_text="The account the comments were left on.")
    file = forms.FileField(help_text="A CSV or JSON export: id, author_id, author_name, "
                                     "text, created_time.")

    def __init__(self, *args: Any, accounts: QuerySet[Account], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["account"].queryset = accounts  # type: ignore[attr-defined]

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError("The file is larger than 5 MB; split it and try again.")
        return upload


class RotaForm(forms.Form):
    """Replace who watches the accounts on each day of the week."""

    def __init__(self, *args: Any, school: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.school = school
        staff = StaffMember.objects.current().filter(organisation=school)
        current = RotaEntry.objects.filter(school=school)
        for day, name in WEEKDAYS:
            self.fields[f"day_{day}"] = forms.ModelMultipleChoiceField(
                queryset=staff, required=False, label=name,
                widget=forms.CheckboxSelectMultiple,
                initial=[e.person_id for e in current if e.weekday == day],
            )

    def save(self) -> None:
        RotaEntry.objects.filter(school=self.school).delete()
        RotaEntry.objects.bulk_create([
            RotaEntry(school=self.school, weekday=int(name.removeprefix("day_")), person=person)
            for name, people in self.cleaned_data.items() for person in people
        ])
