"""The ``vnextract`` pipeline component: vnextract's records as spaCy entities.

It runs ``vnextract.extract(doc.text)`` once per doc and writes:
- ``doc._.article``: the :class:`vnextract.Article` (all records, exact offsets);
- ``doc.ents``: non-overlapping entity spans, one label per kind of record:

  ========== ========================================= ===========================
  label      record                                    ``ent.ent_id_``
  ========== ========================================= ===========================
  LEGAL_REF  ``article.legal_refs``                    number ("111/2015/NĐ-CP")
  PROVINCE   ``article.provinces``                     canonical name ("Quảng Ninh")
  ORG        ``article.organizations``                 canonical name
  PER        the *name* in ``official.mentions``       the official's full name
  QUANTITY   ``article.quantities``                    ""
  DATE       ``article.dates``                         value ("2023-H1")
  ========== ========================================= ===========================

- ``doc.spans["vnextract"]``: the same spans before overlap resolution, plus one ``INDICATOR``
  span per indicator, so nothing is lost when entities overlap.

PER spans are names only, as spaCy's PERSON/PER labels are: "Thứ trưởng Bộ Công Thương Phan Thị
Thắng" gives the ORG "Bộ Công Thương" and the PER "Phan Thị Thắng"; the later mention "ông Huy"
gives PER "Huy"; a mention by title alone ("Thủ tướng") gives no PER span (it stays in
``doc._.article``).

Overlaps follow vnextract's one rule (``vnextract.pipeline.resolve_overlaps``): the longest
record wins, then the earliest, then the kind that runs earlier in the pipeline. So "UBND tỉnh
Quảng Ninh" is one ORG, not an ORG around a PROVINCE. Entities already on the doc (another NER)
are kept unless ``overwrite_ents=True``.

Alignment: records have character offsets; entities must be whole tokens. Spans are aligned
with ``doc.char_span(..., alignment_mode="expand")``: an entity covers every token it touches,
so a record is never dropped because the segmenter glued a word to it; then ``ent.text`` may be
wider than the record's text ("tỷUSD" glued in the source). The exact record is always in
``doc._.article``.

``doc._.article`` is stored in ``doc.user_data`` as the record's JSON form, so docs survive
``Doc.to_bytes()``, ``DocBin(store_user_data=True)`` and ``nlp.pipe(texts, n_process=2)``; the
getter turns it back into an ``Article`` (once per doc).
"""

from __future__ import annotations

import weakref
from typing import Any, Callable, Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..pipeline import find_word, resolve_overlaps

__all__ = ["VnextractComponent", "make_component", "LABELS", "COLORS", "displacy_options",
           "displacy_colors", "ARTICLE_KEY"]

# Each entity label: the Article field whose records it marks, and the id its spans get (None for
# PER: one span per mention, the person's name inside it, see _candidates). In the order of the
# record kinds in Article, which is the pipeline's: the tie-break on identical spans. The one
# declaration LABELS, the tie-break and _candidates read.
_ENTITIES: dict[str, tuple[str, Optional[Callable[[Any], str]]]] = {
    "LEGAL_REF": ("legal_refs", lambda r: r.refers_to or r.number),
    "PROVINCE": ("provinces", lambda r: r.name),
    "ORG": ("organizations", lambda r: r.name),
    "PER": ("officials", None),
    "QUANTITY": ("quantities", lambda r: ""),
    "DATE": ("dates", lambda r: r.value),
}
# Entity labels, in the order of the record kinds in Article.
LABELS: tuple[str, ...] = tuple(_ENTITIES)

# One colour per label. ORG, QUANTITY and DATE are displaCy's own defaults; LEGAL_REF takes
# the colour displaCy gives LAW, PROVINCE the one for GPE, PER the one for PERSON.
COLORS: dict[str, str] = {
    "LEGAL_REF": "#ff8197",
    "PROVINCE": "#feca74",
    "ORG": "#7aecec",
    "PER": "#aa9cfc",
    "QUANTITY": "#e4e7d2",
    "DATE": "#bfe1d9",
}

# Record kind of each label, for the tie-break on identical spans (the pipeline's order).
_KIND = {label: field for label, (field, _id) in _ENTITIES.items()}

ARTICLE_KEY = "vnextract.article"  # doc.user_data key of the Article's JSON form


def displacy_options(labels: Optional[Iterable[str]] = None) -> dict[str, Any]:
    """Options for ``displacy.render(doc, style="ent", options=...)``: vnextract's labels and colours.

    >>> displacy_options(["PER"])
    {'ents': ['PER'], 'colors': {'PER': '#aa9cfc'}}
    """
    chosen = list(LABELS if labels is None else labels)
    return {"ents": chosen, "colors": {lab: COLORS[lab] for lab in chosen}}


def displacy_colors() -> dict[str, str]:
    """Entry point ``spacy_displacy_colors``: displaCy colours for the labels it does not know.

    Only LEGAL_REF, PROVINCE and PER: ORG, QUANTITY and DATE keep displaCy's defaults, so other
    pipelines' renderings do not change.
    """
    return {lab: COLORS[lab] for lab in ("LEGAL_REF", "PROVINCE", "PER")}


