"""Server-rendered pages: parse → call a service or selector → render."""

from __future__ import annotations

import uuid
from pathlib import PurePath
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from anonymize.operators import OPERATORS
from common.errors import ApplicationError
from common.uploads import upload_refusal
from contracts.audit import audit_log
from pool import selectors
from pool.forms import DatasetUploadForm, DatasetWithdrawForm, TokenCreateForm
from pool.models import Dataset, Membership
from pool.selectors import (
    can_contribute_to,
    corpora_list,
    dataset_lineage,
    dataset_progress,
    datasets_visible_to,
    organizations_for_user,
)
from pool.services.datasets import (
    dataset_approve,
    dataset_delete,
    dataset_preview_before,
    dataset_retry,
    dataset_timeline,
    plan_with_operator_choices,
)
from pool.services.health import health_report
from pool.services.idempotency import IdempotencyKeyReused, dataset_contribute_once
from pool.services.tokens import token_issue, token_revoke, tokens_of
from pool.services.withdrawal import dataset_withdraw


@login_required
def home(request: HttpRequest) -> HttpResponse:
    datasets = datasets_visible_to(request.user)[:50]
    return render(
        request,
        "pool/home.html",
        {
            "datasets": datasets,
            "corpora": corpora_list(),
            "is_contributor": organizations_for_user(request.user, Membership.Role.CONTRIBUTOR).exists(),
        },
    )


def _wants_json(request: HttpRequest) -> bool:
    """The upload page's script sends the form itself (to show upload progress) and asks for JSON."""
    return request.headers.get("X-Requested-With") == "XMLHttpRequest"


@login_required
def dataset_upload_view(request: HttpRequest) -> HttpResponse:
    organizations = organizations_for_user(request.user, Membership.Role.CONTRIBUTOR)
    refused = upload_refusal(request) if request.method == "POST" else None
    if refused:  # the file was not kept: the form again, with the reason on its file field
        form = DatasetUploadForm(request.POST, organizations=organizations)
        form.is_valid()
        form.errors.clear()  # fields after the file were never read: only the file's error is true
        form.add_error("file", refused)
        return render(request, "pool/dataset_upload.html", {"form": form}, status=413)
    form = DatasetUploadForm(request.POST or None, request.FILES or None, organizations=organizations)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            contribution = dataset_contribute_once(
                user=request.user,
                idempotency_key=data["idempotency_key"] or None,
                organization=data["organization"],
                file=data["file"],
                title=data["title"],
                description=data["description"],
                licence=data["licence"],
                legal_basis=data["legal_basis"],
                purposes=data["purposes"],
                valid_from=data["valid_from"],
                valid_until=data["valid_until"],
                target_corpora=data["target_corpora"],
            )
        except IdempotencyKeyReused:
            form.data = form.data.copy()
            form.data["idempotency_key"] = uuid.uuid4().hex  # this page now makes a new upload
            form.add_error(
                None, "This form was already sent with other values; check them and send it again."
            )
        except ApplicationError as exc:
            form.add_error("file", exc.message)
        else:
            dataset = contribution.dataset
            if contribution.replayed:
                messages.info(request, "This upload had already been received.")
            elif dataset.scan_queued_at is None:
                messages.success(
                    request, "Upload received; its scan will be queued as soon as the task queue answers."
                )
            else:
                messages.success(request, "Upload received; the scan has been queued.")
            location = reverse("pool:dataset-detail", kwargs={"pk": dataset.pk})
            if _wants_json(request):  # a redirect would be followed by the script and eat the message
                return JsonResponse({"location": location}, status=201)
            return redirect(location)
    return render(request, "pool/dataset_upload.html", {"form": form}, status=400 if form.errors else 200)


def _visible_dataset(request: HttpRequest, pk: int) -> Dataset:
    """A dataset of the user's organisations (officers: any); another tenant's is a 404."""
    return get_object_or_404(datasets_visible_to(request.user), pk=pk)


def _owned_dataset(request: HttpRequest, pk: int) -> Dataset:
    """A dataset the user contributes to; anyone else (even a reader of it) gets a 404."""
    dataset = _visible_dataset(request, pk)
    if not can_contribute_to(request.user, dataset):
        raise Http404
    return dataset


