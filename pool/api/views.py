"""API views: parse → service/selector → serialize. Another tenant's object is a 404."""

from __future__ import annotations

from django.db import transaction
from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response

from common.errors import ApplicationError
from contracts.services.consent import consent_record_create
from pool.api.serializers import CorpusSerializer, DatasetSerializer, DatasetUploadSerializer
from pool.models import Dataset, Membership
from pool.selectors import corpora_list, datasets_visible_to, organizations_for_user
from pool.services.datasets import dataset_upload


class DatasetListCreateView(generics.ListAPIView):
    serializer_class = DatasetSerializer
    parser_classes = [MultiPartParser, FormParser]
    filterset_fields = ["status", "format"]

    def get_queryset(self):  # type: ignore[no-untyped-def]
        if getattr(self, "swagger_fake_view", False):
            return Dataset.objects.none()
        return datasets_visible_to(self.request.user)

    @extend_schema(request=DatasetUploadSerializer, responses={201: DatasetSerializer})
    def post(self, request: Request) -> Response:
        serializer = DatasetUploadSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        organizations = organizations_for_user(request.user, Membership.Role.CONTRIBUTOR)
        organization = data.get("organization") or organizations.first()
        if organization is None or not organizations.filter(pk=organization.pk).exists():
            raise ApplicationError("You are not a contributor of that organisation.")
        with transaction.atomic():
            consent = consent_record_create(
                actor=request.user,
                controller_name=organization.name,
                controller_contact=organization.contact_email,
                legal_basis=data["legal_basis"],
                purposes=data["purposes"],
                valid_from=data["valid_from"],
                valid_until=data["valid_until"],
            )
            dataset = dataset_upload(
                organization=organization,
                uploaded_by=request.user,
                file=data["file"],
                title=data["title"],
                description=data["description"],
                language=data["language"],
                licence=data["licence"],
                consent_record=consent,
                target_corpora=data["target_corpora"],
            )
        return Response(DatasetSerializer(dataset).data, status=status.HTTP_201_CREATED)


class DatasetDetailView(generics.RetrieveAPIView):
    serializer_class = DatasetSerializer

    def get_queryset(self):  # type: ignore[no-untyped-def]
        if getattr(self, "swagger_fake_view", False):
            return Dataset.objects.none()
        return datasets_visible_to(self.request.user)


class CorpusListView(generics.ListAPIView):
    serializer_class = CorpusSerializer

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return corpora_list()


class CorpusDetailView(generics.RetrieveAPIView):
    serializer_class = CorpusSerializer
    lookup_field = "slug"

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return corpora_list()
