"""Detection over several processes for large text files.

Detection (spaCy + every recognizer) is the whole cost of free text and runs on one core; a large
TXT or JSONL file is cut into shards analysed by worker processes forked from this one, so they
share the loaded models copy-on-write and start in milliseconds. Findings come back as plain tuples
(type, offsets, score, recognizer name), never as text. Celery's prefork workers are daemonic and
may not fork: there, and wherever ``SHOAL_TEXT_PROCESSES`` is 1, detection stays in-process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from typing import Any

from presidio_analyzer import RecognizerResult

#: Fewest texts worth shipping to another process (below this, one process is faster).
MIN_SHARD_TEXTS = 256

_analyzer: Any = None  # set in the parent before forking; the children inherit it


def default_processes() -> int:
    """Worker processes for text detection: ``SHOAL_TEXT_PROCESSES``, else up to 2 (one per core);
    1 inside a daemonic process (a Celery prefork child cannot have children)."""
    if multiprocessing.current_process().daemon:
        return 1
    configured = os.environ.get("SHOAL_TEXT_PROCESSES", "").strip()
    if configured:
        try:
            return max(1, int(configured))
        except ValueError as exc:
            raise ValueError(f"SHOAL_TEXT_PROCESSES must be a whole number, not {configured!r}") from exc
    return max(1, min(2, os.cpu_count() or 1))


def _detect_shard(
    args: tuple[list[str], list[str], float, int],
) -> list[list[tuple[str, int, int, float, str]]]:
    from anonymize.text import analyze_texts

    texts, entities, threshold, batch_size = args
    found = analyze_texts(
        _analyzer, texts, score_threshold=threshold, entities=entities, batch_size=batch_size
    )
    name_key = RecognizerResult.RECOGNIZER_NAME_KEY
    return [
        [
            (r.entity_type, r.start, r.end, r.score, (r.recognition_metadata or {}).get(name_key, ""))
            for r in results
        ]
        for results in found
    ]


class DetectionPool:
    """A pool of forked processes running `anonymize.text.analyze_texts` on shards of a text list.

    Use as a context manager; `detect` returns one result list per text, like `analyze_texts`.
    """

    def __init__(self, analyzer: Any, processes: int) -> None:
        global _analyzer
        _analyzer = analyzer
        self.processes = processes
        self._pool = multiprocessing.get_context("fork").Pool(processes)

    def __enter__(self) -> DetectionPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._pool.close()
        self._pool.join()

    def detect(
        self, texts: Sequence[str], *, entities: list[str], score_threshold: float, batch_size: int
    ) -> list[list[RecognizerResult]]:
        shards = max(1, min(self.processes, len(texts) // MIN_SHARD_TEXTS))
        size = -(-len(texts) // shards)
        jobs = [
            (list(texts[i : i + size]), entities, score_threshold, batch_size)
            for i in range(0, len(texts), size)
        ]
        out: list[list[RecognizerResult]] = []
        name_key = RecognizerResult.RECOGNIZER_NAME_KEY
        for shard in self._pool.map(_detect_shard, jobs):
            for results in shard:
                out.append(
                    [
                        RecognizerResult(entity, start, end, score, recognition_metadata={name_key: name})
                        for entity, start, end, score, name in results
                    ]
                )
        return out
