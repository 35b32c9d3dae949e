"""Detection benchmark on names, streets and cities the engine's lists never held.

Generates the held-out sets (`HELD_OUT`: the fresh one, written apart from the engine work and never
read while tuning, and `bench.detection.blindset`, whose breakdown was read once) and/or the sets that
guided fixes and are labelled so (the dev sets and every blind set held out until its breakdown was
read to fix what it showed; each module's data card says when), each by another author, then, in one
run and on the same spaCy model:

* Shoal: `anonymize.pipeline.run` on every file in-process; a `SelfCheckError` is a refusal (rate
  reported per set) and the file is re-run with ``selfcheck=False`` so its leak figures exist. Scored
  with `bench.detection.format.score_file`: PERSON leak, every personal value's leak, utility kept,
  leaks by tag, lost utility by kind and shape, top leak shapes; canary scan of every output, report,
  spans file and the captured logging/stdout.
* Peers (`bench.peers`): Presidio `BatchAnalyzerEngine` (batch 64, ``n_process`` 1 and 2) +
  `AnonymizerEngine` replace on the same texts and cells; presidio-structured on the tables.
* Speed: texts/s of Shoal's whole `pipeline.run` on the text files vs the batch peer (n_process=1),
  best of two interleaved runs; tables: cells/s of whole processes, start-up included
  (``manage.py anonymize FILE --out DIR`` vs ``python -m bench.peers batch|structured FILE``).

Output shows counts, rates, tags and value *shapes* only, never a planted value.
``python -m bench.bench_detection [--set blind|blind3|blind4|blind5|blind6|blind7|blind8|blind9|blind10|blind11|blind12|blind13|blind14|blind15|blind16|blind17|blind18|blind19|blind20|blind21|blind22|dev|dev2|both|all] [--scale F] [--json PATH] [--skip-peers]``
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import hashlib
import importlib
import io
import json
import logging
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bench.detection.format import FileSet, Tally, find_canaries, read_records, score_file

REPO = Path(__file__).resolve().parent.parent
TOP = 12
#: How PERSON tags are grouped when printed; tags in no group are cues (families, roles).
TAG_DIMENSIONS: dict[str, tuple[str, ...]] = {
    "case": ("title", "lower", "upper"),
    "source": ("mimesis", "invented", "non_european"),
}
Generator = Callable[..., list[FileSet]]


# --- sets ---------------------------------------------------------------------------------------------


#: Benchmark sets: the held-out ones (never read while tuning) and those that guided fixes.
SET_MODULES = {
    "blind": "blindset",
    "blind3": "blindset3",
    "blind4": "blindset4",
    "blind5": "blindset5",
    "blind6": "blindset6",
    "blind7": "blindset7",
    "blind8": "blindset8",
    "blind9": "blindset9",
    "blind10": "blindset10",
    "blind11": "blindset11",
    "blind12": "blindset12",
    "blind13": "blindset13",
    "blind14": "blindset14",
    "blind15": "blindset15",
    "blind16": "blindset16",
    "blind17": "blindset17",
    "blind18": "blindset18",
    "blind19": "blindset19",
    "blind20": "blindset20",
    "blind21": "blindset21",
    "blind22": "blindset22",
    "dev": "devset",
    "dev2": "devset2",
}
#: Held-out sets (written apart from the engine, never read while tuning): their breakdowns are withheld.
HELD_OUT = frozenset({"blind", "blind22"})


def load_generator(label: str) -> Generator | None:
    """The ``generate`` function of a set's module, or None when the module does not exist (yet)."""
    module_name = f"bench.detection.{SET_MODULES[label]}"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return None
        raise
    return module.generate  # type: ignore[no-any-return]


def input_path(file_set: FileSet, in_dir: Path) -> Path:
    path = Path(file_set.path)
    return path if path.is_absolute() else in_dir / path


def output_path(file_set: FileSet, in_dir: Path, out_dir: Path) -> Path:
    return out_dir / input_path(file_set, in_dir).name


