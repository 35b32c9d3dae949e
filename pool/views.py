"""Server-rendered pages: parse → call a service or selector → render."""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from anonymize.operators import OPERATORS
from common.errors import ApplicationError
from common.uploads import upload_refusal
from pool.forms import DatasetUploadForm
from pool.models import Dataset, Membership
from pool.selectors import can_contribute_to, corpora_list, datasets_visible_to, organizations_for_user
from pool.services.datasets import dataset_approve, dataset_preview_before, plan_with_operator_choices
from pool.services.health import health_report
from pool.services.idempotency import IdempotencyKeyReused, dataset_contribute_once


@login_required
def home(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "pool/home.html",
        {"datasets": datasets_visible_to(request.user)[:50], "corpora": corpora_list()},
    )


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
            return redirect("pool:dataset-detail", pk=dataset.pk)
    return render(request, "pool/dataset_upload.html", {"form": form}, status=400 if form.errors else 200)


@login_required
def dataset_detail(request: HttpRequest, pk: int) -> HttpResponse:
    dataset = get_object_or_404(datasets_visible_to(request.user), pk=pk)
    can_review = dataset.status == Dataset.Status.AWAITING_REVIEW and can_contribute_to(request.user, dataset)
    context = {
        "dataset": dataset,
        "can_review": can_review,
        "before": dataset_preview_before(dataset=dataset) if can_review else None,
        "plan_columns": (dataset.plan or {}).get("columns", []),
        "operators": sorted(OPERATORS),
    }
    return render(request, "pool/dataset_detail.html", context)


@login_required
@require_POST
def dataset_approve_view(request: HttpRequest, pk: int) -> HttpResponse:
    dataset = get_object_or_404(datasets_visible_to(request.user), pk=pk)
    if not can_contribute_to(request.user, dataset):
        raise Http404
    plan = plan_with_operator_choices(dataset.plan, request.POST)
    try:
        dataset_approve(dataset=dataset, user=request.user, plan=plan)
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, "Plan approved; anonymisation has been queued.")
    return redirect("pool:dataset-detail", pk=dataset.pk)


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    report = health_report()
    return JsonResponse(report, status=200 if report["ok"] else 503)
