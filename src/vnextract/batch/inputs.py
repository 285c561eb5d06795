"""Reading archives as a stream of documents, each one either readable or already a failure.

``iter_documents(inputs)`` walks files and folders (recursively, in sorted order so that two
runs see the same documents in the same order) and yields one plain dict per document:

* ``.txt`` (and any file named explicitly whose suffix is not one of the others): the whole file
  is one document.
* ``.html`` / ``.htm``: one document; the page is handed to trafilatura in the worker.
* ``.jsonl`` / ``.jsonl.gz``: one document a line, ``{"id", "text", "url"?, "published"?}``;
  a line without ``id`` gets the Article's own id (``sha256:`` of the text).
* ``.warc`` / ``.warc.gz``: one document per HTML (or plain text) ``response``/``resource``
  record with status 200, id = ``WARC-Record-ID`` (``crawl.warc.gz#3`` as source), url =
  ``WARC-Target-URI`` (warcio).

File ids
    A file's id (the id of a ``.txt``/``.html`` document, and the file part of the sources
    ``dump.jsonl:12`` and ``crawl.warc.gz#3``) is its path relative to the INPUT folder it was
    found under, with ``/`` separators: ``vnextract batch corpora``, ``batch /abs/corpora`` and
    ``cd corpora; batch .`` all give ``dev/a.txt``, so ``--resume`` recognises a file however its
    folder is spelled. A file named as INPUT itself has its name as id (``a.txt``).

What is read
    Inside INPUT folders: regular files with a known suffix, in sorted order; symbolic links to
    files and folders are followed (a folder or file reached a second time, by a link loop or
    two links, is read once). Hidden names (starting with ``.``: ``.git``, ``.cache``,
    ``.DS_Store``) are skipped, folders and files alike, and counted as ignored, as are files
    with other suffixes. Anything that is not a regular file (a FIFO, socket or device), named or
    found, is never opened (a FIFO would block the run forever): it becomes one failure row.

A document that cannot even be read (a malformed JSON line, a line longer than the size limit,
the rest of a truncated gzip, a decompression bomb, an unreadable file, a WARC record whose
Content-Length does not match the record, a file named ``.warc`` that is none) is yielded as a
dict with an ``error`` key, so it is
counted and written as a failure like any other: documents in = articles + failures. Memory and
time stay bounded: nothing is held beyond one document, lines are read with a length limit,
gzip streams (JSONL and WARC) are checked for an absurd expansion ratio as they are read, and a
damaged WARC is read on from the next record after the damage.

Every id, source and url leaves this module through :func:`storable` (the rule that keeps lone
surrogates, NULs and over-long ids out of every sink); the worker applies the same function to
the text and to failure rows.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import re
import stat
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

# --- the one rule for what may reach a sink -------------------------------------------------

MAX_ID_BYTES = 512  # PostgreSQL's btree keys stop near 2,700 bytes; an id this long is no name
HASHED_ID_PREFIX = "sha256-id:"
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(value: str, *, key: bool = False) -> str:
    """``value`` as every sink (SQLite, PostgreSQL, JSONL, Parquet) can store it.

    The rule, the same for every sink and applied before any sink sees a document:

    * Text (``key=False``: document text, url, source, failure reasons): each lone surrogate
      (U+D800..U+DFFF, which a JSON ``"\\ud800"`` escape can produce and UTF-8 cannot encode) and
      each NUL (U+0000, which PostgreSQL refuses in text) is replaced by U+FFFD, one character for
      one, so the offsets of everything else in the text are unchanged.
    * Ids (``key=True``): an id holding either character, or longer than ``MAX_ID_BYTES`` (512)
      bytes of UTF-8, is replaced as a whole by ``"sha256-id:"`` + the SHA-256 of its UTF-8 bytes
      (surrogates encoded as they are). The replacement is stable (a re-run and ``--resume``
      find it again) and two different ids never share it; the ``source`` column still says
      where the document came from.
    """
    if key:
        try:
            raw = value.encode("utf-8")
            if len(raw) <= MAX_ID_BYTES and "\x00" not in value:
                return value
        except UnicodeEncodeError:
            raw = value.encode("utf-8", "surrogatepass")
        return HASHED_ID_PREFIX + hashlib.sha256(raw).hexdigest()
    if value.isascii():
        return value.replace("\x00", "\ufffd") if "\x00" in value else value
    return _UNSTORABLE.sub("\ufffd", value)


@dataclass
class Limits:
    """Size limits that turn hostile input into failure records instead of memory use."""

    max_doc_bytes: int = 16 * MiB  # one document (file, JSON line, WARC payload)
    max_gzip_ratio: int = 200  # decompressed / compressed bytes read so far ...
    gzip_ratio_floor: int = 16 * MiB  # ... checked once this much has been decompressed


@dataclass
class InputStats:
    ignored: int = 0  # files with other suffixes, hidden names, non-article WARC records
    ignored_examples: list[str] = field(default_factory=list)

    def ignore(self, what: str) -> None:
        self.ignored += 1
        if len(self.ignored_examples) < 5:
            self.ignored_examples.append(what)


class BombError(Exception):
    """A compressed stream expands beyond the ratio limit."""


def _bomb_message(out: int, comp: int, limits: Limits) -> str:
    return (f"decompression bomb refused: {out:,} bytes out of {comp:,} compressed "
            f"(ratio limit {limits.max_gzip_ratio})")


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
    """Passes a .gz file through while checking, on the side, that its last member is complete
    and that it does not expand beyond ``Limits.max_gzip_ratio``.

    warcio stops quietly at a gzip stream cut in the middle of a record; this tells the cut from
    a clean end (``truncated`` after EOF), so the lost record becomes a failure row. The ratio
    check raises :class:`BombError` (warcio itself would decompress whatever it is given), on
    the first read after the limit was passed: the bytes already handed on (a record before the
    bomb, in the same read-ahead block) are still read.
    """

    def __init__(self, raw: BinaryIO, limits: Limits | None = None):
        self.raw = raw
        self.limits = limits or Limits()
        self.z = zlib.decompressobj(31)
        self.pending = False  # bytes fed into a member that has not ended
        self.comp = 0  # compressed bytes read
        self.out = 0  # decompressed bytes seen
        self.bomb: str | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        if self.bomb:
            raise BombError(self.bomb)
        n = self.raw.readinto(b)
        if n:
            self.comp += n
            self._feed(bytes(memoryview(b)[:n]))
        return n

    def _feed(self, data: bytes) -> None:
        # Each pass either ends a member (and goes on with the bytes after it) or consumes all
        # of ``data``; a member that ends while its unconsumed tail is being worked off is seen
        # here too (checking only ``unconsumed_tail`` looped forever once ``eof`` was reached).
        while data:
            self.pending = True
            self.out += len(self.z.decompress(data, MiB))
            while self.z.unconsumed_tail and not self.z.eof:
                self.out += len(self.z.decompress(self.z.unconsumed_tail, MiB))
                if self._over():
                    return
            if self._over():
                return
            if self.z.eof:
                data = self.z.unused_data
                self.z = zlib.decompressobj(31)
                self.pending = False
            else:
                data = b""

    def _over(self) -> bool:
        lim = self.limits
        if self.out > lim.gzip_ratio_floor and self.out > lim.max_gzip_ratio * max(self.comp, 1):
            self.bomb = _bomb_message(self.out, self.comp, lim)
        return self.bomb is not None

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


_KIND_NAMES = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a folder"),
)


def _not_regular(mode: int) -> str:
    for test, name in _KIND_NAMES:
        if test(mode):
            return name
    return "not a regular file"


@dataclass(frozen=True)
class InputFile:
    """A file to read: where it is, its id (see the module docstring), or why it is refused."""

    path: Path
    file_id: str
    refused: str | None = None


def iter_files(inputs: list[str], stats: InputStats, exclude: Iterable[Path] = ()) -> Iterator[InputFile]:
    """Files named, and files of a known kind under folders named, in a stable order.

    ``exclude`` holds the destination's own files (``out.jsonl`` written into the folder being
    read must not be read back as input). See the module docstring for ids, links and hidden
    names.
    """
    skip = {Path(os.path.abspath(p)) for p in exclude}

    def skipped(f: Path) -> bool:
        a = Path(os.path.abspath(f))
        return any(a == s or s in a.parents for s in skip)

    seen: set[tuple[int, int]] = set()  # (device, inode) of folders and files already taken

    def first_time(st: os.stat_result) -> bool:
        k = (st.st_dev, st.st_ino)
        if k in seen:
            return False
        seen.add(k)
        return True

    def walk(top: Path) -> Iterator[InputFile]:
        # Depth first in name order, with a stack of (folder, id prefix): no recursion, so a
        # folder tree thousands of levels deep is no RecursionError.
        stack: list[tuple[Path, str] | InputFile] = [(top, "")]
        while stack:
            job = stack.pop()
            if isinstance(job, InputFile):
                yield job
                continue
            folder, rel = job
            try:
                entries = sorted(os.scandir(folder), key=lambda e: e.name)
            except OSError as exc:
                fid = rel or folder.name
                yield InputFile(folder, fid, f"cannot read folder: {exc.strerror or exc}")
                continue
            todo: list[tuple[Path, str] | InputFile] = []
            for e in entries:
                path = Path(e.path)
                fid = f"{rel}/{e.name}" if rel else e.name
                if e.name.startswith("."):
                    stats.ignore(f"{fid} (hidden)")
                    continue
                if skipped(path):
                    continue
                try:
                    st = os.stat(path)  # follows links
                except OSError as exc:
                    if _suffix(path) in KNOWN_SUFFIXES:
                        todo.append(InputFile(path, fid, f"cannot read file: {exc.strerror or exc}"))
                    else:
                        stats.ignore(f"{fid} (broken link)")
                    continue
                if stat.S_ISDIR(st.st_mode):
                    if first_time(st):
                        todo.append((path, fid))
                    else:
                        stats.ignore(f"{fid}/ (folder already read through another path)")
                elif _suffix(path) not in KNOWN_SUFFIXES:
                    stats.ignore(fid)
                elif not stat.S_ISREG(st.st_mode):
                    todo.append(InputFile(path, fid, f"{_not_regular(st.st_mode)}, not a regular file: not read"))
                elif first_time(st):
                    todo.append(InputFile(path, fid))
                else:
                    stats.ignore(f"{fid} (file already read through another path)")
            stack.extend(reversed(todo))

    for arg in inputs:
        p = Path(arg)
        try:
            st = os.stat(p)
        except OSError as exc:
            yield InputFile(p, p.name or arg, f"cannot read file: {exc.strerror or exc}")
            continue
        if stat.S_ISDIR(st.st_mode):
            if first_time(st):
                yield from walk(p)
            else:
                stats.ignore(f"{arg} (folder already read)")
        else:
            name = Path(os.path.abspath(p)).name
            if not stat.S_ISREG(st.st_mode):
                yield InputFile(p, name, f"{_not_regular(st.st_mode)}, not a regular file: not read")
            elif first_time(st):
                yield InputFile(p, name)
            else:
                stats.ignore(f"{arg} (file already read)")


def iter_documents(
    inputs: list[str], limits: Limits | None = None, stats: InputStats | None = None, exclude: Iterable[Path] = ()
) -> Iterator[dict]:
    """Every document of ``inputs`` (see the module docstring), in a stable order.

    Each dict carries ``file``: the id of the input file it came from.
    """
    limits = limits or Limits()
    stats = stats if stats is not None else InputStats()
    for f in iter_files(inputs, stats, exclude):
        file_id = storable(f.file_id)
        if f.refused:
            docs: Iterable[dict] = [_fail(f.file_id, f.file_id, f.refused)]
        else:
            kind = _suffix(f.path)
            if kind in JSONL_SUFFIXES:
                docs = _jsonl(f.path, f.file_id, limits)
            elif kind in WARC_SUFFIXES:
                docs = _warc(f.path, f.file_id, limits, stats)
            else:
                docs = [_single(f.path, f.file_id, "html" if kind in HTML_SUFFIXES else "text", limits)]
        for doc in docs:
            doc["id"] = storable(doc["id"], key=True)
            doc["source"] = storable(doc["source"])
            if doc.get("url") is not None:
                doc["url"] = storable(doc["url"])
            doc["file"] = file_id
            yield doc


def _single(path: Path, source: str, kind: str, limits: Limits) -> dict:
    try:
        # O_NONBLOCK: should the file have become a FIFO since it was listed, opening it does
        # not wait for a writer (reading it then finds no data: an empty document).
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as f:
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode):
                return _fail(source, source, f"{_not_regular(st.st_mode)}, not a regular file: not read")
            if st.st_size > limits.max_doc_bytes:
                return _fail(source, source,
                             f"document too large: {st.st_size:,} bytes > limit {limits.max_doc_bytes:,}")
            data = f.read(limits.max_doc_bytes + 1)
    except OSError as exc:
        return _fail(source, source, f"cannot read file: {exc.strerror or exc}")
    if len(data) > limits.max_doc_bytes:
        return _fail(source, source, f"document too large: more than {limits.max_doc_bytes:,} bytes")
    return {"id": source, "source": source, "kind": kind, "data": data}


def _open_regular(path: Path) -> BinaryIO:
    """Open a file for reading without ever blocking on a FIFO; refuse anything not regular."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise OSError(f"{_not_regular(st.st_mode)}, not a regular file")
    return os.fdopen(fd, "rb")


