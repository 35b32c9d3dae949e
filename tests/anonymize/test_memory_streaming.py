"""Memory stays flat as a table grows: Parquet is read without caching past row groups, the typed
rewrite of an artifact converts a bounded slice at a time (same bytes as converting whole batches),
and the risk counter's merges do not depend on when they run."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from anonymize import io as shoal_io
from anonymize import risk as risk_mod

GROUPS = 48
GROUP_ROWS = 4_000


def _write_groups(path: Path, groups: int = GROUPS, rows: int = GROUP_ROWS) -> None:
    """A Parquet file of ``groups`` row groups of distinct text cells (little to compress)."""
    schema = pa.schema([("id", pa.string()), ("day", pa.string()), ("amount", pa.string())])
    with pq.ParquetWriter(path, schema) as writer:
        for g in range(groups):
            base = g * rows
            writer.write_table(
                pa.table(
                    {
                        "id": [
                            f"record-{base + i:09d}-{(base + i) * 7919 % 1_000_003:07d}" for i in range(rows)
                        ],
                        "day": [f"20{10 + (base + i) % 15}-0{1 + i % 9}-1{i % 9}" for i in range(rows)],
                        "amount": [f"{(base + i) % 9973}.{i % 100:02d}" for i in range(rows)],
                    },
                    schema=schema,
                )
            )


def _allocated_while_reading(batches) -> list[int]:
    """Bytes held by Arrow's memory pool after each batch, the batch itself released."""
    held = []
    for batch in batches:
        del batch
        held.append(pa.total_allocated_bytes())
    return held


def test_reading_a_parquet_file_does_not_keep_the_row_groups_already_read(tmp_path) -> None:
    path = tmp_path / "groups.parquet"
    _write_groups(path)
    assert pq.ParquetFile(path).metadata.num_row_groups == GROUPS

    held = _allocated_while_reading(shoal_io.open_parquet(path).iter_batches(batch_size=GROUP_ROWS))

    assert len(held) == GROUPS
    # Pre-buffering (pyarrow's default) caches the file's bytes in ranges of up to 32 MiB and keeps
    # them until the reader is done: here that is the whole file from the first batch on, and on a
    # large file it grows by 32 MiB steps. Streaming, the reader holds about one group's worth.
    assert max(held) < path.stat().st_size / 3
    assert max(held[GROUPS // 2 :]) <= max(held[: GROUPS // 2]) * 1.2


def test_a_parquet_table_source_streams_its_chunks(tmp_path) -> None:
    path = tmp_path / "groups.parquet"
    _write_groups(path)
    source = shoal_io.open_table(path)

    rows = 0
    held = []
    for chunk in source.iter_chunks(GROUP_ROWS):
        rows += len(chunk)
        del chunk
        held.append(pa.total_allocated_bytes())

    assert rows == GROUPS * GROUP_ROWS
    assert max(held) < path.stat().st_size / 3


def test_the_typed_rewrite_converts_bounded_slices_and_writes_the_same_bytes(tmp_path, monkeypatch) -> None:
    path = tmp_path / "artifact.parquet"
    _write_groups(path, groups=6, rows=5_000)  # 30,000 rows
    whole = tmp_path / "whole.parquet"
    shutil.copy(path, whole)
    types = {1: ("date", None), 2: ("decimal", None)}

    shoal_io.retype_parquet(whole, types, batch_rows=12_000, convert_rows=12_000)

    converted: list[int] = []
    to_arrow = shoal_io.to_arrow

    def spy(values: pd.Series, *args: object) -> pa.Array:
        converted.append(len(values))
        return to_arrow(values, *args)

    monkeypatch.setattr(shoal_io, "to_arrow", spy)
    schema = shoal_io.retype_parquet(path, types, batch_rows=12_000, convert_rows=5_000)

    assert max(converted) == 5_000
    assert sum(converted) == 2 * 30_000
    metadata = pq.ParquetFile(path).metadata
    assert [metadata.row_group(i).num_rows for i in range(metadata.num_row_groups)] == [12_000, 12_000, 6_000]
    assert schema.field(1).type == pa.timestamp("us")
    assert schema.field(2).type == pa.float64()
    assert hashlib.sha256(path.read_bytes()).digest() == hashlib.sha256(whole.read_bytes()).digest()


@pytest.mark.parametrize("merge_rows", [1, 7, 10**9])
def test_the_risk_counter_gives_the_same_combinations_whenever_it_merges(merge_rows, monkeypatch) -> None:
    frame = pd.DataFrame(
        {
            "city": [["Lyon", "Porto", None, "Gent", ""][i % 5] for i in range(600)],
            "year": [str(1950 + (i * 7) % 13) for i in range(600)],
        },
        dtype=object,
    )
    reference = risk_mod.QICounter(["city", "year"])
    reference.add(frame)
    expected, expected_counts = reference.combinations()

    monkeypatch.setattr(risk_mod.QICounter, "MERGE_ROWS", merge_rows)
    counter = risk_mod.QICounter(["city", "year"])
    for start in range(0, len(frame), 40):
        counter.add(frame.iloc[start : start + 40])
    combos, counts = counter.combinations()

    pd.testing.assert_frame_equal(combos.reset_index(drop=True), expected.reset_index(drop=True))
    assert counts.tolist() == expected_counts.tolist()
    assert int(counts.sum()) == len(frame)
    assert counter.ids(frame.iloc[:40]).tolist() == reference.ids(frame.iloc[:40]).tolist()
