"""Turn models into the frozen facts ``contracts.policy.decide`` reads.

Pool models are read by duck typing (attribute names of ``pool.models``), since contracts imports no
pool code. Typical use in a pool service::

    decision = decide_from_models(action="download", corpus=version.corpus,
                                  datasets=version.datasets.all(), grant=grant)
    if not decision.allowed:
        raise ApplicationError("Download refused.", {"reasons": list(decision.reasons)})
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.utils import timezone

from contracts.models import ConsentRecord, Licence, Purpose
from contracts.policy import (
    Action,
    ConsentFacts,
    ContributionFacts,
    CorpusFacts,
    Decision,
    GrantFacts,
    LicenceFacts,
    PolicyQuestion,
    decide,
)
from contracts.services.consent import consent_state


def purpose_tree() -> dict[str, str | None]:
    """The purpose vocabulary as {code: parent code}."""
    return dict(Purpose.objects.values_list("code", "parent__code"))


def consent_facts(record: ConsentRecord, at: datetime | None = None) -> ConsentFacts:
    state = consent_state(record, at)
    return ConsentFacts(
        record_id=record.pk,
        purposes=frozenset(p.code for p in record.purposes.all()),
        valid_from=state.valid_from,
        valid_until=state.valid_until,
        withdrawn_at=state.withdrawn_at,
        invalidated_at=state.invalidated_at,
    )


def licence_facts(licence: Licence) -> LicenceFacts:
    return LicenceFacts(
        spdx_id=licence.spdx_id,
        commercial_use=licence.commercial_use,
        model_training=licence.model_training,
        redistribution=licence.redistribution,
        derivatives=licence.derivatives,
        attribution=licence.attribution,
        share_alike=licence.share_alike,
        non_commercial=licence.non_commercial,
    )


def achieved_k(risk_report: Any) -> int | None:
    """The measured k-anonymity in a dataset's risk report (key ``k`` or ``achieved_k``), if any."""
    if not isinstance(risk_report, dict):
        return None
    for key in ("achieved_k", "k"):
        value = risk_report.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def contribution_facts(dataset: Any, at: datetime | None = None) -> ContributionFacts:
    """Facts for a ``pool.models.Dataset`` (its consent record, licence and risk report)."""
    return ContributionFacts(
        dataset_id=dataset.pk,
        consent=consent_facts(dataset.consent_record, at),
        licence=licence_facts(dataset.licence),
        achieved_k=achieved_k(getattr(dataset, "risk_report", None)),
    )


def corpus_facts(corpus: Any) -> CorpusFacts:
    """Facts for a ``pool.models.Corpus``."""
    return CorpusFacts(
        slug=corpus.slug,
        purposes=frozenset(p.code for p in corpus.purposes.all()),
        requires_commercial_use=corpus.requires_commercial_use,
        requires_model_training=corpus.requires_model_training,
        requires_redistribution=corpus.requires_redistribution,
        k_threshold=corpus.k_threshold,
    )


def grant_facts(grant: Any) -> GrantFacts:
    """Facts for a ``pool.models.AccessGrant``."""
    return GrantFacts(
        corpus_slug=grant.corpus.slug,
        purpose=grant.purpose.code,
        expires_at=grant.expires_at,
        revoked_at=grant.revoked_at,
    )


def facts_from_models(
    *,
    action: Action,
    corpus: Any,
    datasets: Iterable[Any] = (),
    grant: Any | None = None,
    requested_purpose: Purpose | str | None = None,
    now: datetime | None = None,
) -> PolicyQuestion:
    """Read everything ``decide`` needs, at ``now`` (default: the current time)."""
    now = now or timezone.now()
    purpose = requested_purpose.code if isinstance(requested_purpose, Purpose) else requested_purpose
    if hasattr(datasets, "select_related"):  # a queryset: fetch consents, histories and licences at once
        datasets = datasets.select_related("licence", "consent_record").prefetch_related(
            "consent_record__events", "consent_record__purposes"
        )
    return PolicyQuestion(
        action=action,
        corpus=corpus_facts(corpus),
        now=now,
        purpose_tree=purpose_tree(),
        contributions=tuple(contribution_facts(d, now) for d in datasets),
        requested_purpose=purpose,
        grant=grant_facts(grant) if grant is not None else None,
    )


def decide_from_models(**kwargs: Any) -> Decision:
    """``decide`` over the facts ``facts_from_models(**kwargs)`` reads."""
    return decide(**facts_from_models(**kwargs).as_kwargs())
