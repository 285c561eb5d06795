"""The face of the library: ``extract()`` and the few public functions the outer wings use.

The extraction pipeline: decode, normalise, segment, then run each extractor once. It is a list
of components (the spaCy idea), each a module with one function ``extract(doc) -> list[record]``
that reads ``Doc.clean`` and the results of the components before it (``doc.results``), and
builds records with ``Doc.make()`` so offsets are mapped back to the user's string. Order matters
and is stated once, in ``COMPONENTS``; each component declares the Article field it ``ASSIGNS``
and the earlier components whose results or claims it ``READS``, and ``loaded_components()`` checks
those declarations against the order.

Overlaps follow the one rule of ``overlaps.py``: between kinds, the kind earlier in
``COMPONENTS`` claims its characters first (``Doc.claim``/``Doc.claimed``); within a kind, and
for spaCy entities (``resolve_overlaps``), the longest span wins, then the earliest.

The outer wings (batch, dask, spacy, evaluate, archive) import this module, ``models`` and
``errors`` only: ``extract``, ``extract_item``, ``to_text``, ``binary_evidence``, ``tokenize``,
``fold``, ``find_word``, ``resolve_overlaps``, ``standard_units`` and ``COMPONENTS``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import importlib
import itertools
import operator
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, NamedTuple, TypeVar

import regex

from . import errors, overlaps, published as _published, scan, sentences as _sentences, structure
from . import models as _models
from .models import Article, InferredDate, Span, Token
from .normalize import Normalized, fold, normalize

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
    inferred: _published.Inferred | None = None  # the article's date from its text, when not given
    results: dict[str, list[Any]] = field(default_factory=dict)
    _block_starts: list[int] = field(default_factory=list)
    _sent_starts: list[int] = field(default_factory=list)
    _claimed: list[tuple[int, int]] = field(default_factory=list)
    _pending: list[tuple[int, int]] = field(default_factory=list)  # claims not yet merged into _claimed
    _ends_sorted: bool = True  # whether the ends of _claimed ascend with their starts (see claimed())
    _starts: Any = None
    max_records: int | None = None  # see extract(max_records=...); None: no cap
    _budget: int | None = None  # records Doc.make may still build under max_records

    def __post_init__(self) -> None:
        self._block_starts = [b.start for b in self.blocks]
        self._block_ends = [b.end for b in self.blocks]
        # in_scope() of each paragraph, worked out once
        self._block_in_scope = [b.kind in ARTICLE_KINDS or (self.include_related and b.kind == "related")
                                for b in self.blocks]
        self._sent_starts = [s[0] for s in self.sents]
        if self.max_records is not None:
            made = len(self.blocks) + len(self.sents)  # paragraphs and sentences are records too
            if made > self.max_records:
                raise errors.TooLargeError(errors.E003.format(
                    what=f"{len(self.blocks):,} paragraphs and {len(self.sents):,} sentences", limit=self.max_records))
            self._budget = self.max_records - made

    @property
    def starts(self) -> scan.Starts:
        """Where trigger words start in ``clean`` (see scan.py), searched once, shared by components."""
        if self._starts is None:
            if self.max_records is None:
                self._starts = scan.Starts(self.norm.clean, odd=self.norm.odd)
            else:
                self._starts = _BoundedStarts(self.norm.clean, STARTS_PER_RECORD * self.max_records)
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
        if self._budget is not None:
            self._budget -= 1
            if self._budget < 0:
                raise errors.TooLargeError(errors.E003.format(what="more records than that", limit=self.max_records))
        norm = self.norm
        if norm.clean is norm.original:  # norm.span(start, end) of an unchanged text, inlined (hot)
            s, e, text = start, end, norm.original[start:end]
        elif norm.same_offsets and 0 <= start <= end <= len(norm.original):  # norm.span's next case, inlined
            s, e, text = start, end, norm.original[start:end]
        else:
            s, e, text = norm.span(start, end)
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
        self._pending.append((start, end))

    def _merge_claims(self) -> None:
        """Merge the claims made since the last check into the sorted ``_claimed``.

        Components claim in bulk (all of a component's spans, in order) and a later component
        checks them, so the claims are merged when a check comes: a sort that finds two ordered
        runs and merges them in one linear pass. Inserting each claim in place (what claim() did)
        moved every later claim in the list: quadratic when the claims of two components
        interleave, as legal references and dates do on text made of both. A few claims between
        checks are still inserted in place, which is cheaper than a pass over all of them.
        """
        pending = self._pending
        claimed = self._claimed
        if len(pending) < 16:
            for c in pending:
                bisect.insort(claimed, c)
                k = bisect.bisect_right(claimed, c) - 1  # where it went
                if self._ends_sorted and ((k and claimed[k - 1][1] > c[1])
                                          or (k + 1 < len(claimed) and c[1] > claimed[k + 1][1])):
                    self._ends_sorted = False
        else:
            claimed.extend(pending)
            claimed.sort()
            if self._ends_sorted:
                ends = [b for _, b in claimed]
                self._ends_sorted = all(map(operator.le, ends, itertools.islice(ends, 1, None)))
        self._pending = []

    def claimed(self, start: int, end: int) -> bool:
        """Whether any character of ``[start, end)`` was claimed by an earlier component.

        Claims are sorted by start and, in practice, disjoint (each component claims only what no
        earlier one took, after its own overlap resolution), so the claim starting last before
        ``end`` decides; the short look further back only guards against a long claim that
        encloses shorter ones, and keeps the check constant-time on dense text.
        """
        if self._pending:
            self._merge_claims()
        claimed = self._claimed
        k = bisect.bisect_right(claimed, (end, end))
        if k and self._ends_sorted:
            # no claim before the last one ends after it (the usual disjoint claims): it decides
            a, b = claimed[k - 1]
            if b <= start:
                return False
            if a < end:
                return True
        for i in range(k - 1, max(-1, k - 64), -1):
            a, b = claimed[i]
            if b > start and a < end:
                return True
            if b <= start and i < k - 8:
                break
        return False


# Under extract(max_records=N), a trigger (a run of digits, a capitalised word, a trigger word)
# found at more than this many times N places refuses the text: components build a candidate
# for each place before any record is made, and those candidates cost memory as records do
# (16 MiB of "Bộ Công Thương, " peaked at 1.5 GB before the record cap stopped it; now 170 MB).
# A text under the record cap has far fewer: a news article a few hundred of each trigger.
STARTS_PER_RECORD = 4


class _BoundedStarts(scan.Starts):
    """scan.Starts that refuses the text (TooLargeError, E003) when one trigger starts at more than
    ``limit`` places: see STARTS_PER_RECORD."""

    def __init__(self, text: str, limit: int) -> None:
        super().__init__(text)
        self.limit = limit

    def _refuse(self, n: str, what: str) -> None:
        raise errors.TooLargeError(errors.E003.format(what=f"{n} places where {what}", limit=self.limit))

    def of(self, word: str, ignorecase: bool = True) -> list[int]:
        found = super().of(word, ignorecase)
        if len(found) > self.limit:
            self._refuse(f"{len(found):,}", f"a record can start ({word!r})")
        return found

    def _check_indexed(self, trigger: str, lists: list) -> None:
        # what of() checks, for the alternatives read from the index at once (each, self(trigger))
        for word, found in zip(trigger.split("|"), lists):
            if len(found) > self.limit:
                self._refuse(f"{len(found):,}", f"a record can start ({word!r})")

    def cap_words(self) -> list[tuple[int, str]]:
        if self._cap_words is None:  # scan.Starts.cap_words, given up past the limit (a tuple and a word each)
            found = []
            for m in scan._CAP_WORD.finditer(self.text):
                found.append((m.start(), m.group()))
                if len(found) > self.limit:
                    self._refuse(f"more than {self.limit:,}", "a capitalised word starts")
            self._cap_words = found
        return self._cap_words


# Order matters: each component may read the results and claims of those before it, never of
# those after (each module's READS, checked by loaded_components()).
COMPONENTS: tuple[str, ...] = (
    "legal_refs",  # first: "01/2021/TT-BCT" must not become the month 01/2021
    "dates",
    "provinces",
    "organizations",
    "officials",
    "quantities",
    "indicators",
)


@functools.lru_cache(maxsize=1)
def loaded_components() -> tuple[tuple[str, Callable[[Doc], list[Any]]], ...]:
    """(name, extract function) of every component, in order, after checking each module's
    declarations: ``ASSIGNS`` is its own name and an Article field, and every name in ``READS``
    (the components whose ``doc.results`` or claims it reads) runs before it."""
    out = []
    for i, name in enumerate(COMPONENTS):
        module = importlib.import_module(f"vnextract.{name}")
        assigns, reads = getattr(module, "ASSIGNS", None), getattr(module, "READS", None)
        if assigns != name or name not in Article.model_fields:
            raise RuntimeError(f"component {name}: ASSIGNS = {assigns!r}, expected {name!r}")
        if reads is None or any(r not in COMPONENTS[:i] for r in reads):
            raise RuntimeError(f"component {name}: READS = {reads!r} names a component that does not "
                               f"run before it (order: {', '.join(COMPONENTS)})")
        out.append((name, module.extract))
    return tuple(out)


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


def build_doc(text: str, published: dt.date | None = None, include_related: bool = False,
              max_records: int | None = None) -> Doc:
    """Normalise and segment ``text`` (already a ``str``) into a Doc."""
    norm = normalize(text)
    blocks = structure.segment(norm.clean)
    sents: list[tuple[int, int, int]] = []
    for i, b in enumerate(blocks):
        if b.kind in ARTICLE_KINDS or (include_related and b.kind == "related"):
            for s, e in _sentences.split(norm.clean, b.start, b.end):
                sents.append((s, e, i))
    inferred = None
    # the trigger words of the text, searched once for published.py and the components; the
    # components ask some 150 trigger words of every text, so their index is built at the first
    # (index_after=0). Under max_records Doc.starts bounds them (_BoundedStarts): published.py
    # reads a plain Starts, whose lowered text and index the bounded one then shares.
    plain = (scan.Starts(norm.clean, index_after=0, odd=norm.odd)
             if max_records is None or published is None else None)
    if published is None:  # the article's own date (published.py): a stamp is also `published`
        inferred = _published.infer(blocks, norm.clean, plain)
        if inferred is not None and inferred.stamp:
            published = inferred.date
    starts = plain
    if max_records is not None:
        starts = _BoundedStarts(norm.clean, STARTS_PER_RECORD * max_records)
        if plain is not None:
            starts.share_index(plain)
    return Doc(norm=norm, blocks=blocks, sents=sents, published=published, include_related=include_related,
               max_records=max_records, inferred=inferred, _starts=starts)


def run(doc: Doc, components: Iterable[str] = COMPONENTS) -> None:
    """Run the extractors over ``doc``, each once, in order; results land in ``doc.results``."""
    chosen = set(components)
    for name, extract_fn in loaded_components():
        if name in chosen:
            doc.results[name] = extract_fn(doc)


def _in_scope_records(doc: Doc, records: list[Any]) -> list[Any]:
    """The records that start in_scope() (Doc.in_scope, inlined: it runs once per record)."""
    norm = doc.norm
    identity = norm.clean is norm.original or norm.same_offsets  # records lie in the text: to_clean(i) is i
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


def binary_evidence(data: bytes) -> str | None:
    """Why ``data`` is no text (a binary signature, control bytes), or None (``decode.binary_evidence``)."""
    from .decode import binary_evidence as evidence

    return evidence(data)


def _line_breaks(text: str) -> int:
    """How many line breaks normalize() will see ("\\n", "\\r\\n", "\\r", U+2028, U+2029, U+0085)."""
    n = text.count("\n")
    if "\r" in text:
        n += text.count("\r") - text.count("\r\n")
    for c in "\u2028\u2029\u0085":
        if c in text:
            n += text.count(c)
    return n


def _edits_bound(text: str) -> int:
    """At least as many as the edits normalize() makes (each is a piece of its offset map, some
    hundreds of bytes): the characters outside the plain classes (tabs, NBSPs, combining marks,
    look-alikes, ...) and the old-style tone pairs ("oà"). Counted by substitution, which
    allocates one string and no object per character."""
    from .normalize import _OLD_STYLE_PAIR, _SPECIAL_CHAR

    return _SPECIAL_CHAR.subn("", text)[1] + _OLD_STYLE_PAIR.subn("", text)[1]


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
    max_records: int | None = None,
) -> Article:
    """Extract an :class:`~vnextract.models.Article` from Vietnamese press text.

    ``text`` is ``str`` or ``bytes`` (UTF-8, UTF-16 with BOM, or a Vietnamese legacy encoding
    detected with clear evidence; otherwise :class:`vnextract.DecodeError`). ``published``
    anchors relative dates ("ngày 28/7"). Records from related-article teasers and page chrome
    are left out unless ``include_related=True``. Offsets index ``Article.text``, which is the
    input exactly as given (after decoding).

    ``max_records`` bounds the memory one text may take (a record costs about 1.5 KB while it is
    made, and as much again on its way to a database): a text with more line breaks than that,
    or that gives more paragraphs, sentences and records in all, is refused with
    :class:`vnextract.errors.TooLargeError` (E003) as soon as that is known, before the rest is
    built; so is a text with more than ``STARTS_PER_RECORD`` (4) times that many characters to
    normalise, or places where one trigger of the extractors starts (numbers, capitalised words,
    trigger words), since a candidate is built at each before any record is made.
    ``vnextract batch`` sets it (``batch.work.MAX_RECORDS``); the default is no cap.
    """
    text = to_text(text)
    pub = _coerce_published(published)
    if max_records is not None:
        breaks = _line_breaks(text)
        if breaks > max_records:  # each line can be a paragraph: refused before any is made
            raise errors.TooLargeError(errors.E003.format(what=f"{breaks:,} line breaks", limit=max_records))
        # each edit is a piece of normalize()'s offset map; _edits_bound counts single characters
        # and pairs of characters, so it is at most 1.5 times the text's length: a text shorter
        # than that (any article) is not counted (two scans of the text)
        if len(text) + len(text) // 2 > STARTS_PER_RECORD * max_records:
            edits = _edits_bound(text)
            if edits > STARTS_PER_RECORD * max_records:
                raise errors.TooLargeError(errors.E003.format(
                    what=f"{edits:,} characters to normalise", limit=STARTS_PER_RECORD * max_records))
    doc = build_doc(text, pub, include_related, max_records)
    run(doc)
    fields: dict[str, Any] = {}
    for name in COMPONENTS:
        fields[name] = _in_scope_records(doc, doc.results.get(name, []))

    # The paragraphs and sentences (thousands per article) go to Article as field dicts, validated
    # as Paragraph and Sentence inside Article's own validation, in one call into pydantic: the
    # same records as ``doc.make(Paragraph, ...)`` each (the same validator, the same fields set),
    # without a call and a list append per record; ``Normalized.span`` maps their spans (at once
    # where no edit changed an offset).
    span = doc.norm.span
    paragraphs = [{"start": s, "end": e, "text": t, "kind": b.kind}
                  for b in doc.blocks for s, e, t in (span(b.start, b.end),)]
    sents = [{"start": s, "end": e, "text": t, "paragraph": p}
             for a, b, p in doc.sents for s, e, t in (span(a, b),)]
    title = next((p["text"] for p in paragraphs if p["kind"] == "title"), None)
    byline = next((p["text"] for p in paragraphs if p["kind"] == "byline"), None)
    source = structure.source_of(byline) if byline else None
    # the text's digest is its id only when the caller gives none (a batch gives each item's own)
    article_id = doc_id or "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    inf = doc.inferred
    inferred = None if inf is None else doc.make(
        InferredDate, inf.start, inf.end, value=inf.date, grain=inf.grain, year_known=inf.year_known, timex=inf.timex)
    return Article(
        id=article_id,
        text=text,
        url=url,
        title=title,
        published=doc.published,
        published_inferred=inferred,
        byline=byline,
        source=source,
        paragraphs=paragraphs,
        sentences=sents,
        **fields,
    )


def extract_item(item: Any) -> Article:
    """``extract()`` of one item of ``extract_many``: ``str``/``bytes``, or a ``{"id", "text",
    "url"?, "published"?}`` dict (what ``vnextract.dask`` maps over a bag)."""
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
            yield extract_item(item)
        return
    import multiprocessing as mp

    # fork where the platform has it (Linux): it needs no ``if __name__ == "__main__"`` guard in
    # the caller's script and starts workers with the data tables already loaded; spawn elsewhere.
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    with ctx.Pool(workers) as pool:
        yield from pool.imap(extract_item, texts, chunksize=chunksize)


_extract_one = extract_item  # the name an older batch/dask code used


# ---- what the outer wings need, without reaching into the modules below -----------------------

def tokenize(text: str) -> list[Token]:
    """Word tokens of ``text`` with offsets into ``text``: underthesea's segmentation, with legal
    identifiers and numbers kept whole (``tokens.py``). ``extract()`` never calls it."""
    from .tokens import tokenize as _tokenize

    return _tokenize(text)


_models.use_tokenizer(tokenize)  # Article.tokens(), kept from the first release


def find_word(text: str, word: str) -> tuple[int, int] | None:
    """Offsets in ``text`` of the last whole-word, case-sensitive occurrence of ``word``,
    compared after normalisation ("Thể" the name, not "thể" the word), or None."""
    norm = normalize(text)
    needle = fold(word)
    hits = list(regex.finditer(r"(?<!\w)" + regex.escape(needle) + r"(?!\w)", norm.clean))
    if not hits:
        return None
    a, b, _ = norm.span(hits[-1].start(), hits[-1].end())
    return a, b


def resolve_overlaps(items: Iterable[Any], span: Callable[[Any], tuple[int, int]],
                     length: Callable[[Any], tuple[int, int]] | None = None,
                     kind: Callable[[Any], str] | None = None,
                     taken: Iterable[tuple[int, int]] = ()) -> list[Any]:
    """The overlap rule (``overlaps.py``) for callers outside the pipeline: of the items whose
    ``span`` overlap, keep the longest, then the earliest, then the ``kind`` earlier in
    COMPONENTS; ``length`` gives the (start, end) that longest and earliest are measured on, when
    it is not ``span`` itself (a spaCy entity widened to whole tokens is measured by its record).
    Returns the kept items in text order."""
    measure = length or span
    rank_of = {name: i for i, name in enumerate(COMPONENTS)}

    def rank(x: Any) -> tuple[int, int, int]:
        s, e = measure(x)
        return -(e - s), s, rank_of[kind(x)] if kind else 0

    return overlaps.keep_longest(items, span, rank, taken)


@functools.lru_cache(maxsize=1)
def standard_units() -> frozenset[str]:
    """The unit names of ``data/units.tsv`` (currencies and measures), case-folded: what a
    ``Quantity.unit`` is when it is not a counted noun."""
    from .resources import load_tsv

    return frozenset(r["unit"].casefold() for r in load_tsv("units.tsv"))


def nation_words() -> frozenset[str]:
    """The words that name the whole country as a scope ("cả nước", "toàn quốc", "Việt Nam"),
    lower-case, from ``data/word_lists.tsv`` (nation_words): for the outer wings."""
    from .resources import word_list

    return word_list("nation_words")


def title_modifiers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the words before a title that make it a post held before: "nguyên", "cựu"; those that make
    it newly taken: "tân"), as the officials reader declares them (``officials.PAST_WORDS``,
    ``NEW_WORDS``): for the outer wings, which group a person's posts."""
    from . import officials

    return tuple(officials.PAST_WORDS), tuple(officials.NEW_WORDS)


def province_city_names() -> frozenset[str]:
    """The provinces written "TP <name>" ("UBND TP Hà Nội"): those whose official name is
    "Thành phố <name>" in ``data/provinces.tsv`` (``provinces.city_names``), for the outer wings
    that compose an organisation's name from its place."""
    from . import provinces

    return provinces.city_names()


def province_unit_words() -> tuple[str, ...]:
    """The words that say what kind of unit a province is, as its official name writes them
    before its name ("tỉnh", "thành phố"; lower-case), read from ``data/provinces.tsv`` by
    ``provinces.unit_words``: for the outer wings, which strip or recognise them."""
    from . import provinces

    return provinces.unit_words()


def yeared_doc_types() -> frozenset[str]:
    """The document types whose numbers always carry a year ("Nghị định", "Thông tư", "Luật", ...),
    as the legal references reader declares them (``legal_refs.yeared_types``, from
    ``data/type_words.tsv``): for the outer wings, which call a mention of one without its year short."""
    from . import legal_refs

    return legal_refs.yeared_types()


class LocalBodies(NamedTuple):
    """The bodies of local government as the organisations reader names them (``local_bodies``)."""

    committee: tuple[str, str]  # the people's committee: the abbreviation that names it, its name spelled out
    council: tuple[str, str]  # the people's council: ("HĐND", "Hội đồng nhân dân")
    party: dict[str, str]  # the Party committee of a level, by the level's unit word: {"tỉnh": "Tỉnh ủy", ...}


def local_bodies() -> LocalBodies:
    """The people's committee and council, each an abbreviation and its name spelled out ("UBND",
    "Ủy ban nhân dân"), and the Party committee of each level ("thành phố": "Thành ủy"), as
    ``organizations.PEOPLES_COMMITTEE``, ``PEOPLES_COUNCIL`` and ``PARTY_COMMITTEE_OF`` (from
    ``data/org_heads.tsv``, column level) declare them: for the outer wings, which fold an
    organisation's name to one form."""
    from . import organizations

    return LocalBodies(organizations.PEOPLES_COMMITTEE, organizations.PEOPLES_COUNCIL,
                       dict(organizations.PARTY_COMMITTEE_OF))


class UnitAbbreviations(NamedTuple):
    """The provinces' unit words as the press abbreviates them (``province_unit_abbreviations``)."""

    abbreviations: tuple[str, ...]  # "TP" for "thành phố"
    forms: str  # the ways they are written, a case-sensitive regex alternation: "T\\.?P\\.?|Tp\\.?"
    dotted_forms: str  # those with a dot: "T\\.P\\.?|TP\\.|Tp\\."
    city_words: tuple[str, ...]  # the unit words of the centrally-run cities: ("thành phố",)


def province_unit_abbreviations() -> UnitAbbreviations:
    """The abbreviations of the provinces' unit words and how the press writes them, as
    ``provinces.UNIT_ABBREVIATIONS``, ``provinces.abbreviation_forms`` and ``provinces.city_words``
    declare them: for the outer wings, which strip or recognise them."""
    from . import provinces

    units = provinces.unit_words()
    return UnitAbbreviations(tuple(provinces.UNIT_ABBREVIATIONS), provinces.abbreviation_forms(units),
                             provinces.abbreviation_forms(units, dotted=True), provinces.city_words())