def for_language(file_set: FileSet, lang: str) -> FileSet:
    """The file's truth restricted to values of one language (``lang:`` tag, else the file's)."""

    def language(tags: list[str]) -> str:
        return next((t[5:] for t in tags if t.startswith("lang:")), file_set.language)

    records = [[p for p in record if language(p.tags) == lang] for record in file_set.records]
    return dataclasses.replace(file_set, records=records, id_columns=[])


def languages(file_set: FileSet) -> set[str]:
    found = {t[5:] for r in file_set.records for p in r for t in p.tags if t.startswith("lang:")}
    return found or {file_set.language}


# --- scoring ------------------------------------------------------------------------------------------


@dataclasses.dataclass
class Scored:
    """One engine's outputs for one set, scored."""

    engine: str
    by_kind: dict[str, Tally] = dataclasses.field(default_factory=dict)
    by_language: dict[str, Tally] = dataclasses.field(default_factory=dict)
    missing: list[str] = dataclasses.field(default_factory=list)

    def add_file(self, file_set: FileSet, outputs: list[dict[str, str]]) -> None:
        tally = score_file(file_set, outputs)
        self.by_kind.setdefault(file_set.kind, Tally()).add(tally)
        self.by_kind.setdefault("all", Tally()).add(tally)
        for lang in sorted(languages(file_set)):
            part = score_file(for_language(file_set, lang), outputs)
            self.by_language.setdefault(lang, Tally()).add(part)


def score_dir(engine: str, sets: list[FileSet], in_dir: Path, out_dir: Path, kinds: set[str]) -> Scored:
    scored = Scored(engine)
    for file_set in sets:
        if file_set.kind not in kinds:
            continue
        path = output_path(file_set, in_dir, out_dir)
        if not path.exists():
            scored.missing.append(file_set.name)
            continue
        outputs = read_records(path, file_set.fmt)
        if file_set.kind == "table":
            outputs = with_input_header(outputs, read_records(input_path(file_set, in_dir), file_set.fmt))
        scored.add_file(file_set, outputs)
    return scored


def with_input_header(outputs: list[dict[str, str]], inputs: list[dict[str, str]]) -> list[dict[str, str]]:
    """Output rows keyed by the input's column names, by position: a header cell the engine renamed
    (``column_5`` for a header it read as a person's name) must not hide that column's cells from the
    scoring, leaks or kept values alike."""
    if not outputs or not inputs:
        return outputs
    before, after = list(inputs[0]), list(outputs[0])
    if before == after or len(before) != len(after):
        return outputs
    return [dict(zip(before, row.values(), strict=True)) for row in outputs]


def figures(tally: Tally) -> dict[str, Any]:
    planted_other = sum(v for k, v in tally.planted.items() if k != "PERSON")
    leaks_other = sum(v for k, v in tally.leaks.items() if k != "PERSON")
    return {
        "person_leak": _rate(tally.leaks["PERSON"], tally.planted["PERSON"]),
        "personal_leak": _rate(sum(tally.leaks.values()), sum(tally.planted.values())),
        "other_personal_leak": _rate(leaks_other, planted_other),
        "utility": _rate(sum(tally.utility_kept.values()), sum(tally.utility.values()), empty=1.0),
        "person_planted": tally.planted["PERSON"],
        "personal_planted": sum(tally.planted.values()),
        "utility_planted": sum(tally.utility.values()),
    }


def _rate(part: int, total: int, empty: float = 0.0) -> float:
    return round(part / total, 4) if total else empty


# --- Shoal --------------------------------------------------------------------------------------------


