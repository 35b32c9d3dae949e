"""Real browser, real worker: alice uploads a 40,000-row table through the form, watches the progress
bar move without a reload, reviews and approves the plan, sees which corpora took her data (and why one
did not), and withdraws it after a confirmation step. Screenshots go to
``screenshots/contributor`` under the artifacts directory (`tests.e2e.artifacts`)."""

from __future__ import annotations

import csv
import io
import itertools
import time
from io import StringIO
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.a11y import assert_accessible
from tests.e2e.artifacts import screenshots_for
from tests.e2e.test_browser import (
    log_in,
    page,  # noqa: F401  (the shared Chromium fixture)
)

pytestmark = pytest.mark.e2e

ROWS = 40_000


def screenshots_dir() -> Path:
    return screenshots_for("contributor")


def shot(browser_page: Any, name: str) -> None:
    browser_page.screenshot(path=str(screenshots_dir() / f"{name}.png"), full_page=True)


#: Delivery notes, one row in four: free text the worker scans cell by cell (so the run takes a few
#: seconds and its progress bar has steps to show), some naming a (Faker) person.
NOTES = (
    "Leave the parcel with the neighbour",
    "Call {name} before delivery",
    "Invoice to the head office",
    "Gate code changed, ask {name}",
    "Prefers morning slots",
    "Returned one item, refund issued",
    "Deliver to reception, ask for {name}",
    "Fragile: glassware",
)


