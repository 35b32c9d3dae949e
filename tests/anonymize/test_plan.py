from __future__ import annotations

import json

import pytest

from anonymize.plan import (
    PLAN_VERSION,
    ColumnPlan,
    OperatorSpec,
    Plan,
    RiskSettings,
    confirm_quasi_identifiers,
    propose_plan,
)
from anonymize.profile import DIRECT, FREE_TEXT, NOT_PERSONAL, QUASI, ColumnProfile, Profile


def _profile() -> Profile:
    return Profile(
        columns=[
            ColumnProfile("col1", DIRECT, "PERSON", None, 0.9),
            ColumnProfile("col7", QUASI, "POSTCODE", "postcode", 0.8),
            ColumnProfile("col10", QUASI, "DATE_OF_BIRTH", "date", 0.8),
            ColumnProfile("notes", FREE_TEXT, None, None, 0.7),
            ColumnProfile("col13", NOT_PERSONAL, None, None, 0.6),
        ]
    )


def test_the_proposed_plan_has_sensible_defaults_per_kind():
    plan = propose_plan(_profile(), k=7)
    by_name = {c.name: c for c in plan.columns}
    assert by_name["col1"].operator.name == "placeholder"
    assert by_name["col7"].operator == OperatorSpec("generalize", {"qi_type": "postcode", "keep": 2})
    assert by_name["col10"].operator.params["qi_type"] == "date"
    assert by_name["notes"].scan and by_name["notes"].operator.name == "keep"
    assert by_name["col13"].operator.name == "keep" and not by_name["col13"].scan
    assert plan.risk.k == 7
    assert plan.risk.quasi_identifiers == {"col7": "postcode", "col10": "date"}


def test_a_plan_round_trips_through_json():
    plan = propose_plan(_profile())
    plan.columns[0].operator = OperatorSpec("pseudonym", {"length": 12})
    plan.columns[3].text_operators = {"PHONE_NUMBER": OperatorSpec("mask", {"keep_last": 2})}
    plan.risk.levels = {"col7": 3, "col10": 1}
    text = plan.to_json()
    assert json.loads(text)["version"] == PLAN_VERSION
    assert Plan.from_json(text) == plan


def test_a_plan_rejects_unknown_operators_and_embedded_keys():
    with pytest.raises(ValueError, match="unknown operator"):
        Plan.from_dict({"columns": [{"name": "a", "operator": "shred"}]})
    with pytest.raises(ValueError, match="key"):
        OperatorSpec("pseudonym", {"key": "secret"})


def test_a_plan_from_a_newer_engine_is_refused():
    with pytest.raises(ValueError, match="newer"):
        Plan.from_dict({"version": PLAN_VERSION + 1})


def test_risk_settings_reject_unknown_qi_types():
    with pytest.raises(ValueError, match="quasi-identifier type"):
        RiskSettings.from_dict({"quasi_identifiers": {"a": "shoe size"}})


def test_operators_can_be_written_as_bare_names():
    plan = Plan.from_dict({"columns": [{"name": "a", "operator": "drop"}]})
    assert plan.columns[0] == ColumnPlan(name="a", kind=NOT_PERSONAL, operator=OperatorSpec("drop"))
    assert plan.column("a") is plan.columns[0]
    assert plan.column("b") is None


def test_profiled_quasi_identifiers_are_proposed_confirmed_and_rare_categories_await_confirmation():
    profile = Profile(
        columns=[
            ColumnProfile("land", QUASI, "COUNTRY", "category", 0.9),
            ColumnProfile("status", QUASI, "MARITAL_STATUS", "category", 0.9),
            ColumnProfile("tier", NOT_PERSONAL, None, "category", 0.6, {"rare_categories": 0.03}),
            ColumnProfile("no", DIRECT, "RECORD_ID", None, 0.9),
            ColumnProfile("channel", NOT_PERSONAL, None, None, 0.6),
        ]
    )

    plan = propose_plan(profile)

    assert plan.risk.quasi_identifiers == {"land": "category", "status": "category"}
    assert plan.risk.proposed["land"]["confirmed"] and plan.risk.proposed["land"]["entity"] == "COUNTRY"
    assert plan.risk.proposed["tier"]["confirmed"] is False
    assert "3%" in plan.risk.proposed["tier"]["reason"]
    assert "no" not in plan.risk.proposed and "channel" not in plan.risk.proposed
    assert plan.column("tier").operator.name == "keep"

    confirm_quasi_identifiers(plan, ["tier"])

    assert plan.risk.quasi_identifiers["tier"] == "category" and plan.risk.proposed["tier"]["confirmed"]
    assert plan.column("tier").operator == OperatorSpec("generalize", {"qi_type": "category"})
    with pytest.raises(ValueError, match="not a proposed"):
        confirm_quasi_identifiers(plan, ["channel"])


def test_a_plan_stored_before_the_new_risk_fields_still_loads():
    old = propose_plan(_profile()).to_dict()
    for key in ("l", "proposed", "overrides"):
        del old["risk"][key]

    plan = Plan.from_dict(old)

    assert (plan.risk.l, plan.risk.proposed, plan.risk.overrides) == (0, {}, [])
    assert Plan.from_json(plan.to_json()) == plan