@contextlib.contextmanager
def captured(sink: list[str]) -> Iterator[None]:
    """Capture logging (INFO and up, every logger), stdout and stderr into ``sink``."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(min(old_level, logging.INFO) if old_level else logging.INFO)
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            yield
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        sink.extend([buffer.getvalue(), out.getvalue(), err.getvalue()])


def run_shoal(
    sets: list[FileSet], in_dir: Path, out_dir: Path, analyzer: Any, logs: list[str]
) -> dict[str, Any]:
    """Run the pipeline on every file; refusals re-run without the self-check. Per-file facts."""
    from anonymize.errors import SelfCheckError
    from anonymize.pipeline import run

    facts: dict[str, Any] = {}
    for file_set in sets:
        source = input_path(file_set, in_dir)
        spans = out_dir / f"{source.name}.spans.jsonl"
        entry: dict[str, Any] = {"kind": file_set.kind, "refused": False, "error": None}
        started = time.perf_counter()
        try:
            with captured(logs):
                run(source, out_dir, analyzer=analyzer, spans_path=spans)
        except SelfCheckError:
            entry["refused"] = True
        except Exception as exc:  # an engine failure is a finding: its type and where, never its message
            entry["error"] = f"{type(exc).__name__} at {_where(exc)}"
        entry["seconds"] = round(time.perf_counter() - started, 3)
        if entry["refused"]:
            with captured(logs):
                run(source, out_dir, analyzer=analyzer, spans_path=spans, selfcheck=False)
        facts[file_set.name] = entry
    return facts


def _where(exc: BaseException) -> str:
    """``file:line`` of the deepest engine frame of an exception (and of the deepest frame overall)."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if f"{REPO.name}/anonymize/" in f.filename]
    deepest = frames[-1] if frames else None
    parts = [f"{Path(f.filename).name}:{f.lineno}" for f in [*ours[-1:], deepest] if f is not None]
    return " / ".join(dict.fromkeys(parts)) or "?"


def engine_state() -> dict[str, Any]:
    """The engine's commit, whether its tree differs from it, and a digest of its sources."""
    digest = hashlib.sha256()
    for path in sorted((REPO / "anonymize").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(REPO).as_posix().encode())
            digest.update(path.read_bytes())

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=False)
        return done.stdout.strip()

    changed = git("diff", "--name-only", "HEAD", "--", "anonymize")
    return {
        "commit": git("rev-parse", "--short", "HEAD") or "?",
        "uncommitted_files": len(changed.splitlines()) if changed else 0,
        "digest": digest.hexdigest()[:12],
    }


def time_shoal_texts(sets: list[FileSet], in_dir: Path, out_dir: Path, analyzer: Any) -> float:
    """Seconds of the whole pipeline on every text file (a refusal ends a file's run, as in use)."""
    from anonymize.errors import SelfCheckError
    from anonymize.pipeline import run

    sink: list[str] = []
    started = time.perf_counter()
    for file_set in sets:
        if file_set.kind == "text":
            with captured(sink), contextlib.suppress(SelfCheckError):
                run(input_path(file_set, in_dir), out_dir, analyzer=analyzer)
    return time.perf_counter() - started


# --- peers --------------------------------------------------------------------------------------------


def run_peer_texts(
    sets: list[FileSet], in_dir: Path, out_dir: Path, engines: tuple[Any, Any], n_process: int
) -> tuple[float, int]:
    """The batch peer on every text file: (seconds, texts)."""
    from bench.peers import text_file

    analyzer, anonymizer = engines
    texts = 0
    started = time.perf_counter()
    for file_set in sets:
        if file_set.kind == "text":
            texts += text_file(
                input_path(file_set, in_dir), out_dir, file_set.fmt, analyzer, anonymizer, n_process=n_process
            )
    return time.perf_counter() - started, texts


def timed_process(command: list[str]) -> tuple[float, int]:
    """Seconds and exit code of a whole subprocess run from the repository root."""
    started = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    return time.perf_counter() - started, done.returncode


def table_cells(file_set: FileSet, in_dir: Path) -> int:
    from bench.peers import read_table

    return int(read_table(input_path(file_set, in_dir), file_set.fmt).size)


# --- one set ------------------------------------------------------------------------------------------


