"""Pooled re-identification risk of table corpora.

Pooling adds linkage: a column one contributor knows to be a quasi-identifier identifies the records
of every contributor. The pooled table is therefore re-measured over the union of the contributors'
declared quasi-identifiers (restricted to columns the pooled table has), and treated or refused when
its k falls under the corpus threshold.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
from django.conf import settings

from anonymize import risk as risk_mod
from anonymize.dtypes import STRING_TYPES, TYPED_QI_TYPES, TypeTracker
from anonymize.io import retype_parquet
from anonymize.risk import QI_TYPES
from pool.models import Corpus, CorpusVersion, Dataset
from pool.services.builds.errors import BuildOutput, BuildRefused
from pool.services.builds.shards import PooledTable, ShardWriter, as_text, store_outputs
from pool.storage import local_path


def declared_quasi_identifiers(dataset: Dataset) -> dict[str, str]:
    """A dataset's quasi-identifiers as {column: qi type}: its plan's, else its risk report's names.

    Accepts a {column: type} mapping or a list of names (typed ``category``); unknown types become
    ``category``, the hierarchy that fits any value.
    """
    plan_risk = dataset.plan.get("risk") if isinstance(dataset.plan, dict) else None
    declared: Any = plan_risk.get("quasi_identifiers") if isinstance(plan_risk, dict) else None
    if not declared and isinstance(dataset.risk_report, dict):
        declared = dataset.risk_report.get("quasi_identifiers")
    if isinstance(declared, dict):
        items = [(str(c), str(t)) for c, t in declared.items()]
    elif isinstance(declared, list):
        items = [(str(c), "category") for c in declared]
    else:
        items = []
    return {c: (t if t in QI_TYPES else "category") for c, t in items}


def pool_tables(corpus: Corpus, version: CorpusVersion, members: Sequence[Dataset]) -> BuildOutput:
    """Pool the members' tables into shards, re-measuring (and treating) k over the union of their
    quasi-identifiers. Streamed: memory follows a batch and the distinct QI combinations, not the pool."""
    qi_types: dict[str, str] = {}
    for dataset in members:
        for column, qi_type in declared_quasi_identifiers(dataset).items():
            qi_types.setdefault(column, qi_type)
    k_threshold = corpus.k_threshold
    with contextlib.ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        pooled = PooledTable([stack.enter_context(local_path(d.artifact)) for d in members])
        qis = {c: qi_types[c] for c in qi_types if c in pooled.schema.names}
        treatment, risk = _measure(pooled, qis, k_threshold)
        schema = pooled.schema
        trackers: dict[str, TypeTracker] = {}
        if treatment is not None:
            # Generalised quasi-identifiers are written as text, then typed where every value allows
            # (a birth date generalised to its year is an integer column); postcodes and categories
            # stay text.
            schema = pa.schema([pa.field(f.name, pa.string()) if f.name in qis else f for f in schema])
            trackers = {name: TypeTracker() for name, qi_type in qis.items() if qi_type in TYPED_QI_TYPES}
        shards = ShardWriter(Path(tmp), schema)
        rows = _write_pooled(pooled, shards, schema, treatment, qis, trackers)
        if treatment is not None:
            after = treatment.after
            assert after is not None
            risk.update(k=after.k, satisfied=after.satisfied, treated=True, pooled_after=after.to_dict())
            if not after.satisfied:
                raise BuildRefused(f"The treated pooled table still has k={after.k} < {k_threshold}.", risk)
        outputs = shards.close()
        types = {
            schema.get_field_index(name): (tracker.value_type, tracker.timezone)
            for name, tracker in trackers.items()
            if tracker.value_type not in STRING_TYPES
        }
        for _, local, _ in outputs if types else ():
            schema = retype_parquet(local, types)
        files = store_outputs(corpus, version, outputs)
    return BuildOutput(files=files, rows=rows, schema=schema, risk_report=risk)


def _measure(
    pooled: PooledTable, qis: dict[str, str], k_threshold: int
) -> tuple[risk_mod.Treatment | None, dict[str, Any]]:
    """k of the pooled table over ``qis`` and the treatment reaching ``k_threshold`` (None: none
    needed); raises `BuildRefused` when no acceptable treatment exists."""
    risk: dict[str, Any] = {
        "kind": "table",
        "k_threshold": k_threshold,
        "quasi_identifiers": qis,
        "treated": False,
    }
    treatment = risk_mod.plan_treatment_chunked(
        lambda: pooled.frames(list(qis)),
        qis,
        k=k_threshold,
        max_suppression=settings.SHOAL_POOL_MAX_SUPPRESSION,
    )
    before = treatment.before
    assert before is not None
    if before.records == 0:
        risk.update(k=0, records=0, satisfied=True)
    else:
        risk.update(k=before.k, records=before.records, satisfied=before.satisfied, pooled=before.to_dict())
    if before.records and not before.satisfied:
        _check_treatment(treatment, before.k, k_threshold, risk)
        return treatment, risk
    return None, risk


def _write_pooled(
    pooled: PooledTable,
    shards: ShardWriter,
    schema: pa.Schema,
    treatment: risk_mod.Treatment | None,
    qis: dict[str, str],
    trackers: dict[str, TypeTracker],
) -> int:
    """Stream the pooled batches into ``shards``, treated when ``treatment`` is given; return the rows."""
    offset = 0
    for batch in pooled.batches():
        if treatment is not None:
            treated = risk_mod.apply_treatment(
                as_text(batch.select(list(qis)).to_pandas()), treatment, row_offset=offset
            )
            for name in qis:
                text = treated[name].map(lambda v: None if v is None or pd.isna(v) else str(v))
                if name in trackers:
                    trackers[name].update(text)
                batch = batch.set_column(
                    batch.column_names.index(name),
                    name,
                    pa.array(text, type=pa.string(), from_pandas=True),
                )
            batch = batch.cast(schema)
        shards.write(batch)
        offset += batch.num_rows
    return offset


def _check_treatment(treatment: risk_mod.Treatment, k: int, k_threshold: int, risk: dict[str, Any]) -> None:
    """Refuse a pool whose treatment fails or loses too much of the quasi-identifiers."""
    max_loss = settings.SHOAL_POOL_MAX_INFORMATION_LOSS
    risk["treatment"] = treatment.report()
    if not treatment.satisfied:
        raise BuildRefused(
            f"The pooled table has k={k}, under the corpus threshold {k_threshold}, and cannot be "
            f"treated: {treatment.reason}.",
            risk,
        )
    if treatment.information_loss > max_loss:
        raise BuildRefused(
            f"The pooled table has k={k}, under the corpus threshold {k_threshold}; reaching it "
            f"would lose {treatment.information_loss:.0%} of the quasi-identifier information "
            f"(limit {max_loss:.0%}).",
            risk,
        )
