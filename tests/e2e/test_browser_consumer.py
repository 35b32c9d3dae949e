"""Real browser for the consumer: bob finds customers-eu from the home page, requests access, and once
approved opens a version, downloads a Parquet file, copies a snippet that works, and acknowledges a
notice. Screenshots are kept as CI artifacts (see ``screenshots_dir``)."""

from __future__ import annotations

import os
from io import StringIO
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from tests.e2e.a11y import assert_accessible
from tests.e2e.artifacts import screenshots_for
from tests.e2e.test_browser import log_in, page  # noqa: F401  (the shared Chromium fixture)

pytestmark = pytest.mark.e2e

FILE_PATH = "/api/v1/corpora/customers-eu/versions/1/files/part-00000.parquet"


def screenshots_dir() -> Path:
    return screenshots_for("consumer")


def shot(browser_page: Any, name: str, *, narrow: bool = False) -> None:
    """A full-page screenshot; ``narrow`` adds one at a 375 px wide viewport (a phone)."""
    browser_page.screenshot(path=str(screenshots_dir() / f"{name}.png"), full_page=True)
    if narrow:
        size = browser_page.viewport_size
        browser_page.set_viewport_size({"width": 375, "height": 740})
        try:
            browser_page.screenshot(path=str(screenshots_dir() / f"{name}-375px.png"), full_page=True)
        finally:
            browser_page.set_viewport_size(size)


# WCAG 2.1 contrast of every visible text against the background it is drawn on (the nearest ancestor
# with an opaque background colour): 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold).
_CONTRAST_JS = r"""
() => {
  const parse = (c) => (c.match(/[\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] === 1)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const failures = [];
  const seen = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement;
    if (!el || seen.has(el) || !walker.currentNode.textContent.trim()) continue;
    seen.add(el);
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    if (style.visibility === "hidden" || rect.width <= 1 || rect.height <= 1) continue;
    const fg = parse(style.color).slice(0, 3);
    const [hi, lo] = [lum(fg), lum(background(el))].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) {
      failures.push(`${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}:1`);
    }
  }
  return failures;
}
"""


def assert_contrast_aa(browser_page: Any) -> None:
    """Fail with the offending texts unless every visible text meets WCAG AA contrast."""
    failures = browser_page.evaluate(_CONTRAST_JS)
    assert not failures, f"{browser_page.url}: text under AA contrast: {failures}"


@pytest.fixture
def demo_corpus(
    transactional_db: Any, _end_stray_sessions: None, vocabulary: None, settings: Any, tmp_path: Path
) -> dict[str, Any]:
    """The demo world with customers-eu version 1 published from two contributions (Faker data)."""
    from django.core.management import call_command

    from pool.models import Corpus, Organization
    from pool.services.corpora import corpus_build
    from tests.api.pooling import QIS, ready_dataset, safe_table

    media = tmp_path / "media"
    media.mkdir()
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(media), "base_url": None},
        },
    }
    settings.AUDIT_ANCHOR = tmp_path / "audit-anchor.log"
    call_command("seed_demo", "--no-datasets", stdout=StringIO())
    from django.contrib.auth import get_user_model

    users = {u.username: u for u in get_user_model().objects.all()}
    corpus = Corpus.objects.get(slug="customers-eu")
    purposes = ("model-training", "academic-research")
    for org, user, seed in (("acme-legal", "alice", 1), ("agricoop", "dave", 2)):
        ready_dataset(
            organization=Organization.objects.get(slug=org),
            user=users[user],
            corpora=[corpus],
            frame=safe_table(seed),
            quasi_identifiers=QIS,
            reported_k=5,
            purposes=purposes,
            title=f"{org} customers",
        )
    version = corpus_build(corpus=corpus)
    assert version is not None and version.status == "published", version and version.error_message
    return {"corpus": corpus, "version": version, "users": users}


