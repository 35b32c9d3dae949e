"""Typed readers for environment variables that fail loudly on values they cannot parse.

Every setting comes from the environment (DESIGN.md §5); a typo such as ``DEBUG=ture`` must stop the
process at start-up rather than silently pick a default.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


class ImproperlyConfiguredEnv(ValueError):
    """An environment variable holds a value its reader cannot accept."""


def env_str(name: str, default: str = "", environ: Mapping[str, str] | None = None) -> str:
    """Return the variable as a string, ``default`` when unset."""
    environ = os.environ if environ is None else environ
    return environ.get(name, default)


def env_bool(name: str, default: bool = False, environ: Mapping[str, str] | None = None) -> bool:
    """Return the variable as a boolean; anything but 1/0/true/false/yes/no/on/off is an error."""
    environ = os.environ if environ is None else environ
    if name not in environ:
        return default
    value = environ[name].strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfiguredEnv(f"{name} must be a boolean (1/0, true/false), got {environ[name]!r}")


def env_int(name: str, default: int, environ: Mapping[str, str] | None = None) -> int:
    """Return the variable as an integer; a non-integer is an error."""
    environ = os.environ if environ is None else environ
    if name not in environ or environ[name].strip() == "":
        return default
    try:
        return int(environ[name])
    except ValueError as exc:
        raise ImproperlyConfiguredEnv(f"{name} must be an integer, got {environ[name]!r}") from exc


def env_list(name: str, default: list[str], environ: Mapping[str, str] | None = None) -> list[str]:
    """Return a comma-separated variable as a list of stripped, non-empty items."""
    environ = os.environ if environ is None else environ
    if name not in environ:
        return list(default)
    return [item.strip() for item in environ[name].split(",") if item.strip()]


def env_float(name: str, default: float, environ: Mapping[str, str] | None = None) -> float:
    """Return the variable as a finite float; a non-number (or ``nan``/``inf``) is an error."""
    environ = os.environ if environ is None else environ
    if name not in environ or environ[name].strip() == "":
        return default
    try:
        value = float(environ[name])
    except ValueError as exc:
        raise ImproperlyConfiguredEnv(f"{name} must be a number, got {environ[name]!r}") from exc
    if not math.isfinite(value):
        raise ImproperlyConfiguredEnv(f"{name} must be a finite number, got {environ[name]!r}")
    return value
