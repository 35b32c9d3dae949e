"""DRF authentication for ``Authorization: Token …`` and ``Authorization: Bearer …``.

Ranged readers send thousands of requests with one token, so a token found active is memoised in the
process (``pool.services.access_cache.access_memo``) for at most a minute and only within the current
access generation: a revocation, a deactivated user or any audited change starts a new generation, and
the next request reads the database again. ``last_used_at`` is still stamped at most once a minute
(the memo expires when the stamp is due), never written per request.
"""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions
from rest_framework.request import Request


def _authenticate_key(key: str) -> Any:
    """The active token for ``key`` (memoised, see the module docstring), else None."""
    from pool.models import ApiToken
    from pool.services.access_cache import access_generation, access_memo
    from pool.services.tokens import LAST_USED_RESOLUTION, token_authenticate

    generation = access_generation()
    memo_key = f"auth:token:{generation}:{ApiToken.hash_key(key)}"
    token = access_memo.get(memo_key)
    if token is None or not token.is_active:
        token = token_authenticate(key)
        if token is None:
            return None
        now = timezone.now()
        due = (token.last_used_at or now) + LAST_USED_RESOLUTION
        if token.expires_at is not None:
            due = min(due, token.expires_at)
        lifetime = int((due - now).total_seconds())
        if lifetime >= 1:
            access_memo.set(memo_key, token, timeout=lifetime)
    token.access_generation = generation  # the view reuses it: one shared read per request
    return token


class TokenAuthentication(authentication.BaseAuthentication):
    keywords = ("token", "bearer")

    def authenticate(self, request: Request) -> tuple[Any, Any] | None:
        header = authentication.get_authorization_header(request).split()
        if not header or header[0].decode(errors="replace").lower() not in self.keywords:
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed("Invalid token header.")
        token = _authenticate_key(header[1].decode(errors="replace"))
        if token is None:
            raise exceptions.AuthenticationFailed("Invalid or expired token.")
        return token.user, token

    def authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="api"'


class TokenAuthenticationScheme(OpenApiAuthenticationExtension):
    """Documents the token scheme in the OpenAPI schema (both keywords are accepted)."""

    target_class = "pool.api.auth.TokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "`Authorization: Token <key>` or `Bearer <key>`",
        }
