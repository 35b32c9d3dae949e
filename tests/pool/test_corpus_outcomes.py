"""A contributor sees where a dataset went: joined, refused (and why, in plain words) or pending; a corpus
whose last contribution is withdrawn says it has no data instead of publishing an empty version."""

from __future__ import annotations

from typing import Any

import pytest
from django.template.loader import render_to_string

from contracts.models import AuditEvent
from pool.models import CorpusVersion, Notice
from pool.selectors import CorpusOutcome, corpus_state, dataset_corpus_outcomes
from pool.services.corpora import corpus_build, dataset_pool, plain_refusal
from pool.services.withdrawal import dataset_withdraw
from tests.api.pooling import QIS, isolated_media, make_corpus, ready_dataset, safe_contribution, safe_table
from tests.conftest import api_client_for

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("isolated_media")]
__all__ = ["isolated_media"]


def contribution(world: dict[str, Any], corpora: list[Any], **fields: Any) -> Any:
    return ready_dataset(
        organization=world["acme"],
        user=world["alice"],
        corpora=corpora,
        frame=safe_table(1),
        quasi_identifiers=QIS,
        reported_k=5,
        **fields,
    )


def by_slug(outcomes: list[CorpusOutcome]) -> dict[str, CorpusOutcome]:
    return {o.slug: o for o in outcomes}


def test_a_corpus_whose_purpose_the_consent_does_not_cover_refuses_with_that_reason(
    world: dict[str, Any],
) -> None:
    research = make_corpus("research", purposes=("academic-research",))
    training = make_corpus("training")
    dataset = contribution(world, [research, training], purposes=("model-training",))
    dataset_pool(dataset=dataset)
    corpus_build(corpus=training)

    outcomes = by_slug(dataset_corpus_outcomes(dataset))
    assert outcomes["research"] == CorpusOutcome(
        slug="research",
        name="Research",
        joined=False,
        versions=[],
        reason="your consent does not cover the corpus purpose academic-research",
        state="refused",
    )
    assert (outcomes["training"].state, outcomes["training"].joined) == ("joined", True)
    assert (outcomes["training"].versions, outcomes["training"].reason) == ([1], "")

    [notice] = Notice.objects.filter(organization=world["acme"], kind=Notice.Kind.DATASET)
    assert "Research" in notice.subject
    assert "your consent does not cover the corpus purpose academic-research" in notice.body


def test_the_dataset_detail_in_the_api_carries_each_target_corpus_and_why_it_refused(
    world: dict[str, Any],
) -> None:
    commercial = make_corpus("commercial", requires_commercial_use=True)
    dataset = contribution(world, [commercial], licence="CC-BY-NC-4.0")
    dataset_pool(dataset=dataset)

    body = api_client_for(world["alice"]).get(f"/api/v1/datasets/{dataset.pk}/").json()
    [outcome] = body["corpus_outcomes"]
    assert outcome["slug"] == "commercial" and outcome["state"] == "refused" and not outcome["joined"]
    assert "your licence CC-BY-NC-4.0 does not allow commercial use" in outcome["reason"]
    assert body["corpora"] == [{"slug": "commercial", "state": "refused", "reason": outcome["reason"]}]
    listed = api_client_for(world["alice"]).get("/api/v1/datasets/").json()["results"]
    assert [d["corpus_outcomes"] for d in listed] == [None]  # detail only: each needs the policy decided
    assert api_client_for(world["charlie"]).get(f"/api/v1/datasets/{dataset.pk}/").status_code == 404


def test_an_admitted_dataset_is_pending_until_a_version_holds_it(world: dict[str, Any]) -> None:
    corpus = make_corpus()
    dataset = contribution(world, [corpus])
    [before] = dataset_corpus_outcomes(dataset)
    assert (before.state, before.reason) == ("pending", "admitted; it appears in the corpus's next version")
    corpus_build(corpus=corpus)
    [after] = dataset_corpus_outcomes(dataset)
    assert (after.state, after.versions) == ("joined", [1])


def test_a_dataset_not_ready_yet_is_pending_and_a_withdrawn_one_is_out(world: dict[str, Any]) -> None:
    corpus = make_corpus()
    dataset = contribution(world, [corpus])
    corpus_build(corpus=corpus)
    type(dataset).objects.filter(pk=dataset.pk).update(status="anonymizing")
    dataset.refresh_from_db()
    [pending] = dataset_corpus_outcomes(dataset)
    assert (pending.state, pending.reason) == ("pending", "the dataset joins once it is anonymised and ready")
    type(dataset).objects.filter(pk=dataset.pk).update(status="ready")
    dataset.refresh_from_db()

    dataset_withdraw(dataset=dataset, user=world["alice"], reason="asked")
    dataset.refresh_from_db()
    [out] = dataset_corpus_outcomes(dataset)
    assert (out.state, out.joined, out.versions) == ("refused", False, [])  # v1 is withdrawn now
    assert out.reason == "you withdrew this dataset; it was removed from the corpus"


