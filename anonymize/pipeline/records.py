"""Record runs: JSONL string fields and TXT lines anonymised, late-found names replaced before writing."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from anonymize import io as shoal_io
from anonymize.pipeline.catalogue import FieldCatalogue, personal_detail
from anonymize.pipeline.context import (
    PARALLEL_CHUNK_RECORDS,
    RunContext,
    _string_leaves,
    release_freed_memory,
)
from anonymize.plan import Plan
from anonymize.profile import FREE_TEXT, is_name_key
from anonymize.report import ColumnReport
from anonymize.tabular import text_anonymizer
from anonymize.text import BLOCK_LINES, Span, block_bounds

#: Records held back before writing, so that a name surely found later in a file is replaced in
#: the lines before it too (`TextAnonymizer.replace_late_names`); bounds the memory this costs.
LATE_NAMES_RECORDS = 20_000


#: A held text: ``(record, field, original, container, key)``, ``container[key]`` anonymised.
_Edit = tuple[int, str | None, str, Any, Any]


class _LateNames:
    """Anonymised records held back until the inventory of names has seen the records after them.

    Each held text is an edit ``(record, field, original, container, key)``: ``container[key]`` is
    its anonymised value. On `flush`, words of names that entered the inventory after a text was
    anonymised are replaced in it, the spans and counts completed, and everything written."""

    def __init__(self, anonymizer: Any, writer: Any, write_spans: Callable[[list[Span]], None]) -> None:
        self.anonymizer = anonymizer
        self.writer = writer
        self.write_spans = write_spans
        self.pending: list[tuple[list[Any], list[Span], list[_Edit]]] = []
        self.records = 0
        self.totals: Counter[str] = Counter()
        self.changed = 0

    def hold(self, out_records: list[Any], spans: list[Span], edits: list[_Edit]) -> None:
        self.pending.append((out_records, spans, edits))
        self.records += len(out_records)

    def flush(self) -> None:
        for out_records, spans, edits in self.pending:
            for record, field, original, container, key in edits:
                new, found = self.anonymizer.replace_late_names(original, container[key])
                if found:
                    container[key] = new
                    spans.extend(Span(record, r.start, r.end, r.entity_type, r.score, field) for r in found)
                if container[key] != original:
                    self.changed += 1
            self.totals.update(s.entity_type for s in spans)
            self.write_spans(spans)
            self.writer.write(out_records)
        self.pending = []
        self.records = 0


def _run_records(ctx: RunContext, plan: Plan | None) -> Plan:
    """JSONL: every string field (recursively) anonymised, other values kept. TXT: one record per
    line; an identifier found in a block of lines is removed from all its lines (`anonymize_blocks`)."""
    fmt, report = ctx.fmt, ctx.report
    plan = plan or Plan()
    plan.risk.enabled = False
    t0 = time.perf_counter()
    anonymizer = text_anonymizer(ctx.analyzer, plan, ctx.options.key)
    pool = _detection_pool(ctx.analyzer, ctx.input_path)
    anonymizer.pool = pool
    chunk_records = PARALLEL_CHUNK_RECORDS if pool is not None else 512
    writer = _record_writer(ctx)
    held = _LateNames(anonymizer, writer, ctx.write_spans)
    catalogue = FieldCatalogue(ctx.analyzer, plan)
    offset = 0
    chunks = shoal_io.iter_records(
        ctx.input_path, fmt, chunk_records=min(ctx.options.chunk_rows, chunk_records)
    )
    if fmt == "txt":
        chunks = _whole_blocks(chunks)
    try:
        for records in chunks:
            if fmt == "txt":
                new, spans = anonymizer.anonymize_blocks(records, first_record=offset)
                edits: list[_Edit] = [(offset + i, None, line, new, i) for i, line in enumerate(records)]
                held.hold(new, spans, edits)
            else:
                held.hold(*_anonymize_json(anonymizer, records, offset, catalogue))
            offset += len(records)
            if held.records >= LATE_NAMES_RECORDS:
                held.flush()
                release_freed_memory()
        held.flush()
    finally:
        writer.close()
        if pool is not None:
            pool.close()
    report.rows = offset
    ctx.inventory.update(anonymizer.inventory)
    totals, changed = held.totals, held.changed
    report.entity_counts = dict(sorted(totals.items()))
    report.columns.append(
        ColumnReport(
            name="text" if fmt == "txt" else "*",
            kind=FREE_TEXT,
            entity=None,
            qi_type=None,
            confidence=1.0,
            operator="scan",
            cells_changed=changed,
            entities=dict(sorted(totals.items())),
        )
    )
    report.timings["transform"] = round(time.perf_counter() - t0, 3)
    if ctx.options.progress is not None:
        ctx.options.progress(0.95)
    return plan


def _record_writer(ctx: RunContext) -> Any:
    """The output's writer: the input's format, TXT lines as JSONL, or records as Parquet."""
    if ctx.out_fmt == ctx.fmt:
        return shoal_io.RecordWriter(ctx.tmp_path, ctx.fmt)
    if ctx.out_fmt == "jsonl":
        return _TextAsJsonlWriter(ctx.tmp_path)
    return _ParquetRecordWriter(ctx.tmp_path, ctx.fmt)


def _anonymize_json(
    anonymizer: Any, records: list[Any], offset: int, catalogue: FieldCatalogue
) -> tuple[list[Any], list[Span], list[_Edit]]:
    """Anonymise every string field of a chunk of JSONL records (the first one numbered ``offset``)
    but those of the key paths ``catalogue`` keeps; returns the output records, the spans found and
    the edits `_LateNames` may complete."""
    found_leaves: list[tuple[str, Any, Any]] = []
    found_owners: list[int] = []
    holders: list[Any] = []
    for i, record in enumerate(records):
        if shoal_io.is_blank_record(record):
            continue
        holder = [record]
        holders.append(holder)
        before = len(found_leaves)
        _string_leaves(record, "", found_leaves, holder, 0)
        found_owners.extend([offset + i] * (len(found_leaves) - before))
    catalogue.update((path, parent[k]) for path, parent, k in found_leaves)
    active = [i for i, (path, _, _) in enumerate(found_leaves) if path not in catalogue.kept]
    leaves = [found_leaves[i] for i in active]
    owners = [found_owners[i] for i in active]
    texts = [parent[k] for _, parent, k in leaves]
    new = texts
    spans: list[Span] = []
    if texts:
        name_fields = [
            is_name_key(path, parent.keys() if isinstance(parent, dict) else ()) for path, parent, _ in leaves
        ]
        new, found = anonymizer.anonymize(
            texts,
            groups=owners,
            name_fields=name_fields,
            field_entities=[
                catalogue.replaced.get(path) or personal_detail(path, text)
                for (path, _, _), text in zip(leaves, texts, strict=True)
            ],
        )
        spans = [
            Span(owners[s.record], s.start, s.end, s.entity_type, s.score, leaves[s.record][0] or None)
            for s in found
        ]
    for (_, parent, k), value in zip(leaves, new, strict=True):
        parent[k] = value
    edits: list[_Edit] = [
        (owner, path or None, text, parent, k)
        for owner, text, (path, parent, k) in zip(owners, texts, leaves, strict=True)
    ]
    holder_iter = iter(holders)
    out_records = [r if shoal_io.is_blank_record(r) else next(holder_iter)[0] for r in records]
    return out_records, spans, edits


def _detection_pool(analyzer: Any, input_path: Path) -> Any:
    """Worker processes for detection when the file is large enough to gain from them."""
    from anonymize import pipeline  # read there at call time: benchmarks and tests set it
    from anonymize.parallel import DetectionPool, default_processes

    processes = default_processes()
    if processes < 2 or input_path.stat().st_size < pipeline.PARALLEL_MIN_BYTES:
        return None
    return DetectionPool(analyzer, processes)


def _whole_blocks(chunks: Iterator[list[Any]], max_lines: int = BLOCK_LINES) -> Iterator[list[Any]]:
    """Re-cut TXT chunks so none ends inside a block (see `block_bounds`): the unfinished last block
    of a chunk is held back and starts the next one. Adds at most ``max_lines`` lines to a chunk and
    gives the same blocks whatever the chunk size."""
    pending: list[Any] = []
    for chunk in chunks:
        lines = pending + chunk
        bounds = block_bounds(lines, max_lines)
        cut = len(lines)
        if bounds:
            start, end = bounds[-1]
            if end == len(lines) and end - start < max_lines:
                cut = start  # the block may go on in the next chunk
        pending = lines[cut:]
        if cut:
            yield lines[:cut]
    if pending:
        yield pending


class _TextAsJsonlWriter(shoal_io.RecordWriter):
    """TXT lines as a JSONL artifact: one ``{"text": line}`` object per line."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "jsonl")

    def write(self, records: list[Any]) -> None:
        super().write([{"text": line} for line in records])


class _ParquetRecordWriter:
    """Records to Parquet: TXT lines as a ``text`` column, JSONL records as a ``record`` JSON column."""

    def __init__(self, path: Path, fmt: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.column = "text" if fmt == "txt" else "record"
        self.fmt = fmt
        self.schema = pa.schema([pa.field(self.column, pa.string())])
        self.writer = pq.ParquetWriter(path, self.schema)

    def write(self, records: list[Any]) -> None:
        import pyarrow as pa

        values = [
            r
            if self.fmt == "txt"
            else (None if shoal_io.is_blank_record(r) else json.dumps(r, ensure_ascii=False))
            for r in records
        ]
        self.writer.write_table(pa.table({self.column: pa.array(values, type=pa.string())}))

    def close(self) -> None:
        self.writer.close()
