"""The access policy against an independent reference model, plus readable examples of each rule.

No database: ``contracts.policy`` is pure. ``POLICY_EXAMPLES`` lowers the number of generated cases
when the coverage test re-runs this file under tracing.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contracts.policy import (
    ConsentFacts,
    ConsentStatus,
    ContributionFacts,
    CorpusFacts,
    Decision,
    GrantFacts,
    LicenceFacts,
    PolicyQuestion,
    consent_status,
    decide,
)
from contracts.purposes import SEED_TREE

T = TypeVar("T")
EXAMPLES = int(os.environ.get("POLICY_EXAMPLES", "10000"))
BASE = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
CODES = sorted(SEED_TREE)
NC = LicenceFacts("CC-BY-NC-4.0", commercial_use=False, non_commercial=True, attribution=True)
OPEN = LicenceFacts("CC0-1.0")


# --- the reference model: the rules written again, plainly, from the issue text ---------------------


def ref_closure(tree: dict[str, str | None]) -> dict[str, set[str]]:
    """Every code's strict ancestors, by fixpoint over parent edges (cycles included)."""
    anc: dict[str, set[str]] = {c: ({p} if p is not None else set()) for c, p in tree.items()}
    changed = True
    while changed:
        changed = False
        for c in anc:
            extra = set().union(*(anc.get(p, set()) for p in anc[c])) - anc[c]
            if extra:
                anc[c] |= extra
                changed = True
    return anc


def ref_decide(q: PolicyQuestion) -> list[str]:
    """Return one tag per violated rule; allowed iff empty."""
    anc = ref_closure(dict(q.purpose_tree))

    def covers(granted: str, requested: str) -> bool:
        return granted == requested or granted in anc.get(requested, set())

    def commercial(p: str) -> bool:
        return covers("commercial-research", p) or covers("commercial-model-training", p)

    violations: list[str] = []
    today = q.now.date()
    if q.action == "build":
        if len(q.corpus.purposes) == 0:
            violations.append("corpus-no-purpose")
        needed = list(q.corpus.purposes)
    else:
        purpose = q.requested_purpose
        if q.action == "download":
            g = q.grant
            if g is None:
                violations.append("no-grant")
            else:
                if g.corpus_slug != q.corpus.slug:
                    violations.append("grant-other-corpus")
                revoked = g.revoked_at is not None and not (g.revoked_at > q.now)
                expired = not (g.expires_at > q.now)
                if revoked or expired:
                    violations.append("grant-ended")
                if purpose is None:
                    purpose = g.purpose
                elif not covers(g.purpose, purpose):
                    violations.append("grant-purpose")
        if purpose is None:
            violations.append("no-purpose")
            needed = []
        else:
            if not [p for p in q.corpus.purposes if covers(p, purpose)]:
                violations.append("corpus-purpose")
            needed = [purpose]
    for c in q.contributions:
        k = c.consent
        ended = (k.invalidated_at is not None and k.invalidated_at <= q.now) or (
            k.withdrawn_at is not None and k.withdrawn_at <= q.now
        )
        out_of_dates = today < k.valid_from or (k.valid_until is not None and today > k.valid_until)
        if ended or out_of_dates:
            violations.append("consent-state")
        lic = c.licence
        may_sell = lic.commercial_use and not lic.non_commercial
        for p in needed:
            if not any(covers(g, p) for g in k.purposes):
                violations.append("consent-purpose")
            if commercial(p) and not may_sell:
                violations.append("purpose-commercial")
            if covers("model-training", p) and not lic.model_training:
                violations.append("purpose-training")
        if q.action == "build":
            violations += ["corpus-commercial"] * (q.corpus.requires_commercial_use and not may_sell)
            violations += ["corpus-training"] * (q.corpus.requires_model_training and not lic.model_training)
            violations += ["corpus-redistribution"] * (
                q.corpus.requires_redistribution and not lic.redistribution
            )
            violations += ["k"] * (c.achieved_k is not None and c.achieved_k < q.corpus.k_threshold)
        elif not lic.redistribution:
            violations.append("redistribution")
    return violations


# --- generators ------------------------------------------------------------------------------------

codes = st.sampled_from([*CODES, "unlisted-purpose"])
moments = st.integers(-72, 72).map(lambda h: BASE + timedelta(hours=h))
days = st.integers(-4, 4).map(lambda d: BASE.date() + timedelta(days=d))


