"""Real browser: the dataset page tells its contributor which corpora took the dataset and why one refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pool.services.corpora import corpus_build, dataset_pool
from tests.api.pooling import QIS, isolated_media, make_corpus, ready_dataset, safe_table
from tests.e2e.artifacts import screenshots_for
from tests.e2e.test_browser import log_in, page

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("isolated_media", "_end_stray_sessions"),
]
__all__ = ["isolated_media", "page"]


def screenshots_dir() -> Path:
    return screenshots_for("outcomes")


def test_the_contributor_sees_a_joined_corpus_and_a_refused_one_with_its_reason(
    page: Any,
    live_server: Any,
    world: dict[str, Any],
) -> None:
    training = make_corpus("training")
    research = make_corpus("research", purposes=("academic-research",))
    dataset = ready_dataset(
        organization=world["acme"],
        user=world["alice"],
        corpora=[training, research],
        frame=safe_table(1),
        quasi_identifiers=QIS,
        reported_k=5,
        purposes=("model-training",),
    )
    dataset_pool(dataset=dataset)
    corpus_build(corpus=training)

    log_in(page, live_server.url, "alice_t", "pw-alice-123")
    page.goto(f"{live_server.url}/datasets/{dataset.pk}/")
    joined = page.locator("#corpus-outcomes-table tr[data-corpus=training]")
    refused = page.locator("#corpus-outcomes-table tr[data-corpus=research]")
    assert joined.get_attribute("data-state") == "joined"
    assert "Joined" in joined.inner_text() and "v1" in joined.inner_text()
    assert refused.get_attribute("data-state") == "refused"
    assert "Your consent does not cover the corpus purpose academic-research." in refused.inner_text()
    page.screenshot(path=str(screenshots_dir() / "dataset-corpus-outcomes.png"), full_page=True)
    page.set_viewport_size({"width": 375, "height": 740})
    assert refused.is_visible()
    page.screenshot(path=str(screenshots_dir() / "dataset-corpus-outcomes-375px.png"), full_page=True)
