"""Admin for compliance officers: licences, purposes, consent records with their history, the audit log.

Histories and the audit log are read-only here (no add, change or delete); every change the admin
can make goes through an audited service, and withdrawal is an action that calls ``consent_withdraw``.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html, format_html_join

from common.errors import ApplicationError
from contracts.audit import audit_log, guard_report, verify_chain
from contracts.jsonld import consent_to_jsonld
from contracts.models import AuditEvent, ConsentEvent, ConsentRecord, Licence, Purpose
from contracts.services.consent import consent_state, consent_withdraw
from contracts.services.vocabulary import licence_save, purpose_save, vocabulary_delete


class ReadOnlyAdminMixin:
    """No add, change or delete: the rows are evidence."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}


class AuditedVocabularyAdmin(admin.ModelAdmin):
    """Saves and deletes go through the audited vocabulary services."""

    formfield_overrides = URL_FIELDS

    def save_model(self, request: HttpRequest, obj: Any, form: forms.ModelForm, change: bool) -> None:
        save = licence_save if isinstance(obj, Licence) else purpose_save
        try:
            save(
                actor=request.user,
                **{obj._meta.model_name: obj},
                changed=list(form.changed_data),
                created=not change,
            )
        except ApplicationError as exc:
            raise forms.ValidationError(exc.message) from exc

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        vocabulary_delete(actor=request.user, obj=obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        for obj in queryset:
            vocabulary_delete(actor=request.user, obj=obj)


@admin.register(Licence)
class LicenceAdmin(AuditedVocabularyAdmin):
    list_display = [
        "spdx_id",
        "name",
        "commercial_use",
        "model_training",
        "redistribution",
        "derivatives",
        "attribution",
        "share_alike",
        "non_commercial",
    ]
    search_fields = ["spdx_id", "name"]


class PurposeForm(forms.ModelForm):
    class Meta:
        model = Purpose
        fields = ["code", "name", "description", "dpv_iri", "parent"]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        parent = data.get("parent")
        seen = set()
        while parent is not None and parent.pk not in seen:
            if self.instance.pk and parent.pk == self.instance.pk:
                raise forms.ValidationError("A purpose cannot be its own ancestor.")
            seen.add(parent.pk)
            parent = parent.parent
        return data


@admin.register(Purpose)
class PurposeAdmin(AuditedVocabularyAdmin):
    form = PurposeForm
    list_display = ["code", "name", "parent", "dpv_iri"]
    search_fields = ["code", "name"]


class ConsentEventInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = ConsentEvent
    fields = ["kind", "at", "valid_from", "valid_until", "actor_name", "reason"]
    readonly_fields = fields
    extra = 0
    can_delete = False


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), help_text="Kept in the consent history."
    )


