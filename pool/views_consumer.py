"""The consumer's pages: catalogue, dataset card, access requests, versions, downloads, notices.

Server-rendered; each view parses, calls a service or selector, and renders. Corpus metadata (the
catalogue, cards, version lists, datasheets) is visible to every signed-in member, as in the API;
file bytes and the data viewer go through ``pool.services.downloads`` (grant, policy and version
status on every request). Another organisation's requests, grants and notices are never listed, and
acting on one is a 404.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Page, Paginator
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from common.errors import ApplicationError
from contracts.adapters import licence_facts, purpose_tree
from contracts.licensing import CombinedTerms, combine_licences
from contracts.models import Purpose
from contracts.purposes import any_covers
from pool.api.filtersets import CorpusFilterSet, NoticePageFilterSet
from pool.forms import AccessRequestForm
from pool.models import AccessGrant, AccessRequest, Corpus, CorpusVersion, Membership, Notice
from pool.selectors import corpus_catalogue, organizations_for_user, version_contributors
from pool.services.access import (
    access_request_create,
    access_requests_visible_to,
    corpus_current_version,
    grants_active_for,
    grants_visible_to,
)
from pool.services.corpora import corpus_versions
from pool.services.downloads import download_record, version_file_authorize, version_file_open
from pool.services.notices import notice_acknowledge, notices_for_user

logger = logging.getLogger(__name__)

#: Corpora per catalogue page; notices per notices page.
CATALOGUE_PAGE_SIZE = 12
NOTICES_PAGE_SIZE = 20
#: Rows and characters per cell the data viewer shows.
VIEWER_ROWS = 50
VIEWER_CELL_CHARS = 200
#: Versions a consumer can open: building and failed ones do not exist for them (as for downloads).
VISIBLE_VERSION_STATUSES = (
    CorpusVersion.Status.PUBLISHED,
    CorpusVersion.Status.SUPERSEDED,
    CorpusVersion.Status.WITHDRAWN,
)
CROISSANT_TYPES = {
    "sc:Integer": "integer",
    "sc:Float": "decimal number",
    "sc:Boolean": "true/false",
    "sc:Date": "date",
    "sc:DateTime": "date and time",
    "sc:Text": "text",
}


# --- presentation helpers (pure) -------------------------------------------------------------------


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


def _absolute(request: HttpRequest, url: str) -> str:
    return request.build_absolute_uri(url) if url.startswith("/") else url


def datasheet_for_download(request: HttpRequest, datasheet: dict[str, Any]) -> dict[str, Any]:
    """The stored Croissant document with its relative URLs made absolute for this site, so a copy
    read elsewhere (mlcroissant, a notebook) still finds the files."""
    document = json.loads(json.dumps(datasheet))
    url = document.get("url")
    if isinstance(url, str) and url.startswith("/"):
        document["url"] = _absolute(request, url)
        if isinstance(document.get("citeAs"), str):
            document["citeAs"] = document["citeAs"].replace(url, document["url"])
    for entry in document.get("distribution") or []:
        if isinstance(entry.get("contentUrl"), str):
            entry["contentUrl"] = _absolute(request, entry["contentUrl"])
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


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= VIEWER_CELL_CHARS else text[: VIEWER_CELL_CHARS - 1] + "…"


def _query_without_page(request: HttpRequest) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def _page(request: HttpRequest, items: Any, size: int) -> Page:
    return Paginator(items, size).get_page(request.GET.get("page"))


def purposes_served(corpus: Corpus) -> list[Purpose]:
    """The purposes a request for ``corpus`` may declare: those its purposes cover (narrower ones too)."""
    served = frozenset(p.code for p in corpus.purposes.all())
    tree = purpose_tree()
    return [p for p in Purpose.objects.order_by("name") if any_covers(served, p.code, tree)]


def _own_requests(user: Any) -> Any:
    """The user's organisations' access requests (officers see all in the API; this page does not)."""
    return access_requests_visible_to(user).filter(organization__in=organizations_for_user(user))


# --- catalogue and dataset card --------------------------------------------------------------------


@login_required
@require_GET
def corpus_list(request: HttpRequest) -> HttpResponse:
    """The catalogue: search, facets and pages."""
    filterset = CorpusFilterSet(request.GET, queryset=corpus_catalogue().order_by("name", "pk"))
    corpora = filterset.qs if filterset.is_valid() else corpus_catalogue().none()
    context = {
        "filter": filterset,
        "page": _page(request, corpora, CATALOGUE_PAGE_SIZE),
        "query": _query_without_page(request),
    }
    return render(
        request, "pool/consumer/corpus_list.html", context, status=200 if filterset.is_valid() else 400
    )


@login_required
@require_http_methods(["GET", "POST"])
def corpus_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """The dataset card, and the request-access form (POST) for consumer members."""
    corpus = get_object_or_404(corpus_catalogue(), slug=slug)
    organizations = organizations_for_user(request.user, Membership.Role.CONSUMER)
    form = None
    if organizations.exists():
        form = AccessRequestForm(
            request.POST if request.method == "POST" else None,
            organizations=organizations,
            purposes=Purpose.objects.filter(pk__in=[p.pk for p in purposes_served(corpus)]),
        )
    elif request.method == "POST":
        raise Http404  # only consumer members request access
    if request.method == "POST" and form is not None and form.is_valid():
        data = form.cleaned_data
        try:
            access_request = access_request_create(
                corpus=corpus,
                organization=data["organization"],
                user=request.user,
                purpose=data["purpose"],
                accept_terms=data["accept_terms"],
                justification=data["justification"],
            )
        except ApplicationError as exc:
            form.add_error(None, exc.message)
        else:
            if access_request.status == AccessRequest.Status.APPROVED:
                messages.success(request, f"Access to {corpus.name} granted: you can download it now.")
            elif access_request.status == AccessRequest.Status.REJECTED:
                messages.error(request, f"Your request for {corpus.name} was refused; see My access.")
            else:
                messages.success(
                    request, f"Request #{access_request.pk} sent: a compliance officer will decide on it."
                )
            return redirect("pool:corpus-detail", slug=corpus.slug)
    current = corpus_current_version(corpus=corpus)
    terms = version_terms(current)
    datasheet = datasheet_for_download(request, current.datasheet) if current and current.datasheet else {}
    context = {
        "corpus": corpus,
        "current": current,
        "versions": [
            (v, sum(int(f.get("size") or 0) for f in v.files))
            for v in corpus_versions(corpus=corpus).filter(status__in=VISIBLE_VERSION_STATUSES)
        ],
        "terms": licence_terms_in_words(terms),
        "licences": terms.licences if terms else (),
        "contributors": version_contributors(current),
        "columns": datasheet_columns(current.datasheet) if current else [],
        "risk": risk_summary(current.risk_report or {}) if current else None,
        "datasheet": datasheet,
        "datasheet_json": json.dumps(datasheet, indent=2, ensure_ascii=False) if datasheet else "",
        "grants": grants_active_for(user=request.user, corpus=corpus),
        "pending": _own_requests(request.user).filter(corpus=corpus, status=AccessRequest.Status.PENDING),
        "form": form,
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "pool/consumer/corpus_detail.html", context, status=status)


# --- versions: files, snippets, viewer, datasheet -------------------------------------------------


def _visible_version(corpus: Corpus, number: int) -> CorpusVersion:
    return get_object_or_404(
        corpus_versions(corpus=corpus).filter(status__in=VISIBLE_VERSION_STATUSES), number=number
    )


def version_preview(*, corpus: Corpus, version: CorpusVersion, user: Any) -> dict[str, Any] | None:
    """The first ``VIEWER_ROWS`` rows of the version's first Parquet shard, for a grant holder only.

    The same check as a download (``version_file_authorize``: grant, policy, status), and recorded as
    one: the rows shown are data the organisation received, which a later erasure notice must reach.
    None when the user may not see them or the version has no Parquet file.
    """
    name = next((f["name"] for f in version.files if str(f.get("name", "")).endswith(".parquet")), None)
    if name is None:
        return None
    try:
        access = version_file_authorize(corpus=corpus, number=version.number, name=name, user=user)
        handle = version_file_open(access=access)
    except ApplicationError:
        return None
    try:
        with handle:
            parquet = pq.ParquetFile(handle)
            batch = next(parquet.iter_batches(batch_size=VIEWER_ROWS), None)
            columns = list(parquet.schema_arrow.names)
    except (OSError, pa.ArrowException) as exc:  # an unreadable shard: the page still answers
        logger.warning(
            "data viewer could not read %s v%s: %s", corpus.slug, version.number, type(exc).__name__
        )
        return None
    values = [batch.column(i).to_pylist() for i in range(batch.num_columns)] if batch is not None else []
    download_record(access=access, user=user, token=None, bytes_sent=0, range_header="(data viewer)")
    return {
        "file": name,
        "columns": columns,
        "rows": [[_cell(value) for value in row] for row in zip(*values, strict=True)],
    }


@login_required
@require_GET
def version_detail(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    """A version: its files with download buttons, snippets, schema, datasheet and the data viewer."""
    corpus = get_object_or_404(Corpus, slug=slug)
    version = _visible_version(corpus, number)
    withdrawn = version.status == CorpusVersion.Status.WITHDRAWN
    may_download = not withdrawn and grants_active_for(user=request.user, corpus=corpus).exists()
    files = [
        {
            **entry,
            "download_url": reverse(
                "pool:version-file", kwargs={"slug": slug, "number": number, "name": entry["name"]}
            ),
            "api_url": _absolute(
                request,
                reverse(
                    "api-corpus-version-file", kwargs={"slug": slug, "number": number, "name": entry["name"]}
                ),
            ),
        }
        for entry in version.files
    ]
    parquet_urls = [f["api_url"] for f in files if f["name"].endswith(".parquet")]
    context = {
        "corpus": corpus,
        "version": version,
        "withdrawn": withdrawn,
        "may_download": may_download,
        "files": files,
        "snippets": download_snippets(parquet_urls) if parquet_urls and not withdrawn else [],
        "columns": datasheet_columns(version.datasheet or {}),
        "risk": risk_summary(version.risk_report or {}),
        "preview": version_preview(corpus=corpus, version=version, user=request.user)
        if may_download
        else None,
        "contributors": version_contributors(version),
    }
    return render(request, "pool/consumer/version_detail.html", context)


@login_required
@require_GET
def version_redirect(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    """``/corpora/<slug>/v/<n>/``: a short form of the version page's address."""
    return redirect("pool:version-detail", slug=slug, number=number, permanent=True)


