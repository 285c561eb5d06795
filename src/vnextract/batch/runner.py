"""The batch loop: read documents in chunks, extract them on N processes (or a Dask cluster),
write each chunk to the sink from this one process, count everything.

Chunks are submitted in input order and written in input order (a bounded window of chunks is in
flight, so memory stays flat), which makes two runs over the same inputs write the same rows in
the same order. A worker process that dies (a segfault, the OOM killer) breaks the pool: the pool
is rebuilt and the chunks it held are run again one document at a time, so the one document
that kills a worker is recorded as a failure and the others are extracted. Worker processes
end with the batch, even after SIGKILL or SIGTERM (``work.worker_init``: PR_SET_PDEATHSIG on
Linux in the forkserver and in each worker, and a thread in each worker waiting for the batch
process to end).
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing as mp
import os
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Iterable, Iterator

from .inputs import InputStats, Limits, iter_documents
from .sinks import DEFAULT_DEST, Sink, open_sink
from .work import DEFAULT_TIMEOUT, FailureCap, failure, process_chunk, worker_init


@dataclass
class Summary:
    documents: int = 0
    articles: int = 0
    failures: int = 0
    skipped: int = 0  # --resume: already in DEST; --retry-failures: not a failure in DEST
    duplicates: int = 0  # a document whose id came earlier in this run: not extracted, not written
    kept_articles: int = 0  # failures whose id kept the article stored before
    ignored: int = 0  # files of other kinds in folders, non-article WARC records
    seconds: float = 0.0
    summarised: int = 0  # failures beyond the per-file cap: counted, in one summary row per file
    failure_reasons: dict[str, int] = field(default_factory=dict)
    duplicate_examples: list[tuple[str, str]] = field(default_factory=list)  # (id, source), the first few
    skip_reason: str = "already in DEST"

    @property
    def accounted(self) -> bool:
        return self.documents == self.articles + self.failures + self.skipped + self.duplicates

    def line(self) -> str:
        # The rate is of documents worked on (articles and failures): documents --resume skips
        # take no time, and counting them made "25,700 docs/s".
        rate = (self.articles + self.failures) / self.seconds if self.seconds > 0 else 0.0
        fails = f"{self.failures:,} failure{'s' if self.failures != 1 else ''}"
        if self.summarised:
            fails += f" ({self.summarised:,} of them in per-file summary rows)"
        parts = [f"{self.articles:,} article{'s' if self.articles != 1 else ''}", fails]
        if self.skipped:
            parts.append(f"{self.skipped:,} skipped ({self.skip_reason})")
        if self.duplicates:
            parts.append(f"{self.duplicates:,} duplicate{'s' if self.duplicates != 1 else ''}")
        noun = "document" if self.documents == 1 else "documents"
        return f"{self.documents:,} {noun}: {', '.join(parts)} in {self.seconds:.1f} s ({rate:,.0f} docs/s)"


def _chunks(it: Iterable[dict], size: int) -> Iterator[list[dict]]:
    it = iter(it)
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk


class _Inline:
    """workers=1: extract in this process."""

    inflight = 1

    def __init__(self, timeout: float | None, prepare: str | None):
        self.timeout = timeout
        self.prepare = prepare

    def submit(self, chunk: list[dict]) -> Any:
        return process_chunk(chunk, self.timeout, self.prepare)

    def result(self, handle: Any, chunk: list[dict]) -> list[tuple]:
        return handle

    def shutdown(self) -> None:
        pass


_PRELOAD = ["vnextract.batch.forkserver_guard", "vnextract.batch.work", "vnextract.batch.schema", "vnextract.pipeline"]


def _context() -> Any:
    """forkserver where there is one (workers are forked from a process that has already imported
    and compiled the extractors: no per-worker start-up), else spawn. Never plain fork: the
    writer holds database connections and threads."""
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        from ..pipeline import COMPONENTS

        ctx.set_forkserver_preload(_PRELOAD + [f"vnextract.{c}" for c in COMPONENTS])
        return ctx
    return mp.get_context("spawn")


class _Pool:
    """A process pool that survives a worker dying on a document."""

    def __init__(self, workers: int, timeout: float | None, prepare: str | None):
        self.workers = workers
        self.timeout = timeout
        self.prepare = prepare
        self.inflight = workers * 2
        self.gen = 0
        self.pool = self._new()

    def _new(self) -> cf.ProcessPoolExecutor:
        return cf.ProcessPoolExecutor(self.workers, mp_context=_context(), initializer=worker_init,
                                      initargs=(os.getpid(),))

    def _rebuild(self, gen: int) -> None:
        if gen == self.gen:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = self._new()
            self.gen += 1

    def submit(self, chunk: list[dict]) -> Any:
        try:
            return self.pool.submit(process_chunk, chunk, self.timeout, self.prepare), self.gen
        except cf.process.BrokenProcessPool:
            self._rebuild(self.gen)
            return self.pool.submit(process_chunk, chunk, self.timeout, self.prepare), self.gen

    def result(self, handle: Any, chunk: list[dict]) -> list[tuple]:
        fut, gen = handle
        try:
            return fut.result()
        except cf.process.BrokenProcessPool:
            self._rebuild(gen)
        out: list[tuple] = []
        for item in chunk:  # one at a time, to find the document that kills a worker
            gen = self.gen
            try:
                out.extend(self.pool.submit(process_chunk, [item], self.timeout, self.prepare).result())
            except cf.process.BrokenProcessPool:
                self._rebuild(gen)
                out.append(("failure", failure(item, "the worker process died on this document", "WorkerDied")))
        return out

    def shutdown(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class _Dask:
    """Chunks run as tasks on an existing Dask cluster (``--dask tcp://HOST:PORT``)."""

    def __init__(self, address: Any, timeout: float | None, prepare: str | None):
        from distributed import Client

        self.prepare = prepare
        self.own = not hasattr(address, "submit")
        self.client = Client(address) if self.own else address
        self.timeout = timeout
        self.inflight = max(2, 2 * sum(self.client.nthreads().values()))

    def submit(self, chunk: list[dict]) -> Any:
        return self.client.submit(process_chunk, chunk, self.timeout, self.prepare, pure=False)

    def result(self, handle: Any, chunk: list[dict]) -> list[tuple]:
        try:
            return handle.result()
        except Exception:  # noqa: BLE001 - KilledWorker and the like: isolate the document
            out: list[tuple] = []
            for item in chunk:
                try:
                    out.extend(self.client.submit(process_chunk, [item], self.timeout, self.prepare, pure=False).result())
                except Exception as exc:  # noqa: BLE001
                    out.append(("failure", failure(item, f"the Dask task failed: {type(exc).__name__}: {exc}"[:500], "WorkerDied")))
            return out

    def shutdown(self) -> None:
        if self.own:
            self.client.close()


class _SeenIds:
    """The ids of this run so far, as 16-byte digests (a fixed size whatever the id's length):
    ``add(id)`` is True when the id was seen before."""

    def __init__(self) -> None:
        self.seen: set[bytes] = set()

    def add(self, doc_id: str) -> bool:
        import hashlib

        key = hashlib.blake2b(doc_id.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        if key in self.seen:
            return True
        self.seen.add(key)
        return False


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def run(
    inputs: list[str],
    out: str | None = None,
    *,
    workers: int | None = None,
    resume: bool = False,
    dask: Any = None,
    chunk_size: int = 64,
    progress: bool = False,
    limits: Limits | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    retry_failures: bool = False,
) -> Summary:
    """Extract every document of ``inputs`` into ``out`` (see ``vnextract batch --help``).

    ``dask`` is a scheduler address ("tcp://HOST:PORT") or a ``distributed.Client``.
    Returns the counts; ``Summary.accounted`` is True when documents = articles + failures +
    skipped + duplicates. A document whose id came earlier in the run is a duplicate: counted,
    named in ``Summary.duplicate_examples`` (the first ten), never extracted or written, so it
    cannot overwrite the first. ``retry_failures`` extracts only the documents stored as
    failures and not as articles (the others are skipped).
    """
    sink = open_sink(out or DEFAULT_DEST, resume=resume)
    stats = InputStats()
    summary = Summary()
    if retry_failures:
        summary.skip_reason = "not a failure in DEST"
    seen_ids = _SeenIds()
    t0 = time.perf_counter()
    n = workers if workers else default_workers()
    if dask:
        ex: Any = _Dask(dask, timeout, sink.prepare)
    elif n <= 1:
        ex = _Inline(timeout, sink.prepare)
    else:
        ex = _Pool(n, timeout, sink.prepare)
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit=" docs", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)
    pending: deque = deque()
    cap = FailureCap()

    def collect() -> None:
        handle, chunk = pending.popleft()
        results = ex.result(handle, chunk)
        articles = []
        failures = []
        for item, r in zip(chunk, results):
            if r[0] == "article":
                articles.append((r[1], r[2]))
            else:
                summary.failures += 1
                key = r[1].get("error") or "other"
                summary.failure_reasons[key] = summary.failure_reasons.get(key, 0) + 1
                if cap.admit(item, r[1]):
                    failures.append(r[1])
                else:
                    summary.summarised += 1
        if articles or failures:  # a chunk of failures held back by the cap writes nothing
            sink.write(articles, failures)
        summary.articles += len(articles)
        if bar is not None:
            bar.update(len(chunk))
            bar.set_postfix(failures=summary.failures, refresh=False)

    try:
        for chunk in _chunks(iter_documents(inputs, limits, stats, exclude=sink.own_paths()), max(1, chunk_size)):
            summary.documents += len(chunk)
            fresh = []
            for d in chunk:  # a later document with an id seen in this run is a duplicate: counted, not written
                if seen_ids.add(d["id"]):
                    summary.duplicates += 1
                    if len(summary.duplicate_examples) < 10:
                        summary.duplicate_examples.append((d["id"], d.get("source") or ""))
                    if bar is not None:
                        bar.update(1)
                else:
                    fresh.append(d)
            chunk = fresh
            if retry_failures:
                wanted = sink.retryable([d["id"] for d in chunk])
                kept = [d for d in chunk if d["id"] in wanted]
                summary.skipped += len(chunk) - len(kept)
                if bar is not None:
                    bar.update(len(chunk) - len(kept))
                chunk = kept
            elif resume:
                present = sink.existing([d["id"] for d in chunk])
                if present:
                    kept = [d for d in chunk if d["id"] not in present]
                    summary.skipped += len(chunk) - len(kept)
                    if bar is not None:
                        bar.update(len(chunk) - len(kept))
                    chunk = kept
            if not chunk:
                continue
            pending.append((ex.submit(chunk), chunk))
            while len(pending) > ex.inflight:
                collect()
        while pending:
            collect()
        if cap.held_back:
            sink.write([], cap.summary_rows())
    finally:
        try:
            sink.close()
        finally:
            ex.shutdown()
            if bar is not None:
                bar.close()
    summary.ignored = stats.ignored
    summary.kept_articles = sink.kept_articles
    summary.seconds = time.perf_counter() - t0
    return summary


def run_cli(args: Any) -> int:
    """``vnextract batch``: run, print the closing line; exit 0 when every document is accounted
    for, 3 when it is but some ids were duplicates (not stored), 1 when not, 2 on a user error."""
    from pathlib import Path

    from .sinks import SinkError

    if getattr(args, "retry_failures", False) and args.resume:
        print("vnextract: error: --resume and --retry-failures do not go together: --retry-failures already "
              "skips every document that is not a stored failure", file=sys.stderr)
        return 2
    missing = [p for p in args.inputs if not Path(p).exists()]
    if missing:
        print(f"vnextract: error: no such file or folder: {missing[0]}", file=sys.stderr)
        return 2
    limits = Limits()
    if getattr(args, "max_doc_mb", None):
        limits.max_doc_bytes = int(args.max_doc_mb * (1 << 20))
    progress = not getattr(args, "quiet", False) and sys.stderr.isatty()
    try:
        summary = run(
            args.inputs,
            args.out,
            workers=args.workers,
            resume=args.resume,
            dask=getattr(args, "dask", None),
            chunk_size=getattr(args, "chunk_size", 64) or 64,
            progress=progress,
            limits=limits,
            timeout=getattr(args, "timeout", None) or DEFAULT_TIMEOUT,
            retry_failures=getattr(args, "retry_failures", False),
        )
    except SinkError as exc:
        print(f"vnextract: error: {exc}", file=sys.stderr)
        return 2
    print(summary.line(), flush=True)
    if summary.failure_reasons:
        reasons = ", ".join(f"{k} {v:,}" for k, v in sorted(summary.failure_reasons.items()))
        print(f"failures by kind: {reasons}", file=sys.stderr)
    if summary.ignored:
        what = "file or WARC record" if summary.ignored == 1 else "files or WARC records"
        print(f"{summary.ignored:,} {what} ignored (not articles)", file=sys.stderr)
    if summary.kept_articles:
        print(f"{summary.kept_articles:,} failed document(s) kept the article stored before "
              "(the failure is recorded beside it; --retry-failures does not retry these)", file=sys.stderr)
    if summary.duplicates:
        shown = ", ".join(f"{i!r} at {src}" for i, src in summary.duplicate_examples)
        more = summary.duplicates - len(summary.duplicate_examples)
        print(f"{summary.duplicates:,} duplicate id(s): a later document with an id seen earlier in this run "
              f"was not extracted (the first is kept): {shown}{f' and {more:,} more' if more else ''}",
              file=sys.stderr)
    if not summary.accounted:
        return 1
    return 3 if summary.duplicates else 0
