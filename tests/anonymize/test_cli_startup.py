"""CLI start-up: ``--version`` and bad options load no engine; the models load when a file is analysed."""

from __future__ import annotations

import io
import subprocess
import sys
import tomllib
from pathlib import Path

import anonymize
from anonymize.cli import EXIT_INPUT, EXIT_OK, LazyAnalyzer, main
from tests.conftest import customers_csv

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("pandas", "pyarrow", "presidio_analyzer", "spacy")


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )


def test_version_answers_without_importing_the_engine() -> None:
    result = _python(
        "import sys\nfrom anonymize.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit as exit:\n    code = exit.code\n"
        f"print(code, [m for m in {HEAVY!r} if m in sys.modules])"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"anonymize {anonymize.__version__}", "0 []"]


def test_the_package_version_is_the_projects() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert anonymize.__version__ == project["version"]


def test_a_bad_option_is_refused_without_importing_the_engine() -> None:
    result = _python(
        "import sys\nfrom anonymize.cli import main\n"
        "try:\n    main(['in.csv', '--out', 'x', '--k', 'many'])\nexcept SystemExit as exit:\n    code = exit.code\n"
        f"print(code, [m for m in {HEAVY!r} if m in sys.modules])"
    )
    assert result.stdout.strip() == "2 []", result.stderr
    assert "invalid int value" in result.stderr


def test_a_file_refused_before_any_cell_is_read_loads_no_model(tmp_path: Path) -> None:
    source = tmp_path / "customers.csv"
    source.write_bytes(customers_csv(rows=5))
    result = _python(
        "import io\nfrom anonymize.cli import main\n"
        f"code = main([{str(source)!r}, '--out', {str(tmp_path)!r}], stdout=io.StringIO(), stderr=io.StringIO())\n"
        "from anonymize.engine import _cached_analyzer\n"
        "print(code, _cached_analyzer.cache_info().currsize)"
    )
    assert result.stdout.strip() == f"{EXIT_INPUT} 0", result.stderr  # output over the input: refused


def test_a_table_run_through_the_lazy_analyzer_equals_a_run_with_the_built_one(tmp_path: Path) -> None:
    from anonymize.engine import get_analyzer
    from anonymize.pipeline import run

    source = tmp_path / "in" / "customers.csv"
    source.parent.mkdir()
    source.write_bytes(customers_csv(rows=30))
    out = io.StringIO()
    assert main([str(source), "--out", str(tmp_path / "cli")], stdout=out, stderr=io.StringIO()) == EXIT_OK
    run(source, tmp_path / "eager", analyzer=get_analyzer())
    assert (tmp_path / "cli" / "customers.csv").read_bytes() == (
        tmp_path / "eager" / "customers.csv"
    ).read_bytes()
    assert "Zebulon" not in (tmp_path / "cli" / "customers.csv").read_text()
    assert LazyAnalyzer().nlp_engine is get_analyzer().nlp_engine
