"""A corpus version's datasheet as MLCommons Croissant 1.0 JSON-LD.

Pure: it reads plain values (file entries, an Arrow schema, licence ids) so the build, a test and a
management command produce the same document. Responsible-AI facts go under ``rai:`` (Croissant RAI
vocabulary); Shoal-specific facts (risk report, manifest, purposes as codes) under ``shoal:``.
Spec: https://docs.mlcommons.org/croissant/docs/croissant-spec.html

Field types follow the shards' Arrow types (``anonymize.dtypes``): integers ``sc:Integer``, floats
``sc:Float``, booleans ``sc:Boolean``, dates (midnight timestamps marked ``shoal:type = date``)
``sc:Date``, other timestamps ``sc:DateTime``, the rest ``sc:Text``. Parquet files are declared with
Croissant's ``application/x-parquet`` so that Croissant readers (mlcroissant) read them; the document
passes ``mlcroissant`` validation (tests/pool/test_typed_corpora.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import pyarrow as pa

from anonymize.dtypes import DATE, value_type_of

CONFORMS_TO = "http://mlcommons.org/croissant/1.0"
SHOAL_NS = "https://shoal.example/ns#"

CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
    "shoal": SHOAL_NS,
    # Shoal's reports are plain JSON values, not linked data: typed @json so that JSON-LD processors
    # (mlcroissant expands the document with rdflib) keep them whole instead of reading their keys as
    # schema.org properties (an empty object would otherwise become a self-referencing blank node).
    "shoal:riskReport": {"@id": "shoal:riskReport", "@type": "@json"},
    "shoal:manifest": {"@id": "shoal:manifest", "@type": "@json"},
}

ENCODING_FORMATS = {".parquet": "application/vnd.apache.parquet", ".jsonl": "application/jsonl"}
#: The ``encodingFormat`` Croissant readers know a Parquet file by (mlcroissant reads only this one);
#: the HTTP ``Content-Type`` of the files stays the registered ``application/vnd.apache.parquet``.
CROISSANT_PARQUET = "application/x-parquet"


def encoding_format(name: str) -> str:
    """The media type of a version file, by extension (unknown files are octet streams)."""
    for suffix, media_type in ENCODING_FORMATS.items():
        if name.endswith(suffix):
            return media_type
    return "application/octet-stream"


def croissant_encoding_format(name: str) -> str:
    """The Croissant ``encodingFormat`` of a version file."""
    return CROISSANT_PARQUET if name.endswith(".parquet") else encoding_format(name)


def field_data_type(field: pa.Field) -> str:
    """The Croissant ``dataType`` of an Arrow field: its value type where Shoal declared one (a date
    stored as a midnight timestamp is ``sc:Date``, see ``anonymize.dtypes``), else its Arrow type's."""
    if value_type_of(field) == DATE:
        return "sc:Date"
    return data_type(field.type)


def data_type(arrow_type: pa.DataType) -> str:
    """The Croissant ``dataType`` of an Arrow column type."""
    if pa.types.is_boolean(arrow_type):
        return "sc:Boolean"
    if pa.types.is_integer(arrow_type):
        return "sc:Integer"
    if pa.types.is_floating(arrow_type) or pa.types.is_decimal(arrow_type):
        return "sc:Float"
    if pa.types.is_timestamp(arrow_type):
        return "sc:DateTime"
    if pa.types.is_date(arrow_type):
        return "sc:Date"
    return "sc:Text"


def spdx_url(spdx_id: str) -> str:
    return f"https://spdx.org/licenses/{spdx_id}.html"


def _distribution(files: Sequence[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """The file objects of a version, and the ``source`` its record set reads: the one Parquet file,
    or a file set of the shards (None without Parquet)."""
    distribution: list[dict[str, Any]] = []
    parquet = [f for f in files if f["name"].endswith(".parquet")]
    for entry in files:
        distribution.append(
            {
                "@type": "cr:FileObject",
                "@id": entry["name"],
                "name": entry["name"],
                "contentUrl": entry["url"],
                "contentSize": f"{entry['size']} B",
                "encodingFormat": croissant_encoding_format(entry["name"]),
                "sha256": entry["sha256"],
            }
        )
    source: dict[str, Any] | None = None
    if len(parquet) == 1:
        source = {"fileObject": {"@id": parquet[0]["name"]}}
    elif parquet:
        distribution.append(
            {
                "@type": "cr:FileSet",
                "@id": "parquet-shards",
                "name": "parquet-shards",
                "encodingFormat": CROISSANT_PARQUET,
                "includes": "part-*.parquet",
            }
        )
        source = {"fileSet": {"@id": "parquet-shards"}}
    return distribution, source


def _record_sets(schema: pa.Schema | None, source: dict[str, Any] | None) -> list[dict[str, Any]]:
    """One record set of the Parquet columns, each field extracted from ``source``."""
    record_sets: list[dict[str, Any]] = []
    if schema is not None and source is not None:
        record_sets.append(
            {
                "@type": "cr:RecordSet",
                "@id": "records",
                "name": "records",
                "field": [
                    {
                        "@type": "cr:Field",
                        "@id": f"records/{column.name}",
                        "name": column.name,
                        "dataType": field_data_type(column),
                        "source": {**source, "extract": {"column": column.name}},
                    }
                    for column in schema
                ],
            }
        )
    return record_sets


def croissant_datasheet(
    *,
    name: str,
    slug: str,
    description: str,
    version: int,
    files: Sequence[dict[str, Any]],
    schema: pa.Schema | None,
    licences: Sequence[str],
    purposes: Sequence[str],
    risk_report: dict[str, Any],
    attribution: Sequence[str],
    manifest: dict[str, Any],
    published_at: datetime,
    url: str,
    language: str = "en",
    keywords: Sequence[str] = (),
) -> dict[str, Any]:
    """Build the Croissant document of one version.

    ``files`` are the version's entries (``name``, ``sha256``, ``size``, ``rows``, ``url``); the record
    set describes the Parquet shards (JSONL copies, when present, are listed as distributions only).
    """
    distribution, source = _distribution(files)
    record_sets = _record_sets(schema, source)
    citation = f"{name}, version {version}. Shoal data pool. {url}"
    return {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": CONFORMS_TO,
        "name": name,
        "alternateName": slug,
        "description": description or name,
        "url": url,
        "version": f"{version}.0.0",
        "datePublished": published_at.isoformat(),
        "inLanguage": language,
        "keywords": list(keywords),
        "license": [spdx_url(spdx) for spdx in licences],
        "citeAs": citation,
        "isLiveDataset": False,
        "distribution": distribution,
        "recordSet": record_sets,
        "rai:dataUseCases": list(purposes),
        "rai:personalSensitiveInformation": (
            "Contributions are anonymised before pooling (direct identifiers removed or pseudonymised, "
            "quasi-identifiers generalised); the pooled table is re-measured for k-anonymity."
        ),
        "rai:dataCollection": "Pooled from member organisations' contributions under recorded consent.",
        "rai:dataLimitations": (
            "Generalised quasi-identifiers; suppressed records carry blank (null) quasi-identifiers. "
            "Generalised values keep a typed form where one exists (a year is an integer); intervals "
            "are text 'LOW-HIGH' with inclusive bounds, months ISO 8601 text 'YYYY-MM'."
        ),
        "shoal:purposes": list(purposes),
        "shoal:riskReport": risk_report,
        "shoal:attribution": list(attribution),
        "shoal:manifest": manifest,
    }
