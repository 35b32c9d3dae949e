"""Login lockout (django-axes): the backend that guards ``authenticate`` and the lockout response."""

from __future__ import annotations

from typing import Any

from axes.backends import AxesStandaloneBackend
from axes.helpers import get_cool_off
from django.http import HttpRequest, HttpResponse, JsonResponse


class LoginLockoutBackend(AxesStandaloneBackend):
    """Refuses every login attempt, right password or not, while the client is locked out.

    Listed first in ``AUTHENTICATION_BACKENDS``. Axes needs the request to know the client; a call of
    ``authenticate`` without one comes from server-side code, never from a login form (Django's login
    and admin views always pass it), so it is left to the next backend rather than raising: Django's
    test client ``login()`` is such a caller.
    """

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> None:
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None = None, credentials: Any = None
) -> HttpResponse:
    """429 with ``Retry-After``: a failure during lockout restarts the cool-off, so it is the full one."""
    cool_off = get_cool_off(request)
    seconds = int(cool_off.total_seconds()) if cool_off else None
    message = "Too many failed login attempts."
    message += f" Try again in {max(1, seconds // 60)} minutes." if seconds else " Ask an administrator."
    headers = {"Retry-After": str(seconds)} if seconds else {}
    if request.headers.get("X-Requested-With") == "XMLHttpRequest" or request.path_info.startswith("/api/"):
        return JsonResponse({"message": message, "extra": {}}, status=429, headers=headers)
    return HttpResponse(message, status=429, content_type="text/plain; charset=utf-8", headers=headers)
