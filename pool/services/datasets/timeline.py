"""A dataset's timeline: what happened to it, in order, for its page and API."""

from __future__ import annotations

from typing import Any

from pool.models import Dataset


def dataset_timeline(*, dataset: Dataset) -> list[dict[str, Any]]:
    """The dataset's milestones, oldest first: ``uploaded``, ``approved``, ``ready``, one ``published``
    per corpus version holding it, ``withdrawn``; each ``{"event", "at", …}``.

    The first ``published`` event of each corpus carries ``seconds_after_ready``: the publish latency
    (ready → that version published), the figure the build debounce costs a contributor. Times,
    corpus slugs and version numbers only: nothing here holds a cell value.
    """
    milestones = [
        ("uploaded", dataset.created_at),
        ("approved", dataset.approved_at),
        ("ready", dataset.ready_at),
        ("withdrawn", dataset.withdrawn_at),
    ]
    events: list[dict[str, Any]] = [{"event": name, "at": at} for name, at in milestones if at is not None]
    first_in_corpus: set[int] = set()
    versions = (
        dataset.corpus_versions.filter(published_at__isnull=False)
        .select_related("corpus")
        .order_by("published_at", "pk")
    )
    for version in versions:
        event: dict[str, Any] = {
            "event": "published",
            "at": version.published_at,
            "corpus": version.corpus.slug,
            "version": version.number,
        }
        if version.corpus_id not in first_in_corpus and dataset.ready_at is not None:
            first_in_corpus.add(version.corpus_id)
            latency = (version.published_at - dataset.ready_at).total_seconds()
            event["seconds_after_ready"] = round(max(0.0, latency), 3)
        events.append(event)
    return sorted(events, key=lambda event: event["at"])
