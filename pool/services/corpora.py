"""Corpus membership and versioned builds (DESIGN.md §3, flow 2).

A corpus's members are the ``ready`` datasets that chose it and that the access policy admits
(consent and licence cover the corpus's purposes, validity not over, k under the threshold). A build
snapshots the members into a new, immutable ``CorpusVersion``; it never edits an older version. A build
that finds the same members (ids and artifact hashes) as the newest version does nothing, so queueing
a build after every change is a debounce, not a cost.

Pooling adds linkage: a column one contributor knows to be a quasi-identifier identifies the records
of every contributor. The pooled table is therefore re-measured over the union of the contributors'
declared quasi-identifiers (restricted to columns the pooled table has), and treated or refused when
its k falls under the corpus threshold.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from django.conf import settings
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Max, QuerySet
from django.urls import reverse
from django.utils import timezone

from anonymize import risk as risk_mod
from anonymize.dtypes import STRING_TYPES, TYPED_QI_TYPES, TypeTracker, cast_column, cell_text, unify
from anonymize.io import retype_parquet
from anonymize.risk import QI_TYPES, text_identifier_density
from common.logging import log_failure
from contracts.adapters import facts_from_models, licence_facts
from contracts.audit import audit_log
from contracts.licensing import attribution_list, combine_licences
from contracts.policy import Decision, decide
from pool.croissant import croissant_datasheet, encoding_format
from pool.models import Corpus, CorpusVersion, Dataset
from pool.services.reasons import reason_audit_payload, reason_record
from pool.storage import local_path, sha256_of, store_file

logger = logging.getLogger(__name__)

STALE_BUILD_AFTER = timedelta(hours=2)
TEXT_COLUMN = "text"


#: Prefix of the reason of a build that failed unexpectedly; the same membership may be built again.
TRANSIENT = "The build failed unexpectedly:"


class BuildRefused(Exception):
    """The pooled data cannot be published; ``message`` is readable and holds no cell values."""

    def __init__(self, message: str, risk_report: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.risk_report = risk_report or {}


@dataclass
class BuildOutput:
    files: list[dict[str, Any]]
    rows: int
    schema: pa.Schema | None
    risk_report: dict[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------------------------------
# Membership
# --------------------------------------------------------------------------------------------------


def corpus_candidates(*, corpus: Corpus) -> list[Dataset]:
    """Ready datasets whose contributor chose ``corpus``, in id order."""
    return list(
        Dataset.objects.filter(status=Dataset.Status.READY, target_corpora=corpus)
        .exclude(artifact_sha256="")
        .select_related("licence", "consent_record", "organization")
        .prefetch_related("consent_record__events", "consent_record__purposes")
        .order_by("pk")
    )


def corpus_admission(
    *, corpus: Corpus, datasets: Sequence[Dataset]
) -> tuple[list[Dataset], dict[int, Decision]]:
    """Split ``datasets`` into those the policy admits to ``corpus`` and the refusals (with reasons)."""
    question = facts_from_models(action="build", corpus=corpus, datasets=list(datasets))
    base = question.as_kwargs()
    admitted: list[Dataset] = []
    refused: dict[int, Decision] = {}
    for dataset, contribution in zip(datasets, question.contributions, strict=True):
        decision = decide(**{**base, "contributions": (contribution,)})
        if decision.allowed:
            admitted.append(dataset)
        else:
            refused[dataset.pk] = decision
    return admitted, refused


def corpus_members(*, corpus: Corpus) -> list[Dataset]:
    """The datasets a build of ``corpus`` would pool now."""
    return corpus_admission(corpus=corpus, datasets=corpus_candidates(corpus=corpus))[0]


def corpus_build_schedule(*, corpus: Corpus, countdown: int | None = None) -> None:
    """Queue a build after the current transaction commits, ``countdown`` seconds later; by default
    after `corpus_build_delay`: at once unless a build started moments ago (the debounce)."""
    from pool.tasks import corpus_build_task

    corpus_id = corpus.pk

    def enqueue() -> None:
        delay = corpus_build_delay(corpus_id=corpus_id) if countdown is None else countdown
        corpus_build_task.apply_async((corpus_id,), countdown=delay)

    transaction.on_commit(enqueue, robust=True)


def corpus_build_delay(*, corpus_id: int, now: datetime | None = None) -> int:
    """Seconds a build of the corpus should wait: 0 when no build of it started within the last
    ``SHOAL_BUILD_DEBOUNCE_SECONDS``, else the rest of that window.

    The debounce only coalesces bursts: a lone membership change publishes as soon as it commits,
    while the changes that follow a build within the window share one build at the window's end (a
    build reads membership when it starts, and one still running re-checks it when it ends).
    """
    window = settings.SHOAL_BUILD_DEBOUNCE_SECONDS
    started = (
        CorpusVersion.objects.filter(corpus_id=corpus_id)
        .order_by("-number")
        .values_list("created_at", flat=True)
        .first()
    )
    if window <= 0 or started is None:
        return 0
    remaining = (started + timedelta(seconds=window) - (now or timezone.now())).total_seconds()
    return max(0, math.ceil(remaining))


def dataset_pool(*, dataset: Dataset) -> dict[str, Decision]:
    """Offer a ready dataset to the corpora its contributor chose; queue a build for each that admits it.

    Returns each target corpus's decision by slug. A refusal's reasons are kept in ``pool.Reason`` (the
    audit event holds its id and digest: the log takes ids and codes, never text), and the
    contributor's organisation gets a notice saying why in plain words (`plain_refusal`); the dataset
    page and API show the same (``pool.selectors.dataset_corpus_outcomes``).
    """
    decisions: dict[str, Decision] = {}
    if dataset.status != Dataset.Status.READY:
        return decisions
    for corpus in dataset.target_corpora.all().prefetch_related("purposes"):
        admitted, refused = corpus_admission(corpus=corpus, datasets=[dataset])
        decision = refused.get(dataset.pk, Decision(allowed=True))
        decisions[corpus.slug] = decision
        with transaction.atomic():
            verb = "corpus.member_admitted" if decision.allowed else "corpus.member_refused"
            reason = reason_record(obj=dataset, verb=verb, text="\n".join(decision.reasons))
            audit_log(
                actor=None,
                verb=verb,
                obj=dataset,
                payload={"corpus": corpus.slug, **reason_audit_payload(reason)},
            )
            if admitted:
                corpus_build_schedule(corpus=corpus)
            else:
                _notify_refusal(dataset, corpus, decision)
    return decisions


def _notify_refusal(dataset: Dataset, corpus: Corpus, decision: Decision) -> None:
    from pool.models import Notice
    from pool.services.notices import notice_send

    notice_send(
        organization=dataset.organization,
        kind=Notice.Kind.DATASET,
        subject=f"Dataset #{dataset.pk} was not admitted to corpus {corpus.name}",
        body=(
            f"Corpus {corpus.name} ({corpus.slug}) did not admit your dataset #{dataset.pk}: "
            f"{plain_refusal(decision.reasons)}. The dataset page lists every corpus it targets."
        ),
    )


#: The access policy's reasons (``contracts.policy``), said to the contributor they concern.
_PLAIN_REASONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), template)
    for pattern, template in (
        (
            r"consent #\d+ does not cover purpose (?P<p>\S+)",
            "your consent does not cover the corpus purpose {p}",
        ),
        (r"consent #\d+ withdrawn on (?P<d>\S+)", "your consent was withdrawn on {d}"),
        (r"consent #\d+ invalidated on (?P<d>\S+)", "your consent record was invalidated on {d}"),
        (r"consent #\d+ is not valid before (?P<d>\S+)", "your consent is not valid before {d}"),
        (r"consent #\d+ expired on (?P<d>\S+)", "your consent expired on {d}"),
        (
            r"licence (?P<l>\S+) forbids (?P<w>[a-z ]+) required by purpose (?P<p>\S+)",
            "your licence {l} does not allow {w}, which the corpus purpose {p} needs",
        ),
        (
            r"licence (?P<l>\S+) forbids (?P<w>[a-z ]+) required by corpus \S+",
            "your licence {l} does not allow {w}, which this corpus requires",
        ),
        (
            r"k-anonymity (?P<k>\d+) is below the corpus threshold (?P<t>\d+)",
            "your anonymised table has k = {k}, below the corpus threshold of {t}"
            " (each combination of quasi-identifiers must be shared by at least {t} records)",
        ),
        (r"corpus \S+ declares no purpose", "the corpus declares no purpose yet, so it admits nothing"),
    )
)


def plain_refusal(reasons: Iterable[str]) -> str:
    """The policy's refusal reasons in plain words for the contributor, joined by "; " (e.g. "your
    consent does not cover the corpus purpose academic-research"). They name purposes, licences,
    dates and k, never personal data; a reason without a plain form is given as the policy words it."""
    out: list[str] = []
    for reason in reasons:
        text = re.sub(r"^dataset #\d+: ", "", reason.strip())
        for pattern, template in _PLAIN_REASONS:
            match = pattern.fullmatch(text)
            if match:
                text = template.format(**match.groupdict())
                break
        if text and text not in out:
            out.append(text)
    return "; ".join(out)


# --------------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------------


def _manifest(members: Sequence[Dataset]) -> dict[str, Any]:
    return {
        "datasets": [
            {
                "id": d.pk,
                "sha256": d.artifact_sha256,
                "rows": d.artifact_rows,
                "organization": d.organization.slug,
                "licence": d.licence.spdx_id,
            }
            for d in members
        ]
    }


def _manifest_key(manifest: dict[str, Any]) -> list[tuple[int, str]]:
    return sorted((int(d["id"]), str(d["sha256"])) for d in manifest.get("datasets", []))


def version_path(corpus: Corpus, number: int, name: str = "") -> str:
    """Deterministic storage name of a version file (a retried build rewrites the same objects)."""
    return f"corpora/{corpus.slug}/v{number}/{name}"


def version_file_url(corpus: Corpus, number: int, name: str) -> str:
    return reverse("api-corpus-version-file", kwargs={"slug": corpus.slug, "number": number, "name": name})


def _claim_build(
    corpus: Corpus, manifest: dict[str, Any], members: Sequence[Dataset]
) -> CorpusVersion | None:
    """Create the next ``building`` version, or return None when nothing changed or a build is running.

    The corpus row is locked for the check-and-insert, and ``(corpus, number)`` is unique, so two
    workers cannot both claim the same build.
    """
    with transaction.atomic():
        Corpus.objects.select_for_update().filter(pk=corpus.pk).first()
        latest = corpus.versions.order_by("-number").first()
        if latest is not None and latest.status == CorpusVersion.Status.BUILDING:
            if latest.created_at > timezone.now() - STALE_BUILD_AFTER:
                return None
            CorpusVersion.objects.filter(pk=latest.pk, status=CorpusVersion.Status.BUILDING).update(
                status=CorpusVersion.Status.FAILED, error_message="The build was interrupted."
            )
            latest.status = CorpusVersion.Status.FAILED
            latest.manifest = {}
        if not members or all(d.artifact_rows == 0 for d in members):
            _corpus_empty(corpus)
            return None
        if (
            latest is not None
            and latest.status != CorpusVersion.Status.WITHDRAWN
            and not (
                latest.status == CorpusVersion.Status.FAILED and latest.error_message.startswith(TRANSIENT)
            )
            and _manifest_key(latest.manifest) == _manifest_key(manifest)
        ):
            return None  # unchanged, or refused for a reason that still holds
        number = (corpus.versions.aggregate(top=Max("number"))["top"] or 0) + 1
        version = CorpusVersion.objects.create(
            corpus=corpus, number=number, status=CorpusVersion.Status.BUILDING, manifest=manifest
        )
        version.datasets.set(members)
        audit_log(
            actor=None,
            verb="corpus_version.building",
            obj=version,
            payload={"corpus": corpus.slug, "number": number, "datasets": [d.pk for d in members]},
        )
    return version


def _corpus_empty(corpus: Corpus) -> None:
    """The corpus has no member left (its last contribution withdrawn, or no longer admitted): no
    empty (0-row) version is published. A published version still current stops being current
    (``superseded``, as a new version would have made it), so the corpus reads as empty
    (``pool.selectors.corpus_state``); withdrawn versions stay withdrawn. Runs inside the build's claim."""
    current = list(corpus.versions.filter(status=CorpusVersion.Status.PUBLISHED).values_list("pk", "number"))
    if not current:
        return
    CorpusVersion.objects.filter(pk__in=[pk for pk, _ in current]).update(
        status=CorpusVersion.Status.SUPERSEDED
    )
    audit_log(
        actor=None,
        verb="corpus.emptied",
        obj=corpus,
        payload={"corpus": corpus.slug, "superseded": [number for _, number in current]},
    )


