"""Corpus membership: which ready datasets a corpus admits, refusals said plainly, and build scheduling.

A corpus's members are the ``ready`` datasets that chose it and that the access policy admits
(consent and licence cover the corpus's purposes, validity not over, k under the threshold).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from contracts.adapters import facts_from_models
from contracts.audit import audit_log
from contracts.policy import Decision, decide
from pool.models import Corpus, CorpusVersion, Dataset
from pool.services.reasons import reason_audit_payload, reason_record


def corpus_candidates(*, corpus: Corpus) -> list[Dataset]:
    """Ready datasets whose contributor chose ``corpus``, in id order."""
    return list(
        Dataset.objects.filter(status=Dataset.Status.READY, target_corpora=corpus)
        .exclude(artifact_sha256="")
        .select_related("licence", "consent_record", "organization")
        .prefetch_related("consent_record__events", "consent_record__purposes")
        .order_by("pk")
    )


def corpus_admission(
    *, corpus: Corpus, datasets: Sequence[Dataset]
) -> tuple[list[Dataset], dict[int, Decision]]:
    """Split ``datasets`` into those the policy admits to ``corpus`` and the refusals (with reasons)."""
    question = facts_from_models(action="build", corpus=corpus, datasets=list(datasets))
    base = question.as_kwargs()
    admitted: list[Dataset] = []
    refused: dict[int, Decision] = {}
    for dataset, contribution in zip(datasets, question.contributions, strict=True):
        decision = decide(**{**base, "contributions": (contribution,)})
        if decision.allowed:
            admitted.append(dataset)
        else:
            refused[dataset.pk] = decision
    return admitted, refused


def corpus_members(*, corpus: Corpus) -> list[Dataset]:
    """The datasets a build of ``corpus`` would pool now."""
    return corpus_admission(corpus=corpus, datasets=corpus_candidates(corpus=corpus))[0]


def corpus_build_schedule(*, corpus: Corpus, countdown: int | None = None) -> None:
    """Queue a build after the current transaction commits, ``countdown`` seconds later; by default
    after `corpus_build_delay`: at once unless a build started moments ago (the debounce)."""
    from pool.tasks import corpus_build_task

    corpus_id = corpus.pk

    def enqueue() -> None:
        delay = corpus_build_delay(corpus_id=corpus_id) if countdown is None else countdown
        corpus_build_task.apply_async((corpus_id,), countdown=delay)

    transaction.on_commit(enqueue, robust=True)


def corpus_build_delay(*, corpus_id: int, now: datetime | None = None) -> int:
    """Seconds a build of the corpus should wait: 0 when no build of it started within the last
    ``SHOAL_BUILD_DEBOUNCE_SECONDS``, else the rest of that window.

    The debounce only coalesces bursts: a lone membership change publishes as soon as it commits,
    while the changes that follow a build within the window share one build at the window's end (a
    build reads membership when it starts, and one still running re-checks it when it ends).
    """
    window = settings.SHOAL_BUILD_DEBOUNCE_SECONDS
    started = (
        CorpusVersion.objects.filter(corpus_id=corpus_id)
        .order_by("-number")
        .values_list("created_at", flat=True)
        .first()
    )
    if window <= 0 or started is None:
        return 0
    remaining = (started + timedelta(seconds=window) - (now or timezone.now())).total_seconds()
    return max(0, math.ceil(remaining))


def dataset_pool(*, dataset: Dataset) -> dict[str, Decision]:
    """Offer a ready dataset to the corpora its contributor chose; queue a build for each that admits it.

    Returns each target corpus's decision by slug. A refusal's reasons are kept in ``pool.Reason`` (the
    audit event holds its id and digest: the log takes ids and codes, never text), and the
    contributor's organisation gets a notice saying why in plain words (`plain_refusal`); the dataset
    page and API show the same (``pool.selectors.dataset_corpus_outcomes``).
    """
    decisions: dict[str, Decision] = {}
    if dataset.status != Dataset.Status.READY:
        return decisions
    for corpus in dataset.target_corpora.all().prefetch_related("purposes"):
        admitted, refused = corpus_admission(corpus=corpus, datasets=[dataset])
        decision = refused.get(dataset.pk, Decision(allowed=True))
        decisions[corpus.slug] = decision
        with transaction.atomic():
            verb = "corpus.member_admitted" if decision.allowed else "corpus.member_refused"
            reason = reason_record(obj=dataset, verb=verb, text="\n".join(decision.reasons))
            audit_log(
                actor=None,
                verb=verb,
                obj=dataset,
                payload={"corpus": corpus.slug, **reason_audit_payload(reason)},
            )
            if admitted:
                corpus_build_schedule(corpus=corpus)
            else:
                _notify_refusal(dataset, corpus, decision)
    return decisions


def _notify_refusal(dataset: Dataset, corpus: Corpus, decision: Decision) -> None:
    from pool.models import Notice
    from pool.services.notices import notice_send

    notice_send(
        organization=dataset.organization,
        kind=Notice.Kind.DATASET,
        subject=f"Dataset #{dataset.pk} was not admitted to corpus {corpus.name}",
        body=(
            f"Corpus {corpus.name} ({corpus.slug}) did not admit your dataset #{dataset.pk}: "
            f"{plain_refusal(decision.reasons)}. The dataset page lists every corpus it targets."
        ),
    )


#: The access policy's reasons (``contracts.policy``), said to the contributor they concern.
_PLAIN_REASONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), template)
    for pattern, template in (
        (
            r"consent #\d+ does not cover purpose (?P<p>\S+)",
            "your consent does not cover the corpus purpose {p}",
        ),
        (r"consent #\d+ withdrawn on (?P<d>\S+)", "your consent was withdrawn on {d}"),
        (r"consent #\d+ invalidated on (?P<d>\S+)", "your consent record was invalidated on {d}"),
        (r"consent #\d+ is not valid before (?P<d>\S+)", "your consent is not valid before {d}"),
        (r"consent #\d+ expired on (?P<d>\S+)", "your consent expired on {d}"),
        (
            r"licence (?P<l>\S+) forbids (?P<w>[a-z ]+) required by purpose (?P<p>\S+)",
            "your licence {l} does not allow {w}, which the corpus purpose {p} needs",
        ),
        (
            r"licence (?P<l>\S+) forbids (?P<w>[a-z ]+) required by corpus \S+",
            "your licence {l} does not allow {w}, which this corpus requires",
        ),
        (
            r"k-anonymity (?P<k>\d+) is below the corpus threshold (?P<t>\d+)",
            "your anonymised table has k = {k}, below the corpus threshold of {t}"
            " (each combination of quasi-identifiers must be shared by at least {t} records)",
        ),
        (r"corpus \S+ declares no purpose", "the corpus declares no purpose yet, so it admits nothing"),
    )
)


def plain_refusal(reasons: Iterable[str]) -> str:
    """The policy's refusal reasons in plain words for the contributor, joined by "; " (e.g. "your
    consent does not cover the corpus purpose academic-research"). They name purposes, licences,
    dates and k, never personal data; a reason without a plain form is given as the policy words it."""
    out: list[str] = []
    for reason in reasons:
        text = re.sub(r"^dataset #\d+: ", "", reason.strip())
        for pattern, template in _PLAIN_REASONS:
            match = pattern.fullmatch(text)
            if match:
                text = template.format(**match.groupdict())
                break
        if text and text not in out:
            out.append(text)
    return "; ".join(out)