def test_bob_finds_requests_downloads_and_copies_a_working_snippet(
    page: Any,  # noqa: F811
    live_server: Any,
    demo_corpus: dict[str, Any],
    tmp_path: Path,
) -> None:
    from pool.models import AccessRequest, DownloadEvent, Notice
    from pool.services.access import access_request_approve

    base = live_server.url
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
    log_in(page, base, "bob", "shoal-demo")
    assert page.inner_text("#current-user") == "Bob Jansen"

    # From the home page to the corpus, by clicking: the catalogue link, a search, the result.
    page.click("#catalogue-link a")
    page.wait_for_url(f"{base}/corpora/")
    page.fill("#id_q", "customers")
    page.click("form[role=search] button[type=submit]")
    page.wait_for_selector("#result-count:has-text('1 corpus found')")
    shot(page, "01-catalogue")
    assert_contrast_aa(page)
    assert_accessible(page)
    page.click("#corpus-results a:has-text('EU customers (tables)')")
    page.wait_for_url(f"{base}/corpora/customers-eu/")
    assert "Acme Legal" in page.inner_text("#contributors")
    assert "You may train machine-learning models on it." in page.inner_text("#terms")
    assert page.is_visible("#risk-chart")
    assert_accessible(page)
    shot(page, "02-corpus-card", narrow=True)
    assert_contrast_aa(page)

    # Request access: purpose, justification, terms.
    page.select_option("#id_purpose", value="model-training")
    page.fill("#id_justification", "Churn prediction model")
    page.check("#id_accept_terms")
    page.click("#request-form button[type=submit]")
    page.wait_for_selector("#pending-request")
    request = AccessRequest.objects.get()
    assert (request.organization.slug, request.status) == ("northwind-ml", "pending")
    shot(page, "03-request-pending")

    # Carol's approval is the officer's own browser test; here the service decides.
    access_request_approve(request=request, officer=demo_corpus["users"]["carol"])
    page.goto(f"{base}/access/")
    assert "Active" in page.inner_text("#grants")
    page.goto(f"{base}/corpora/customers-eu/")
    page.click("a:has-text('Open version 1 to download')")
    page.wait_for_url(f"{base}/corpora/customers-eu/versions/1/")
    assert page.is_visible("#data-viewer")
    assert page.locator("#data-viewer tbody tr").count() == 40
    assert_accessible(page)
    shot(page, "04-version", narrow=True)
    assert_contrast_aa(page)

    # Download a Parquet file with the session.
    with page.expect_download() as download_info:
        page.click("#files a:has-text('Download')")
    download = download_info.value
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert download.suggested_filename == "part-00000.parquet"
    table = pq.read_table(saved)
    assert table.num_rows == 40
    assert table.column_names == ["age", "postcode", "amount", "city"]
    assert DownloadEvent.objects.filter(
        file_name="part-00000.parquet", bytes_sent=saved.stat().st_size
    ).exists()

    # Copy the pandas snippet: the clipboard holds the absolute API URL, and the code runs as pasted.
    page.click("button[data-copy-target=snippet-pandas]")
    page.wait_for_selector("[data-copy-status=snippet-pandas]:has-text('Copied')")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert f"{base}{FILE_PATH}" in copied
    assert copied == page.inner_text("#snippet-pandas")
    shot(page, "05-snippet-copied")
    from pool.services.tokens import token_issue

    _, key = token_issue(user=demo_corpus["users"]["bob"])
    os.environ["SHOAL_TOKEN"] = key
    try:
        namespace: dict[str, Any] = {}
        exec(compile(copied, "pasted-snippet", "exec"), namespace)  # noqa: S102 - the page's own snippet
    finally:
        os.environ.pop("SHOAL_TOKEN", None)
    frame = namespace["frame"]
    assert len(frame) == 40 and list(frame.columns) == ["age", "postcode", "amount", "city"]

    # The grant decision arrived as a notice; bob acknowledges it.
    page.goto(f"{base}/notices/")
    notice = Notice.objects.get(organization__slug="northwind-ml")
    assert_accessible(page)
    page.click(f"#notice-{notice.pk} button:has-text('Acknowledge')")
    page.wait_for_selector(f"#notice-{notice.pk} :text('Acknowledged')")
    notice.refresh_from_db()
    assert notice.read_at is not None
    shot(page, "06-notice-acknowledged")
    assert_contrast_aa(page)


def test_without_a_grant_bob_sees_no_rows_and_no_download(
    page: Any,  # noqa: F811
    live_server: Any,
    demo_corpus: dict[str, Any],
) -> None:
    base = live_server.url
    log_in(page, base, "bob", "shoal-demo")
    page.goto(f"{base}/corpora/customers-eu/v/1/")
    page.wait_for_url(f"{base}/corpora/customers-eu/versions/1/")
    assert page.is_visible("#no-grant")
    assert page.locator("#data-viewer").count() == 0
    assert page.locator("#files a:has-text('Download')").count() == 0
    response = page.goto(f"{base}/corpora/customers-eu/versions/1/files/part-00000.parquet")
    assert response is not None and response.status == 403
    assert "no active access grant" in page.inner_text("#refusal")
    assert_accessible(page)
    shot(page, "07-download-refused")