@login_required
@require_GET
def version_croissant(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    """The version's Croissant datasheet as a JSON-LD download."""
    corpus = get_object_or_404(Corpus, slug=slug)
    version = _visible_version(corpus, number)
    if not version.datasheet:
        raise Http404
    response = JsonResponse(
        datasheet_for_download(request, version.datasheet),
        json_dumps_params={"indent": 2, "ensure_ascii": False},
    )
    response["Content-Type"] = "application/ld+json"
    response["Content-Disposition"] = f'attachment; filename="{slug}-v{number}-croissant.json"'
    return response


@login_required
@require_http_methods(["GET", "HEAD"])
def version_file(request: HttpRequest, slug: str, number: int, name: str) -> HttpResponse:
    """A file of a version for a signed-in browser: the API's own file view (the same grant, policy
    and status checks, ranges, ETags and download records); a refusal is an HTML page instead of JSON."""
    from pool.api.views import VersionFileView

    response = VersionFileView.as_view()(request, slug=slug, number=number, name=name)
    if response.status_code < 400:
        return response
    data = getattr(response, "data", None)
    message = data.get("message", "") if isinstance(data, dict) else ""
    context = {"corpus_slug": slug, "number": number, "message": message, "status": response.status_code}
    return render(request, "pool/consumer/download_refused.html", context, status=response.status_code)


# --- my access, notices ----------------------------------------------------------------------------


def _grant_state(grant: AccessGrant) -> str:
    if grant.revoked_at is not None:
        return "revoked"
    return "active" if grant.is_active else "expired"


@login_required
@require_GET
def access_overview(request: HttpRequest) -> HttpResponse:
    """My organisations' access requests and grants."""
    own = organizations_for_user(request.user)
    grants = grants_visible_to(request.user).filter(organization__in=own)
    context = {
        "requests": _own_requests(request.user).order_by("-created_at", "-pk"),
        "grants": [(grant, _grant_state(grant)) for grant in grants],
    }
    return render(request, "pool/consumer/access.html", context)


@login_required
@require_GET
def notice_list(request: HttpRequest) -> HttpResponse:
    """Notices to my organisations (erasures, access decisions, expiries), newest first."""
    filterset = NoticePageFilterSet(request.GET, queryset=notices_for_user(request.user))
    notices = filterset.qs if filterset.is_valid() else Notice.objects.none()
    context = {
        "filter": filterset,
        "page": _page(request, notices, NOTICES_PAGE_SIZE),
        "query": _query_without_page(request),
        "unread": notices_for_user(request.user).filter(read_at__isnull=True).count(),
    }
    return render(request, "pool/consumer/notices.html", context, status=200 if filterset.is_valid() else 400)


@login_required
@require_POST
def notice_acknowledge_view(request: HttpRequest, pk: int) -> HttpResponse:
    notice = get_object_or_404(notices_for_user(request.user), pk=pk)
    if notice_acknowledge(notice=notice, user=request.user):
        messages.success(request, f"Notice “{notice.subject}” acknowledged.")
    else:
        messages.info(request, "That notice had already been acknowledged.")
    return redirect(f"{reverse('pool:notices')}#notice-{notice.pk}")
