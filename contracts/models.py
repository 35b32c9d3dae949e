"""Licences, purposes, consent records and the audit log: what every member may do with each contribution.

This app imports no ``pool`` code: organisations are referred to by name in consent records so that the
record stays meaningful even if the organisation leaves the pool.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone

from contracts.canonical import CanonicalJSONEncoder


class AppendOnlyError(Exception):
    """Raised when code tries to edit or delete a row of an append-only table."""


class AppendOnlyQuerySet(models.QuerySet):
    """Refuse bulk edits and deletes, except detaching a deleted user (``actor`` set to NULL).

    Django's ``on_delete=SET_NULL`` runs ``queryset.update(actor=None)`` when a user is deleted; that is
    the one change allowed because the hash covers ``actor_name``, not the foreign key.
    """

    def update(self, **kwargs: Any) -> int:
        if kwargs == {"actor": None}:
            return super().update(**kwargs)
        raise AppendOnlyError(f"{self.model.__name__} rows are append-only")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError(f"{self.model.__name__} rows are append-only")


class AppendOnlyModel(models.Model):
    """A model whose rows are written once: ``save()`` refuses updates, ``delete()`` always refuses."""

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AppendOnlyError(
                f"{type(self).__name__} #{self.pk} is append-only; record a new event instead"
            )
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError(f"{type(self).__name__} rows are append-only")


class Licence(models.Model):
    """A data licence from the SPDX list with the flags Shoal's policy reads."""

    spdx_id = models.CharField(max_length=64, unique=True)
    name = models.CharField(max_length=200)
    url = models.URLField()
    commercial_use = models.BooleanField(default=True)
    model_training = models.BooleanField(default=True)
    redistribution = models.BooleanField(default=True)
    derivatives = models.BooleanField(default=True)
    attribution = models.BooleanField(default=False)
    share_alike = models.BooleanField(default=False)
    non_commercial = models.BooleanField(default=False)

    class Meta:
        ordering = ["spdx_id"]

    def __str__(self) -> str:
        return self.spdx_id


class Purpose(models.Model):
    """A processing purpose from a controlled vocabulary aligned with W3C DPV.

    ``parent`` forms the hierarchy: consent for a purpose covers its descendants, never its ancestors.
    """

    code = models.SlugField(max_length=64, unique=True)
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    dpv_iri = models.URLField(blank=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )

    class Meta:
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class LegalBasis(models.TextChoices):
    """GDPR Art. 6(1) legal bases."""

    CONSENT = "consent", "Consent (Art. 6(1)(a))"
    CONTRACT = "contract", "Contract (Art. 6(1)(b))"
    LEGAL_OBLIGATION = "legal_obligation", "Legal obligation (Art. 6(1)(c))"
    VITAL_INTERESTS = "vital_interests", "Vital interests (Art. 6(1)(d))"
    PUBLIC_TASK = "public_task", "Public task (Art. 6(1)(e))"
    LEGITIMATE_INTERESTS = "legitimate_interests", "Legitimate interests (Art. 6(1)(f))"


class SpecialCategoryBasis(models.TextChoices):
    """GDPR Art. 9(2) conditions for special categories of personal data."""

    NONE = "", "Not applicable"
    EXPLICIT_CONSENT = "explicit_consent", "Explicit consent (Art. 9(2)(a))"
    EMPLOYMENT = "employment", "Employment and social security (Art. 9(2)(b))"
    PUBLIC_INTEREST_HEALTH = "public_health", "Public interest in public health (Art. 9(2)(i))"
    RESEARCH = "research", "Archiving, research or statistics (Art. 9(2)(j))"


