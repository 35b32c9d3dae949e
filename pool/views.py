"""Server-rendered pages: parse → call a service or selector → render."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from common.errors import ApplicationError
from contracts.services.consent import consent_record_create
from pool.forms import DatasetUploadForm
from pool.models import Membership
from pool.selectors import corpora_list, datasets_visible_to, organizations_for_user
from pool.services.datasets import dataset_upload
from pool.services.health import health_report


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
    form = DatasetUploadForm(request.POST or None, request.FILES or None, organizations=organizations)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            with transaction.atomic():
                consent = consent_record_create(
                    actor=request.user,
                    controller_name=data["organization"].name,
                    controller_contact=data["organization"].contact_email,
                    legal_basis=data["legal_basis"],
                    purposes=data["purposes"],
                    valid_from=data["valid_from"],
                    valid_until=data["valid_until"],
                )
                dataset = dataset_upload(
                    organization=data["organization"],
                    uploaded_by=request.user,
                    file=data["file"],
                    title=data["title"],
                    description=data["description"],
                    licence=data["licence"],
                    consent_record=consent,
                    target_corpora=data["target_corpora"],
                )
        except ApplicationError as exc:
            form.add_error("file", exc.message)
        else:
            messages.success(request, "Upload received; the scan has been queued.")
            return redirect("pool:dataset-detail", pk=dataset.pk)
    return render(request, "pool/dataset_upload.html", {"form": form}, status=400 if form.errors else 200)


@login_required
def dataset_detail(request: HttpRequest, pk: int) -> HttpResponse:
    dataset = get_object_or_404(datasets_visible_to(request.user), pk=pk)
    return render(request, "pool/dataset_detail.html", {"dataset": dataset})


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    report = health_report()
    return JsonResponse(report, status=200 if report["ok"] else 503)
