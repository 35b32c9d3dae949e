"""REST API v1 (DESIGN.md §4)."""

from django.urls import include, path

urlpatterns = [path("", include("pool.api.urls"))]
