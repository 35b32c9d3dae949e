"""Hostile uploads fail their own dataset with a readable reason; the worker goes on with other work."""

from __future__ import annotations

import os
from typing import Any

import pytest

from pool.models import Dataset
from tests.conftest import CANARY_NAME, customers_csv
from tests.e2e.test_worker import wait_for
from tests.pool.test_datasets import upload

pytestmark = pytest.mark.e2e

HOSTILE = {
    "binary.csv": os.urandom(4096),
    "latin1_ragged.csv": "name,city\nJosé,Málaga,extra\n".encode("latin-1") * 50,
    "huge_cell.csv": b"name,notes\n" + CANARY_NAME.encode() + b',"' + b"x" * (10 * 1024 * 1024) + b'"\n',
    "broken.parquet": b"PAR1" + os.urandom(2048),
    "not_json.jsonl": b'{"text": "ok"}\n{broken json\n',
}


def test_hostile_files_fail_alone_and_good_work_proceeds(
    celery_worker: Any, world: dict[str, Any], licence: Any
) -> None:
    bad = {
        name: upload(world["alice"], world["acme"], licence, content=content, name=name)
        for name, content in HOSTILE.items()
    }
    good = upload(world["alice"], world["acme"], licence, content=customers_csv(), name="good.csv")
    for name, dataset in bad.items():
        finished = wait_for(dataset.pk, {"failed", "awaiting_review"}, timeout=180)
        assert finished.status == Dataset.Status.FAILED, f"{name} was accepted"
        assert finished.error_message, name
        assert "Traceback" not in finished.error_message
        assert CANARY_NAME not in finished.error_message
        print(f"{name}: {finished.error_message}")
    assert wait_for(good.pk, {"awaiting_review", "failed"}).status == Dataset.Status.AWAITING_REVIEW
