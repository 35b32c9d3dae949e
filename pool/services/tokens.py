"""API tokens: issued once in clear text, stored as a SHA-256 digest."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from contracts.audit import audit_log
from pool.models import ApiToken


def token_issue(*, user: Any, name: str = "") -> tuple[ApiToken, str]:
    """Create a token for ``user``; return the row and the secret (shown once, never stored)."""
    key = ApiToken.generate_key()
    token = ApiToken.objects.create(
        user=user, name=name, key_prefix=key[: len(ApiToken.PREFIX) + 6], digest=ApiToken.hash_key(key)
    )
    audit_log(actor=user, verb="token.issued", obj=token, payload={"prefix": token.key_prefix})
    return token, key


def token_authenticate(key: str) -> ApiToken | None:
    """Return the active token matching ``key`` (and stamp its use), else None."""
    token = ApiToken.objects.select_related("user").filter(digest=ApiToken.hash_key(key)).first()
    if token is None or not token.is_active or not token.user.is_active:
        return None
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token
