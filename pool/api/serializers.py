"""API serializers: shapes in and out, no business rules."""

from __future__ import annotations

from rest_framework import serializers

from contracts.models import LegalBasis, Licence, Purpose
from pool.models import Corpus, Dataset, Organization


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


class CorpusSerializer(serializers.ModelSerializer):
    purposes = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)

    class Meta:
        model = Corpus
        fields = ["slug", "name", "description", "domain", "language", "kind", "purposes", "k_threshold"]
        read_only_fields = fields
