"""The consumer's pages: catalogue, dataset card, access requests, versions, downloads, notices.

Server-rendered; each view parses, calls a service or selector, and renders. Corpus metadata (the
catalogue, cards, version lists, datasheets) is visible to every signed-in member, as in the API;
file bytes and the data viewer go through ``pool.services.downloads`` (grant, policy and version
status on every request). Another organisation's requests, grants and notices are never listed, and
acting on one is a 404.
"""

from __future__ import annotations

import json
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Page, Paginator
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from common.errors import ApplicationError
from contracts.models import Purpose
from pool.api.filtersets import CorpusFilterSet, NoticePageFilterSet
from pool.forms import AccessRequestForm
from pool.models import AccessGrant, AccessRequest, Corpus, CorpusVersion, Membership, Notice
from pool.presentation import (
    absolute_url,
    datasheet_columns,
    datasheet_for_download,
    download_snippets,
    licence_terms_in_words,
    risk_summary,
    version_terms,
)
from pool.selectors import (
    access_requests_visible_to,
    corpus_catalogue,
    corpus_current_version,
    corpus_versions,
    grants_active_for,
    grants_visible_to,
    organizations_for_user,
    purposes_served,
    version_contributors,
)
from pool.services.access import access_request_create
from pool.services.notices import notice_acknowledge, notices_for_user
from pool.services.viewer import version_preview

#: Corpora per catalogue page; notices per notices page.
CATALOGUE_PAGE_SIZE = 12
NOTICES_PAGE_SIZE = 20
#: Versions a consumer can open: building and failed ones do not exist for them (as for downloads).
VISIBLE_VERSION_STATUSES = (
    CorpusVersion.Status.PUBLISHED,
    CorpusVersion.Status.SUPERSEDED,
    CorpusVersion.Status.WITHDRAWN,
)


def _query_without_page(request: HttpRequest) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def _page(request: HttpRequest, items: Any, size: int) -> Page:
    return Paginator(items, size).get_page(request.GET.get("page"))


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
        "pending": access_requests_visible_to(request.user, officers_see_all=False).filter(
            corpus=corpus, status=AccessRequest.Status.PENDING
        ),
        "form": form,
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "pool/consumer/corpus_detail.html", context, status=status)


# --- versions: files, snippets, viewer, datasheet -------------------------------------------------


def _visible_version(corpus: Corpus, number: int) -> CorpusVersion:
    return get_object_or_404(
        corpus_versions(corpus=corpus).filter(status__in=VISIBLE_VERSION_STATUSES), number=number
    )


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
            "api_url": absolute_url(
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
    grants = grants_visible_to(request.user, officers_see_all=False)
    context = {
        "requests": access_requests_visible_to(request.user, officers_see_all=False).order_by(
            "-created_at", "-pk"
        ),
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
