"""One way to digest a file: the standard library's `hashlib.file_digest` (no hand-rolled loop)."""

from __future__ import annotations

import hashlib
from pathlib import Path


def file_sha256(path: Path) -> str:
    """The hex SHA-256 of a local file, read by `hashlib.file_digest` in blocks (memory flat)."""
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()
