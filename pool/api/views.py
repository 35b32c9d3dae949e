"""API views: parse → service/selector → serialize. Another tenant's object is a 404."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from django.http import FileResponse, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404
from django.utils.http import content_disposition_header
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import generics, status
from rest_framework.exceptions import PermissionDenied
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from common.uploads import upload_refusal
from pool.api.filtersets import (
    AccessRequestFilterSet,
    CorpusVersionFilterSet,
    DatasetFilterSet,
    NoticeFilterSet,
)
from pool.api.serializers import (
    AccessRequestCreateSerializer,
    AccessRequestRejectSerializer,
    AccessRequestSerializer,
    ApiTokenCreateSerializer,
    ApiTokenIssuedSerializer,
    ApiTokenSerializer,
    CorpusSerializer,
    CorpusVersionSerializer,
    DatasetApproveSerializer,
    DatasetSerializer,
    DatasetUploadSerializer,
    DatasetWithdrawSerializer,
    GrantRevokeSerializer,
    GrantSerializer,
    NoticeSerializer,
)
from pool.models import (
    AccessGrant,
    AccessRequest,
    ApiToken,
    Corpus,
    CorpusVersion,
    Dataset,
    Membership,
    Notice,
)
from pool.selectors import (
    access_requests_visible_to,
    corpora_list,
    corpus_versions,
    datasets_visible_to,
    grants_visible_to,
    is_compliance_officer,
    organizations_for_user,
    visible_to,
)
from pool.services.access import (
    access_grant_revoke,
    access_request_approve,
    access_request_create,
    access_request_reject,
)
from pool.services.downloads import (
    CHUNK_BYTES,
    FileAccess,
    FileSource,
    ResponsePlan,
    download_plan,
    download_record_if_due,
    version_file_authorize,
    version_file_source,
)
from pool.services.idempotency import IdempotencyKeyReused, dataset_contribute_once
from pool.services.notices import notices_for_user
from pool.services.tokens import token_issue, token_revoke, tokens_of
from pool.services.withdrawal import dataset_withdraw


class DatasetListCreateView(generics.ListAPIView):
    serializer_class = DatasetSerializer
    parser_classes = [MultiPartParser, FormParser]
    filterset_class = DatasetFilterSet

    def get_queryset(self):  # type: ignore[no-untyped-def]
        if getattr(self, "swagger_fake_view", False):
            return Dataset.objects.none()
        return datasets_visible_to(self.request.user)

    @extend_schema(
        request=DatasetUploadSerializer,
        parameters=[
            OpenApiParameter(
                "Idempotency-Key",
                OpenApiTypes.STR,
                OpenApiParameter.HEADER,
                description=(
                    "Optional. A retry with the same key (same user, within 24 hours) answers with the "
                    "dataset the first request created (header Idempotent-Replayed: true) instead of "
                    "creating another; the same key with a different upload is a 422."
                ),
            )
        ],
        responses={
            201: OpenApiResponse(
                DatasetSerializer,
                description="Created. scan_queued_at is null while the task queue is unreachable; "
                "the scan is then queued automatically once it answers.",
            ),
            413: OpenApiResponse(description="The file is larger than the upload limit."),
            422: OpenApiResponse(description="The Idempotency-Key was used for a different upload."),
        },
    )
    def post(self, request: Request) -> Response:
        refused = upload_refusal(request)
        if refused:
            return Response(
                {"message": refused, "extra": {"max_bytes": settings.SHOAL_MAX_UPLOAD_BYTES}},
                status=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE,
            )
        serializer = DatasetUploadSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        try:
            contribution = dataset_contribute_once(
                user=request.user,
                idempotency_key=request.headers.get("Idempotency-Key"),
                organization=data.get("organization"),
                file=data["file"],
                title=data["title"],
                description=data["description"],
                language=data["language"],
                licence=data["licence"],
                legal_basis=data["legal_basis"],
                purposes=data["purposes"],
                valid_from=data["valid_from"],
                valid_until=data["valid_until"],
                target_corpora=data["target_corpora"],
            )
        except IdempotencyKeyReused as exc:
            return Response(
                {"message": exc.message, "extra": {}}, status=status.HTTP_422_UNPROCESSABLE_ENTITY
            )
        headers = {"Idempotent-Replayed": "true"} if contribution.replayed else {}
        return Response(
            DatasetSerializer(contribution.dataset).data, status=status.HTTP_201_CREATED, headers=headers
        )


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


# --- dataset actions, corpora versions, access, downloads, notices -----------------------------------


def _contributor_datasets(user: Any) -> QuerySet[Dataset]:
    return visible_to(user, Dataset.objects.all(), role=Membership.Role.CONTRIBUTOR, officers_see_all=False)


def _visible_dataset(request: Request, pk: int, *, contributor_only: bool) -> Dataset:
    """404 when the user cannot see the dataset, 403 when they see it but may not act on it."""
    dataset = get_object_or_404(datasets_visible_to(request.user), pk=pk)
    if contributor_only and not _contributor_datasets(request.user).filter(pk=pk).exists():
        raise PermissionDenied("Only a contributor of the owning organisation may do this.")
    return dataset


class DatasetApproveView(APIView):
    @extend_schema(request=DatasetApproveSerializer, responses={200: DatasetSerializer})
    def post(self, request: Request, pk: int) -> Response:
        from pool.services.datasets import dataset_approve

        dataset = _visible_dataset(request, pk, contributor_only=True)
        serializer = DatasetApproveSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        dataset = dataset_approve(dataset=dataset, user=request.user, plan=serializer.validated_data["plan"])
        return Response(DatasetSerializer(dataset).data)


class DatasetWithdrawView(APIView):
    @extend_schema(request=DatasetWithdrawSerializer, responses={200: DatasetSerializer})
    def post(self, request: Request, pk: int) -> Response:
        dataset = _visible_dataset(request, pk, contributor_only=not is_compliance_officer(request.user))
        serializer = DatasetWithdrawSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        dataset = dataset_withdraw(
            dataset=dataset, user=request.user, reason=serializer.validated_data["reason"]
        )
        return Response(DatasetSerializer(dataset).data)


class CorpusVersionListView(generics.ListAPIView):
    """Versions of a corpus, newest first (a catalogue: metadata is visible to every member)."""

    serializer_class = CorpusVersionSerializer
    filterset_class = CorpusVersionFilterSet

    def get_queryset(self) -> QuerySet[CorpusVersion]:
        if getattr(self, "swagger_fake_view", False):
            return CorpusVersion.objects.none()
        corpus = get_object_or_404(Corpus, slug=self.kwargs["slug"])
        return corpus_versions(corpus=corpus)


class CorpusVersionDetailView(generics.RetrieveAPIView):
    serializer_class = CorpusVersionSerializer
    lookup_field = "number"

    def get_queryset(self) -> QuerySet[CorpusVersion]:
        if getattr(self, "swagger_fake_view", False):
            return CorpusVersion.objects.none()
        corpus = get_object_or_404(Corpus, slug=self.kwargs["slug"])
        return corpus_versions(corpus=corpus)


class _AnyContentNegotiation(BaseContentNegotiation):
    """File downloads answer with the file whatever ``Accept`` says (fsspec, datasets, curl)."""

    def select_parser(self, request: Request, parsers: list[Any]) -> Any:
        return parsers[0] if parsers else None

    def select_renderer(
        self, request: Request, renderers: list[Any], format_suffix: str | None = None
    ) -> Any:
        return renderers[0], renderers[0].media_type


class VersionFileView(APIView):
    """One file of a version: GET/HEAD with Range, ETag, If-None-Match, If-Range (see services.downloads)."""

    content_negotiation_class = _AnyContentNegotiation

    @extend_schema(
        responses={
            (200, "application/vnd.apache.parquet"): OpenApiTypes.BINARY,
            (206, "application/vnd.apache.parquet"): OpenApiTypes.BINARY,
            304: OpenApiResponse(description="Not modified (If-None-Match matched the ETag)."),
            403: OpenApiResponse(description="No active grant, or the policy refuses."),
            404: OpenApiResponse(description="No such version or file."),
            410: OpenApiResponse(description="The version was withdrawn (erasure)."),
            416: OpenApiResponse(description="Range not satisfiable."),
        },
        parameters=[
            OpenApiParameter("Range", OpenApiTypes.STR, OpenApiParameter.HEADER, required=False),
            OpenApiParameter("If-None-Match", OpenApiTypes.STR, OpenApiParameter.HEADER, required=False),
            OpenApiParameter("If-Range", OpenApiTypes.STR, OpenApiParameter.HEADER, required=False),
        ],
    )
    def get(self, request: Request, slug: str, number: int, name: str) -> HttpResponseBase:
        generation = getattr(request.auth, "access_generation", None)  # read by token authentication
        access = version_file_authorize(
            slug=slug, number=number, name=name, user=request.user, generation=generation
        )
        range_header = request.headers.get("Range", "")
        plan = download_plan(
            method=request.method or "GET",
            size=access.size,
            etag=access.etag,
            range_header=range_header,
            if_none_match=request.headers.get("If-None-Match", ""),
            if_range=request.headers.get("If-Range", ""),
        )
        source = version_file_source(access=access, plan=plan) if plan.sends_body else None
        download_record_if_due(
            access=access,
            plan=plan,
            user=request.user,
            token=request.auth,
            range_header=range_header,
            generation=generation,
        )
        return _file_response(access, plan, source)


def _file_response(access: FileAccess, plan: ResponsePlan, source: FileSource | None) -> HttpResponseBase:
    """Render a planned answer: headers only, or the window by nginx, by a redirect or by the file."""
    response: HttpResponseBase
    if source is not None and source.redirect_url:
        response = HttpResponse(status=302)  # S3 without nginx: the client fetches the presigned URL
        response["Location"] = source.redirect_url
        response["Cache-Control"] = "private, no-store"
        return response
    if source is not None and source.accel_uri:
        # nginx sends the bytes and applies Range itself (deploy/nginx/templates/shoal.conf.template);
        # the app's headers (ETag, type, disposition) are kept, so the answer is the same as without it.
        response = HttpResponse(status=200)
        response["X-Accel-Redirect"] = source.accel_uri
        if plan.status == 206:  # the window for a storage proxy (a local file: nginx reads Range)
            response["X-Shoal-Range"] = f"bytes={plan.start}-{plan.start + plan.length - 1}"
    elif source is not None and source.window is not None:
        response = FileResponse(source.window, status=plan.status)
        response.block_size = CHUNK_BYTES
    else:
        response = HttpResponse(status=plan.status)
    for header, value in plan.headers.items():
        response[header] = value
    if source is not None and source.accel_uri:
        del response["Content-Range"]  # nginx sets length and range for the bytes it sends
        response["Content-Length"] = "0"  # this answer's own (empty) body
    if plan.status in (200, 206):
        response["Content-Type"] = access.content_type
        response["Content-Disposition"] = content_disposition_header(True, access.name) or "attachment"
    elif "Content-Length" not in plan.headers:
        response["Content-Length"] = "0"
    response["Cache-Control"] = "private, no-transform"
    return response


class CorpusAccessRequestListCreateView(generics.ListAPIView):
    """The caller's organisations' access requests for a corpus (all of them for compliance); POST asks."""

    serializer_class = AccessRequestSerializer
    filterset_class = AccessRequestFilterSet

    def get_queryset(self) -> QuerySet[AccessRequest]:
        if getattr(self, "swagger_fake_view", False):
            return AccessRequest.objects.none()
        corpus = get_object_or_404(Corpus, slug=self.kwargs["slug"])
        return access_requests_visible_to(self.request.user).filter(corpus=corpus).order_by("-created_at")

    @extend_schema(request=AccessRequestCreateSerializer, responses={201: AccessRequestSerializer})
    def post(self, request: Request, slug: str) -> Response:
        corpus = get_object_or_404(Corpus, slug=slug)
        serializer = AccessRequestCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        organizations = organizations_for_user(request.user, Membership.Role.CONSUMER)
        organization = data.get("organization") or organizations.first()
        if organization is None or not organizations.filter(pk=organization.pk).exists():
            raise PermissionDenied("You are not a consumer of that organisation.")
        access_request = access_request_create(
            corpus=corpus,
            organization=organization,
            user=request.user,
            purpose=data["purpose"],
            accept_terms=data["accept_terms"],
            justification=data["justification"],
        )
        return Response(AccessRequestSerializer(access_request).data, status=status.HTTP_201_CREATED)


def _officer_request(request: Request, pk: int) -> AccessRequest:
    access_request = get_object_or_404(access_requests_visible_to(request.user), pk=pk)
    if not is_compliance_officer(request.user):
        raise PermissionDenied("Only a compliance officer may decide access requests.")
    return access_request


class AccessRequestApproveView(APIView):
    @extend_schema(request=None, responses={200: AccessRequestSerializer})
    def post(self, request: Request, pk: int) -> Response:
        access_request = _officer_request(request, pk)
        access_request_approve(request=access_request, officer=request.user)
        access_request.refresh_from_db()
        return Response(AccessRequestSerializer(access_request).data)


class AccessRequestRejectView(APIView):
    @extend_schema(request=AccessRequestRejectSerializer, responses={200: AccessRequestSerializer})
    def post(self, request: Request, pk: int) -> Response:
        access_request = _officer_request(request, pk)
        serializer = AccessRequestRejectSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        reason = serializer.validated_data["reason"]
        access_request_reject(
            request=access_request, officer=request.user, reasons=[reason] if reason else []
        )
        # Read again: the reason is an annotation of the selector, made before the rejection.
        access_request = access_requests_visible_to(request.user).get(pk=pk)
        return Response(AccessRequestSerializer(access_request).data)


class NoticeListView(generics.ListAPIView):
    """Notices addressed to the caller's organisations, newest first."""

    serializer_class = NoticeSerializer
    filterset_class = NoticeFilterSet

    def get_queryset(self) -> QuerySet[Notice]:
        if getattr(self, "swagger_fake_view", False):
            return Notice.objects.none()
        return notices_for_user(self.request.user)


