"""Seed vocabulary: the licence catalogue (SPDX) and the purpose hierarchy (W3C DPV).

Kept as plain data so migrations, tests and the policy share one source of truth.
"""

from __future__ import annotations

from typing import Any

DPV = "https://w3id.org/dpv#"

# spdx_id, name, url, commercial, training, redistribution, derivatives, attribution, share_alike, non_commercial
LICENCES: list[tuple[str, str, str, bool, bool, bool, bool, bool, bool, bool]] = [
    (
        "CDLA-Permissive-2.0",
        "Community Data License Agreement – Permissive 2.0",
        "https://cdla.dev/permissive-2-0/",
        True,
        True,
        True,
        True,
        False,
        False,
        False,
    ),
    (
        "CDLA-Sharing-1.0",
        "Community Data License Agreement – Sharing 1.0",
        "https://cdla.dev/sharing-1-0/",
        True,
        True,
        True,
        True,
        True,
        True,
        False,
    ),
    (
        "CC0-1.0",
        "Creative Commons Zero v1.0 Universal",
        "https://creativecommons.org/publicdomain/zero/1.0/",
        True,
        True,
        True,
        True,
        False,
        False,
        False,
    ),
    (
        "CC-BY-4.0",
        "Creative Commons Attribution 4.0 International",
        "https://creativecommons.org/licenses/by/4.0/",
        True,
        True,
        True,
        True,
        True,
        False,
        False,
    ),
    (
        "CC-BY-SA-4.0",
        "Creative Commons Attribution Share Alike 4.0 International",
        "https://creativecommons.org/licenses/by-sa/4.0/",
        True,
        True,
        True,
        True,
        True,
        True,
        False,
    ),
    (
        "CC-BY-NC-4.0",
        "Creative Commons Attribution Non Commercial 4.0 International",
        "https://creativecommons.org/licenses/by-nc/4.0/",
        False,
        True,
        True,
        True,
        True,
        False,
        True,
    ),
    (
        "ODbL-1.0",
        "Open Data Commons Open Database License v1.0",
        "https://opendatacommons.org/licenses/odbl/1-0/",
        True,
        True,
        True,
        True,
        True,
        True,
        False,
    ),
    (
        "PDDL-1.0",
        "Open Data Commons Public Domain Dedication & License 1.0",
        "https://opendatacommons.org/licenses/pddl/1-0/",
        True,
        True,
        True,
        True,
        False,
        False,
        False,
    ),
]

# code, name, DPV concept, parent code
PURPOSES: list[tuple[str, str, str, str | None]] = [
    ("research-and-development", "Research and development", DPV + "ResearchAndDevelopment", None),
    ("academic-research", "Academic research", DPV + "AcademicResearch", "research-and-development"),
    ("commercial-research", "Commercial research", DPV + "CommercialResearch", "research-and-development"),
    ("model-training", "Model training", DPV + "ResearchAndDevelopment", "research-and-development"),
    ("commercial-model-training", "Commercial model training", DPV + "CommercialResearch", "model-training"),
    ("model-evaluation", "Model evaluation", DPV + "ResearchAndDevelopment", "research-and-development"),
    ("product-development", "Product development", DPV + "ProductDevelopment", "commercial-research"),
    ("service-improvement", "Service improvement", DPV + "ServiceOptimisation", None),
]


def seed_vocabulary(licence_model: Any, purpose_model: Any) -> None:
    """Create or update every licence and purpose; takes the model classes so that migrations can
    pass their historical models and tests can restore rows a transactional flush removed."""
    for spdx, name, url, commercial, training, redistribution, derivatives, attribution, sa, nc in LICENCES:
        licence_model.objects.update_or_create(
            spdx_id=spdx,
            defaults={
                "name": name,
                "url": url,
                "commercial_use": commercial,
                "model_training": training,
                "redistribution": redistribution,
                "derivatives": derivatives,
                "attribution": attribution,
                "share_alike": sa,
                "non_commercial": nc,
            },
        )
    for code, name, iri, parent in PURPOSES:
        purpose_model.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "dpv_iri": iri,
                "parent": purpose_model.objects.get(code=parent) if parent else None,
            },
        )