def bench_set(
    label: str, generate: Generator, work: Path, scale: float, analyzer: Any, peers: tuple[Any, Any] | None
) -> dict[str, Any]:
    """Generate, run, score and time one set; returns every figure."""
    in_dir = work / label / "input"
    sets = generate(in_dir, scale=scale)  # each set at its own default seed
    text_sets = [s for s in sets if s.kind == "text"]
    table_sets = [s for s in sets if s.kind == "table"]
    result: dict[str, Any] = {
        "label": label,
        "guided_fixes": any(s.guided_fixes for s in sets),
        "files": {s.name: {"kind": s.kind, "fmt": s.fmt, "records": len(s.records)} for s in sets},
    }
    logs: list[str] = []
    shoal_dir = work / label / "shoal"
    print(f"[{label}] {len(sets)} files generated; running Shoal…", file=sys.stderr)
    facts = run_shoal(sets, in_dir, shoal_dir, analyzer, logs)
    result["shoal_files"] = facts
    all_sets = sets
    sets = [s for s in sets if not facts[s.name]["error"]]  # a file Shoal failed on is scored for nobody
    shoal = score_dir("shoal", sets, in_dir, shoal_dir, {"text", "table"})
    outputs = [p for p in shoal_dir.iterdir() if p.is_file()]
    canaries = sorted({c for s in all_sets for c in s.canaries})
    result["canaries"] = {"planted": len(canaries), "found_in": find_canaries(canaries, outputs, logs)}
    engines: dict[str, Scored] = {"Shoal": shoal}

    speed: dict[str, Any] = {}
    shoal_text_seconds = sum(facts[s.name]["seconds"] for s in text_sets)
    if peers is not None and text_sets:
        print(f"[{label}] text peers…", file=sys.stderr)
        b1_dir = work / label / "batch1"
        peer_seconds, texts = run_peer_texts(sets, in_dir, b1_dir, peers, 1)
        shoal_b = time_shoal_texts(sets, in_dir, work / label / "shoal_timing", analyzer)
        peer_b, _ = run_peer_texts(sets, in_dir, work / label / "batch1_timing", peers, 1)
        shoal_best, peer_best = min(shoal_text_seconds, shoal_b), min(peer_seconds, peer_b)
        b2_seconds, _ = run_peer_texts(sets, in_dir, work / label / "batch2", peers, 2)
        engines["Presidio batch n1"] = score_dir("batch1", sets, in_dir, b1_dir, {"text"})
        engines["Presidio batch n2"] = score_dir("batch2", sets, in_dir, work / label / "batch2", {"text"})
        shoal_text = figures(shoal.by_kind.get("text", Tally()))
        peer_text = figures(engines["Presidio batch n1"].by_kind.get("text", Tally()))
        speed["text"] = {
            "texts": texts,
            "shoal_texts_per_s": round(texts / shoal_best, 1),
            "batch_n1_texts_per_s": round(texts / peer_best, 1),
            "batch_n2_texts_per_s": round(texts / b2_seconds, 1),
            "ratio_vs_n1": round(peer_best / shoal_best, 2),
            "shoal_recall": round(1 - shoal_text["personal_leak"], 4),
            "batch_recall": round(1 - peer_text["personal_leak"], 4),
            "shoal_person_recall": round(1 - shoal_text["person_leak"], 4),
            "batch_person_recall": round(1 - peer_text["person_leak"], 4),
        }
    if table_sets:
        print(f"[{label}] tables: whole processes…", file=sys.stderr)
        python = str(REPO / ".venv" / "bin" / "python")
        if not Path(python).exists():
            python = sys.executable
        runs: dict[str, dict[str, Any]] = {}
        commands: dict[str, Callable[[Path, Path], list[str]]] = {
            "Shoal CLI": lambda f, o: [python, "manage.py", "anonymize", str(f), "--out", str(o)],
        }
        if peers is not None:
            commands["Presidio batch n1"] = lambda f, o: [
                python,
                "-m",
                "bench.peers",
                "batch",
                str(f),
                "--out",
                str(o),
            ]
            commands["Presidio batch n2"] = lambda f, o: [
                *[python, "-m", "bench.peers", "batch", str(f), "--out", str(o)],
                *["--n-process", "2"],
            ]
            commands["presidio-structured"] = lambda f, o: [
                *[python, "-m", "bench.peers", "structured", str(f), "--out", str(o)]
            ]
        cells = sum(table_cells(s, in_dir) for s in table_sets)
        for name, command in commands.items():
            out = work / label / name.replace(" ", "_")
            seconds, failures = 0.0, 0
            for file_set in table_sets:
                spent, code = timed_process(command(input_path(file_set, in_dir), out))
                seconds += spent
                failures += code != 0
            runs[name] = {
                "seconds": round(seconds, 2),
                "cells_per_s": round(cells / seconds, 1),
                "exit_failures": failures,
            }
            if name != "Shoal CLI":
                engines.setdefault(name, Scored(name))
                table_scored = score_dir(name, sets, in_dir, out, {"table"})
                if "table" in table_scored.by_kind:
                    engines[name].by_kind["table"] = table_scored.by_kind["table"]
                    engines[name].by_kind.setdefault("all", Tally()).add(table_scored.by_kind["table"])
                engines[name].missing += table_scored.missing
        shoal_rate = runs["Shoal CLI"]["cells_per_s"]
        for name, entry in runs.items():
            if name != "Shoal CLI":
                entry["shoal_ratio"] = round(shoal_rate / entry["cells_per_s"], 2)
        speed["tables"] = {"cells": cells, **runs}
    result["speed"] = speed
    result["engines"] = {
        name: {
            "by_kind": {k: {**figures(t), **t.summary()} for k, t in scored.by_kind.items()},
            "by_language": {k: figures(t) for k, t in sorted(scored.by_language.items())},
            "missing": scored.missing,
        }
        for name, scored in engines.items()
    }
    shoal_all = shoal.by_kind.get("all", Tally())
    result["shoal_detail"] = {
        "leak_shapes": shoal_all.leak_shapes.most_common(40),
        "lost_utility": shoal_all.lost_utility.most_common(40),
        "lost_utility_by_kind": _lost_by_kind(shoal_all),
        "refusals": sum(f["refused"] for f in facts.values()),
        "errors": {n: f["error"] for n, f in facts.items() if f["error"]},
        "refusal_rate": _rate(sum(f["refused"] for f in facts.values()), len(facts)),
        "refused_files": sorted(n for n, f in facts.items() if f["refused"]),
    }
    return result


