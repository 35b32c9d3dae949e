"""Real browser: Debian's Chromium driven by Playwright, headless with --no-sandbox."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import customers_csv

pytestmark = pytest.mark.e2e

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def page(tmp_path: Path) -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("SHOAL_REQUIRE_BROWSER") == "1":
            pytest.fail("SHOAL_REQUIRE_BROWSER=1 but Debian's chromium is not installed")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium); .ci/run installs it")
    # Playwright's sync API runs an event loop in this thread; the ORM calls the test makes are safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context()
        context.set_default_timeout(30_000)
        yield context.new_page()
        browser.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


def log_in(page: Any, base: str, username: str, password: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")


def test_alice_logs_in_uploads_a_csv_and_sees_it_ready(
    page: Any, live_server: Any, celery_worker: Any, world: dict[str, Any], licence: Any, tmp_path: Path
) -> None:
    log_in(page, live_server.url, "alice_t", "pw-alice-123")
    assert page.inner_text("#current-user") == "Alice T"
    page.click("text=Upload")
    csv_path = tmp_path / "customers.csv"
    csv_path.write_bytes(customers_csv())
    page.select_option("#id_organization", label="Acme")
    page.fill("#id_title", "Browser upload")
    page.set_input_files("#id_file", str(csv_path))
    page.select_option("#id_licence", value=licence.spdx_id)
    page.select_option("#id_legal_basis", value="consent")
    page.select_option("#id_purposes", value="model-training")
    page.click("button:has-text('Upload')")
    page.wait_for_selector("text=Upload received")
    page.wait_for_selector("#review-form", timeout=120_000)
    assert "email" in page.inner_text("#preview-after")
    page.click("button:has-text('Approve and anonymise')")
    # A selector wait, not wait_for_function: the page's CSP forbids the eval that one needs.
    page.wait_for_selector("#dataset-status:text-is('Ready')", timeout=120_000)
    assert "Browser upload" in page.inner_text("h1")


def test_a_wrong_password_is_refused(page: Any, live_server: Any, world: dict[str, Any]) -> None:
    log_in(page, live_server.url, "alice_t", "wrong-password")
    assert "didn't match" in page.content()
    assert page.query_selector("#current-user") is None