@admin.register(ConsentRecord)
class ConsentRecordAdmin(admin.ModelAdmin):
    """Records are created with their contribution; officers attach evidence and withdraw, nothing else."""

    formfield_overrides = URL_FIELDS
    list_display = [
        "id",
        "controller_name",
        "legal_basis",
        "valid_from",
        "valid_until",
        "status",
        "withdrawn_at",
    ]
    list_filter = ["legal_basis", "special_categories", "jurisdiction"]
    search_fields = ["controller_name"]
    editable_fields = ("controller_contact", "notice_url", "evidence")
    readonly_fields = [
        "controller_name",
        "legal_basis",
        "data_subject_categories",
        "personal_data_categories",
        "special_categories",
        "special_category_basis",
        "special_category_types",
        "purpose_codes",
        "jurisdiction",
        "collection_method",
        "valid_from",
        "valid_until",
        "withdrawn_at",
        "withdrawal_reason",
        "created_at",
        "status",
        "jsonld",
    ]
    exclude = ["purposes"]
    inlines = [ConsentEventInline]
    actions = ["withdraw_consent"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def get_queryset(self, request: HttpRequest) -> QuerySet[ConsentRecord]:
        return super().get_queryset(request).prefetch_related("events", "purposes")

    @admin.display(description="status")
    def status(self, obj: ConsentRecord) -> str:
        return str(consent_state(obj).status)

    @admin.display(description="purposes")
    def purpose_codes(self, obj: ConsentRecord) -> str:
        return ", ".join(sorted(p.code for p in obj.purposes.all()))

    @admin.display(description="DPV / ISO 27560 JSON-LD")
    def jsonld(self, obj: ConsentRecord) -> str:
        return format_html("<pre>{}</pre>", json.dumps(consent_to_jsonld(obj), indent=2, ensure_ascii=False))

    def save_model(
        self, request: HttpRequest, obj: ConsentRecord, form: forms.ModelForm, change: bool
    ) -> None:
        changed = [name for name in form.changed_data if name in self.editable_fields]
        super().save_model(request, obj, form, change)
        if changed:
            audit_log(
                actor=request.user, verb="consent.changed", obj=obj, payload={"changed": sorted(changed)}
            )

    @admin.action(description="Withdraw consent (starts the erasure cascade)")
    def withdraw_consent(
        self, request: HttpRequest, queryset: QuerySet[ConsentRecord]
    ) -> HttpResponse | None:
        form = WithdrawForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            for record in queryset:
                consent_withdraw(record=record, actor=request.user, reason=form.cleaned_data["reason"])
            self.message_user(request, f"Withdrew {queryset.count()} consent record(s).", messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Withdraw consent",
            "records": queryset,
            "form": form,
            "opts": self.model._meta,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/contracts/consentrecord/withdraw.html", context)


@admin.register(ConsentEvent)
class ConsentEventAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["record", "kind", "at", "valid_until", "actor_name"]
    list_filter = ["kind"]
    search_fields = ["record__id", "actor_name"]


#: How long a row may wait for its anchor line before the admin's check counts it as lost (the same
#: default as ``manage.py verify_audit_log --anchor-grace``).
ANCHOR_GRACE = timedelta(seconds=300)


def _hash_html(value: str) -> str:
    """A 64-hex-digit hash in groups of eight, so two hashes can be compared by eye."""
    groups = [value[i : i + 8] for i in range(0, len(value), 8)] or ["—"]
    return format_html('<code class="shoal-hash">{}</code>', " ".join(groups))


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """The audit log, read-only: every field of an event, both hashes with links along the chain, and a
    "Verify chain" button that runs the same check as ``manage.py verify_audit_log``."""

    list_display = ["seq", "created_at", "actor_name", "verb", "object_type", "object_id", "purpose"]
    list_filter = ["verb"]
    search_fields = ["object_id", "actor_name", "verb", "request_id"]
    change_list_template = "admin/contracts/auditevent/change_list.html"
    fields = [
        "seq",
        "created_at",
        "actor",
        "actor_name",
        "verb",
        "object_type",
        "object_id",
        "purpose",
        "request_id",
        "payload_readable",
        "prev_hash_readable",
        "hash_readable",
        "neighbours",
    ]
    readonly_fields = fields

    @admin.display(description="payload")
    def payload_readable(self, obj: AuditEvent) -> str:
        text = json.dumps(obj.payload, indent=2, ensure_ascii=False, sort_keys=True)
        return format_html('<pre class="shoal-json">{}</pre>', text)

    @admin.display(description="previous hash (prev_hash)")
    def prev_hash_readable(self, obj: AuditEvent) -> str:
        return _hash_html(obj.prev_hash)

    @admin.display(description="hash (HMAC-SHA256 of prev_hash and this row)")
    def hash_readable(self, obj: AuditEvent) -> str:
        return _hash_html(obj.hash)

    @admin.display(description="along the chain")
    def neighbours(self, obj: AuditEvent) -> str:
        around = AuditEvent.objects.filter(seq__in=[obj.seq - 1, obj.seq + 1]).values_list("pk", "seq")
        parts = [
            format_html(
                '<a href="{}">{} #{}</a>',
                reverse("admin:contracts_auditevent_change", args=[pk]),
                "previous" if seq < obj.seq else "next",
                seq,
            )
            for pk, seq in sorted(around, key=lambda row: row[1])
        ]
        return format_html_join(" · ", "{}", ((part,) for part in parts)) if parts else "—"

    def get_urls(self) -> list[URLPattern]:
        verify = self.admin_site.admin_view(self.verify_chain_view)
        return [path("verify/", verify, name="contracts_auditevent_verify"), *super().get_urls()]

    def verify_chain_view(self, request: HttpRequest) -> HttpResponse:
        """POST: walk the chain (``contracts.audit.verify_chain``) and check the append-only guards,
        then show the verdict as a message on the audit log list. Needs the audit log's view right."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        level, text = verify_chain_message()
        self.message_user(request, text, level=level)
        return HttpResponseRedirect(reverse("admin:contracts_auditevent_changelist"))


def verify_chain_message() -> tuple[int, str]:
    """The verdict of the chain and guard checks as ``(message level, text)``, worded like
    ``manage.py verify_audit_log``'s output."""
    guards = guard_report()
    verdict = verify_chain(anchor_grace=ANCHOR_GRACE)
    failures = [f"append-only guard: {problem}" for problem in guards.problems]
    if not verdict.ok:
        failures.insert(
            0, f"Audit log BROKEN at seq {verdict.first_bad_seq}: {verdict.reason} ({verdict.rows} rows read)"
        )
    if failures:
        return messages.ERROR, "; ".join(failures)
    unanchored = verdict.head_seq - verdict.anchored_seq
    note = f", {unanchored} newest rows not yet anchored" if unanchored else ""
    checked = "append-only triggers enabled" if guards.checked else "no database triggers on this backend"
    warnings = "".join(f"; warning: {n}" for n in guards.notes)
    return (
        messages.SUCCESS,
        f"Audit log intact: {verdict.rows} rows, head seq {verdict.head_seq}, anchored up to seq "
        f"{verdict.anchored_seq}{note}; {checked}{warnings}.",
    )


# --- every admin add, change and delete is audited, through one hook --------------------------------
#
# Django's admin reports each save to ``ModelAdmin.log_addition``/``log_change`` with the message
# ``construct_change_message`` built from the form *and its inline formsets*, and each deletion to
# ``log_deletions`` before it happens (change view, delete view, the bulk delete action). Wrapping
# those four methods of ``ModelAdmin`` itself (``install_admin_audit``, run once from
# ``ContractsConfig.ready``) audits every model on every admin site, inlines included, without a
# per-model mixin. The audit row names the model (``object_type``), the object id, the action (verb
# ``admin.added`` / ``admin.changed`` / ``admin.deleted``) and the changed field *names*; never a value
# or an object's ``str()`` (which may be a person's name).

ADMIN_VERBS = {"added": "admin.added", "changed": "admin.changed", "deleted": "admin.deleted"}


class AdminChangeMessage(list):  # type: ignore[type-arg]
    """Django's change message (a list; ``LogEntry`` stores it as JSON) that also carries, for the
    audit, the changed field names of the main form and ``(action, model, pk, fields)`` per inline row."""

    fields: list[str]
    inlines: list[tuple[str, type[models.Model], Any, list[str]]]


def _inline_changes(formsets: Any) -> list[tuple[str, type[models.Model], Any, list[str]]]:
    """What the saved formsets did, with primary keys (a deleted row's is read from its form: Django
    has already set the instance's to None)."""
    changes: list[tuple[str, type[models.Model], Any, list[str]]] = []
    for formset in formsets or []:
        model = formset.model
        pk_name = model._meta.pk.name
        for obj in formset.new_objects:
            form = next((f for f in formset.forms if f.instance is obj), None)
            changes.append(("added", model, obj.pk, sorted(form.changed_data) if form else []))
        for obj, fields in formset.changed_objects:
            changes.append(("changed", model, obj.pk, sorted(fields)))
        for obj in formset.deleted_objects:
            form = next((f for f in formset.initial_forms if f.instance is obj), None)
            pk = obj.pk
            if pk is None and form is not None and pk_name in form.fields:
                pk = form.fields[pk_name].initial
            changes.append(("deleted", model, pk, []))
    return changes


def _audit_admin(request: HttpRequest, action: str, obj: models.Model, payload: dict[str, Any]) -> None:
    audit_log(actor=request.user, verb=ADMIN_VERBS[action], obj=obj, payload=payload)


def _audit_admin_save(request: HttpRequest, obj: models.Model, action: str, message: Any) -> None:
    # A message not built by ``construct_change_message`` (custom code) gives no field names.
    _audit_admin(request, action, obj, {"fields": list(getattr(message, "fields", []))})
    parent = {"type": obj._meta.label_lower, "id": str(obj.pk)}
    for inline_action, model, pk, inline_fields in getattr(message, "inlines", []):
        stub = model(pk=pk)  # names the row (model label, id) even once it is deleted
        _audit_admin(request, inline_action, stub, {"fields": inline_fields, "parent": parent})


def install_admin_audit() -> None:
    """Wrap ``ModelAdmin``'s change-message and log methods so every admin save and delete is audited
    in the transaction that makes it (the change and delete views are atomic). Idempotent."""
    model_admin = admin.ModelAdmin
    if getattr(model_admin, "_shoal_audited", False):
        return
    construct = model_admin.construct_change_message
    log_addition = model_admin.log_addition
    log_change = model_admin.log_change
    log_deletions = model_admin.log_deletions

    def construct_change_message(self: Any, request: Any, form: Any, formsets: Any, add: bool = False) -> Any:
        message = AdminChangeMessage(construct(self, request, form, formsets, add))
        message.fields = sorted(form.changed_data)
        message.inlines = _inline_changes(formsets)
        return message

    def audited_log_addition(self: Any, request: Any, obj: Any, message: Any) -> Any:
        _audit_admin_save(request, obj, "added", message)
        return log_addition(self, request, obj, message)

    def audited_log_change(self: Any, request: Any, obj: Any, message: Any) -> Any:
        _audit_admin_save(request, obj, "changed", message)
        return log_change(self, request, obj, message)

    def audited_log_deletions(self: Any, request: Any, queryset: Any) -> Any:
        for obj in queryset:
            _audit_admin(request, "deleted", obj, {"fields": []})
        return log_deletions(self, request, queryset)

    model_admin.construct_change_message = construct_change_message  # type: ignore[method-assign]
    model_admin.log_addition = audited_log_addition  # type: ignore[method-assign]
    model_admin.log_change = audited_log_change  # type: ignore[method-assign]
    model_admin.log_deletions = audited_log_deletions  # type: ignore[method-assign]
    model_admin._shoal_audited = True  # type: ignore[attr-defined]