def corpus_build(*, corpus: Corpus) -> CorpusVersion | None:
    """Build the next version of ``corpus`` from its current members, or return the unchanged newest.

    Returns the new version (``published``, or ``failed`` with a readable ``error_message``), the newest
    version when membership has not changed, or None when there is nothing to build: no member (the
    corpus is empty; an empty version is never published) or another build is running (it re-checks
    membership when it ends).
    """
    members = corpus_members(corpus=corpus)
    manifest = _manifest(members)
    version = _claim_build(corpus, manifest, members)
    if version is None:
        return corpus.versions.order_by("-number").first() if members else None
    try:
        output = _build_files(corpus, version, members)
        terms = combine_licences(licence_facts(d.licence) for d in members)
        if not terms.compatible:
            raise BuildRefused(
                "The contributions' licences cannot be combined: " + "; ".join(terms.conflicts)
            )
    except BuildRefused as exc:
        _fail(version, exc.message, exc.risk_report)
        return _refreshed(version)
    except Exception as exc:
        log_failure(logger, exc, "corpus %s build v%s failed", corpus.slug, version.number)
        _fail(version, f"{TRANSIENT} {type(exc).__name__}.", {})
        return _refreshed(version)
    published_at = timezone.now()
    datasheet = croissant_datasheet(
        name=corpus.name,
        slug=corpus.slug,
        description=corpus.description,
        version=version.number,
        files=output.files,
        schema=output.schema,
        licences=terms.licences,
        purposes=sorted(p.code for p in corpus.purposes.all()),
        risk_report=output.risk_report,
        attribution=attribution_list((d.title, d.organization.name, d.licence.spdx_id) for d in members),
        manifest=manifest,
        published_at=published_at,
        url=reverse("api-corpus-version-detail", kwargs={"slug": corpus.slug, "number": version.number}),
        language=corpus.language,
        keywords=[corpus.domain] if corpus.domain else [],
    )
    with transaction.atomic():
        published = CorpusVersion.objects.filter(pk=version.pk, status=CorpusVersion.Status.BUILDING).update(
            status=CorpusVersion.Status.PUBLISHED,
            files=output.files,
            row_count=output.rows,
            risk_report=output.risk_report,
            datasheet=datasheet,
            published_at=published_at,
        )
        if published != 1:  # withdrawn while building: its files must not outlive it
            transaction.on_commit(lambda: version_files_delete(version=version))
            return _refreshed(version)
        superseded = list(
            corpus.versions.filter(status=CorpusVersion.Status.PUBLISHED)
            .exclude(pk=version.pk)
            .values_list("pk", flat=True)
        )
        CorpusVersion.objects.filter(pk__in=superseded).update(status=CorpusVersion.Status.SUPERSEDED)
        audit_log(
            actor=None,
            verb="corpus_version.published",
            obj=version,
            payload={
                "corpus": corpus.slug,
                "number": version.number,
                "rows": output.rows,
                "files": [f["sha256"] for f in output.files],
                "superseded": superseded,
                "k": output.risk_report.get("k"),
            },
        )
    if _manifest_key(_manifest(corpus_members(corpus=corpus))) != _manifest_key(manifest):
        corpus_build_schedule(corpus=corpus)  # membership changed while this build ran
    return _refreshed(version)


