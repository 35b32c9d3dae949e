"""REST API v1 (DESIGN.md §4), and the views of its documentation pages.

Swagger UI and ReDoc load their bundles from drf-spectacular-sidecar's static files (settings
``SPECTACULAR_SETTINGS``: ``"SIDECAR"``), so the pages work offline and under the site's strict
Content-Security-Policy: no CDN origin to allow. The Swagger page is the split view, which serves its
set-up script from this origin instead of inline; the ReDoc page uses the ``<redoc spec-url>`` element
(no inline script) and a template without the upstream web fonts. ReDoc runs its search index in a Web
Worker made from a ``blob:`` URL, which only its page allows. Its side menu also shows a logo from
Redocly's CDN: the policy's ``img-src`` blocks that request in the browser, before it leaves the host
(tests/e2e/test_browser_officer.py checks both pages).
"""

from csp.decorators import csp_update
from django.urls import include, path
from drf_spectacular.views import SpectacularRedocView, SpectacularSwaggerSplitView

api_docs = SpectacularSwaggerSplitView.as_view(url_name="schema", title="Shoal API")
api_redoc = csp_update({"worker-src": ["'self'", "blob:"]})(
    SpectacularRedocView.as_view(url_name="schema", title="Shoal API", template_name="api/redoc.html")
)

urlpatterns = [path("", include("pool.api.urls"))]
