"""Batch extraction of news archives into files and databases: ``vnextract batch``.

Hand-written glue around well-kept libraries (trafilatura for HTML pages, warcio for WARC,
SQLAlchemy for SQLite/PostgreSQL, pyarrow for Parquet, Dask for clusters), because what a
news archive needs is not in any of them: every document ends as exactly one article row or one
failure row, re-runs upsert, ``--resume`` after a crash gives what a clean run gives, and the
tables follow vnextract's records.

>>> from vnextract.batch import run                                            # doctest: +SKIP
>>> summary = run(["archive/"], "sqlite:///news.db", workers=2)                 # doctest: +SKIP
>>> print(summary.line())                                                       # doctest: +SKIP
1,234 documents: 1,230 articles, 4 failures in 12.3 s (100 docs/s)

Modules: :mod:`.inputs` (files, JSONL, WARC to documents), :mod:`.work` (what a worker does
with a document), :mod:`.sinks` (JSONL, Parquet, SQL), :mod:`.schema` (tables derived from the
models), :mod:`.runner` (the loop and the CLI).
"""

from __future__ import annotations

from .inputs import Limits, iter_documents
from .runner import Summary, run, run_cli
from .sinks import DEFAULT_DEST, open_sink, read_articles, read_failures

__all__ = [
    "run", "run_cli", "Summary", "Limits", "iter_documents", "open_sink", "read_articles",
    "read_failures", "DEFAULT_DEST",
]
