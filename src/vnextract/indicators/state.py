"""The typed state ``indicators`` reads an article in: ``_Article`` (worked out once per article,
and what each paragraph carries), ``_Sentence`` (one sentence with figures), ``_Item`` (one
figure) and ``_Name`` (a measure's name as ``naming`` found it); and the offset helpers over the
sorted start lists the state holds.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field
from typing import Optional

from .. import alphabet
from ..models import DateMention, Quantity
from ..rules import Words


@dataclass
class _Item:
    q: Quantity
    s: int
    e: int
    change: bool = False
    direction: Optional[str] = None


def _clean_spans(doc, recs) -> list:
    """``(clean start, clean end, rec)`` of each of ``recs``: their offsets in the clean text
    (``norm.to_clean``). Where to_clean gives every offset back as it is (an unchanged text, or
    one whose edits kept every offset, ``same_offsets``: half the archive's articles; a record's
    offsets lie in the user's text, where to_clean's bound test holds), that is told once for all
    of them (to_clean's own tests, inlined), not by two calls per record."""
    norm = doc.norm
    if norm.clean is norm.original or norm.same_offsets:
        return [(r.start, r.end, r) for r in recs]
    to_clean = norm.to_clean
    return [(to_clean(r.start), to_clean(r.end), r) for r in recs]


# Letters and digits (ASCII and Vietnamese, alphabet.LETTERS): each is \p{L} or \p{N}, so no
# match of a pattern that opens with a word start, ``(?<![\p{L}\p{N}])``, starts right after one.
_WORD_CHARS = alphabet.LETTERS | frozenset("0123456789")


def _word_starts(doc, words) -> list[int]:
    """Where any of ``words`` (an alternation compiled with ``_I`` that opens with a word start,
    ``words._B``) can start in ``doc.clean``: the starts of each word's first token, found once
    per text (scan.Starts), asked as one trigger (``_first_words``: the text's index answers all
    of them in one look-up), but those right after a letter or digit (``_WORD_CHARS``: "ước" in
    "nước", "trước"), where the word start refuses them. Checked by tests/test_rules.py
    (``indicators.article.cue_starts.*``). A slice of the text that begins at a dropped one can
    still match there (its look-behind sees nothing before it): see ``_window_starts``.

    The starts come ascending (scan.Starts), each once where no first token opens another
    (``_prefix_free``: so in the cue lists), so no set is made and sorted to drop repeats."""
    text = doc.clean
    trigger = _first_words(tuple(words))
    found = doc.starts(trigger)
    kept = [p for p in found if not p or text[p - 1] not in _WORD_CHARS]
    return kept if _prefix_free(trigger) else sorted(set(kept))


@functools.lru_cache(maxsize=64)
def _prefix_free(trigger: str) -> bool:
    """Whether no word of ``trigger`` ("a|b|...") opens another: then no two start at one place."""
    words = trigger.split("|")
    return not any(v != w and v.startswith(w) for w in words for v in words)


def _window_starts(starts: list[int], a: int, b: int, text: str, low, firsts: tuple[str, ...]) -> list[int]:
    """Where a pattern that opens with a word start may match in the slice ``text[a:b]``, as
    offsets into it: its ``starts`` there (``_word_starts``), and ``a`` itself when it follows a
    letter or digit (dropped from ``starts``) but may open one of its words (``low``, the
    lower-cased text, starts with one of ``firsts``, ``_first_tokens``, there; None: it may):
    the slice's look-behind sees nothing before it. Empty for none (no list made)."""
    k = bisect.bisect_left(starts, a)
    glued = 0 < a < b and text[a - 1] in _WORD_CHARS and (low is None or low.startswith(firsts, a))
    if (k >= len(starts) or starts[k] >= b) and not glued:
        return _NONE
    rel = [p - a for p in starts[k:bisect.bisect_left(starts, b)]]
    if glued:
        rel.insert(0, 0)
    return rel


_NONE: list[int] = []  # (never changed)


@functools.lru_cache(maxsize=64)
def _first_tokens(words: tuple[str, ...]) -> tuple[str, ...]:
    """The first tokens of ``words``, lower-cased, for str.startswith (rules.Words.first_words)."""
    return Words(words).first_words()


@functools.lru_cache(maxsize=64)
def _first_words(words: tuple[str, ...]) -> str:
    """The first token of each of ``words``, once each, as a ``scan.Starts`` trigger ("tăng|giảm")."""
    return "|".join(sorted({w.split()[0] for w in words}))


def _any_in(starts: list[int], a: int, b: int) -> bool:
    """Whether one of ``starts`` (ascending) lies in ``[a, b)``."""
    k = bisect.bisect_left(starts, a)
    return k < len(starts) and starts[k] < b


def _in_range(starts: list[int], ss: int, se: int) -> list[int]:
    """``starts`` in ``[ss, se)``: every start of a match there, the starts being where the
    pattern can match in the whole text (a superset, checked by its fast path), a sentence's
    first character among them."""
    return starts[bisect.bisect_left(starts, ss):bisect.bisect_left(starts, se)]


def _rel(starts: list[int], a: int, b: int) -> list[int]:
    """``starts`` in ``[a, b)``, as offsets into ``text[a:b]`` (for scan.finditer_at on that slice)."""
    return [p - a for p in starts[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]]


@dataclass
class _Name:
    name: Optional[str]
    start: Optional[int]
    how: Optional[str]  # measure | inherit | fallback | None
    subject: Optional[str] = None
    verb: Optional[str] = None


@dataclass
class _Article:
    """What every sentence reads, worked out once per article, and what each paragraph carries."""

    doc: object
    text: str
    dpos: list  # (clean start, clean end, DateMention) of the dates
    ppos: list  # ... of the provinces
    dstarts: list[int]
    pstarts: list[int]
    place: Optional[str]  # the province the article is about, if one stands out
    legal_ends: list[int]  # where legal identifiers end: a date right after one is its issue date
    title_period: Optional[DateMention]  # the headline's period, where a paragraph sets none
    # the date that frames the article's first body sentence ("Ngày 6/2, ông ... trao 8 giấy
    # chứng nhận ..."): the period of the headline's and lead's figures, which they do not date
    lead_frame: Optional[DateMention]
    # the first period the lead writes ("... xuất khẩu nông lâm thủy sản 5 tháng đầu năm vẫn tăng
    # 9,5%"): the period of the headline's figures, which the headline does not date
    lead_period: Optional[DateMention]
    low: Optional[str]  # the lower-cased text, when it compares as IGNORECASE
    # ``low`` when a slice of it is the slice lowered (no capital sigma, the one character whose
    # str.lower() depends on its neighbours; ``low`` lowers each character to one), else None
    low_slices: Optional[str]
    # where the last title or lead paragraph ends (0 for none): no offset from there on is in the
    # headline or lead (paragraphs do not overlap), so a test of ``doc.kind_at`` stops there
    head_end: int = 0
    # where a scope phrase, a status cue (pattern, "estimate" | "target", where its words start)
    # and an increase or decrease word can start: None until the first sentence that reads them
    # (article._starts_read)
    scope_starts: Optional[list[int]] = None
    cue_starts: Optional[list] = None
    dir_starts: Optional[list[int]] = None
    # paragraph -> what its sentences so far left: the period, the measure named (and its
    # dimension), the subject, the measure named with its status
    carried: dict = field(default_factory=dict)
    carried_name: dict = field(default_factory=dict)
    carried_scope: dict = field(default_factory=dict)
    carried_status: dict = field(default_factory=dict)
    # the last date that framed a sentence, and its paragraph: a report's period goes on to
    # later paragraphs
    doc_frame: tuple = (None, None)
    plan_paras: set = field(default_factory=set)  # paragraphs a plan opens ("Theo quy hoạch ..., ...")
    # paragraph -> the period the figures of its last sentence with figures took, a cumulative
    # one too ("Lũy kế ... đến ngày 15/6/2017 là ...": the "Trong đó, ..." after it is its part)
    last_period: dict = field(default_factory=dict)


@dataclass
class _Sentence:
    """One sentence being read: its figures and what it says about periods, scope and status."""

    si: int  # index into Article.sentences
    ss: int
    se: int
    para: int
    items: list[_Item]  # its figures, in order
    period_in: Optional[DateMention]  # the period carried into it
    periods: list  # (start, end, DateMention) of its dates that give a period
    subject: Optional[str]  # a named unit opening it ("Tổng cục Hải quan đạt ...")
    scope_ms: list  # its _SCOPE matches
    masks: list  # dates and scopes, blanked out of names
    cue_ms: list  # (start, end, text, kind) of status cues
    sent_low: str = ""  # the sentence lower-cased: cheap word tests that spare a regex call per figure
    list_cue_words: bool = False  # whether it holds a word of every _LIST_CUE match
    list_cue_at: dict = field(default_factory=dict)  # figure start -> a _LIST_CUE before it (naming._list_cue_before)
    # the span of the sentence's first _LIST_CUE match, (-1, -1) for none, None until searched
    list_cue_first: Optional[tuple[int, int]] = None
    post: dict = field(default_factory=dict)  # item index -> a measure's name after a change (_post_names)
    class_ends: list = field(default_factory=list)  # ends of the class figures dropped (_measures_only)
    vague: Optional[bool] = None  # "hiện nay" and the like: asked once, when needed
    since: Optional[DateMention] = None  # the year a span with no end opens ("Tính từ năm 1988, ...")
    # figures said "respectively" of dates one of which had not begun when the article appeared
    # ("GDP năm 2020 và 2021 lần lượt đạt ...", period._respective): a forecast, all of them
    respective_forecast: bool = False
    held: dict = field(default_factory=dict)  # rules.Words -> whether the sentence holds one (holds())
    carries: dict = field(default_factory=dict)  # a period's start -> whether it goes on (_carried_on)

    def holds(self, words) -> bool:
        """``words.held_in(self.sent_low)`` (rules.Words), worked out once per sentence: each of
        its figures asks."""
        found = self.held.get(words)
        if found is None:
            found = self.held[words] = words.held_in(self.sent_low)
        return found