def _lost_by_kind(tally: Tally) -> dict[str, int]:
    lost: Counter[str] = Counter()
    for key, n in tally.lost_utility.items():
        lost[key.split(" ", 1)[0]] += n
    return dict(lost.most_common())


# --- printing -----------------------------------------------------------------------------------------


def _pct(value: float) -> str:
    return f"{100 * value:5.2f} %"


#: The blind set's breakdowns (per language, entity, tag, leak and loss shapes) say where the engine
#: fails; reading them would make the blind set guide fixes. Only its headline rows are shown unless
#: asked for (and a set whose breakdown was read must be marked as guided from then on).
BLIND_BREAKDOWN_KEYS = ("by_language", "leak_by_tag", "leak_shapes", "lost_utility", "lost_utility_by_kind")


def withhold_blind_breakdown(result: dict[str, Any]) -> dict[str, Any]:
    """A copy of a blind set's result without its breakdowns: headline figures, refusal rate, speed."""
    if result["label"] not in HELD_OUT:
        return result
    clean = json.loads(json.dumps(result))
    clean["shoal_detail"] = {
        k: v for k, v in clean["shoal_detail"].items() if k not in (*BLIND_BREAKDOWN_KEYS, "refused_files")
    }
    for data in clean["engines"].values():
        data.pop("by_language", None)
        for tally in data.get("by_kind", {}).values():
            for key in ("leaks", "leak_by_tag", "utility_by_kind", "planted", "lost_utility"):
                tally.pop(key, None)
    clean["breakdown_withheld"] = True
    return clean


def print_set(result: dict[str, Any]) -> None:
    if result.get("breakdown_withheld"):
        _print_headline(result)
        print(
            "(breakdown withheld for this held-out set: pass --blind-breakdown to see it, and mark the set guided)"
        )
        _print_canaries_and_speed(result)
        return
    _print_headline(result)
    _print_breakdown(result)
    _print_canaries_and_speed(result)


