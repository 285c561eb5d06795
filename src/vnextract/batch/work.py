"""What a worker does with one chunk of documents: decode, take HTML apart, extract.

This runs in worker processes (multiprocessing or Dask), so it only takes and returns plain,
picklable values: a document dict from :mod:`vnextract.batch.inputs` in, and out either
``("article", article_json_dict, source)`` or ``("failure", failure_dict)``. Every exception a
document causes ends as a failure with its reason; nothing a document does stops the chunk. A
document that runs longer than the time limit is interrupted (SIGALRM, in processes whose work
runs on the main thread) and becomes a failure too.
"""

from __future__ import annotations

import datetime as dt
import signal
import threading
from typing import Any

from .. import __version__
from ..errors import DecodeError, E101, E102

DEFAULT_TIMEOUT = 120.0  # seconds for one document
MAX_RECORDS = 100_000  # paragraphs + sentences + records of one document (memory bound: pipeline.extract)


class DocTimeout(Exception):
    pass


def _on_alarm(signum: int, frame: Any) -> None:
    raise DocTimeout()


def decode(data: bytes) -> str:
    """Bytes to text through vnextract's decoder (``pipeline.to_text``).

    While the decoder module is not on this branch (``pipeline.to_text`` imports
    ``vnextract.decode``), fall back to the strict rule CONTRACT.md states for the simple cases:
    a UTF-8 or UTF-16 BOM is honoured, NUL bytes mean binary, anything else must be valid UTF-8;
    everything else is refused with ``DecodeError``, never decoded with a guess.
    """
    from ..pipeline import to_text

    try:
        return to_text(data)
    except ModuleNotFoundError as exc:
        if exc.name != "vnextract.decode":
            raise
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise DecodeError(E102.format(evidence=f"bad UTF-16: {e.reason}"), encoding="utf-16") from None
    if b"\x00" in data[:65536]:
        raise DecodeError(E101.format(evidence="NUL bytes"), encoding="binary", evidence="NUL bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        ev = f"invalid UTF-8 at byte {e.start}"
        raise DecodeError(E102.format(evidence=ev), encoding="unknown 8-bit", evidence=ev) from None


def html_to_text(data: bytes | str) -> tuple[str, str | None, str | None]:
    """The article of an HTML page: (text with the headline as first line, published, url)."""
    import trafilatura

    doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, include_tables=True)
    if doc is None or not (doc.text or "").strip():
        raise ValueError("no article text found in the HTML page")
    text = doc.text.strip()
    title = (doc.title or "").strip()
    if title and not text.startswith(title):
        text = title + "\n" + text
    return text, doc.date, doc.url


def failure(item: dict, reason: str, error: str | None = None) -> dict:
    return {
        "id": item.get("id") or item.get("source"),
        "source": item.get("source"),
        "reason": reason,
        "error": error,
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
        text, found_date, found_url = html_to_text(data)
        url = url or found_url
        published = published or found_date
    elif isinstance(data, (bytes, bytearray)):
        text = decode(bytes(data))
    else:
        text = data
    if not text or not text.strip():
        return ("failure", failure(item, "empty document (no text)", "EmptyDocument"))
    art = extract(text, doc_id=item["id"], url=url, published=published or None, max_records=MAX_RECORDS)
    return ("article", art.model_dump(mode="json"), item.get("source"))


def _guarded(item: dict, timeout: float | None) -> tuple:
    use_alarm = bool(timeout) and threading.current_thread() is threading.main_thread()
    old = None
    if use_alarm:
        old = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
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
    """Worker initializer: import and compile everything once, before the first chunk."""
    from ..pipeline import extract

    extract("Hà Nội, ngày 28/7/2023. Bộ Công Thương ban hành Thông tư số 01/2021/TT-BCT.")
