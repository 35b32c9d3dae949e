"""Web pages: login, the contributor's upload form, dataset page (progress, review, lineage, withdraw,
retry/delete, own artifact) and the tokens page. Another tenant's dataset or token is a 404."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from contracts.models import AuditEvent
from pool.models import ApiToken, CorpusVersion, Dataset, DatasetPart, DownloadEvent, Membership, Organization
from pool.selectors import dataset_progress
from pool.services.datasets import dataset_fail, dataset_scan
from tests.api.pooling import make_corpus, safe_contribution
from tests.conftest import CANARY_EMAIL, CANARY_NAME, customers_csv

pytestmark = pytest.mark.django_db


def client_for(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def a_dataset(world: dict[str, Any], licence: Any) -> Dataset:
    from tests.pool.test_datasets import upload

    return upload(world["alice"], world["acme"], licence)


def form_data(**overrides: Any) -> dict[str, Any]:
    data = {
        "title": "Customers",
        "file": SimpleUploadedFile("customers.csv", customers_csv(), content_type="text/csv"),
        "licence": "CDLA-Permissive-2.0",
        "legal_basis": "consent",
        "purposes": ["model-training"],
        "valid_from": "2025-01-01",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


# --- login and tenancy ----------------------------------------------------------------------------


def test_the_login_page_renders(db: Any) -> None:
    response = Client().get("/accounts/login/")
    assert response.status_code == 200
    assert b'name="username"' in response.content


def test_pages_require_login(db: Any) -> None:
    for url in ("/", "/datasets/upload/", "/tokens/", "/datasets/1/status.json"):
        response = Client().get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/accounts/login/")


def test_every_page_shows_the_signed_in_users_name(world: dict[str, Any]) -> None:
    client = client_for(world["alice"])
    for url in ("/", "/datasets/upload/", "/tokens/"):
        assert "Alice T" in client.get(url).content.decode()


def test_logout_logs_out(world: dict[str, Any]) -> None:
    client = client_for(world["alice"])
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/"
    assert client.get("/").status_code == 302


def test_another_tenants_dataset_is_not_found(world: dict[str, Any], licence: Any) -> None:
    dataset = a_dataset(world, licence)
    charlie = client_for(world["charlie"])
    for url in ("", "status.json", "withdraw/", "delete/", "artifact/"):
        assert charlie.get(f"/datasets/{dataset.pk}/{url}").status_code == 404, url
    for url in ("approve/", "withdraw/", "retry/", "delete/"):
        assert charlie.post(f"/datasets/{dataset.pk}/{url}").status_code == 404, url
    assert client_for(world["bob"]).get(f"/datasets/{dataset.pk}/").status_code == 200


def test_a_member_who_is_no_contributor_may_read_but_not_act(world: dict[str, Any], licence: Any) -> None:
    dataset = a_dataset(world, licence)
    Membership.objects.create(
        user=world["consumer"], organization=world["acme"], role=Membership.Role.CONSUMER
    )
    reader = client_for(world["consumer"])
    page = reader.get(f"/datasets/{dataset.pk}/")
    assert page.status_code == 200
    assert "Withdraw this dataset" not in page.content.decode()
    assert reader.get(f"/datasets/{dataset.pk}/withdraw/").status_code == 404
    assert (
        reader.post(f"/datasets/{dataset.pk}/withdraw/", {"reason": "x", "confirm": "on"}).status_code == 404
    )
    dataset.refresh_from_db()
    assert dataset.status == Dataset.Status.UPLOADED


def test_healthz_reports_database_broker_and_storage(db: Any) -> None:
    response = Client().get("/healthz")
    body = response.json()
    assert response.status_code == 200, body
    assert body["ok"] is True
    assert set(body["checks"]) == {"database", "broker", "storage"}


# --- upload form ------------------------------------------------------------------------------------


def test_the_upload_form_defaults_the_only_organisation_and_explains_licences_and_purposes(
    world: dict[str, Any],
) -> None:
    html = client_for(world["alice"]).get("/datasets/upload/").content.decode()
    options = re.search(r'<select name="organization"[^>]*>(.*?)</select>', html, re.S)
    assert options is not None
    assert re.findall(r"<option[^>]*>", options.group(1)) == [f'<option value="{world["acme"].pk}" selected>']
    assert "What the licences allow" in html
    assert "CC-BY-NC-4.0" in html and "non-commercial only" in html
    assert "What the purposes mean" in html
    assert 'aria-describedby="id_purposes_helptext"' in html


def test_the_upload_form_asks_which_organisation_when_there_are_several(world: dict[str, Any]) -> None:
    Membership.objects.create(
        user=world["alice"], organization=world["other"], role=Membership.Role.CONTRIBUTOR
    )
    html = client_for(world["alice"]).get("/datasets/upload/").content.decode()
    options = re.search(r'<select name="organization"[^>]*>(.*?)</select>', html, re.S)
    assert options is not None
    assert '<option value="" selected>---------</option>' in options.group(1)
    assert f'<option value="{world["acme"].pk}">' in options.group(1)


def test_an_upload_through_the_form_creates_the_dataset_and_its_consent(world: dict[str, Any]) -> None:
    client = client_for(world["alice"])
    response = client.post(
        "/datasets/upload/", form_data(organization=world["acme"].pk, valid_until="2099-12-31")
    )
    dataset = Dataset.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/datasets/{dataset.pk}/"
    assert dataset.organization == world["acme"]
    assert str(dataset.consent_record.valid_until) == "2099-12-31"


def test_the_upload_script_gets_json_with_the_new_datasets_address(world: dict[str, Any]) -> None:
    client = client_for(world["alice"])
    response = client.post(
        "/datasets/upload/", form_data(organization=world["acme"].pk), HTTP_X_REQUESTED_WITH="XMLHttpRequest"
    )
    dataset = Dataset.objects.get()
    assert response.status_code == 201
    assert response.json() == {"location": f"/datasets/{dataset.pk}/"}
    # the message was kept for the page the script opens next
    assert "Upload received" in client.get(response.json()["location"]).content.decode()


@pytest.mark.parametrize(
    ("valid_from", "valid_until", "field", "error"),
    [
        ("2099-06-01", "2099-05-31", "valid_until", "Must not be before the start of validity."),
        ("2025-06-01", "2025-05-31", "valid_until", "Must not be before the start of validity."),
        ("2099-06-01", "2099-06-01", "valid_until", "Must be after the start of validity."),
        ("2025-13-45", None, "valid_from", "Enter a valid date."),
        ("20225-01-01", None, "valid_from", "Enter a valid date."),
        ("0025-01-01", None, "valid_from", "Enter a date between 1970-01-01 and 2199-12-31."),
        ("2025-01-01", "9999-12-31", "valid_until", "Enter a date between 1970-01-01 and 2199-12-31."),
        ("1999-01-01", "2000-01-01", "valid_until", "This date has passed"),
        ("not a date", None, "valid_from", "Enter a valid date."),
    ],
)
def test_bad_dates_are_a_400_with_the_form_never_a_500(
    world: dict[str, Any], valid_from: str, valid_until: str | None, field: str, error: str
) -> None:
    response = client_for(world["alice"]).post(
        "/datasets/upload/",
        form_data(organization=world["acme"].pk, valid_from=valid_from, valid_until=valid_until),
    )
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert list(errors) == [field]
    assert error in errors[field][0]
    assert 'id="upload-form"' in response.content.decode()
    assert not Dataset.objects.exists()


def test_european_date_formats_are_understood(world: dict[str, Any]) -> None:
    response = client_for(world["alice"]).post(
        "/datasets/upload/", form_data(organization=world["acme"].pk, valid_from="01.02.2025")
    )
    assert response.status_code == 302
    assert str(Dataset.objects.get().consent_record.valid_from) == "2025-02-01"


def test_an_outsiders_organisation_is_refused_by_the_form(world: dict[str, Any]) -> None:
    response = client_for(world["alice"]).post("/datasets/upload/", form_data(organization=world["other"].pk))
    assert response.status_code == 400
    assert "organization" in response.context["form"].errors
    assert not Dataset.objects.exists()


# --- progress ---------------------------------------------------------------------------------------


def test_the_status_endpoint_reports_an_indeterminate_scan(world: dict[str, Any], licence: Any) -> None:
    dataset = a_dataset(world, licence)
    Dataset.objects.filter(pk=dataset.pk).update(status=Dataset.Status.SCANNING)
    body = client_for(world["alice"]).get(f"/datasets/{dataset.pk}/status.json").json()
    assert body["status"] == "scanning"
    assert body["active"] is True
    assert body["percent"] is None
    assert body["rows_total"] is None
    assert body["eta_seconds"] is None


def test_progress_of_a_single_run_estimates_rows_from_the_counted_total(
    world: dict[str, Any], licence: Any
) -> None:
    dataset = a_dataset(world, licence)
    now = timezone.now()
    Dataset.objects.filter(pk=dataset.pk).update(
        status=Dataset.Status.ANONYMIZING,
        progress=40,
        approved_at=now - timedelta(seconds=20),
        risk_report={"before": {"records": 40_000, "k": 1}},
    )
    dataset.refresh_from_db()
    progress = dataset_progress(dataset, now=now)
    assert (progress.percent, progress.rows_done, progress.rows_total) == (40, 16_000, 40_000)
    assert progress.rows_estimated is True
    assert progress.eta_seconds == 30  # 20 s for 40 %: 30 s for the other 60 %
    assert progress.summary() == "About 16,000 of 40,000 rows · less than a minute left"
    body = client_for(world["alice"]).get(f"/datasets/{dataset.pk}/status.json").json()
    assert body["rows_done"] == 16_000 and body["rows_estimated"] is True
    assert body["summary"].startswith("About 16,000 of 40,000 rows")


def test_progress_of_a_split_table_counts_the_finished_parts_exactly(
    world: dict[str, Any], licence: Any
) -> None:
    dataset = a_dataset(world, licence)
    Dataset.objects.filter(pk=dataset.pk).update(
        status=Dataset.Status.ANONYMIZING, progress=50, approved_at=timezone.now() - timedelta(minutes=5)
    )
    for index, state in enumerate(["done", "done", "running", "pending"]):
        DatasetPart.objects.create(
            dataset=dataset,
            index=index,
            start_row=index * 1000,
            stop_row=min(index * 1000 + 1000, 3500),
            status=state,
        )
    dataset.refresh_from_db()
    progress = dataset_progress(dataset)
    assert (progress.rows_done, progress.rows_total, progress.rows_estimated) == (2000, 3500, False)
    assert progress.eta_seconds is not None and 290 <= progress.eta_seconds <= 310
    assert progress.summary().startswith("2,000 of 3,500 rows · about 5 min left")


def test_a_ready_dataset_reports_its_rows_and_stops_the_polling(world: dict[str, Any]) -> None:
    dataset = safe_contribution(world, [], org="acme", seed=1)
    body = client_for(world["alice"]).get(f"/datasets/{dataset.pk}/status.json").json()
    assert body["active"] is False
    assert body["percent"] == 100
    assert body["rows_done"] == body["rows_total"] == dataset.artifact_rows


def test_the_dataset_page_carries_an_accessible_progress_bar_and_its_script(
    world: dict[str, Any], licence: Any
) -> None:
    dataset = a_dataset(world, licence)
    html = client_for(world["alice"]).get(f"/datasets/{dataset.pk}/").content.decode()
    assert 'aria-live="polite"' in html
    assert re.search(r'<progress id="dataset-progress" max="100"', html)
    assert f'data-status-url="/datasets/{dataset.pk}/status.json"' in html
    assert 'data-active="true"' in html
    assert "/static/pool/contributor.js" in html
    client = client_for(world["alice"])
    for asset in ("/static/pool/contributor.js", "/static/pool/contributor.css"):
        assert client.get(asset).status_code == 200, asset


# --- review -------------------------------------------------------------------------------------------


def test_the_review_shows_evidence_operators_in_words_treatment_and_both_previews(
    world: dict[str, Any], licence: Any
) -> None:
    from pool.views import describe_level

    dataset = a_dataset(world, licence)
    dataset_scan(dataset_id=dataset.pk)
    response = client_for(world["alice"]).get(f"/datasets/{dataset.pk}/")
    html = response.content.decode()
    assert 'id="review-form"' in html
    columns = {c["name"]: c for c in response.context["columns"]}
    assert columns["email"]["kind_label"] == "Direct identifier"
    assert columns["email"]["operator_label"] == "Placeholder, e.g. <PERSON>"
    assert any(fact == "EMAIL_ADDRESS in 100% of values (20 of 20)" for fact in columns["email"]["evidence"])
    assert columns["city"]["kind"] == "quasi_identifier"
    dataset.refresh_from_db()
    levels = dataset.plan["risk"].get("levels") or {}
    if "city" in levels:  # the scan fixed the treatment over the whole file: the page names it
        assert columns["city"]["treatment"] == describe_level("category", levels["city"])
    else:
        assert "k ≥ 5" in columns["city"]["treatment"]
    assert columns["amount"]["treatment"] == ""
    assert 'aria-label="Operator for column email"' in html
    assert '<option value="pseudonym">Keyed pseudonym</option>' in html
    before, after = (
        re.search(r'id="preview-before"(.*?)</table>', html, re.S),
        re.search(r'id="preview-after"(.*?)</table>', html, re.S),
    )
    assert before is not None and after is not None
    assert CANARY_EMAIL in before.group(1)  # the owner sees her own raw rows, read live
    assert CANARY_EMAIL not in after.group(1) and CANARY_NAME not in after.group(1)


def test_fixed_levels_are_described_per_quasi_identifier(world: dict[str, Any], licence: Any) -> None:
    from pool.views import describe_level, review_columns

    dataset = a_dataset(world, licence)
    dataset.plan = {
        "columns": [
            {"name": "born", "kind": "quasi_identifier", "operator": "generalize", "qi_type": "date"},
            {"name": "zip", "kind": "quasi_identifier", "operator": "generalize", "qi_type": "postcode"},
        ],
        "risk": {
            "enabled": True,
            "k": 5,
            "quasi_identifiers": {"born": "date", "zip": "postcode"},
            "levels": {"born": 2, "zip": 2},
        },
    }
    treatments = {c["name"]: c["treatment"] for c in review_columns(dataset)}
    assert treatments == {"born": "year", "zip": "last 2 character(s) cut"}
    assert describe_level("age", 4) == "removed (*)"
    assert describe_level("country", 3).startswith("4 most common values kept")


def test_approving_from_the_page_queues_the_anonymisation(world: dict[str, Any], licence: Any) -> None:
    dataset = a_dataset(world, licence)
    dataset_scan(dataset_id=dataset.pk)
    response = client_for(world["alice"]).post(
        f"/datasets/{dataset.pk}/approve/", {"operator:email": "pseudonym"}
    )
    assert response.status_code == 302
    dataset.refresh_from_db()
    assert dataset.status == Dataset.Status.APPROVED
    operators = {c["name"]: c["operator"]["name"] for c in dataset.plan["columns"]}
    assert operators["email"] == "pseudonym"


# --- after ready: corpora, lineage, own artifact, withdrawal -------------------------------------------


def test_the_ready_page_shows_lineage_with_downloads_and_the_artifact_link(world: dict[str, Any]) -> None:
    corpus = make_corpus()
    dataset = safe_contribution(world, [corpus], org="acme", seed=1)
    v1 = CorpusVersion.objects.create(corpus=corpus, number=1, status=CorpusVersion.Status.SUPERSEDED)
    v2 = CorpusVersion.objects.create(corpus=corpus, number=2, status=CorpusVersion.Status.PUBLISHED)
    for version in (v1, v2):
        version.datasets.add(dataset)
    for _ in range(3):
        DownloadEvent.objects.create(version=v2, file_name="part-00000.parquet", organization=world["lab"])
    response = client_for(world["alice"]).get(f"/datasets/{dataset.pk}/")
    lineage = [(e.number, e.status, e.downloads) for e in response.context["lineage"]]
    assert lineage == [(2, "published", 3), (1, "superseded", 0)]
    html = response.content.decode()
    assert 'id="lineage"' in html and "v2" in html
    assert f'href="/datasets/{dataset.pk}/artifact/"' in html
    assert 'id="corpora-heading"' in html


def test_the_contributor_downloads_her_own_artifact_and_nobody_else_can(world: dict[str, Any]) -> None:
    dataset = safe_contribution(world, [], org="acme", seed=1)
    response = client_for(world["bob"]).get(f"/datasets/{dataset.pk}/artifact/")
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    import hashlib

    assert hashlib.sha256(body).hexdigest() == dataset.artifact_sha256
    assert "attachment" in response["Content-Disposition"]
    assert AuditEvent.objects.filter(verb="dataset.artifact_downloaded", object_id=str(dataset.pk)).exists()
    assert client_for(world["charlie"]).get(f"/datasets/{dataset.pk}/artifact/").status_code == 404
    from tests.api.pooling import make_officer

    assert client_for(make_officer()).get(f"/datasets/{dataset.pk}/artifact/").status_code == 404


def test_an_artifact_that_is_not_ready_is_not_found(world: dict[str, Any], licence: Any) -> None:
    dataset = a_dataset(world, licence)
    assert client_for(world["alice"]).get(f"/datasets/{dataset.pk}/artifact/").status_code == 404


def test_withdrawal_asks_for_confirmation_then_withdraws(world: dict[str, Any]) -> None:
    corpus = make_corpus()
    dataset = safe_contribution(world, [corpus], org="acme", seed=1)
    client = client_for(world["alice"])
    page = client.get(f"/datasets/{dataset.pk}/withdraw/")
    assert page.status_code == 200
    assert "This cannot be undone" in page.content.decode()
    refused = client.post(f"/datasets/{dataset.pk}/withdraw/", {"reason": "erasure request"})
    assert refused.status_code == 400
    assert "confirm" in refused.context["form"].errors
    dataset.refresh_from_db()
    assert dataset.status == Dataset.Status.READY
    done = client.post(f"/datasets/{dataset.pk}/withdraw/", {"reason": "erasure request", "confirm": "on"})
    assert done.status_code == 302
    dataset.refresh_from_db()
    assert dataset.status == Dataset.Status.WITHDRAWN
    assert not dataset.artifact
    page = client.get(f"/datasets/{dataset.pk}/").content.decode()
    assert "Withdraw this dataset" not in page
    assert "withdrawn" in page.lower()


# --- a failed upload: retry or delete -----------------------------------------------------------------


def test_a_failed_scan_is_queued_again(
    world: dict[str, Any], licence: Any, django_capture_on_commit_callbacks: Any
) -> None:
    dataset = a_dataset(world, licence)
    dataset_fail(dataset_id=dataset.pk, reason="The scan took longer than 15 minutes.", stage="scan")
    Dataset.objects.filter(pk=dataset.pk).update(scan_queued_at=None)
    client = client_for(world["alice"])
    html = client.get(f"/datasets/{dataset.pk}/").content.decode()
    assert "The scan took longer than 15 minutes." in html and 'id="retry-button"' in html
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/datasets/{dataset.pk}/retry/")
    assert response.status_code == 302
    dataset.refresh_from_db()
    assert (dataset.status, dataset.error_message) == ("uploaded", "")
    assert dataset.scan_queued_at is not None  # handed to the (real) broker once the retry committed
    assert AuditEvent.objects.filter(verb="dataset.retried", object_id=str(dataset.pk)).exists()


def test_a_failed_anonymisation_goes_back_to_review(world: dict[str, Any], licence: Any) -> None:
    dataset = a_dataset(world, licence)
    dataset_scan(dataset_id=dataset.pk)
    Dataset.objects.filter(pk=dataset.pk).update(
        status=Dataset.Status.FAILED, approved_at=timezone.now(), error_message="Self-check refused it."
    )
    client_for(world["alice"]).post(f"/datasets/{dataset.pk}/retry/")
    dataset.refresh_from_db()
    assert dataset.status == Dataset.Status.AWAITING_REVIEW
    assert dataset.approved_at is None


def test_a_dataset_that_did_not_fail_is_not_retried(world: dict[str, Any], licence: Any) -> None:
    dataset = a_dataset(world, licence)
    response = client_for(world["alice"]).post(f"/datasets/{dataset.pk}/retry/", follow=True)
    assert "Only a failed dataset can be tried again." in response.content.decode()
    dataset.refresh_from_db()
    assert dataset.status == Dataset.Status.UPLOADED


def test_a_failed_upload_is_deleted_with_its_raw_file_after_confirmation(
    world: dict[str, Any], licence: Any
) -> None:
    dataset = a_dataset(world, licence)
    raw = dataset.raw_file.name
    storage = dataset.raw_file.storage
    assert storage.exists(raw)
    client = client_for(world["alice"])
    assert client.get(f"/datasets/{dataset.pk}/delete/").status_code == 302  # not failed: nothing to delete
    dataset_fail(dataset_id=dataset.pk, reason="Unreadable file.", stage="scan")
    confirm = client.get(f"/datasets/{dataset.pk}/delete/")
    assert confirm.status_code == 200 and 'id="delete-form"' in confirm.content.decode()
    response = client.post(f"/datasets/{dataset.pk}/delete/")
    assert response.status_code == 302 and response["Location"] == "/"
    assert not Dataset.objects.filter(pk=dataset.pk).exists()
    assert not storage.exists(raw)
    assert AuditEvent.objects.filter(verb="dataset.deleted", object_id=str(dataset.pk)).exists()


# --- tokens ---------------------------------------------------------------------------------------------


def test_a_new_token_is_shown_once_and_works(world: dict[str, Any]) -> None:
    client = client_for(world["alice"])
    response = client.post("/tokens/", {"name": "training notebook"})
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("max-age=0")
    key = response.context["new_key"]
    assert key.startswith(ApiToken.PREFIX) and key in response.content.decode()
    token = ApiToken.objects.get(user=world["alice"])
    assert token.name == "training notebook" and token.digest == ApiToken.hash_key(key)
    listing = client.get("/tokens/").content.decode()
    assert key not in listing
    assert f"{token.key_prefix}…" in listing and "never" in listing  # never used yet
    api = Client(HTTP_AUTHORIZATION=f"Token {key}")
    assert api.get("/api/v1/datasets/").status_code == 200
    token.refresh_from_db()
    assert token.last_used_at is not None
    assert token.last_used_at.strftime("%Y-%m-%d %H:%M") in client.get("/tokens/").content.decode()


def test_revoking_a_token_stops_it_at_once(world: dict[str, Any]) -> None:
    client = client_for(world["alice"])
    key = client.post("/tokens/", {"name": "ci"}).context["new_key"]
    token = ApiToken.objects.get(user=world["alice"])
    response = client.post(f"/tokens/{token.pk}/revoke/")
    assert response.status_code == 302 and response["Location"] == "/tokens/"
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert Client(HTTP_AUTHORIZATION=f"Token {key}").get("/api/v1/datasets/").status_code == 401
    row = re.search(rf'<tr id="token-{token.pk}">(.*?)</tr>', client.get("/tokens/").content.decode(), re.S)
    assert row is not None and "Revoked" in row.group(1) and "<button" not in row.group(1)


def test_another_users_token_cannot_be_revoked_or_seen(world: dict[str, Any]) -> None:
    client_for(world["alice"]).post("/tokens/", {"name": "alices"})
    token = ApiToken.objects.get(user=world["alice"])
    bob = client_for(world["bob"])
    assert bob.post(f"/tokens/{token.pk}/revoke/").status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None
    assert token.key_prefix not in bob.get("/tokens/").content.decode()


def test_a_token_name_too_long_is_a_400(world: dict[str, Any]) -> None:
    response = client_for(world["alice"]).post("/tokens/", {"name": "x" * 101})
    assert response.status_code == 400
    assert not ApiToken.objects.exists()


def test_home_lists_the_organisations_datasets_with_their_state(world: dict[str, Any], licence: Any) -> None:
    dataset = a_dataset(world, licence)
    Organization.objects.create(name="Empty", slug="empty", country="FR", contact_email="e@empty.example")
    html = client_for(world["alice"]).get("/").content.decode()
    assert f'href="/datasets/{dataset.pk}/"' in html and "Upload a dataset" in html and "/tokens/" in html
    assert f'href="/datasets/{dataset.pk}/"' not in client_for(world["charlie"]).get("/").content.decode()


def test_the_review_flags_treated_cells_losses_and_overruled_choices(
    world: dict[str, Any], licence: Any
) -> None:
    dataset = a_dataset(world, licence)
    Dataset.objects.filter(pk=dataset.pk).update(
        status=Dataset.Status.AWAITING_REVIEW,
        plan={
            "columns": [
                {
                    "name": "zip",
                    "kind": "quasi_identifier",
                    "operator": {"name": "generalize"},
                    "qi_type": "postcode",
                },
                {"name": "email", "kind": "direct_identifier", "operator": {"name": "placeholder"}},
            ],
            "risk": {
                "enabled": True,
                "k": 5,
                "quasi_identifiers": {"zip": "postcode"},
                "levels": {"zip": 3},
                "overrides": [
                    {
                        "column": "zip",
                        "chosen": "keep",
                        "applied": "generalize",
                        "reason": "k=5 cannot be reached",
                    }
                ],
            },
        },
        preview={
            "columns": ["zip", "email"],
            "rows": [["D-101", "<EMAIL_ADDRESS>"], ["*", "<EMAIL_ADDRESS>"]],
            "marks": {"zip": ["generalized", "suppressed"], "email": ["replaced", "replaced"]},
            "treatment": {
                "information_loss": 0.25,
                "suppression_share": 0.02,
                "columns": {"zip": {"level": 3, "loss": 0.4}},
            },
        },
    )
    response = client_for(world["alice"]).get(f"/datasets/{dataset.pk}/")
    html = response.content.decode()
    after = re.search(r'id="preview-after"(.*?)</table>', html, re.S)
    assert after is not None
    assert '<td class="mark-generalized">D-101<span class="vh"> (generalised)</span></td>' in after.group(1)
    assert '<td class="mark-suppressed">*<span class="vh"> (suppressed)</span></td>' in after.group(1)
    assert "last 3 character(s) cut" in html and "40 % of its information lost" in html
    assert "Your choice is overruled: k=5 cannot be reached" in html
    assert "information lost over the quasi-identifiers: 25 %" in html and "records suppressed: 2 %" in html
