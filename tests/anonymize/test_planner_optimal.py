"""The treatment planner against an exhaustive search over the same hierarchies, k checked by pyCANON.

The brute force below is written independently of the planner: it generalises whole columns with
`generalize`, groups the rows with pandas, suppresses the records of classes under k (topping the
blank class up to k with the records whose suppression loses least), and computes the declared
information-loss measure (the Loss Metric, see `anonymize.risk`) from scratch. The planner must find
the same least loss; the acceptance table of issue 13 (a 10,000-row EU customer table made with
Faker in six locales) must come out with k >= 5 over its four quasi-identifiers, at most 5 %
suppressed and at least two of them still informative.

Pure engine tests, except the last one, which runs the whole pipeline (Presidio included).
"""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from faker import Faker
from pycanon import anonymity

from anonymize.risk import apply_treatment, generalize, max_level, measure, plan_treatment

# locale -> (country name, share of customers)
LOCALES: dict[str, tuple[str, float]] = {
    "de_DE": ("Germany", 0.30),
    "fr_FR": ("France", 0.25),
    "es_ES": ("Spain", 0.15),
    "it_IT": ("Italy", 0.12),
    "nl_NL": ("Netherlands", 0.10),
    "pl_PL": ("Poland", 0.08),
}
QI_TYPES = {"date_of_birth": "date", "postcode": "postcode", "city": "city", "country": "country"}
BLANKS = {"", "*"}


def eu_customer_table(n: int, seed: int, towns: int = 60) -> pd.DataFrame:
    """A realistic EU customer table: towns of six countries with Zipf-sized customer bases, each
    town's postcodes sharing its Faker postcode's prefix (the last two characters vary by street),
    uniform birth dates 1940-2005, and two utility columns."""
    rng = np.random.default_rng(seed)
    places = []
    for locale, (country, share) in LOCALES.items():
        fake = Faker(locale)
        fake.seed_instance(seed)
        seen: set[str] = set()
        for rank in range(towns):
            city = fake.city()
            if city in seen:
                continue
            seen.add(city)
            places.append((country, city, fake.postcode(), share / (rank + 1)))
    frame = pd.DataFrame(places, columns=["country", "city", "postcode", "weight"])
    weights = frame["weight"].to_numpy()
    pick = rng.choice(len(frame), size=n, p=weights / weights.sum())
    postcodes = []
    for base in frame["postcode"].to_numpy()[pick]:
        chars = list(base)
        for i in [i for i, ch in enumerate(chars) if ch.isalnum()][-2:]:
            chars[i] = str(rng.integers(10)) if chars[i].isdigit() else chr(65 + int(rng.integers(26)))
        postcodes.append("".join(chars))
    born = pd.Timestamp("1940-01-01") + pd.to_timedelta(rng.integers(0, 365 * 66, n), unit="D")
    return pd.DataFrame(
        {
            "customer_no": [f"C{100000 + i}" for i in range(n)],
            "date_of_birth": born.strftime("%Y-%m-%d"),
            "postcode": postcodes,
            "city": frame["city"].to_numpy()[pick],
            "country": frame["country"].to_numpy()[pick],
            "orders": rng.poisson(4, n),
            "channel": rng.choice(["web", "app", "store"], size=n),
        }
    )


def _blank(series: pd.Series) -> pd.Series:
    return series.isna() | series.astype(str).str.strip().isin(BLANKS)


def brute_force(df: pd.DataFrame, types: dict[str, str], k: int, max_suppression: float) -> dict:
    """The least-loss level vector reaching k with at most ``max_suppression`` suppressed, found by
    trying every vector of the lattice. Returns its levels, loss, suppressed row mask and output."""
    n, names = len(df), list(types)
    budget = math.floor(max_suppression * n + 1e-9)
    generalised: dict[str, list[pd.Series]] = {}
    cell_loss: dict[str, list[np.ndarray]] = {}
    for name, qi_type in types.items():
        raw_blank = _blank(df[name]).to_numpy()
        raw = df[name].astype(str)
        distinct = raw[~raw_blank].nunique()
        generalised[name], cell_loss[name] = [], []
        for level in range(max_level(qi_type) + 1):
            gen = generalize(df[name], qi_type, level).astype(object)
            gen_blank = _blank(gen).to_numpy()
            gen = gen.where(~gen_blank, "*").astype(str)
            cover = raw[~raw_blank].groupby(gen[~raw_blank]).nunique()
            loss = np.where(gen_blank, 1.0, (gen.map(cover).fillna(1).to_numpy() - 1) / max(distinct - 1, 1))
            loss[raw_blank] = 0.0
            generalised[name].append(gen)
            cell_loss[name].append(loss if distinct > 1 else np.zeros(n))
    best: dict | None = None
    for levels in itertools.product(*(range(max_level(t) + 1) for t in types.values())):
        frame = pd.DataFrame({c: generalised[c][lv].to_numpy() for c, lv in zip(names, levels, strict=True)})
        group = frame.groupby(names, sort=False).ngroup().to_numpy()
        sizes = np.bincount(group)
        suppressed = sizes[group] < k
        row_loss = sum(cell_loss[c][lv] for c, lv in zip(names, levels, strict=True))
        star = (frame == "*").all(axis=1).to_numpy()
        blank_class = int(suppressed.sum()) + (int(star.sum()) if star.sum() >= k else 0)
        if suppressed.any() and 0 < blank_class < k:
            spare = np.maximum(sizes - k, 0)
            spare[np.unique(group[star])] = 0
            candidates = [i for i in np.argsort(-row_loss, kind="stable") if spare[group[i]] > 0]
            need = k - blank_class
            for i in candidates:
                if need == 0:
                    break
                if spare[group[i]] > 0:
                    suppressed[i] = True
                    spare[group[i]] -= 1
                    need -= 1
            if need:
                suppressed[:] = True
        if suppressed.sum() > budget:
            continue
        loss = float(
            np.mean(
                [
                    (cell_loss[c][lv][~suppressed].sum() + suppressed.sum()) / n
                    for c, lv in zip(names, levels, strict=True)
                ]
            )
        )
        if best is None or loss < best["loss"] - 1e-12:
            out = frame.copy()
            out.loc[suppressed, names] = "*"
            best = {"levels": dict(zip(names, levels, strict=True)), "loss": loss, "out": out}
    assert best is not None
    return best


