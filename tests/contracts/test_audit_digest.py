"""The chain hash format is frozen: rows written by any earlier release must keep verifying.

The digests below were computed by the code that wrote the existing rows (hand-made HMAC pads and a
private JSON encoder) before ``contracts.audit`` moved to ``hmac.new`` and the standard JSON encoder;
a change to the material, the JSON or the MAC breaks these tests before it breaks a deployed chain.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from contracts.audit import GENESIS, chain_id, compute_hash, row_material, verify_chain
from contracts.models import AuditEvent
from tests.contracts.test_audit import sql

KEY = "pinned-audit-key-for-tests-€"
EVENT = {
    "seq": 1,
    "created_at": datetime(2026, 3, 1, 12, 30, 5, 123456, tzinfo=UTC),
    "actor_name": "zoë",
    "verb": "dataset.approve",
    "object_type": "pool.dataset",
    "object_id": "42",
    "purpose": "model-training",
    "request_id": "req-ß-1",
    "payload": {"rows": 1200, "note": "café 日本語", "ratio": 0.1, "nested": {"b": [1, None], "a": True}},
}
SECOND = {**EVENT, "seq": 2, "verb": "dataset.withdraw", "payload": {}}
MATERIAL = (
    "1;32:2026-03-01T12:30:05.123456+00:003:zoë15:dataset.approve12:pool.dataset2:4214:model-training"
    '7:req-ß-1{"nested":{"a":true,"b":[1,null]},"note":"café 日本語","ratio":0.1,"rows":1200}'
)
DIGEST_1 = "29692ecae0b8dee3a7faf9677c72445853d399d9d4ba7503d90def6ddc8d7e41"
DIGEST_2 = "fa40fb8002a6392f27f8067be871e956e5765509429c3d4373581a59854f1751"


def test_the_row_material_is_the_frozen_format() -> None:
    assert row_material(*EVENT.values()) == MATERIAL.encode()


def test_the_digest_of_a_fixed_event_is_pinned(settings: Any) -> None:
    settings.AUDIT_KEY = KEY
    first = compute_hash(AuditEvent(**EVENT), GENESIS)
    assert first == DIGEST_1
    assert compute_hash(AuditEvent(**SECOND), first) == DIGEST_2


@pytest.mark.parametrize("length", [32, 64, 65, 200])
def test_the_digest_is_hmac_sha256_for_keys_around_the_block_size(settings: Any, length: int) -> None:
    import hashlib
    import hmac

    settings.AUDIT_KEY = ("k€y-" * 100)[:length]
    material = row_material(*EVENT.values())
    expected = hmac.new(settings.AUDIT_KEY.encode(), GENESIS.encode() + material, hashlib.sha256).hexdigest()
    assert compute_hash(AuditEvent(**EVENT), GENESIS) == expected


def test_rows_written_with_the_pinned_digests_verify(db: Any, settings: Any, tmp_path: Path) -> None:
    """Rows stored as an earlier release wrote them (bypassing ``audit_log``) verify, and an edit fails."""
    settings.AUDIT_KEY = KEY
    anchor = tmp_path / "anchor.log"
    settings.AUDIT_ANCHOR = str(anchor)
    AuditEvent.objects.create(**EVENT, prev_hash=GENESIS, hash=DIGEST_1)
    AuditEvent.objects.create(**SECOND, prev_hash=DIGEST_1, hash=DIGEST_2)
    anchor.write_text(f"{chain_id(DIGEST_1)} 2 {DIGEST_2}\n", encoding="ascii")
    verdict = verify_chain(anchor=anchor)
    assert (verdict.ok, verdict.rows, verdict.head_seq) == (True, 2, 2), verdict.reason
    sql("UPDATE contracts_auditevent SET object_id = '43' WHERE seq = 1")
    verdict = verify_chain(anchor=anchor)
    assert (verdict.ok, verdict.first_bad_seq) == (False, 1)
