"""Admin for compliance officers: every object of the pool, lineage visible, artifacts read-only."""

from __future__ import annotations

from django.contrib import admin

from pool.models import (
    AccessGrant,
    AccessRequest,
    ApiToken,
    Corpus,
    CorpusVersion,
    Dataset,
    DownloadEvent,
    Membership,
    Notice,
    Organization,
)


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
    readonly_fields = ["key_prefix", "digest", "created_at", "last_used_at"]

    def has_add_permission(self, request) -> bool:  # type: ignore[no-untyped-def]
        return False  # tokens are issued by `manage.py issue_token`, which shows the secret once


@admin.register(Dataset)
class DatasetAdmin(admin.ModelAdmin):
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
        "pii_report",
        "risk_report",
        "preview",
        "created_at",
        "updated_at",
        "approved_at",
        "ready_at",
        "withdrawn_at",
        "versions",
    ]

    @admin.display(description="corpus versions (lineage)")
    def versions(self, obj: Dataset) -> str:
        return ", ".join(str(v) for v in obj.corpus_versions.select_related("corpus")) or "—"


@admin.register(Corpus)
class CorpusAdmin(admin.ModelAdmin):
    list_display = ["slug", "name", "kind", "k_threshold", "auto_approve_access"]
    filter_horizontal = ["purposes"]


@admin.register(CorpusVersion)
class CorpusVersionAdmin(admin.ModelAdmin):
    list_display = ["corpus", "number", "status", "row_count", "created_at", "published_at"]
    list_filter = ["status", "corpus"]
    readonly_fields = [f.name for f in CorpusVersion._meta.fields] + ["datasets"]


@admin.register(AccessRequest)
class AccessRequestAdmin(admin.ModelAdmin):
    list_display = ["organization", "corpus", "purpose", "status", "created_at", "decided_at"]
    list_filter = ["status", "corpus"]


@admin.register(AccessGrant)
class AccessGrantAdmin(admin.ModelAdmin):
    list_display = ["organization", "corpus", "purpose", "granted_at", "expires_at", "revoked_at"]


@admin.register(DownloadEvent)
class DownloadEventAdmin(admin.ModelAdmin):
    list_display = ["version", "file_name", "organization", "user", "bytes_sent", "created_at"]
    list_filter = ["organization"]

    def has_change_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return False


@admin.register(Notice)
class NoticeAdmin(admin.ModelAdmin):
    list_display = ["subject", "organization", "kind", "created_at", "read_at"]
    list_filter = ["kind"]
