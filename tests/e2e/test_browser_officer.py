"""Real browser for the compliance officer: the admin dashboard, chain verification, Art. 30 exports and
the offline API docs; plus the shared accessibility checker's own tests."""

from __future__ import annotations

import csv
import io
import json
from io import StringIO
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.e2e.a11y import assert_accessible
from tests.e2e.artifacts import screenshots_for
from tests.e2e.test_browser import page  # noqa: F401  (the shared Chromium fixture)

pytestmark = pytest.mark.e2e


def screenshots_dir() -> Path:
    return screenshots_for("officer")


def shot(browser_page: Any, name: str) -> None:
    browser_page.screenshot(path=str(screenshots_dir() / f"{name}.png"), full_page=True)


@pytest.fixture
def officer_world(
    transactional_db: Any, _end_stray_sessions: None, vocabulary: None, settings: Any, tmp_path: Path
) -> dict[str, Any]:
    """The demo world (carol the compliance officer, bob a consumer) and bob's pending request."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from contracts.models import Purpose
    from pool.models import Corpus, Organization
    from pool.services.access import access_request_create

    settings.AUDIT_ANCHOR = tmp_path / "audit-anchor.log"
    call_command("seed_demo", "--no-datasets", stdout=StringIO())
    request = access_request_create(
        corpus=Corpus.objects.get(slug="customers-eu"),
        organization=Organization.objects.get(slug="northwind-ml"),
        user=get_user_model().objects.get(username="bob"),
        purpose=Purpose.objects.get(code="model-training"),
        accept_terms=True,
    )
    return {"request": request}


def test_carol_approves_verifies_the_chain_and_exports_art30_records(
    page: Any,  # noqa: F811
    live_server: Any,
    officer_world: dict[str, Any],
) -> None:
    from contracts.models import AuditEvent
    from pool.models import AccessRequest
    from pool.services.demo import DEMO_PASSWORD

    base = live_server.url
    page.goto(f"{base}/admin/")
    page.fill("#id_username", "carol")
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("input[type=submit], button[type=submit]")
    page.wait_for_selector("#compliance-dashboard")
    assert page.inner_text("#site-name") == "Shoal administration"
    pending = page.locator("#dashboard-pending-requests")
    assert pending.locator(".shoal-count").inner_text() == "1"
    shot(page, "01-dashboard")
    assert_accessible(page)

    # The count links to the pending requests; carol approves bob's with the admin action.
    pending.locator("a").click()
    page.wait_for_selector("#changelist")
    shot(page, "02-pending-requests")
    request = officer_world["request"]
    page.check(f"input.action-select[value='{request.pk}']")
    page.select_option("select[name=action]", "approve")
    page.click("button[name=index]")
    page.wait_for_selector(f".messagelist li:has-text('#{request.pk}: approved')")
    shot(page, "03-request-approved")
    request.refresh_from_db()
    assert request.status == AccessRequest.Status.APPROVED
    assert request.decided_by.username == "carol"

    # Verify the chain from the dashboard: the audit log list shows the verdict.
    page.goto(f"{base}/admin/")
    assert page.locator("#dashboard-pending-requests .shoal-count").inner_text() == "0"
    page.click("button:has-text('Verify audit chain')")
    message = page.wait_for_selector(".messagelist li.success")
    assert message.inner_text().startswith("Audit log intact:"), message.inner_text()
    assert "/admin/contracts/auditevent/" in page.url
    shot(page, "04-chain-verified")
    assert_accessible(page)
    # An event's detail: every field, both hashes, links along the chain.
    grant_event = AuditEvent.objects.get(verb="access_grant.issued")
    page.click(f"table#result_list a[href*='/auditevent/{grant_event.pk}/change/']")
    page.wait_for_selector(".field-hash_readable code.shoal-hash")
    assert page.inner_text(".field-verb .readonly") == "access_grant.issued"
    assert page.inner_text(".field-actor_name .readonly") == "carol"
    assert grant_event.hash[:8] in page.inner_text(".field-hash_readable")
    assert grant_event.prev_hash[:8] in page.inner_text(".field-prev_hash_readable")
    assert f"previous #{grant_event.seq - 1}" in page.inner_text(".field-neighbours")
    shot(page, "05-audit-event")
    assert_accessible(page)

    # Export the Art. 30 records as JSON and as CSV; both downloads parse.
    page.goto(f"{base}/admin/")
    with page.expect_download() as json_download:
        page.click("text=Export records of processing (JSON)")
    records = json.loads(Path(json_download.value.path()).read_text(encoding="utf-8"))
    assert json_download.value.suggested_filename.endswith(".json")
    assert [r["activity"] for r in records] == ["corpus:customers-eu", "corpus:support-tickets-en"]
    assert any("Northwind ML" in recipient for recipient in records[0]["recipients"])
    with page.expect_download() as csv_download:
        page.click("text=Export records of processing (CSV)")
    rows = list(csv.DictReader(io.StringIO(Path(csv_download.value.path()).read_text(encoding="utf-8"))))
    assert csv_download.value.suggested_filename.endswith(".csv")
    assert [r["activity"] for r in rows] == ["corpus:customers-eu", "corpus:support-tickets-en"]
    assert "Northwind ML (NL) for model-training" in rows[0]["recipients"]


@pytest.mark.parametrize(
    ("url", "rendered", "blocked_by_csp"),
    [
        # Swagger UI: one block per operation; it asks nothing of another host.
        ("/api/docs/", ".opblock", []),
        # ReDoc: one section per tag/operation. Its side menu shows Redocly's logo from their CDN; the
        # page's Content-Security-Policy refuses it in the browser, so that request never goes out.
        (
            "/api/redoc/",
            "[data-section-id^='tag/'], [data-section-id^='operation/']",
            ["https://cdn.redoc.ly/redoc/logo-mini.svg"],
        ),
    ],
)
def test_the_api_docs_render_with_no_request_leaving_the_host(
    page: Any,  # noqa: F811
    live_server: Any,
    transactional_db: Any,
    url: str,
    rendered: str,
    blocked_by_csp: list[str],
) -> None:
    host = urlsplit(live_server.url).netloc

    def off_host(address: str) -> bool:
        parts = urlsplit(address)
        return parts.scheme not in ("data", "blob") and parts.netloc != host

    requested: list[str] = []
    answered: list[str] = []
    refused: dict[str, str | None] = {}
    page.on("request", lambda request: requested.append(request.url))
    page.on("response", lambda response: answered.append(response.url))
    page.on("requestfailed", lambda request: refused.__setitem__(request.url, request.failure))
    page.goto(f"{live_server.url}{url}")
    page.wait_for_selector(rendered, timeout=60_000)
    page.wait_for_load_state("networkidle")
    assert page.locator(rendered).count() >= 5
    shot(page, f"api-docs-{url.strip('/').replace('/', '-')}")
    assert any(u.startswith(f"{live_server.url}/static/drf_spectacular_sidecar/") for u in requested)
    assert any("/api/schema/" in u for u in answered), answered
    assert [u for u in answered if off_host(u)] == []
    # Every attempt at another host was stopped by the CSP inside the browser, none reached the network.
    attempts = sorted({u for u in requested if off_host(u)})
    assert attempts == blocked_by_csp
    assert all(refused.get(u) == "csp" for u in attempts), refused


# --- the shared accessibility checker (tests/e2e/a11y.py) on small pages -----------------------------

GOOD_PAGE = """<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width">
<meta http-equiv="Content-Security-Policy"
 content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'"></head>
