"""REST API v1 routes (DESIGN.md §4: these paths are a public interface)."""

from django.urls import path

from pool.api import views

urlpatterns = [
    path("datasets/", views.DatasetListCreateView.as_view(), name="api-datasets"),
    path("datasets/<int:pk>/", views.DatasetDetailView.as_view(), name="api-dataset-detail"),
    path("datasets/<int:pk>/approve/", views.DatasetApproveView.as_view(), name="api-dataset-approve"),
    path("datasets/<int:pk>/withdraw/", views.DatasetWithdrawView.as_view(), name="api-dataset-withdraw"),
    path("corpora/", views.CorpusListView.as_view(), name="api-corpora"),
    path("corpora/<slug:slug>/", views.CorpusDetailView.as_view(), name="api-corpus-detail"),
    path(
        "corpora/<slug:slug>/access-requests/",
        views.CorpusAccessRequestListCreateView.as_view(),
        name="api-corpus-access-requests",
    ),
    path(
        "access-requests/<int:pk>/approve/",
        views.AccessRequestApproveView.as_view(),
        name="api-access-request-approve",
    ),
    path(
        "access-requests/<int:pk>/reject/",
        views.AccessRequestRejectView.as_view(),
        name="api-access-request-reject",
    ),
    path("corpora/<slug:slug>/versions/", views.CorpusVersionListView.as_view(), name="api-corpus-versions"),
    path(
        "corpora/<slug:slug>/versions/<int:number>/",
        views.CorpusVersionDetailView.as_view(),
        name="api-corpus-version-detail",
    ),
    path(
        "corpora/<slug:slug>/versions/<int:number>/files/<str:name>",
        views.VersionFileView.as_view(),
        name="api-corpus-version-file",
    ),
    path("notices/", views.NoticeListView.as_view(), name="api-notices"),
    path("tokens/", views.TokenListCreateView.as_view(), name="api-tokens"),
    path("tokens/<int:pk>/", views.TokenDetailView.as_view(), name="api-token-detail"),
    path("grants/", views.GrantListView.as_view(), name="api-grants"),
    path("grants/<int:pk>/revoke/", views.GrantRevokeView.as_view(), name="api-grant-revoke"),
]
