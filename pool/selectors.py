"""Reads that depend on who asks: tenancy is applied here, once."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from pool.models import Corpus, Dataset, Membership, Organization


def organizations_for_user(user: Any, role: str | None = None) -> QuerySet[Organization]:
    """Organisations in which ``user`` holds ``role`` (any role when None)."""
    memberships = Membership.objects.filter(user=user)
    if role:
        memberships = memberships.filter(role=role)
    return Organization.objects.filter(pk__in=memberships.values("organization"))


def is_compliance_officer(user: Any) -> bool:
    return bool(
        user.is_authenticated
        and Membership.objects.filter(user=user, role=Membership.Role.COMPLIANCE).exists()
    )


def datasets_visible_to(user: Any) -> QuerySet[Dataset]:
    """Datasets of the user's organisations; compliance officers see every dataset."""
    queryset = Dataset.objects.select_related("organization", "licence")
    if is_compliance_officer(user):
        return queryset
    return queryset.filter(organization__in=organizations_for_user(user))


def corpora_list() -> QuerySet[Corpus]:
    return Corpus.objects.prefetch_related("purposes")


def can_contribute_to(user: Any, dataset: Dataset) -> bool:
    """Whether ``user`` is a contributor of the organisation that owns ``dataset``."""
    return Membership.objects.filter(
        user=user, organization_id=dataset.organization_id, role=Membership.Role.CONTRIBUTOR
    ).exists()
