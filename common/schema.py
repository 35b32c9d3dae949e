"""OpenAPI: document the error responses every API operation can give (drf-spectacular hook)."""

from __future__ import annotations

import copy
from typing import Any

ERROR_COMPONENT = "Error"

ERROR_SCHEMA = {
    "type": "object",
    "description": "Every API error (common.errors): a readable message and details; for 400 "
    "validation errors, `extra.fields` maps each field to its messages.",
    "properties": {
        "message": {"type": "string"},
        "extra": {"type": "object", "additionalProperties": {}},
    },
    "required": ["message", "extra"],
}

DESCRIPTIONS = {
    "400": "Invalid input (see `extra.fields`), or the request breaks a business rule.",
    "401": "No credentials, or the token is invalid, expired or revoked.",
    "403": "Authenticated, but not allowed to do this.",
    "404": "No such object, or it belongs to another organisation.",
    "429": "Too many requests, or too many refused credentials from this address; "
    "wait `Retry-After` seconds.",
}

RETRY_AFTER = {
    "Retry-After": {"description": "Seconds to wait before trying again.", "schema": {"type": "integer"}}
}

_READ_METHODS = {"get", "head", "options"}


def _codes(method: str, operation: dict[str, Any]) -> list[str]:
    parameters = operation.get("parameters", [])
    query = [p for p in parameters if p.get("in") == "query"]
    codes = []
    if method not in _READ_METHODS or query:
        codes.append("400")
    security = operation.get("security", [])
    if security and {} not in security:
        codes += ["401", "403"]
    if any(p.get("in") == "path" for p in parameters) or any(p.get("name") == "page" for p in query):
        codes.append("404")
    codes.append("429")
    return codes


def add_error_responses(result: dict[str, Any], generator: Any, **kwargs: Any) -> dict[str, Any]:
    """POSTPROCESSING_HOOKS entry: add 400/401/403/404/429 with the ``Error`` body where they apply.

    A response an operation already documents keeps its description; it gains the body if it has
    none.
    """
    result.setdefault("components", {}).setdefault("schemas", {})[ERROR_COMPONENT] = copy.deepcopy(
        ERROR_SCHEMA
    )
    content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{ERROR_COMPONENT}"}}}
    for path_item in result.get("paths", {}).values():
        for method, operation in path_item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            responses = operation["responses"]
            for code in _codes(method, operation):
                response = responses.setdefault(code, {"description": DESCRIPTIONS[code]})
                response.setdefault("content", copy.deepcopy(content))
                if code == "429":
                    response.setdefault("headers", copy.deepcopy(RETRY_AFTER))
    return result
