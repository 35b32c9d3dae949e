"""Readers and writers for the formats Shoal accepts, streamed in chunks with bounded memory.

Tables: CSV/TSV (encoding detected with charset-normalizer, delimiter with ``csv.Sniffer``, parsed by
pyarrow's streaming CSV reader with every column as text), Parquet (``iter_batches``), XLSX (openpyxl
read-only, first sheet). Records: JSONL (one JSON value per line) and TXT (one record per line).

A table's first row is a header only when it reads as one (`is_header_row`): a first record of
names, e-mail addresses and phone numbers is data, and is anonymised like every other row. Header
cells are scanned like cells (`personal_header_cells`): one holding a personal value is never
published as a column name, the column is called ``column_<i>`` instead.

Malformed input raises `InputError` with a reason that never quotes file content. Cells are capped
at `MAX_CELL_CHARS`: a file holding a larger cell is rejected (a 10 MB "cell" is junk or an attack,
and silently cutting it could leave half a identifier behind), as is any row over `BLOCK_BYTES`.
A file over the size limits of `anonymize.limits` (rows, columns, cells, unpacked size, compression
ratio, JSON nesting) is rejected before it is parsed where its format declares its size (XLSX, Parquet),
and as soon as a limit is passed where it streams (CSV/TSV, JSONL, TXT).
CSV/TSV/TXT/JSONL output is UTF-8 whatever the input encoding.

The package is split by responsibility: `formats` (formats, encodings, cell caps), `header`
(header detection), `source` (`TableSource`), `tables` (`open_table`), `writers` (table writers and
Parquet schemas) and `records` (JSONL/TXT); every name is re-exported here.
"""

from __future__ import annotations

from anonymize.dtypes import to_arrow
from anonymize.io.formats import (
    _CONTROL_RE,
    _SURROGATE_ESCAPE,
    BLOCK_BYTES,
    MAX_CELL_CHARS,
    RECORD_FORMATS,
    RETYPE_CONVERT_ROWS,
    SNIFF_BYTES,
    TABLE_FORMATS,
    _arrow_error,
    _binary_text,
    _check_not_empty,
    _decode_head,
    _has_lone_surrogate,
    _nested_text,
    _unique_names,
    check_cells,
    detect_encoding,
    detect_format,
    open_parquet,
)
from anonymize.io.header import (
    _HEADER_ENTITIES,
    _LETTER_RE,
    _SHAPE_SHARE,
    _TRUNK_PHONE_RE,
    HEADER_SAMPLE_ROWS,
    _cell_shape,
    _column_vote,
    _csv_rows,
    _generated_names,
    _named,
    _personal_finding,
    _share,
    _trimmed,
    is_header_row,
    personal_header_cells,
)
from anonymize.io.records import (
    _BLANK,
    RecordWriter,
    _Blank,
    _lines,
    is_blank_record,
    iter_records,
)
from anonymize.io.source import (
    TableSource,
    _guarded_xlsx_rows,
    _PacedFile,
    _xlsx_cells,
    _xlsx_rows,
)
from anonymize.io.tables import (
    _table_source,
    open_table,
)
from anonymize.io.writers import (
    TableWriter,
    _typed_array,
    conform_table,
    parquet_column_types,
    retype_parquet,
    unified_parquet_schema,
)

__all__ = [
    "BLOCK_BYTES",
    "HEADER_SAMPLE_ROWS",
    "MAX_CELL_CHARS",
    "RECORD_FORMATS",
    "RETYPE_CONVERT_ROWS",
    "SNIFF_BYTES",
    "TABLE_FORMATS",
    "_BLANK",
    "_CONTROL_RE",
    "_HEADER_ENTITIES",
    "_LETTER_RE",
    "_SHAPE_SHARE",
    "_SURROGATE_ESCAPE",
    "_TRUNK_PHONE_RE",
    "RecordWriter",
    "TableSource",
    "TableWriter",
    "_Blank",
    "_PacedFile",
    "_arrow_error",
    "_binary_text",
    "_cell_shape",
    "_check_not_empty",
    "_column_vote",
    "_csv_rows",
    "_decode_head",
    "_generated_names",
    "_guarded_xlsx_rows",
    "_has_lone_surrogate",
    "_lines",
    "_named",
    "_nested_text",
    "_personal_finding",
    "_share",
    "_table_source",
    "_trimmed",
    "_typed_array",
    "_unique_names",
    "_xlsx_cells",
    "_xlsx_rows",
    "check_cells",
    "conform_table",
    "detect_encoding",
    "detect_format",
    "is_blank_record",
    "is_header_row",
    "iter_records",
    "open_parquet",
    "open_table",
    "parquet_column_types",
    "personal_header_cells",
    "retype_parquet",
    "to_arrow",
    "unified_parquet_schema",
]
