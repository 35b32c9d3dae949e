"""Web forms: parse and validate input, nothing more (services do the work)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from django import forms
from django.utils import timezone

from contracts.models import LegalBasis, Licence, Purpose
from pool.models import Corpus, Organization

#: Dates outside these bounds are typing mistakes (a year 20225, 0025), not consent periods.
EARLIEST_DATE = date(1970, 1, 1)
LATEST_DATE = date(2199, 12, 31)
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y"]


def licence_terms(licence: Licence) -> str:
    """A licence's flags in plain words, as the policy reads them."""
    terms = [
        "commercial use allowed"
        if licence.commercial_use and not licence.non_commercial
        else "non-commercial only",
        "model training allowed" if licence.model_training else "no model training",
        "redistribution allowed" if licence.redistribution else "no redistribution",
    ]
    if licence.attribution:
        terms.append("attribution required")
    if licence.share_alike:
        terms.append("share-alike")
    return ", ".join(terms)


class _LicenceChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.spdx_id} — {obj.name} ({licence_terms(obj)})"


class _PurposeChoice(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return obj.name or obj.code


class _CorpusChoice(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        purposes = ", ".join(p.name or p.code for p in obj.purposes.all())
        return f"{obj.name} (needs consent for: {purposes or 'no purpose'}; k ≥ {obj.k_threshold})"


def _date_widget() -> forms.DateInput:
    return forms.DateInput(
        attrs={"type": "date", "min": "1970-01-01", "max": "2199-12-31"}, format="%Y-%m-%d"
    )


class DatasetUploadForm(forms.Form):
    """A contribution and the consent record it rests on. Dates are checked here so that a bad one is
    the form again with its error (400), never a server error."""

    organization = forms.ModelChoiceField(
        queryset=Organization.objects.none(),
        label="Organisation",
        help_text="The organisation contributing the data and acting as its data controller.",
    )
    title = forms.CharField(max_length=200)
    description = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
    file = forms.FileField(
        help_text="CSV, TSV, Parquet, XLSX, JSONL or TXT. It is kept privately until it is anonymised, "
        "then deleted; only the anonymised copy is pooled."
    )
    licence = _LicenceChoice(
        queryset=Licence.objects.all(),
        to_field_name="spdx_id",
        help_text="The terms under which the anonymised data may be used. A corpus accepts only "
        "licences that allow what it serves (most need model training and redistribution).",
    )
    legal_basis = forms.ChoiceField(
        choices=LegalBasis.choices,
        help_text="Why you may process this personal data (GDPR Art. 6(1)); usually consent.",
    )
    purposes = _PurposeChoice(
        queryset=Purpose.objects.all(),
        to_field_name="code",
        help_text="What the data subjects agreed their data may be used for. A corpus admits the "
        "dataset only when these cover every purpose it serves. Hold Ctrl (⌘ on a Mac) to choose "
        "several.",
    )
    valid_from = forms.DateField(
        initial=date.today,
        input_formats=DATE_INPUT_FORMATS,
        widget=_date_widget(),
        help_text="First day the consent or other basis applies (YYYY-MM-DD).",
    )
    valid_until = forms.DateField(
        required=False,
        input_formats=DATE_INPUT_FORMATS,
        widget=_date_widget(),
        help_text="Last day it applies; leave empty when it does not expire. After it, the dataset "
        "leaves every corpus.",
    )
    target_corpora = _CorpusChoice(
        queryset=Corpus.objects.prefetch_related("purposes"),
        to_field_name="slug",
        required=False,
        help_text="The corpora this dataset should join once it is anonymised, if their terms allow.",
    )
    # A resubmission of the same page (double click, reload after a lost answer) creates no second
    # dataset: pool.services.idempotency.
    idempotency_key = forms.CharField(
        widget=forms.HiddenInput, required=False, max_length=255, initial=lambda: uuid.uuid4().hex
    )

    def __init__(self, *args: Any, organizations: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        queryset = organizations if organizations is not None else Organization.objects.none()
        self.fields["organization"].queryset = queryset
        only = list(queryset[:2])
        if len(only) == 1:  # the usual case: no choice to make
            self.fields["organization"].initial = only[0].pk
            self.fields["organization"].empty_label = None

    def licence_table(self) -> list[tuple[Licence, str]]:
        """Every licence on offer with its terms in plain words (the form's explanation)."""
        return [(licence, licence_terms(licence)) for licence in self.fields["licence"].queryset]

    def _clean_date(self, name: str) -> date | None:
        value: date | None = self.cleaned_data.get(name)
        if value is not None and not EARLIEST_DATE <= value <= LATEST_DATE:
            raise forms.ValidationError(
                f"Enter a date between {EARLIEST_DATE:%Y-%m-%d} and {LATEST_DATE:%Y-%m-%d}."
            )
        return value

    def clean_valid_from(self) -> date | None:
        return self._clean_date("valid_from")

    def clean_valid_until(self) -> date | None:
        return self._clean_date("valid_until")

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        valid_from, valid_until = cleaned.get("valid_from"), cleaned.get("valid_until")
        if valid_from and valid_until and valid_until < valid_from:
            self.add_error("valid_until", "Must not be before the start of validity.")
        elif valid_from and valid_until and valid_until == valid_from:
            self.add_error("valid_until", "Must be after the start of validity.")
        elif valid_until and valid_until < timezone.localdate():
            self.add_error("valid_until", "This date has passed: an expired basis cannot cover a new upload.")
        return cleaned


class DatasetWithdrawForm(forms.Form):
    """The confirmation step of a withdrawal: a reason (kept out of the audit log) and an explicit yes."""

    reason = forms.CharField(
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="For your records, e.g. “erasure request” or “consent withdrawn”. Do not name people.",
    )
    confirm = forms.BooleanField(
        label="I understand that the anonymised data is deleted and every corpus version holding it is "
        "withdrawn; organisations that downloaded those versions are notified.",
    )


class TokenCreateForm(forms.Form):
    """A name that says where an API token is used (the secret itself is generated)."""

    name = forms.CharField(
        max_length=100, required=False, help_text="Where you will use it, e.g. “training notebook”."
    )


class AccessRequestForm(forms.Form):
    """A consumer organisation's request to use a corpus: a purpose the corpus serves, why, and the
    terms accepted. The access service checks membership, purpose and pending twins again."""

    organization = forms.ModelChoiceField(
        queryset=Organization.objects.none(),
        label="Organisation",
        empty_label=None,
        help_text="The organisation that will use the data and answer for it.",
    )
    purpose = forms.ModelChoiceField(
        queryset=Purpose.objects.none(),
        to_field_name="code",
        label="Purpose",
        empty_label=None,
        help_text="What the data will be used for. The grant covers this purpose only.",
    )
    justification = forms.CharField(
        label="Justification",
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="The project and why it needs this corpus, for the compliance officer. Do not name people.",
    )
    accept_terms = forms.BooleanField(
        label="On behalf of my organisation, I accept the terms of use above: the declared purpose "
        "only, the licence terms, and no attempt to re-identify anyone.",
    )

    def __init__(self, *args: Any, organizations: Any, purposes: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = organizations
        self.fields["purpose"].queryset = purposes
        self.fields["purpose"].label_from_instance = lambda p: p.name or p.code
        if len(organizations) == 1:  # nothing to choose: the form says which one instead
            self.fields["organization"].initial = organizations[0].pk
            self.fields["organization"].widget = forms.HiddenInput()
