"""Anonymisation of a reviewed dataset in one task (a table too large for one is split: ``parts``)."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import Any

from django.conf import settings

from pool.models import Dataset
from pool.services.datasets.artifacts import mark_ready, store_artifact
from pool.services.datasets.claims import Lease, StageProgress, claim_stage, fail_with, required_k, still_held
from pool.services.datasets.parts import fits_one_part, split_into_parts, splittable
from pool.storage import local_path

logger = logging.getLogger(__name__)


def dataset_anonymize(*, dataset_id: int, task_id: str | None = None) -> None:
    """Apply the approved plan to the whole file, store the artifact, delete the raw upload.

    A large table (`splittable`) is cut into parts of ``SHOAL_PART_ROWS`` records, each anonymised by
    its own task (`dataset_anonymize_part`); the last part to finish queues `dataset_finish_parts`.
    """
    token = claim_stage(
        dataset_id,
        Dataset.Status.APPROVED,
        Dataset.Status.ANONYMIZING,
        task_id=task_id,
        stage="anonymisation",
    )
    if token is None:
        logger.info("dataset %s already claimed for anonymisation", dataset_id)
        return
    dataset = Dataset.objects.get(pk=dataset_id)
    artifact_format = "jsonl" if dataset.format in (Dataset.Format.JSONL, Dataset.Format.TXT) else "parquet"
    plan: Any = dataset.plan
    try:
        from anonymize.pipeline import plan_split, run  # once claimed, as in `dataset_scan`

        with (
            Lease(Dataset, dataset_id, token),
            local_path(dataset.raw_file) as raw,
            tempfile.TemporaryDirectory() as tmp,
        ):
            if splittable(dataset) and not fits_one_part(dataset):
                fixed, rows, risk = plan_split(raw, plan=dataset.plan)
                if rows > settings.SHOAL_PART_ROWS:
                    split_into_parts(dataset, fixed.to_dict(), rows, risk, token)
                    return
                plan = fixed
            report = run(
                raw,
                Path(tmp) / "out",
                plan=plan,
                k=required_k(dataset),
                artifact_format=artifact_format,
                pseudonym_key=settings.PSEUDONYM_KEY,
                progress=StageProgress(dataset_id),
            )
            if not still_held(Dataset, dataset_id, token):  # taken over: the new holder stores it
                return
            stored, sha, size = store_artifact(dataset, Path(tmp) / "out" / report.output_name)
    except Exception as exc:
        fail_with(dataset_id, "anonymisation", exc, claim_token=token)
        return
    mark_ready(dataset, report, stored, sha, size, token)
