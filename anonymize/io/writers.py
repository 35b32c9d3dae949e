"""Table writers: CSV/TSV/XLSX/Parquet output, typed Parquet rewrites and schemas unified over parts."""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from anonymize.dtypes import (
    STRING_TYPES,
    TypeTracker,
    arrow_field,
    cast_column,
    column_types,
    unify,
)
from anonymize.io.formats import RETYPE_CONVERT_ROWS, open_parquet


class TableWriter:
    """Write chunks in ``fmt`` to ``path`` under ``header`` (the source's `TableSource.header`: the
    file's own header, generated names where it had none or where a cell was personal); call `close`
    at the end.

    Parquet: the string columns named in ``typed`` (frame column names) are typed when every one of
    their values parses as one type (`anonymize.dtypes`): their types are tracked as chunks are
    written, and `close` rewrites the file once with the typed columns (`retype_parquet`).
    """

    def __init__(
        self,
        path: Path,
        fmt: str,
        *,
        header: list[str],
        delimiter: str = ",",
        schema: pa.Schema | None = None,
        typed: Collection[str] = (),
    ) -> None:
        self.path = Path(path)
        self.fmt = fmt
        self.header = header
        self.delimiter = delimiter
        self.schema = schema
        self.typed = set(typed)
        self._trackers: dict[int, TypeTracker] | None = None
        self._writer: Any = None
        self._xlsx: Any = None
        self.rows = 0

    def _table(self, frame: pd.DataFrame) -> pa.Table:
        arrays = []
        fields = []
        for i, name in enumerate(frame.columns):
            target = self.schema.field(i).type if self.schema is not None else pa.string()
            values = frame[name]
            try:
                array = pa.array(values, type=target, from_pandas=True)
            except (pa.ArrowInvalid, pa.ArrowTypeError):
                target = pa.string()
                array = pa.array(
                    values.map(lambda v: None if v is None else str(v)), type=target, from_pandas=True
                )
            arrays.append(array)
            fields.append(pa.field(self.header[i], target))
        return pa.Table.from_arrays(arrays, schema=pa.schema(fields))

    def write(self, frame: pd.DataFrame) -> None:
        self.rows += len(frame)
        if self.fmt in {"csv", "tsv"}:
            if self._writer is None:
                self._fh = self.path.open("w", encoding="utf-8", newline="")
                self._writer = csv.writer(
                    self._fh, delimiter=self.delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\n"
                )
                self._writer.writerow(self.header)
            self._writer.writerows(frame.fillna("").itertuples(index=False, name=None))
        elif self.fmt == "parquet":
            table = self._table(frame)
            if self._writer is None:
                self._writer = pq.ParquetWriter(self.path, table.schema)
                self._trackers = {
                    i: TypeTracker()
                    for i, name in enumerate(frame.columns)
                    if name in self.typed and pa.types.is_string(table.schema.field(i).type)
                }
            elif table.schema != self._writer.schema:
                table = table.cast(self._writer.schema)
            for i, tracker in (self._trackers or {}).items():
                tracker.update(frame.iloc[:, i])
            self._writer.write_table(table)
        elif self.fmt == "xlsx":
            if self._xlsx is None:
                import openpyxl

                self._xlsx = openpyxl.Workbook(write_only=True)
                self._sheet = self._xlsx.create_sheet()
                self._sheet.append(self.header)
            for row in frame.itertuples(index=False, name=None):
                self._sheet.append(["" if v is None else v for v in row])
        else:  # pragma: no cover
            raise ValueError(self.fmt)

    def close(self) -> None:
        if self.fmt in {"csv", "tsv", "parquet"} and self._writer is None:
            self.write(pd.DataFrame({c: pd.Series([], dtype=object) for c in self.header}))
        if self.fmt in {"csv", "tsv"} and self._writer is not None:
            self._fh.close()
        elif self._writer is not None:
            self._writer.close()
            types = {
                i: (t.value_type, t.timezone)
                for i, t in (self._trackers or {}).items()
                if t.value_type not in STRING_TYPES
            }
            if types:
                retype_parquet(self.path, types)
        if self._xlsx is not None:
            self._xlsx.save(self.path)
        elif self.fmt == "xlsx":
            import openpyxl

            wb = openpyxl.Workbook(write_only=True)
            wb.create_sheet().append(self.header)
            wb.save(self.path)


