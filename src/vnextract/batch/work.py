"""What a worker does with one chunk of documents: decode, take HTML apart, extract.

This runs in worker processes (multiprocessing or Dask), so it only takes and returns plain,
picklable values: a document dict from :mod:`vnextract.batch.inputs` in, and out either
``("article", article_json_dict, source)`` or ``("failure", failure_dict)``. Every exception a
document causes ends as a failure with its reason; nothing a document does stops the chunk.

* Time: a document that runs longer than the time limit is interrupted and becomes a failure:
  by SIGALRM where the work runs on a process's main thread (``--workers``), by an exception
  sent into the worker thread (``PyThreadState_SetAsyncExc``) where it does not (Dask worker
  threads), so ``--timeout`` holds on a cluster too. Both interrupt Python code between two
  bytecodes; neither can stop one long call into C.
* Storable values: the text (after decoding or HTML extraction), the url and every failure row
  pass through :func:`vnextract.batch.inputs.storable` (lone surrogates and NULs replaced),
  as ids and sources did in the reader.
* HTML that is not text (binary bytes, or a page whose extracted "text" is mostly not letters)
  is a failure, not an article.
* Worker processes die with the batch (:func:`worker_init`), and at most
  :data:`MAX_FAILURE_ROWS_PER_FILE` failure rows are written per input file
  (:class:`FailureCap`).
"""

from __future__ import annotations

import ctypes
import datetime as dt
import os
import signal
import sys
import threading
from typing import Any

from .. import __version__
from ..errors import DecodeError
from .inputs import storable

DEFAULT_TIMEOUT = 120.0  # seconds for one document
MAX_RECORDS = 100_000  # paragraphs + sentences + records of one document (memory bound: pipeline.extract)


class DocTimeout(Exception):
    pass


def _on_alarm(signum: int, frame: Any) -> None:
    raise DocTimeout()


def decode(data: bytes) -> str:
    """Bytes to text through vnextract's decoder (``pipeline.to_text``): ``DecodeError`` when
    there is no clear evidence of the encoding, never a guess."""
    from ..pipeline import to_text

    return to_text(data)


class NotText(ValueError):
    """An HTML document whose bytes or extracted text are not text."""


MIN_LETTER_SHARE = 1 / 3  # of the non-space characters of a page's extracted text


def check_html_bytes(data: bytes) -> None:
    """Refuse bytes that are not an HTML page: a binary file signature, or (without a UTF-16/32
    byte order mark) more than 2% control bytes, NULs included, in the first 64 KB: the test
    ``vnextract.decode`` applies to text files."""
    from ..pipeline import binary_evidence

    why = binary_evidence(data)
    if why:
        raise NotText(f"binary data, not an HTML page ({why})")


def check_letters(text: str) -> None:
    """Refuse an extracted text in which fewer than a third of the non-space characters are
    letters (what trafilatura makes of junk that got past the byte test)."""
    sample = "".join(text[:65536].split())
    if not sample:
        return
    letters = sum(1 for c in sample if c.isalpha())
    if letters < MIN_LETTER_SHARE * len(sample):
        raise NotText(f"the page's text is not text: {letters:,} letters in {len(sample):,} non-space characters")


def html_to_text(data: bytes | str) -> tuple[str, str | None, str | None]:
    """The article of an HTML page: (text with the headline as first line, published, url)."""
    import trafilatura

    if isinstance(data, (bytes, bytearray)):
        check_html_bytes(bytes(data))
    doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, include_tables=True)
    if doc is None or not (doc.text or "").strip():
        raise ValueError("no article text found in the HTML page")
    text = doc.text.strip()
    check_letters(text)
    title = (doc.title or "").strip()
    if title and not text.startswith(title):
        text = title + "\n" + text
    return text, doc.date, doc.url


def failure(item: dict, reason: str, error: str | None = None) -> dict:
    doc_id = item.get("id") or item.get("source")
    source = item.get("source")
    return {
        "id": storable(str(doc_id), key=True) if doc_id is not None else None,
        "source": storable(str(source)) if source is not None else None,
        "reason": storable(reason),
        "error": storable(error) if error is not None else None,
        "failed_at": dt.datetime.now(dt.timezone.utc).replace(tzinfo=None).isoformat(timespec="seconds"),
        "extractor_version": __version__,
    }