def pycanon_k(out: pd.DataFrame, qis: list[str]) -> int:
    view = out[qis].astype(object)
    view = view.where(~view.apply(_blank), "*").reset_index(drop=True)
    return int(anonymity.k_anonymity(view, qis))


def small_table(seed: int, n: int = 240) -> tuple[pd.DataFrame, dict[str, str]]:
    """A small table with three or four QIs of different hierarchy types, blanks included."""
    rng = np.random.default_rng(seed)
    fake = Faker("de_DE")
    fake.seed_instance(seed)
    towns = [fake.city() for _ in range(int(rng.integers(4, 12)))]
    born = pd.Timestamp("1950-01-01") + pd.to_timedelta(rng.integers(0, 365 * 40, n), unit="D")
    df = pd.DataFrame(
        {
            "born": born.strftime("%Y-%m-%d"),
            "age": rng.integers(18, 80, n).astype(str),
            "town": rng.choice([*towns, ""], size=n, p=[0.97 / len(towns)] * len(towns) + [0.03]),
            "gender": rng.choice(["F", "M", "X"], size=n, p=[0.48, 0.48, 0.04]),
        }
    )
    types = {"born": "date", "town": "city", "gender": "gender"}
    if seed % 2:
        types = {"age": "age", "town": "city", "gender": "gender", "born": "date"}
    return df, types


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("k", [3, 5])
def test_the_planner_finds_the_least_loss_an_exhaustive_search_finds_on_small_tables(
    seed: int, k: int
) -> None:
    df, types = small_table(seed)

    planned = plan_treatment(df, types, k=k, max_suppression=0.05)
    best = brute_force(df, types, k, 0.05)
    out = apply_treatment(df, planned)

    assert planned.satisfied, planned.reason
    assert planned.search == "exhaustive"
    assert planned.information_loss == pytest.approx(best["loss"], abs=1e-9)
    assert pycanon_k(out, list(types)) >= k
    assert pycanon_k(best["out"], list(types)) >= k
    assert len(planned.suppressed_rows) <= 0.05 * len(df)
    # the reported per-column losses average to the table's loss
    assert np.mean(list(planned.column_loss.values())) == pytest.approx(planned.information_loss)


@pytest.fixture(scope="module")
def customers() -> pd.DataFrame:
    return eu_customer_table(10_000, seed=1)


def informative(series: pd.Series) -> bool:
    """A treated column still says something: two or more values that are not blank, "*" or "other"."""
    values = series.astype(object)
    kept = values[~_blank(values) & (values.astype(str) != "other")]
    return kept.nunique() >= 2


def test_on_a_2000_row_sample_no_vector_of_the_lattice_loses_less(customers: pd.DataFrame) -> None:
    sample = customers.sample(2000, random_state=3).reset_index(drop=True)

    planned = plan_treatment(sample, QI_TYPES, k=5, max_suppression=0.05)
    best = brute_force(sample, QI_TYPES, 5, 0.05)

    assert planned.satisfied, planned.reason
    assert planned.information_loss <= best["loss"] + 1e-9
    assert planned.information_loss == pytest.approx(best["loss"], abs=1e-9)
    assert pycanon_k(apply_treatment(sample, planned), list(QI_TYPES)) >= 5


