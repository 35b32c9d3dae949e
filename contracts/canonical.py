"""Canonical JSON: sorted keys, no spaces, UTF-8 text (no ``\\u`` escapes), ``str()`` for other types.

The audit chain hashes its payloads in this form, and the audit table stores them in it too (the
``payload`` field's encoder), so on SQLite, where the stored text is kept as written, the verifier
hashes that text as it is instead of decoding and re-encoding every row. Kept apart from
``contracts.audit`` so that ``contracts.models`` can import it without a cycle.
"""

from __future__ import annotations

import json
from typing import Any


class CanonicalJSONEncoder(json.JSONEncoder):
    """A ``json.JSONEncoder`` whose formatting options are fixed to the canonical ones, whatever a caller
    such as ``json.dumps(value, cls=CanonicalJSONEncoder)`` (Django's ``JSONField``) passes."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.update(sort_keys=True, separators=(",", ":"), ensure_ascii=False, indent=None)
        kwargs["default"] = kwargs.get("default") or str
        super().__init__(**kwargs)
