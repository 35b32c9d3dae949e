"""API rate limits: a flood of bad tokens, one token's request rate and anonymous requests meet 429
with ``Retry-After``; other clients go on. Rates are lowered per test through REST_FRAMEWORK."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from common.throttling import parse_rate
from tests.conftest import api_client_for

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent.parent
FLOODER = "203.0.113.41"
NEIGHBOUR = "203.0.113.42"


def _forget(*idents: Any) -> None:
    """Drop the counters these addresses or user ids left in the (possibly shared) cache."""
    now = time.time()
    keys = []
    for ident in idents:
        keys += [f"throttle_user_{ident}", f"throttle_anon_{ident}"]
        for period in (1, 60, 3600, 86400):
            window = int(now // period) * period
            keys += [f"shoal:auth-failure:{ident}:{w}" for w in (window - period, window)]
    cache.delete_many(keys)


@pytest.fixture
def rates(settings: Any) -> Iterator[Any]:
    """Set some rates for one test (the others keep the shipped ones); the counters of these addresses
    and of ``users`` are forgotten before and after (user ids recur across tests on SQLite)."""
    used: list[Any] = [FLOODER, NEIGHBOUR, "127.0.0.1"]

    def set_rates(*, users: tuple[Any, ...] = (), **overrides: str) -> None:
        used.extend(user.pk for user in users)
        _forget(*used)
        framework = dict(settings.REST_FRAMEWORK)
        framework["DEFAULT_THROTTLE_RATES"] = {**framework["DEFAULT_THROTTLE_RATES"], **overrides}
        settings.REST_FRAMEWORK = framework

    yield set_rates
    _forget(*used)


def _bad_token_client(ip: str = FLOODER) -> APIClient:
    client = APIClient(REMOTE_ADDR=ip)
    client.credentials(HTTP_AUTHORIZATION="Token shoal_not-a-real-token")
    return client


def test_a_flood_of_bad_tokens_meets_429_at_the_shipped_rate(rates: Any) -> None:
    rates()
    from django.conf import settings

    limit, _ = parse_rate(settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["auth_failure"])
    client = _bad_token_client()
    statuses = [client.get("/api/v1/datasets/").status_code for _ in range(limit + 5)]
    assert statuses[:limit] == [401] * limit
    assert set(statuses[limit:]) == {429}


def test_bad_tokens_beyond_the_limit_get_429_with_retry_after(rates: Any) -> None:
    rates(auth_failure="5/min")
    client = _bad_token_client()
    statuses = [client.get("/api/v1/corpora/").status_code for _ in range(5)]
    assert statuses == [401] * 5
    response = client.get("/api/v1/corpora/")
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    assert response.json()["message"].startswith("Request was throttled.")
    assert response.json()["extra"] == {}
    # Another address is not affected, and neither is a browser session from the same one.
    assert _bad_token_client(NEIGHBOUR).get("/api/v1/corpora/").status_code == 401
    assert APIClient(REMOTE_ADDR=FLOODER).get("/api/v1/corpora/").status_code in (401, 403)


def test_a_blocked_address_is_refused_even_with_a_good_token(rates: Any, world: dict[str, Any]) -> None:
    rates(users=(world["alice"],), auth_failure="3/min")
    for _ in range(3):
        _bad_token_client().get("/api/v1/corpora/")
    good = api_client_for(world["alice"])
    good.defaults["REMOTE_ADDR"] = FLOODER
    assert good.get("/api/v1/corpora/").status_code == 429
    good.defaults["REMOTE_ADDR"] = NEIGHBOUR
    assert good.get("/api/v1/corpora/").status_code == 200


def test_one_token_beyond_its_rate_gets_429_with_retry_after(rates: Any, world: dict[str, Any]) -> None:
    rates(users=(world["alice"], world["bob"]), user="3/min")
    alice = api_client_for(world["alice"])
    assert [alice.get("/api/v1/corpora/").status_code for _ in range(3)] == [200] * 3
    response = alice.get("/api/v1/corpora/")
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    # The limit is Alice's (all her tokens), not Bob's.
    assert api_client_for(world["alice"]).get("/api/v1/corpora/").status_code == 429
    assert api_client_for(world["bob"]).get("/api/v1/corpora/").status_code == 200


def test_anonymous_requests_beyond_the_address_rate_get_429(rates: Any) -> None:
    rates(anon="2/min")
    client = APIClient(REMOTE_ADDR=FLOODER)
    assert [client.get("/api/schema/").status_code for _ in range(2)] == [200, 200]
    response = client.get("/api/schema/")
    assert response.status_code == 429
    assert int(response["Retry-After"]) >= 1
    assert APIClient(REMOTE_ADDR=NEIGHBOUR).get("/api/schema/").status_code == 200


def test_a_misspelt_rate_stops_start_up(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "SHOAL_VAR_DIR": str(tmp_path), "SHOAL_THROTTLE_USER": "lots"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "SHOAL_THROTTLE_USER must be a rate such as 120/min" in result.stderr
