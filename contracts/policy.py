"""The one access-policy decision: may this corpus be built, granted or downloaded, now, for this purpose?

``decide`` is pure: it reads frozen facts (consent, licence, corpus, grant, purpose tree, ``now``) and
returns every reason it says no, in words a compliance officer can read. It imports no Django so it can
be tested exhaustively against a reference model; ``contracts.adapters`` turns models into facts.
All datetimes are timezone-aware and compared as instants; a date boundary (validity) is the UTC date
of ``now``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Literal

from contracts.purposes import PurposeTree, any_covers, purpose_covers

Action = Literal["build", "grant", "download"]
ACTIONS: tuple[str, ...] = ("build", "grant", "download")

# Purposes (with their descendants) that need a licence allowing commercial use / model training.
COMMERCIAL_PURPOSES: tuple[str, ...] = ("commercial-research", "commercial-model-training")
TRAINING_PURPOSES: tuple[str, ...] = ("model-training",)


class ConsentStatus(StrEnum):
    ACTIVE = "active"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    INVALIDATED = "invalidated"
    NOT_YET_VALID = "not_yet_valid"


@dataclass(frozen=True)
class ConsentFacts:
    """A consent record as the policy sees it: its purposes and the dates its history fixes."""

    record_id: int
    purposes: frozenset[str]
    valid_from: date
    valid_until: date | None = None
    withdrawn_at: datetime | None = None
    invalidated_at: datetime | None = None


@dataclass(frozen=True)
class LicenceFacts:
    spdx_id: str
    commercial_use: bool = True
    model_training: bool = True
    redistribution: bool = True
    derivatives: bool = True
    attribution: bool = False
    share_alike: bool = False
    non_commercial: bool = False

    @property
    def allows_commercial_use(self) -> bool:
        return self.commercial_use and not self.non_commercial


@dataclass(frozen=True)
class ContributionFacts:
    """One dataset in (or entering) a corpus; ``achieved_k`` is its measured k-anonymity, None if unknown."""

    dataset_id: int
    consent: ConsentFacts
    licence: LicenceFacts
    achieved_k: int | None = None


@dataclass(frozen=True)
class CorpusFacts:
    slug: str
    purposes: frozenset[str]
    requires_commercial_use: bool = False
    requires_model_training: bool = True
    requires_redistribution: bool = True
    k_threshold: int = 5


@dataclass(frozen=True)
class GrantFacts:
    corpus_slug: str
    purpose: str
    expires_at: datetime
    revoked_at: datetime | None = None


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reasons: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return self.allowed


@dataclass(frozen=True)
class PolicyQuestion:
    """The arguments of ``decide`` as one value (what ``contracts.adapters.facts_from_models`` returns)."""

    action: Action
    corpus: CorpusFacts
    now: datetime
    purpose_tree: PurposeTree
    contributions: tuple[ContributionFacts, ...] = ()
    requested_purpose: str | None = None
    grant: GrantFacts | None = None

    def as_kwargs(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def consent_status(consent: ConsentFacts, now: datetime) -> tuple[ConsentStatus, str]:
    """Return the consent's status at ``now`` and, unless active, the readable reason."""
    ref = f"consent #{consent.record_id}"
    if consent.invalidated_at is not None and consent.invalidated_at <= now:
        return ConsentStatus.INVALIDATED, f"{ref} invalidated on {consent.invalidated_at.date()}"
    if consent.withdrawn_at is not None and consent.withdrawn_at <= now:
        return ConsentStatus.WITHDRAWN, f"{ref} withdrawn on {consent.withdrawn_at.date()}"
    today = now.date()
    if today < consent.valid_from:
        return ConsentStatus.NOT_YET_VALID, f"{ref} is not valid before {consent.valid_from}"
    if consent.valid_until is not None and consent.valid_until < today:
        return ConsentStatus.EXPIRED, f"{ref} expired on {consent.valid_until}"
    return ConsentStatus.ACTIVE, ""


def is_commercial(purpose: str, tree: PurposeTree) -> bool:
    return any(purpose_covers(root, purpose, tree) for root in COMMERCIAL_PURPOSES)


def is_training(purpose: str, tree: PurposeTree) -> bool:
    return any(purpose_covers(root, purpose, tree) for root in TRAINING_PURPOSES)


