"""Root URLs: web pages, accounts, admin, REST API v1, OpenAPI schema and docs, health."""

from csp.decorators import csp_update
from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from pool.views import healthz

# Swagger UI's bundle and stylesheet come from its CDN; the split view serves the page's own set-up
# script from this origin, so no inline script needs allowing.
_SWAGGER_ORIGIN = settings.SPECTACULAR_SETTINGS["SWAGGER_UI_DIST"].split("/npm/")[0]
api_docs = csp_update(
    {"script-src": [_SWAGGER_ORIGIN], "style-src": [_SWAGGER_ORIGIN], "img-src": [_SWAGGER_ORIGIN]}
)(SpectacularSwaggerSplitView.as_view(url_name="schema"))

urlpatterns = [
    path("", include("pool.urls")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("admin/", admin.site.urls),
    path("api/v1/", include("config.api_urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", api_docs, name="api-docs"),
    path("healthz", healthz, name="healthz"),
]
