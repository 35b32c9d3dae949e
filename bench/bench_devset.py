"""Dev-set PII benchmark: vanilla Presidio vs Shoal's analyzer, measured in the same run.

Data: the public dev set ``synth_dataset_v2.json`` (presidio-research, MIT), found at ``$SHOAL_DEVSET``
or ``../shared/data/synth_dataset_v2.json`` relative to the repo. English and US-centric: it is a
sanity check, not the held-out score.

Matching rule: the dataset's types are mapped to each system's vocabulary (`GOLD_TO_SHOAL`,
`GOLD_TO_VANILLA`); a predicted span and a gold span of the same mapped type that share at least one
character match. Recall counts gold spans matched by some prediction, precision counts predictions
matched by some gold span (every prediction counts, whatever its type). Type-agnostic scoring ignores
types. F2 weighs recall four times as much as precision (a leak costs more than a redaction).

Run: ``.venv/bin/python bench/bench_devset.py [--limit N] [--write]``
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from presidio_analyzer import AnalyzerEngine  # noqa: E402
from presidio_analyzer.nlp_engine import NlpEngineProvider  # noqa: E402

from anonymize.engine import get_analyzer, make_tldextract_offline, resolve_model_path  # noqa: E402
from anonymize.recognizers import filter_results  # noqa: E402

GOLD_TO_SHOAL: dict[str, str] = {
    "PERSON": "PERSON",
    "STREET_ADDRESS": "STREET_ADDRESS",
    "GPE": "LOCATION",
    "CREDIT_CARD": "CREDIT_CARD",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "IBAN_CODE": "IBAN_CODE",
    "US_SSN": "US_SSN",
    "IP_ADDRESS": "IP_ADDRESS",
    "ZIP_CODE": "POSTCODE",
    "DATE_TIME": "DATE_TIME",
    "AGE": "AGE",
    "NRP": "NRP",
    "ORGANIZATION": "ORGANIZATION",
    "TITLE": "TITLE",
    "DOMAIN_NAME": "URL",
    "US_DRIVER_LICENSE": "US_DRIVER_LICENSE",
}
GOLD_TO_VANILLA: dict[str, str] = {**GOLD_TO_SHOAL, "STREET_ADDRESS": "LOCATION"}
NOTES = """\
Matching rule: gold types mapped to each system's vocabulary (vanilla Presidio has no STREET_ADDRESS,
so gold addresses map to its LOCATION); a predicted and a gold span of the same mapped type sharing at
least one character match; type-agnostic ignores types. Every prediction counts for precision.
Vanilla = `AnalyzerEngine` with default recognizers, same spaCy model by path, score threshold 0.
Shoal = `get_analyzer()` + `filter_results` (threshold 0.4, false-positive filters).
The vanilla row reproduces the issue author's reference (0.47 typed, 0.78 type-agnostic).
This set is English and US-centric; the held-out set is multilingual and European, so these figures
are a sanity check, not the product's score. Timings share a 2-core machine with other jobs.
"""

#: Predicted types folded into a gold type before matching (a date of birth is a DATE_TIME).
PREDICTED_ALIASES: dict[str, str] = {"DATE_OF_BIRTH": "DATE_TIME"}


@dataclass
class Counts:
    gold: int = 0
    gold_hit: int = 0
    pred: int = 0
    pred_hit: int = 0

    def scores(self) -> tuple[float, float, float]:
        precision = self.pred_hit / self.pred if self.pred else 0.0
        recall = self.gold_hit / self.gold if self.gold else 0.0
        f2 = 5 * precision * recall / (4 * precision + recall) if precision + recall else 0.0
        return precision, recall, f2


@dataclass
class Score:
    per_entity: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    typed: Counts = field(default_factory=Counts)
    agnostic: Counts = field(default_factory=Counts)
    seconds: float = 0.0


def default_devset() -> Path:
    env = os.environ.get("SHOAL_DEVSET")
    if env:
        return Path(env)
    return REPO.parent / "shared" / "data" / "synth_dataset_v2.json"


def vanilla_analyzer() -> AnalyzerEngine:
    """Presidio as shipped: default recognizers, same spaCy model loaded by path, tldextract offline."""
    make_tldextract_offline()
    config = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": str(resolve_model_path())}],
    }
    return AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=config).create_engine())


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_record(score: Score, gold: list[tuple[str, int, int]], pred: list[tuple[str, int, int]]) -> None:
    for counts, typed in ((score.typed, True), (score.agnostic, False)):
        counts.gold += len(gold)
        counts.pred += len(pred)
        counts.gold_hit += sum(
            any(_overlaps((g[1], g[2]), (p[1], p[2])) and (not typed or g[0] == p[0]) for p in pred)
            for g in gold
        )
        counts.pred_hit += sum(
            any(_overlaps((g[1], g[2]), (p[1], p[2])) and (not typed or g[0] == p[0]) for g in gold)
            for p in pred
        )
    for entity in {g[0] for g in gold} | {p[0] for p in pred}:
        counts = score.per_entity[entity]
        golds = [g for g in gold if g[0] == entity]
        preds = [p for p in pred if p[0] == entity]
        counts.gold += len(golds)
        counts.pred += len(preds)
        counts.gold_hit += sum(any(_overlaps((g[1], g[2]), (p[1], p[2])) for p in preds) for g in golds)
        counts.pred_hit += sum(any(_overlaps((g[1], g[2]), (p[1], p[2])) for g in golds) for p in preds)


def evaluate(records: list[dict], analyze, gold_map: dict[str, str]) -> Score:
    score = Score()
    started = time.perf_counter()
    for record in records:
        text = record["full_text"]
        gold = [(gold_map[s["entity_type"]], s["start_position"], s["end_position"]) for s in record["spans"]]
        pred = [(PREDICTED_ALIASES.get(r.entity_type, r.entity_type), r.start, r.end) for r in analyze(text)]
        score_record(score, gold, pred)
    score.seconds = time.perf_counter() - started
    return score


def render(results: dict[str, Score], n_records: int, command: str) -> str:
    names = list(results)
    lines = [
        f"Records: {n_records}. Command: `{command}`",
        "",
        "| system | micro P typed | micro R typed | micro F2 typed | micro F2 type-agnostic | R type-agnostic | seconds |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name in names:
        s = results[name]
        p, r, f2 = s.typed.scores()
        _, ra, f2a = s.agnostic.scores()
        lines.append(f"| {name} | {p:.3f} | {r:.3f} | {f2:.3f} | {f2a:.3f} | {ra:.3f} | {s.seconds:.1f} |")
    lines += ["", "Per entity (mapped gold type; P / R / F2; gold spans, predictions):", ""]
    header = "| entity | " + " | ".join(names) + " |"
    lines += [header, "| --- |" + " --- |" * len(names)]
    entities = sorted({e for s in results.values() for e in s.per_entity})
    for entity in entities:
        cells = []
        for name in names:
            c = results[name].per_entity.get(entity, Counts())
            p, r, f2 = c.scores()
            cells.append(f"{p:.2f} / {r:.2f} / {f2:.2f} ({c.gold}, {c.pred})")
        lines.append(f"| {entity} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=default_devset())
    parser.add_argument("--limit", type=int, default=0, help="score only the first N records")
    parser.add_argument("--write", action="store_true", help="write bench/RESULTS-devset.md")
    args = parser.parse_args(argv)
    records = json.loads(args.devset.read_text(encoding="utf-8"))
    if args.limit:
        records = records[: args.limit]

    vanilla = vanilla_analyzer()
    shoal = get_analyzer()
    results = {
        "Presidio vanilla": evaluate(records, lambda t: vanilla.analyze(t, language="en"), GOLD_TO_VANILLA),
        "Shoal": evaluate(
            records, lambda t: filter_results(t, shoal.analyze(t, language="en")), GOLD_TO_SHOAL
        ),
    }
    command = "python bench/bench_devset.py" + (f" --limit {args.limit}" if args.limit else "")
    report = render(results, len(records), command)
    print(report)
    if args.write:
        out = REPO / "bench" / "RESULTS-devset.md"
        out.write_text(
            "# Dev-set PII benchmark (synth_dataset_v2.json)\n\n" + NOTES + "\n" + report, encoding="utf-8"
        )
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