def test_the_eu_customer_table_keeps_k5_and_informative_columns(customers: pd.DataFrame) -> None:
    qis = list(QI_TYPES)

    treatment = plan_treatment(customers, QI_TYPES, k=5, max_suppression=0.05)
    out = apply_treatment(customers, treatment)

    assert measure(customers, qis).k == 1
    assert treatment.satisfied, treatment.reason
    assert pycanon_k(out, qis) >= 5
    assert len(treatment.suppressed_rows) <= 0.05 * len(customers)
    assert sum(informative(out[c]) for c in qis) >= 2
    assert informative(out["country"]) and treatment.levels["country"] == 0
    # no column is emptied when a partial generalisation does: birth dates keep at least a decade
    assert all(level < max_level(QI_TYPES[c]) for c, level in treatment.levels.items())
    report = treatment.report()
    assert report["loss_measure"] == "loss_metric"
    assert set(report["column_loss"]) == set(qis)
    assert 0 < report["information_loss"] < 0.5


def test_l_diversity_is_enforced_when_a_sensitive_attribute_is_declared(customers: pd.DataFrame) -> None:
    sample = customers.head(3000)
    types = {"date_of_birth": "date", "country": "country"}

    plain = plan_treatment(sample, types, k=5, max_suppression=0.05, sensitive=["channel"])
    diverse = plan_treatment(sample, types, k=5, max_suppression=0.05, sensitive=["channel"], l=3)
    out = apply_treatment(sample, diverse)

    assert diverse.satisfied, diverse.reason
    assert diverse.after is not None and diverse.after.l_diversity["channel"] >= 3
    view = out[[*types, "channel"]].astype(object)
    view[list(types)] = view[list(types)].where(~view[list(types)].apply(_blank), "*")
    assert anonymity.l_diversity(view.reset_index(drop=True), list(types), ["channel"]) >= 3
    assert plain.after is not None and plain.after.l_diversity["channel"] < 3
    assert diverse.information_loss >= plain.information_loss


def test_the_default_pipeline_output_of_the_eu_table_is_k5_with_its_loss_reported(
    customers: pd.DataFrame, tmp_path: Path
) -> None:
    from anonymize.pipeline import run

    source = tmp_path / "customers.csv"
    customers.to_csv(source, index=False)

    report = run(source, tmp_path / "out", k=5)
    out = pd.read_csv(tmp_path / "out" / "customers.csv", dtype=str, keep_default_na=False)

    qis = report.plan["risk"]["quasi_identifiers"]
    assert set(QI_TYPES) <= set(qis), qis
    assert "customer_no" not in qis
    assert out["customer_no"].tolist() == customers["customer_no"].tolist()  # a record ID is kept whole
    assert pycanon_k(out, list(QI_TYPES)) >= 5
    assert report.risk["satisfied"] and report.risk["suppression_share"] <= 0.05
    assert sum(informative(out[c]) for c in QI_TYPES) >= 2
    sample_best = brute_force(
        customers.sample(2000, random_state=3).reset_index(drop=True), QI_TYPES, 5, 0.05
    )
    assert report.risk["loss_measure"] == "loss_metric"
    assert report.risk["information_loss"] <= sample_best["loss"]


def test_declaring_a_sensitive_column_enforces_l_diversity_in_the_run(
    customers: pd.DataFrame, tmp_path: Path, analyzer: object
) -> None:
    from anonymize.pipeline import run
    from anonymize.plan import propose_plan
    from anonymize.profile import profile_frame

    rng = np.random.default_rng(8)
    table = customers.head(1500).assign(
        diagnosis=rng.choice(["healthy", "asthma", "diabetes"], 1500, p=[0.9, 0.05, 0.05])
    )
    source = tmp_path / "patients.csv"
    table.to_csv(source, index=False)
    plan = propose_plan(profile_frame(table, analyzer=analyzer))
    plan.risk.sensitive = ["diagnosis"]
    qis = list(plan.risk.quasi_identifiers)

    plan.risk.l = 1  # l-diversity switched off: k alone leaves classes with one diagnosis
    plain = run(source, tmp_path / "plain", plan=plan, analyzer=analyzer, selfcheck=False)
    plan.risk.l = 0  # the default once a sensitive column is declared: l = 2
    diverse = run(source, tmp_path / "diverse", plan=plan, analyzer=analyzer, selfcheck=False)

    out = pd.read_csv(tmp_path / "diverse" / "patients.csv", dtype=str, keep_default_na=False)
    view = out[[*qis, "diagnosis"]].astype(object)
    view[qis] = view[qis].where(~view[qis].apply(_blank), "*")
    assert "diagnosis" not in qis
    assert plain.risk["after"]["l_diversity"]["diagnosis"] == 1
    assert diverse.risk["satisfied"] and diverse.risk["l"] == 2
    assert diverse.risk["after"]["l_diversity"]["diagnosis"] >= 2
    assert anonymity.l_diversity(view.reset_index(drop=True), qis, ["diagnosis"]) >= 2
    assert pycanon_k(out, qis) >= 5
