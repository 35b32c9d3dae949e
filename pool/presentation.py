"""How the consumer's pages put licence terms, datasheets, risk and download snippets into words.

Pure functions of the stored reports (no queries but a version's licences), kept apart from the views
so they can be read and tested alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest

from contracts.adapters import licence_facts
from contracts.licensing import CombinedTerms, combine_licences
from pool.models import CorpusVersion

CROISSANT_TYPES = {
    "sc:Integer": "integer",
    "sc:Float": "decimal number",
    "sc:Boolean": "true/false",
    "sc:Date": "date",
    "sc:DateTime": "date and time",
    "sc:Text": "text",
}


@dataclass(frozen=True)
class Term:
    """One licence or pool term in plain words; ``kind`` is ``may``, ``may-not`` or ``must``."""

    kind: str
    text: str


def licence_terms_in_words(terms: CombinedTerms | None) -> list[Term]:
    """What a consumer may and must do with a version pooled under ``terms``, in plain words.

    Permissions hold only if every contribution's licence grants them and obligations apply if any
    licence imposes them (``contracts.licensing.combine_licences``); the pool's own terms follow.
    """
    words: list[Term] = []
    if terms is not None:
        words += [
            Term("may", "You may use the data for commercial purposes.")
            if terms.commercial_use
            else Term("may-not", "Non-commercial use only."),
            Term("may", "You may train machine-learning models on it.")
            if terms.model_training
            else Term("may-not", "You may not train machine-learning models on it."),
            Term("may", "You may share copies of it.")
            if terms.redistribution
            else Term("may-not", "You may not share copies of it."),
            Term("may", "You may modify it and share what you derive from it.")
            if terms.derivatives
            else Term("may-not", "You may not share modified versions of it."),
        ]
        if terms.attribution:
            words.append(Term("must", "You must credit the contributors listed in the datasheet."))
        if terms.share_alike:
            licences = ", ".join(terms.share_alike_licences)
            words.append(Term("must", f"What you share from it must carry the same licence ({licences})."))
    words += [
        Term("must", "Use it only for the purpose your organisation was granted, until the grant expires."),
        Term("may-not", "Never try to re-identify anyone, or link it with other data to do so."),
        Term("must", "Delete your copies of a version when you are told it was withdrawn (erasure)."),
    ]
    return words


def version_terms(version: CorpusVersion | None) -> CombinedTerms | None:
    """The combined licence terms of the contributions ``version`` pools (None before a version)."""
    if version is None:
        return None
    return combine_licences(licence_facts(d.licence) for d in version.datasets.select_related("licence"))


@dataclass(frozen=True)
class Column:
    name: str
    type: str


def datasheet_columns(datasheet: dict[str, Any]) -> list[Column]:
    """The columns and their types, as the version's Croissant record set declares them."""
    columns: list[Column] = []
    for record_set in datasheet.get("recordSet") or []:
        for field in record_set.get("field") or []:
            data_type = str(field.get("dataType", ""))
            columns.append(Column(str(field.get("name", "")), CROISSANT_TYPES.get(data_type, data_type)))
    return columns


@dataclass(frozen=True)
class Bar:
    """One bar of the risk chart: ``value`` against ``scale``, with a limit line where one applies."""

    label: str
    value_text: str
    width: float  # percent of the track
    limit: float | None  # percent of the track
    limit_text: str
    ok: bool