# --- revocation: the caller's API tokens, officers' grants -------------------------------------------


class TokenListCreateView(generics.ListAPIView):
    """The caller's own tokens (never their secrets); POST issues one and shows its key this once."""

    serializer_class = ApiTokenSerializer

    def get_queryset(self) -> QuerySet[ApiToken]:
        if getattr(self, "swagger_fake_view", False):
            return ApiToken.objects.none()
        return tokens_of(user=self.request.user)

    @extend_schema(request=ApiTokenCreateSerializer, responses={201: ApiTokenIssuedSerializer})
    def post(self, request: Request) -> Response:
        if isinstance(request.auth, ApiToken):
            # A leaked token must not be able to mint its own successor and outlive its revocation.
            raise PermissionDenied("Create tokens from a signed-in session, not with another token.")
        serializer = ApiTokenCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        token, key = token_issue(user=request.user, name=serializer.validated_data["name"])
        return Response({**ApiTokenSerializer(token).data, "key": key}, status=status.HTTP_201_CREATED)


class TokenDetailView(APIView):
    """One of the caller's tokens; DELETE revokes it (the next request with it is a 401)."""

    @extend_schema(responses={200: ApiTokenSerializer})
    def get(self, request: Request, pk: int) -> Response:
        token = get_object_or_404(tokens_of(user=request.user), pk=pk)
        return Response(ApiTokenSerializer(token).data)

    @extend_schema(request=None, responses={204: None})
    def delete(self, request: Request, pk: int) -> Response:
        token = get_object_or_404(tokens_of(user=request.user), pk=pk)
        token_revoke(token=token, actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class GrantListView(generics.ListAPIView):
    """Access grants of the caller's organisations, newest first (all of them for compliance)."""

    serializer_class = GrantSerializer

    def get_queryset(self) -> QuerySet[AccessGrant]:
        if getattr(self, "swagger_fake_view", False):
            return AccessGrant.objects.none()
        return grants_visible_to(self.request.user)


class GrantRevokeView(APIView):
    """A compliance officer revokes a grant; downloads under it are refused from the next request."""

    @extend_schema(request=GrantRevokeSerializer, responses={200: GrantSerializer})
    def post(self, request: Request, pk: int) -> Response:
        grant = get_object_or_404(grants_visible_to(request.user), pk=pk)
        if not is_compliance_officer(request.user):
            raise PermissionDenied("Only a compliance officer may revoke an access grant.")
        serializer = GrantRevokeSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        access_grant_revoke(grant=grant, officer=request.user, reason=serializer.validated_data["reason"])
        return Response(GrantSerializer(grants_visible_to(request.user).get(pk=pk)).data)
