"""Vanilla Presidio peers for the detection benchmark, on the same spaCy model as Shoal.

* ``batch``: `BatchAnalyzerEngine` (batch size 64, ``--n-process``) + `AnonymizerEngine` ``replace``
  on every text: each TXT line, each JSONL string leaf, each table cell.
* ``structured``: presidio-structured — `PandasAnalysisBuilder` picks one entity per column from
  every row, `StructuredEngine` replaces the whole cells of those columns.

Outputs keep the input's name and format in ``--out`` (tables are written back as strings).
``python -m bench.peers {batch,structured} INPUT --out DIR [--n-process N]`` runs one file in its
own process: the benchmark times that whole process, start-up included.
"""

from __future__ import annotations

import argparse
import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

BATCH_SIZE = 64
LANGUAGE = "en"


def peer_engines() -> tuple[Any, Any]:
    """Presidio's analyzer (predefined recognizers, stock spaCy engine on Shoal's model) and anonymizer."""
    from bench.bench_engine import naive_engines

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    return naive_engines()


def anonymize_texts(
    analyzer: Any, anonymizer: Any, texts: Sequence[str], *, n_process: int = 1, batch_size: int = BATCH_SIZE
) -> list[str]:
    """``texts`` with every finding replaced by ``<ENTITY_TYPE>`` (blank texts untouched)."""
    from presidio_analyzer import BatchAnalyzerEngine
    from presidio_anonymizer.entities import OperatorConfig

    wanted = [i for i, t in enumerate(texts) if t.strip()]
    batch = BatchAnalyzerEngine(analyzer_engine=analyzer)
    results = batch.analyze_iterator(
        [texts[i] for i in wanted], language=LANGUAGE, batch_size=batch_size, n_process=n_process
    )
    out = list(texts)
    operators = {"DEFAULT": OperatorConfig("replace")}
    for i, found in zip(wanted, results, strict=True):
        if found:
            out[i] = anonymizer.anonymize(text=texts[i], analyzer_results=found, operators=operators).text
    return out


# --- files ------------------------------------------------------------------------------------------


def _leaf_refs(value: Any, refs: list[tuple[Any, Any]], parent: Any, key: Any) -> None:
    if isinstance(value, str):
        refs.append((parent, key))
    elif isinstance(value, dict):
        for k, v in value.items():
            _leaf_refs(v, refs, value, k)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _leaf_refs(v, refs, value, i)


def text_units(path: Path, fmt: str) -> list[str]:
    """The texts a peer analyses in a TXT or JSONL file: non-blank lines, or every string leaf."""
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if fmt == "txt":
        return [line for line in lines if line.strip()]
    texts: list[str] = []
    for line in lines:
        if line.strip():
            refs: list[tuple[Any, Any]] = []
            holder = [json.loads(line)]
            _leaf_refs(holder[0], refs, holder, 0)
            texts.extend(parent[key] for parent, key in refs)
    return texts


def text_file(
    path: Path, out_dir: Path, fmt: str, analyzer: Any, anonymizer: Any, *, n_process: int = 1
) -> int:
    """Anonymise a TXT/JSONL file into ``out_dir`` (same name); returns the number of texts analysed."""
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if fmt == "txt":
        outputs = anonymize_texts(analyzer, anonymizer, lines, n_process=n_process)
        count = sum(1 for line in lines if line.strip())
    else:
        holders: list[list[Any] | None] = []
        refs: list[tuple[Any, Any]] = []
        for line in lines:
            if not line.strip():
                holders.append(None)
                continue
            holder = [json.loads(line)]
            _leaf_refs(holder[0], refs, holder, 0)
            holders.append(holder)
        new = anonymize_texts(
            analyzer, anonymizer, [parent[key] for parent, key in refs], n_process=n_process
        )
        for (parent, key), value in zip(refs, new, strict=True):
            parent[key] = value
        outputs = ["" if h is None else json.dumps(h[0], ensure_ascii=False) for h in holders]
        count = len(refs)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / path.name).write_text("\n".join(outputs) + "\n", encoding="utf-8")
    return count


def read_table(path: Path, fmt: str) -> pd.DataFrame:
    """A table with every cell as a string (missing values as empty strings)."""
    if fmt == "parquet":
        return pd.read_parquet(path).astype(str)
    sep = "\t" if fmt == "tsv" else ","
    return pd.read_csv(path, dtype=str, keep_default_na=False, sep=sep, encoding="utf-8")


def write_table(frame: pd.DataFrame, path: Path, fmt: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "parquet":
        frame.astype(str).to_parquet(path, index=False)
    else:
        frame.to_csv(path, index=False, sep="\t" if fmt == "tsv" else ",", encoding="utf-8")


def table_format(path: Path) -> str:
    return {".csv": "csv", ".tsv": "tsv", ".parquet": "parquet", ".txt": "txt", ".jsonl": "jsonl"}[
        path.suffix
    ]


def batch_table(path: Path, out_dir: Path, analyzer: Any, anonymizer: Any, *, n_process: int = 1) -> int:
    """Every cell through Batch analysis + replace; returns the number of cells."""
    fmt = table_format(path)
    frame = read_table(path, fmt)
    cells = [str(v) for v in frame.to_numpy().ravel()]
    new = anonymize_texts(analyzer, anonymizer, cells, n_process=n_process)
    out = pd.DataFrame(
        [new[i : i + frame.shape[1]] for i in range(0, len(new), frame.shape[1])], columns=frame.columns
    )
    write_table(out, out_dir / path.name, fmt)
    return frame.size


def structured_table(path: Path, out_dir: Path, analyzer: Any, *, n_process: int = 1) -> int:
    """presidio-structured: one entity per column (most common over all rows), whole cells replaced."""
    from presidio_anonymizer.entities import OperatorConfig
    from presidio_structured import PandasAnalysisBuilder, StructuredEngine

    fmt = table_format(path)
    frame = read_table(path, fmt)
    builder = PandasAnalysisBuilder(analyzer=analyzer, n_process=n_process, batch_size=BATCH_SIZE)
    analysis = builder.generate_analysis(frame, language=LANGUAGE)
    out = StructuredEngine().anonymize(frame, analysis, operators={"DEFAULT": OperatorConfig("replace")})
    write_table(out, out_dir / path.name, fmt)  # type: ignore[arg-type]
    return frame.size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("peer", choices=["batch", "structured"])
    parser.add_argument("input", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--n-process", type=int, default=1)
    args = parser.parse_args()
    analyzer, anonymizer = peer_engines()
    fmt = table_format(args.input)
    if args.peer == "structured":
        count = structured_table(args.input, args.out, analyzer, n_process=args.n_process)
    elif fmt in {"txt", "jsonl"}:
        count = text_file(args.input, args.out, fmt, analyzer, anonymizer, n_process=args.n_process)
    else:
        count = batch_table(args.input, args.out, analyzer, anonymizer, n_process=args.n_process)
    print(json.dumps({"input": args.input.name, "units": count}))


if __name__ == "__main__":
    main()
