"""Deployment checks of our own, run by `manage.py check --deploy`."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def keys_come_from_the_environment(app_configs: Any, **kwargs: Any) -> list[Warning]:
    """Keys generated into var/ differ per machine: web and workers must share them via the environment."""
    return [
        Warning(
            f"{name} is read from a file generated under var/, not from the environment.",
            hint=f"Set {name} (at least 32 characters) for every web, worker and beat process.",
            id="shoal.W001",
        )
        for name in settings.KEYS_FROM_FILES
    ]
