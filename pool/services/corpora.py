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

import json
import logging
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
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

from anonymize.risk import QI_TYPES, apply_treatment, measure, plan_treatment, text_identifier_density
from common.logging import log_failure
from contracts.adapters import facts_from_models, licence_facts
from contracts.audit import audit_log
from contracts.licensing import attribution_list, combine_licences
from contracts.policy import Decision, decide
from pool.croissant import croissant_datasheet, encoding_format
from pool.models import Corpus, CorpusVersion, Dataset
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
    """Queue a build after the current transaction commits, ``countdown`` seconds later (debounce)."""
    from pool.tasks import corpus_build_task

    delay = settings.SHOAL_BUILD_DEBOUNCE_SECONDS if countdown is None else countdown
    corpus_id = corpus.pk
    transaction.on_commit(lambda: corpus_build_task.apply_async((corpus_id,), countdown=delay))


def dataset_pool(*, dataset: Dataset) -> dict[str, Decision]:
    """Offer a ready dataset to the corpora its contributor chose; queue a build for each that admits it.

    Returns each target corpus's decision by slug. Refusals are audited with their reasons (no personal
    data: reasons name datasets, consents and licences by id).
    """
    decisions: dict[str, Decision] = {}
    if dataset.status != Dataset.Status.READY:
        return decisions
    for corpus in dataset.target_corpora.all().prefetch_related("purposes"):
        admitted, refused = corpus_admission(corpus=corpus, datasets=[dataset])
        decision = refused.get(dataset.pk, Decision(allowed=True))
        decisions[corpus.slug] = decision
        with transaction.atomic():
            audit_log(
                actor=None,
                verb="corpus.member_admitted" if decision.allowed else "corpus.member_refused",
                obj=dataset,
                payload={"corpus": corpus.slug, "reasons": list(decision.reasons)},
            )
            if admitted:
                corpus_build_schedule(corpus=corpus)
    return decisions


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
        if latest is None and not members:
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


def corpus_build(*, corpus: Corpus) -> CorpusVersion | None:
    """Build the next version of ``corpus`` from its current members, or return the unchanged newest.

    Returns the new version (``published``, or ``failed`` with a readable ``error_message``), the newest
    version when membership has not changed, or None when there is nothing to build (or another build
    is running; it re-checks membership when it ends).
    """
    members = corpus_members(corpus=corpus)
    manifest = _manifest(members)
    version = _claim_build(corpus, manifest, members)
    if version is None:
        return corpus.versions.order_by("-number").first()
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
    if corpus.kind == Corpus.Kind.TEXT:
        table, risk = _pool_texts(members)
    else:
        table, risk = _pool_tables(members, corpus.k_threshold)
    with tempfile.TemporaryDirectory() as tmp:
        files = _write_shards(corpus, version, table, Path(tmp), jsonl=corpus.kind == Corpus.Kind.TEXT)
    return BuildOutput(files=files, rows=table.num_rows, schema=table.schema, risk_report=risk)


def _write_shards(
    corpus: Corpus, version: CorpusVersion, table: pa.Table, tmp: Path, *, jsonl: bool
) -> list[dict[str, Any]]:
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


def _read_artifact(dataset: Dataset) -> pa.Table:
    with local_path(dataset.artifact) as path:
        if path.suffix.lower() == ".jsonl":
            with path.open(encoding="utf-8") as fh:
                rows = [json.loads(line) for line in fh if line.strip()]
            return pa.Table.from_pylist(rows)
        return pq.read_table(path)


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


def _unify(tables: Sequence[pa.Table]) -> pa.Table:
    """Concatenate tables with different columns (missing cells null); clashing types become strings."""
    if not tables:
        return pa.table({})
    types: dict[str, set[pa.DataType]] = {}
    for table in tables:
        for column in table.schema:
            types.setdefault(column.name, set()).add(column.type)
    clashing = {name for name, seen in types.items() if len({t for t in seen if not pa.types.is_null(t)}) > 1}
    cast = []
    for table in tables:
        for name in clashing & set(table.column_names):
            index = table.column_names.index(name)
            table = table.set_column(index, name, table[name].cast(pa.string()))
        cast.append(table)
    return pa.concat_tables(cast, promote_options="default")


def _to_arrow(df: pd.DataFrame) -> pa.Table:
    try:
        return pa.Table.from_pandas(df, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        fixed = df.copy()
        for name in fixed.columns:
            if fixed[name].dtype == object:
                fixed[name] = fixed[name].map(lambda v: None if pd.isna(v) else str(v))
        return pa.Table.from_pandas(fixed, preserve_index=False)


def _pool_tables(members: Sequence[Dataset], k_threshold: int) -> tuple[pa.Table, dict[str, Any]]:
    qi_types: dict[str, str] = {}
    tables = []
    for dataset in members:
        tables.append(_read_artifact(dataset))
        for column, qi_type in declared_quasi_identifiers(dataset).items():
            qi_types.setdefault(column, qi_type)
    pooled = _unify(tables)
    qis = [c for c in qi_types if c in pooled.column_names]
    risk: dict[str, Any] = {
        "kind": "table",
        "k_threshold": k_threshold,
        "quasi_identifiers": {c: qi_types[c] for c in qis},
        "treated": False,
    }
    if pooled.num_rows == 0:
        risk.update(k=0, records=0, satisfied=True)
        return pooled, risk
    df = pooled.to_pandas()
    before = measure(df, qis, k=k_threshold)
    risk.update(k=before.k, records=before.records, satisfied=before.satisfied, pooled=before.to_dict())
    if before.satisfied:
        return pooled, risk
    treatment = plan_treatment(
        df[qis],
        {c: qi_types[c] for c in qis},
        k=k_threshold,
        max_suppression=settings.SHOAL_POOL_MAX_SUPPRESSION,
    )
    max_loss = settings.SHOAL_POOL_MAX_INFORMATION_LOSS
    risk["treatment"] = treatment.report()
    if not treatment.satisfied:
        raise BuildRefused(
            f"The pooled table has k={before.k}, under the corpus threshold {k_threshold}, and cannot be "
            f"treated: {treatment.reason}.",
            risk,
        )
    if treatment.information_loss > max_loss:
        raise BuildRefused(
            f"The pooled table has k={before.k}, under the corpus threshold {k_threshold}; reaching it "
            f"would lose {treatment.information_loss:.0%} of the quasi-identifier information "
            f"(limit {max_loss:.0%}).",
            risk,
        )
    treated = apply_treatment(df, treatment)
    after = measure(treated, qis, k=k_threshold)
    risk.update(k=after.k, satisfied=after.satisfied, treated=True, pooled_after=after.to_dict())
    if not after.satisfied:
        raise BuildRefused(f"The treated pooled table still has k={after.k} < {k_threshold}.", risk)
    return _to_arrow(treated), risk


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
