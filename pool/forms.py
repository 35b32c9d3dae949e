"""Web forms: parse and validate input, nothing more (services do the work)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from django import forms

from contracts.models import LegalBasis, Licence, Purpose
from pool.models import Corpus, Organization


class DatasetUploadForm(forms.Form):
    organization = forms.ModelChoiceField(queryset=Organization.objects.none())
    title = forms.CharField(max_length=200)
    description = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
    file = forms.FileField(help_text="CSV, TSV, Parquet, XLSX, JSONL or TXT")
    licence = forms.ModelChoiceField(queryset=Licence.objects.all(), to_field_name="spdx_id")
    legal_basis = forms.ChoiceField(choices=LegalBasis.choices)
    purposes = forms.ModelMultipleChoiceField(queryset=Purpose.objects.all(), to_field_name="code")
    valid_from = forms.DateField(
        initial=date.today, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    valid_until = forms.DateField(
        required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    target_corpora = forms.ModelMultipleChoiceField(
        queryset=Corpus.objects.all(), to_field_name="slug", required=False
    )
    # A resubmission of the same page (double click, reload after a lost answer) creates no second
    # dataset: pool.services.idempotency.
    idempotency_key = forms.CharField(
        widget=forms.HiddenInput, required=False, max_length=255, initial=lambda: uuid.uuid4().hex
    )

    def __init__(self, *args: Any, organizations: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = (
            organizations if organizations is not None else Organization.objects.none()
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        valid_from, valid_until = cleaned.get("valid_from"), cleaned.get("valid_until")
        if valid_from and valid_until and valid_until < valid_from:
            self.add_error("valid_until", "Must not be before the start of validity.")
        return cleaned
