"""Template context for every page: the signed-in user's unacknowledged notices (the nav's badge)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject


def unread_notices(request: HttpRequest) -> dict[str, Any]:
    """``unread_notices``: how many notices to the user's organisations are not yet acknowledged.

    Lazy, so only pages that show it (templates/base.html's nav) pay for the count.
    """
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"unread_notices": 0}

    def count() -> int:
        from pool.services.notices import notices_for_user

        return notices_for_user(user).filter(read_at__isnull=True).count()

    return {"unread_notices": SimpleLazyObject(count)}
