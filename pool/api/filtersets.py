"""django-filter filtersets for the list endpoints (query parameters, documented in the schema)."""

from __future__ import annotations

import django_filters

from pool.models import AccessRequest, CorpusVersion, Dataset, Notice


class DatasetFilterSet(django_filters.FilterSet):
    class Meta:
        model = Dataset
        fields = ["status", "format"]


class CorpusVersionFilterSet(django_filters.FilterSet):
    class Meta:
        model = CorpusVersion
        fields = ["status"]


class AccessRequestFilterSet(django_filters.FilterSet):
    class Meta:
        model = AccessRequest
        fields = ["status"]


class NoticeFilterSet(django_filters.FilterSet):
    unread = django_filters.BooleanFilter(field_name="read_at", lookup_expr="isnull", label="Unread only")

    class Meta:
        model = Notice
        fields = ["kind", "unread"]
