"""Writing a version's files: Parquet shards (and JSONL for text), streamed from the members' artifacts.

Files go to deterministic storage names (`version_path`), so a retried build rewrites the same objects.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from django.conf import settings
from django.urls import reverse

from anonymize.dtypes import cast_column, cell_text, unify
from anonymize.io import open_parquet
from pool.croissant import encoding_format
from pool.models import Corpus, CorpusVersion, Dataset
from pool.storage import local_path, sha256_of, store_file


def version_path(corpus: Corpus, number: int, name: str = "") -> str:
    """Deterministic storage name of a version file (a retried build rewrites the same objects)."""
    return f"corpora/{corpus.slug}/v{number}/{name}"


def version_file_url(corpus: Corpus, number: int, name: str) -> str:
    return reverse("api-corpus-version-file", kwargs={"slug": corpus.slug, "number": number, "name": name})


def write_shards(table: pa.Table, tmp: Path, *, jsonl: bool) -> list[tuple[str, Path, int]]:
    shard_rows = max(1, int(settings.SHOAL_SHARD_ROWS))
    outputs: list[tuple[str, Path, int]] = []
    offsets = range(0, max(table.num_rows, 1), shard_rows)
    for index, offset in enumerate(offsets):
        name = f"part-{index:05d}.parquet"
        local = tmp / name
        chunk = table.slice(offset, shard_rows)
        pq.write_table(chunk, local)
        outputs.append((name, local, chunk.num_rows))
    if jsonl:
        local = tmp / "data.jsonl"
        with local.open("w", encoding="utf-8") as fh:
            for batch in table.to_batches(max_chunksize=10_000):
                for row in batch.to_pylist():
                    fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        outputs.append(("data.jsonl", local, table.num_rows))
    return outputs


def store_outputs(
    corpus: Corpus, version: CorpusVersion, outputs: Sequence[tuple[str, Path, int]]
) -> list[dict[str, Any]]:
    files = []
    for name, local, rows in outputs:
        store_file(local, version_path(corpus, version.number, name))
        files.append(
            {
                "name": name,
                "sha256": sha256_of(local),
                "size": local.stat().st_size,
                "rows": rows,
                "media_type": encoding_format(name),
                "url": version_file_url(corpus, version.number, name),
            }
        )
    return files


#: Records read (and treated) at a time while pooling table contributions.
POOL_BATCH_ROWS = 50_000


class ShardWriter:
    """Parquet shards of at most ``SHOAL_SHARD_ROWS`` records, written batch by batch."""

    def __init__(self, tmp: Path, schema: pa.Schema) -> None:
        self.tmp = tmp
        self.schema = schema
        self.limit = max(1, int(settings.SHOAL_SHARD_ROWS))
        self.outputs: list[tuple[str, Path, int]] = []
        self._writer: pq.ParquetWriter | None = None

    def _open(self) -> None:
        name = f"part-{len(self.outputs):05d}.parquet"
        self.outputs.append((name, self.tmp / name, 0))
        self._writer = pq.ParquetWriter(self.tmp / name, self.schema)

    def write(self, table: pa.Table) -> None:
        while table.num_rows:
            if self._writer is None:
                self._open()
            name, path, rows = self.outputs[-1]
            take = min(self.limit - rows, table.num_rows)
            self._writer.write_table(table.slice(0, take))  # type: ignore[union-attr]
            self.outputs[-1] = (name, path, rows + take)
            table = table.slice(take)
            if rows + take >= self.limit:
                self._close()

    def _close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def close(self) -> list[tuple[str, Path, int]]:
        if not self.outputs:  # an empty corpus still has one (empty) shard
            self._open()
        self._close()
        return self.outputs


def _unified_schema(schemas: Sequence[pa.Schema]) -> pa.Schema:
    """The union of the contributions' columns (in order of first appearance), each typed to hold
    every contributor's values (`anonymize.dtypes.unify`: integers widen to decimals, dates to
    timestamps, other clashes to text; a column null everywhere stays null)."""
    fields: dict[str, list[pa.Field]] = {}
    for schema in schemas:
        for column in schema:
            fields.setdefault(column.name, []).append(column)
    return pa.schema([unify(seen, name=name) for name, seen in fields.items()])


def _conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """``table`` with exactly ``schema``'s columns: missing ones null, others cast to the pooled type."""
    arrays = []
    for column in schema:
        if column.name in table.column_names:
            arrays.append(cast_column(table[column.name], column))
        else:
            arrays.append(pa.nulls(table.num_rows, column.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Typed quasi-identifier columns as the text they were parsed from: the risk hierarchies read
    text (a year 1977, not an integer that could pass for a timestamp)."""
    for name in frame.columns:
        if not pd.api.types.is_string_dtype(frame[name]):
            frame[name] = pd.Series(
                [cell_text(v) for v in frame[name].tolist()], index=frame.index, dtype=object
            )
    return frame


class PooledTable:
    """The members' artifacts read as one table, batch by batch (Parquet artifacts are never loaded
    whole; a JSONL one is read into memory, it is a small legacy case)."""

    def __init__(self, paths: Sequence[Path]) -> None:
        self.paths = list(paths)
        self.schema = _unified_schema([self._schema(p) for p in self.paths])

    @staticmethod
    def _schema(path: Path) -> pa.Schema:
        return pq.read_schema(path) if path.suffix.lower() != ".jsonl" else _read_jsonl(path).schema

    def batches(self, columns: Sequence[str] | None = None) -> Iterator[pa.Table]:
        schema = self.schema if columns is None else pa.schema([self.schema.field(c) for c in columns])
        for path in self.paths:
            if path.suffix.lower() == ".jsonl":
                parts: Iterable[pa.RecordBatch] = _read_jsonl(path).to_batches(POOL_BATCH_ROWS)
            else:
                source = open_parquet(path)  # streaming: no pre-buffered file bytes held
                present = [c for c in schema.names if c in source.schema_arrow.names]
                parts = source.iter_batches(batch_size=POOL_BATCH_ROWS, columns=present)
            for batch in parts:
                yield _conform(pa.Table.from_batches([batch]), schema)

    def frames(self, columns: Sequence[str]) -> Iterator[pd.DataFrame]:
        """The quasi-identifier ``columns`` batch by batch, as text (`as_text`)."""
        return (as_text(batch.to_pandas()) for batch in self.batches(columns))


def _read_jsonl(path: Path) -> pa.Table:
    with path.open(encoding="utf-8") as fh:
        return pa.Table.from_pylist([json.loads(line) for line in fh if line.strip()])


def read_artifact(dataset: Dataset) -> pa.Table:
    with local_path(dataset.artifact) as path:
        return _read_jsonl(path) if path.suffix.lower() == ".jsonl" else pq.read_table(path)
