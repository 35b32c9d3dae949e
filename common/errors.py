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


class NotFoundError(ApplicationError):
    """The object does not exist, or not for this caller (another tenant's object is not found)."""


class AccessDeniedError(ApplicationError):
    """The caller is known but may not do this (no grant, a policy refusal)."""


class GoneError(ApplicationError):
    """The object existed and was removed for good (an erased corpus version)."""


class TransientError(Exception):
    """A failure that may pass by itself (a receiver down, a timeout); tasks retry only these, with
    backoff (``autoretry_for=(TransientError,)``). Its message names no personal data."""


#: Domain errors → API status codes; services raise the kind, only the handler knows the number.
ERROR_STATUS: tuple[tuple[type[ApplicationError], int], ...] = (
    (NotFoundError, 404),
    (AccessDeniedError, 403),
    (GoneError, 410),
)


def error_status(exc: ApplicationError) -> int:
    """The HTTP status the API answers ``exc`` with."""
    return next((status for kind, status in ERROR_STATUS if isinstance(exc, kind)), exc.status_code)


def api_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """Render every error as ``{"message": ..., "extra": {...}}``."""
    if isinstance(exc, ApplicationError):
        status = error_status(exc)
        headers = {"Retry-After": "60"} if status == 503 else None
        return Response({"message": exc.message, "extra": exc.extra}, status=status, headers=headers)
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