@never_cache
@login_required
@require_GET
def dataset_status(request: HttpRequest, pk: int) -> JsonResponse:
    """The progress the dataset page polls about once a second while a worker is busy."""
    return JsonResponse(dataset_progress(_visible_dataset(request, pk)).to_dict())


KIND_LABELS = {
    "direct_identifier": "Direct identifier",
    "quasi_identifier": "Quasi-identifier",
    "free_text": "Free text",
    "not_personal": "Not personal",
}

OPERATOR_LABELS = {
    "keep": "Keep as is",
    "drop": "Empty the column",
    "redact": "Remove the value",
    "placeholder": "Placeholder, e.g. <PERSON>",
    "mask": "Mask all but the end",
    "pseudonym": "Keyed pseudonym",
    "generalize": "Generalise",
    "surrogate": "Realistic fake",
}

#: What each generalisation level of a quasi-identifier type leaves (anonymize.risk hierarchies).
LEVEL_LABELS = {
    "date": ["kept as is", "month (YYYY-MM)", "year", "5-year band", "10-year band", "removed (*)"],
    "number": ["kept as is", "bands of 5", "bands of 10", "bands of 20", "removed (*)"],
    "category": [
        "kept as is",
        "64 most common values kept, the rest “other”",
        "16 most common values kept, the rest “other”",
        "4 most common values kept, the rest “other”",
        "removed (*)",
    ],
}
_QI_ALIASES = {"age": "number", "city": "category", "country": "category", "gender": "category"}


def describe_level(qi_type: str, level: int) -> str:
    """A generalisation level in words, e.g. ("date", 2) → "year"."""
    canonical = _QI_ALIASES.get(qi_type, qi_type)
    if canonical == "postcode":
        return (
            "kept as is"
            if level <= 0
            else ("removed (*)" if level >= 7 else f"last {level} character(s) cut")
        )
    labels = LEVEL_LABELS.get(canonical)
    if not labels:
        return f"level {level}"
    return labels[max(0, min(level, len(labels) - 1))]


def _evidence(profile_column: dict[str, Any]) -> list[str]:
    """A few counts that explain a column's classification, most telling first (no cell values)."""
    evidence = profile_column.get("evidence") or {}
    sampled = evidence.get("sampled")
    facts: list[str] = []
    if evidence.get("header_hint"):
        facts.append(f"header suggests {evidence['header_hint']}")
    matches = sorted((evidence.get("matches") or {}).items(), key=lambda kv: -kv[1])
    for entity, share in matches[:2]:
        counted = f" ({round(share * sampled)} of {sampled})" if isinstance(sampled, int) else ""
        facts.append(f"{entity} in {share:.0%} of values{counted}")
    ner = sorted((evidence.get("ner") or {}).items(), key=lambda kv: -kv[1])
    if ner:
        facts.append(f"NER: {ner[0][0]} {ner[0][1]:.0%}")
    if evidence.get("record_id"):
        facts.append("record ID")
    if isinstance(evidence.get("unique_ratio"), int | float):
        facts.append(f"{evidence['unique_ratio']:.0%} distinct")
    return facts[:4]


def _operator_name(operator: Any) -> str:
    return operator if isinstance(operator, str) else (operator or {}).get("name", "")


