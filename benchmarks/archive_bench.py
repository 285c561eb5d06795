"""The whole 2017 press archive through ``vnextract batch``, then the archive queries on it.

    python benchmarks/archive_bench.py [--archive PATH] [--workers 2] [--db x.db] [--queries-only] [--json out.json]

1. ``vnextract batch ARCHIVE --out sqlite:///DB --workers 2``, as the command a user runs
   (process start included): wall time, chars/s, docs/s, and the peak resident memory of the
   whole process tree (main process and workers, summed, sampled every 20 ms), with its closing
   line; then a check that every document is accounted for (articles + failures = documents in).
2. Each query of :class:`vnextract.archive.Archive` on that database, timed once, cold (a fresh
   process-level cache of canonical names, as a first call sees it), in this process; the rows
   each gave, and the peak memory of this process.

ARCHIVE defaults to ``../shared/archive/baomoi-2017.jsonl.gz`` (35,427 articles, see its README),
found beside the checkout. Targets (issue 13): peak memory under 1 GB, each query under 5 s.
There are no timed tests: this script is how the figures in the README are made.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402  (the same batch timer and process-tree sampler as bench.py)


def default_archive() -> Path | None:
    env = os.environ.get("VNEXTRACT_ARCHIVE")
    if env:
        return Path(env)
    for up in ROOT.parents:
        p = up / "shared" / "archive" / "baomoi-2017.jsonl.gz"
        if p.exists():
            return p
    return None


def count(archive: Path) -> tuple[int, int]:
    """(documents, characters) of a JSONL(.gz) archive, read a line at a time."""
    opener = gzip.open if archive.name.endswith(".gz") else open
    docs = chars = 0
    with opener(archive, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                docs += 1
                chars += len(json.loads(line).get("text") or "")
    return docs, chars


def run_batch(archive: Path, db: Path, workers: int) -> tuple[float, int, str]:
    """Wall seconds, peak tree RSS and closing line of one ``vnextract batch`` run (bench.py's)."""
    return bench.run_batch(archive, workers, db.parent, db=db)


QUERIES = [
    ('series("cpi")', lambda a: a.series("cpi")),
    ('series("cpi", scope="cả nước")', lambda a: a.series("cpi", scope="cả nước")),
    ('series("exports")', lambda a: a.series("exports")),
    ('people()', lambda a: a.people()),
    ('people(name="Nguyễn Đức Chung")', lambda a: a.people(name="Nguyễn Đức Chung")),
    ('people(org="UBND TP Hà Nội")', lambda a: a.people(org="UBND TP Hà Nội")),
    ('career("Nguyễn Thiện Nhân")', lambda a: a.career("Nguyễn Thiện Nhân")),
    ('career("Đinh La Thăng")', lambda a: a.career("Đinh La Thăng")),
    ('citations(top=20)', lambda a: a.citations(top=20)),
    ('citations()', lambda a: a.citations()),
]


def run_queries(dest: str) -> list[tuple[str, float, int]]:
    sys.path.insert(0, str(ROOT / "src"))
    from vnextract import archive as A

    out = []
    for label, fn in QUERIES:
        A._PROVINCES.clear()  # cold: as the first call of a fresh process sees it
        for cached in (A.canonical_scope, A._org_parts, A._org_text):
            cached.cache_clear()
        arc = A.Archive(dest)
        t0 = time.perf_counter()
        df = fn(arc)
        out.append((label, time.perf_counter() - t0, len(df)))
        arc.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--archive", type=Path, default=default_archive(), help="a JSONL(.gz) archive")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--db", type=Path, default=None, help="the SQLite file to write (default: a temporary one)")
    ap.add_argument("--queries-only", action="store_true", help="time the queries on an existing --db")
    ap.add_argument("--json", default=None, help="also write the figures to this file")
    args = ap.parse_args(argv)

    fig: dict = {}
    with tempfile.TemporaryDirectory(prefix="vnextract-archive-bench-") as tmp:
        db = args.db or Path(tmp) / "archive.db"
        if not args.queries_only:
            if args.archive is None or not args.archive.exists():
                raise SystemExit("archive not found: give --archive PATH or set VNEXTRACT_ARCHIVE")
            if db.exists():
                raise SystemExit(f"{db} exists: the benchmark writes a fresh database")
            docs, chars = count(args.archive)
            print(f"archive: {args.archive} ({docs:,} documents, {chars:,} characters)")
            secs, peak, line = run_batch(args.archive, db, args.workers)
            import sqlite3

            con = sqlite3.connect(db)
            n_art = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            n_fail = con.execute("SELECT COUNT(*) FROM failures").fetchone()[0]
            con.close()
            fig.update({
                "documents": docs, "characters": chars, "workers": args.workers, "batch_seconds": secs,
                "batch_chars_per_s": chars / secs, "batch_docs_per_s": docs / secs,
                "batch_peak_rss_mb": peak / 1e6, "batch_line": line, "articles": n_art, "failures": n_fail,
                "db_mb": db.stat().st_size / 1e6,
            })
            print(f"vnextract batch, {args.workers} workers: {secs:,.1f} s, {chars / secs:,.0f} chars/s, "
                  f"{docs / secs:,.1f} docs/s, peak RSS of the process tree {peak / 1e6:,.0f} MB")
            print(f"closing line: {line}")
            ok = n_art + n_fail == docs
            print(f"accounted for: {n_art:,} articles + {n_fail:,} failures = {n_art + n_fail:,} "
                  f"{'=' if ok else '!='} {docs:,} documents; database {fig['db_mb']:,.0f} MB")
        timings = run_queries(f"sqlite:///{db}")
        fig["queries"] = {label: {"seconds": s, "rows": n} for label, s, n in timings}
        fig["query_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
        print()
        print(f"{'query':<38}{'seconds':>9}{'rows':>9}")
        for label, s, n in timings:
            print(f"{label:<38}{s:>9.2f}{n:>9,}")
        slowest = max(s for _, s, _ in timings)
        print(f"slowest query: {slowest:.2f} s (target < 5 s); peak memory of the query process "
              f"{fig['query_peak_rss_mb']:,.0f} MB")
    if args.json:
        Path(args.json).write_text(json.dumps(fig, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
