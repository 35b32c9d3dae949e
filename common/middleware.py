"""Middleware for the API's error contract and for browser security headers."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.core import signals
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from rest_framework import exceptions

from common.logging import log_failure
from common.throttling import FailedAuthenticationThrottle

logger = logging.getLogger("shoal.api")

#: Every path under this prefix is API: its errors are JSON in the shape of common.errors.
API_PREFIX = "/api/"

Handler = Callable[[HttpRequest], HttpResponse]


def _is_api(request: HttpRequest) -> bool:
    return request.path_info.startswith(API_PREFIX)


def _error(message: str, status: int, headers: dict[str, str] | None = None) -> JsonResponse:
    return JsonResponse({"message": message, "extra": {}}, status=status, headers=headers)


class ApiErrorMiddleware:
    """Under ``/api/``, answer JSON where Django would answer an HTML error page.

    DRF views render their own errors (common.errors.api_exception_handler); this covers what never
    reaches one: a URL that resolves to no view (404) and an exception a view did not handle (500).
    The 500 is logged without the exception's message, which may quote a cell (common.logging).
    Sits above CommonMiddleware so that APPEND_SLASH redirects still happen first.
    """

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            _is_api(request)
            and response.status_code == 404
            and not response.get("Content-Type", "").startswith("application/json")
        ):
            return _error(str(exceptions.NotFound.default_detail), 404)
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not _is_api(request):
            return None
        if isinstance(exception, Http404):
            return _error(str(exceptions.NotFound.default_detail), 404)
        if isinstance(exception, PermissionDenied):
            return _error(str(exceptions.PermissionDenied.default_detail), 403)
        if isinstance(exception, SuspiciousOperation):
            return _error("Bad request.", 400)
        log_failure(logger, exception, "Unhandled error in %s %s", request.method, request.path_info)
        # Tell listeners (the test client re-raises it) as Django would for an unhandled exception.
        signals.got_request_exception.send(sender=self.__class__, request=request)
        return _error("Internal server error.", 500)


class FailedAuthenticationMiddleware:
    """A client whose credentials the API refused too often in a window gets 429 with ``Retry-After``.

    Only requests that present an ``Authorization`` header are counted and refused: guessing needs
    credentials, and a browser session behind the same address keeps working.
    """

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not (_is_api(request) and "HTTP_AUTHORIZATION" in request.META):
            return self.get_response(request)
        throttle = FailedAuthenticationThrottle(request)
        wait = throttle.wait()
        if wait is not None:
            detail = exceptions.Throttled(wait).detail
            return _error(str(detail), 429, headers={"Retry-After": str(wait)})
        response = self.get_response(request)
        if response.status_code == 401:
            throttle.record_failure()
        return response


class PermissionsPolicyMiddleware:
    """Sets ``Permissions-Policy`` from ``SHOAL_PERMISSIONS_POLICY`` (Django has no setting for it)."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        policy = getattr(settings, "SHOAL_PERMISSIONS_POLICY", {})
        if policy and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = ", ".join(
                f"{feature}=({' '.join(origins)})" for feature, origins in policy.items()
            )
        return response