# ---- doc._.article -------------------------------------------------------------------------

_cache: "weakref.WeakKeyDictionary[Doc, tuple[int, Any]]" = weakref.WeakKeyDictionary()


def _get_article(doc: Doc):
    data = doc.user_data.get(ARTICLE_KEY)
    if data is None:
        return None
    hit = _cache.get(doc)
    if hit is not None and hit[0] == id(data):
        return hit[1]
    from ..models import Article

    art = Article.model_validate(data)
    _cache[doc] = (id(data), art)
    return art


def _set_article(doc: Doc, article) -> None:
    if article is None:
        doc.user_data.pop(ARTICLE_KEY, None)
        return
    data = article.model_dump(mode="json")
    doc.user_data[ARTICLE_KEY] = data
    _cache[doc] = (id(data), article)


if not Doc.has_extension("article"):
    Doc.set_extension("article", getter=_get_article, setter=_set_article)


# ---- records -> candidate spans --------------------------------------------------------------

def _name_in_mention(mention, name: str) -> Optional[tuple[int, int]]:
    """Offsets of the person's name inside an official's mention, or None for a title alone.

    "Thứ trưởng Bộ Công Thương Phan Thị Thắng" -> "Phan Thị Thắng"; "ông Huy", "Bộ trưởng Thể" ->
    the given name (last syllable of the full name); "Thủ tướng" -> None.
    """
    parts = name.split()
    if not parts:
        return None
    for needle in (name, parts[-1]):
        # Whole words only, case-sensitive: "Thể" the name, not "thể" the word.
        found = find_word(mention.text, needle)
        if found is not None:
            return mention.start + found[0], mention.start + found[1]
    return None


def _candidates(article) -> list[tuple[int, int, str, str]]:
    """(start, end, label, id) for every record that becomes an entity (_ENTITIES)."""
    out: list[tuple[int, int, str, str]] = []
    for label, (field, ident) in _ENTITIES.items():
        for r in getattr(article, field):
            if ident is not None:
                out.append((r.start, r.end, label, ident(r)))
                continue
            for m in r.mentions:  # an official: the name inside each mention
                span = _name_in_mention(m, r.name)
                if span is not None:
                    out.append((span[0], span[1], label, r.name))
    return out


class VnextractComponent:
    """The ``vnextract`` pipe (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = "vnextract", include_related: bool = False,
                 overwrite_ents: bool = False, spans_key: Optional[str] = "vnextract") -> None:
        self.name = name
        self.include_related = include_related
        self.overwrite_ents = overwrite_ents
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        from ..pipeline import extract

        article = extract(doc.text, include_related=self.include_related)
        doc._.article = article
        self.set_annotations(doc, article)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128):
        for doc in docs:
            yield self(doc)

    def set_annotations(self, doc: Doc, article) -> None:
        """Write ``doc.ents`` (and ``doc.spans[spans_key]``) from the article's records."""
        spans: list[tuple[int, int, Span]] = []  # (record start, record end, span)
        for start, end, label, ident in _candidates(article):
            span = doc.char_span(start, end, label=label, span_id=ident, alignment_mode="expand")
            if span is not None and len(span):
                spans.append((start, end, span))
        if self.spans_key:
            group = [s for *_, s in sorted(spans, key=lambda t: (t[2].start, t[2].end))]
            for ind in article.indicators:
                sp = doc.char_span(ind.start, ind.end, label="INDICATOR", span_id=ind.name,
                                   alignment_mode="expand")
                if sp is not None and len(sp):
                    group.append(sp)
            doc.spans[self.spans_key] = group

        # The one overlap rule, on whole tokens, each entity measured by its record.
        existing = list(doc.ents)
        chosen = [t[2] for t in resolve_overlaps(
            spans, span=lambda t: (t[2].start, t[2].end), length=lambda t: (t[0], t[1]),
            kind=lambda t: _KIND[t[2].label_],
            taken=() if self.overwrite_ents else [(e.start, e.end) for e in existing])]
        if self.overwrite_ents:  # earlier entities where the records leave room
            taken = [(s.start, s.end) for s in chosen]
            chosen += resolve_overlaps(existing, span=lambda e: (e.start, e.end), taken=taken)
        else:
            chosen += existing
        doc.ents = sorted(chosen, key=lambda s: s.start)

    # Nothing to save: the component has no state beyond its config.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "VnextractComponent":
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> "VnextractComponent":
        return self


@Language.factory(
    "vnextract",
    default_config={"include_related": False, "overwrite_ents": False, "spans_key": "vnextract"},
    assigns=["doc.ents", "doc.spans", "doc._.article"],
)
def make_component(nlp: Language, name: str, include_related: bool, overwrite_ents: bool,
                   spans_key: Optional[str]) -> VnextractComponent:
    """Factory of the ``vnextract`` pipe: ``nlp.add_pipe("vnextract")``."""
    return VnextractComponent(nlp, name, include_related=include_related,
                              overwrite_ents=overwrite_ents, spans_key=spans_key)
