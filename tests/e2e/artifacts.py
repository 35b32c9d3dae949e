"""Where browser tests keep their screenshots: CI artifacts that outlive the test run."""

from __future__ import annotations

import os
from pathlib import Path


def screenshots_for(role: str) -> Path:
    """``$SHOAL_ARTIFACTS_DIR/screenshots/<role>``; by default ``artifacts/`` beside the run's own var
    directory, which the isolation plugin (tests/isolation.py) deletes at the end: that is under the
    caller's ``SHOAL_VAR_DIR`` (var/ci in CI) or the system's temporary directory."""
    from django.conf import settings

    var = Path(settings.VAR_DIR)
    default = (var.parent if os.environ.get("SHOAL_TEST_RUN") else var) / "artifacts"
    path = Path(os.environ.get("SHOAL_ARTIFACTS_DIR") or default) / "screenshots" / role
    path.mkdir(parents=True, exist_ok=True)
    return path
