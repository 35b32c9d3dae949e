# ruff: noqa: S608 - one test tampers with the audit table through raw SQL on purpose
"""The compliance officer's admin: dashboard, chain verification, Art. 30 exports, readable records,
and the offline API docs. Django's test client on the real database."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, timedelta
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import timezone

from contracts.audit import audit_log
from contracts.models import AuditEvent, ConsentRecord, LegalBasis, Licence, Purpose
from contracts.services.consent import consent_record_create
from pool.models import (
    AccessRequest,
    Corpus,
    CorpusVersion,
    Dataset,
    Membership,
    Notice,
    Organization,
)
from pool.services.access import access_request_create
from pool.services.processing_records import CSV_COLUMNS

pytestmark = pytest.mark.django_db

AUDIT_TABLE = "contracts_auditevent"


@pytest.fixture
def anchor(settings: Any, tmp_path: Path) -> Path:
    path = tmp_path / "audit-anchor.log"
    settings.AUDIT_ANCHOR = path
    return path


@pytest.fixture
def demo(anchor: Path, django_capture_on_commit_callbacks: Any) -> dict[str, Any]:
    """The demo world without datasets; its audit rows are anchored (their commit callbacks run)."""
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", "--no-datasets", stdout=StringIO())
    users = get_user_model().objects
    return {"carol": users.get(username="carol"), "bob": users.get(username="bob")}


@pytest.fixture
def carol(demo: dict[str, Any]) -> Client:
    client = Client()
    client.force_login(demo["carol"])
    return client


def make_dataset(
    *, title: str, status: str = Dataset.Status.UPLOADED, valid_until: date | None = None
) -> Dataset:
    organization = Organization.objects.get(slug="acme-legal")
    consent = consent_record_create(
        actor=None,
        controller_name=organization.name,
        legal_basis=LegalBasis.CONSENT,
        purposes=Purpose.objects.filter(code="model-training"),
        valid_from=date(2025, 1, 1),
        valid_until=valid_until,
        data_subject_categories=["customers"],
        personal_data_categories=["contact"],
    )
    return Dataset.objects.create(
        organization=organization,
        uploaded_by=get_user_model().objects.get(username="alice"),
        title=title,
        format="csv",
        licence=Licence.objects.get(spdx_id="CDLA-Permissive-2.0"),
        consent_record=consent,
        original_filename="data.csv",
        status=status,
    )


def dashboard_count(html: str, key: str) -> int:
    match = re.search(
        rf'id="dashboard-{key}">\s*<a href="([^"]+)"><span class="shoal-count">(\d+)</span>', html
    )
    assert match, f"no dashboard entry {key}"
    return int(match.group(2))


# --- who may -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("get", "/admin/"),
        ("get", "/admin/pool/corpus/processing-records.json"),
        ("get", "/admin/pool/corpus/processing-records.csv"),
        ("post", "/admin/contracts/auditevent/verify/"),
    ],
)
def test_a_signed_in_non_staff_user_is_sent_to_the_admin_login(
    demo: dict[str, Any], method: str, url: str
) -> None:
    client = Client()
    client.force_login(demo["bob"])
    response = getattr(client, method)(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert not AuditEvent.objects.filter(verb="processing_records.exported").exists()


def test_staff_without_the_officer_role_cannot_export_or_verify(demo: dict[str, Any]) -> None:
    clerk = get_user_model().objects.create_user("clerk_t", password="pw-clerk-123", is_staff=True)
    clerk.user_permissions.add(Permission.objects.get(codename="view_corpus"))
    client = Client()
    client.force_login(clerk)
    assert client.get("/admin/pool/corpus/processing-records.json").status_code == 403
    assert client.post("/admin/contracts/auditevent/verify/").status_code == 403
    page = client.get("/admin/").content.decode()
    assert "Export records of processing" not in page and "Verify audit chain" not in page
    assert not AuditEvent.objects.filter(verb="processing_records.exported").exists()


# --- dashboard -----------------------------------------------------------------------------------------


def test_the_dashboard_counts_what_needs_attention_and_links_to_it(
    carol: Client, demo: dict[str, Any]
) -> None:
    html = carol.get("/admin/").content.decode()
    assert "Shoal administration" in html
    assert [
        dashboard_count(html, k) for k in ("pending-requests", "expiring-consents", "failed-datasets")
    ] == [
        0,
        0,
        0,
    ]
    access_request_create(
        corpus=Corpus.objects.get(slug="customers-eu"),
        organization=Organization.objects.get(slug="northwind-ml"),
        user=demo["bob"],
        purpose=Purpose.objects.get(code="model-training"),
        accept_terms=True,
    )
    today = timezone.localdate()
    make_dataset(title="Expiring soon", valid_until=today + timedelta(days=10))
    make_dataset(title="Expiring later", valid_until=today + timedelta(days=90))
    make_dataset(title="Broken upload", status=Dataset.Status.FAILED)
    lab = Organization.objects.get(slug="northwind-ml")
    Notice.objects.create(organization=lab, kind=Notice.Kind.ERASURE, subject="Erased", body="v1 withdrawn")
    Notice.objects.create(
        organization=lab, kind=Notice.Kind.ERASURE, subject="Seen", body="v2", read_at=timezone.now()
    )
    Notice.objects.create(organization=lab, kind=Notice.Kind.GRANT, subject="Granted", body="ok")

    html = carol.get("/admin/").content.decode()
    assert dashboard_count(html, "pending-requests") == 1
    assert dashboard_count(html, "expiring-consents") == 1
    assert dashboard_count(html, "failed-datasets") == 1
    assert dashboard_count(html, "unacknowledged-notices") == 1
    # Each count links to the admin list filtered to the same rows.
    links = dict(re.findall(r'id="dashboard-([\w-]+)">\s*<a href="([^"]+)"', html))
    pending = carol.get(links["pending-requests"].replace("&amp;", "&")).content.decode()
    assert "1 access request" in pending
    expiring = carol.get(links["expiring-consents"].replace("&amp;", "&"))
    assert expiring.status_code == 200
    assert list(expiring.context["cl"].queryset.values_list("valid_until", flat=True)) == [
        today + timedelta(days=10)
    ]
    failed = carol.get(links["failed-datasets"].replace("&amp;", "&"))
    assert [d.title for d in failed.context["cl"].queryset] == ["Broken upload"]
    notices = carol.get(links["unacknowledged-notices"].replace("&amp;", "&"))
    assert [n.subject for n in notices.context["cl"].queryset] == ["Erased"]


# --- verify chain ----------------------------------------------------------------------------------------


def test_verify_chain_reports_an_intact_chain(carol: Client) -> None:
    response = carol.post("/admin/contracts/auditevent/verify/", follow=True)
    assert response.redirect_chain[-1][0] == "/admin/contracts/auditevent/"
    shown = [(m.level_tag, str(m)) for m in response.context["messages"]]
    rows = AuditEvent.objects.count()
    assert len(shown) == 1 and shown[0][0] == "success", shown
    assert shown[0][1].startswith(f"Audit log intact: {rows} rows, head seq {rows}")
    assert carol.get("/admin/contracts/auditevent/verify/").status_code == 405


def test_verify_chain_names_the_first_tampered_row(carol: Client) -> None:
    victim = AuditEvent.objects.order_by("seq")[2]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute(f"ALTER TABLE {AUDIT_TABLE} DISABLE TRIGGER {AUDIT_TABLE}_append_only")
        cursor.execute(f"UPDATE {AUDIT_TABLE} SET verb = %s WHERE seq = %s", ["user.deleted", victim.seq])
    response = carol.post("/admin/contracts/auditevent/verify/", follow=True)
    shown = [(m.level_tag, str(m)) for m in response.context["messages"]]
    assert len(shown) == 1 and shown[0][0] == "error", shown
    assert f"BROKEN at seq {victim.seq}: hash does not match the row's content" in shown[0][1]


def test_the_audit_list_and_dashboard_offer_the_verify_button(carol: Client) -> None:
    for url in ("/admin/contracts/auditevent/", "/admin/"):
        html = carol.get(url).content.decode()
        assert re.search(r'<form method="post" action="/admin/contracts/auditevent/verify/">', html), url


# --- Art. 30 exports -----------------------------------------------------------------------------------------


def test_the_json_export_is_the_art30_records_and_is_audited(carol: Client) -> None:
    make_dataset(title="Acme customers").target_corpora.add(Corpus.objects.get(slug="customers-eu"))
    response = carol.get("/admin/pool/corpus/processing-records.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert re.fullmatch(
        r'attachment; filename="processing-records-\d{8}\.json"', response["Content-Disposition"]
    )
    records = json.loads(response.content)
    assert [r["activity"] for r in records] == ["corpus:customers-eu", "corpus:support-tickets-en"]
    customers = records[0]
    assert customers["controllers"] == ["Acme Legal"]
    assert customers["datasets"] == 1
    assert {p["code"] for p in customers["purposes"]} == {"model-training", "academic-research"}
    event = AuditEvent.objects.get(verb="processing_records.exported")
    assert event.actor_name == "carol"
    assert event.payload == {"format": "json", "activities": 2}


def test_the_csv_export_parses_with_one_row_per_corpus(carol: Client) -> None:
    make_dataset(title="Acme customers").target_corpora.add(Corpus.objects.get(slug="customers-eu"))
    response = carol.get("/admin/pool/corpus/processing-records.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].endswith('.csv"')
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert list(rows[0]) == CSV_COLUMNS
    assert [r["activity"] for r in rows] == ["corpus:customers-eu", "corpus:support-tickets-en"]
    assert rows[0]["controllers"] == "Acme Legal"
    assert rows[0]["legal_bases"] == "Consent (Art. 6(1)(a))"
    assert set(rows[0]["purposes"].split("; ")) == {"model-training", "academic-research"}
    assert AuditEvent.objects.get(verb="processing_records.exported").payload["format"] == "csv"


def test_the_corpus_list_links_both_exports(carol: Client) -> None:
    html = carol.get("/admin/pool/corpus/").content.decode()
    assert 'href="/admin/pool/corpus/processing-records.json"' in html
    assert 'href="/admin/pool/corpus/processing-records.csv"' in html


# --- readable records ----------------------------------------------------------------------------------------


def test_an_audit_event_shows_every_field_and_both_hashes(carol: Client) -> None:
    event = audit_log(
        actor=None,
        verb="test.event",
        payload={"rows": 3, "note": "café"},
        purpose="model-training",
        request_id="r-1",
    )
    html = carol.get(f"/admin/contracts/auditevent/{event.pk}/change/").content.decode()
    for label in (
        "Seq",
        "Created at",
        "Actor name",
        "Verb",
        "Object type",
        "Object id",
        "Purpose",
        "Request id",
    ):
        assert label in html, label
    for value in (str(event.seq), "test.event", "model-training", "r-1", "system"):
        assert value in html, value
    assert (
        '<pre class="shoal-json">{\n  &quot;note&quot;: &quot;café&quot;,\n  &quot;rows&quot;: 3\n}</pre>'
        in html
    )
    for digest in (event.prev_hash, event.hash):
        grouped = " ".join(digest[i : i + 8] for i in range(0, 64, 8))
        assert f'<code class="shoal-hash">{grouped}</code>' in html
    previous = AuditEvent.objects.get(seq=event.seq - 1)
    assert f'href="/admin/contracts/auditevent/{previous.pk}/change/">previous #{previous.seq}</a>' in html


def test_json_reports_are_pretty_printed_not_one_line(carol: Client) -> None:
    dataset = make_dataset(title="Reported")
    dataset.plan = {"columns": {"email": {"operator": "mask", "kind": "email"}}}
    dataset.pii_report = {"columns": [{"name": "email", "entity": "EMAIL_ADDRESS", "score": 0.95}]}
    dataset.risk_report = {"k": 5, "suppressed_rows": 2}
    dataset.save()
    html = carol.get(f"/admin/pool/dataset/{dataset.pk}/change/").content.decode()
    assert '<pre class="shoal-json">{\n  &quot;columns&quot;: {\n    &quot;email&quot;: {' in html
    assert "\n      &quot;entity&quot;: &quot;EMAIL_ADDRESS&quot;" in html  # a list of objects, indented
    assert '<pre class="shoal-json">{\n  &quot;k&quot;: 5,\n  &quot;suppressed_rows&quot;: 2\n}</pre>' in html
    version = CorpusVersion.objects.create(
        corpus=Corpus.objects.get(slug="customers-eu"),
        number=1,
        manifest={"datasets": [{"id": dataset.pk, "sha256": "ab" * 32}]},
        datasheet={"@type": "sc:Dataset", "name": "customers-eu"},
    )
    html = carol.get(f"/admin/pool/corpusversion/{version.pk}/change/").content.decode()
    assert "\n  &quot;@type&quot;: &quot;sc:Dataset&quot;" in html  # jsonb may reorder keys
    assert '<pre class="shoal-json">{\n  &quot;datasets&quot;: [\n' in html


def test_a_consent_record_links_its_datasets_and_their_versions(carol: Client) -> None:
    dataset = make_dataset(title="Under consent")
    version = CorpusVersion.objects.create(corpus=Corpus.objects.get(slug="customers-eu"), number=4)
    version.datasets.add(dataset)
    html = carol.get(f"/admin/contracts/consentrecord/{dataset.consent_record_id}/change/").content.decode()
    assert f'<a href="/admin/pool/dataset/{dataset.pk}/change/">Under consent</a>' in html
    assert f'<a href="/admin/pool/corpusversion/{version.pk}/change/">customers-eu v4</a>' in html
    dataset_html = carol.get(f"/admin/pool/dataset/{dataset.pk}/change/").content.decode()
    assert f'href="/admin/contracts/consentrecord/{dataset.consent_record_id}/change/"' in dataset_html
    assert f'href="/admin/pool/corpusversion/{version.pk}/change/">customers-eu v4</a>' in dataset_html
    assert ConsentRecord.objects.count() == 1


def test_the_officer_still_approves_requests_from_the_admin(carol: Client, demo: dict[str, Any]) -> None:
    request = access_request_create(
        corpus=Corpus.objects.get(slug="customers-eu"),
        organization=Organization.objects.get(slug="northwind-ml"),
        user=demo["bob"],
        purpose=Purpose.objects.get(code="model-training"),
        accept_terms=True,
    )
    carol.post("/admin/pool/accessrequest/", {"action": "approve", "_selected_action": [request.pk]})
    request.refresh_from_db()
    assert request.status == AccessRequest.Status.APPROVED
    assert Membership.objects.filter(user=demo["carol"], role=Membership.Role.COMPLIANCE).exists()


# --- API docs served from our own static files --------------------------------------------------------------


@pytest.mark.parametrize("url", ["/api/docs/", "/api/redoc/"])
def test_the_api_docs_load_nothing_from_another_host(url: str) -> None:
    response = Client().get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert assets, html
    assert all(a.startswith(("/static/drf_spectacular_sidecar/", f"{url}?")) for a in assets), assets
    assert "https://" not in html and "http://" not in html
    csp = response["Content-Security-Policy"]
    assert "https:" not in csp and "cdn" not in csp
    assert "<script>" not in html  # no inline script for the CSP to allow
    for asset in assets:
        if asset.startswith("/static/"):  # shipped in the project's static files (the sidecar app)
            assert finders.find(asset.removeprefix("/static/")), asset


def test_a_superuser_can_open_and_save_a_dataset_without_touching_its_plan(demo: dict[str, Any]) -> None:
    root = get_user_model().objects.create_superuser("root_t", password="pw-root-123")
    client = Client()
    client.force_login(root)
    dataset = make_dataset(title="Planned")
    dataset.plan = {"columns": {"email": {"operator": "mask"}}}
    dataset.save()
    version = CorpusVersion.objects.create(corpus=Corpus.objects.get(slug="customers-eu"), number=2)
    assert client.get(f"/admin/pool/corpusversion/{version.pk}/change/").status_code == 200
    page = client.get(f"/admin/pool/dataset/{dataset.pk}/change/")
    assert page.status_code == 200
    assert 'name="plan"' not in page.content.decode()  # shown, not editable: plans change via review
    form = page.context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    data.update({"title": "Planned (renamed)", "target_corpora": [], "_save": "Save"})
    data.update({f"parts-{k}": v for k, v in {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0}.items()})
    response = client.post(f"/admin/pool/dataset/{dataset.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    dataset.refresh_from_db()
    assert dataset.title == "Planned (renamed)"
    assert dataset.plan == {"columns": {"email": {"operator": "mask"}}}
