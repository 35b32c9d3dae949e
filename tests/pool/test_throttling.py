"""Login lockout (django-axes): repeated wrong passwords lock the username from that address, on the web
login and the admin login alike, until the cool-off has passed."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

pytestmark = pytest.mark.django_db

ATTACKER = "198.51.100.23"
ELSEWHERE = "198.51.100.99"
WRONG = "wrong-password-%d"


def _login(client: Client, path: str, username: str, password: str, ip: str = ATTACKER) -> Any:
    return client.post(path, {"username": username, "password": password}, REMOTE_ADDR=ip)


def _signed_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


@pytest.fixture
def staff(db: Any) -> Any:
    return get_user_model().objects.create_user("olga_admin", password="pw-olga-123", is_staff=True)


def test_the_shipped_limit_locks_out_well_before_25_attempts() -> None:
    assert 1 <= settings.AXES_FAILURE_LIMIT < 25
    assert timedelta(minutes=1) <= settings.AXES_COOLOFF_TIME


def test_25_wrong_passwords_then_the_right_one_is_refused(world: dict[str, Any]) -> None:
    client = Client()
    statuses = [_login(client, "/accounts/login/", "alice_t", WRONG % i).status_code for i in range(25)]
    assert statuses[0] == 200  # the form again, with its error
    assert statuses[-1] == 429
    response = _login(client, "/accounts/login/", "alice_t", "pw-alice-123")
    assert response.status_code == 429
    assert int(response["Retry-After"]) == int(settings.AXES_COOLOFF_TIME.total_seconds())
    assert "Too many failed login attempts" in response.content.decode()
    assert not _signed_in(client)


def test_the_lockout_starts_at_the_configured_limit(world: dict[str, Any]) -> None:
    client = Client()
    limit = settings.AXES_FAILURE_LIMIT
    statuses = [_login(client, "/accounts/login/", "alice_t", WRONG % i).status_code for i in range(limit)]
    assert statuses == [200] * (limit - 1) + [429]


def test_the_admin_login_is_locked_out_too(staff: Any) -> None:
    client = Client()
    for i in range(25):
        _login(client, "/admin/login/", "olga_admin", WRONG % i)
    response = _login(client, "/admin/login/", "olga_admin", "pw-olga-123")
    assert response.status_code == 429
    assert not _signed_in(client)
    # ... and a lockout earned on the admin login holds on the web login.
    assert _login(Client(), "/accounts/login/", "olga_admin", "pw-olga-123").status_code == 429


def test_the_member_still_logs_in_from_another_address(world: dict[str, Any]) -> None:
    for i in range(25):
        _login(Client(), "/accounts/login/", "alice_t", WRONG % i)
    client = Client()
    response = _login(client, "/accounts/login/", "alice_t", "pw-alice-123", ip=ELSEWHERE)
    assert response.status_code == 302
    assert _signed_in(client)


def test_the_lockout_ends_after_the_cool_off(world: dict[str, Any]) -> None:
    for i in range(25):
        _login(Client(), "/accounts/login/", "alice_t", WRONG % i)
    past = timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(minutes=1)
    AccessAttempt.objects.update(attempt_time=past)
    client = Client()
    assert _login(client, "/accounts/login/", "alice_t", "pw-alice-123").status_code == 302
    assert _signed_in(client)


def test_a_success_resets_the_count(world: dict[str, Any]) -> None:
    limit = settings.AXES_FAILURE_LIMIT
    for i in range(limit - 1):
        _login(Client(), "/accounts/login/", "alice_t", WRONG % i)
    assert _login(Client(), "/accounts/login/", "alice_t", "pw-alice-123").status_code == 302
    assert _login(Client(), "/accounts/login/", "alice_t", "wrong again").status_code == 200


def test_failed_attempts_never_store_the_password(world: dict[str, Any]) -> None:
    for i in range(3):
        _login(Client(), "/accounts/login/", "alice_t", WRONG % i)
    attempt = AccessAttempt.objects.get()
    assert attempt.failures_since_start == 3
    stored = f"{attempt.get_data} {attempt.post_data}"
    assert "wrong-password" not in stored
    assert "pw-alice" not in stored


def test_the_test_client_login_and_force_login_still_work(world: dict[str, Any]) -> None:
    client = Client()
    assert client.login(username="alice_t", password="pw-alice-123")
    assert _signed_in(client)
    other = Client()
    other.force_login(world["bob"])
    assert _signed_in(other)
