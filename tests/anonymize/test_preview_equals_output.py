"""The preview the contributor approves is the output the run writes (issue 13, item 4).

`anonymize.scan.scan` plans the risk treatment over the whole file before it previews the head, and
stores the levels in the plan; `anonymize.pipeline.run` with that plan must then write exactly the
preview's rows. Operator choices are honoured (an ID column set to ``pseudonym`` is pseudonymised,
never starred); where the treatment has to overrule a choice the plan and the preview say so.
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from faker import Faker

from anonymize.plan import OperatorSpec, Plan
from anonymize.profile import DIRECT, profile_frame
from anonymize.scan import scan

KEY = "preview-test-key"
ROWS = 400


def customers(n: int = ROWS, seed: int = 4) -> pd.DataFrame:
    """Customers with a record ID, a name, birth dates, postcodes, towns, countries and an amount;
    the first rows include rare towns, so the treatment suppresses or generalises some of them."""
    rng = np.random.default_rng(seed)
    places = []
    for locale, country in (("de_DE", "Germany"), ("fr_FR", "France"), ("nl_NL", "Netherlands")):
        fake = Faker(locale)
        fake.seed_instance(seed)
        for rank in range(12):
            places.append((country, fake.city(), fake.postcode()[:3], 1 / (rank + 1)))
    weights = np.array([p[3] for p in places])
    pick = rng.choice(len(places), size=n, p=weights / weights.sum())
    fake = Faker("de_DE")
    fake.seed_instance(seed)
    born = pd.Timestamp("1945-01-01") + pd.to_timedelta(rng.integers(0, 365 * 60, n), unit="D")
    return pd.DataFrame(
        {
            "customer_id": [f"E{951000 + 7 * i}" for i in range(n)],
            "name": [fake.name() for _ in range(n)],
            "date_of_birth": born.strftime("%Y-%m-%d"),
            "postcode": [places[i][2] + f"{rng.integers(10, 99)}" for i in pick],
            "city": [places[i][1] for i in pick],
            "country": [places[i][0] for i in pick],
            "amount": np.round(rng.gamma(2.0, 40.0, n), 2).astype(str),
        }
    )


def _output(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def _preview_frame(preview: dict[str, Any]) -> pd.DataFrame:
    return pd.DataFrame(preview["rows"], columns=preview["columns"]).fillna("")


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("in") / "customers.csv"
    customers().to_csv(path, index=False)
    return path


@pytest.fixture(scope="module")
def scanned(source: Path, analyzer: Any) -> Any:
    return scan(source, k=5, analyzer=analyzer, pseudonym_key=KEY, preview_rows=40)


def _run(source: Path, out: Path, plan: Plan | dict[str, Any], analyzer: Any) -> pd.DataFrame:
    from anonymize.pipeline import run

    run(source, out, plan=plan, analyzer=analyzer, pseudonym_key=KEY, selfcheck=False)
    return _output(out / source.name)


def test_the_preview_rows_equal_the_first_output_rows_for_every_column(
    source: Path, scanned: Any, analyzer: Any, tmp_path: Path
) -> None:
    preview = _preview_frame(scanned.preview)

    output = _run(source, tmp_path, scanned.plan, analyzer)

    assert scanned.plan.risk.levels, "the scan fixes the treatment's levels in the plan"
    treated = [
        c.name
        for c in scanned.plan.columns
        if c.operator.name != "keep" or c.name in scanned.plan.risk.levels
    ]
    assert {"name", "date_of_birth", "postcode", "city", "country"} <= set(treated)
    pd.testing.assert_frame_equal(preview, output.head(len(preview)))
    # the treatment really acted on the head: something generalised, and marked as such
    marks = scanned.preview["marks"]
    assert any(m == "generalized" for c in scanned.plan.risk.levels for m in marks[c])
    assert all(m is None for m in marks["amount"])


def test_suppressed_and_generalised_cells_are_marked(scanned: Any) -> None:
    preview = _preview_frame(scanned.preview)
    marks = scanned.preview["marks"]
    qis = list(scanned.plan.risk.levels)
    raw = customers().head(len(preview))

    for column in qis:
        for i, mark in enumerate(marks[column]):
            if mark == "suppressed":
                assert all(preview.at[i, c] == "" for c in qis)
            elif mark == "generalized":
                assert preview.at[i, column] != raw.at[i, column]
            else:
                assert preview.at[i, column] == raw.at[i, column]
    summary = scanned.preview["treatment"]
    assert summary["loss_measure"] == "loss_metric"
    assert set(summary["columns"]) == set(qis)
    assert all(
        0.0 <= c["loss"] <= 1.0 and 0 <= c["level"] <= c["max_level"] for c in summary["columns"].values()
    )
    assert scanned.risk["treatment"]["levels"] == scanned.plan.risk.levels


def test_an_id_column_set_to_pseudonym_comes_out_keyed_not_starred(
    source: Path, scanned: Any, analyzer: Any, tmp_path: Path
) -> None:
    from anonymize.io import open_table
    from anonymize.pipeline import preview_table

    plan = Plan.from_dict(scanned.plan.to_dict())
    column = plan.column("customer_id")
    assert column is not None and column.entity == "RECORD_ID"
    assert "customer_id" not in plan.risk.quasi_identifiers
    column.operator = OperatorSpec("pseudonym")  # the review form's choice, default parameters

    plan, preview, _ = preview_table(open_table(source, "csv"), plan, analyzer=analyzer, key=KEY, rows=25)
    output = _run(source, tmp_path, plan, analyzer)

    shown = _preview_frame(preview)
    pd.testing.assert_frame_equal(shown, output.head(len(shown)))
    raw = customers()
    expected = [
        "RECORD_ID_" + hmac.new(KEY.encode(), v.encode(), hashlib.sha256).hexdigest()[:16]
        for v in raw["customer_id"]
    ]
    assert output["customer_id"].tolist() == expected
    assert set(preview["marks"]["customer_id"]) == {"replaced"}


def test_a_quasi_identifier_kept_against_k_is_overridden_and_the_plan_says_so(
    source: Path, scanned: Any, analyzer: Any, tmp_path: Path
) -> None:
    from anonymize.io import open_table
    from anonymize.pipeline import preview_table

    plan = Plan.from_dict(scanned.plan.to_dict())
    plan.risk.levels = None
    birth = plan.column("date_of_birth")
    assert birth is not None
    birth.operator = OperatorSpec("keep")  # full birth dates cannot stay with k=5 on 400 customers

    fixed, preview, report = preview_table(
        open_table(source, "csv"), plan, analyzer=analyzer, key=KEY, rows=25
    )
    output = _run(source, tmp_path, fixed, analyzer)

    assert report is not None and report["satisfied"]
    overrides = {o["column"]: o for o in fixed.risk.overrides}
    assert overrides["date_of_birth"]["chosen"] == "keep"
    assert overrides["date_of_birth"]["applied"] == "generalize"
    assert preview["treatment"]["overrides"] == fixed.risk.overrides
    pd.testing.assert_frame_equal(_preview_frame(preview), output.head(25))
    assert not set(output["date_of_birth"]) & set(customers()["date_of_birth"])


def test_a_quasi_identifier_the_treatment_can_keep_stays_as_chosen(
    source: Path, scanned: Any, analyzer: Any, tmp_path: Path
) -> None:
    from anonymize.io import open_table
    from anonymize.pipeline import preview_table

    plan = Plan.from_dict(scanned.plan.to_dict())
    plan.risk.levels = None
    country = plan.column("country")
    assert country is not None
    country.operator = OperatorSpec("keep")

    fixed, preview, report = preview_table(
        open_table(source, "csv"), plan, analyzer=analyzer, key=KEY, rows=25
    )
    output = _run(source, tmp_path, fixed, analyzer)

    assert report is not None and report["levels"]["country"] == 0 and not fixed.risk.overrides
    assert fixed.column("country").operator.name == "keep"  # type: ignore[union-attr]
    pd.testing.assert_frame_equal(_preview_frame(preview), output.head(25))


ID_SHAPES = [
    ("no", lambda i, r: f"C{10000 + i}"),
    ("nr", lambda i, r: str(r.integers(10000, 99999))),  # postcode-shaped digits under "nr"
    ("id", lambda i, r: f"E{r.integers(100000, 999999)}"),
    ("customer_id", lambda i, r: f"K2024-{5000 + i}"),
    ("member_no", lambda i, r: f"MBR-{i:06d}"),
    ("Personalnummer", lambda i, r: f"{700000 + 3 * i}"),
    ("col3", lambda i, r: f"C{10000 + 13 * i}"),
]


@pytest.mark.parametrize(("header", "make"), ID_SHAPES)
def test_record_id_columns_are_never_postcodes_or_quasi_identifiers_and_never_cut(
    header: str, make: Any, tmp_path: Path, analyzer: Any
) -> None:
    from anonymize.pipeline import run
    from anonymize.plan import propose_plan

    rng = np.random.default_rng(11)
    ids = list(dict.fromkeys(make(i, rng) for i in range(300)))[:200]
    frame = customers(len(ids)).drop(columns=["customer_id"]).assign(**{header: ids})
    column = profile_frame(frame, analyzer=analyzer).column(header)
    assert (column.kind, column.entity) == (DIRECT, "RECORD_ID"), column.evidence
    plan = propose_plan(profile_frame(frame, analyzer=analyzer), pseudonym=True)
    assert header not in plan.risk.quasi_identifiers and header not in plan.risk.proposed

    source = tmp_path / "ids.csv"
    frame.to_csv(source, index=False)
    kept = run(source, tmp_path / "kept", analyzer=analyzer, selfcheck=False)
    keyed = run(source, tmp_path / "keyed", analyzer=analyzer, pseudonym_key=KEY, selfcheck=False)

    assert _output(tmp_path / "kept" / "ids.csv")[header].tolist() == ids  # kept whole
    pseudonyms = _output(tmp_path / "keyed" / "ids.csv")[header].tolist()
    assert pseudonyms == [hmac.new(KEY.encode(), v.encode(), hashlib.sha256).hexdigest()[:12] for v in ids]
    assert len(set(pseudonyms)) == len(ids)  # joins survive: one pseudonym per ID
    assert header not in kept.plan["risk"]["quasi_identifiers"]
    assert header not in (keyed.risk.get("levels") or {})


@pytest.mark.django_db
def test_the_preview_a_contributor_approves_is_the_artifact_the_worker_stores(
    world: dict[str, Any], licence: Any, tmp_path: Path
) -> None:
    """Through the services: scan, an operator choice on the review form, its preview, approval and
    the worker's run; the stored artifact's first rows are the rows the contributor was shown."""
    from datetime import date

    import pyarrow.parquet as pq
    from django.core.files.uploadedfile import SimpleUploadedFile

    from contracts.models import Purpose
    from contracts.services.consent import consent_record_create
    from pool.models import Dataset
    from pool.services.datasets import (
        dataset_anonymize,
        dataset_approve,
        dataset_preview_plan,
        dataset_scan,
        dataset_upload,
        plan_with_operator_choices,
    )
    from pool.storage import local_path

    user, org = world["alice"], world["acme"]
    consent = consent_record_create(
        actor=user,
        controller_name=org.name,
        legal_basis="consent",
        purposes=Purpose.objects.filter(code="model-training"),
        valid_from=date(2025, 1, 1),
    )
    dataset = dataset_upload(
        organization=org,
        uploaded_by=user,
        file=SimpleUploadedFile("customers.csv", customers().to_csv(index=False).encode()),
        title="Customers",
        licence=licence,
        consent_record=consent,
    )
    dataset_scan(dataset_id=dataset.pk)
    dataset.refresh_from_db()
    assert dataset.status == Dataset.Status.AWAITING_REVIEW, dataset.error_message
    assert dataset.plan["risk"]["levels"] and dataset.preview["marks"]

    edited = plan_with_operator_choices(
        dataset.plan, {"operator:customer_id": "pseudonym", "operator:date_of_birth": "keep"}
    )
    shown = dataset_preview_plan(dataset=dataset, plan=edited)
    assert [o["column"] for o in shown["plan"]["risk"]["overrides"]] == ["date_of_birth"]
    dataset_approve(dataset=dataset, user=user, plan=shown["plan"])
    dataset_anonymize(dataset_id=dataset.pk)
    dataset.refresh_from_db()
    assert dataset.status == Dataset.Status.READY, dataset.error_message

    with local_path(dataset.artifact) as path:
        artifact = pq.read_table(path).to_pandas()
    preview = shown["preview"]
    head = artifact.head(len(preview["rows"]))
    for index, column in enumerate(preview["columns"]):
        published = [None if pd.isna(v) or v == "" else str(v) for v in head[column]]
        previewed = [row[index] or None for row in preview["rows"]]
        if column == "amount":  # a kept decimal column is typed in the artifact
            published = [None if v is None else float(v) for v in published]
            previewed = [None if v is None else float(v) for v in previewed]
        assert published == previewed, column
    from django.conf import settings

    keyed = [
        hmac.new(settings.PSEUDONYM_KEY.encode(), v.encode(), hashlib.sha256).hexdigest()
        for v in customers()["customer_id"]
    ]
    assert [key.startswith(v) for key, v in zip(keyed, artifact["customer_id"], strict=True)] == [True] * ROWS
    assert artifact["customer_id"].str.len().min() >= 12  # keyed pseudonyms, never cut or starred