def _open_stream(path: Path) -> tuple[BinaryIO, _Counting | None, BinaryIO]:
    raw = _open_regular(path)
    if path.name.lower().endswith(".gz"):
        counting = _Counting(raw)
        return gzip.GzipFile(fileobj=io.BufferedReader(counting, 1 << 16), mode="rb"), counting, raw
    return raw, None, raw


def _jsonl(path: Path, source: str, limits: Limits) -> Iterator[dict]:
    try:
        stream, counting, raw = _open_stream(path)
    except OSError as exc:
        yield _fail(source, source, f"cannot read file: {exc.strerror or exc}")
        return
    total = 0

    def check_ratio() -> None:
        if counting is not None and total > limits.gzip_ratio_floor and total > limits.max_gzip_ratio * max(counting.count, 1):
            raise BombError(_bomb_message(total, counting.count, limits))

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
MAX_WARC_RESYNCS = 100  # damaged places read past in one file before the rest is given up


def _quiet_iterator(stream: BinaryIO) -> Any:
    from warcio.archiveiterator import ArchiveIterator

    class Quiet(ArchiveIterator):
        INC_RECORD = ""  # warcio prints a warning on stderr; here the record becomes a failure row

    return Quiet(stream)


def _next_start(path: Path, after: int, gz: bool) -> int | None:
    """Offset of the first record start at or after byte ``after``: a gzip member header in a
    ``.warc.gz`` (one member per record), a ``WARC/1.x`` line in a ``.warc``."""
    sig = b"\x1f\x8b\x08" if gz else b"\nWARC/1."
    lead = 0 if gz else 1  # the newline before "WARC/" belongs to the previous record
    pos = max(after - lead, 0)
    with _open_regular(path) as f:
        f.seek(pos)
        carry = b""
        while True:
            block = f.read(MiB)
            if not block:
                return None
            buf = carry + block
            base = pos - len(carry)
            i = buf.find(sig)
            while i >= 0 and base + i + lead < after:
                i = buf.find(sig, i + 1)
            if i >= 0:
                return base + i + lead
            carry = buf[-(len(sig) - 1):]
            pos += len(block)


