"""Versioned builds: claim the next version, write its files, publish it or fail it (DESIGN.md §3, flow 2).

A build snapshots the members into a new, immutable ``CorpusVersion``; it never edits an older version. A
build that finds the same members (ids and artifact hashes) as the newest version does nothing, so
queueing a build after every change is a debounce, not a cost. ``(corpus, number)`` is unique and the
claim locks the corpus row, so two workers cannot build the same version.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone

from common.logging import log_failure
from contracts.adapters import licence_facts
from contracts.audit import audit_log
from contracts.licensing import attribution_list, combine_licences
from pool.croissant import croissant_datasheet
from pool.models import Corpus, CorpusVersion, Dataset
from pool.services.builds.admission import corpus_build_schedule, corpus_members
from pool.services.builds.errors import TRANSIENT, BuildOutput, BuildRefused
from pool.services.builds.pooled_risk import pool_tables
from pool.services.builds.residual import pool_texts
from pool.services.builds.shards import store_outputs, version_path, write_shards

logger = logging.getLogger(__name__)


STALE_BUILD_AFTER = timedelta(hours=2)


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
    datasheet = _datasheet(corpus, version, members, output, terms.licences, manifest, published_at)
    if not _publish(corpus, version, output, datasheet, published_at):
        return _refreshed(version)
    if _manifest_key(_manifest(corpus_members(corpus=corpus))) != _manifest_key(manifest):
        corpus_build_schedule(corpus=corpus)  # membership changed while this build ran
    return _refreshed(version)


def _datasheet(
    corpus: Corpus,
    version: CorpusVersion,
    members: Sequence[Dataset],
    output: BuildOutput,
    licences: Sequence[str],
    manifest: dict[str, Any],
    published_at: datetime,
) -> dict[str, Any]:
    """The version's Croissant datasheet (JSON-LD), written once at publication."""
    return croissant_datasheet(
        name=corpus.name,
        slug=corpus.slug,
        description=corpus.description,
        version=version.number,
        files=output.files,
        schema=output.schema,
        licences=licences,
        purposes=sorted(p.code for p in corpus.purposes.all()),
        risk_report=output.risk_report,
        attribution=attribution_list((d.title, d.organization.name, d.licence.spdx_id) for d in members),
        manifest=manifest,
        published_at=published_at,
        url=reverse("api-corpus-version-detail", kwargs={"slug": corpus.slug, "number": version.number}),
        language=corpus.language,
        keywords=[corpus.domain] if corpus.domain else [],
    )


def _publish(
    corpus: Corpus,
    version: CorpusVersion,
    output: BuildOutput,
    datasheet: dict[str, Any],
    published_at: datetime,
) -> bool:
    """Flip a building version to published and supersede the older ones, in one transaction; False
    when it was withdrawn while building (its files are then deleted after commit)."""
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
            return False
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
    return True


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
        return pool_tables(corpus, version, members)
    table, risk = pool_texts(members)
    with tempfile.TemporaryDirectory() as tmp:
        outputs = write_shards(table, Path(tmp), jsonl=True)
        files = store_outputs(corpus, version, outputs)
    return BuildOutput(files=files, rows=table.num_rows, schema=table.schema, risk_report=risk)