<body><a href="#main">Skip to content</a><nav><a href="/">Home</a></nav>
<main id="main"><form>
<label for="q">Search</label><input id="q" name="q">
<label>Colour <select name="colour"><option>red</option></select></label>
<textarea aria-label="Notes"></textarea>
<span id="agree-label">I agree</span><input type="checkbox" aria-labelledby="agree-label">
<input type="email" title="E-mail address">
<input type="hidden" name="csrf">
<input type="text" name="invisible" style="display:none">
<label for="s"><img src="data:," alt="Search"></label><input id="s" name="s">
<button type="submit"><img src="data:," alt="Go"></button>
<input type="submit" value="Send"><button type="button">Cancel</button>
</form></main></body></html>"""


def test_the_checker_passes_a_good_page(page: Any) -> None:  # noqa: F811
    page.set_content(GOOD_PAGE)
    assert_accessible(page)


def test_the_checker_names_every_unlabelled_control(page: Any) -> None:  # noqa: F811
    page.set_content(
        GOOD_PAGE.replace(
            "</form>",
            '<input id="age" name="age"><select name="land"></select>'
            '<textarea class="big note"></textarea><button id="x" type="button"></button>'
            '<input type="button" name="go"><label for="other">Other</label><input id="blank" aria-label=" ">'
            '<span id="empty"></span><input name="ref" aria-labelledby="empty">'
            '<label for="t"><img src="data:," alt=""></label><input id="t" name="t"></form>',
        )
    )
    with pytest.raises(AssertionError) as raised:
        assert_accessible(page)
    message = str(raised.value)
    for offender in (
        "input[type=text]#age[name=age]",
        "select[name=land]",
        "textarea.big.note",
        "button[type=button]#x",
        "input[type=button][name=go]",
        "input[type=text]#blank",
        "input[type=text][name=ref]",
        "input[type=text]#t[name=t]",
    ):
        assert offender in message, offender
    assert "name=q" not in message and "Notes" not in message and "invisible" not in message
    assert "#s[name=s]" not in message and "button[type=submit]" not in message
    assert "overflow" not in message and "nav" not in message


def test_the_checker_reports_horizontal_overflow_at_375px(page: Any) -> None:  # noqa: F811
    page.set_viewport_size({"width": 1280, "height": 720})
    page.set_content(
        GOOD_PAGE.replace(
            "</main>", '<table id="wide" style="width:600px"><tr><td>x</td></tr></table></main>'
        )
    )
    with pytest.raises(AssertionError) as raised:
        assert_accessible(page)
    message = str(raised.value)
    assert "horizontal overflow at 375px" in message and "table#wide" in message
    assert "scrollWidth is 6" in message
    assert page.viewport_size == {"width": 1280, "height": 720}  # restored after measuring


def test_the_checker_wants_a_nav_and_a_skip_link(page: Any) -> None:  # noqa: F811
    page.set_content(
        GOOD_PAGE.replace('<a href="#main">Skip to content</a>', "")
        .replace("<nav>", "<div>")
        .replace("</nav>", "</div>")
    )
    with pytest.raises(AssertionError) as raised:
        assert_accessible(page)
    message = str(raised.value)
    assert "no <nav>" in message and "no skip link" in message
    # A skip link to the <main> element under another id counts too; a dangling #main link does not.
    page.set_content(
        GOOD_PAGE.replace('href="#main"', 'href="#content"').replace('id="main"', 'id="content"')
    )
    assert_accessible(page)
    page.set_content(GOOD_PAGE.replace('id="main"', 'id="content"'))
    with pytest.raises(AssertionError, match="no skip link"):
        assert_accessible(page)
