"""Reading archives as a stream of documents, each one either readable or already a failure.

``iter_documents(inputs)`` walks files and folders (recursively, in sorted order so that two
runs see the same documents in the same order) and yields one plain dict per document:

* ``.txt`` (and any file named explicitly whose suffix is not one of the others): the whole file
  is one document, id = the path as reached from the INPUT argument ("archive/2023/a.txt").
* ``.html`` / ``.htm``: one document; the page is handed to trafilatura in the worker.
* ``.jsonl`` / ``.jsonl.gz``: one document a line, ``{"id", "text", "url"?, "published"?}``;
  a line without ``id`` gets the Article's own id (``sha256:`` of the text).
* ``.warc`` / ``.warc.gz``: one document per HTML (or plain text) ``response``/``resource``
  record with status 200, id = ``WARC-Record-ID`` (``crawl.warc.gz#3`` as source), url = ``WARC-Target-URI`` (warcio).

A document that cannot even be read (a malformed JSON line, a line longer than the size limit,
the rest of a truncated gzip, a decompression bomb, an unreadable file) is yielded as a dict with
an ``error`` key, so it is counted and written as a failure like any other: documents in =
articles + failures. Memory stays flat: nothing is held beyond one document, lines are read with
a length limit, and gzip streams are checked for an absurd expansion ratio as they are read.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES

MiB = 1 << 20


@dataclass
class Limits:
    """Size limits that turn hostile input into failure records instead of memory use."""

    max_doc_bytes: int = 16 * MiB  # one document (file, JSON line, WARC payload)
    max_gzip_ratio: int = 200  # decompressed / compressed bytes read so far ...
    gzip_ratio_floor: int = 64 * MiB  # ... checked once this much has been decompressed


@dataclass
class InputStats:
    ignored: int = 0  # files in folders with other suffixes, non-HTML WARC records
    ignored_examples: list[str] = field(default_factory=list)

    def ignore(self, what: str) -> None:
        self.ignored += 1
        if len(self.ignored_examples) < 5:
            self.ignored_examples.append(what)


class BombError(Exception):
    """A compressed stream expands beyond the ratio limit."""


class _Counting(io.RawIOBase):
    """A binary file that counts the bytes read from it (the compressed side of a gzip)."""

    def __init__(self, raw: BinaryIO):
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        n = self.raw.readinto(b)
        self.count += n or 0
        return n


class _GzipTail(io.RawIOBase):
    """Passes a .gz file through while checking, on the side, that its last member is complete.

    warcio stops quietly at a gzip stream cut in the middle of a record; this tells the cut from
    a clean end (``truncated`` after EOF), so the lost record becomes a failure row.
    """

    def __init__(self, raw: BinaryIO):
        self.raw = raw
        self.z = zlib.decompressobj(31)
        self.pending = False  # bytes fed into a member that has not ended

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        n = self.raw.readinto(b)
        if n:
            self._feed(bytes(memoryview(b)[:n]))
        return n

    def _feed(self, data: bytes) -> None:
        while data:
            self.pending = True
            self.z.decompress(data, MiB)
            while self.z.unconsumed_tail:
                self.z.decompress(self.z.unconsumed_tail, MiB)
            if self.z.eof:
                data = self.z.unused_data
                self.z = zlib.decompressobj(31)
                self.pending = False
            else:
                data = b""

    @property
    def truncated(self) -> bool:
        return self.pending


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for s in sorted(KNOWN_SUFFIXES, key=len, reverse=True):
        if name.endswith(s):
            return s
    return path.suffix.lower()


def _fail(doc_id: str, source: str, reason: str) -> dict:
    return {"id": doc_id, "source": source, "error": reason}


def text_id(text: str) -> str:
    """The id ``vnextract.extract`` gives a text without ``doc_id``."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def iter_files(inputs: list[str], stats: InputStats, exclude: Iterable[Path] = ()) -> Iterator[Path]:
    """Files named, and files of a known kind under folders named, in a stable order.

    ``exclude`` holds the destination's own files (``out.jsonl`` written into the folder being
    read must not be read back as input).
    """
    skip = {Path(os.path.abspath(p)) for p in exclude}

    def skipped(f: Path) -> bool:
        a = Path(os.path.abspath(f))
        return any(a == s or s in a.parents for s in skip)

    for arg in inputs:
        p = Path(arg)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    f = Path(root) / name
                    if name.startswith(".") or skipped(f):
                        continue
                    if _suffix(f) in KNOWN_SUFFIXES:
                        yield f
                    else:
                        stats.ignore(str(f))
        else:
            yield p


def iter_documents(
    inputs: list[str], limits: Limits | None = None, stats: InputStats | None = None, exclude: Iterable[Path] = ()
) -> Iterator[dict]:
    """Every document of ``inputs`` (see the module docstring), in a stable order."""
    limits = limits or Limits()
    stats = stats if stats is not None else InputStats()
    for path in iter_files(inputs, stats, exclude):
        kind = _suffix(path)
        if kind in JSONL_SUFFIXES:
            yield from _jsonl(path, limits)
        elif kind in WARC_SUFFIXES:
            yield from _warc(path, limits, stats)
        else:
            yield _single(path, "html" if kind in HTML_SUFFIXES else "text", limits)


