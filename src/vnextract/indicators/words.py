"""What more than one step of ``indicators`` reads: the cue and noun tables, and the shared patterns.

Read on first use (``functools.lru_cache``): the cue words of ``data/indicator_cues.tsv``
(``_res()``), the nouns of ``data/indicator_nouns.tsv`` (``_nres()``, ``_nfirsts()``); the
qualifiers between a name and its figure (``_qualifiers_start``), the status cues before a verb
(``_status_tail``), a capitalised body's name (``_in_proper_name``), and their fast paths
(``rules.fast_path``, checked by ``tests/test_rules.py``). A word list or pattern one step alone
reads is declared at the top of that step's module; nothing here imports a step.
"""

from __future__ import annotations

import functools
from typing import NamedTuple, Optional

import regex

from .. import scan
from ..dates import _COMPARE_BASE, _PATTERNS as _DATE_PATTERNS
from ..measures import TY as _TY, one_word_cues as _one_word_cues
from ..resources import load_tsv, read_by, word_list
from ..rules import Words, fast_path, may_open


_B = r"(?<![\p{L}\p{N}])"  # word start
_E = r"(?![\p{L}\p{N}])"  # word end
_I = regex.IGNORECASE


@functools.lru_cache(maxsize=1)
def _cues() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in load_tsv("indicator_cues.tsv"):
        out.setdefault(r["kind"], []).append(r["cue"])
    return out


@functools.lru_cache(maxsize=1)
def _nouns() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in load_tsv("indicator_nouns.tsv"):
        out.setdefault(r["kind"], []).append(r["word"])
    return out


def _alt(words) -> str:
    """The alternation of ``words`` for an IGNORECASE pattern: ``rules.Words.tree()``, longest
    first, a tree of common prefixes ("tăng(?:\\s+(?:thêm|trưởng)|)")."""
    return Words(words).tree()


def _lowered_alt(words) -> str:
    """The alternation of ``words`` lower-cased, for a case-sensitive pattern read on a text
    lower-cased by ``scan.caseless_lower`` (same offsets, same matches as the IGNORECASE pattern
    of ``_alt(words)`` on the text as written; the engine tries a case-sensitive tree faster)."""
    return Words([w.lower() for w in words]).tree(fold=str)


def _words(kind: str) -> regex.Pattern:
    return regex.compile(rf"{_B}(?:{_alt(_cues()[kind])}){_E}", _I)


@functools.lru_cache(maxsize=None)
def _cues_read_by(rule: str) -> Words:
    """The cues of indicator_cues.tsv whose ``reads`` column names ``rule`` (a deliberate subset of
    their kind), in the file's order: "new_level" ("đạt", "là", "còn", "ở mức")."""
    return Words(read_by("indicator_cues.tsv", rule))


# The one-word verbs of a figure (indicator_cues.tsv verb, increase, decrease, estimate): what a
# subject or a scope is followed by ("Xã Phù Cát 2 có", "khu vực kinh tế nhà nước đạt").
_VERB_WORDS = _one_word_cues("verb", "increase", "decrease", "estimate")


class _CuePatterns(NamedTuple):
    """The cue words of indicator_cues.tsv as patterns, by kind."""

    verb: regex.Pattern  # any verb of a figure: "đạt", "tăng", "giảm" ...
    increase: regex.Pattern
    decrease: regex.Pattern
    estimate: regex.Pattern  # "ước", "ước tính"
    target: regex.Pattern  # "phấn đấu", "kế hoạch"
    basis: list[tuple[str, regex.Pattern]]  # (basis kind, pattern): "so với cùng kỳ" ...
    verb_low: regex.Pattern  # ``verb`` for a text lower-cased by scan.caseless_lower (_lowered_alt)


@functools.lru_cache(maxsize=1)
def _res() -> _CuePatterns:
    c = _cues()
    verbs = c['verb'] + c['increase'] + c['decrease']
    verb = regex.compile(rf"{_B}(?:{_alt(verbs)}){_E}", _I)
    basis = [(k, _words(k)) for k in ("basis_yoy", "basis_prev", "basis_plan")]
    return _CuePatterns(verb, _words("increase"), _words("decrease"), _words("estimate"), _words("target"), basis,
                        regex.compile(rf"{_B}(?:{_lowered_alt(verbs)}){_E}"))


