from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pytest
from faker import Faker

from anonymize.operators import OPERATORS, build_operator
from anonymize.operators.base import Operator

fake = Faker("de_DE")
fake.seed_instance(3)
NAMES = [fake.name() for _ in range(5)]
KEY = "test-key-not-secret"


def test_every_operator_implements_the_common_contract():
    assert set(OPERATORS) == {
        "keep",
        "drop",
        "redact",
        "placeholder",
        "mask",
        "pseudonym",
        "generalize",
        "surrogate",
    }
    assert all(issubclass(cls, Operator) for cls in OPERATORS.values())


@pytest.mark.parametrize(
    ("name", "params", "value", "entity", "expected"),
    [
        ("keep", {}, "abc", "PERSON", "abc"),
        ("drop", {}, "abc", "PERSON", ""),
        ("redact", {}, "abc", "PERSON", ""),
        ("placeholder", {}, "abc", "PERSON", "<PERSON>"),
        ("placeholder", {"text": "[x]"}, "abc", "PERSON", "[x]"),
        ("mask", {"keep_last": 4}, "DE89370400440532013000", "IBAN_CODE", "*" * 18 + "3000"),
        ("mask", {"keep_last": 4, "char": "#"}, "abc", "IBAN_CODE", "###"),
        ("generalize", {"qi_type": "date", "level": "year"}, "1980-04-17", None, "1980"),
        ("generalize", {"qi_type": "date", "level": "year_month"}, "17.04.1980", None, "1980-04"),
        ("generalize", {"qi_type": "date", "level": "decade"}, "1987-04-17", None, "1980s"),
        ("generalize", {"qi_type": "age", "width": 10}, "37", None, "30-39"),
        ("generalize", {"qi_type": "number", "width": 100}, "1234.5", None, "1200-1299"),
        ("generalize", {"qi_type": "postcode", "keep": 2}, "10115", None, "10*"),
        ("generalize", {"qi_type": "category", "suppress": True}, "Berlin", None, "*"),
        ("generalize", {"qi_type": "date"}, "not a date", None, "*"),
    ],
)
def test_operators_transform_a_column(name, params, value, entity, expected):
    operator = build_operator(name, params, key=KEY)
    out = operator.apply(pd.Series([value, "", None]), entity)
    assert out.iloc[0] == expected
    if name not in {"drop", "redact"}:
        assert out.iloc[1] == ""
        assert pd.isna(out.iloc[2])


def test_drop_empties_every_cell_but_keeps_the_length():
    out = build_operator("drop").apply(pd.Series(NAMES))
    assert out.tolist() == [""] * len(NAMES)


def test_pseudonyms_are_keyed_deterministic_and_consistent():
    series = pd.Series([*NAMES, NAMES[0]])
    first = build_operator("pseudonym", key=KEY).apply(series, "PERSON")
    again = build_operator("pseudonym", key=KEY).apply(series, "PERSON")
    other_key = build_operator("pseudonym", key="another-key").apply(series, "PERSON")
    assert first.tolist() == again.tolist()
    assert first.iloc[0] == first.iloc[-1]
    assert len(set(first)) == len(NAMES)
    assert first.iloc[0] != other_key.iloc[0]
    assert first.iloc[0].startswith("PERSON_")
    assert not any(name in "".join(first) for name in NAMES)


def test_pseudonym_without_a_key_is_refused():
    with pytest.raises(ValueError, match="PSEUDONYM_KEY"):
        build_operator("pseudonym").apply(pd.Series(NAMES), "PERSON")


def test_surrogates_are_realistic_consistent_and_locale_aware():
    series = pd.Series([*NAMES, NAMES[1]])
    out = build_operator("surrogate", {"locale": "de_DE"}, key=KEY).apply(series, "PERSON")
    again = build_operator("surrogate", {"locale": "de_DE"}, key=KEY).apply(series, "PERSON")
    assert out.tolist() == again.tolist()
    assert out.iloc[1] == out.iloc[-1]
    assert all(isinstance(v, str) and " " in v for v in out)
    assert not set(out) & set(NAMES)
    ibans = build_operator("surrogate", {"locale": "de_DE"}, key=KEY).apply(pd.Series(["x"]), "IBAN_CODE")
    assert ibans.iloc[0].startswith("DE")


def test_operators_accept_arrow_arrays():
    out = build_operator("placeholder").apply(pa.array(["a", None, ""]), "EMAIL_ADDRESS")
    assert isinstance(out, pa.Array)
    assert out.to_pylist() == ["<EMAIL_ADDRESS>", None, ""]


def test_operate_replaces_one_text_span():
    assert build_operator("placeholder").operate("Hans", "PERSON") == "<PERSON>"
    assert build_operator("mask", {"keep_last": 2}).operate("123456", "PHONE_NUMBER") == "****56"
    assert build_operator("keep").operate("Hans", "PERSON") == "Hans"


def test_an_unknown_operator_is_an_error():
    with pytest.raises(ValueError, match="unknown operator"):
        build_operator("shred")


def test_describe_never_exposes_the_key():
    assert "key" not in build_operator("pseudonym", key=KEY).describe()
