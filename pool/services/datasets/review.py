"""Scan and review: profile and detect, preview the plan, approve it (the contributor's turn)."""

from __future__ import annotations

import copy
import logging
from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from common.errors import ApplicationError
from contracts.audit import audit_log
from pool.models import Dataset
from pool.services.datasets.claims import Lease, claim_stage, fail_with, required_k
from pool.storage import local_path

logger = logging.getLogger(__name__)


def dataset_scan(*, dataset_id: int, task_id: str | None = None) -> None:
    """Profile the upload, propose a plan and a preview, measure risk, then await the contributor.

    ``task_id`` is the Celery task's id: a redelivery of the same task takes over the claim at once.
    """
    token = claim_stage(
        dataset_id, Dataset.Status.UPLOADED, Dataset.Status.SCANNING, task_id=task_id, stage="scan"
    )
    if token is None:
        logger.info("dataset %s already claimed for scanning", dataset_id)
        return
    dataset = Dataset.objects.get(pk=dataset_id)
    try:
        # The engine is loaded once the stage is claimed: a time limit that stops the import (a cold
        # worker child) then fails this dataset with its reason instead of leaving it unclaimed.
        from anonymize.scan import scan

        with Lease(Dataset, dataset_id, token), local_path(dataset.raw_file) as raw:
            result = scan(raw, k=required_k(dataset), pseudonym_key=settings.PSEUDONYM_KEY)
    except Exception as exc:
        fail_with(dataset_id, "scan", exc, claim_token=token)
        return
    found = result.to_dict()
    with transaction.atomic():
        done = Dataset.objects.filter(
            pk=dataset_id, status=Dataset.Status.SCANNING, claim_token=token
        ).update(
            status=Dataset.Status.AWAITING_REVIEW,
            progress=100,
            plan=found["plan"],
            pii_report={"stage": "scan", "profile": found["profile"]},
            risk_report=found["risk"],
            preview=found["preview"],
            claim_token="",
            claim_expires_at=None,
        )
        if done:
            audit_log(actor=None, verb="dataset.scanned", obj=dataset, payload={"format": result.format})


def dataset_preview_before(*, dataset: Dataset) -> dict[str, Any]:
    """The first raw rows, read live from the private upload for its owner's review (never stored)."""
    from anonymize.errors import InputError
    from anonymize.scan import head_rows

    if not dataset.raw_file:
        return {"columns": [], "rows": []}
    try:
        with local_path(dataset.raw_file) as raw:
            return head_rows(raw)
    except InputError:
        return {"columns": [], "rows": []}


def dataset_preview_plan(*, dataset: Dataset, plan: dict[str, Any]) -> dict[str, Any]:
    """The preview of an edited plan exactly as the run will write it, for its owner's review:
    ``{"plan", "preview", "risk"}``. The treatment is planned over the whole upload and its levels
    fixed in the returned plan (approve that plan and the run repeats them); where it had to overrule
    an operator choice, ``plan["risk"]["overrides"]`` says so. Read live, never stored."""
    from anonymize import io as shoal_io
    from anonymize.engine import get_analyzer
    from anonymize.errors import InputError
    from anonymize.pipeline import preview_table
    from anonymize.plan import Plan

    try:
        parsed = Plan.from_dict(plan)
    except (KeyError, TypeError, ValueError) as exc:
        raise ApplicationError("The plan is not valid.", {"detail": str(exc)[:300]}) from exc
    if not dataset.raw_file or dataset.format in (Dataset.Format.JSONL, Dataset.Format.TXT):
        return {"plan": parsed.to_dict(), "preview": dataset.preview, "risk": dataset.risk_report}
    analyzer = get_analyzer()
    try:
        with local_path(dataset.raw_file) as raw:
            source = shoal_io.open_table(raw, shoal_io.detect_format(raw), analyzer=analyzer)
            fixed, preview, treatment = preview_table(
                source, parsed, analyzer=analyzer, key=settings.PSEUDONYM_KEY
            )
    except InputError as exc:
        raise ApplicationError(str(exc)) from exc
    return {"plan": fixed.to_dict(), "preview": preview, "risk": {"treatment": treatment}}


def dataset_approve(*, dataset: Dataset, user: Any, plan: dict[str, Any] | None = None) -> Dataset:
    """Accept (optionally an edited) plan and queue the anonymisation of the whole file."""
    from anonymize.plan import Plan

    if dataset.status != Dataset.Status.AWAITING_REVIEW:
        raise ApplicationError(
            f"Only a dataset awaiting review can be approved (this one is {dataset.status})."
        )
    chosen = plan if plan is not None else dataset.plan
    try:
        parsed = Plan.from_dict(chosen)
    except (KeyError, TypeError, ValueError) as exc:
        raise ApplicationError("The plan is not valid.", {"detail": str(exc)[:300]}) from exc
    stored = Dataset.objects.values_list("plan", flat=True).get(pk=dataset.pk) or {}
    columns = {c.get("name") for c in stored.get("columns", [])}
    unknown = sorted(c.name for c in parsed.columns if c.name not in columns)
    if unknown:
        raise ApplicationError("The plan names columns the dataset does not have.", {"columns": unknown})
    with transaction.atomic():
        updated = Dataset.objects.filter(pk=dataset.pk, status=Dataset.Status.AWAITING_REVIEW).update(
            status=Dataset.Status.APPROVED, plan=parsed.to_dict(), approved_at=timezone.now(), progress=0
        )
        if updated != 1:
            raise ApplicationError("The dataset changed state meanwhile; reload and try again.")
        audit_log(actor=user, verb="dataset.approved", obj=dataset, payload={"plan_edited": plan is not None})
        from pool.tasks import dataset_anonymize_task

        transaction.on_commit(lambda: dataset_anonymize_task.delay(dataset.pk), robust=True)
    dataset.refresh_from_db()
    return dataset


def plan_with_operator_choices(plan: dict[str, Any], choices: Mapping[str, str]) -> dict[str, Any]:
    """Return a copy of ``plan`` whose column operators follow the review form's ``operator:<column>``
    fields; a changed operator starts with default parameters."""
    edited = copy.deepcopy(plan or {})
    for column in edited.get("columns", []):
        choice = choices.get(f"operator:{column.get('name')}")
        current = column.get("operator") or {}
        current_name = current if isinstance(current, str) else current.get("name")
        if choice and choice != current_name:
            column["operator"] = {"name": choice, "params": {}}
    return edited
