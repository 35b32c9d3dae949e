"""Admin for compliance officers: every object of the pool, lineage visible, artifacts read-only.

Also the officer's dashboard (the admin index: what needs attention today), the Art. 30 records
export, and consent records linked to the datasets and corpus versions that rely on them (registered
here, over contracts' admin, because ``contracts`` may not know ``pool``).
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Model
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from contracts.admin import ConsentRecordAdmin
from contracts.audit import audit_log
from contracts.models import ConsentRecord
from pool.models import (
    AccessGrant,
    AccessRequest,
    ApiToken,
    Corpus,
    CorpusVersion,
    Dataset,
    DatasetPart,
    DownloadEvent,
    Membership,
    Notice,
    Organization,
    Reason,
)

admin.site.site_header = "Shoal administration"
admin.site.site_title = "Shoal administration"
admin.site.index_title = "Compliance dashboard"


def pretty_json(value: Any) -> SafeString:
    """A JSON value as an indented, escaped ``<pre>`` block (the admin's default is one long line)."""
    if value in ({}, [], None, ""):
        return format_html('<span class="shoal-empty">{}</span>', "(empty)")
    text = json.dumps(value, indent=2, ensure_ascii=False, sort_keys=False, default=str)
    return format_html('<pre class="shoal-json">{}</pre>', text)


def admin_link(obj: Model, label: str | None = None) -> SafeString:
    """A link to ``obj``'s admin change page."""
    url = reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])
    return format_html('<a href="{}">{}</a>', url, label if label is not None else str(obj))


def links(objects: Any) -> SafeString | str:
    """Admin links to ``objects``, one per line ("—" when there are none)."""
    items = [admin_link(obj) for obj in objects]
    return format_html_join(mark_safe("<br>"), "{}", ((item,) for item in items)) if items else "—"


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country", "contact_email"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline]


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["key_prefix", "user", "name", "created_at", "last_used_at", "expires_at", "revoked_at"]
    list_filter = [("revoked_at", admin.EmptyFieldListFilter)]
    readonly_fields = ["key_prefix", "digest", "created_at", "last_used_at", "revoked_at"]
    actions = ["revoke"]

    def has_add_permission(self, request) -> bool:  # type: ignore[no-untyped-def]
        return False  # tokens are issued by `manage.py issue_token`, which shows the secret once

    @admin.action(
        description="Revoke the selected tokens (refused from the next request)", permissions=["change"]
    )
    def revoke(self, request, queryset) -> None:  # type: ignore[no-untyped-def]
        from common.errors import ApplicationError
        from pool.services.tokens import token_revoke

        for token in queryset:
            try:
                token_revoke(token=token, actor=request.user)
            except ApplicationError as exc:
                self.message_user(request, f"{token.key_prefix}: {exc.message}", level=messages.ERROR)
            else:
                self.message_user(request, f"{token.key_prefix}: revoked")


