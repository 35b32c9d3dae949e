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
from pool.selectors import CorpusOutcome, CorpusState, corpus_state, dataset_corpus_outcomes
from pool.services.datasets import dataset_timeline

OUTCOME_STATES = ["joined", "refused", "pending"]


class CorpusOutcomeSerializer(serializers.Serializer):
    """What became of a dataset in one corpus it targets (``pool.selectors.CorpusOutcome``)."""

    slug = serializers.CharField()
    name = serializers.CharField()
    joined = serializers.BooleanField()
    versions = serializers.ListField(
        child=serializers.IntegerField(), help_text="published or superseded versions holding it"
    )
    reason = serializers.CharField(help_text="why it is not joined, in plain words; empty when joined")
    state = serializers.ChoiceField(choices=OUTCOME_STATES)


class DatasetCorpusSerializer(serializers.Serializer):
    """The short form of a `CorpusOutcomeSerializer` (DESIGN §4: ``corpora`` of a dataset's detail)."""

    slug = serializers.CharField()
    state = serializers.ChoiceField(choices=OUTCOME_STATES)
    reason = serializers.CharField()


class TimelineEventSerializer(serializers.Serializer):
    """One milestone of a dataset (schema only): what happened, when, and for a publication where."""

    event = serializers.ChoiceField(choices=["uploaded", "approved", "ready", "published", "withdrawn"])
    at = serializers.DateTimeField()
    corpus = serializers.CharField(required=False, help_text="published: the corpus slug")
    version = serializers.IntegerField(required=False, help_text="published: the version number")
    seconds_after_ready = serializers.FloatField(
        required=False, help_text="first publication in a corpus: the publish latency (ready → published)"
    )


class DatasetSerializer(serializers.ModelSerializer):
    organization = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    licence = serializers.SlugRelatedField(slug_field="spdx_id", read_only=True)
    target_corpora = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    corpus_outcomes = serializers.SerializerMethodField(
        help_text="per target corpus: joined, refused (with the reason) or pending; null in lists"
    )
    corpora = serializers.SerializerMethodField(
        help_text="per target corpus: slug, state and reason (the short form of corpus_outcomes); null in lists"
    )
    timeline = serializers.SerializerMethodField(
        help_text="milestones, oldest first, with the publish latency per corpus; null in lists"
    )

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
            "corpus_outcomes",
            "corpora",
            "timeline",
        ]
        read_only_fields = fields

    def _outcomes(self, obj: Dataset) -> list[CorpusOutcome] | None:
        """The dataset's outcomes, computed once per serialised dataset; not in lists (each needs
        the access policy decided for every target corpus)."""
        if isinstance(self.parent, serializers.ListSerializer):
            return None
        cache: dict[int, list[CorpusOutcome]] = self.__dict__.setdefault("_outcome_cache", {})
        if obj.pk not in cache:
            cache[obj.pk] = dataset_corpus_outcomes(obj)
        return cache[obj.pk]

    @extend_schema_field(CorpusOutcomeSerializer(many=True, allow_null=True))
    def get_corpus_outcomes(self, obj: Dataset) -> list[dict[str, Any]] | None:
        outcomes = self._outcomes(obj)
        return None if outcomes is None else [o.to_dict() for o in outcomes]

    @extend_schema_field(TimelineEventSerializer(many=True, allow_null=True))
    def get_timeline(self, obj: Dataset) -> list[dict[str, Any]] | None:
        if isinstance(self.parent, serializers.ListSerializer):
            return None
        return [
            {**event, "at": serializers.DateTimeField().to_representation(event["at"])}
            for event in dataset_timeline(dataset=obj)
        ]

    @extend_schema_field(DatasetCorpusSerializer(many=True, allow_null=True))
    def get_corpora(self, obj: Dataset) -> list[dict[str, Any]] | None:
        outcomes = self._outcomes(obj)
        if outcomes is None:
            return None
        return [{"slug": o.slug, "state": o.state, "reason": o.reason} for o in outcomes]


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
    state = serializers.SerializerMethodField(
        help_text="published: a current version offers data; empty: no data (none published yet, or "
        "its contributions withdrawn; an empty version is never published)"
    )
    current_version = serializers.SerializerMethodField(help_text="number of the current published version")
    row_count = serializers.SerializerMethodField(help_text="records in the current version (0 when empty)")
    state_message = serializers.SerializerMethodField(help_text='"No data: …" when the corpus is empty')

    class Meta:
        model = Corpus
        fields = [
            "slug",
            "name",
            "description",
            "domain",
            "language",
            "kind",
            "purposes",
            "k_threshold",
            "state",
            "current_version",
            "row_count",
            "state_message",
        ]
        read_only_fields = fields

    def _state(self, obj: Corpus) -> CorpusState:
        cache: dict[int, CorpusState] = self.__dict__.setdefault("_state_cache", {})
        if obj.pk not in cache:
            cache[obj.pk] = corpus_state(obj)
        return cache[obj.pk]

    @extend_schema_field(serializers.CharField())  # "published" or "empty" (an enum would clash by name)
    def get_state(self, obj: Corpus) -> str:
        return self._state(obj).state

    @extend_schema_field(serializers.IntegerField(allow_null=True))
    def get_current_version(self, obj: Corpus) -> int | None:
        return self._state(obj).current_version

    @extend_schema_field(serializers.IntegerField())
    def get_row_count(self, obj: Corpus) -> int:
        return self._state(obj).row_count

    @extend_schema_field(serializers.CharField())
    def get_state_message(self, obj: Corpus) -> str:
        return self._state(obj).message


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