def _single(path: Path, kind: str, limits: Limits) -> dict:
    source = path.as_posix()
    try:
        size = path.stat().st_size
        if size > limits.max_doc_bytes:
            return _fail(source, source, f"document too large: {size:,} bytes > limit {limits.max_doc_bytes:,}")
        with open(path, "rb") as f:
            data = f.read(limits.max_doc_bytes + 1)
    except OSError as exc:
        return _fail(source, source, f"cannot read file: {exc.strerror or exc}")
    if len(data) > limits.max_doc_bytes:
        return _fail(source, source, f"document too large: more than {limits.max_doc_bytes:,} bytes")
    return {"id": source, "source": source, "kind": kind, "data": data}


def _open_stream(path: Path) -> tuple[BinaryIO, _Counting | None, BinaryIO]:
    raw = open(path, "rb")
    if path.name.lower().endswith(".gz"):
        counting = _Counting(raw)
        return gzip.GzipFile(fileobj=io.BufferedReader(counting, 1 << 16), mode="rb"), counting, raw
    return raw, None, raw


def _jsonl(path: Path, limits: Limits) -> Iterator[dict]:
    source = path.as_posix()
    try:
        stream, counting, raw = _open_stream(path)
    except OSError as exc:
        yield _fail(source, source, f"cannot read file: {exc.strerror or exc}")
        return
    total = 0

    def check_ratio() -> None:
        if counting is not None and total > limits.gzip_ratio_floor and total > limits.max_gzip_ratio * max(counting.count, 1):
            raise BombError(
                f"decompression bomb refused: {total:,} bytes out of {counting.count:,} compressed "
                f"(ratio limit {limits.max_gzip_ratio})"
            )

    lineno = 0
    try:
        while True:
            line = stream.readline(limits.max_doc_bytes + 1)
            if not line:
                break
            lineno += 1
            total += len(line)
            where = f"{source}:{lineno}"
            if len(line) > limits.max_doc_bytes and not line.endswith(b"\n"):
                # Skip the rest of the line without keeping it.
                while True:
                    check_ratio()
                    piece = stream.readline(MiB)
                    total += len(piece)
                    if not piece or piece.endswith(b"\n"):
                        break
                yield _fail(where, where, f"line too long: more than {limits.max_doc_bytes:,} bytes")
                continue
            check_ratio()
            if not line.strip():
                continue  # blank lines separate nothing and are not documents
            yield _json_doc(line, where)
    except BombError as exc:  # raised while reading line ``lineno``
        where = f"{source}:{max(lineno, 1)}"
        yield _fail(where, where, str(exc))
    except (EOFError, gzip.BadGzipFile, zlib.error, OSError) as exc:
        where = f"{source}:{lineno + 1}"
        yield _fail(where, where, f"truncated or corrupt file after line {lineno}: {exc}")
    finally:
        stream.close()
        raw.close()


def _json_doc(line: bytes, where: str) -> dict:
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError) as exc:
        return _fail(where, where, f"malformed JSON line: {exc}"[:300])
    if not isinstance(obj, dict):
        return _fail(where, where, f"JSON line is a {type(obj).__name__}, not an object")
    text = obj.get("text")
    raw_id = obj.get("id")
    doc_id = str(raw_id) if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) and str(raw_id) else None
    if not isinstance(text, str):
        return _fail(doc_id or where, where, "JSON object has no string 'text'")
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    return {
        "id": doc_id or text_id(text),
        "source": where,
        "kind": "text",
        "data": text,
        "url": url,
        "published": obj.get("published"),
    }


_WARC_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def _warc(path: Path, limits: Limits, stats: InputStats) -> Iterator[dict]:
    from warcio.archiveiterator import ArchiveIterator

    source = path.as_posix()
    try:
        raw = open(path, "rb")
    except OSError as exc:
        yield _fail(source, source, f"cannot read file: {exc.strerror or exc}")
        return
    tail = _GzipTail(raw) if path.name.lower().endswith(".gz") else None
    n = 0
    cut = False  # the last record was already reported as truncated
    try:
        for record in ArchiveIterator(io.BufferedReader(tail, 1 << 16) if tail else raw):
            n += 1
            where = f"{source}#{n}"  # the n-th WARC record of the file
            if record.rec_type not in ("response", "resource"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            rid = record.rec_headers.get_header("WARC-Record-ID") or where
            if record.http_headers is not None:
                status = record.http_headers.get_statuscode()
                ctype = record.http_headers.get_header("Content-Type") or ""
            else:
                status = "200"
                ctype = record.rec_headers.get_header("Content-Type") or ""
            ctype = ctype.split(";")[0].strip().lower()
            if status != "200" or ctype not in _WARC_TYPES:
                stats.ignore(f"{where} ({status} {ctype or 'no type'})")
                continue
            data = record.content_stream().read(limits.max_doc_bytes + 1)
            if len(data) > limits.max_doc_bytes:
                yield _fail(rid, where, f"document too large: more than {limits.max_doc_bytes:,} bytes")
                continue
            if getattr(record.raw_stream, "limit", 0):
                cut = True
                yield _fail(rid, where, f"truncated WARC record: {record.raw_stream.limit:,} bytes missing")
                continue
            kind = "text" if ctype == "text/plain" else "html"
            yield {"id": rid, "source": where, "kind": kind, "data": data, "url": url}
        if tail is not None:
            while tail.read(MiB):
                pass  # whatever warcio left unread still goes through the check
            if tail.truncated and not cut:
                where = f"{source}#{n + 1}"
                yield _fail(where, where, f"truncated gzip: the WARC file ends inside a record after record {n}")
    except Exception as exc:  # warcio raises assorted errors on truncated/corrupt archives
        where = f"{source}#{n + 1}"
        yield _fail(where, where, f"truncated or corrupt WARC after record {n}: {type(exc).__name__}: {exc}"[:300])
    finally:
        raw.close()
