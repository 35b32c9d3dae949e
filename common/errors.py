"""One error type for users and one JSON shape for every API error."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import exception_handler


class ApplicationError(Exception):
    """A business-rule failure with a message safe to show to the user (never cell values)."""

    status_code = 400  # the API's answer; subclasses for conditions that are not the client's fault

    def __init__(self, message: str, extra: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.extra = extra or {}


class ServiceUnavailableError(ApplicationError):
    """A dependency (storage, database) cannot serve the request now; the API answers 503."""

    status_code = 503


def api_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """Render every error as ``{"message": ..., "extra": {...}}``."""
    if isinstance(exc, ApplicationError):
        headers = {"Retry-After": "60"} if exc.status_code == 503 else None
        return Response({"message": exc.message, "extra": exc.extra}, status=exc.status_code, headers=headers)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    response = exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        response.data = {"message": "Validation error", "extra": {"fields": response.data}}
    else:
        detail = response.data.get("detail", "") if isinstance(response.data, dict) else response.data
        response.data = {"message": str(detail), "extra": {}}
    return response
