"""Licence compatibility for a corpus version: most restrictive wins, obligations propagate.

Pure functions over ``LicenceFacts`` and plain values (no models), so a build, a datasheet and a test
all compute the same terms.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from contracts.policy import LicenceFacts


@dataclass(frozen=True)
class CombinedTerms:
    """The terms a corpus built from several licences must carry.

    Permissions (commercial use, model training, redistribution, derivatives) hold only if every licence
    grants them; obligations (attribution, share-alike, non-commercial) apply if any licence imposes them.
    ``conflicts`` lists combinations that cannot be honoured at once (two different share-alike
    licences each demand to be the only licence; share-alike forbids adding a non-commercial restriction).
    """

    licences: tuple[str, ...]
    commercial_use: bool
    model_training: bool
    redistribution: bool
    derivatives: bool
    attribution: bool
    share_alike: bool
    non_commercial: bool
    share_alike_licences: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = ()

    @property
    def compatible(self) -> bool:
        return not self.conflicts


def combine_licences(licences: Iterable[LicenceFacts]) -> CombinedTerms:
    """Combine the licences of a corpus's contributions; an empty corpus carries no restriction."""
    unique = {lic.spdx_id: lic for lic in licences}
    items = [unique[k] for k in sorted(unique)]
    non_commercial = any(lic.non_commercial or not lic.commercial_use for lic in items)
    share_alike = tuple(lic.spdx_id for lic in items if lic.share_alike)
    nc_ids = tuple(lic.spdx_id for lic in items if lic.non_commercial or not lic.commercial_use)
    conflicts: list[str] = []
    if len(share_alike) > 1:
        conflicts.append(f"share-alike licences {', '.join(share_alike)} each require to be the only licence")
    for sa in share_alike:
        for nc in nc_ids:
            if nc != sa:
                conflicts.append(
                    f"{sa} is share-alike and cannot take the non-commercial restriction of {nc}"
                )
    return CombinedTerms(
        licences=tuple(lic.spdx_id for lic in items),
        commercial_use=not non_commercial,
        model_training=all(lic.model_training for lic in items),
        redistribution=all(lic.redistribution for lic in items),
        derivatives=all(lic.derivatives for lic in items),
        attribution=any(lic.attribution for lic in items),
        share_alike=bool(share_alike),
        non_commercial=non_commercial,
        share_alike_licences=share_alike,
        conflicts=tuple(conflicts),
    )


def attribution_list(contributions: Iterable[tuple[str, str, str]]) -> list[str]:
    """One credit line per (title, organisation name, licence SPDX id), sorted and without duplicates.

    Every contribution is credited, whatever its licence requires: the list goes in the version's
    datasheet, where crediting a CC0 contribution costs nothing and helps provenance.
    """
    lines = {f"“{title}” by {org} ({spdx})" for title, org, spdx in contributions}
    return sorted(lines, key=str.casefold)
