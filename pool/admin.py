"""Admin for compliance officers: every object of the pool, lineage visible, artifacts read-only."""

from __future__ import annotations

from django.contrib import admin, messages

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

    def has_add_permission(self, request) -> bool:  # type: ignore[no-untyped-def]
        return False  # contributions arrive through the upload service (storage, audit, scan)

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
