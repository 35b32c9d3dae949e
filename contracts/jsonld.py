"""Export a consent record as JSON-LD using W3C DPV terms, shaped after ISO/IEC TS 27560.

The document gives an auditor (or another controller) the record, its legal basis as a DPV GDPR
concept, its purposes as DPV concepts, its current status and its full event history.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from contracts.models import ConsentRecord
from contracts.policy import ConsentStatus
from contracts.services.consent import consent_state

CONTEXT: dict[str, str] = {
    "dpv": "https://w3id.org/dpv#",
    "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
    "dct": "http://purl.org/dc/terms/",
    "dcat": "http://www.w3.org/ns/dcat#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "shoal": "urn:shoal:vocab#",
}

# Keys are the values of ``LegalBasis`` / ``SpecialCategoryBasis`` (GDPR Art. 6(1) and 9(2) points).
LEGAL_BASIS_IRI: dict[str, str] = {
    "consent": "eu-gdpr:A6-1-a",
    "contract": "eu-gdpr:A6-1-b",
    "legal_obligation": "eu-gdpr:A6-1-c",
    "vital_interests": "eu-gdpr:A6-1-d",
    "public_task": "eu-gdpr:A6-1-e",
    "legitimate_interests": "eu-gdpr:A6-1-f",
}
SPECIAL_BASIS_IRI: dict[str, str] = {
    "explicit_consent": "eu-gdpr:A9-2-a",
    "employment": "eu-gdpr:A9-2-b",
    "public_health": "eu-gdpr:A9-2-i",
    "research": "eu-gdpr:A9-2-j",
}
STATUS_IRI: dict[str, str] = {
    ConsentStatus.ACTIVE: "dpv:ConsentGiven",
    ConsentStatus.NOT_YET_VALID: "dpv:ConsentGiven",
    ConsentStatus.EXPIRED: "dpv:ConsentExpired",
    ConsentStatus.WITHDRAWN: "dpv:ConsentWithdrawn",
    ConsentStatus.INVALIDATED: "dpv:ConsentInvalidated",
}
EVENT_IRI: dict[str, str] = {
    "given": "dpv:ConsentGiven",
    "renewed": "dpv:RenewedConsentGiven",
    "withdrawn": "dpv:ConsentWithdrawn",
    "expired": "dpv:ConsentExpired",
    "invalidated": "dpv:ConsentInvalidated",
}


def _labels(values: list[str], kind: str) -> list[dict[str, str]]:
    return [{"@type": kind, "rdfs:label": value} for value in values]


def consent_to_jsonld(record: ConsentRecord, at: datetime | None = None) -> dict[str, Any]:
    """Return ``record`` as a JSON-LD document (a plain dict ready for ``json.dumps``)."""
    state = consent_state(record, at)
    purposes = [
        {"@id": p.dpv_iri or f"shoal:purpose/{p.code}", "dct:identifier": p.code, "rdfs:label": p.name}
        for p in record.purposes.all()
    ]
    personal_data: list[dict[str, str]] = _labels(record.personal_data_categories, "dpv:PersonalData")
    personal_data += _labels(record.special_category_types, "dpv:SpecialCategoryPersonalData")
    doc: dict[str, Any] = {
        "@context": CONTEXT,
        "@id": f"urn:shoal:consent:{record.pk}",
        "@type": "dpv:ConsentRecord",
        "dct:identifier": str(record.pk),
        "dct:created": record.created_at.isoformat() if record.created_at else None,
        "dct:conformsTo": "ISO/IEC TS 27560:2023",
        "dpv:hasDataController": {
            "@type": "dpv:DataController",
            "rdfs:label": record.controller_name,
            "dpv:hasContact": record.controller_contact,
        },
        "dpv:hasLegalBasis": [{"@id": LEGAL_BASIS_IRI[record.legal_basis]}],
        "dpv:hasDataSubject": _labels(record.data_subject_categories, "dpv:DataSubject"),
        "dpv:hasPersonalData": personal_data,
        "dpv:hasPurpose": purposes,
        "dpv:hasJurisdiction": record.jurisdiction,
        "dpv:hasConsentStatus": {"@id": STATUS_IRI[state.status]},
        "dct:valid": {
            "@type": "dct:PeriodOfTime",
            "dcat:startDate": state.valid_from.isoformat(),
            "dcat:endDate": state.valid_until.isoformat() if state.valid_until else None,
        },
        "shoal:collectionMethod": record.collection_method,
        "shoal:status": str(state.status),
        "shoal:history": [
            {
                "@type": EVENT_IRI[event.kind],
                "dct:date": event.at.isoformat(),
                "dct:creator": event.actor_name,
                "dct:description": event.reason,
                **({"dcat:endDate": event.valid_until.isoformat()} if event.valid_until else {}),
            }
            for event in record.events.all()
        ],
    }
    if record.special_categories:
        doc["dpv:hasLegalBasis"].append({"@id": SPECIAL_BASIS_IRI[record.special_category_basis]})
    if record.notice_url:
        doc["dpv:hasNotice"] = {"@id": record.notice_url, "@type": "dpv:PrivacyNotice"}
    if record.evidence:
        doc["shoal:evidence"] = record.evidence.name
    return doc