def _print_headline(result: dict[str, Any]) -> None:
    label = result["label"]
    title = f"{label.upper()} SET" if label in HELD_OUT else f"{label.upper()} SET (guided fixes)"
    files = result["files"]
    n_text = sum(1 for f in files.values() if f["kind"] == "text")
    n_table = len(files) - n_text
    detail = result["shoal_detail"]
    print(
        f"\n=== {title} === {n_text} text files, {n_table} tables, {sum(f['records'] for f in files.values())} records"
    )
    print(
        f"Shoal self-check refusals: {detail['refusals']}/{len(files)} files ({_pct(detail['refusal_rate'])})"
        + (f" — {', '.join(detail['refused_files'])}" if detail.get("refused_files") else "")
    )
    if detail.get("errors"):
        print(f"Shoal errors (no output; the file is scored for no engine): {detail['errors']}")
    print(f"{'kind':6} {'engine':22} {'PERSON leak':>16} {'personal leak':>18} {'utility':>18}")
    for kind in ("text", "table", "all"):
        for engine, data in result["engines"].items():
            tally = data["by_kind"].get(kind)
            if not tally:
                continue
            print(
                f"{kind:6} {engine:22} {_pct(tally['person_leak'])} of {tally['person_planted']:5d}"
                f" {_pct(tally['personal_leak'])} of {tally['personal_planted']:6d}"
                f" {_pct(tally['utility'])} of {tally['utility_planted']:6d}"
            )


def _print_breakdown(result: dict[str, Any]) -> None:
    detail = result["shoal_detail"]
    shoal = result["engines"]["Shoal"]
    print("Shoal per language:   PERSON leak        personal leak      utility")
    for lang, fig in shoal["by_language"].items():
        print(
            f"  {lang:8} {_pct(fig['person_leak'])} of {fig['person_planted']:5d}  {_pct(fig['personal_leak'])}"
            f" of {fig['personal_planted']:5d}  {_pct(fig['utility'])}"
        )
    all_kinds = shoal["by_kind"].get("all", {})
    print(
        "Shoal leaks by entity:",
        ", ".join(f"{k} {v}/{all_kinds['planted'][k]}" for k, v in sorted(all_kinds.get("leaks", {}).items()))
        or "none",
    )
    tags = all_kinds.get("leak_by_tag", {})
    person_tags = {
        k.split(":", 1)[1]: v
        for k, v in tags.items()
        if k.startswith("PERSON:") and not k.startswith("PERSON:lang:")
    }
    print("Shoal PERSON leaks by tag (leaked/planted):")
    grouped = {t for members in TAG_DIMENSIONS.values() for t in members}
    for dimension, members in TAG_DIMENSIONS.items():
        shown = [f"{t} {person_tags[t]}" for t in members if t in person_tags]
        if shown:
            print(f"  {dimension:7} " + ", ".join(shown))
    cues = [f"{t} {v}" for t, v in sorted(person_tags.items()) if t not in grouped]
    if cues:
        print("  cue     " + ", ".join(cues))
    other = {
        k: v
        for k, v in tags.items()
        if not k.startswith("PERSON:") and not k.split(":", 1)[1].startswith("lang:")
    }
    if other:
        print("Shoal other personal leaks by tag:", ", ".join(f"{k} {v}" for k, v in sorted(other.items())))
    print(
        "Shoal utility by kind:",
        ", ".join(f"{k} {v}" for k, v in all_kinds.get("utility_by_kind", {}).items()),
    )
    print("Shoal lost utility by kind:", detail["lost_utility_by_kind"] or "none")
    if detail["lost_utility"]:
        print("Shoal lost utility, top shapes:")
        for key, n in detail["lost_utility"][:TOP]:
            print(f"  {n:4d}  {key}")
    if detail["leak_shapes"]:
        print("Shoal top leak shapes (entity, tags, shape):")
        for key, n in detail["leak_shapes"][:TOP]:
            print(f"  {n:4d}  {key}")


