"""django-filter filtersets for the list endpoints (query parameters, documented in the schema)."""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Q, QuerySet

from contracts.models import Licence
from pool.models import AccessRequest, Corpus, CorpusVersion, Dataset, Notice


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


class CorpusFilterSet(django_filters.FilterSet):
    """The catalogue: free text over name, slug, description and domain; facets by domain, language,
    kind, and the licence of a contribution pooled in the corpus's published version."""

    q = django_filters.CharFilter(
        method="search", label="Search", widget=forms.TextInput(attrs={"type": "search"})
    )
    domain = django_filters.ChoiceFilter(label="Domain", empty_label="Any domain")
    language = django_filters.ChoiceFilter(label="Language", empty_label="Any language")
    kind = django_filters.ChoiceFilter(choices=Corpus.Kind.choices, label="Kind", empty_label="Any kind")
    licence = django_filters.ModelChoiceFilter(
        queryset=Licence.objects.all(),
        to_field_name="spdx_id",
        method="with_licence",
        label="Licence",
        empty_label="Any licence",
    )

    class Meta:
        model = Corpus
        fields = ["q", "domain", "language", "kind", "licence"]

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        # The facets offer the values that exist, read when the form is built (not at import).
        for name in ("domain", "language"):
            values = Corpus.objects.exclude(**{name: ""}).order_by(name).values_list(name, flat=True)
            self.filters[name].extra["choices"] = [(v, v) for v in dict.fromkeys(values)]

    def search(self, queryset: QuerySet[Corpus], name: str, value: str) -> QuerySet[Corpus]:
        for word in value.split()[:8]:
            queryset = queryset.filter(
                Q(name__icontains=word)
                | Q(slug__icontains=word)
                | Q(description__icontains=word)
                | Q(domain__icontains=word)
            )
        return queryset

    def with_licence(self, queryset: QuerySet[Corpus], name: str, value: Licence) -> QuerySet[Corpus]:
        matching = CorpusVersion.objects.filter(
            status=CorpusVersion.Status.PUBLISHED, datasets__licence=value
        ).values("corpus")
        return queryset.filter(pk__in=matching)


class NoticePageFilterSet(NoticeFilterSet):
    """The notices page's filters: the API's parameters (``kind``, ``unread``), labelled for people."""

    kind = django_filters.ChoiceFilter(choices=Notice.Kind.choices, label="Kind", empty_label="Every kind")
    unread = django_filters.BooleanFilter(
        field_name="read_at",
        lookup_expr="isnull",
        label="Acknowledged",
        widget=forms.Select(
            choices=[("", "All notices"), ("true", "Not yet acknowledged"), ("false", "Acknowledged")]
        ),
    )
