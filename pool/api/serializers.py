"""API serializers: shapes in and out, no business rules."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from contracts.models import LegalBasis, Licence, Purpose
from pool.models import (
    AccessGrant,
    AccessRequest,
    ApiToken,
    Corpus,
    CorpusVersion,
    Dataset,
    Notice,
    Organization,
)


class DatasetSerializer(serializers.ModelSerializer):
    organization = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    licence = serializers.SlugRelatedField(slug_field="spdx_id", read_only=True)
    target_corpora = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)

    class Meta:
        model = Dataset
        fields = [
            "id",
            "organization",
            "title",
            "description",
            "language",
            "format",
            "licence",
            "status",
            "progress",
            "error_message",
            "original_filename",
            "raw_size",
            "artifact_sha256",
            "artifact_size",
            "artifact_rows",
            "pii_report",
            "risk_report",
            "plan",
            "target_corpora",
            "created_at",
            "updated_at",
            "ready_at",
            "scan_queued_at",  # null: the scan waits for the task queue (queued automatically)
        ]
        read_only_fields = fields


class DatasetUploadSerializer(serializers.Serializer):
    file = serializers.FileField()
    title = serializers.CharField(max_length=200)
    description = serializers.CharField(required=False, allow_blank=True, default="")
    language = serializers.CharField(required=False, default="en", max_length=8)
    organization = serializers.SlugRelatedField(
        slug_field="slug", queryset=Organization.objects.all(), required=False
    )
    licence = serializers.SlugRelatedField(slug_field="spdx_id", queryset=Licence.objects.all())
    legal_basis = serializers.ChoiceField(choices=LegalBasis.choices)
    purposes = serializers.SlugRelatedField(slug_field="code", queryset=Purpose.objects.all(), many=True)
    valid_from = serializers.DateField()
    valid_until = serializers.DateField(required=False, allow_null=True, default=None)
    target_corpora = serializers.SlugRelatedField(
        slug_field="slug", queryset=Corpus.objects.all(), many=True, required=False, default=list
    )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if attrs.get("valid_until") and attrs["valid_until"] < attrs["valid_from"]:
            raise serializers.ValidationError({"valid_until": "Must not be before valid_from."})
        return attrs


class CorpusSerializer(serializers.ModelSerializer):
    purposes = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)

    class Meta:
        model = Corpus
        fields = ["slug", "name", "description", "domain", "language", "kind", "purposes", "k_threshold"]
        read_only_fields = fields


class DatasetApproveSerializer(serializers.Serializer):
    plan = serializers.JSONField(required=False, allow_null=True, default=None)


class DatasetWithdrawSerializer(serializers.Serializer):
    reason = serializers.CharField(max_length=2000)


class VersionFileSerializer(serializers.Serializer):
    name = serializers.CharField()
    sha256 = serializers.CharField()
    size = serializers.IntegerField()
    rows = serializers.IntegerField()
    media_type = serializers.CharField()
    url = serializers.CharField()


class CorpusVersionSerializer(serializers.ModelSerializer):
    corpus = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    files = VersionFileSerializer(many=True, read_only=True)

    class Meta:
        model = CorpusVersion
        fields = [
            "corpus",
            "number",
            "status",
            "row_count",
            "files",
            "manifest",
            "risk_report",
            "error_message",
            "created_at",
            "published_at",
            "withdrawn_at",
            "datasheet",
        ]
        read_only_fields = fields


class AccessGrantSerializer(serializers.ModelSerializer):
    purpose = serializers.SlugRelatedField(slug_field="code", read_only=True)

    class Meta:
        model = AccessGrant
        fields = ["id", "purpose", "granted_at", "expires_at", "revoked_at"]
        read_only_fields = fields


class AccessRequestSerializer(serializers.ModelSerializer):
    corpus = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    organization = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    purpose = serializers.SlugRelatedField(slug_field="code", read_only=True)
    grant = serializers.SerializerMethodField()
    reject_reason = serializers.SerializerMethodField(
        help_text="why it was rejected, from the erasable reasons table (empty when none or erased)"
    )

    class Meta:
        model = AccessRequest
        fields = [
            "id",
            "corpus",
            "organization",
            "purpose",
            "justification",
            "status",
            "terms_accepted_at",
            "created_at",
            "decided_at",
            "grant",
            "reject_reason",
        ]
        read_only_fields = fields

    @extend_schema_field(AccessGrantSerializer(allow_null=True))
    def get_grant(self, obj: AccessRequest) -> dict[str, Any] | None:
        grant = getattr(obj, "grant", None) if obj.status == AccessRequest.Status.APPROVED else None
        return AccessGrantSerializer(grant).data if grant is not None else None

    def get_reject_reason(self, obj: AccessRequest) -> str:
        if obj.status != AccessRequest.Status.REJECTED:
            return ""
        if hasattr(obj, "reject_reason"):  # annotated by ``access_requests_visible_to``
            return str(obj.reject_reason)
        from pool.services.access import REJECTED
        from pool.services.reasons import reason_text

        return reason_text(obj=obj, verb=REJECTED)


class AccessRequestCreateSerializer(serializers.Serializer):
    purpose = serializers.SlugRelatedField(slug_field="code", queryset=Purpose.objects.all())
    accept_terms = serializers.BooleanField()
    justification = serializers.CharField(required=False, allow_blank=True, default="", max_length=5000)
    organization = serializers.SlugRelatedField(
        slug_field="slug", queryset=Organization.objects.all(), required=False
    )


class NoticeSerializer(serializers.ModelSerializer):
    corpus = serializers.SerializerMethodField()
    version = serializers.SerializerMethodField()

    class Meta:
        model = Notice
        fields = ["id", "kind", "subject", "body", "corpus", "version", "created_at", "read_at"]
        read_only_fields = fields

    def get_corpus(self, obj: Notice) -> str | None:
        return obj.corpus_version.corpus.slug if obj.corpus_version else None

    def get_version(self, obj: Notice) -> int | None:
        return obj.corpus_version.number if obj.corpus_version else None


class AccessRequestRejectSerializer(serializers.Serializer):
    reason = serializers.CharField(required=False, allow_blank=True, default="", max_length=2000)


class GrantSerializer(serializers.ModelSerializer):
    """A grant as officers and its organisation see it; ``revoke_reason`` comes from the reasons table."""

    corpus = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    organization = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    purpose = serializers.SlugRelatedField(slug_field="code", read_only=True)
    active = serializers.BooleanField(source="is_active", read_only=True)
    revoke_reason = serializers.SerializerMethodField()

    class Meta:
        model = AccessGrant
        fields = [
            "id",
            "request",
            "corpus",
            "organization",
            "purpose",
            "granted_at",
            "expires_at",
            "revoked_at",
            "active",
            "revoke_reason",
        ]
        read_only_fields = fields

    def get_revoke_reason(self, obj: AccessGrant) -> str:
        if obj.revoked_at is None:
            return ""
        if hasattr(obj, "revoke_reason"):  # annotated by ``grants_visible_to``
            return str(obj.revoke_reason)
        from pool.services.access import REVOKED
        from pool.services.reasons import reason_text

        return reason_text(obj=obj, verb=REVOKED)


class GrantRevokeSerializer(serializers.Serializer):
    reason = serializers.CharField(required=False, allow_blank=True, default="", max_length=2000)


class ApiTokenSerializer(serializers.ModelSerializer):
    """A token without its secret: the prefix tells tokens apart."""

    active = serializers.BooleanField(source="is_active", read_only=True)

    class Meta:
        model = ApiToken
        fields = [
            "id",
            "name",
            "key_prefix",
            "created_at",
            "last_used_at",
            "expires_at",
            "revoked_at",
            "active",
        ]
        read_only_fields = fields


class ApiTokenCreateSerializer(serializers.Serializer):
    name = serializers.CharField(required=False, allow_blank=True, default="", max_length=100)


class ApiTokenIssuedSerializer(ApiTokenSerializer):
    """The answer to a token request: the one time the secret ``key`` is shown."""

    key = serializers.CharField(read_only=True)

    class Meta(ApiTokenSerializer.Meta):
        fields = [*ApiTokenSerializer.Meta.fields, "key"]
        read_only_fields = fields