def _refreshed(version: CorpusVersion) -> CorpusVersion:
    version.refresh_from_db()
    return version


def _fail(version: CorpusVersion, reason: str, risk_report: dict[str, Any]) -> None:
    with transaction.atomic():
        CorpusVersion.objects.filter(pk=version.pk, status=CorpusVersion.Status.BUILDING).update(
            status=CorpusVersion.Status.FAILED, error_message=reason[:2000], risk_report=risk_report
        )
        audit_log(
            actor=None,
            verb="corpus_version.failed",
            obj=version,
            payload={"corpus": version.corpus.slug, "number": version.number, "k": risk_report.get("k")},
        )
    version_files_delete(version=version)


def version_files_delete(*, version: CorpusVersion) -> int:
    """Delete every stored file of ``version`` (listed or left by an interrupted build); return how many."""
    directory = version_path(version.corpus, version.number)
    deleted = 0
    try:
        _, names = default_storage.listdir(directory)
    except (FileNotFoundError, NotImplementedError):
        names = [f["name"] for f in version.files]
    for name in names:
        if default_storage.exists(directory + name):
            default_storage.delete(directory + name)
            deleted += 1
    return deleted


def _build_files(corpus: Corpus, version: CorpusVersion, members: Sequence[Dataset]) -> BuildOutput:
    if corpus.kind == Corpus.Kind.TABLE:
        return _build_table_files(corpus, version, members)
    table, risk = _pool_texts(members)
    with tempfile.TemporaryDirectory() as tmp:
        outputs = _write_shards(table, Path(tmp), jsonl=True)
        files = _store_outputs(corpus, version, outputs)
    return BuildOutput(files=files, rows=table.num_rows, schema=table.schema, risk_report=risk)


