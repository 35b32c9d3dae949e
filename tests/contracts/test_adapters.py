"""``decide_from_models``: the policy over real rows (consent history, licence, corpus, grant)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone

from contracts.adapters import decide_from_models, facts_from_models
from contracts.models import LegalBasis, Licence, Purpose
from contracts.services.consent import consent_record_create, consent_withdraw


@pytest.fixture
def pool(world: dict[str, Any], settings: Any, tmp_path: Path) -> dict[str, Any]:
    from pool.models import AccessGrant, AccessRequest, Corpus, Dataset

    settings.AUDIT_ANCHOR = tmp_path / "anchor.log"
    corpus = Corpus.objects.create(slug="news", name="News", kind="text", requires_commercial_use=True)
    corpus.purposes.set(Purpose.objects.filter(code="model-training"))
    datasets = []
    for title, spdx in [("Open", "CC-BY-4.0"), ("NC", "CC-BY-NC-4.0")]:
        consent = consent_record_create(
            actor=world["alice"],
            controller_name="Acme",
            legal_basis=LegalBasis.CONSENT,
            purposes=Purpose.objects.filter(code="model-training"),
            valid_from=timezone.now().date() - timedelta(days=10),
        )
        datasets.append(
            Dataset.objects.create(
                organization=world["acme"],
                title=title,
                format="csv",
                licence=Licence.objects.get(spdx_id=spdx),
                consent_record=consent,
                original_filename="x.csv",
                risk_report={"k": 6},
            )
        )
    request = AccessRequest.objects.create(
        corpus=corpus,
        organization=world["lab"],
        purpose=Purpose.objects.get(code="model-training"),
        terms_accepted_at=timezone.now(),
    )
    grant = AccessGrant.objects.create(
        request=request,
        corpus=corpus,
        organization=world["lab"],
        purpose=request.purpose,
        expires_at=timezone.now() + timedelta(days=30),
    )
    return {"corpus": corpus, "open": datasets[0], "nc": datasets[1], "grant": grant, "alice": world["alice"]}


def test_the_facts_mirror_the_rows(pool: dict[str, Any]) -> None:
    from pool.models import Dataset

    question = facts_from_models(
        action="build", corpus=pool["corpus"], datasets=Dataset.objects.order_by("pk")
    )
    assert question.corpus.purposes == frozenset({"model-training"})
    assert question.purpose_tree["commercial-model-training"] == "model-training"
    assert [c.licence.spdx_id for c in question.contributions] == ["CC-BY-4.0", "CC-BY-NC-4.0"]
    assert [c.achieved_k for c in question.contributions] == [6, 6]


def test_a_build_refuses_a_non_commercial_licence_and_then_a_withdrawn_consent(pool: dict[str, Any]) -> None:
    from pool.models import Dataset

    decision = decide_from_models(action="build", corpus=pool["corpus"], datasets=Dataset.objects.all())
    assert decision.reasons == (
        f"dataset #{pool['nc'].pk}: licence CC-BY-NC-4.0 forbids commercial use required by corpus news",
    )
    assert decide_from_models(action="build", corpus=pool["corpus"], datasets=[pool["open"]]).allowed
    consent_withdraw(record=pool["open"].consent_record, actor=pool["alice"], reason="asked")
    decision = decide_from_models(
        action="build",
        corpus=pool["corpus"],
        datasets=[pool["open"]],
        now=timezone.now() + timedelta(seconds=1),
    )
    assert decision.reasons == (
        f"dataset #{pool['open'].pk}: consent #{pool['open'].consent_record_id} withdrawn on {timezone.now().date()}",
    )


def test_a_download_checks_the_grant(pool: dict[str, Any]) -> None:
    kwargs = {"action": "download", "corpus": pool["corpus"], "datasets": [pool["open"]]}
    assert decide_from_models(**kwargs, grant=pool["grant"]).allowed
    later = pool["grant"].expires_at + timedelta(days=1)
    assert decide_from_models(**kwargs, grant=pool["grant"], now=later).reasons == (
        f"access grant expired on {later.date() - timedelta(days=1)}",
    )
    assert decide_from_models(
        action="grant",
        corpus=pool["corpus"],
        datasets=[pool["open"]],
        requested_purpose=Purpose.objects.get(code="academic-research"),
    ).reasons == (
        "corpus news does not serve purpose academic-research",
        f"dataset #{pool['open'].pk}: consent #{pool['open'].consent_record_id} does not cover purpose academic-research",
    )
