"""File access for workers: a local path for any storage backend, atomic writes, streamed hashing."""

from __future__ import annotations

import hashlib
import logging
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.core.files import File
from django.core.files.storage import Storage, default_storage
from django.db.models.fields.files import FieldFile

logger = logging.getLogger(__name__)


@contextmanager
def local_path(field: FieldFile) -> Iterator[Path]:
    """Yield a local filesystem path for a stored file (a temporary copy for remote storage)."""
    with stored_path(field.name, storage=field.storage) as path:
        yield path


@contextmanager
def stored_path(name: str, *, storage: Storage | None = None) -> Iterator[Path]:
    """`local_path` for a file known by its storage name (default storage unless given)."""
    storage = storage or default_storage
    try:
        local = Path(storage.path(name))
    except NotImplementedError:  # remote storage (S3): work on a temporary copy
        local = None
    if local is not None:
        yield local
        return
    with tempfile.NamedTemporaryFile(suffix=Path(name).suffix) as tmp, storage.open(name, "rb") as src:
        shutil.copyfileobj(src, tmp, length=1024 * 1024)
        tmp.flush()
        yield Path(tmp.name)


def sha256_of(path: Path) -> str:
    """Return the hex SHA-256 of a local file, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def store_file(local: Path, name: str) -> str:
    """Copy a local file into default storage under ``name`` (overwriting); return the stored name.

    Stored names are deterministic, so a retried task rewrites the same object instead of leaving
    orphans.
    """
    if default_storage.exists(name):
        default_storage.delete(name)
    with local.open("rb") as fh:
        return default_storage.save(name, File(fh, name=Path(name).name))


def storage_delete(name: str, *, storage: Storage | None = None) -> bool:
    """Delete a stored file; return whether storage confirms it is gone (an absent file is gone).

    A failing backend is logged (by storage name) and reported as ``False``, never raised: the caller
    must then leave its row saying the file exists, so that a later sweep
    (`pool.services.retention.storage_reconcile`) tries again.
    """
    storage = storage or default_storage
    try:
        storage.delete(name)
        return not storage.exists(name)
    except Exception:  # any backend's error (OSError, botocore…): the file may still be there
        logger.warning("could not delete stored file %s", name, exc_info=True)
        return False


def stored_names(prefix: str, *, storage: Storage | None = None) -> Iterator[str]:
    """Every stored file under the folder ``prefix``, recursively, as storage names (none if absent)."""
    storage = storage or default_storage
    try:
        folders, files = storage.listdir(prefix)
    except FileNotFoundError:
        return
    for name in sorted(files):
        yield f"{prefix}/{name}"
    for folder in sorted(folders):
        yield from stored_names(f"{prefix}/{folder}", storage=storage)