def test_a_build_refused_for_the_pooled_table_is_the_reason(world: dict[str, Any]) -> None:
    corpus = make_corpus()
    dataset = contribution(world, [corpus])
    corpus_build(corpus=corpus)
    CorpusVersion.objects.filter(corpus=corpus).update(
        status=CorpusVersion.Status.FAILED,
        error_message="The pooled table has k=2, under the corpus threshold 5.",
    )
    [outcome] = dataset_corpus_outcomes(dataset)
    assert outcome.state == "refused"
    assert outcome.reason == (
        "the corpus build with this dataset was refused: The pooled table has k=2, under the corpus threshold 5."
    )


@pytest.mark.parametrize(
    ("reasons", "plain"),
    [
        (
            ["dataset #4: consent #9 does not cover purpose academic-research"],
            "your consent does not cover the corpus purpose academic-research",
        ),
        (["dataset #4: consent #9 expired on 2025-01-31"], "your consent expired on 2025-01-31"),
        (["dataset #4: consent #9 withdrawn on 2025-02-01"], "your consent was withdrawn on 2025-02-01"),
        (
            [
                "dataset #4: licence CC-BY-NC-4.0 forbids commercial use required by purpose commercial-research"
            ],
            "your licence CC-BY-NC-4.0 does not allow commercial use, which the corpus purpose "
            "commercial-research needs",
        ),
        (
            ["dataset #4: licence X forbids model training required by corpus c"],
            "your licence X does not allow model training, which this corpus requires",
        ),
        (
            ["dataset #4: licence X forbids redistribution required by corpus c"],
            "your licence X does not allow redistribution, which this corpus requires",
        ),
        (
            ["dataset #4: k-anonymity 3 is below the corpus threshold 5"],
            "your anonymised table has k = 3, below the corpus threshold of 5 (each combination of "
            "quasi-identifiers must be shared by at least 5 records)",
        ),
        (
            [
                "dataset #4: consent #9 does not cover purpose a",
                "dataset #4: consent #9 does not cover purpose b",
            ],
            "your consent does not cover the corpus purpose a; your consent does not cover the corpus purpose b",
        ),
        (["dataset #4: something new"], "something new"),
    ],
)
def test_policy_reasons_are_said_in_plain_words(reasons: list[str], plain: str) -> None:
    assert plain_refusal(reasons) == plain


def test_the_partial_lists_each_corpus_with_its_outcome_and_reason() -> None:
    html = render_to_string(
        "pool/_corpus_outcomes.html",
        {
            "corpus_outcomes": [
                CorpusOutcome("eu", "EU customers", True, [1, 2], "", "joined"),
                CorpusOutcome(
                    "research",
                    "Research",
                    False,
                    [],
                    "your consent does not cover the corpus purpose academic-research",
                    "refused",
                ),
            ]
        },
    )
    assert 'data-corpus="eu" data-state="joined"' in html and "v1, v2" in html
    assert 'data-corpus="research" data-state="refused"' in html
    assert "Your consent does not cover the corpus purpose academic-research." in html
    assert "This dataset targets no corpus." in render_to_string(
        "pool/_corpus_outcomes.html", {"corpus_outcomes": []}
    )


def test_withdrawing_the_last_contribution_leaves_an_empty_corpus_not_an_empty_version(
    world: dict[str, Any],
) -> None:
    corpus = make_corpus()
    dataset = safe_contribution(world, [corpus], org="acme", seed=1)
    assert corpus_state(corpus).state == "empty"
    assert corpus_state(corpus).message.startswith("No data yet")
    corpus_build(corpus=corpus)
    assert corpus_state(corpus) == type(corpus_state(corpus))("published", 1, 20, "")

    dataset_withdraw(dataset=dataset, user=world["alice"], reason="asked")
    assert corpus_build(corpus=corpus) is None
    assert not corpus.versions.filter(row_count=0).exists()
    assert list(corpus.versions.values_list("number", "status")) == [(1, "withdrawn")]

    client = api_client_for(world["consumer"])
    detail = client.get("/api/v1/corpora/health/").json()
    assert (detail["state"], detail["current_version"], detail["row_count"]) == ("empty", None, 0)
    assert detail["state_message"].startswith("No data:")
    versions = client.get("/api/v1/corpora/health/versions/").json()
    rows = versions["results"] if isinstance(versions, dict) else versions
    assert [(v["number"], v["status"]) for v in rows] == [(1, "withdrawn")]

    newcomer = safe_contribution(world, [corpus], org="other", seed=2)  # data again: a new version
    version = corpus_build(corpus=corpus)
    assert version is not None and (version.number, version.status) == (2, "published")
    assert list(version.datasets.all()) == [newcomer]
    assert client.get("/api/v1/corpora/health/").json()["state"] == "published"


def test_a_corpus_whose_contributions_stop_qualifying_goes_empty_without_an_empty_version(
    world: dict[str, Any],
) -> None:
    corpus = make_corpus()
    safe_contribution(world, [corpus], org="acme", seed=1)
    v1 = corpus_build(corpus=corpus)
    assert v1 is not None and v1.status == "published"
    corpus.purposes.set([])  # nothing qualifies any more (the policy refuses a corpus without purpose)
    assert corpus_build(corpus=corpus) is None
    v1.refresh_from_db()
    assert v1.status == CorpusVersion.Status.SUPERSEDED  # no longer current, still there
    assert corpus.versions.count() == 1
    assert corpus_state(corpus).state == "empty"
    assert AuditEvent.objects.filter(verb="corpus.emptied", payload__superseded=[1]).exists()
