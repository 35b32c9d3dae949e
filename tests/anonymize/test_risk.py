"""Re-identification risk: measures cross-checked with pyCANON, hierarchies, treatment, pool linkage.

Pure engine tests (no database): ``.venv/bin/pytest tests/anonymize/test_risk.py -q``.
The EU customer generator below is also used by ``bench/bench_risk.py``.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from faker import Faker
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pycanon import anonymity

from anonymize.risk import (
    QICounter,
    RiskReport,
    Treatment,
    apply_levels,
    apply_treatment,
    generalize,
    max_level,
    measure,
    pitman_population_uniqueness,
    plan_treatment,
    plan_treatment_chunked,
    replan_treatment,
    text_identifier_density,
)

# --------------------------------------------------------------------------------------------------
# Synthetic data (Faker draws vocabularies, numpy samples the rows: fast enough for 1,000,000 rows)
# --------------------------------------------------------------------------------------------------

# locale -> (country code, share of customers)
LOCALES: dict[str, tuple[str, float]] = {
    "fr_FR": ("FR", 0.24),
    "de_DE": ("DE", 0.28),
    "en_GB": ("GB", 0.20),
    "nl_NL": ("NL", 0.10),
    "es_ES": ("ES", 0.10),
    "it_IT": ("IT", 0.08),
}
CUSTOMER_QI_TYPES: dict[str, str] = {
    "date_of_birth": "date",
    "postcode": "postcode",
    "city": "city",
    "country": "country",
    "gender": "gender",
}
UTILITY_COLUMNS = ["orders", "total_spend", "channel"]


def _postcode_variant(code: str, rng: np.random.Generator) -> str:
    """The same postcode with its last two letters/digits redrawn: same city, another street."""
    chars = list(code)
    for i in [i for i, ch in enumerate(chars) if ch.isalnum()][-2:]:
        chars[i] = str(rng.integers(10)) if chars[i].isdigit() else chr(65 + int(rng.integers(26)))
    return "".join(chars)


def eu_places(seed: int, *, cities_per_country: int = 8, postcodes_per_city: int = 12) -> pd.DataFrame:
    """Cities and postcodes per country; bigger cities get more customers (Zipf weights)."""
    rng = np.random.default_rng(seed)
    rows = []
    for locale, (country, share) in LOCALES.items():
        fake = Faker(locale)
        fake.seed_instance(seed)
        for rank in range(cities_per_country):
            city, base = fake.unique.city(), fake.postcode()
            for _ in range(postcodes_per_city):
                rows.append((country, city, _postcode_variant(base, rng), share / (rank + 1)))
    return pd.DataFrame(rows, columns=["country", "city", "postcode", "weight"])


def eu_customers(n: int, seed: int) -> pd.DataFrame:
    """A customer table: date of birth, postcode, city, country, gender, plus utility columns."""
    rng = np.random.default_rng(seed)
    places = eu_places(seed)
    weights = places["weight"].to_numpy()
    pick = rng.choice(len(places), size=n, p=weights / weights.sum())
    dob = pd.Timestamp("1940-01-01") + pd.to_timedelta(rng.integers(0, 365 * 66, n), unit="D")
    return pd.DataFrame(
        {
            "date_of_birth": dob.strftime("%Y-%m-%d"),
            "postcode": places["postcode"].to_numpy()[pick],
            "city": places["city"].to_numpy()[pick],
            "country": places["country"].to_numpy()[pick],
            "gender": rng.choice(["F", "M", "X"], size=n, p=[0.49, 0.49, 0.02]),
            "orders": rng.poisson(4, n),
            "total_spend": np.round(rng.gamma(2.0, 60.0, n), 2),
            "channel": rng.choice(["web", "app", "store"], size=n),
        }
    )


def random_table(seed: int, n: int = 400) -> pd.DataFrame:
    """A small table with low-cardinality QIs, some blanks, and two sensitive columns."""
    rng = np.random.default_rng(seed)
    fake = Faker("de_DE")
    fake.seed_instance(seed)
    cities = [fake.unique.city() for _ in range(int(rng.integers(3, 8)))]
    city = rng.choice([*cities, None, ""], size=n).astype(object)
    return pd.DataFrame(
        {
            "birth_year": rng.integers(1950, 1950 + int(rng.integers(3, 15)), n).astype(str),
            "city": city,
            "gender": rng.choice(["F", "M"], size=n),
            "diagnosis": rng.choice([fake.word() for _ in range(6)], size=n),
            "plan": rng.choice(["basic", "plus", "premium"], size=n),
        }
    )


def pycanon_view(df: pd.DataFrame) -> pd.DataFrame:
    """The table as our measure sees it: every blank (None, NaN, "") is the value "*".

    pyCANON groups with pandas' default ``dropna=True``, so it would silently drop blank rows.
    """
    out = df.copy()
    for column in out.columns:
        values = out[column].astype(object)
        out[column] = values.where(values.notna() & (values.astype(str).str.strip() != ""), "*")
    return out


def treated_k_by_pycanon(df: pd.DataFrame, qis: list[str]) -> int:
    return int(anonymity.k_anonymity(pycanon_view(df[qis]).reset_index(drop=True), qis))


# --------------------------------------------------------------------------------------------------
# Measures
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(6))
def test_k_anonymity_and_l_diversity_agree_with_pycanon(seed: int) -> None:
    df = random_table(seed)
    qis = ["birth_year", "city", "gender"]
    report = measure(df, qis, sensitive=["diagnosis", "plan"])
    view = pycanon_view(df)

    assert report.k == anonymity.k_anonymity(view, qis)
    assert report.l_diversity["diagnosis"] == anonymity.l_diversity(view, qis, ["diagnosis"])
    assert report.l_diversity["plan"] == anonymity.l_diversity(view, qis, ["plan"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a", "b", "c", "", None, "*"]),
            st.sampled_from(["x", "y", None]),
            st.sampled_from(["s1", "s2", "s3"]),
        ),
        min_size=1,
        max_size=40,
    )
)
def test_k_and_l_match_pycanon_on_any_small_table(rows: list[tuple[str | None, str | None, str]]) -> None:
    df = pd.DataFrame(rows, columns=["q1", "q2", "sa"])
    view = pycanon_view(df)

    report = measure(df, ["q1", "q2"], sensitive=["sa"])

    assert report.k == anonymity.k_anonymity(view, ["q1", "q2"])
    assert report.l_diversity["sa"] == anonymity.l_diversity(view, ["q1", "q2"], ["sa"])


@pytest.mark.parametrize("seed", range(3))
def test_prosecutor_risks_and_uniqueness_follow_the_class_sizes(seed: int) -> None:
    df = random_table(seed, n=300)
    qis = ["birth_year", "city", "gender"]
    sizes = pycanon_view(df).groupby(qis, dropna=False).size()

    report = measure(df, qis, k=5)

    assert report.classes == len(sizes)
    assert report.max_risk == pytest.approx(1 / sizes.min())
    assert report.average_risk == pytest.approx(len(sizes) / len(df))
    assert report.records_below_k == sizes[sizes < 5].sum()
    assert report.share_below_k == pytest.approx(sizes[sizes < 5].sum() / len(df))
    assert report.sample_uniques == (sizes == 1).sum()
    assert report.satisfied == (sizes.min() >= 5)


def test_it_treats_none_nan_empty_and_star_as_one_blank_value() -> None:
    df = pd.DataFrame({"q": [None, np.nan, "", " ", "*", "a"]})

    report = measure(df, ["q"], k=1)

    assert report.classes == 2
    assert report.k == 1


def test_an_empty_quasi_identifier_list_puts_everyone_in_one_class() -> None:
    df = eu_customers(50, seed=3)

    report = measure(df, [], k=5)

    assert (report.k, report.classes, report.max_risk) == (50, 1, 1 / 50)
    assert report.satisfied


def test_an_empty_table_has_no_risk() -> None:
    report = measure(pd.DataFrame({"q": []}), ["q"], sensitive=["q"])

    assert (report.records, report.k, report.max_risk) == (0, 0, 0.0)
    assert report.satisfied


def test_it_rejects_a_quasi_identifier_missing_from_the_table() -> None:
    with pytest.raises(KeyError, match="zip"):
        measure(pd.DataFrame({"q": [1]}), ["zip"])


def test_the_report_round_trips_through_json() -> None:
    df = eu_customers(200, seed=4)
    report = measure(df, ["date_of_birth", "postcode"], sensitive=["channel"], population_size=10_000)

    restored = RiskReport.from_dict(json.loads(json.dumps(report.to_dict())))

    assert restored == report


def test_pitman_estimates_more_population_uniques_for_a_finer_table() -> None:
    df = eu_customers(3000, seed=5)
    fine = measure(df, ["date_of_birth", "city"], population_size=300_000)
    coarse = measure(
        df.assign(date_of_birth=generalize(df["date_of_birth"], "date", 3)),
        ["date_of_birth", "city"],
        population_size=300_000,
    )

    assert fine.population_uniqueness is not None and coarse.population_uniqueness is not None
    assert 0.0 <= coarse.population_uniqueness < fine.population_uniqueness <= 1.0
    assert fine.population_uniqueness <= fine.sample_uniqueness  # a bigger population hides more


def test_pitman_calls_an_all_unique_sample_all_unique_and_rejects_a_small_population() -> None:
    assert pitman_population_uniqueness(np.ones(10, dtype=np.int64), 1000) == 1.0
    with pytest.raises(ValueError, match="population_size"):
        pitman_population_uniqueness(np.array([3, 2]), 4)


@pytest.mark.parametrize(
    ("findings", "tokens", "density"),
    [(0, 1000, 0.0), (3, 1500, 2.0), (7, 0, 0.0), (1, 1, 1000.0)],
)
def test_text_identifier_density_counts_residual_identifiers_per_thousand_tokens(
    findings: int, tokens: int, density: float
) -> None:
    assert text_identifier_density(findings, tokens) == pytest.approx(density)


def test_text_identifier_density_rejects_negative_counts() -> None:
    with pytest.raises(ValueError, match="non-negative"):
        text_identifier_density(-1, 10)


# --------------------------------------------------------------------------------------------------
# Hierarchies
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("qi_type", "value", "level", "expected"),
    [
        ("date", "1985-03-12", 1, "1985-03"),
        ("date", "1985-03-12", 2, "1985"),
        ("date", "1987-03-12", 3, "1985-1989"),
        ("date", "1987-03-12", 4, "1980-1989"),
        ("date", "1987-03-12", 5, "*"),
        ("date", "12/04/1990", 1, "1990-04"),  # EU day-first
        ("date", pd.Timestamp("2001-02-03"), 1, "2001-02"),
        ("date", "1984", 1, "1984"),  # already coarser than the level: keeps its grain
        ("date", "1984-03", 2, "1984"),
        ("date", "1980-1984", 4, "1980-1989"),
        ("date", "no date", 1, "*"),
        ("number", 34, 1, "30-34"),
        ("number", 35.5, 1, "35-39"),
        ("number", 34, 2, "30-39"),
        ("number", 34, 3, "20-39"),
        ("number", 34, 4, "*"),
        ("number", "30-34", 2, "30-39"),
        ("age", 99, 1, "95-99"),
        ("age", "n/a", 1, "*"),
        ("postcode", "SW1A 1AA", 1, "SW1A 1A"),
        ("postcode", "SW1A 1AA", 2, "SW1A 1"),
        ("postcode", "SW1A 1AA", 3, "SW1A"),
        ("postcode", "sw1a 1aa", 4, "SW1"),
        ("postcode", "SW1A 1AA", 6, "S"),
        ("postcode", "SW1A 1AA", 7, "*"),
        ("postcode", "75008", 1, "7500"),
        ("postcode", "75008", 4, "7"),
        ("postcode", "75008", 5, "*"),
        ("postcode", "1012 AB", 2, "1012"),
        ("postcode", "00-950", 3, "00"),
        ("postcode", "D02 X285", 4, "D02"),
    ],
)
def test_each_hierarchy_generalises_a_value(qi_type: str, value: object, level: int, expected: str) -> None:
    series = pd.Series([value, None])

    out = generalize(series, qi_type, level)

    assert out.iloc[0] == expected
    assert out.iloc[1] is None


def test_the_category_hierarchy_keeps_the_most_frequent_values_and_buckets_the_rest() -> None:
    fake = Faker("it_IT")
    fake.seed_instance(11)
    cities = [fake.unique.city() for _ in range(80)]
    rng = np.random.default_rng(11)
    series = pd.Series(rng.choice(cities, size=5000, p=np.arange(80, 0, -1) / np.arange(80, 0, -1).sum()))
    counts = series.value_counts()

    for level, top_n in [(1, 64), (2, 16), (3, 4)]:
        out = generalize(series, "city", level)
        kept = set(out.unique()) - {"other"}
        assert len(kept) == top_n
        assert min(counts[list(kept)]) >= max(counts.drop(list(kept)))
        assert (out[~series.isin(kept)] == "other").all()
    assert (generalize(series, "city", max_level("city")) == "*").all()


@pytest.mark.parametrize("qi_type", ["date", "number", "postcode", "category"])
def test_every_level_coarsens_the_level_below_and_the_top_is_star(qi_type: str) -> None:
    df = eu_customers(2000, seed=8)
    rng = np.random.default_rng(8)
    source = {
        "date": df["date_of_birth"],
        "number": pd.Series(rng.integers(18, 95, len(df))),
        "postcode": df["postcode"],
        "category": df["city"],
    }[qi_type]
    source = source.astype(object).where(rng.random(len(df)) > 0.05, None)  # some blanks

    previous = source
    for level in range(1, max_level(qi_type) + 1):
        current = generalize(source, qi_type, level)
        assert current.index.equals(source.index)
        assert (current.isna() == source.isna()).all()  # blanks stay blank, nothing else becomes blank
        pairs = pd.DataFrame({"lo": previous.astype(str), "hi": current.astype(str)}).drop_duplicates()
        assert not pairs["lo"].duplicated().any()  # each finer value maps to one coarser value
        previous = current
    assert (previous.dropna() == "*").all()


def test_level_zero_leaves_the_column_unchanged() -> None:
    series = pd.Series(["1985-03-12", None, "x"], index=[7, 8, 9])

    assert generalize(series, "date", 0).equals(series)


def test_it_rejects_an_unknown_quasi_identifier_type() -> None:
    with pytest.raises(ValueError, match="unknown quasi-identifier type"):
        max_level("shoe_size")


# --------------------------------------------------------------------------------------------------
# Treatment
# --------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def customers() -> pd.DataFrame:
    return eu_customers(5000, seed=1)


@pytest.fixture(scope="module")
def treatment(customers: pd.DataFrame) -> Treatment:
    return plan_treatment(customers, CUSTOMER_QI_TYPES, k=5, max_suppression=0.05, sensitive=["channel"])


def test_an_eu_customer_table_reaches_k5_with_at_most_5_percent_suppressed(
    customers: pd.DataFrame, treatment: Treatment
) -> None:
    qis = list(CUSTOMER_QI_TYPES)
    out = apply_treatment(customers, treatment)

    assert measure(customers, qis).k < 5
    assert treatment.satisfied, treatment.reason
    assert treatment.after is not None and treatment.after.k >= 5
    assert treatment.after == measure(out, qis, sensitive=["channel"])
    assert treated_k_by_pycanon(out, qis) >= 5
    assert len(treatment.suppressed_rows) <= 0.05 * len(customers)
    assert 0.0 < treatment.information_loss < 1.0
    assert json.loads(json.dumps(treatment.report()))["after"]["k"] == treatment.after.k


def test_treatment_keeps_row_count_order_index_and_utility_columns(
    customers: pd.DataFrame, treatment: Treatment
) -> None:
    shuffled = customers.set_axis(np.random.default_rng(2).permutation(len(customers)) + 1000)
    out = apply_treatment(shuffled, treatment)

    assert out.index.equals(shuffled.index)
    assert list(out.columns) == list(shuffled.columns)
    pd.testing.assert_frame_equal(out[UTILITY_COLUMNS], shuffled[UTILITY_COLUMNS])


def test_suppressed_records_have_every_quasi_identifier_blanked_and_no_others(
    customers: pd.DataFrame, treatment: Treatment
) -> None:
    out = apply_treatment(customers, treatment)
    qis = list(CUSTOMER_QI_TYPES)
    blank_rows = np.flatnonzero(out[qis].isna().all(axis=1).to_numpy())

    assert len(treatment.suppressed_rows) > 0
    np.testing.assert_array_equal(blank_rows, treatment.suppressed_rows)
    assert not out[qis].drop(index=out.index[blank_rows]).isna().any().any()


def test_applying_chunk_by_chunk_with_offsets_equals_applying_at_once(
    customers: pd.DataFrame, treatment: Treatment
) -> None:
    whole = apply_treatment(customers, treatment)
    chunks = [
        apply_treatment(customers.iloc[start : start + 777], treatment, row_offset=start)
        for start in range(0, len(customers), 777)
    ]

    pd.testing.assert_frame_equal(pd.concat(chunks), whole)


def test_planning_from_chunks_equals_planning_the_whole_table(
    customers: pd.DataFrame, treatment: Treatment, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QICounter, "MERGE_ROWS", 500)  # merge partial counts many times on the way
    reads = []

    def read():  # a fresh iterator of 613-row chunks on every call, like a file read again
        reads.append(1)
        return (customers.iloc[s : s + 613] for s in range(0, len(customers), 613))

    chunked = plan_treatment_chunked(
        read, CUSTOMER_QI_TYPES, k=5, max_suppression=0.05, sensitive=["channel"]
    )

    assert len(reads) == 2  # counting, then finding the suppressed records
    assert chunked.levels == treatment.levels
    assert chunked.vocabularies == treatment.vocabularies
    np.testing.assert_array_equal(chunked.suppressed_rows, treatment.suppressed_rows)
    assert chunked.before == treatment.before and chunked.after == treatment.after
    assert chunked.information_loss == pytest.approx(treatment.information_loss)


def test_the_counter_keeps_one_row_per_combination_whatever_the_chunking(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QICounter, "MERGE_ROWS", 1)
    df = pd.DataFrame(
        {"city": ["Lyon", "Gent", None, "Lyon", "", "Gent", np.nan], "age": [31, 40, 52, 31, 52, 40, 52]}
    )
    counter = QICounter(["city", "age"])
    for start in range(0, len(df), 2):
        counter.add(df.iloc[start : start + 2])

    combos, counts = counter.combinations()

    assert combos.to_numpy().tolist() == [["Lyon", 31], ["Gent", 40], ["", 52]]  # NA and "" are one blank
    assert counts.tolist() == [2, 2, 3] and counter.records == 7
    assert counter.ids(df).tolist() == [0, 1, 2, 0, 2, 1, 2]
    with pytest.raises(ValueError, match="not counted"):
        counter.ids(pd.DataFrame({"city": ["Oslo"], "age": [1]}))


def test_suppressed_records_are_the_last_ones_of_their_combination() -> None:
    df = pd.DataFrame({"city": ["Gent"] * 8 + ["Lyon", "Oslo"]})
    df = df.iloc[[0, 8, 1, 2, 3, 9, 4, 5, 6, 7]].reset_index(drop=True)

    result = plan_treatment(df, {"city": "city"}, k=5, max_suppression=0.5)

    # Lyon and Oslo are alone; three of Gent's eight join them so the blank class has five records.
    assert result.satisfied and result.levels == {"city": 0}
    assert result.suppressed_rows.tolist() == [1, 5, 7, 8, 9]


def test_stored_levels_reapply_to_the_next_upload_of_the_same_shape(treatment: Treatment) -> None:
    stored = json.loads(json.dumps(treatment.to_dict()))
    next_upload = eu_customers(4000, seed=21)

    unplanned = Treatment.from_dict(stored)
    with pytest.raises(ValueError, match="replan"):
        apply_treatment(next_upload, unplanned)
    replanned = replan_treatment(next_upload, stored)
    out = apply_treatment(next_upload, replanned)

    assert set(stored) == {"levels", "qi_types", "k", "max_suppression", "l"}
    assert replanned.levels == treatment.levels
    assert measure(out, list(CUSTOMER_QI_TYPES)).k >= 5
    pd.testing.assert_frame_equal(apply_levels(next_upload, stored["levels"], stored["qi_types"]), out)


def test_fixed_levels_are_kept_and_the_other_quasi_identifiers_adapt(customers: pd.DataFrame) -> None:
    fixed = {"date_of_birth": 2, "gender": 0}

    result = plan_treatment(customers, CUSTOMER_QI_TYPES, k=5, fixed_levels=fixed)

    assert {c: result.levels[c] for c in fixed} == fixed
    assert result.satisfied, result.reason
    assert measure(apply_treatment(customers, result), list(CUSTOMER_QI_TYPES)).k >= 5


def test_the_exhaustive_search_returns_a_minimal_passing_level_vector() -> None:
    df = eu_customers(1500, seed=13)[["date_of_birth", "gender", "country"]]
    types = {"date_of_birth": "date", "gender": "gender", "country": "country"}

    result = plan_treatment(df, types, k=5, max_suppression=0.02)

    assert result.search == "exhaustive"
    assert result.satisfied
    for column, level in result.levels.items():
        if level > 0:
            lower = plan_treatment(
                df, types, k=5, max_suppression=0.02, fixed_levels={**result.levels, column: level - 1}
            )
            assert not lower.satisfied or lower.information_loss >= result.information_loss


def test_the_greedy_search_comes_close_to_the_exhaustive_optimum(monkeypatch: pytest.MonkeyPatch) -> None:
    df = eu_customers(3000, seed=17)
    monkeypatch.setattr("anonymize.risk._EXHAUSTIVE_MAX_NODES", 0)
    greedy = plan_treatment(df, CUSTOMER_QI_TYPES, k=5)
    monkeypatch.setattr("anonymize.risk._EXHAUSTIVE_MAX_NODES", 10**6)
    monkeypatch.setattr("anonymize.risk._EXHAUSTIVE_MAX_CELLS", 10**12)

    exhaustive = plan_treatment(df, CUSTOMER_QI_TYPES, k=5)

    assert (greedy.search, exhaustive.search) == ("greedy", "exhaustive")
    assert greedy.satisfied and exhaustive.satisfied
    assert exhaustive.information_loss <= greedy.information_loss <= exhaustive.information_loss + 0.05
    assert greedy.evaluated_nodes < 6 * 8 * 5 * 5 * 5 / 10  # a tenth of the lattice at most


def test_no_quasi_identifiers_means_nothing_to_treat() -> None:
    df = eu_customers(20, seed=4)

    result = plan_treatment(df, {}, k=5)

    assert result.satisfied and result.levels == {} and len(result.suppressed_rows) == 0
    pd.testing.assert_frame_equal(apply_treatment(df, result), df)


def test_it_flags_a_target_that_no_generalisation_can_reach() -> None:
    df = eu_customers(4, seed=2)

    result = plan_treatment(df, CUSTOMER_QI_TYPES, k=5)

    assert not result.satisfied
    assert "fewer than k=5" in result.reason
    assert len(apply_treatment(df, result)) == 4


def test_it_returns_the_best_vector_with_a_reason_when_the_suppression_budget_is_too_small() -> None:
    df = eu_customers(300, seed=6)
    fixed = {c: 0 for c in CUSTOMER_QI_TYPES if c != "gender"}  # only gender may move: hopeless

    result = plan_treatment(df, CUSTOMER_QI_TYPES, k=5, max_suppression=0.05, fixed_levels=fixed)

    assert not result.satisfied
    assert "suppressed" in result.reason
    assert result.after is not None and result.after.k >= 5  # still safe, by suppressing nearly all


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(
        st.tuples(
            st.integers(18, 90),
            st.sampled_from(["F", "M", "X", None]),
            st.sampled_from(["75008", "75011", "69003", "SW1A 1AA", "SW1A 2BB", "", None]),
        ),
        min_size=1,
        max_size=60,
    ),
    k=st.integers(2, 5),
    max_suppression=st.sampled_from([0.0, 0.05, 0.2, 0.5]),
)
def test_any_planned_treatment_keeps_rows_and_reports_what_it_outputs(
    rows: list[tuple[int, str | None, str | None]], k: int, max_suppression: float
) -> None:
    df = pd.DataFrame(rows, columns=["age", "gender", "postcode"]).assign(row=range(len(rows)))
    types = {"age": "age", "gender": "gender", "postcode": "postcode"}

    result = plan_treatment(df, types, k=k, max_suppression=max_suppression)
    out = apply_treatment(df, result)

    assert len(out) == len(df) and out["row"].tolist() == df["row"].tolist()
    assert result.after == measure(out, list(types), k=k)
    if result.satisfied:
        assert result.after.k >= k
        assert len(result.suppressed_rows) <= max_suppression * len(df) + 1e-9
    else:
        assert result.reason


def test_too_few_suppressed_records_are_topped_up_from_the_largest_class() -> None:
    fake = Faker("nl_NL")
    fake.seed_instance(5)
    big, other, rare1, rare2 = (fake.unique.city() for _ in range(4))
    df = pd.DataFrame({"city": [big] * 22 + [other] * 20 + [rare1, rare2], "spend": range(44)})

    result = plan_treatment(df, {"city": "city"}, k=5, max_suppression=0.2)
    out = apply_treatment(df, result)

    assert result.satisfied and result.levels == {"city": 0}
    rare_rows = set(np.flatnonzero(df["city"].isin([rare1, rare2])))
    assert rare_rows < set(result.suppressed_rows.tolist())
    assert len(result.suppressed_rows) == 5  # the two rare ones, plus three so the blank class has k
    assert set(df["city"].iloc[sorted(set(result.suppressed_rows.tolist()) - rare_rows)]) == {big}
    assert measure(out, ["city"]).k == 5


def test_the_suppressed_records_form_a_class_of_at_least_k() -> None:
    df = eu_customers(1200, seed=9)

    result = plan_treatment(df, CUSTOMER_QI_TYPES, k=5, max_suppression=0.05)
    out = apply_treatment(df, result)

    suppressed = len(result.suppressed_rows)
    assert suppressed == 0 or suppressed >= 5
    assert measure(out, list(CUSTOMER_QI_TYPES)).k >= 5


# --------------------------------------------------------------------------------------------------
# Pool linkage
# --------------------------------------------------------------------------------------------------


def test_two_individually_safe_contributions_are_unsafe_when_pooled() -> None:
    """Two contributors share the columns birth date, postcode and gender but judged them differently.

    A (a web shop) generalised birth dates to the year, and kept gender as a utility column it did not
    consider identifying. B (a gym) generalised birth dates to 5-year bands and declared gender a QI.
    Each is k >= 5 over its own QIs, so the pooled birth column mixes "1984" and "1980-1984". The corpus must be judged over
    every column an attacker can use, the union of both QI sets, and there A's records split by gender
    and become rare. (With identical QI sets the union of k-anonymous tables is always k-anonymous:
    classes can only grow; the pool risk comes from differing QI sets and granularities.)
    Planning on the pooled table, over the union of QIs, fixes it.
    """
    shop_raw = eu_customers(3000, seed=31).rename(columns={"date_of_birth": "birth"})
    gym_raw = eu_customers(2000, seed=32).rename(columns={"date_of_birth": "birth"})
    shop_qis = {"birth": "date", "postcode": "postcode"}
    gym_qis = {"birth": "date", "postcode": "postcode", "gender": "gender"}
    shop_plan = plan_treatment(shop_raw, shop_qis, k=5, fixed_levels={"birth": 2})
    gym_plan = plan_treatment(gym_raw, gym_qis, k=5, fixed_levels={"birth": 3})
    shop = apply_treatment(shop_raw, shop_plan)
    gym = apply_treatment(gym_raw, gym_plan)
    pooled = pd.concat([shop, gym], ignore_index=True)
    corpus_qis = {"birth": "date", "postcode": "postcode", "gender": "gender"}

    assert shop_plan.satisfied and gym_plan.satisfied
    assert measure(shop, list(shop_qis)).k >= 5
    assert measure(gym, list(gym_qis)).k >= 5
    assert measure(pooled, list(corpus_qis)).k < 5
    assert treated_k_by_pycanon(pooled, list(corpus_qis)) < 5

    pool_plan = plan_treatment(pooled, corpus_qis, k=5, max_suppression=0.05)
    safe_pool = apply_treatment(pooled, pool_plan)

    assert pool_plan.satisfied, pool_plan.reason
    assert measure(safe_pool, list(corpus_qis)).k >= 5
    assert treated_k_by_pycanon(safe_pool, list(corpus_qis)) >= 5
    assert len(safe_pool) == len(pooled)
    pd.testing.assert_frame_equal(safe_pool[UTILITY_COLUMNS], pooled[UTILITY_COLUMNS])
