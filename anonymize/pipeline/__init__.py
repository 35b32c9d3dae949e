"""One entry point for the CLI and the workers: `run` anonymises a file and returns its `Report`.

Steps: open and profile (a head sample) → plan (given or proposed) → risk treatment planned over the
whole file's quasi-identifier columns (a first, column-only pass) → stream the file chunk by chunk
through the plan into a temporary file, renamed into place when complete → self-check a sample of the
output → report. Memory is bounded by the chunk size and, for the risk treatment, by the number of
distinct quasi-identifier combinations (not of rows).

The package is split by the walk of one run, downward: `runner` (`run`, which fixes the frozen
`RunContext`) → `table` or `records` (the streaming; `treatment` plans the risk treatment) →
`conclude` (self-check, report). `preview` and `parts` serve the steps before and after a run split
into parts; `context` holds what they share. Every name is re-exported here; a benchmark or test
setting `PARALLEL_MIN_BYTES` sets it here.
"""

from __future__ import annotations

from anonymize import io as shoal_io
from anonymize.errors import InputError
from anonymize.pipeline.conclude import (
    _conclude,
    _selfcheck_cells,
    _structured_columns,
)
from anonymize.pipeline.context import (
    CHUNK_ROWS,
    OUTPUT_FORMATS,
    PARALLEL_CHUNK_RECORDS,
    PARALLEL_MIN_BYTES,
    PROFILE_ROWS,
    SELFCHECK_ROWS,
    RunContext,
    RunOptions,
    SpansFile,
    _check_plan_columns,
    _malloc_trim,
    _string_leaves,
    pseudonym_key_from_env,
    release_freed_memory,
)
from anonymize.pipeline.parts import (
    finish_parts,
    merge_parts,
)
from anonymize.pipeline.preview import (
    PREVIEW_ROWS,
    _preview_cell,
    plan_split,
    preview_table,
)
from anonymize.pipeline.records import (
    LATE_NAMES_RECORDS,
    _detection_pool,
    _Edit,
    _LateNames,
    _ParquetRecordWriter,
    _run_records,
    _TextAsJsonlWriter,
    _whole_blocks,
)
from anonymize.pipeline.runner import (
    run,
)
from anonymize.pipeline.table import (
    _output_schema,
    _run_table,
)
from anonymize.pipeline.treatment import (
    DEFAULT_L,
    EQUALITY_KEEPING,
    _plan_risk,
)
from anonymize.selfcheck import self_check

__all__ = [
    "CHUNK_ROWS",
    "DEFAULT_L",
    "EQUALITY_KEEPING",
    "LATE_NAMES_RECORDS",
    "OUTPUT_FORMATS",
    "PARALLEL_CHUNK_RECORDS",
    "PARALLEL_MIN_BYTES",
    "PREVIEW_ROWS",
    "PROFILE_ROWS",
    "SELFCHECK_ROWS",
    "InputError",
    "RunContext",
    "RunOptions",
    "SpansFile",
    "_Edit",
    "_LateNames",
    "_ParquetRecordWriter",
    "_TextAsJsonlWriter",
    "_check_plan_columns",
    "_conclude",
    "_detection_pool",
    "_malloc_trim",
    "_output_schema",
    "_plan_risk",
    "_preview_cell",
    "_run_records",
    "_run_table",
    "_selfcheck_cells",
    "_string_leaves",
    "_structured_columns",
    "_whole_blocks",
    "finish_parts",
    "merge_parts",
    "plan_split",
    "preview_table",
    "pseudonym_key_from_env",
    "release_freed_memory",
    "run",
    "self_check",
    "shoal_io",
]
