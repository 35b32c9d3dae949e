"""Typed float settings: a number or the default, anything else stops start-up."""

from __future__ import annotations

import pytest
from django.conf import settings

from config.env import ImproperlyConfiguredEnv, env_float


@pytest.mark.parametrize(("raw", "expected"), [("0.1", 0.1), (" 2 ", 2.0), ("1e-3", 0.001), ("", 0.5)])
def test_it_reads_floats(raw: str, expected: float) -> None:
    assert env_float("X", 0.5, environ={"X": raw}) == expected


def test_it_returns_the_default_when_unset() -> None:
    assert env_float("X", 0.75, environ={}) == 0.75


@pytest.mark.parametrize("raw", ["five percent", "0,05", "nan", "inf", "-inf"])
def test_it_rejects_what_is_not_a_finite_number(raw: str) -> None:
    with pytest.raises(ImproperlyConfiguredEnv, match="X must be a"):
        env_float("X", 0.5, environ={"X": raw})


def test_the_pool_thresholds_are_read_as_floats() -> None:
    assert isinstance(settings.SHOAL_POOL_MAX_SUPPRESSION, float)
    assert isinstance(settings.SHOAL_POOL_MAX_INFORMATION_LOSS, float)
