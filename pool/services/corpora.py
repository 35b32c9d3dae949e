"""Corpus membership and versioned builds (DESIGN.md §3, flow 2): the names callers import.

The code lives in ``pool.services.builds`` by responsibility; this module keeps the public names
importable from where DESIGN.md, the tasks and the tests expect them. Setting a tunable here
(``POOL_BATCH_ROWS``) sets it in the module that reads it.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

from pool.selectors import corpus_versions
from pool.services.builds import shards as _shards
from pool.services.builds.admission import (
    corpus_admission,
    corpus_build_delay,
    corpus_build_schedule,
    corpus_candidates,
    corpus_members,
    dataset_pool,
    plain_refusal,
)
from pool.services.builds.errors import TRANSIENT, BuildOutput, BuildRefused
from pool.services.builds.pooled_risk import declared_quasi_identifiers
from pool.services.builds.residual import TEXT_COLUMN
from pool.services.builds.shards import POOL_BATCH_ROWS, version_file_url, version_path
from pool.services.builds.versions import STALE_BUILD_AFTER, corpus_build, version_files_delete

__all__ = [
    "POOL_BATCH_ROWS",
    "STALE_BUILD_AFTER",
    "TEXT_COLUMN",
    "TRANSIENT",
    "BuildOutput",
    "BuildRefused",
    "corpus_admission",
    "corpus_build",
    "corpus_build_delay",
    "corpus_build_schedule",
    "corpus_candidates",
    "corpus_members",
    "corpus_versions",
    "dataset_pool",
    "declared_quasi_identifiers",
    "plain_refusal",
    "version_file_url",
    "version_files_delete",
    "version_path",
]

#: Tunables re-exported here, by the module that reads them at run time.
_TUNABLES: dict[str, ModuleType] = {"POOL_BATCH_ROWS": _shards}


class _Facade(ModuleType):
    """Forwards an assignment to a tunable (``monkeypatch.setattr(corpora, "POOL_BATCH_ROWS", 4)``)
    to its home module, so it changes what the build reads, as it did before the split."""

    def __setattr__(self, name: str, value: Any) -> None:
        home = _TUNABLES.get(name)
        if home is not None:
            setattr(home, name, value)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Facade