def retype_parquet(
    path: Path,
    types: Mapping[int, tuple[str, str | None]],
    *,
    batch_rows: int = 50_000,
    convert_rows: int = RETYPE_CONVERT_ROWS,
) -> pa.Schema:
    """Rewrite a Parquet file with the string columns at the positions in ``types`` converted to
    their value type ({position: (value type, time zone)}, from a `TypeTracker` that saw every value);
    batch by batch, through a temporary file renamed over ``path``. Returns the new schema.

    Memory stays flat in the file's length: the file is read without pre-buffering (`open_parquet`),
    cells pass through Python ``convert_rows`` at a time (a typed slice is concatenated back into the
    batch's one array, so the row groups written are ``batch_rows`` long and the bytes are the same as
    converting whole batches), and Arrow's allocator hands freed memory back after every batch."""
    path = Path(path)
    source = open_parquet(path)
    fields = list(source.schema_arrow)
    for i, (kind, tz) in types.items():
        fields[i] = arrow_field(fields[i].name, kind, tz)
    schema = pa.schema(fields, metadata=source.schema_arrow.metadata)
    tmp = path.with_name(f".{path.name}.typed")
    pool = pa.default_memory_pool()
    try:
        with pq.ParquetWriter(tmp, schema) as writer:
            for batch in source.iter_batches(batch_size=batch_rows):
                arrays = [
                    _typed_array(column, *types[i], convert_rows) if i in types else column
                    for i, column in enumerate(batch.columns)
                ]
                writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
                del arrays, batch
                pool.release_unused()
        tmp.replace(path)
    finally:
        source.close()
        with contextlib.suppress(OSError):
            tmp.unlink()
    return schema


def _typed_array(column: pa.Array, kind: str, tz: str | None, convert_rows: int) -> pa.Array:
    """``column`` (text) as an array of ``kind``, converted ``convert_rows`` cells at a time."""
    pieces = [
        _package().to_arrow(column.slice(start, convert_rows).to_pandas().astype(object), kind, tz)
        for start in range(0, len(column), convert_rows)
    ]
    if len(pieces) == 1:
        return pieces[0]
    return (
        pa.concat_arrays(pieces)
        if pieces
        else _package().to_arrow(column.to_pandas().astype(object), kind, tz)
    )


def unified_parquet_schema(paths: Collection[Path]) -> pa.Schema:
    """One schema for Parquet files holding the same columns in the same order, typed differently
    by different runs (parts of one table): each column widened with `anonymize.dtypes.unify`."""
    schemas = [pq.read_schema(p) for p in paths]
    first = schemas[0]
    return pa.schema(
        [unify([s.field(i) for s in schemas], name=first.field(i).name) for i in range(len(first))],
        metadata=first.metadata,
    )


def conform_table(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """``table`` (same columns, by position) with ``schema``'s types (`anonymize.dtypes.cast_column`)."""
    if table.schema == schema:
        return table
    arrays = [cast_column(column, schema.field(i)) for i, column in enumerate(table.columns)]
    return pa.Table.from_arrays(arrays, schema=schema)


def parquet_column_types(path: Path) -> dict[str, str]:
    """Each column's value type in a Parquet file (see `anonymize.dtypes`)."""
    return column_types(pq.read_schema(path))


def _package() -> Any:
    """The `anonymize.io` package, read at call time so a name patched there is the one used."""
    from anonymize import io as package

    return package
