"""Root URLs: web pages, accounts, admin, REST API v1, OpenAPI schema and docs, health."""

from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView

from config.api_urls import api_docs, api_redoc
from pool.admin import admin_index_view
from pool.views import healthz

urlpatterns = [
    path("", include("pool.urls")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("admin/", admin_index_view),  # the admin index with the compliance dashboard (pool/admin.py)
    path("admin/", admin.site.urls),
    path("api/v1/", include("config.api_urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", api_docs, name="api-docs"),
    path("api/redoc/", api_redoc, name="api-redoc"),
    path("healthz", healthz, name="healthz"),
]