def _warc(path: Path, source: str, limits: Limits, stats: InputStats) -> Iterator[dict]:
    """The documents of a WARC file, read on past damaged records.

    A record whose Content-Length does not match it (too short: the record is not followed by
    the blank lines that end a record; too long: it runs into the records after it or past the
    end of the file) is a failure, never a cut page stored as an article; reading then starts
    again at the next record header after the damaged record's own start, so the records a
    too-long length swallowed are read and counted. Unreadable bytes between records are one
    failure each. After ``MAX_WARC_RESYNCS`` damaged places the rest of the file is one failure.
    """
    gz = path.name.lower().endswith(".gz")
    count = [0]  # records seen so far: sources are "file#n"
    start: int | None = 0
    resyncs = 0
    while start is not None:
        resume_from = yield from _warc_pass(path, start, gz, source, limits, stats, count)
        if resume_from is None:
            return
        resyncs += 1
        if resyncs > MAX_WARC_RESYNCS:
            where = f"{source}#{count[0] + 1}"
            yield _fail(where, where, f"more than {MAX_WARC_RESYNCS} damaged WARC records: the rest of the file "
                                      f"(from byte {resume_from:,}) is not read")
            return
        try:
            start = _next_start(path, resume_from, gz)
        except OSError as exc:
            where = f"{source}#{count[0] + 1}"
            yield _fail(where, where, f"cannot read file: {exc.strerror or exc}")
            return