def review_columns(dataset: Dataset) -> list[dict[str, Any]]:
    """The plan's columns as the review page shows them: kind, entity, confidence, evidence, operator
    and, for a quasi-identifier, what the risk treatment will do to it (levels fixed by the plan or
    the risk report; before they are fixed, what the treatment may do)."""
    plan = dataset.plan or {}
    risk_plan = plan.get("risk") or {}
    report = dataset.risk_report or {}
    levels = risk_plan.get("levels") or report.get("levels") or {}
    qis = risk_plan.get("quasi_identifiers") or report.get("quasi_identifiers") or {}
    profile = {c.get("name"): c for c in ((dataset.pii_report or {}).get("profile") or {}).get("columns", [])}
    k = risk_plan.get("k") or report.get("k_target") or 5
    treated = ((dataset.preview or {}).get("treatment") or {}).get("columns") or {}
    overrides = {o.get("column"): o for o in risk_plan.get("overrides") or [] if isinstance(o, dict)}
    rows = []
    for column in plan.get("columns", []):
        name = column.get("name")
        operator = _operator_name(column.get("operator"))
        qi_type = column.get("qi_type") or qis.get(name)
        treatment = ""
        if name in qis and risk_plan.get("enabled", True):
            if name in levels:
                treatment = describe_level(qi_type or "category", int(levels[name]))
            else:
                treatment = f"generalised only as far as needed for k ≥ {k}; rare records suppressed"
        rows.append(
            {
                "name": name,
                "kind": column.get("kind", ""),
                "kind_label": KIND_LABELS.get(column.get("kind", ""), column.get("kind", "")),
                "entity": column.get("entity") or "",
                "qi_type": qi_type or "",
                "confidence": column.get("confidence"),
                "evidence": _evidence(profile.get(name, {})),
                "operator": operator,
                "operator_label": OPERATOR_LABELS.get(operator, operator),
                "treatment": treatment,
                "loss": (treated.get(name) or {}).get("loss"),
                "note": (overrides.get(name) or {}).get("reason", ""),
            }
        )
    return rows


MARK_LABELS = {"generalized": "generalised", "suppressed": "suppressed", "replaced": "replaced"}


def preview_after(dataset: Dataset) -> dict[str, Any]:
    """The stored preview (the output of the first rows) with each cell's mark from the engine —
    generalised, suppressed or replaced — so the page can flag what the treatment changed."""
    preview = dataset.preview or {}
    columns = [str(c) for c in preview.get("columns", [])]
    marks = preview.get("marks") or {}
    rows = []
    for i, row in enumerate(preview.get("rows", [])):
        cells = []
        for name, value in zip(columns, row, strict=False):
            column_marks = marks.get(name) or []
            mark = column_marks[i] if i < len(column_marks) else None
            cells.append({"value": value, "mark": mark, "label": MARK_LABELS.get(mark or "", "")})
        rows.append(cells)
    treatment = preview.get("treatment") or {}
    return {
        "columns": columns,
        "rows": rows,
        "information_loss": treatment.get("information_loss"),
        "suppression_share": treatment.get("suppression_share"),
    }


def _corpus_outcomes(dataset: Dataset) -> list[Any] | None:
    """Which target corpora the dataset joined or not, and why (pool.selectors, when present)."""
    outcomes = getattr(selectors, "dataset_corpus_outcomes", None)
    if outcomes is None:
        return None
    try:
        get_template("pool/_corpus_outcomes.html")
    except TemplateDoesNotExist:
        return None
    return list(outcomes(dataset))


@login_required
def dataset_detail(request: HttpRequest, pk: int) -> HttpResponse:
    dataset = _visible_dataset(request, pk)
    is_contributor = can_contribute_to(request.user, dataset)
    can_review = dataset.status == Dataset.Status.AWAITING_REVIEW and is_contributor
    context = {
        "dataset": dataset,
        "progress": dataset_progress(dataset),
        "is_contributor": is_contributor,
        "can_review": can_review,
        "before": dataset_preview_before(dataset=dataset) if can_review else None,
        "columns": review_columns(dataset),
        "after": preview_after(dataset),
        "report": [
            {
                **column,
                "kind_label": KIND_LABELS.get(column.get("kind", ""), column.get("kind", "")),
                "operator_label": OPERATOR_LABELS.get(column.get("operator", ""), column.get("operator", "")),
            }
            for column in (dataset.pii_report or {}).get("columns", [])
            if isinstance(column, dict)
        ],
        "operators": [(name, OPERATOR_LABELS.get(name, name)) for name in sorted(OPERATORS)],
        "lineage": dataset_lineage(dataset) if dataset.status != Dataset.Status.UPLOADED else [],
        "corpus_outcomes": _corpus_outcomes(dataset),
        "timeline": dataset_timeline(dataset=dataset),
        "can_withdraw": is_contributor
        and dataset.status not in (Dataset.Status.WITHDRAWN, Dataset.Status.FAILED),
        "can_retry": is_contributor
        and dataset.status == Dataset.Status.FAILED
        and bool(dataset.raw_file)
        and dataset.raw_deleted_at is None,
        "can_download": is_contributor and dataset.status == Dataset.Status.READY and bool(dataset.artifact),
    }
    return render(request, "pool/dataset_detail.html", context)