def _write_shards(table: pa.Table, tmp: Path, *, jsonl: bool) -> list[tuple[str, Path, int]]:
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


def _store_outputs(
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


# --- table corpora: streamed ---------------------------------------------------------------------

#: Records read (and treated) at a time while pooling table contributions.
POOL_BATCH_ROWS = 50_000


class _ShardWriter:
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


def _as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Typed quasi-identifier columns as the text they were parsed from: the risk hierarchies read
    text (a year 1977, not an integer that could pass for a timestamp)."""
    for name in frame.columns:
        if not pd.api.types.is_string_dtype(frame[name]):
            frame[name] = pd.Series(
                [cell_text(v) for v in frame[name].tolist()], index=frame.index, dtype=object
            )
    return frame


class _PooledTable:
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
                source = pq.ParquetFile(path)
                present = [c for c in schema.names if c in source.schema_arrow.names]
                parts = source.iter_batches(batch_size=POOL_BATCH_ROWS, columns=present)
            for batch in parts:
                yield _conform(pa.Table.from_batches([batch]), schema)

    def frames(self, columns: Sequence[str]) -> Iterator[pd.DataFrame]:
        """The quasi-identifier ``columns`` batch by batch, as text (`_as_text`)."""
        return (_as_text(batch.to_pandas()) for batch in self.batches(columns))


def _build_table_files(corpus: Corpus, version: CorpusVersion, members: Sequence[Dataset]) -> BuildOutput:
    """Pool the members' tables into shards, re-measuring (and treating) k over the union of their
    quasi-identifiers. Streamed: memory follows a batch and the distinct QI combinations, not the pool."""
    qi_types: dict[str, str] = {}
    for dataset in members:
        for column, qi_type in declared_quasi_identifiers(dataset).items():
            qi_types.setdefault(column, qi_type)
    k_threshold = corpus.k_threshold
    with contextlib.ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        pooled = _PooledTable([stack.enter_context(local_path(d.artifact)) for d in members])
        qis = {c: qi_types[c] for c in qi_types if c in pooled.schema.names}
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
            risk.update(
                k=before.k, records=before.records, satisfied=before.satisfied, pooled=before.to_dict()
            )
        if before.records and not before.satisfied:
            _check_treatment(treatment, before.k, k_threshold, risk)
        else:
            treatment = None
        schema = pooled.schema
        trackers: dict[str, TypeTracker] = {}
        if treatment is not None:
            # Generalised quasi-identifiers are written as text, then typed where every value allows
            # (a birth date generalised to its year is an integer column); postcodes and categories
            # stay text.
            schema = pa.schema([pa.field(f.name, pa.string()) if f.name in qis else f for f in schema])
            trackers = {name: TypeTracker() for name, qi_type in qis.items() if qi_type in TYPED_QI_TYPES}
        shards = _ShardWriter(Path(tmp), schema)
        offset = 0
        for batch in pooled.batches():
            if treatment is not None:
                treated = risk_mod.apply_treatment(
                    _as_text(batch.select(list(qis)).to_pandas()), treatment, row_offset=offset
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
        files = _store_outputs(corpus, version, outputs)
    return BuildOutput(files=files, rows=offset, schema=schema, risk_report=risk)


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


def _read_jsonl(path: Path) -> pa.Table:
    with path.open(encoding="utf-8") as fh:
        return pa.Table.from_pylist([json.loads(line) for line in fh if line.strip()])


def _read_artifact(dataset: Dataset) -> pa.Table:
    with local_path(dataset.artifact) as path:
        return _read_jsonl(path) if path.suffix.lower() == ".jsonl" else pq.read_table(path)


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


def _texts_of(table: pa.Table) -> list[str]:
    if TEXT_COLUMN in table.column_names:
        column = TEXT_COLUMN
    else:
        strings = [
            f.name for f in table.schema if pa.types.is_string(f.type) or pa.types.is_large_string(f.type)
        ]
        if not strings:
            raise BuildRefused("A text contribution has no text column.")
        column = strings[0]
    return ["" if v is None else str(v) for v in table[column].to_pylist()]


def _residual_findings(dataset: Dataset, tokens: int) -> int | None:
    """Identifiers the self-check still found in a text dataset, from its reports (None: not reported)."""
    for report in (dataset.risk_report, dataset.pii_report, (dataset.pii_report or {}).get("self_check")):
        if not isinstance(report, dict):
            continue
        for key in ("residual_findings", "residual_entities"):
            value = report.get(key)
            if isinstance(value, int):
                return value
            if isinstance(value, dict):
                return sum(int(v) for v in value.values() if isinstance(v, int))
        density = report.get("identifier_density")
        if isinstance(density, int | float):
            return round(density * tokens / 1000)
    return None


def _pool_texts(members: Iterable[Dataset]) -> tuple[pa.Table, dict[str, Any]]:
    texts: list[str] = []
    findings = tokens = 0
    unreported: list[int] = []
    for dataset in members:
        own = _texts_of(_read_artifact(dataset))
        own_tokens = sum(len(t.split()) for t in own)
        residual = _residual_findings(dataset, own_tokens)
        if residual is None:
            unreported.append(dataset.pk)
        else:
            findings += residual
        tokens += own_tokens
        texts.extend(own)
    risk = {
        "kind": "text",
        "records": len(texts),
        "tokens": tokens,
        "residual_findings": findings,
        "identifier_density_per_1000_tokens": text_identifier_density(findings, tokens),
        "datasets_without_self_check": unreported,
    }
    return pa.table({TEXT_COLUMN: pa.array(texts, type=pa.string())}), risk


def corpus_versions(*, corpus: Corpus) -> QuerySet[CorpusVersion]:
    """A corpus's versions, newest first; builds in progress are not shown."""
    return (
        corpus.versions.exclude(status=CorpusVersion.Status.BUILDING)
        .select_related("corpus")
        .order_by("-number")
    )
