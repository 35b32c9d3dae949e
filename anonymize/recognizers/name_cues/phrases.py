"""How a cue family is written: one phrase a line, read into a tuple of single-spaced phrases."""

from __future__ import annotations


def read_phrases(block: str) -> tuple[str, ...]:
    """The phrases of ``block``: one per non-blank line, runs of whitespace collapsed to one space."""
    return tuple(" ".join(line.split()) for line in block.strip().splitlines() if line.strip())
