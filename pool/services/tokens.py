"""API tokens: issued once in clear text, stored as a SHA-256 digest, revocable by their owner."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from common.errors import ApplicationError
from contracts.audit import audit_log
from pool.models import ApiToken

#: ``last_used_at`` is written at most this often per token, so that a burst of requests (ranged
#: downloads fetch a file in many small requests) costs reads, not a write each.
LAST_USED_RESOLUTION = timedelta(minutes=1)


def token_issue(*, user: Any, name: str = "") -> tuple[ApiToken, str]:
    """Create a token for ``user``; return the row and the secret (shown once, never stored)."""
    key = ApiToken.generate_key()
    token = ApiToken.objects.create(
        user=user, name=name, key_prefix=key[: len(ApiToken.PREFIX) + 6], digest=ApiToken.hash_key(key)
    )
    audit_log(actor=user, verb="token.issued", obj=token, payload={"prefix": token.key_prefix})
    return token, key


def token_authenticate(key: str) -> ApiToken | None:
    """Return the active token matching ``key``, else None.

    Every request reads the row, so a revocation takes effect on the next request. The use is stamped
    at most once per ``LAST_USED_RESOLUTION`` (a conditional update, so concurrent requests write once).
    """
    token = ApiToken.objects.select_related("user").filter(digest=ApiToken.hash_key(key)).first()
    if token is None or not token.is_active or not token.user.is_active:
        return None
    now = timezone.now()
    stale = now - LAST_USED_RESOLUTION
    if token.last_used_at is None or token.last_used_at <= stale:
        ApiToken.objects.filter(pk=token.pk).filter(
            Q(last_used_at__isnull=True) | Q(last_used_at__lte=stale)
        ).update(last_used_at=now)
        token.last_used_at = now
    return token


def tokens_of(*, user: Any) -> QuerySet[ApiToken]:
    """The user's own tokens, newest first (revoked and expired ones included, for the record)."""
    return ApiToken.objects.filter(user=user).order_by("-created_at", "-pk")


def token_revoke(*, token: ApiToken, actor: Any) -> ApiToken:
    """Revoke ``token`` now: its next request is a 401. Its owner may, and so may staff allowed to change
    tokens (the admin action); audited with ids only. Revoking a revoked token changes nothing."""
    owner = getattr(actor, "pk", None) == token.user_id
    if not owner and not (getattr(actor, "is_staff", False) and actor.has_perm("pool.change_apitoken")):
        raise ApplicationError("You may revoke only your own tokens.")
    with transaction.atomic():
        claimed = ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(
            revoked_at=timezone.now()
        )
        if claimed:
            audit_log(
                actor=actor,
                verb="token.revoked",
                obj=token,
                payload={"prefix": token.key_prefix, "owner": token.user_id, "by_owner": owner},
            )
    token.refresh_from_db()
    return token
