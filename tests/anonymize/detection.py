"""What the configured analyzer finds in a text, after Shoal's post-filter (shared by recognizer tests)."""

from __future__ import annotations

from anonymize.engine import get_analyzer
from anonymize.recognizers import filter_results


def detect(text: str) -> set[tuple[str, str]]:
    """``{(entity type, matched text)}`` for every result the full engine keeps."""
    results = filter_results(text, get_analyzer().analyze(text, language="en"))
    return {(r.entity_type, text[r.start : r.end]) for r in results}
