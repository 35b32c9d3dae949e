"""API tokens are stored hashed, accepted as `Token` or `Bearer`, and refused when revoked."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone
from rest_framework.test import APIClient

from pool.models import ApiToken

pytestmark = pytest.mark.django_db


def test_issue_token_prints_a_token_that_is_stored_only_as_a_digest(world: dict[str, Any]) -> None:
    out = StringIO()
    call_command("issue_token", "alice_t", stdout=out)
    key = out.getvalue().strip()
    assert key.startswith("shoal_")
    token = ApiToken.objects.get(user=world["alice"])
    assert token.digest == ApiToken.hash_key(key)
    assert key not in (token.digest, token.key_prefix)


def test_issue_token_fails_for_an_unknown_user(db: Any) -> None:
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No user named"):
        call_command("issue_token", "nobody")


@pytest.mark.parametrize("keyword", ["Token", "Bearer", "bearer"])
def test_it_accepts_both_header_keywords(world: dict[str, Any], keyword: str) -> None:
    from pool.services.tokens import token_issue

    _, key = token_issue(user=world["alice"])
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"{keyword} {key}")
    assert client.get("/api/v1/datasets/").status_code == 200


def test_it_refuses_a_revoked_or_unknown_token(world: dict[str, Any]) -> None:
    from pool.services.tokens import token_issue

    token, key = token_issue(user=world["alice"])
    ApiToken.objects.filter(pk=token.pk).update(revoked_at=timezone.now())
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert client.get("/api/v1/datasets/").status_code == 401
    client.credentials(HTTP_AUTHORIZATION="Token shoal_not-a-real-token")
    response = client.get("/api/v1/datasets/")
    assert response.status_code == 401
    assert response.json()["message"] == "Invalid or expired token."


def test_anonymous_requests_are_refused(db: Any) -> None:
    assert APIClient().get("/api/v1/datasets/").status_code in (401, 403)