def _share(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def risk_summary(risk: dict[str, Any]) -> dict[str, Any]:
    """The risk report of a version as a sentence and a few bars (k, records below k, suppression,
    information loss); text corpora get the residual identifier density instead."""
    if risk.get("kind") == "text":
        density = _share(risk.get("identifier_density_per_1000_tokens"))
        return {
            "kind": "text",
            "sentence": (
                f"After anonymisation the self-check still finds {density:g} possible identifiers per "
                "1,000 words."
                if density is not None
                else "No self-check figures were reported for this version."
            ),
            "bars": [],
        }
    k, target = risk.get("k"), risk.get("k_threshold")
    bars: list[Bar] = []
    sentence = "No risk measure was reported for this version."
    if isinstance(k, int) and isinstance(target, int) and target > 0:
        qis = ", ".join(sorted(risk.get("quasi_identifiers") or {})) or "none declared"
        sentence = (
            f"Every combination of quasi-identifiers ({qis}) is shared by at least {k} records "
            f"(k = {k}; the corpus requires k ≥ {target})."
        )
        scale = max(k, 2 * target)
        bars.append(
            Bar(
                "k-anonymity",
                f"k = {k}",
                100 * k / scale,
                100 * target / scale,
                f"required {target}",
                k >= target,
            )
        )
    pooled = risk.get("pooled") or {}
    below = _share(pooled.get("share_below_k"))
    if below is not None:
        bars.append(
            Bar(
                "Records below k before treatment",
                f"{below:.1%}",
                100 * below,
                None,
                "",
                below == 0 or bool(risk.get("treated")),
            )
        )
    treatment = risk.get("treatment") or {}
    suppressed = _share(treatment.get("suppression_share"))
    if suppressed is not None:
        limit = _share(treatment.get("max_suppression"))
        bars.append(
            Bar(
                "Records suppressed",
                f"{suppressed:.1%}",
                100 * suppressed,
                100 * limit if limit is not None else None,
                f"limit {limit:.0%}" if limit is not None else "",
                limit is None or suppressed <= limit,
            )
        )
    loss = _share(treatment.get("information_loss"))
    if loss is not None:
        bars.append(Bar("Quasi-identifier information lost", f"{loss:.0%}", 100 * loss, None, "", True))
    if not treatment and isinstance(k, int):
        sentence += " No generalisation or suppression was needed."
    return {"kind": "table", "sentence": sentence, "bars": bars}


def absolute_url(request: HttpRequest, url: str) -> str:
    return request.build_absolute_uri(url) if url.startswith("/") else url


def datasheet_for_download(request: HttpRequest, datasheet: dict[str, Any]) -> dict[str, Any]:
    """The stored Croissant document with its relative URLs made absolute for this site, so a copy
    read elsewhere (mlcroissant, a notebook) still finds the files."""
    document = json.loads(json.dumps(datasheet))
    url = document.get("url")
    if isinstance(url, str) and url.startswith("/"):
        document["url"] = absolute_url(request, url)
        if isinstance(document.get("citeAs"), str):
            document["citeAs"] = document["citeAs"].replace(url, document["url"])
    for entry in document.get("distribution") or []:
        if isinstance(entry.get("contentUrl"), str):
            entry["contentUrl"] = absolute_url(request, entry["contentUrl"])
    return document


@dataclass(frozen=True)
class Snippet:
    key: str
    label: str
    code: str


def download_snippets(urls: list[str]) -> list[Snippet]:
    """Copy-paste code fetching the Parquet files at ``urls`` with an API token from ``$SHOAL_TOKEN``."""
    listed = ",\n    ".join(f'"{u}"' for u in urls)
    curl = "\n".join(f'curl -fL -H "Authorization: Token $SHOAL_TOKEN" -O "{u}"' for u in urls)
    python_urls = f"urls = [\n    {listed},\n]"
    headers = 'headers = {"Authorization": "Token " + os.environ["SHOAL_TOKEN"]}'
    pandas = (
        f"import os\n\nimport pandas as pd\n\n{headers}\n{python_urls}\n"
        "frame = pd.concat(pd.read_parquet(url, storage_options=headers) for url in urls)"
    )
    datasets = (
        f"import os\n\nfrom datasets import load_dataset\n\n{headers}\n{python_urls}\n"
        'ds = load_dataset("parquet", data_files=urls, storage_options={"headers": headers})'
    )
    sql_urls = ", ".join(f"'{u}'" for u in urls)
    duckdb = (
        "CREATE SECRET shoal (TYPE http, EXTRA_HTTP_HEADERS MAP {'Authorization': 'Token YOUR_TOKEN'});\n"
        f"SELECT * FROM read_parquet([{sql_urls}]) LIMIT 10;"
    )
    return [
        Snippet("curl", "curl", curl),
        Snippet("pandas", "pandas", pandas),
        Snippet("datasets", "Hugging Face datasets", datasets),
        Snippet("duckdb", "DuckDB", duckdb),
    ]