class _NounPatterns(NamedTuple):
    """The nouns of indicator_nouns.tsv as patterns, by kind."""

    measure: regex.Pattern  # a measure's head noun: "kim ngạch", "chỉ số", "tốc độ tăng trưởng"
    growth: regex.Pattern
    index: regex.Pattern
    breakdown: regex.Pattern  # "trong đó", "riêng": a part of the measure before
    discourse: frozenset[str]
    measure_low: regex.Pattern  # ``measure`` for a text lower-cased by scan.caseless_lower (_lowered_alt)
    breakdown_low: regex.Pattern  # ``breakdown`` likewise


@functools.lru_cache(maxsize=1)
def _nres() -> _NounPatterns:
    n = _nouns()
    heads = n["measure"] + n["index"] + n["growth"]
    measure = regex.compile(rf"{_B}(?:{_alt(heads)}){_E}", _I)
    growth = regex.compile(rf"(?:{_alt(n['growth'])}){_E}|.*{_B}tăng\s+trưởng{_E}", _I)
    index = regex.compile(rf"(?:{_alt(n['index'])}){_E}", _I)
    breakdown = regex.compile(rf"(?:{_alt(n['breakdown'])}){_E}", _I)
    discourse = frozenset(w.casefold() for w in n["discourse"] + n["class"])  # both incidental
    measure_low = regex.compile(rf"{_B}(?:{_lowered_alt(heads)}){_E}")
    breakdown_low = regex.compile(rf"(?:{_lowered_alt(n['breakdown'])}){_E}")
    return _NounPatterns(measure, growth, index, breakdown, discourse, measure_low, breakdown_low)


@functools.lru_cache(maxsize=None)
def _qualifier_cues(kinds: tuple[str, ...] = (), read_by: str = "") -> Words:
    """The qualifier words of data/quantity_cues.tsv (the one reader of the indicator steps), in the
    file's order: those of ``kinds`` ("bound", "bound_from", "approx", "bound_after"), or those its
    ``indicators`` column says ``read_by`` reads ("about", "name")."""
    return Words(r["cue"] for r in load_tsv("quantity_cues.tsv")
                 if r["kind"] in kinds or read_by and read_by in r["indicators"].split())


# A figure's size between a verb or "từ" and the figure (quantity_cues.tsv, read by "about"):
# "hơn", "gần", "khoảng", "trên", "dưới".
_ABOUT = _qualifier_cues(read_by="about")
# Words between a name and its figure: the qualifiers quantity_cues.tsv says a name ends with
# ("khoảng", "hơn", "xấp xỉ", "từ": read by "name") and the indicator steps' own ("lần lượt", "mức").
_QUALIFIER_WORDS = (_qualifier_cues(read_by="name")
                    + Words("mức|con số|được|lần lượt|chỉ|vào khoảng|tới|đến|lên|bình quân|thêm"))
_QUALIFIERS = regex.compile(
    # whole words only: "ước" must not match the end of "nước" ("thu ngân sách nhà nước đạt");
    # the separators a character class and the words a prefix tree (Words.tree: the same
    # matches; a match runs to the end, so which alternative is tried first does not change it):
    # the engine tries fewer branches at each start (1.8 us a search, not 2.9)
    rf"[\s\x00,]*(?:(?<![\p{{L}}\p{{M}}])(?:{_QUALIFIER_WORDS.tree()})(?![\p{{L}}\p{{M}}])[\s\x00]*)*$",
    _I,
)
# The last character that no part of _QUALIFIERS can match (a letter outside its words, a digit,
# a bracket): a match that runs to the end starts after it, so the search starts there instead
# of at every character of a 300-character window. Built from the words' letters.
_OUTSIDE_QUALIFIERS = regex.compile(r"(?r)[^\s\x00,%s]" % _QUALIFIER_WORDS.letters(), _I)


