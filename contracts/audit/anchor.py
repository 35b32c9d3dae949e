"""The anchor file: a copy of the chain head outside the database, appended to after each commit.

A line reads ``"<chain> <seq> <hash>"``; removing the newest rows leaves a valid shorter chain that
only the anchor shows.
"""

from __future__ import annotations

import os
import threading
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

ANCHOR_KEEP = 10_000  # newest anchor entries compared row by row with the chain
_anchor_lock = threading.Lock()


def chain_id(first_hash: str) -> str:
    """The chain's name in the anchor file: the first 16 hex digits of row 1's hash."""
    return first_hash[:16]


def write_anchor(chain: str, seq: int, digest: str) -> None:
    """Append the chain head to the anchor file (runs after commit; the file is only ever appended to)."""
    path = Path(settings.AUDIT_ANCHOR)
    path.parent.mkdir(parents=True, exist_ok=True)
    with _anchor_lock, path.open("a", encoding="ascii") as fh:
        fh.write(f"{chain} {seq} {digest}\n")
        fh.flush()
        os.fsync(fh.fileno())


@dataclass(frozen=True)
class Anchor:
    """What the anchor file says about one chain: its newest seq and the newest entries' hashes."""

    head_seq: int
    recent: dict[int, str]
    other_chains: bool


def read_anchor(chain: str | None, path: Path | str | None = None, keep: int = ANCHOR_KEEP) -> Anchor:
    """Stream the anchor file; keep the newest ``keep`` entries of ``chain`` (None: the table is empty)."""
    path = Path(path or settings.AUDIT_ANCHOR)
    head = 0
    recent: deque[tuple[int, str]] = deque(maxlen=keep)
    others = False
    if path.exists():
        with path.open(encoding="ascii", errors="replace") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) != 3 or not parts[1].isdigit():
                    continue
                if parts[0] != chain:
                    others = True
                    continue
                seq = int(parts[1])
                head = max(head, seq)
                recent.append((seq, parts[2]))
    return Anchor(head, dict(recent), others)
