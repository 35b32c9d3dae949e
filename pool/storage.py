"""File access for workers: a local path for any storage backend, atomic writes, streamed hashing."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.core.files import File
from django.core.files.storage import default_storage
from django.db.models.fields.files import FieldFile


@contextmanager
def local_path(field: FieldFile) -> Iterator[Path]:
    """Yield a local filesystem path for a stored file (a temporary copy for remote storage)."""
    try:
        yield Path(field.path)
        return
    except NotImplementedError:
        pass
    suffix = Path(field.name).suffix
    with tempfile.NamedTemporaryFile(suffix=suffix) as tmp, field.open("rb") as src:
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