def _qualifiers_at_end(piece: str) -> Optional[regex.Match]:
    """``_QUALIFIERS.search(piece)``: the qualifiers that end ``piece``."""
    m = _OUTSIDE_QUALIFIERS.search(piece)
    return _QUALIFIERS.search(piece, m.end() if m else 0)


# The last words of _QUALIFIERS' alternatives ("xấp xỉ" -> "xỉ"), for scan.may_end_with.
_QUALIFIERS_LAST = _QUALIFIER_WORDS.last_words()
fast_path("indicators.words._QUALIFIERS", _QUALIFIERS, "search",
          lambda s: _qualifiers_start(s) == _QUALIFIERS.search(s).start(), _QUALIFIER_WORDS)
# What _QUALIFIERS' leading run matches among plain characters: spaces, "\x00" and commas.
_QUALIFIER_SEPS = " \t\n\r\x0b\x0c\x00,"
# Characters that neither that run nor \s matches: ASCII and Vietnamese (scan._PLAIN) but the
# space and the comma, and the bracket marks of _name_for.
_NOT_SEP = (scan._PLAIN - frozenset(" ,")) | frozenset("\x01\x02")


def _qualifiers_start(piece: str) -> int:
    """``_qualifiers_at_end(piece).start()``, without the regex when no qualifier ends ``piece``.

    Then the match is the trailing run of spaces, "\x00" and commas: no earlier start can reach
    the end, as the character before the run is neither in it nor the end of a qualifier.
    """
    head = piece.rstrip(_QUALIFIER_SEPS)
    if not head:
        return 0  # the run of separators from the start is the match ("đạt 5%": " ")
    if head[-1] in _NOT_SEP and not scan.may_end_with(head, _QUALIFIERS_LAST):
        return len(head)
    return _qualifiers_at_end(piece).start()


# The comparison base before what a figure is measured against: "so với", "so" ("tăng 5% so với cùng
# kỳ", "so tháng trước"), declared once in dates (where a year after it is a basis); every step reads it here.
_COMPARE = _COMPARE_BASE
# The base written in full, "so với" (not "so"): what a basis phrase after the words of what is
# compared opens with (article._BASIS_PHRASE_BEFORE).
_COMPARE_IN_FULL = Words(w for w in _COMPARE if " " in w)
# A rate and a share, each in both spellings of "tỷ" (measures.TY): "tỷ lệ", "tỉ lệ"; "tỷ trọng", "tỉ trọng".
_RATE_WORDS = Words(f"{t} lệ" for t in _TY)
_SHARE_WORDS = Words(f"{t} trọng" for t in _TY)
# The nation words that open with "cả" or "toàn" (word_lists.tsv nation_words, which archive reads to
# fold a scope to "cả nước"): "cả nước", "toàn quốc", longest first. A scope (scope._SCOPE) and the
# end of a name before "của" (naming._CUT) read them.
_WHOLE_NATION = Words(w for w in sorted(word_list("nation_words"), key=lambda w: (-len(w), w))
                      if w.split()[0] in ("cả", "toàn"))
