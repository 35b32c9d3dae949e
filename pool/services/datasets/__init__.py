"""Dataset lifecycle: upload → scan → review (approve) → anonymise → ready (DESIGN.md §3, flow 1).

The code lives in this package's modules by responsibility; this module keeps the names callers import
from ``pool.services.datasets`` (DESIGN.md, the tasks, the views and the tests):

- ``upload``: storing an upload and creating its dataset (web, API and idempotent contributions);
- ``claims``: how a worker claims a stage, holds it with a lease, and fails it (read its docstring first);
- ``review``: the scan, the before/after preview and the contributor's approval;
- ``processing`` and ``parts``: anonymisation in one task, or one task per part of a large table;
- ``artifacts``: the stored output, the ready state, raw and part files deleted;
- ``recovery``: the claims sweep, and a failed upload tried again or deleted;
- ``timeline``: what happened to a dataset, in order.

Setting a tunable here (``APPROVED_LOST_AFTER``, ``LOST_AFTER``) sets it in the module that reads it.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

from pool.services.datasets import recovery as _recovery
from pool.services.datasets.artifacts import RAW_FOLDER, dataset_raw_delete, discard_parts, raw_names
from pool.services.datasets.claims import (
    FAILABLE,
    Lease,
    dataset_fail,
    dataset_fail_timed_out,
    time_limit_reason,
)
from pool.services.datasets.parts import dataset_anonymize_part, dataset_finish_parts
from pool.services.datasets.processing import dataset_anonymize
from pool.services.datasets.recovery import (
    APPROVED_LOST_AFTER,
    LOST_AFTER,
    dataset_claims_sweep,
    dataset_delete,
    dataset_retry,
)
from pool.services.datasets.review import (
    dataset_approve,
    dataset_preview_before,
    dataset_preview_plan,
    dataset_scan,
    plan_with_operator_choices,
)
from pool.services.datasets.timeline import dataset_timeline
from pool.services.datasets.upload import (
    EXTENSION_FORMATS,
    dataset_contribute,
    dataset_upload,
    format_for_filename,
)

_Lease = Lease  # the name tests/pool/test_task_limits.py imports

__all__ = [
    "APPROVED_LOST_AFTER",
    "EXTENSION_FORMATS",
    "FAILABLE",
    "LOST_AFTER",
    "RAW_FOLDER",
    "Lease",
    "_Lease",
    "dataset_anonymize",
    "dataset_anonymize_part",
    "dataset_approve",
    "dataset_claims_sweep",
    "dataset_contribute",
    "dataset_delete",
    "dataset_fail",
    "dataset_fail_timed_out",
    "dataset_finish_parts",
    "dataset_preview_before",
    "dataset_preview_plan",
    "dataset_raw_delete",
    "dataset_retry",
    "dataset_scan",
    "dataset_timeline",
    "dataset_upload",
    "discard_parts",
    "format_for_filename",
    "plan_with_operator_choices",
    "raw_names",
    "time_limit_reason",
]

#: Tunables re-exported here, by the module that reads them at run time.
_TUNABLES: dict[str, ModuleType] = {"APPROVED_LOST_AFTER": _recovery, "LOST_AFTER": _recovery}


class _Facade(ModuleType):
    """Forwards an assignment to a tunable (``monkeypatch.setattr(datasets, "APPROVED_LOST_AFTER", …)``)
    to its home module, so it changes what the sweep reads, as it did before the split."""

    def __setattr__(self, name: str, value: Any) -> None:
        home = _TUNABLES.get(name)
        if home is not None:
            setattr(home, name, value)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Facade