@login_required
@require_POST
def dataset_approve_view(request: HttpRequest, pk: int) -> HttpResponse:
    dataset = _owned_dataset(request, pk)
    plan = plan_with_operator_choices(dataset.plan, request.POST)
    try:
        dataset_approve(dataset=dataset, user=request.user, plan=plan)
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, "Plan approved; anonymisation has been queued.")
    return redirect("pool:dataset-detail", pk=dataset.pk)


@login_required
@require_http_methods(["GET", "POST"])
def dataset_withdraw_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Withdraw a contribution, after a confirmation page that says what will happen."""
    dataset = _owned_dataset(request, pk)
    if dataset.status == Dataset.Status.WITHDRAWN:
        messages.info(request, "This dataset has already been withdrawn.")
        return redirect("pool:dataset-detail", pk=dataset.pk)
    form = DatasetWithdrawForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            dataset_withdraw(dataset=dataset, user=request.user, reason=form.cleaned_data["reason"])
        except ApplicationError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, "The dataset has been withdrawn and its anonymised data deleted.")
            return redirect("pool:dataset-detail", pk=dataset.pk)
    context = {"dataset": dataset, "form": form, "lineage": dataset_lineage(dataset)}
    return render(request, "pool/dataset_withdraw.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def dataset_retry_view(request: HttpRequest, pk: int) -> HttpResponse:
    dataset = _owned_dataset(request, pk)
    try:
        dataset = dataset_retry(dataset=dataset, user=request.user)
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        if dataset.status == Dataset.Status.AWAITING_REVIEW:
            messages.success(request, "Review the plan again, then approve it to retry the anonymisation.")
        else:
            messages.success(request, "The scan has been queued again.")
    return redirect("pool:dataset-detail", pk=dataset.pk)


@login_required
@require_http_methods(["GET", "POST"])
def dataset_delete_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Delete a failed upload, after a confirmation page."""
    dataset = _owned_dataset(request, pk)
    if dataset.status != Dataset.Status.FAILED:
        messages.error(request, "Only a failed upload can be deleted; withdraw a dataset instead.")
        return redirect("pool:dataset-detail", pk=dataset.pk)
    if request.method == "POST":
        try:
            dataset_delete(dataset=dataset, user=request.user)
        except ApplicationError as exc:
            messages.error(request, exc.message)
            return redirect("pool:dataset-detail", pk=dataset.pk)
        messages.success(request, f"“{dataset.title}” has been deleted.")
        return redirect("pool:home")
    return render(request, "pool/dataset_delete.html", {"dataset": dataset})


@login_required
@require_GET
def dataset_artifact_view(request: HttpRequest, pk: int) -> FileResponse:
    """The contributor's own anonymised artifact, for its organisation's contributors only."""
    dataset = _owned_dataset(request, pk)
    if dataset.status != Dataset.Status.READY or not dataset.artifact:
        raise Http404
    audit_log(actor=request.user, verb="dataset.artifact_downloaded", obj=dataset, payload={})
    suffix = PurePath(dataset.artifact.name).suffix
    stem = PurePath(dataset.original_filename).stem or f"dataset-{dataset.pk}"
    return FileResponse(
        dataset.artifact.open("rb"), as_attachment=True, filename=f"{stem}-anonymised{suffix}"
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def tokens_view(request: HttpRequest) -> HttpResponse:
    """List the user's API tokens and create one; a new token's secret is shown on this answer only."""
    form = TokenCreateForm(request.POST or None)
    new_key = None
    if request.method == "POST" and form.is_valid():
        _, new_key = token_issue(user=request.user, name=form.cleaned_data["name"])
        form = TokenCreateForm()
    context = {"form": form, "tokens": tokens_of(user=request.user), "new_key": new_key}
    return render(request, "pool/tokens.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def token_revoke_view(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_object_or_404(tokens_of(user=request.user), pk=pk)  # another user's token: 404
    token_revoke(token=token, actor=request.user)
    messages.success(request, f"Token {token.key_prefix}… has been revoked.")
    return redirect("pool:tokens")


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    report = health_report()
    return JsonResponse(report, status=200 if report["ok"] else 503)