def process_one(item: dict) -> tuple:
    from ..pipeline import extract

    if "error" in item:
        return ("failure", failure(item, item["error"], "InputError"))
    data = item.get("data")
    url = item.get("url")
    published = item.get("published")
    if item.get("kind") == "html":
        try:
            text, found_date, found_url = html_to_text(data)
        except NotText as exc:
            return ("failure", failure(item, str(exc), "NotText"))
        url = url or found_url
        published = published or found_date
    elif isinstance(data, (bytes, bytearray)):
        text = decode(bytes(data))
    else:
        text = data
    text = storable(text) if isinstance(text, str) else text  # ids and sources: done by the reader
    url = storable(url) if isinstance(url, str) else url
    if not text or not text.strip():
        return ("failure", failure(item, "empty document (no text)", "EmptyDocument"))
    art = extract(text, doc_id=item["id"], url=url, published=published or None, max_records=MAX_RECORDS)
    return ("article", art.model_dump(mode="json"), item.get("source"))


class _ThreadTimer:
    """Raise :class:`DocTimeout` in the calling (non-main) thread after ``timeout`` seconds,
    unless :meth:`cancel` comes first: a timer thread sends the exception with
    ``PyThreadState_SetAsyncExc``; a lock makes "finished" and "fired" exclusive, and one that
    fired too late to be delivered is withdrawn again."""

    _api: Any = None  # (send, withdraw): PyThreadState_SetAsyncExc(thread id, exception or NULL)

    def __init__(self, timeout: float):
        if _ThreadTimer._api is None:
            name = ("PyThreadState_SetAsyncExc", ctypes.pythonapi)
            send = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_ulong, ctypes.py_object)(name)
            withdraw = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p)(name)
            _ThreadTimer._api = (send, withdraw)
        self.tid = threading.get_ident()
        self.lock = threading.Lock()
        self.done = False
        self.fired = False
        self.timer = threading.Timer(timeout, self._fire)
        self.timer.daemon = True
        self.timer.start()

    def _fire(self) -> None:
        with self.lock:
            if not self.done:
                self.fired = True
                self._api[0](self.tid, DocTimeout)

    def cancel(self) -> None:
        self.timer.cancel()
        with self.lock:
            self.done = True
            if self.fired:  # not delivered yet (or already delivered: then this is a no-op)
                self._api[1](self.tid, None)


def _guarded(item: dict, timeout: float | None) -> tuple:
    if "error" in item:  # failed in the reader: nothing to run, nothing to time
        return ("failure", failure(item, item["error"], "InputError"))
    try:
        return _timed(item, timeout)
    except DocTimeout:  # delivered to the worker thread just after the document ended
        return ("failure", failure(item, f"extraction took longer than {timeout:g} s", "Timeout"))


def _timed(item: dict, timeout: float | None) -> tuple:
    on_main = threading.current_thread() is threading.main_thread()
    use_alarm = bool(timeout) and on_main
    use_thread = bool(timeout) and not on_main and sys.implementation.name == "cpython"
    old = None
    timer = None
    if use_alarm:
        old = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    elif use_thread:
        timer = _ThreadTimer(timeout)
    try:
        return process_one(item)
    except DocTimeout:
        return ("failure", failure(item, f"extraction took longer than {timeout:g} s", "Timeout"))
    except DecodeError as exc:
        return ("failure", failure(item, f"undecodable bytes: {exc}", "DecodeError"))
    except RecursionError:
        return ("failure", failure(item, "extractor recursion limit hit", "RecursionError"))
    except MemoryError:
        return ("failure", failure(item, "out of memory on this document", "MemoryError"))
    except Exception as exc:  # noqa: BLE001 - every document must end as a row
        return ("failure", failure(item, f"{type(exc).__name__}: {exc}"[:500], type(exc).__name__))
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
        if timer is not None:
            timer.cancel()


def _prepare(result: tuple, how: str | None) -> tuple:
    """Do the sink's CPU work here, in the worker, so the single writer only writes.

    ``"sql"``: the typed rows of every table (schema.flatten_article); ``"sql-rows"``: the same
    as tuples in column order (schema.flatten_rows), ``"sql-rows-iso"`` with dates as ISO text
    (SQLite); ``"jsonl"``: (id, the
    encoded line); None: the Article dict as it is.
    """
    if result[0] != "article" or how is None:
        return result
    art, source = result[1], result[2]
    extra = {"extractor_version": __version__, "input_source": source}
    if how == "sql":
        from .schema import flatten_article

        return ("article", flatten_article(art, extra), source)
    if how in ("sql-rows", "sql-rows-iso"):
        from .schema import flatten_rows

        return ("article", flatten_rows(art, extra, iso_dates=how == "sql-rows-iso"), source)
    if how == "jsonl":
        import json

        line = json.dumps({**art, **extra}, ensure_ascii=False).encode() + b"\n"
        return ("article", (art["id"], line), source)
    return result