class ConsentRecord(models.Model):
    """The lawful basis under which a contribution's personal data was collected (ISO/IEC TS 27560 shaped).

    The record holds what was agreed; what happened to it since (given, renewed, withdrawn, expired,
    invalidated) lives in its append-only ``events``, and ``contracts.services.consent.consent_state``
    derives the current state from them. ``valid_until``, ``withdrawn_at`` and ``withdrawal_reason`` are
    caches of that history kept for listing and filtering; they are written only by the consent services.
    """

    controller_name = models.CharField(max_length=200)
    controller_contact = models.CharField(max_length=200, blank=True)
    legal_basis = models.CharField(max_length=32, choices=LegalBasis.choices)
    data_subject_categories = models.JSONField(default=list, blank=True)
    personal_data_categories = models.JSONField(default=list, blank=True)
    special_categories = models.BooleanField(default=False)
    special_category_basis = models.CharField(
        max_length=32, choices=SpecialCategoryBasis.choices, blank=True, default=""
    )
    special_category_types = models.JSONField(
        default=list, blank=True, help_text="Art. 9(1) categories concerned, e.g. health, biometric"
    )
    purposes = models.ManyToManyField(Purpose, related_name="consent_records")
    jurisdiction = models.CharField(max_length=8, default="EU")
    collection_method = models.CharField(max_length=200, blank=True)
    notice_url = models.URLField(blank=True, help_text="the privacy notice shown when the data was collected")
    evidence = models.FileField(upload_to="consent-evidence/", blank=True)
    valid_from = models.DateField()
    valid_until = models.DateField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawal_reason = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_until__isnull=True)
                | models.Q(valid_until__gte=models.F("valid_from")),
                name="consent_validity_ordered",
            ),
            models.CheckConstraint(
                condition=models.Q(special_categories=False) | ~models.Q(special_category_basis=""),
                name="consent_special_categories_need_basis",
            ),
        ]

    def __str__(self) -> str:
        return f"Consent #{self.pk} ({self.controller_name}, {self.get_legal_basis_display()})"


class ConsentEvent(AppendOnlyModel):
    """One step in a consent record's life; rows are never edited or deleted (PostgreSQL enforces it too).

    ``valid_from``/``valid_until`` carry the validity window a ``given`` or ``renewed`` event sets.
    """

    class Kind(models.TextChoices):
        GIVEN = "given", "Given"
        RENEWED = "renewed", "Renewed"
        WITHDRAWN = "withdrawn", "Withdrawn"
        EXPIRED = "expired", "Expired"
        INVALIDATED = "invalidated", "Invalidated"

    record = models.ForeignKey(ConsentRecord, on_delete=models.PROTECT, related_name="events", editable=False)
    kind = models.CharField(max_length=16, choices=Kind.choices, editable=False)
    at = models.DateTimeField(default=timezone.now, editable=False)
    valid_from = models.DateField(null=True, blank=True, editable=False)
    valid_until = models.DateField(null=True, blank=True, editable=False)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        editable=False,
        related_name="+",
    )
    actor_name = models.CharField(max_length=150, editable=False)
    reason = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True, editable=False)

    class Meta:
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["record", "at"])]

    def __str__(self) -> str:
        return f"Consent #{self.record_id} {self.kind} at {self.at:%Y-%m-%d %H:%M}"


class AuditEvent(AppendOnlyModel):
    """One append-only, hash-chained entry of the audit log.

    ``hash`` is the HMAC (key ``AUDIT_KEY``, kept outside the database) of this row's canonical JSON
    together with ``prev_hash``; editing, deleting, inserting or reordering rows breaks the chain. The
    ``actor`` foreign key is a convenience link that becomes NULL when the user is deleted; the hashed
    identity is ``actor_name``.
    """

    seq = models.BigIntegerField(unique=True, editable=False)
    created_at = models.DateTimeField(editable=False)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, editable=False
    )
    actor_name = models.CharField(max_length=150, editable=False)
    verb = models.CharField(max_length=64, editable=False)
    object_type = models.CharField(max_length=64, blank=True, editable=False)
    object_id = models.CharField(max_length=64, blank=True, editable=False)
    purpose = models.CharField(max_length=64, blank=True, editable=False)
    request_id = models.CharField(max_length=64, blank=True, editable=False)
    payload = models.JSONField(default=dict, editable=False, encoder=CanonicalJSONEncoder)
    prev_hash = models.CharField(max_length=64, editable=False)
    hash = models.CharField(max_length=64, unique=True, editable=False)

    class Meta:
        ordering = ["seq"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self) -> str:
        return f"#{self.seq} {self.actor_name} {self.verb} {self.object_type}:{self.object_id}"
