"""File access for workers: a local path for any storage backend, atomic writes, streamed hashing."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, Storage, default_storage
from django.db.models.fields.files import FieldFile

from anonymize.digests import file_sha256
from common.errors import ServiceUnavailableError

logger = logging.getLogger(__name__)


def _write_errors() -> tuple[type[BaseException], ...]:
    """What a storage backend raises when it cannot write: OSError on disk (read-only, full, missing,
    a file where a folder should be), botocore's errors on S3."""
    errors: list[type[BaseException]] = [OSError]
    try:
        from botocore.exceptions import BotoCoreError, ClientError
    except ImportError:  # pragma: no cover - S3 support not installed
        return tuple(errors)
    return (*errors, BotoCoreError, ClientError)


STORAGE_WRITE_ERRORS = _write_errors()


class StorageUnavailableError(ServiceUnavailableError):
    """Storage refused a write; the API answers 503 and the caller's transaction rolls back."""

    def __init__(self, message: str = "storage is not writable, try later") -> None:
        super().__init__(message)


def storage_writable(*, storage: Storage | None = None) -> None:
    """Cheap and side-effect free: raise when a local storage root is missing or not writable
    (``os.access`` also answers EROFS for a read-only mount, even to root). Other backends pass."""
    storage = storage or default_storage
    if not isinstance(storage, FileSystemStorage):
        return
    root = Path(storage.location)
    if not root.is_dir():
        raise FileNotFoundError(f"storage root {root} is missing or not a directory")
    if not os.access(root, os.W_OK | os.X_OK):
        raise PermissionError(f"storage root {root} is not writable")


_probe_running = threading.Lock()


def storage_probe(*, prefix: str = "healthz", timeout: float = 5.0, storage: Storage | None = None) -> None:
    """Write a tiny object under ``prefix``, read it back and delete it, within ``timeout`` seconds;
    raise when any step fails or takes longer (``TimeoutError``).

    The work runs in a daemon thread so a hung mount or endpoint cannot hold the caller; while one
    such probe is still stuck, the next call fails at once instead of starting another thread.
    """
    storage = storage or default_storage
    storage_writable(storage=storage)
    if not _probe_running.acquire(blocking=False):
        raise TimeoutError("an earlier storage probe has not finished")
    outcome: list[BaseException | None] = []

    def probe() -> None:
        try:
            name = storage.save(f"{prefix}/{uuid.uuid4().hex}.txt", ContentFile(b"ok"))
            try:
                with storage.open(name, "rb") as fh:
                    if fh.read() != b"ok":
                        raise OSError("storage read back different bytes")
            finally:
                storage.delete(name)
            outcome.append(None)
        except BaseException as exc:  # handed to the caller's thread
            outcome.append(exc)
        finally:
            _probe_running.release()

    worker = threading.Thread(target=probe, name="storage-probe", daemon=True)
    try:
        worker.start()
    except BaseException:
        _probe_running.release()
        raise
    worker.join(timeout)
    if not outcome:
        raise TimeoutError(f"storage did not answer within {timeout} s")
    if outcome[0] is not None:
        raise outcome[0]


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


#: The hex SHA-256 of a local file (the engine's helper: one digest routine in the project).
sha256_of = file_sha256


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