_WARC_HEADS = (b"WARC/", b"filedesc://")  # WARC, and the ARC files warcio reads too


def _not_warc(raw: BinaryIO, gz: bool) -> str | None:
    """Why the file is no (compressed) WARC, from its first bytes; None when it may be one.

    Checked before warcio reads it, because warcio reads the first line whole, however long:
    a large file of something else named ``.warc`` would be read into memory."""
    head = raw.read(4096)
    if not head:
        return None
    if gz:
        if not head.startswith(b"\x1f\x8b"):
            return "not a gzip file, though named .gz"
        try:
            head = zlib.decompressobj(31).decompress(head, 64)
        except zlib.error as exc:
            return f"corrupt gzip at the start of the file: {exc}"
    if head.startswith(_WARC_HEADS) or len(head) < 11 and any(h.startswith(head) for h in _WARC_HEADS):
        return None
    return f"not a WARC file: it starts with {head[:20]!r}"


def _length_lie(doc: dict, how: str) -> dict:
    return _fail(doc["id"], doc["source"], f"WARC record length does not match its content: {how}; "
                                           "the record is not stored")


def _warc_pass(path: Path, start: int, gz: bool, source: str, limits: Limits, stats: InputStats,
               count: list[int]) -> Iterator[dict]:
    """Records from byte ``start`` on; returns None at a clean end, or the offset after which to
    look for the next record when the file is damaged (the generator's return value)."""
    try:
        raw = _open_regular(path)
        raw.seek(start)
    except OSError as exc:
        where = f"{source}#{count[0] + 1}"
        yield _fail(where, where, f"cannot read file: {exc.strerror or exc}")
        return None
    if start == 0:
        why = _not_warc(raw, gz)
        raw.seek(0)
        if why:
            raw.close()
            where = f"{source}#1"
            yield _fail(where, where, why)
            return None
    tail = _GzipTail(raw, limits) if gz else None
    base = start if gz else 0  # warcio's offsets count from where its (unseekable) stream began
    pending: tuple[dict, int] | None = None  # the last document, until the next record shows it ended well
    try:
        it = _quiet_iterator(io.BufferedReader(tail, 1 << 16) if tail else raw)
        while True:
            errs = it.err_count
            at = base + it.offset
            try:
                record = next(it, None)
            except BombError:
                raise
            except Exception as exc:  # noqa: BLE001 - warcio raises assorted errors on damaged archives
                at = max(at, base + it.offset)
                if pending is not None and (not gz or it.err_count > errs):
                    # Uncompressed: what follows a record starts where its length says it ends.
                    yield _length_lie(pending[0], "it is followed by bytes that are no WARC record")
                    return pending[1] + 1
                if pending is not None:
                    yield pending[0]
                count[0] += 1
                where = f"{source}#{count[0]}"
                yield _fail(where, where, f"unreadable WARC data at byte {at:,} after record {count[0] - 1} "
                                          f"({type(exc).__name__}: {exc})"[:300])
                return at + 1
            if pending is not None:
                doc, rec_start = pending
                pending = None
                if it.err_count > errs:
                    yield _length_lie(doc, "it is not followed by the blank lines that end a record "
                                           "(Content-Length too short?)")
                    return rec_start + 1
                yield doc
            if record is None:
                break
            count[0] += 1
            where = f"{source}#{count[0]}"  # the n-th WARC record of the file
            rec_start = base + it.offset
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
            try:
                data = record.content_stream().read(limits.max_doc_bytes + 1)
            except BombError:
                raise
            except Exception as exc:  # noqa: BLE001 - a bad chunked/gzip body spoils this record only
                yield _fail(rid, where, f"unreadable WARC record body: {type(exc).__name__}: {exc}"[:300])
                return rec_start + 1
            if len(data) > limits.max_doc_bytes:
                yield _fail(rid, where, f"document too large: more than {limits.max_doc_bytes:,} bytes")
                continue
            missing = getattr(record.raw_stream, "limit", 0)
            if missing:
                yield _fail(rid, where, f"truncated WARC record: {missing:,} bytes missing (the file ends "
                                        "before the record's Content-Length: the file is cut or the length is too long)")
                return rec_start + 1
            kind = "text" if ctype == "text/plain" else "html"
            pending = ({"id": rid, "source": where, "kind": kind, "data": data, "url": url}, rec_start)
        if tail is not None:
            while tail.read(MiB):
                pass  # whatever warcio left unread still goes through the check
            if tail.truncated:
                where = f"{source}#{count[0] + 1}"
                yield _fail(where, where, f"truncated gzip: the WARC file ends inside a record after record {count[0]}")
        return None
    except BombError as exc:
        if pending is not None:
            yield pending[0]
        where = f"{source}#{count[0] + 1}"
        yield _fail(where, where, str(exc))
        return None
    finally:
        raw.close()
