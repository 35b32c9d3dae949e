"""Residual identifier density of a text corpus."""

from __future__ import annotations


def text_identifier_density(findings_count: int, tokens: int) -> float:
    """Residual identifiers per 1,000 tokens of a text corpus (0 for an empty corpus)."""
    if findings_count < 0 or tokens < 0:
        raise ValueError("counts must be non-negative")
    return 0.0 if tokens == 0 else 1000.0 * findings_count / tokens
