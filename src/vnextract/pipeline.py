"""The extraction pipeline: decode, normalise, segment, then run each extractor once.

The pipeline is a list of components (the spaCy idea), each a module with one function
``extract(doc) -> list[record]`` that reads ``Doc.clean`` and the results of the components
before it (``doc.results``), and builds records with ``Doc.make()`` so offsets are mapped back
to the user's string. Order matters and is stated once, in ``COMPONENTS``.

Overlap rule, stated once: when two spans of *different* kinds compete for the same characters,
the kind earlier in ``COMPONENTS`` wins (a legal identifier is never read again as a date, a
date or a legal identifier never again as a quantity); within a kind, the longest span wins, then the earliest. Extractors ask
``Doc.claimed()`` which characters earlier components took.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, TypeVar

import regex

from . import errors, scan, sentences as _sentences, structure
from .models import Article, Paragraph, Sentence, Span
from .normalize import Normalized, normalize

R = TypeVar("R", bound=Span)

# Paragraph kinds whose records belong to the article (CONTRACT: captions are the article's).
ARTICLE_KINDS = frozenset({"title", "lead", "body", "caption"})


@dataclass
class Doc:
    """What every extractor reads: the clean text, its structure, and earlier results."""

    norm: Normalized
    blocks: list[structure.Block]
    sents: list[tuple[int, int, int]]  # clean start, clean end, paragraph index
    published: dt.date | None
    include_related: bool = False
    results: dict[str, list[Any]] = field(default_factory=dict)
    _block_starts: list[int] = field(default_factory=list)
    _sent_starts: list[int] = field(default_factory=list)
    _claimed: list[tuple[int, int]] = field(default_factory=list)
    _starts: Any = None

    def __post_init__(self) -> None:
        self._block_starts = [b.start for b in self.blocks]
        self._block_ends = [b.end for b in self.blocks]
        # in_scope() of each paragraph, worked out once
        self._block_in_scope = [b.kind in ARTICLE_KINDS or (self.include_related and b.kind == "related")
                                for b in self.blocks]
        self._sent_starts = [s[0] for s in self.sents]

    @property
    def starts(self) -> scan.Starts:
        """Where trigger words start in ``clean`` (see scan.py), searched once, shared by components."""
        if self._starts is None:
            self._starts = scan.Starts(self.norm.clean)
        return self._starts

    @property
    def clean(self) -> str:
        return self.norm.clean

    @property
    def original(self) -> str:
        return self.norm.original

    def make(self, cls: type[R], start: int, end: int, **fields: Any) -> R:
        """Build a positioned record from a clean span; offsets and text point into the original.

        The record is validated as ``cls(start=s, end=e, text=text, **fields)`` would validate it,
        by the model's validator called on the field dict directly: what ``BaseModel.__init__``
        does, without its Python frame and keyword re-packing (a third of the cost of a small
        record). Skipping validation altogether (``model_construct``) is no cheaper in Python.
        """
        s, e, text = self.norm.span(start, end)
        if "text" in fields:  # the same TypeError as ``cls(start=s, end=e, text=text, **fields)``
            return cls(start=s, end=e, text=text, **fields)
        fields["start"] = s
        fields["end"] = e
        fields["text"] = text
        return cls.__pydantic_validator__.validate_python(fields)

    def paragraph_at(self, pos: int) -> int | None:
        """Index of the paragraph that holds clean offset ``pos``."""
        k = bisect.bisect_right(self._block_starts, pos) - 1
        if k >= 0 and pos < self.blocks[k].end:
            return k
        return None

    def kind_at(self, pos: int) -> str | None:
        k = self.paragraph_at(pos)
        return self.blocks[k].kind if k is not None else None

    def in_scope(self, pos: int) -> bool:
        """Whether a record starting at clean offset ``pos`` belongs in the Article: it lies in a
        paragraph of an ARTICLE_KINDS kind, or a related one with ``include_related``."""
        k = bisect.bisect_right(self._block_starts, pos) - 1
        return k >= 0 and pos < self._block_ends[k] and self._block_in_scope[k]

    def sentence_at(self, pos: int) -> int | None:
        """Index into ``Article.sentences`` of the sentence holding clean offset ``pos``."""
        k = bisect.bisect_right(self._sent_starts, pos) - 1
        if k >= 0 and pos < self.sents[k][1]:
            return k
        return None

    def claim(self, start: int, end: int) -> None:
        """Mark clean characters as taken by a component (see the overlap rule)."""
        bisect.insort(self._claimed, (start, end))

    def claimed(self, start: int, end: int) -> bool:
        """Whether any character of ``[start, end)`` was claimed by an earlier component.

        Claims are sorted by start and, in practice, disjoint (each component claims only what no
        earlier one took, after its own overlap resolution), so the claim starting last before
        ``end`` decides; the short look further back only guards against a long claim that
        encloses shorter ones, and keeps the check constant-time on dense text.
        """
        k = bisect.bisect_right(self._claimed, (end, end))
        for i in range(k - 1, max(-1, k - 64), -1):
            a, b = self._claimed[i]
            if b > start and a < end:
                return True
            if b <= start and i < k - 8:
                break
        return False


def _component(name: str) -> Callable[[Doc], list[Any]]:
    import importlib

    module = importlib.import_module(f"vnextract.{name}")
    return module.extract


# Order matters: each component may read the results of those before it (see the overlap rule).
COMPONENTS: tuple[str, ...] = (
    "legal_refs",  # first: "01/2021/TT-BCT" must not become the month 01/2021
    "dates",
    "provinces",
    "organizations",
    "officials",
    "quantities",
    "indicators",
)


def _coerce_published(published: Any) -> dt.date | None:
    if published is None or published == "":
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        try:
            return dt.date.fromisoformat(published.strip()[:10])
        except ValueError:
            pass
    raise errors.InputError(errors.E002.format(value=published))


_STATED_DATE = regex.compile(
    r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-]((?:19|20)\d{2})(?!\d)"
)


# A dateline opening the first paragraphs: "Hà Nội, 28/7/2023 (TTXVN) - ...", "Tin ngày 28/7/2023."
_DATELINE = regex.compile(
    r"(?:[\p{Lu}][\p{L}. ]{0,30},\s*|(?i:tin\s+)?(?i:ngày)\s+|(?i:cập\s+nhật):?\s*)"
    r"(\d{1,2})[/.\-](\d{1,2})[/.\-]((?:19|20)\d{2})(?!\d)"
)


def _published_from_text(doc_blocks: list[structure.Block], clean: str) -> dt.date | None:
    """A publication date stated in the page chrome, byline or a dateline ("28/07/2023 14:05",
    "Hà Nội, 28/7/2023 (TTXVN) - ...")."""
    for b in doc_blocks[:4]:
        if b.kind in ("title", "lead", "body"):
            m = _DATELINE.match(clean, b.start, min(b.end, b.start + 60))
            if m:
                d, mo, y = (int(x) for x in m.groups())
                try:
                    return dt.date(y, mo, d)
                except ValueError:
                    pass
    for b in doc_blocks:
        if b.kind not in ("boilerplate", "byline", "title"):
            continue
        m = _STATED_DATE.search(clean, b.start, b.end)
        if m and b.end - b.start < 120:
            d, mo, y = (int(x) for x in m.groups())
            try:
                return dt.date(y, mo, d)
            except ValueError:
                continue
    return None


def build_doc(text: str, published: dt.date | None = None, include_related: bool = False) -> Doc:
    """Normalise and segment ``text`` (already a ``str``) into a Doc."""
    norm = normalize(text)
    blocks = structure.segment(norm.clean)
    sents: list[tuple[int, int, int]] = []
    for i, b in enumerate(blocks):
        if b.kind in ARTICLE_KINDS or (include_related and b.kind == "related"):
            for s, e in _sentences.split(norm.clean, b.start, b.end):
                sents.append((s, e, i))
    if published is None:
        published = _published_from_text(blocks, norm.clean)
    return Doc(norm=norm, blocks=blocks, sents=sents, published=published, include_related=include_related)


# Steps that rewrite the records of a component after every component has run: the measure
# step gives each indicator its canonical measure and breakdown (measures.py).
REFINERS: tuple[tuple[str, str], ...] = (
    ("indicators", "measures"),
)


def run(doc: Doc, components: Iterable[str] = COMPONENTS) -> None:
    """Run the extractors over ``doc``, each once, in order; results land in ``doc.results``."""
    components = tuple(components)
    for name in components:
        found = _component(name)(doc)
        doc.results[name] = found
    for field_name, step in REFINERS:
        if field_name in components:
            doc.results[field_name] = _component(step)(doc)


def _in_scope_records(doc: Doc, records: list[Any]) -> list[Any]:
    """The records that start in_scope() (Doc.in_scope, inlined: it runs once per record)."""
    norm = doc.norm
    identity = norm.clean is norm.original
    to_clean = norm.to_clean
    starts, ends, ok = doc._block_starts, doc._block_ends, doc._block_in_scope
    bisect_right = bisect.bisect_right
    out = []
    for r in records:
        pos = r.start if identity else to_clean(r.start)
        k = bisect_right(starts, pos) - 1
        if k >= 0 and pos < ends[k] and ok[k]:
            out.append(r)
    return out


def to_text(text: str | bytes) -> str:
    """Decode bytes (see ``decode.decode_bytes``) or pass a str through."""
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        from .decode import decode_bytes

        return decode_bytes(bytes(text))[0]
    raise errors.InputError(errors.E001.format(type=type(text).__name__))


def extract(
    text: str | bytes,
    *,
    published: dt.date | str | None = None,
    doc_id: str | None = None,
    url: str | None = None,
    include_related: bool = False,
) -> Article:
    """Extract an :class:`~vnextract.models.Article` from Vietnamese press text.

    ``text`` is ``str`` or ``bytes`` (UTF-8, UTF-16 with BOM, or a Vietnamese legacy encoding
    detected with clear evidence; otherwise :class:`vnextract.DecodeError`). ``published``
    anchors relative dates ("ngày 28/7"). Records from related-article teasers and page chrome
    are left out unless ``include_related=True``. Offsets index ``Article.text``, which is the
    input exactly as given (after decoding).
    """
    text = to_text(text)
    pub = _coerce_published(published)
    doc = build_doc(text, pub, include_related)
    run(doc)
    fields: dict[str, Any] = {}
    for name in COMPONENTS:
        fields[name] = _in_scope_records(doc, doc.results.get(name, []))

    # doc.make(Paragraph, ...) and doc.make(Sentence, ...), inlined: thousands per article
    span = doc.norm.span
    new_paragraph = Paragraph.__pydantic_validator__.validate_python
    new_sentence = Sentence.__pydantic_validator__.validate_python
    paragraphs = []
    for b in doc.blocks:
        s, e, t = span(b.start, b.end)
        paragraphs.append(new_paragraph({"start": s, "end": e, "text": t, "kind": b.kind}))
    sents = []
    for a, b, p in doc.sents:
        s, e, t = span(a, b)
        sents.append(new_sentence({"start": s, "end": e, "text": t, "paragraph": p}))
    title = next((p.text for p in paragraphs if p.kind == "title"), None)
    byline = next((p.text for p in paragraphs if p.kind == "byline"), None)
    source = structure.source_of(byline) if byline else None
    digest = "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return Article(
        id=doc_id or digest,
        text=text,
        url=url,
        title=title,
        published=doc.published,
        byline=byline,
        source=source,
        paragraphs=paragraphs,
        sentences=sents,
        **fields,
    )


def _extract_one(item: Any) -> Article:
    if isinstance(item, dict):
        return extract(
            item["text"],
            published=item.get("published"),
            doc_id=item.get("id"),
            url=item.get("url"),
        )
    return extract(item)


def extract_many(texts: Iterable[Any], workers: int | None = None, chunksize: int = 8) -> Iterator[Article]:
    """Extract many texts, in order. Items are ``str``/``bytes`` or ``{"id", "text", ...}`` dicts.

    ``workers=None`` or ``1`` runs in this process; ``workers=N`` uses N processes (order is
    preserved). An item that cannot be decoded raises ``DecodeError`` when its turn comes; use
    ``vnextract batch`` for runs that must record failures and go on.
    """
    if not workers or workers <= 1:
        for item in texts:
            yield _extract_one(item)
        return
    import multiprocessing as mp

    # fork where the platform has it (Linux): it needs no ``if __name__ == "__main__"`` guard in
    # the caller's script and starts workers with the data tables already loaded; spawn elsewhere.
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    with ctx.Pool(workers) as pool:
        yield from pool.imap(_extract_one, texts, chunksize=chunksize)