def _purposes_in_question(
    action: str,
    corpus: CorpusFacts,
    now: datetime,
    tree: PurposeTree,
    requested_purpose: str | None,
    grant: GrantFacts | None,
    reasons: list[str],
) -> list[str]:
    """Check the corpus/grant side of the question; return the purposes every contribution must allow."""
    if action == "build":
        if not corpus.purposes:
            reasons.append(f"corpus {corpus.slug} declares no purpose")
        return sorted(corpus.purposes)
    purpose = requested_purpose
    if action == "download":
        if grant is None:
            reasons.append(f"no access grant for corpus {corpus.slug}")
        else:
            if grant.corpus_slug != corpus.slug:
                reasons.append(f"the grant is for corpus {grant.corpus_slug}, not {corpus.slug}")
            if grant.revoked_at is not None and grant.revoked_at <= now:
                reasons.append(f"access grant revoked on {grant.revoked_at.date()}")
            elif grant.expires_at <= now:
                reasons.append(f"access grant expired on {grant.expires_at.date()}")
            if purpose is None:
                purpose = grant.purpose
            elif not purpose_covers(grant.purpose, purpose, tree):
                reasons.append(f"the grant for purpose {grant.purpose} does not cover purpose {purpose}")
    if purpose is None:
        reasons.append("no purpose requested")
        return []
    if not any_covers(corpus.purposes, purpose, tree):
        reasons.append(f"corpus {corpus.slug} does not serve purpose {purpose}")
    return [purpose]


def _contribution_reasons(
    action: str,
    c: ContributionFacts,
    corpus: CorpusFacts,
    needed: list[str],
    now: datetime,
    tree: PurposeTree,
) -> list[str]:
    out: list[str] = []
    status, why = consent_status(c.consent, now)
    if status is not ConsentStatus.ACTIVE:
        out.append(why)
    lic = c.licence
    for purpose in needed:
        if not any_covers(c.consent.purposes, purpose, tree):
            out.append(f"consent #{c.consent.record_id} does not cover purpose {purpose}")
        if is_commercial(purpose, tree) and not lic.allows_commercial_use:
            out.append(f"licence {lic.spdx_id} forbids commercial use required by purpose {purpose}")
        if is_training(purpose, tree) and not lic.model_training:
            out.append(f"licence {lic.spdx_id} forbids model training required by purpose {purpose}")
    if action == "build":
        if corpus.requires_commercial_use and not lic.allows_commercial_use:
            out.append(f"licence {lic.spdx_id} forbids commercial use required by corpus {corpus.slug}")
        if corpus.requires_model_training and not lic.model_training:
            out.append(f"licence {lic.spdx_id} forbids model training required by corpus {corpus.slug}")
        if corpus.requires_redistribution and not lic.redistribution:
            out.append(f"licence {lic.spdx_id} forbids redistribution required by corpus {corpus.slug}")
        if c.achieved_k is not None and c.achieved_k < corpus.k_threshold:
            out.append(f"k-anonymity {c.achieved_k} is below the corpus threshold {corpus.k_threshold}")
    elif not lic.redistribution:
        out.append(f"licence {lic.spdx_id} forbids redistribution to consumers")
    return [f"dataset #{c.dataset_id}: {reason}" for reason in out]


def decide(
    *,
    action: Action,
    corpus: CorpusFacts,
    now: datetime,
    purpose_tree: PurposeTree,
    contributions: Sequence[ContributionFacts] = (),
    requested_purpose: str | None = None,
    grant: GrantFacts | None = None,
) -> Decision:
    """Decide one build, grant or download; allowed only when no rule objects.

    - build: each contribution entering ``corpus`` must have active consent covering every corpus
      purpose, a licence meeting the corpus's required terms and its purposes (commercial use, model
      training), and k-anonymity at least the corpus threshold (when measured).
    - grant: ``requested_purpose`` must be served by the corpus and allowed by every contribution's
      consent and licence (which must also allow redistribution).
    - download: as grant, for the grant's purpose (or ``requested_purpose`` if the grant covers it); the
      grant must be for this corpus, not revoked and not expired.
    """
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    reasons: list[str] = []
    needed = _purposes_in_question(action, corpus, now, purpose_tree, requested_purpose, grant, reasons)
    for contribution in contributions:
        reasons.extend(_contribution_reasons(action, contribution, corpus, needed, now, purpose_tree))
    return Decision(allowed=not reasons, reasons=tuple(reasons))
