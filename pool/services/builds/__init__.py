"""Corpus builds by responsibility (DESIGN.md §3, flow 2); ``pool.services.corpora`` re-exports them.

- ``admission``: which ready datasets a corpus admits, refusals in plain words, build scheduling;
- ``versions``: claiming, publishing and failing a version (the build's entry point ``corpus_build``);
- ``shards``: Parquet/JSONL shard writing and the pooled table read batch by batch;
- ``pooled_risk``: k re-measured (and treated) over the union of the contributors' quasi-identifiers;
- ``residual``: text corpora and the identifiers their self-checks left.
"""
