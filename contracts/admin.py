"""Admin for consent, licences, purposes and the audit log (read-only)."""

from __future__ import annotations

from django.contrib import admin

from contracts.models import AuditEvent, ConsentRecord, Licence, Purpose


@admin.register(Licence)
class LicenceAdmin(admin.ModelAdmin):
    list_display = ["spdx_id", "name", "commercial_use", "model_training", "share_alike", "non_commercial"]


@admin.register(Purpose)
class PurposeAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "parent"]


@admin.register(ConsentRecord)
class ConsentRecordAdmin(admin.ModelAdmin):
    list_display = ["id", "controller_name", "legal_basis", "valid_from", "valid_until", "withdrawn_at"]
    list_filter = ["legal_basis", "special_categories"]
    filter_horizontal = ["purposes"]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ["seq", "created_at", "actor_name", "verb", "object_type", "object_id"]
    list_filter = ["verb"]
    search_fields = ["object_id", "actor_name", "verb"]

    def has_add_permission(self, request) -> bool:  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return False

    def has_delete_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return False
