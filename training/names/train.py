"""Generate the corpus, train ``shoal_names``, export it to ``anonymize/models/`` and evaluate it.

Usage: ``.venv/bin/python -m training.names.train [--out var/training/names] [--version 0.2.0]
[--skip-generate] [--skip-train] [--max-steps N]``. Then record the model's digests with
``.venv/bin/python -m anonymize.engine --write-manifest --model anonymize/models/shoal_names-<version>``.

Steps: `generate` -> ``spacy train`` (in process, CPU) -> copy ``model-best`` without training-only
settings (corpus paths, the init-time tokenizer callback; the tokenizer rules themselves are saved in
the ``tokenizer`` file) and with only the strings a blank English pipeline needs -> `evaluate`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path

import spacy
from spacy.cli.train import train as spacy_train
from spacy.language import Language

from training.names import evaluate, generate
from training.names.tokenizer import CALLBACK_NAME, make_nlp

MODEL_NAME = "shoal_names"
VERSION = "0.2.0"
CONFIG_PATH = Path(__file__).with_name("config.cfg")
MODELS_DIR = Path("anonymize/models")
DESCRIPTION = (
    "Small multilingual PERSON-only NER (EN, DE, FR, ES, IT, NL, PL, PT, some SV/DA) trained on synthetic "
    "text: CRM notes, tickets, e-mails, chats, hand-overs; lower-case and unseen names; product names, "
    "streets and companies built from names are negatives. Meant to be combined with rules. "
    "See training/names/DATA_CARD.md."
)
SOURCES = [
    {
        "name": "Shoal synthetic corpus (training/names/generate.py): own templates and invented names",
        "license": "MIT",
    },
    {"name": "Faker person/address/company providers (data only)", "url": "https://github.com/joke2k/faker",
     "license": "MIT"},
]  # fmt: skip


def train_model(out: Path, max_steps: int | None) -> tuple[Path, float]:
    """Run ``spacy train`` on ``out``/{train,dev}.spacy; return (model-best path, seconds)."""
    overrides: dict[str, object] = {
        "paths.train": str(out / "train.spacy"),
        "paths.dev": str(out / "dev.spacy"),
    }
    if max_steps:
        overrides["training.max_steps"] = max_steps
    run_dir = out / "run"
    start = time.perf_counter()
    spacy_train(CONFIG_PATH, run_dir, overrides=overrides, use_gpu=-1)
    return run_dir / "model-best", time.perf_counter() - start


def prune_strings(nlp: Language) -> int:
    """Keep only the strings of a blank pipeline plus the labels; return how many were dropped."""
    keep = set(make_nlp().vocab.strings) | {"PERSON"} | set(nlp.get_pipe("ner").labels)
    before = len(nlp.vocab.strings)
    nlp.vocab.strings._reset_and_load(sorted(keep))
    return before - len(nlp.vocab.strings)


def export(best: Path, target: Path, version: str, extra_meta: dict[str, object]) -> Path:
    """Save ``best`` to ``target`` as a self-contained pipeline with Shoal's meta."""
    nlp = spacy.load(best)
    config = nlp._config  # the config saved with the pipeline
    config["paths"]["train"] = None
    config["paths"]["dev"] = None
    if config["initialize"].get("before_init", {}).get("@callbacks") == CALLBACK_NAME:
        config["initialize"]["before_init"] = None  # only needed at training time; rules live in `tokenizer`
    dropped = prune_strings(nlp)
    performance = nlp.meta.get("performance", {})
    nlp.meta["performance"] = {k: v for k, v in performance.items() if not k.endswith("_loss")}
    nlp.meta.update(
        {
            "name": MODEL_NAME,
            "version": version,
            "description": DESCRIPTION,
            "author": "Shoal",
            "email": "",
            "url": "",
            "license": "MIT",
            "spacy_version": ">=3.8.0,<3.9.0",
            "sources": SOURCES,
            **extra_meta,
        }
    )
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    print(f"exported {target} (dropped {dropped} training-only strings)")
    return target


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m training.names.train", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--out", type=Path, default=generate.DEFAULT_OUT, help="work directory (not committed)"
    )
    parser.add_argument("--version", default=VERSION)
    parser.add_argument("--seed", type=int, default=20240611)
    parser.add_argument("--train-size", type=int, default=50_000)
    parser.add_argument("--dev-size", type=int, default=5_000)
    parser.add_argument("--skip-generate", action="store_true", help="reuse existing train/dev.spacy")
    parser.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    parser.add_argument(
        "--skip-train", action="store_true", help="re-export and evaluate the existing run/model-best"
    )
    args = parser.parse_args(argv)

    if not (args.skip_generate or args.skip_train) or not (args.out / "train.spacy").exists():
        generate.main(
            [
                str(args.out),
                "--train",
                str(args.train_size),
                "--dev",
                str(args.dev_size),
                "--seed",
                str(args.seed),
            ]
        )
    seconds_file = args.out / "run" / "train_seconds.txt"
    if args.skip_train:
        best = args.out / "run" / "model-best"
        seconds = float(seconds_file.read_text(encoding="utf-8")) if seconds_file.exists() else 0.0
    else:
        best, seconds = train_model(args.out, args.max_steps)
        seconds_file.write_text(f"{seconds:.0f}\n", encoding="utf-8")
        print(f"training took {seconds / 60:.1f} min")
    target = MODELS_DIR / f"{MODEL_NAME}-{args.version}"
    export(
        best,
        target,
        args.version,
        {"training": {"seconds": round(seconds), "seed": args.seed, "train_examples": args.train_size,
                      "dev_examples": args.dev_size}},
    )  # fmt: skip
    print(f"model size on disk: {dir_size(target) / 1e6:.2f} MB")
    results = {
        "dev": evaluate.evaluate_dev(
            {k: v for k, v in evaluate.load_models(target).items() if "ner only" not in k},
            args.out / "dev.spacy",
        ),
        "synth": evaluate.evaluate_synth(evaluate.load_models(target)),
        "training_seconds": round(seconds),
        "model_bytes": dir_size(target),
    }
    evaluate.report(results)
    (args.out / "results.json").write_text(
        json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"results in {args.out / 'results.json'}")
    print(f"next: .venv/bin/python -m anonymize.engine --write-manifest --model {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
