"""The data viewer: the first rows of a version's first Parquet shard, shown to a grant holder.

The same check as a download (grant, policy, version status), and recorded as one.
"""

from __future__ import annotations

import logging
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from common.errors import ApplicationError
from pool.models import Corpus, CorpusVersion
from pool.services.downloads import download_record, version_file_authorize, version_file_open

logger = logging.getLogger(__name__)


#: Rows and characters per cell the data viewer shows.
VIEWER_ROWS = 50
VIEWER_CELL_CHARS = 200


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= VIEWER_CELL_CHARS else text[: VIEWER_CELL_CHARS - 1] + "…"


def version_preview(*, corpus: Corpus, version: CorpusVersion, user: Any) -> dict[str, Any] | None:
    """The first ``VIEWER_ROWS`` rows of the version's first Parquet shard, for a grant holder only.

    The same check as a download (``version_file_authorize``: grant, policy, status), and recorded as
    one: the rows shown are data the organisation received, which a later erasure notice must reach.
    None when the user may not see them or the version has no Parquet file.
    """
    name = next((f["name"] for f in version.files if str(f.get("name", "")).endswith(".parquet")), None)
    if name is None:
        return None
    try:
        access = version_file_authorize(corpus=corpus, number=version.number, name=name, user=user)
        handle = version_file_open(access=access)
    except ApplicationError:
        return None
    try:
        with handle:
            parquet = pq.ParquetFile(handle)
            batch = next(parquet.iter_batches(batch_size=VIEWER_ROWS), None)
            columns = list(parquet.schema_arrow.names)
    except (OSError, pa.ArrowException) as exc:  # an unreadable shard: the page still answers
        logger.warning(
            "data viewer could not read %s v%s: %s", corpus.slug, version.number, type(exc).__name__
        )
        return None
    values = [batch.column(i).to_pylist() for i in range(batch.num_columns)] if batch is not None else []
    download_record(access=access, user=user, token=None, bytes_sent=0, range_header="(data viewer)")
    return {
        "file": name,
        "columns": columns,
        "rows": [[_cell(value) for value in row] for row in zip(*values, strict=True)],
    }
