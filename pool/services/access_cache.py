"""Access decisions memoised per process, voided at once by a shared *generation*.

Download decisions (``pool.services.downloads``) and API tokens (``pool.api.auth``) are memoised in
each process (``access_memo``) under the current generation. Any change that could alter a decision
starts a new generation: saves and deletes of grants, versions, corpora, datasets, memberships, tokens,
users, consents and licences, and every audit event — the services that revoke or withdraw write a
queryset ``.update()`` (no model signal) together with an audit event. A request reads the generation
once (one round trip), so the next request after a change decides afresh.

The generation lives in the shared cache (Redis) when there is one; else (the embedded default, one
web process beside a worker) in a file under ``SHOAL_VAR_DIR`` that both processes read. A lost value
(an evicted key, a new file) only ever starts a new generation.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache, caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from contracts.models import AuditEvent, ConsentEvent, ConsentRecord, Licence
from pool.models import AccessGrant, ApiToken, Corpus, CorpusVersion, Dataset, Membership

_GENERATION_KEY = "downloads:generation"
_GENERATION_FILE = "download-generation"

#: This process's memo of decisions and tokens; bounded, and entries of a past generation are never
#: read again (their keys name the generation).
access_memo = LocMemCache("shoal-access", {"TIMEOUT": 60, "OPTIONS": {"MAX_ENTRIES": 20_000}})


def _shared_cache() -> bool:
    """True when the default cache is shared by every process (Redis), False for a per-process one."""
    return not isinstance(caches["default"], LocMemCache | DummyCache)


def _generation_path() -> Path:
    return Path(settings.VAR_DIR) / _GENERATION_FILE


def access_generation() -> str:
    """The current generation of download decisions (a cached decision of another one is void)."""
    if _shared_cache():
        value = cache.get(_GENERATION_KEY)
        if value is None:
            cache.add(_GENERATION_KEY, uuid.uuid4().hex, timeout=None)
            value = cache.get(_GENERATION_KEY)
        return str(value)
    try:
        return _generation_path().read_text()
    except FileNotFoundError:
        return "0"


def _new_generation() -> None:
    value = uuid.uuid4().hex
    if _shared_cache():
        cache.set(_GENERATION_KEY, value, timeout=None)
        return
    path = _generation_path()
    temp = path.with_name(f"{path.name}.{os.getpid()}.{value[:8]}")
    temp.write_text(value)
    temp.replace(path)  # atomic: a reader sees the old value or the new one


def access_invalidate() -> None:
    """Void every cached download decision, now and again when the current transaction commits.

    Now, so that this process's next request decides afresh even inside a test's transaction; on
    commit, so that a decision taken between the two from the not yet committed state is void too.
    """
    _new_generation()
    transaction.on_commit(_new_generation)


def _invalidate_on_change(**_: Any) -> None:
    access_invalidate()


_DECISION_MODELS: tuple[type[Any], ...] = (
    get_user_model(),  # deactivation (token authentication is memoised too)
    AccessGrant,
    CorpusVersion,
    Corpus,
    Dataset,
    Membership,
    ApiToken,
    ConsentRecord,
    ConsentEvent,
    Licence,
    AuditEvent,  # every audited change, including the queryset updates that send no signal
)
for _model in _DECISION_MODELS:
    post_save.connect(_invalidate_on_change, sender=_model, dispatch_uid=f"downloads-save-{_model.__name__}")
    post_delete.connect(
        _invalidate_on_change, sender=_model, dispatch_uid=f"downloads-delete-{_model.__name__}"
    )
for _through in (CorpusVersion.datasets.through, Corpus.purposes.through, ConsentRecord.purposes.through):
    m2m_changed.connect(_invalidate_on_change, sender=_through, dispatch_uid=f"downloads-m2m-{_through}")
