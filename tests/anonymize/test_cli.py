from __future__ import annotations

import io
import json
import logging

import pandas as pd
import pytest
from faker import Faker

from anonymize.cli import EXIT_INPUT, EXIT_OK, main
from bench.datagen import make_customers

fake = Faker("de_DE")
fake.seed_instance(77)
CANARIES = {
    "col1": "Quirinus Zebedäus-Canary",
    "ref": "quirinus.canary@example.org",
    "contact": "+49 30 901820",
    "col4": fake.iban(),
}
NOTE_CANARY = "canary.notes@example.net"


@pytest.fixture
def customers_csv(tmp_path):
    frame, _ = make_customers(80, seed=3)
    for column, value in CANARIES.items():
        frame.loc[7, column] = value
    frame.loc[7, "notes"] = f"Please answer to {NOTE_CANARY} today."
    path = tmp_path / "in" / "customers.csv"
    path.parent.mkdir()
    frame.to_csv(path, index=False)
    return path


def _run(argv):
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_it_writes_the_output_the_report_and_spans(tmp_path, customers_csv):
    out_dir = tmp_path / "out"
    code, stdout, _ = _run([customers_csv, "--out", out_dir, "--spans", tmp_path / "spans.jsonl", "--k", "2"])
    assert code == EXIT_OK
    summary = json.loads(stdout)
    assert summary["rows"] == 80
    output = pd.read_csv(out_dir / "customers.csv", dtype=str, keep_default_na=False)
    original = pd.read_csv(customers_csv, dtype=str, keep_default_na=False)
    assert list(output.columns) == list(original.columns) and len(output) == len(original)
    report = json.loads((out_dir / "customers.csv.report.json").read_text())
    assert report["rows"] == 80 and report["selfcheck"]["passed"] is True
    assert {"presidio-analyzer", "spacy", "pyarrow"} <= set(report["tool_versions"])
    assert report["risk"]["before"] and report["risk"]["after"]
    assert (tmp_path / "spans.jsonl").read_text().strip()


def test_canary_values_appear_nowhere_in_output_report_spans_or_logs(tmp_path, customers_csv, caplog):
    caplog.set_level(logging.DEBUG)
    report_path = tmp_path / "r.json"
    spans_path = tmp_path / "s.jsonl"
    code, stdout, stderr = _run(
        [customers_csv, "--out", tmp_path / "out", "--report", report_path, "--spans", spans_path]
    )
    assert code == EXIT_OK
    haystacks = {
        "output": (tmp_path / "out" / "customers.csv").read_text(encoding="utf-8"),
        "report": report_path.read_text(encoding="utf-8"),
        "spans": spans_path.read_text(encoding="utf-8"),
        "stdout": stdout,
        "stderr": stderr,
        "logs": caplog.text,
    }
    for where, text in haystacks.items():
        for canary in [*CANARIES.values(), NOTE_CANARY]:
            assert canary not in text, f"canary leaked into {where}"
            assert canary.replace(" ", "") not in text.replace(" ", ""), f"canary leaked into {where}"


def test_a_plan_file_and_no_risk_are_honoured(tmp_path, customers_csv):
    plan = {
        "columns": [{"name": "col1", "kind": "direct_identifier", "entity": "PERSON", "operator": "drop"}],
        "risk": {"enabled": True},
    }
    plan_path = tmp_path / "plan.json"
    plan_path.write_text(json.dumps(plan))
    code, _, _ = _run([customers_csv, "--out", tmp_path / "out", "--plan", plan_path, "--no-risk"])
    assert code == EXIT_OK
    output = pd.read_csv(tmp_path / "out" / "customers.csv", dtype=str, keep_default_na=False)
    assert set(output["col1"]) == {""}
    assert output["ref"].tolist() == pd.read_csv(customers_csv, dtype=str)["ref"].tolist()
    report = json.loads((tmp_path / "out" / "customers.csv.report.json").read_text())
    assert report["plan"]["risk"]["enabled"] is False and report["risk"] == {}


def test_malformed_input_exits_with_a_readable_error(tmp_path):
    source = tmp_path / "x.csv"
    source.write_text(f"a,b\n{CANARIES['col1']}\n1,2,3\n", encoding="utf-8")
    code, _, stderr = _run([source, "--out", tmp_path / "out"])
    assert code == EXIT_INPUT
    assert stderr.startswith("error: ragged rows")
    assert CANARIES["col1"] not in stderr


def test_a_broken_plan_file_is_an_input_error(tmp_path, customers_csv):
    plan_path = tmp_path / "plan.json"
    plan_path.write_text("{not json")
    code, _, stderr = _run([customers_csv, "--out", tmp_path / "out", "--plan", plan_path])
    assert code == EXIT_INPUT and "plan file" in stderr


def test_it_runs_as_a_django_management_command(tmp_path, customers_csv):
    from django.core.management import call_command

    out = io.StringIO()
    call_command("anonymize", str(customers_csv), "--out", str(tmp_path / "out"), "--no-risk", stdout=out)
    assert json.loads(out.getvalue())["rows"] == 80
    assert (tmp_path / "out" / "customers.csv").exists()


def test_the_management_command_fails_on_bad_input(tmp_path):
    from django.core.management import call_command
    from django.core.management.base import CommandError

    source = tmp_path / "x.csv"
    source.write_bytes(b"")
    with pytest.raises(CommandError):
        call_command("anonymize", str(source), "--out", str(tmp_path / "out"), stderr=io.StringIO())


def test_a_plan_that_keeps_identifiers_fails_the_self_check_without_printing_them(tmp_path, customers_csv):
    from anonymize.cli import EXIT_SELFCHECK

    plan = {"columns": [{"name": "ref", "kind": "not_personal", "operator": "keep"}]}
    plan_path = tmp_path / "plan.json"
    plan_path.write_text(json.dumps(plan))
    code, stdout, stderr = _run([customers_csv, "--out", tmp_path / "out", "--plan", plan_path])
    assert code == EXIT_SELFCHECK
    assert "self-check failed" in stderr and "EMAIL_ADDRESS in ref" in stderr
    report = json.loads((tmp_path / "out" / "customers.csv.report.json").read_text())
    assert report["selfcheck"]["passed"] is False
    assert not (tmp_path / "out" / "customers.csv").exists()
    assert {
        "column": "ref",
        "entity_type": "EMAIL_ADDRESS",
        "count": report["selfcheck"]["findings"][0]["count"],
    } in report["selfcheck"]["findings"]
    assert CANARIES["ref"] not in stderr + stdout + json.dumps(report)


def _manage(*args, cwd=None):
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    return subprocess.run(
        [sys.executable, str(repo / "manage.py"), *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd or repo,
        timeout=300,
    )


def test_manage_py_anonymize_runs_without_django_setup_and_keeps_the_contract(tmp_path, customers_csv):
    done = _manage("anonymize", customers_csv, "--out", tmp_path / "out", "--no-risk")
    assert done.returncode == EXIT_OK, done.stderr[-500:]
    assert json.loads(done.stdout.strip().splitlines()[-1])["rows"] == 80
    assert (tmp_path / "out" / "customers.csv").exists()
    assert all(value not in done.stdout + done.stderr for value in CANARIES.values())


def test_manage_py_anonymize_fails_on_bad_input_with_the_commands_exit_code(tmp_path):
    source = tmp_path / "x.csv"
    source.write_bytes(b"")
    done = _manage("anonymize", source, "--out", tmp_path / "out")
    assert done.returncode == EXIT_INPUT
    assert done.stderr.startswith("error: ") and "CommandError: anonymisation failed" in done.stderr