def process_chunk(items: list[dict], timeout: float | None = DEFAULT_TIMEOUT, prepare: str | None = None) -> list[tuple]:
    """Results of ``items`` in order (see the module docstring), made ready for the sink."""
    return [_prepare(_guarded(item, timeout), prepare) for item in items]


def warm_up() -> None:
    """Import and compile everything once, before the first chunk."""
    from ..pipeline import extract

    extract("Hà Nội, ngày 28/7/2023. Bộ Công Thương ban hành Thông tư số 01/2021/TT-BCT.")


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent() -> bool:
    """Have the kernel SIGKILL this process the moment its parent process dies (Linux:
    ``prctl(PR_SET_PDEATHSIG, SIGKILL)``). Returns False where that is not available."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
    except (OSError, AttributeError):  # pragma: no cover - no prctl
        return False


def exit_with(pid: int, poll: float = 1.0) -> None:
    """End this process (``os._exit``) as soon as process ``pid`` has ended.

    A daemon thread waits on a pidfd of ``pid`` (Linux 5.3+: readable when the process exits,
    no polling, no confusion with a later process given the same pid); elsewhere it checks
    every ``poll`` seconds that ``pid`` still exists.
    """
    import select
    import time

    def alive() -> bool:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:  # alive, owned by another user
            pass
        return True

    try:
        fd = os.pidfd_open(pid)  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        fd = None
        if not alive():
            os._exit(1)

    def watch() -> None:
        if fd is not None:
            select.select([fd], [], [])
        else:
            while alive():
                time.sleep(poll)
        os._exit(1)

    threading.Thread(target=watch, name="vnextract-exit-with-batch", daemon=True).start()


def worker_init(batch_pid: int | None = None) -> None:
    """Initializer of a batch worker process: end with the batch, then warm up.

    A worker is a child of the multiprocessing forkserver (itself a child of the batch, made to
    die with it by :mod:`vnextract.batch.forkserver_guard`), or of the batch itself under
    ``spawn``. Two means, because SIGKILL leaves the batch no chance to clean up:
    PR_SET_PDEATHSIG kills the worker when its parent dies, even inside a long call into C; and
    :func:`exit_with` ends it when the batch process ``batch_pid`` ends, whoever its parent is
    (the forkserver alone would not: the workers hold its "still needed" pipe open).
    """
    die_with_parent()
    if batch_pid is not None:
        exit_with(batch_pid)
    warm_up()


MAX_FAILURE_ROWS_PER_FILE = 1000


class FailureCap:
    """At most ``per_file`` failure rows per input file; the rest of a file's failures are
    counted, not written one by one, and become one summary row per file at the end of the run
    (id ``FILE#more-failures``, error ``FailuresCapped``, the count and the most common reasons
    in ``reason``). A 1 KB ``.jsonl.gz`` of a million ``{}`` lines is then 1,001 rows, not a
    million. The closing line still counts every failure."""

    def __init__(self, per_file: int = MAX_FAILURE_ROWS_PER_FILE):
        self.per_file = per_file
        self.written: dict[str, int] = {}
        self.extra: dict[str, dict[str, int]] = {}  # file -> error kind -> failures not written

    def admit(self, item: dict, row: dict) -> bool:
        """True when ``row`` (a failure of ``item``) is to be written."""
        f = item.get("file")
        if f is None:
            return True
        n = self.written.get(f, 0)
        if n < self.per_file:
            self.written[f] = n + 1
            return True
        kinds = self.extra.setdefault(f, {})
        key = row.get("error") or "other"
        kinds[key] = kinds.get(key, 0) + 1
        return False

    @property
    def held_back(self) -> int:
        return sum(sum(k.values()) for k in self.extra.values())

    def summary_rows(self) -> list[dict]:
        rows = []
        for f, kinds in self.extra.items():
            n = sum(kinds.values())
            common = ", ".join(f"{k} {v:,}" for k, v in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
            reason = (f"{n:,} more failures in this file are not written one by one (the first "
                      f"{self.per_file:,} are); by kind: {common}")
            rows.append(failure({"id": f"{f}#more-failures", "source": f}, reason, "FailuresCapped"))
        return rows