_MATERIAL_HEAD = {"mass": "khối lượng", "area": "diện tích", "volume": "khối lượng"}
_OPEN_BRACKET = regex.compile(r"\s*\(\s*[-–+]?\s*")
# The plans a figure is measured against (indicator_cues.tsv basis_plan: "kế hoạch", "dự toán").
_PLAN_BASIS = Words(_cues()["basis_plan"])
_PLAN_AFTER = regex.compile(rf"\s*(?:(?:{_COMPARE_IN_FULL.alt()})\s+)?(?:{_PLAN_BASIS.alt()})(?![\p{{L}}])", _I)  # "so với kế hoạch"
# The words that make a figure a share of a plan, measured against it ("so với kế hoạch", "bằng
# 54,8% kế hoạch", "đạt 77,2% kế hoạch", "vượt 21% kế hoạch năm"): a plan word after them is a basis,
# not a target (status._PLAN_BASIS_BEFORE: "sản lượng than vượt kế hoạch 10%") and a plan's year
# after them is the plan's (article._PLAN_YEAR_BEFORE).
_OF_PLAN = _COMPARE + Words("bằng|đạt|vượt")
# Words that open a list of the parts of a whole (a breakdown): "Trong đó, ...", "Theo ngành,
# ...", "Xét theo lĩnh vực, ...", "Phân theo khu vực, ...", "Cụ thể, ...", "Riêng ...".
_LIST_OPENERS = Words("trong đó|cụ thể|riêng")
# Words one of which every _LIST_CUE match holds (derived): a sentence with none has no list cue.
_LIST_CUE_WORDS = _LIST_OPENERS.words + ("theo",)
# A date a figure took from an event of its sentence ("sự cố sập cầu Ghềnh vào cuối tháng 3/2016,
# khiến doanh thu giảm 535 tỷ đồng") goes on to no later sentence, and a headline's ("Nhật Bản, EU
# hướng tới ký kết EPA vào đầu tháng 7/2017") is no period of the article (2017 archive): "vào/hồi"
# mark the time of an event, not a reporting period.
_EVENT_AT_BEFORE = regex.compile(r"(?<![\p{L}])(?:vào|hồi)\s+$", _I)
# Cumulative frames: their period is their sentence's, not the paragraph's ("Tính chung 6 tháng").
# (data/word_lists.tsv cumulative_words, which dates reads too; none opens another, so their order does not matter)
_CUMULATIVE_WORDS = Words(sorted(word_list("cumulative_words")))
_CUMULATIVE_LEAD = regex.compile(rf"(?<![\p{{L}}])(?:{_CUMULATIVE_WORDS.alt()})(?![\p{{L}}])", _I)

# The grains of a date that can be the period of figures (not a day, nor a span of days)
_PERIOD_GRAINS = ("year", "half", "quarter", "month", "span")


# The patterns of dates' kinds said of the period or day in force, read from dates' declaration (not
# the word "cùng" they open with): "sameperiod" ("cùng kỳ", "cùng kỳ năm trước", "cùng thời điểm năm
# 2016") and "sameday" ("cùng ngày").
_SAME_KINDS = ("sameperiod", "sameday")
_SAME_PATTERNS = tuple(p for kind, _, p in _DATE_PATTERNS if kind in _SAME_KINDS)


def _same_period(d) -> bool:
    """Whether a date is written "cùng kỳ ..." (the same stretch of an earlier year) or "cùng ngày":
    the basis of a change wherever it does not open its sentence or a bracket."""
    return _said_of_in_force(d.text)


@functools.lru_cache(maxsize=4096)
def _said_of_in_force(text: str) -> bool:
    """Whether ``text`` opens with a match of _SAME_PATTERNS (asked once per distinct date text)."""
    return any(p.match(text) for p in _SAME_PATTERNS)


# The words the _SAME_PATTERNS open with, read from dates' triggers of those kinds ("cùng"): a
# sentence none of which holds has no date said of the period in force (period._period's guard).
_SAME_OPENERS = Words(tuple(dict.fromkeys(w for kind, trigger, _ in _DATE_PATTERNS if kind in _SAME_KINDS
                                          for w in trigger.split("|"))))
for _kind, _trigger, _pattern in _DATE_PATTERNS:
    if _kind in _SAME_KINDS:
        fast_path(f"indicators.words._SAME_OPENERS.{_kind}", _pattern, "search",
                  lambda s: _SAME_OPENERS.held_in(s.lower()), _SAME_OPENERS)


@functools.lru_cache(maxsize=None)
def _kind_patterns(kinds: tuple[str, ...]) -> tuple[regex.Pattern, ...]:
    return tuple(p for kind, _, p in _DATE_PATTERNS if kind in kinds)


@functools.lru_cache(maxsize=4096)
def _said_of(text: str, kinds: tuple[str, ...]) -> bool:
    """Whether a date's ``text`` opens with a match of dates' patterns of ``kinds`` (its kind read
    from dates' declaration, not from its first words): ("yearsago",) for "cách đây 3 năm"."""
    return any(p.match(text) for p in _kind_patterns(kinds))


@functools.lru_cache(maxsize=1)
def _status_tail() -> regex.Pattern:
    """A status cue right before a verb ("phấn đấu tăng", "ước tăng")."""
    est, tgt = _res().estimate, _res().target
    return regex.compile(rf"(?:{est.pattern}|{tgt.pattern})\s*$", _I)