@st.composite
def trees(draw: st.DrawFn) -> dict[str, str | None]:
    """The seed vocabulary, or a random re-parenting of it (cycles allowed: bad data must not hang)."""
    if draw(st.booleans()):
        return dict(SEED_TREE)
    return {c: draw(st.one_of(st.none(), st.sampled_from(CODES))) for c in CODES}


licences = st.builds(
    LicenceFacts,
    spdx_id=st.sampled_from(["CC0-1.0", "CC-BY-NC-4.0", "X-1"]),
    commercial_use=st.booleans(),
    model_training=st.booleans(),
    redistribution=st.booleans(),
    non_commercial=st.booleans(),
)
consents = st.builds(
    ConsentFacts,
    record_id=st.integers(1, 9),
    purposes=st.frozensets(codes, max_size=3),
    valid_from=days,
    valid_until=st.one_of(st.none(), days),
    withdrawn_at=st.one_of(st.none(), moments),
    invalidated_at=st.one_of(st.none(), moments),
)
contributions = st.builds(
    ContributionFacts,
    dataset_id=st.integers(1, 99),
    consent=consents,
    licence=licences,
    achieved_k=st.one_of(st.none(), st.integers(1, 10)),
)
corpora = st.builds(
    CorpusFacts,
    slug=st.sampled_from(["a", "b"]),
    purposes=st.frozensets(codes, max_size=3),
    requires_commercial_use=st.booleans(),
    requires_model_training=st.booleans(),
    requires_redistribution=st.booleans(),
    k_threshold=st.integers(2, 8),
)
grants = st.builds(
    GrantFacts,
    corpus_slug=st.sampled_from(["a", "b"]),
    purpose=codes,
    expires_at=moments,
    revoked_at=st.one_of(st.none(), moments),
)
questions = st.builds(
    PolicyQuestion,
    action=st.sampled_from(["build", "grant", "download"]),
    corpus=corpora,
    now=moments,
    purpose_tree=trees(),
    contributions=st.lists(contributions, max_size=3).map(tuple),
    requested_purpose=st.one_of(st.none(), codes),
    grant=st.one_of(st.none(), grants),
)


def question_from_seed(seed: int) -> PolicyQuestion:
    """Expand one hypothesis-drawn integer into a question over the same domain as ``questions``.

    Drawing one integer per case keeps 10,000 cases within seconds (structured strategies spend ~9 ms
    per case generating); ``questions`` below, with shrinking, covers the same space at lower volume.
    """
    rnd = random.Random(seed)
    pick = rnd.choice
    all_codes = [*CODES, "unlisted-purpose"]

    def moment() -> datetime:
        return BASE + timedelta(hours=rnd.randint(-72, 72))

    def day() -> date:
        return BASE.date() + timedelta(days=rnd.randint(-4, 4))

    def maybe(make: Callable[[], T]) -> T | None:
        return make() if rnd.random() < 0.5 else None

    def some_codes() -> frozenset[str]:
        return frozenset(rnd.sample(all_codes, rnd.randint(0, 3)))

    tree = dict(SEED_TREE) if rnd.random() < 0.5 else {c: maybe(lambda: pick(CODES)) for c in CODES}
    contributions = tuple(
        ContributionFacts(
            dataset_id=rnd.randint(1, 99),
            consent=ConsentFacts(
                record_id=rnd.randint(1, 9),
                purposes=some_codes(),
                valid_from=day(),
                valid_until=maybe(day),
                withdrawn_at=maybe(moment),
                invalidated_at=maybe(moment),
            ),
            licence=LicenceFacts(
                spdx_id=pick(["CC0-1.0", "CC-BY-NC-4.0", "X-1"]),
                commercial_use=rnd.random() < 0.5,
                model_training=rnd.random() < 0.5,
                redistribution=rnd.random() < 0.5,
                non_commercial=rnd.random() < 0.5,
            ),
            achieved_k=maybe(lambda: rnd.randint(1, 10)),
        )
        for _ in range(rnd.randint(0, 3))
    )
    return PolicyQuestion(
        action=pick(["build", "grant", "download"]),
        corpus=CorpusFacts(
            slug=pick(["a", "b"]),
            purposes=some_codes(),
            requires_commercial_use=rnd.random() < 0.5,
            requires_model_training=rnd.random() < 0.5,
            requires_redistribution=rnd.random() < 0.5,
            k_threshold=rnd.randint(2, 8),
        ),
        now=moment(),
        purpose_tree=tree,
        contributions=contributions,
        requested_purpose=maybe(lambda: pick(all_codes)),
        grant=maybe(
            lambda: GrantFacts(
                corpus_slug=pick(["a", "b"]),
                purpose=pick(all_codes),
                expires_at=moment(),
                revoked_at=maybe(moment),
            )
        ),
    )


