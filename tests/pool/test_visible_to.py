"""``pool.selectors.visible_to``: the one tenancy guard the views and API views read through.

Alice and Bob contribute to Acme, Charlie to Other, the consumer belongs to Lab, and Olga is a
compliance officer of Lab.
"""

from __future__ import annotations

from typing import Any

import pytest

from pool.models import Membership, Notice
from pool.selectors import visible_to

pytestmark = pytest.mark.django_db


@pytest.fixture
def notices(world: dict[str, Any]) -> dict[str, Notice]:
    return {
        slug: Notice.objects.create(
            organization=world[slug], kind=Notice.Kind.DATASET, subject=slug, body="-"
        )
        for slug in ("acme", "other", "lab")
    }


@pytest.fixture
def olga(world: dict[str, Any]) -> Any:
    from django.contrib.auth import get_user_model

    officer = get_user_model().objects.create_user("olga_t", password="pw-olga-123")
    Membership.objects.create(user=officer, organization=world["lab"], role=Membership.Role.COMPLIANCE)
    return officer


def _subjects(user: Any, **options: Any) -> set[str]:
    return set(visible_to(user, Notice.objects.all(), **options).values_list("subject", flat=True))


def test_it_keeps_the_rows_of_the_users_organisations(
    world: dict[str, Any], notices: dict[str, Notice]
) -> None:
    assert _subjects(world["alice"]) == _subjects(world["bob"]) == {"acme"}
    assert _subjects(world["charlie"]) == {"other"}
    assert _subjects(world["consumer"]) == {"lab"}


def test_a_role_narrows_it_to_the_organisations_where_the_user_holds_it(
    world: dict[str, Any], notices: dict[str, Notice]
) -> None:
    assert _subjects(world["alice"], role=Membership.Role.CONTRIBUTOR) == {"acme"}
    assert _subjects(world["alice"], role=Membership.Role.CONSUMER) == set()
    assert _subjects(world["consumer"], role=Membership.Role.CONSUMER) == {"lab"}


def test_an_officer_sees_every_row_unless_the_page_lists_only_their_own(
    world: dict[str, Any], notices: dict[str, Notice], olga: Any
) -> None:
    assert _subjects(olga) == {"acme", "other", "lab"}
    assert _subjects(olga, officers_see_all=False) == {"lab"}


def test_another_tenants_row_is_not_found(world: dict[str, Any], notices: dict[str, Notice]) -> None:
    """Views fetch through it with get_object_or_404: a foreign row is a 404, never a 403."""
    from django.http import Http404
    from django.shortcuts import get_object_or_404

    assert get_object_or_404(visible_to(world["alice"], Notice.objects.all()), pk=notices["acme"].pk)
    with pytest.raises(Http404):
        get_object_or_404(visible_to(world["charlie"], Notice.objects.all()), pk=notices["acme"].pk)


def test_it_follows_another_path_to_the_organisation(
    world: dict[str, Any], notices: dict[str, Notice]
) -> None:
    from pool.models import Organization

    owners = visible_to(world["charlie"], Organization.objects.all(), through="pk")
    assert list(owners.values_list("slug", flat=True)) == ["other"]