@functools.lru_cache(maxsize=1)
def _status_last() -> tuple[str, ...]:
    """The last words of the status cues: a region ending in none has no _status_tail()."""
    return scan.last_words(_cues()["estimate"] + _cues()["target"])


_WINDOW = 300  # characters before a figure where its name is looked for


def _firsts(words) -> frozenset[str]:
    """The first letters, lower-cased, of an alternation's words (see ``rules.may_open``)."""
    return Words(words).firsts()


_may_open = may_open


@functools.lru_cache(maxsize=1)
def _nfirsts() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``_firsts`` of the measure, breakdown and index nouns (``_nres()`` measure, breakdown, index)."""
    n = _nouns()
    return _firsts(n["measure"] + n["index"] + n["growth"]), _firsts(n["breakdown"]), _firsts(n["index"])


for _field, _k, _kinds in (("measure", 0, ("measure", "index", "growth")), ("breakdown", 1, ("breakdown",)),
                           ("index", 2, ("index",))):
    fast_path(f"indicators.words.nouns.{'+'.join(_kinds)}", functools.partial(lambda f: getattr(_nres(), f), _field), "match",
              functools.partial(lambda k, s, p: may_open(s[p:], _nfirsts()[k]), _k),
              functools.partial(lambda kinds: [w for k in kinds for w in _nouns()[k]], _kinds))
def _same_low(get, s: str, p: int) -> bool:
    """Whether the pattern ``get()`` and its case-sensitive twin for lower-cased text (``measure_low``,
    ``verb_low``) match the same span at ``p`` (on ``s`` as written and ``s`` lower-cased), where
    the lower-cased text compares as IGNORECASE does."""
    low = scan.caseless_lower(s)
    if low is None:
        return True
    pattern, twin = get()
    m, n = pattern.match(s, p), twin.match(low, p)
    return (m is None and n is None) or (m is not None and n is not None and m.span() == n.span())


fast_path("indicators.words.nouns.measure_low", lambda: _nres().measure, "match",
          functools.partial(_same_low, lambda: (_nres().measure, _nres().measure_low)),
          lambda: _nouns()["measure"] + _nouns()["index"] + _nouns()["growth"])
fast_path("indicators.words.nouns.breakdown_low", lambda: _nres().breakdown, "match",
          functools.partial(_same_low, lambda: (_nres().breakdown, _nres().breakdown_low)),
          lambda: _nouns()["breakdown"])
fast_path("indicators.words.cues.verb_low", lambda: _res().verb, "match",
          functools.partial(_same_low, lambda: (_res().verb, _res().verb_low)),
          lambda: _cues()["verb"] + _cues()["increase"] + _cues()["decrease"])
fast_path("indicators.words._status_tail", lambda: _status_tail(), "search",
          lambda s: scan.may_end_with(s, _status_last()), lambda: _cues()["estimate"] + _cues()["target"])


_BODY_HEADS = frozenset("bộ sở cục vụ ban viện quỹ hội".split())


def _in_proper_name(text: str, ss: int, a: int, strict: bool = False) -> bool:
    """A capitalised word inside a sentence, after a capitalised word, is part of a name: "Bộ Kế
    hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư" hold no plan cue and no measure noun."""
    if not text[a:a + 1].isupper() or not text[a + 1:a + 2].islower():
        return False
    before = text[ss:a].rstrip()
    if not before or before[-1] in ".:;!?\"“(-–•*":
        return False  # the sentence's or a clause's first word
    words = before.replace("/", " ").split()

    def titled(w: str) -> bool:  # "Bộ", "Kế" (not "TTXVN", a source tag before a sentence)
        return w[:1].isupper() and w[1:2].islower()

    # "Bộ Kế hoạch và Đầu tư": a capital after "và" continues a name begun up to three words before
    if words[-1].lower() == "và" and any(titled(w) for w in words[-4:-1]):
        return True
    if strict:  # "Ảnh: Thái Minh Tổng mức đầu tư ...": a caption's byline glued to a sentence
        return words[-1].lower() in _BODY_HEADS
    return titled(words[-1])
