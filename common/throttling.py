"""API rate limits: per user or token, per client address, and per address for failed authentication.

Rates live in ``REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]`` (set from the environment in
config/settings.py) and are read on every request, so ``override_settings`` changes them in tests.
Counters live in the default Django cache: Redis when ``REDIS_URL`` is set, so every web process
shares them.
"""

from __future__ import annotations

import math
import time

from django.core.cache import cache
from django.http import HttpRequest
from rest_framework import throttling
from rest_framework.settings import api_settings

_PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate: str | None) -> tuple[int, int] | None:
    """``"20/min"`` → ``(20, 60)``; ``None`` means no limit. The period is read from its first letter."""
    if rate is None:
        return None
    count, _, period = rate.partition("/")
    return int(count), _PERIODS[period.strip()[0]]


def client_ip(request: HttpRequest) -> str:
    """The client address as DRF's throttles see it (``NUM_PROXIES`` decides whether to trust
    ``X-Forwarded-For``), so that the login lockout and the API limits agree on who the client is."""
    return throttling.BaseThrottle().get_ident(request)  # type: ignore[arg-type]


class _RateFromSettings:
    """Read the rate when the throttle is built, not when DRF imported its settings."""

    scope: str

    def get_rate(self) -> str | None:
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


class UserRateThrottle(_RateFromSettings, throttling.UserRateThrottle):
    """Per user (whichever token or session it authenticates with); per address when anonymous."""


class AnonRateThrottle(_RateFromSettings, throttling.AnonRateThrottle):
    """Per client address, for requests that reach a view without credentials."""


class FailedAuthenticationThrottle:
    """Counts requests whose credentials were refused (401), per client address, in fixed windows.

    DRF raises ``AuthenticationFailed`` before any throttle runs, so a flood of bad tokens never meets
    DRF's own throttles; ``common.middleware.FailedAuthenticationMiddleware`` asks this class before
    the view runs and tells it about each refusal after. The counter is one atomic cache increment.
    """

    scope = "auth_failure"
    key_prefix = "shoal:auth-failure"

    def __init__(self, request: HttpRequest) -> None:
        rate = parse_rate(api_settings.DEFAULT_THROTTLE_RATES.get(self.scope))
        self.limit, self.period = rate if rate else (0, 1)
        now = time.time()
        window = int(now // self.period) * self.period
        self.key = f"{self.key_prefix}:{client_ip(request)}:{window}"
        self.retry_after = max(1, math.ceil(window + self.period - now))

    def wait(self) -> int | None:
        """Seconds until this client may present credentials again, or ``None`` when it may now."""
        if not self.limit:
            return None
        return self.retry_after if int(cache.get(self.key, 0)) >= self.limit else None

    def record_failure(self) -> None:
        if not self.limit:
            return
        cache.add(self.key, 0, timeout=self.period + 1)
        try:
            cache.incr(self.key)
        except ValueError:  # expired between add and incr
            cache.set(self.key, 1, timeout=self.period + 1)
