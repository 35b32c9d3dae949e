"""The purpose hierarchy as plain data: which granted purpose covers which requested one.

Pure (no Django) so the policy, its tests and the admin share one rule.
"""

from __future__ import annotations

from collections.abc import Mapping

from contracts.vocabulary import PURPOSES

PurposeTree = Mapping[str, "str | None"]

# The seeded vocabulary as a child -> parent mapping; the database may extend it.
SEED_TREE: dict[str, str | None] = {code: parent for code, _name, _iri, parent in PURPOSES}


def ancestors(code: str, tree: PurposeTree) -> list[str]:
    """Return ``code``'s parents, nearest first; a cycle in bad data stops the walk instead of looping."""
    chain: list[str] = []
    seen = {code}
    parent = tree.get(code)
    while parent is not None and parent not in seen:
        chain.append(parent)
        seen.add(parent)
        parent = tree.get(parent)
    return chain


def purpose_covers(granted: str, requested: str, tree: PurposeTree) -> bool:
    """True when consent for ``granted`` covers ``requested``: the same purpose or one of its descendants.

    Consent for a broad purpose ("model-training") covers a narrower one ("commercial-model-training")
    only where the vocabulary makes it a descendant; it never covers an ancestor or a sibling.
    """
    return granted == requested or granted in ancestors(requested, tree)


def any_covers(granted: frozenset[str] | set[str], requested: str, tree: PurposeTree) -> bool:
    """True when at least one purpose in ``granted`` covers ``requested``."""
    return any(purpose_covers(g, requested, tree) for g in granted)
