from __future__ import annotations

from typing import Any

from django import forms

from socialsafe.people.models import Organisation, StaffMember


class TrainingForm(forms.Form):
    person = forms.ModelChoiceField(queryset=StaffMember.objects.none())
    course = forms.CharField(max_length=200, help_text="e.g. Social media induction")
    completed_on = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, org: Organisation, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = (  # type: ignore[attr-defined]
            StaffMember.objects.current().filter(organisation=org)
        )
