"""Licence combination (most restrictive wins) and the purpose hierarchy; pure, no database."""

from __future__ import annotations

import pytest

from contracts.licensing import attribution_list, combine_licences
from contracts.policy import LicenceFacts
from contracts.purposes import SEED_TREE, ancestors, purpose_covers
from contracts.vocabulary import LICENCES

CATALOGUE = {
    spdx: LicenceFacts(spdx, commercial, training, redistribution, derivatives, attribution, sa, nc)
    for spdx, _name, _url, commercial, training, redistribution, derivatives, attribution, sa, nc in LICENCES
}


@pytest.mark.parametrize(
    ("granted", "requested", "covers"),
    [
        ("model-training", "model-training", True),
        ("model-training", "commercial-model-training", True),
        ("commercial-model-training", "model-training", False),
        ("research-and-development", "product-development", True),
        ("academic-research", "commercial-research", False),
        ("commercial-research", "product-development", True),
        ("service-improvement", "model-training", False),
        ("model-training", "unknown-purpose", False),
    ],
)
def test_consent_covers_a_purpose_only_down_the_vocabulary(
    granted: str, requested: str, covers: bool
) -> None:
    assert purpose_covers(granted, requested, SEED_TREE) is covers


def test_a_cycle_in_the_tree_does_not_hang() -> None:
    tree = {"a": "b", "b": "a"}
    assert ancestors("a", tree) == ["b"]
    assert purpose_covers("b", "a", tree) and not purpose_covers("c", "a", tree)


@pytest.mark.parametrize(
    ("licences", "expected"),
    [
        ([], {"commercial_use": True, "attribution": False, "share_alike": False, "compatible": True}),
        (["CC0-1.0", "PDDL-1.0"], {"commercial_use": True, "attribution": False, "compatible": True}),
        (["CC0-1.0", "CC-BY-4.0"], {"commercial_use": True, "attribution": True, "share_alike": False}),
        (
            ["CC-BY-4.0", "CC-BY-NC-4.0"],
            {"commercial_use": False, "non_commercial": True, "compatible": True},
        ),
        (["CC-BY-4.0", "CC-BY-SA-4.0"], {"share_alike": True, "compatible": True}),
        (["CC-BY-SA-4.0", "ODbL-1.0"], {"share_alike": True, "compatible": False}),
        (["CC-BY-SA-4.0", "CC-BY-NC-4.0"], {"non_commercial": True, "compatible": False}),
    ],
)
def test_the_most_restrictive_terms_win(licences: list[str], expected: dict[str, bool]) -> None:
    terms = combine_licences(CATALOGUE[spdx] for spdx in licences)
    assert {key: getattr(terms, key) for key in expected} == expected
    assert terms.licences == tuple(sorted(licences))


def test_conflicts_name_the_licences() -> None:
    terms = combine_licences(
        [CATALOGUE["CC-BY-SA-4.0"], CATALOGUE["CC-BY-NC-4.0"], CATALOGUE["CDLA-Sharing-1.0"]]
    )
    assert terms.share_alike_licences == ("CC-BY-SA-4.0", "CDLA-Sharing-1.0")
    assert terms.conflicts == (
        "share-alike licences CC-BY-SA-4.0, CDLA-Sharing-1.0 each require to be the only licence",
        "CC-BY-SA-4.0 is share-alike and cannot take the non-commercial restriction of CC-BY-NC-4.0",
        "CDLA-Sharing-1.0 is share-alike and cannot take the non-commercial restriction of CC-BY-NC-4.0",
    )


def test_training_and_redistribution_need_every_licence() -> None:
    closed = LicenceFacts("Closed-1", model_training=False, redistribution=False, derivatives=False)
    terms = combine_licences([CATALOGUE["CC0-1.0"], closed])
    assert (terms.model_training, terms.redistribution, terms.derivatives) == (False, False, False)


def test_the_attribution_list_credits_every_contribution_once_in_order() -> None:
    lines = attribution_list(
        [
            ("Tickets", "Acme", "CC-BY-4.0"),
            ("customers", "AgriCoop", "CC0-1.0"),
            ("Tickets", "Acme", "CC-BY-4.0"),
        ]
    )
    assert lines == ["“customers” by AgriCoop (CC0-1.0)", "“Tickets” by Acme (CC-BY-4.0)"]