class DatasetPartInline(admin.TabularInline):
    """The parts of a large table while it is anonymised (read-only: the tasks own them)."""

    model = DatasetPart
    extra = 0
    can_delete = False
    fields = ["index", "start_row", "stop_row", "status", "updated_at"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return False


@admin.register(Dataset)
class DatasetAdmin(admin.ModelAdmin):
    inlines = [DatasetPartInline]
    list_display = ["title", "organization", "format", "status", "progress", "artifact_rows", "created_at"]
    list_filter = ["status", "format", "organization"]
    search_fields = ["title"]
    readonly_fields = [
        "status",
        "progress",
        "error_message",
        "raw_file",
        "raw_size",
        "raw_deleted_at",
        "artifact",
        "artifact_sha256",
        "artifact_size",
        "artifact_rows",
        "consent",
        "plan_readable",
        "pii_report_readable",
        "risk_report_readable",
        "preview_readable",
        "created_at",
        "updated_at",
        "approved_at",
        "ready_at",
        "withdrawn_at",
        "versions",
    ]
    # Plans change only through the review service (dataset_approve), which re-runs the pipeline.
    exclude = ["plan"]

    def has_add_permission(self, request) -> bool:  # type: ignore[no-untyped-def]
        return False  # contributions arrive through the upload service (storage, audit, scan)

    @admin.display(description="corpus versions (lineage)")
    def versions(self, obj: Dataset) -> SafeString | str:
        return links(obj.corpus_versions.select_related("corpus"))

    @admin.display(description="consent record")
    def consent(self, obj: Dataset) -> SafeString:
        return admin_link(obj.consent_record)

    @admin.display(description="anonymisation plan")
    def plan_readable(self, obj: Dataset) -> SafeString:
        return pretty_json(obj.plan)

    @admin.display(description="PII report")
    def pii_report_readable(self, obj: Dataset) -> SafeString:
        return pretty_json(obj.pii_report)

    @admin.display(description="risk report")
    def risk_report_readable(self, obj: Dataset) -> SafeString:
        return pretty_json(obj.risk_report)

    @admin.display(description="preview (before/after)")
    def preview_readable(self, obj: Dataset) -> SafeString:
        return pretty_json(obj.preview)


def _may_export_records(request: HttpRequest) -> bool:
    from pool.selectors import is_compliance_officer

    return bool(request.user.is_superuser or is_compliance_officer(request.user))


@admin.register(Corpus)
class CorpusAdmin(admin.ModelAdmin):
    """Corpora, and the records of processing (GDPR Art. 30): one activity per corpus."""

    list_display = ["slug", "name", "kind", "k_threshold", "auto_approve_access"]
    filter_horizontal = ["purposes"]
    change_list_template = "admin/pool/corpus/change_list.html"

    def get_urls(self) -> list[URLPattern]:
        export = self.admin_site.admin_view(self.export_processing_records)
        return [
            *(
                path(f"processing-records.{fmt}", export, {"fmt": fmt}, name=f"pool_processing_records_{fmt}")
                for fmt in ("json", "csv")
            ),
            *super().get_urls(),
        ]

    def export_processing_records(self, request: HttpRequest, fmt: str) -> HttpResponse:
        """The Art. 30 records as a JSON or CSV download (the same records as
        ``manage.py export_processing_records``); compliance officers only, and audited."""
        from pool.services.processing_records import processing_records, processing_records_csv

        if not (self.has_view_permission(request) and _may_export_records(request)):
            raise PermissionDenied
        records = processing_records()
        audit_log(
            actor=request.user,
            verb="processing_records.exported",
            payload={"format": fmt, "activities": len(records)},
        )
        stamp = timezone.now().strftime("%Y%m%d")
        if fmt == "csv":
            response = HttpResponse(processing_records_csv(records), content_type="text/csv; charset=utf-8")
        else:
            response = JsonResponse(
                records, safe=False, json_dumps_params={"indent": 2, "ensure_ascii": False}
            )
        response["Content-Disposition"] = f'attachment; filename="processing-records-{stamp}.{fmt}"'
        return response

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        extra = {"may_export_records": _may_export_records(request), **(extra_context or {})}
        return super().changelist_view(request, extra_context=extra)


VERSION_JSON_FIELDS = ("manifest", "files", "datasheet", "risk_report")


@admin.register(CorpusVersion)
class CorpusVersionAdmin(admin.ModelAdmin):
    list_display = ["corpus", "number", "status", "row_count", "created_at", "published_at"]
    list_filter = ["status", "corpus"]
    readonly_fields = [
        *(
            f"{f.name}_readable" if f.name in VERSION_JSON_FIELDS else f.name
            for f in CorpusVersion._meta.fields
        ),
        "dataset_links",
    ]
    exclude = ["datasets", *VERSION_JSON_FIELDS]

    @admin.display(description="datasets")
    def dataset_links(self, obj: CorpusVersion) -> SafeString | str:
        return links(obj.datasets.all())

    @admin.display(description="manifest")
    def manifest_readable(self, obj: CorpusVersion) -> SafeString:
        return pretty_json(obj.manifest)

    @admin.display(description="files")
    def files_readable(self, obj: CorpusVersion) -> SafeString:
        return pretty_json(obj.files)

    @admin.display(description="datasheet (Croissant JSON-LD)")
    def datasheet_readable(self, obj: CorpusVersion) -> SafeString:
        return pretty_json(obj.datasheet)

    @admin.display(description="risk report")
    def risk_report_readable(self, obj: CorpusVersion) -> SafeString:
        return pretty_json(obj.risk_report)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Rows written only by services (policy, claims, audit); the admin shows them."""

    def has_add_permission(self, request) -> bool:  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return False

    def has_delete_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return False


@admin.register(AccessRequest)
class AccessRequestAdmin(ReadOnlyAdmin):
    list_display = ["organization", "corpus", "purpose", "status", "created_at", "decided_by", "decided_at"]
    list_filter = ["status", "corpus"]
    actions = ["approve", "reject"]

    def has_decide_permission(self, request) -> bool:  # type: ignore[no-untyped-def]
        from pool.selectors import is_compliance_officer

        return is_compliance_officer(request.user)

    @admin.action(description="Approve the selected requests (policy is checked)", permissions=["decide"])
    def approve(self, request, queryset) -> None:  # type: ignore[no-untyped-def]
        self._decide(request, queryset, approve=True)

    @admin.action(description="Reject the selected requests", permissions=["decide"])
    def reject(self, request, queryset) -> None:  # type: ignore[no-untyped-def]
        self._decide(request, queryset, approve=False)

    def _decide(self, request, queryset, *, approve: bool) -> None:  # type: ignore[no-untyped-def]
        from common.errors import ApplicationError
        from pool.services.access import access_request_approve, access_request_reject

        for access_request in queryset:
            try:
                if approve:
                    access_request_approve(request=access_request, officer=request.user)
                else:
                    access_request_reject(request=access_request, officer=request.user)
            except ApplicationError as exc:
                self.message_user(request, f"#{access_request.pk}: {exc.message}", level=messages.ERROR)
            else:
                self.message_user(request, f"#{access_request.pk}: {'approved' if approve else 'rejected'}")


@admin.register(AccessGrant)
class AccessGrantAdmin(ReadOnlyAdmin):
    list_display = ["organization", "corpus", "purpose", "granted_at", "expires_at", "revoked_at"]
    list_filter = ["corpus", ("revoked_at", admin.EmptyFieldListFilter)]
    actions = ["revoke"]

    def has_revoke_permission(self, request) -> bool:  # type: ignore[no-untyped-def]
        from pool.selectors import is_compliance_officer

        return is_compliance_officer(request.user)

    @admin.action(
        description="Revoke the selected grants (downloads refused at once)", permissions=["revoke"]
    )
    def revoke(self, request, queryset) -> None:  # type: ignore[no-untyped-def]
        from common.errors import ApplicationError
        from pool.services.access import access_grant_revoke

        for grant in queryset.select_related("corpus", "organization", "purpose"):
            try:
                access_grant_revoke(grant=grant, officer=request.user)
            except ApplicationError as exc:
                self.message_user(request, f"#{grant.pk}: {exc.message}", level=messages.ERROR)
            else:
                self.message_user(request, f"#{grant.pk}: revoked")


@admin.register(DownloadEvent)
class DownloadEventAdmin(ReadOnlyAdmin):
    """Who downloaded what: the list Art. 19 notices go to, so never editable or deletable."""

    list_display = ["version", "file_name", "organization", "user", "bytes_sent", "created_at"]
    list_filter = ["organization"]


@admin.register(Notice)
class NoticeAdmin(admin.ModelAdmin):
    list_display = ["subject", "organization", "kind", "created_at", "read_at"]
    list_filter = ["kind"]


@admin.register(Reason)
class ReasonAdmin(ReadOnlyAdmin):
    """Free-text reasons the audit log refers to by id and digest; an officer can erase one (Art. 17)."""

    list_display = ["id", "verb", "object_type", "object_id", "created_at", "erased_at"]
    list_filter = ["verb", ("erased_at", admin.EmptyFieldListFilter)]
    search_fields = ["object_id"]
    fields = ["verb", "object_type", "object_id", "text", "sha256", "author", "created_at", "erased_at"]
    readonly_fields = fields
    actions = ["erase"]

    def has_erase_permission(self, request) -> bool:  # type: ignore[no-untyped-def]
        from pool.selectors import is_compliance_officer

        return is_compliance_officer(request.user)

    @admin.action(description="Erase the text of the selected reasons", permissions=["erase"])
    def erase(self, request, queryset) -> None:  # type: ignore[no-untyped-def]
        from pool.services.reasons import reasons_erase

        erased = reasons_erase(reasons=queryset, actor=request.user, cause="officer")
        self.message_user(request, f"Erased {len(erased)} reason(s).")


# --- consent records, with what relies on them -------------------------------------------------------


admin.site.unregister(ConsentRecord)


@admin.register(ConsentRecord)
class PoolConsentRecordAdmin(ConsentRecordAdmin):
    """Contracts' consent admin plus links to the datasets collected under the record and the corpus
    versions holding them: what a withdrawal of this consent would reach."""

    readonly_fields = [*ConsentRecordAdmin.readonly_fields, "dataset_links", "version_links"]

    @admin.display(description="datasets under this consent")
    def dataset_links(self, obj: ConsentRecord) -> SafeString | str:
        return links(Dataset.objects.filter(consent_record=obj).order_by("pk"))

    @admin.display(description="corpus versions holding them")
    def version_links(self, obj: ConsentRecord) -> SafeString | str:
        versions = (
            CorpusVersion.objects.filter(datasets__consent_record=obj)
            .select_related("corpus")
            .distinct()
            .order_by("corpus__slug", "number")
        )
        return links(versions)


# --- the officer's dashboard (admin index) -----------------------------------------------------------

EXPIRY_WARNING_DAYS = 30


def _changelist(model: type[Model], query: str = "") -> str:
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    return f"{url}?{query}" if query else url


def dashboard_items(*, now: Any = None) -> list[dict[str, Any]]:
    """What needs an officer's attention, each with a count and a link to the filtered admin list:
    pending access requests, live consents whose validity ends within 30 days, failed datasets, and
    erasure notices no organisation has acknowledged yet."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    soon = today + timedelta(days=EXPIRY_WARNING_DAYS)
    return [
        {
            "key": "pending-requests",
            "label": "Pending access requests",
            "count": AccessRequest.objects.filter(status=AccessRequest.Status.PENDING).count(),
            "url": _changelist(AccessRequest, "status__exact=pending"),
        },
        {
            "key": "expiring-consents",
            "label": f"Consents expiring within {EXPIRY_WARNING_DAYS} days",
            "count": ConsentRecord.objects.filter(
                withdrawn_at__isnull=True, valid_until__gte=today, valid_until__lte=soon
            ).count(),
            "url": _changelist(
                ConsentRecord,
                f"withdrawn_at__isnull=True&valid_until__gte={today.isoformat()}"
                f"&valid_until__lte={soon.isoformat()}",
            ),
        },
        {
            "key": "failed-datasets",
            "label": "Failed datasets",
            "count": Dataset.objects.filter(status=Dataset.Status.FAILED).count(),
            "url": _changelist(Dataset, "status__exact=failed"),
        },
        {
            "key": "unacknowledged-notices",
            "label": "Unacknowledged withdrawal notices",
            "count": Notice.objects.filter(kind=Notice.Kind.ERASURE, read_at__isnull=True).count(),
            "url": _changelist(Notice, "kind__exact=erasure&read_at__isnull=True"),
        },
    ]


def admin_index(request: HttpRequest) -> HttpResponse:
    """The admin index with the officer's dashboard above the app list (config/urls.py routes
    ``/admin/`` here; ``admin.site.index`` renders templates/admin/index.html)."""
    extra = {
        "dashboard": dashboard_items(),
        "may_export_records": _may_export_records(request),
        "may_verify_chain": request.user.has_perm("contracts.view_auditevent"),
    }
    return admin.site.index(request, extra_context=extra)


admin_index_view = admin.site.admin_view(admin_index)