def _print_canaries_and_speed(result: dict[str, Any]) -> None:
    canaries = result["canaries"]
    found = canaries["found_in"]
    print(
        f"Canaries: {canaries['planted']} planted; found in {len(found)} places"
        + (f": {found}" if found else "")
    )
    speed = result["speed"]
    if "text" in speed:
        t = speed["text"]
        print(
            f"Speed, text ({t['texts']} texts): Shoal {t['shoal_texts_per_s']} texts/s vs Presidio batch n1"
            f" {t['batch_n1_texts_per_s']} texts/s = {t['ratio_vs_n1']}× (n2 {t['batch_n2_texts_per_s']} texts/s);"
            f" recall Shoal {_pct(t['shoal_recall'])} vs {_pct(t['batch_recall'])}"
            f" (PERSON {_pct(t['shoal_person_recall'])} vs {_pct(t['batch_person_recall'])})"
        )
    if "tables" in speed:
        tables = speed["tables"]
        parts = [f"Shoal CLI {tables['Shoal CLI']['cells_per_s']} cells/s"]
        for name, entry in tables.items():
            if isinstance(entry, dict) and name != "Shoal CLI":
                parts.append(f"{name} {entry['cells_per_s']} cells/s (Shoal {entry['shoal_ratio']}×)")
        failures = {
            n: e["exit_failures"] for n, e in tables.items() if isinstance(e, dict) and e["exit_failures"]
        }
        print(f"Speed, tables ({tables['cells']} cells, whole processes): " + "; ".join(parts))
        if failures:
            print(f"  processes that exited non-zero: {failures}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=[*SET_MODULES, "both", "all"], default="all")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--skip-peers", action="store_true")
    parser.add_argument("--keep", type=Path, default=None, help="work in this directory and keep it")
    parser.add_argument(
        "--blind-breakdown",
        action="store_true",
        help="show the held-out sets' breakdowns (blind, blind22; they then guide fixes)",
    )
    args = parser.parse_args()

    labels = {
        "both": ["blind8", "dev"],
        "all": [
            "blind22",
            "blind21",
            "blind20",
            "blind19",
            "blind18",
            "blind17",
            "blind16",
            "blind15",
            "blind14",
            "blind13",
            "blind12",
            "blind11",
            "blind10",
            "blind9",
            "blind8",
            "blind7",
            "blind6",
            "blind5",
            "blind",
            "blind3",
            "blind4",
            "dev",
            "dev2",
        ],
    }.get(args.set, [args.set])
    generators: dict[str, Generator] = {}
    for label in labels:
        found = load_generator(label)
        if found is None:
            print(f"(the {label} set's module does not exist yet: skipped)")
        else:
            generators[label] = found
    if not generators:
        return
    from anonymize.engine import get_analyzer

    engine_before = engine_state()
    analyzer = get_analyzer()
    peers = None
    if not args.skip_peers:
        from bench.peers import peer_engines

        peers = peer_engines()
    results = []
    with contextlib.ExitStack() as stack:
        work = args.keep or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-detection-")))
        started = time.perf_counter()
        for label, generate in generators.items():
            results.append(bench_set(label, generate, work, args.scale, analyzer, peers))
        elapsed = time.perf_counter() - started
    engine_after = engine_state()
    print(
        f"Detection benchmark, scale {args.scale}, {elapsed:.0f} s (2 shared cores: ratios carry over, not absolutes)"
    )
    dirty = (
        f", {engine_before['uncommitted_files']} uncommitted files"
        if engine_before["uncommitted_files"]
        else ""
    )
    print(f"Engine: commit {engine_before['commit']}{dirty}, sources digest {engine_before['digest']}")
    if engine_after != engine_before:
        print(
            "WARNING: the engine's sources changed during the run (now digest "
            f"{engine_after['digest']}): in-process figures used the code loaded at the start, the CLI "
            "subprocesses whatever was on disk when each started"
        )
    if not args.blind_breakdown:
        results = [withhold_blind_breakdown(result) for result in results]
    for result in results:
        print_set(result)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "scale": args.scale,
            "seconds": round(elapsed, 1),
            "engine": engine_before,
            "engine_after": engine_after,
            "sets": results,
        }
        args.json.write_text(json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