def customers_table(rows: int, seed: int = 12) -> bytes:
    """A synthetic EU customer table (Faker; no real person): names, e-mails, towns, dates, amounts
    and a sparse free-text delivery note."""
    from faker import Faker

    fake = Faker(["en_GB", "de_DE", "fr_FR"])
    fake.seed_instance(seed)
    towns = [fake.city() for _ in range(40)]  # few towns, so the risk treatment has classes to work with
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["name", "email", "city", "order_date", "amount", "delivery_note"])
    for i in range(rows):
        note = NOTES[(i // 4) % len(NOTES)].format(name=fake.first_name()) if i % 4 == 0 else ""
        writer.writerow(
            [
                fake.name(),
                f"{fake.user_name()}{i}@{fake.free_email_domain()}",
                towns[i % len(towns)],
                fake.date_between(start_date="-2y").isoformat(),
                fake.random_int(5, 500),
                note,
            ]
        )
    return buffer.getvalue().encode()


@pytest.fixture
def demo_world(
    transactional_db: Any, _end_stray_sessions: None, settings: Any, tmp_path: Path
) -> dict[str, Any]:
    """The demo world (alice of Acme Legal; ``customers-eu`` serves model training *and* academic
    research) plus ``orders-eu``, a table corpus serving model training only."""
    from django.core.management import call_command

    from contracts.models import Licence, Purpose
    from contracts.vocabulary import seed_vocabulary
    from pool.models import Corpus

    settings.AUDIT_ANCHOR = tmp_path / "audit-anchor.log"
    seed_vocabulary(Licence, Purpose)  # an earlier transactional test's flush removed them
    call_command("seed_demo", "--no-datasets", stdout=StringIO())
    orders = Corpus.objects.create(
        slug="orders-eu", name="Orders EU", kind=Corpus.Kind.TABLE, description="Orders", k_threshold=5
    )
    orders.purposes.set(Purpose.objects.filter(code="model-training"))
    return {"joined": orders, "refused": Corpus.objects.get(slug="customers-eu")}


def watch_progress(browser_page: Any, until: str, timeout: float) -> list[str | None]:
    """Read the progress bar's value every 100 ms until ``until`` (a selector) shows; return the
    successive distinct values (None: an indeterminate bar)."""
    seen: list[str | None] = []
    deadline = time.monotonic() + timeout

    def read_bar() -> None:
        bar = browser_page.query_selector("#dataset-progress")
        value = bar.get_attribute("value") if bar else None
        if not seen or seen[-1] != value:
            seen.append(value)

    while time.monotonic() < deadline:
        read_bar()
        if browser_page.query_selector(until):
            # the poll that showed ``until`` may have landed between the two reads: read the bar again
            read_bar()
            return seen
        browser_page.wait_for_timeout(100)
    raise AssertionError(f"{until} did not show within {timeout} s; the bar showed {seen}")


def test_alice_uploads_watches_progress_reviews_sees_refusal_and_withdraws(
    page: Any,  # noqa: F811
    live_server: Any,
    celery_worker: Any,
    demo_world: dict[str, Any],
    tmp_path: Path,
) -> None:
    from pool import selectors
    from pool.models import Dataset

    base = live_server.url
    navigations: list[str] = []
    page.on(
        "framenavigated", lambda frame: navigations.append(frame.url) if frame == page.main_frame else None
    )
    uploads: list[tuple[int, str | None]] = []
    page.on(
        "response",
        lambda r: (
            uploads.append((r.status, r.request.headers.get("x-requested-with")))
            if r.url.endswith("/datasets/upload/") and r.request.method == "POST"
            else None
        ),
    )

    log_in(page, base, "alice", "shoal-demo")
    assert page.inner_text("#current-user") == "Alice Moreau"
    assert_accessible(page)
    shot(page, "01-home")

    # --- the upload form: explained, organisation preselected, sent with a progress bar ----------
    page.click("a:has-text('Upload a dataset')")
    from pool.models import Organization

    assert page.input_value("#id_organization") == str(Organization.objects.get(slug="acme-legal").pk)
    assert "non-commercial only" in page.inner_text("#upload-form")
    assert_accessible(page)
    csv_path = tmp_path / "orders.csv"
    csv_path.write_bytes(customers_table(ROWS))
    page.fill("#id_title", "Orders 2025")
    page.set_input_files("#id_file", str(csv_path))
    page.select_option("#id_licence", value="CDLA-Permissive-2.0")
    page.select_option("#id_legal_basis", value="consent")
    page.select_option("#id_purposes", value=["model-training"])
    page.select_option("#id_target_corpora", value=["orders-eu", "customers-eu"])
    shot(page, "02-upload-form")
    page.click("button:has-text('Upload')")
    page.wait_for_selector("text=Upload received")
    assert uploads == [(201, "XMLHttpRequest")], "the script sent the file with its progress bar"
    dataset = Dataset.objects.get(title="Orders 2025")
    assert page.url == f"{base}/datasets/{dataset.pk}/"

    # --- scan: the page turns into the review without a reload ---------------------------------
    navigations.clear()
    watch_progress(page, "#review-form", timeout=240)
    assert navigations == [], f"the page reloaded while scanning: {navigations}"
    first = next(csv.DictReader(io.StringIO(csv_path.read_text())))
    assert first["email"] in page.inner_text("#preview-before")  # her own raw rows, read live
    after = page.inner_text("#preview-after")
    assert first["email"] not in after and first["name"] not in after
    plan = page.inner_text("#plan-table")
    assert "Direct identifier" in plan and "Quasi-identifier" in plan and "Free text" in plan
    assert page.is_visible("#preview-before") and page.is_visible("#preview-after")
    shot(page, "03-review")
    size = page.viewport_size
    page.set_viewport_size({"width": 375, "height": 800})  # the two previews stack, the plan becomes cards
    shot(page, "03b-review-375px")
    page.set_viewport_size(size)
    assert_accessible(page)

    # --- anonymisation: the bar moves, no reload ----------------------------------------------
    page.click("button:has-text('Approve and anonymise')")
    page.wait_for_selector("#dataset-progress")
    navigations.clear()
    values = watch_progress(page, "#dataset-status:text-is('Ready')", timeout=300)
    assert navigations == [], f"the page reloaded during the anonymisation: {navigations}"
    changes = sum(1 for a, b in itertools.pairwise(values) if a != b)
    assert changes >= 2, f"the progress bar moved only {changes} time(s): {values}"
    assert values[-1] == "100"
    moving = [int(v) for v in values if v is not None and 0 < int(v) < 100]
    assert len(moving) >= 2 and moving == sorted(moving), f"the bar did not climb: {values}"
    (screenshots_dir() / "progress-values.txt").write_text(" → ".join(str(v) for v in values) + "\n")
    shot(page, "04-ready")
    summary = page.inner_text("#progress-summary")
    assert f"{ROWS:,} rows" in summary

    # --- corpora: joined one, refused the other with the reason in plain words ----------------
    has_outcomes = hasattr(selectors, "dataset_corpus_outcomes")
    deadline = time.monotonic() + 180
    while True:
        page.reload()
        lineage = page.inner_text("#lineage") if page.query_selector("#lineage") else ""
        corpora = page.inner_text("section[aria-labelledby=corpora-heading]")
        settled = not has_outcomes or (
            page.query_selector("tr[data-corpus=orders-eu][data-state=joined]") is not None
            and page.query_selector("tr[data-corpus=customers-eu][data-state=refused]") is not None
        )
        if "Orders EU" in lineage and settled:
            break
        assert time.monotonic() < deadline, f"corpora never settled: {corpora!r} / {lineage!r}"
        page.wait_for_timeout(1000)
    if has_outcomes:  # the refusal in plain words: her consent lacks the corpus's research purpose
        reason = page.inner_text("tr[data-corpus=customers-eu] .outcome-reason").lower()
        assert "consent" in reason and "academic" in reason, reason
    assert "Customers EU" not in lineage  # refused: no version of it holds the dataset
    download = page.get_attribute("#artifact-download", "href")
    assert download == f"/datasets/{dataset.pk}/artifact/"
    shot(page, "05-corpora-and-lineage")

    # --- withdraw, after a confirmation -----------------------------------------------------------
    page.click("#withdraw-link")
    page.wait_for_url(f"{base}/datasets/{dataset.pk}/withdraw/")  # "main" exists on both pages: wait
    page.wait_for_selector("main:has-text('This cannot be undone')")
    assert "This cannot be undone" in page.inner_text("main")
    assert "Orders EU v1" in page.inner_text("main")
    page.click("button:has-text('Withdraw the dataset')")  # without a reason or the tick: refused
    dataset.refresh_from_db()
    assert dataset.status == Dataset.Status.READY
    page.fill("#id_reason", "Erasure request")
    page.check("#id_confirm")
    shot(page, "06-withdraw-confirm")
    page.click("button:has-text('Withdraw the dataset')")
    page.wait_for_selector("#dataset-status:text-is('Withdrawn')")
    dataset.refresh_from_db()
    assert dataset.status == Dataset.Status.WITHDRAWN and not dataset.artifact
    assert "Withdrawn" in page.inner_text("#lineage")
    if has_outcomes:
        assert "withdrew" in page.inner_text("tr[data-corpus=orders-eu] .outcome-reason")
    shot(page, "07-withdrawn")


def test_a_slow_upload_shows_its_progress_and_a_bad_date_comes_back_in_place(
    page: Any,  # noqa: F811
    live_server: Any,
    demo_world: dict[str, Any],
    tmp_path: Path,
) -> None:
    """No worker needed: the form answers 400 before anything is stored."""
    from pool.models import Dataset

    navigations: list[str] = []
    page.on(
        "framenavigated", lambda frame: navigations.append(frame.url) if frame == page.main_frame else None
    )
    log_in(page, live_server.url, "alice", "shoal-demo")
    page.goto(f"{live_server.url}/datasets/upload/")
    big = tmp_path / "big.csv"
    rows = customers_table(2_000).splitlines(keepends=True)
    big.write_bytes(rows[0] + b"".join(rows[1:]) * 20)  # about 2.7 MB
    page.fill("#id_title", "Slow upload")
    page.set_input_files("#id_file", str(big))
    page.select_option("#id_licence", value="CC-BY-4.0")
    page.select_option("#id_purposes", value=["model-training"])
    page.fill("#id_valid_from", "2099-06-01")
    page.fill("#id_valid_until", "2099-05-01")
    # About 1 MB/s up: the upload takes a few seconds, so its bar has time to move.
    cdp = page.context.new_cdp_session(page)
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 20, "downloadThroughput": -1, "uploadThroughput": 1_000_000},
    )
    navigations.clear()
    page.click("button:has-text('Upload')")
    seen: list[str | None] = []
    deadline = time.monotonic() + 60
    while not page.query_selector("#upload-errors") and time.monotonic() < deadline:
        bar = page.query_selector("#upload-progress-bar")
        value = bar.get_attribute("value") if bar else None
        if not seen or seen[-1] != value:
            seen.append(value)
        page.wait_for_timeout(100)
    shot(page, "08-upload-error-in-place")
    assert navigations == [], f"the form was sent by a page load, not the script: {navigations}"
    assert "Must not be before the start of validity." in page.inner_text("#field-valid_until")
    assert page.input_value("#id_title") == "Slow upload"  # the answer keeps what was typed
    assert page.eval_on_selector("#id_file", "el => el.files.length && el.files[0].name") == "big.csv"
    moving = [v for v in seen if v is not None and 0 < int(v) < 100]
    assert len(set(moving)) >= 2, f"the upload bar did not move: {seen}"
    assert not Dataset.objects.exists()
    assert_accessible(page)


def test_alice_creates_a_token_sees_it_once_and_revokes_it(
    page: Any,  # noqa: F811
    live_server: Any,
    demo_world: dict[str, Any],
) -> None:
    from pool.models import ApiToken

    log_in(page, live_server.url, "alice", "shoal-demo")
    page.click("nav >> text=API tokens")
    page.fill("#id_name", "training notebook")
    page.click("button:has-text('Create token')")
    key = page.input_value("#new-token-key")
    assert key.startswith(ApiToken.PREFIX)
    assert page.is_visible("button:has-text('Copy the token')")
    assert_accessible(page)
    shot(page, "09-token-created")
    page.goto(f"{live_server.url}/tokens/")
    assert key not in page.content()  # shown once
    token = ApiToken.objects.get(user__username="alice")
    row = f"#token-{token.pk}"
    assert "Active" in page.inner_text(row) and "never" in page.inner_text(row)
    page.click(f"{row} >> button:has-text('Revoke')")
    page.wait_for_selector(f"{row} .token-state:has-text('Revoked')")
    token.refresh_from_db()
    assert token.revoked_at is not None
    shot(page, "10-token-revoked")