def assert_agrees(question: PolicyQuestion) -> None:
    decision = decide(**question.as_kwargs())
    expected = ref_decide(question)
    assert decision.allowed == (not expected), (question, decision.reasons, expected)
    assert len(decision.reasons) == len(expected), (question, decision.reasons, expected)


def test_it_agrees_with_the_reference_model_over_ten_thousand_cases() -> None:
    seeds: set[int] = set()

    @settings(max_examples=EXAMPLES, deadline=None, database=None)
    @given(st.integers(min_value=0, max_value=2**64))
    def check(seed: int) -> None:
        seeds.add(seed)
        assert_agrees(question_from_seed(seed))

    check()
    assert len(seeds) >= EXAMPLES  # distinct generated cases, all agreeing


@settings(max_examples=min(EXAMPLES, 300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(questions)
def test_it_agrees_with_the_reference_model_on_shrinkable_cases(question: PolicyQuestion) -> None:
    assert_agrees(question)


@settings(max_examples=min(EXAMPLES, 300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(questions, contributions)
def test_adding_a_contribution_never_turns_a_refusal_into_a_permission(
    question: PolicyQuestion, extra: ContributionFacts
) -> None:
    before = decide(**question.as_kwargs())
    kwargs = question.as_kwargs() | {"contributions": (*question.contributions, extra)}
    after = decide(**kwargs)
    assert not (after.allowed and not before.allowed)
    assert set(before.reasons) <= set(after.reasons)


# --- readable examples, one per rule -----------------------------------------------------------------


def consent(**kw: object) -> ConsentFacts:
    base: dict[str, object] = {
        "record_id": 7,
        "purposes": frozenset({"model-training"}),
        "valid_from": date(2026, 1, 1),
    }
    return ConsentFacts(**(base | kw))  # type: ignore[arg-type]


def build(
    contribs: list[ContributionFacts], corpus: CorpusFacts | None = None, now: datetime = BASE
) -> Decision:
    corpus = corpus or CorpusFacts("news", frozenset({"model-training"}))
    return decide(action="build", corpus=corpus, now=now, purpose_tree=SEED_TREE, contributions=contribs)


def test_it_allows_a_clean_build() -> None:
    assert build([ContributionFacts(1, consent(), OPEN, achieved_k=9)]) == Decision(True, ())


@pytest.mark.parametrize(
    ("facts", "reason"),
    [
        (consent(withdrawn_at=BASE - timedelta(days=3)), "dataset #1: consent #7 withdrawn on 2026-03-07"),
        (
            consent(invalidated_at=BASE - timedelta(days=1)),
            "dataset #1: consent #7 invalidated on 2026-03-09",
        ),
        (consent(valid_until=date(2026, 3, 9)), "dataset #1: consent #7 expired on 2026-03-09"),
        (consent(valid_from=date(2026, 4, 1)), "dataset #1: consent #7 is not valid before 2026-04-01"),
        (
            consent(purposes=frozenset({"academic-research"})),
            "dataset #1: consent #7 does not cover purpose model-training",
        ),
    ],
)
def test_it_refuses_a_build_over_a_consent_that_is_not_in_force(facts: ConsentFacts, reason: str) -> None:
    assert build([ContributionFacts(1, facts, OPEN)]).reasons == (reason,)


def test_a_withdrawal_scheduled_later_does_not_count_yet() -> None:
    facts = consent(withdrawn_at=BASE + timedelta(hours=1))
    assert build([ContributionFacts(1, facts, OPEN)]).allowed
    assert consent_status(facts, BASE + timedelta(hours=1))[0] is ConsentStatus.WITHDRAWN


def test_it_names_the_licence_that_forbids_commercial_use_required_by_the_corpus() -> None:
    corpus = CorpusFacts("retail", frozenset({"model-training"}), requires_commercial_use=True)
    decision = build([ContributionFacts(2, consent(), NC)], corpus)
    assert decision.reasons == (
        "dataset #2: licence CC-BY-NC-4.0 forbids commercial use required by corpus retail",
    )


def test_a_commercial_purpose_needs_a_licence_allowing_commercial_use_and_matching_consent() -> None:
    corpus = CorpusFacts("retail", frozenset({"commercial-model-training"}))
    decision = build([ContributionFacts(3, consent(), NC)], corpus)
    assert decision.reasons == (
        "dataset #3: licence CC-BY-NC-4.0 forbids commercial use required by purpose commercial-model-training",
    )  # consent for model-training covers its descendant commercial-model-training (vocabulary says so)


def test_consent_for_a_narrow_purpose_does_not_cover_its_parent() -> None:
    corpus = CorpusFacts("c", frozenset({"model-training"}))
    decision = build(
        [ContributionFacts(4, consent(purposes=frozenset({"commercial-model-training"})), OPEN)], corpus
    )
    assert decision.reasons == ("dataset #4: consent #7 does not cover purpose model-training",)


def test_it_refuses_a_build_below_the_corpus_k_threshold_and_a_corpus_without_purpose() -> None:
    decision = build([ContributionFacts(5, consent(), OPEN, achieved_k=3)], CorpusFacts("c", frozenset()))
    assert decision.reasons == (
        "corpus c declares no purpose",
        "dataset #5: k-anonymity 3 is below the corpus threshold 5",
    )


def test_it_refuses_a_licence_without_training_or_redistribution() -> None:
    closed = LicenceFacts("Closed-1", model_training=False, redistribution=False)
    decision = build([ContributionFacts(6, consent(), closed)])
    assert decision.reasons == (
        "dataset #6: licence Closed-1 forbids model training required by purpose model-training",
        "dataset #6: licence Closed-1 forbids model training required by corpus news",
        "dataset #6: licence Closed-1 forbids redistribution required by corpus news",
    )


def grant_decision(
    action: str, purpose: str | None, grant: GrantFacts | None, lic: LicenceFacts = OPEN
) -> Decision:
    corpus = CorpusFacts("news", frozenset({"research-and-development"}))
    return decide(
        action=action,  # type: ignore[arg-type]
        corpus=corpus,
        now=BASE,
        purpose_tree=SEED_TREE,
        contributions=[ContributionFacts(1, consent(purposes=frozenset({"research-and-development"})), lic)],
        requested_purpose=purpose,
        grant=grant,
    )


def test_it_grants_a_purpose_the_corpus_serves_and_refuses_one_it_does_not() -> None:
    assert grant_decision("grant", "academic-research", None).allowed
    assert grant_decision("grant", "service-improvement", None).reasons == (
        "corpus news does not serve purpose service-improvement",
        "dataset #1: consent #7 does not cover purpose service-improvement",
    )
    assert grant_decision("grant", None, None).reasons == ("no purpose requested",)
    assert grant_decision(
        "grant", "academic-research", None, LicenceFacts("ND", redistribution=False)
    ).reasons == ("dataset #1: licence ND forbids redistribution to consumers",)


def test_a_download_needs_a_live_grant_for_this_corpus_and_purpose() -> None:
    live = GrantFacts("news", "academic-research", expires_at=BASE + timedelta(days=30))
    assert grant_decision("download", None, live).allowed
    assert grant_decision("download", "academic-research", live).allowed
    assert grant_decision("download", None, None).reasons == (
        "no access grant for corpus news",
        "no purpose requested",
    )
    expired = GrantFacts("news", "academic-research", expires_at=BASE - timedelta(days=1))
    assert grant_decision("download", None, expired).reasons == ("access grant expired on 2026-03-09",)
    revoked = GrantFacts("other", "academic-research", expires_at=BASE + timedelta(days=1), revoked_at=BASE)
    assert grant_decision("download", "model-training", revoked).reasons == (
        "the grant is for corpus other, not news",
        "access grant revoked on 2026-03-10",
        "the grant for purpose academic-research does not cover purpose model-training",
    )


def test_it_rejects_an_unknown_action() -> None:
    with pytest.raises(ValueError, match="unknown action"):
        decide(action="sell", corpus=CorpusFacts("c", frozenset()), now=BASE, purpose_tree={})  # type: ignore[arg-type]


def test_a_decision_is_truthy_only_when_allowed() -> None:
    assert Decision(True) and not Decision(False, ("x",))
