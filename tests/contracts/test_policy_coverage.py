"""Every branch of ``contracts/policy.py`` is exercised by its tests (measured, not assumed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_policy_tests_cover_every_branch_of_policy_py(tmp_path: Path) -> None:
    data = tmp_path / ".coverage"
    env = os.environ | {"POLICY_EXAMPLES": "300", "COVERAGE_FILE": str(data)}
    run = [
        sys.executable,
        "-m",
        "coverage",
        "run",
        "--branch",
        "--include=contracts/policy.py",
        "-m",
        "pytest",
        "tests/contracts/test_policy.py",
        "-q",
        "-p",
        "no:cacheprovider",
        "-x",
    ]
    result = subprocess.run(run, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    out = tmp_path / "coverage.json"
    subprocess.run(
        [sys.executable, "-m", "coverage", "json", "-o", str(out)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    report = json.loads(out.read_text())
    policy = next(v for k, v in report["files"].items() if k.endswith("contracts/policy.py"))
    summary = policy["summary"]
    assert summary["missing_lines"] == 0, policy["missing_lines"]
    assert summary["missing_branches"] == 0, policy["missing_branches"]
    assert summary["percent_covered"] == 100.0
