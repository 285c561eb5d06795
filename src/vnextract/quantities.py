"""Extractor for ``quantities``: every figure that measures something, in base units.

Why hand-written: quantulum3 reads "43.489ha" as 43.489 hectares and "843,5 nghìn tỷ đồng" as
two bare numbers (one decimal mark, English units); no library knows Vietnamese scale words,
counted nouns or "điểm phần trăm".

Rules, each with a press example:
- a figure (``numbers.DIGITS``: "43.489" = 43489, "28,8" = 28.8, "64 .000") or a run of number
  words ("hai mươi lăm", "một triệu rưỡi"), then an optional scale word ("nghìn tỷ", "triệu",
  "tỷ", "ngàn"; ``data/scale_words.tsv``), then a unit: a unit of measure from
  ``data/units.tsv`` (currencies as ISO codes: "đồng" -> VND, "tỷUSD" -> USD; "%", "điểm phần
  trăm" -> pp, "ha", "km2", "tấn" -> t, "kWh", "MW", "lần", durations), possibly compound
  ("VND/kWh", "triệu đồng/năm" -> VND/năm, "%/năm"), or a counted noun from
  ``data/counted_nouns.txt`` ("1.132 cụm công nghiệp", "416 nghìn lao động", "28 tỉnh");
- a figure with a scale word and no unit in a sentence about money is VND ("(2,9 tỷ/3,1 tỷ)"
  after "tiền phạt");
- ranges give ``min``/``max``: "7-8%", "từ 9 - 10%", "3% đến dưới 5%", "1,5 - 2 triệu tấn"
  (a scale or unit written only after the upper bound applies to both ends);
- "16/28 tỉnh thành", "(817/898)" give two quantities, the first taking the unit of the
  second (or of the last quantity of the sentence when neither has one);
- qualifiers stay outside the span (``data/quantity_cues.tsv``): "hơn"/"trên" -> bound gt,
  "ít nhất"/"từ ... trở lên" -> ge, "dưới" -> lt, "không quá" -> le; "khoảng", "gần", "xấp xỉ",
  "ước (đạt|tính)" -> approximate;
- a comma followed by three digits ("33,293 người", "100,000 đồng") is a thousands separator
  when the value must be whole (a count, đồng without a scale word) or the document writes
  English style; otherwise a decimal ("441,857 tỷ").

Not quantities: characters claimed by dates and legal references (they run first: "6 tháng
đầu năm", "2023", "111/2015/NĐ-CP"), ordinals ("thứ 2", "lần thứ IX"), provisions ("Điều 4,
khoản 2"), names with digits ("Covid-19", "G20", "QL45", "Hải Vân 1", "tổ máy 1"), list
numbers, bare numbers with no unit.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import NamedTuple, Optional

import regex

from . import numbers, organizations, places, provinces, scan
from .rules import ONE_SPACE, Words, fast_path, first_char_split, first_chars, may_open
from .models import Quantity
from .normalize import fold
from .resources import load_tsv, read_by, read_text

# The pipeline component (pipeline.COMPONENTS): the Article field it fills and the earlier
# components it reads: their claims: "6 tháng" and "2023" are no quantities.
ASSIGNS = "quantities"
READS: tuple[str, ...] = ("legal_refs", "dates")


@dataclass(frozen=True)
class _Unit:
    unit: str
    dimension: str
    factor: float = 1.0


@functools.lru_cache(maxsize=1)
def _tables():
    units: dict[str, _Unit] = {}
    for r in load_tsv("units.tsv"):
        units[r["surface"]] = _Unit(r["unit"], r["dimension"], float(r["factor"] or 1))
    nouns = []
    for ln in read_text("counted_nouns.txt").splitlines():
        ln = ln.strip()
        if ln and not ln.startswith("#"):
            nouns.append(fold(ln))
    cues = {r["cue"]: (r["kind"], r["value"]) for r in load_tsv("quantity_cues.tsv")}
    return units, nouns, cues


class _NonUnits(NamedTuple):
    """``data/non_units.tsv`` read for the general counted-noun rule."""

    stops: frozenset[str]  # words that end a counted noun (and never open one)
    not_first: frozenset[str]  # words that never open one
    pairs: frozenset[str]  # word pairs that end one ("đối với")
    label_re: regex.Pattern  # a label noun and one space ending a window: its figure is a number, not a count
    labels: tuple[str, ...]  # the label nouns (to generate text from, tests/test_rules.py)


@functools.lru_cache(maxsize=1)
def _non_units() -> _NonUnits:
    """``data/non_units.tsv``: the words that end a counted noun (and never open one), those
    that only never open one, the word pairs that end one ("đối với"), and the label nouns
    before a figure as a pattern that ends a window."""
    rows = load_tsv("non_units.tsv")
    stop = frozenset(r["word"] for r in rows if r["kind"] in ("function", "verb", "modifier", "scale")
                     and " " not in r["word"])
    pairs = frozenset(r["word"] for r in rows if r["kind"] != "label" and " " in r["word"])
    not_first = stop | frozenset(r["word"] for r in rows if r["kind"] == "predicate")
    labels = [r["word"] for r in rows if r["kind"] == "label"]
    # one space before the figure ("Văn bản 178"), as the fast path _label_may_end reads it
    label_re = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alt(labels, True)})\ $", regex.IGNORECASE)
    return _NonUnits(stop, not_first, pairs, label_re, tuple(labels))


@functools.lru_cache(maxsize=1)
def _title_re() -> regex.Pattern:
    """A title counted as written ("5 Phó Chủ tịch", "3 Thứ trưởng"): ``data/titles.tsv``."""
    titles = [r["title"] for r in load_tsv("titles.tsv") if r["title"][:1].isupper()]
    return regex.compile(rf"(?:Phó\s+)?(?:{_alt(titles)})(?![\p{{L}}\d])")


def _alt(words, ignorecase: bool = False) -> str:
    """The alternation of ``words`` (a data file's), longest first, a space for any run of spaces,
    as a tree of common prefixes (``Words.tree``: the flat list's matches, fewer tries);
    ``ignorecase``: the pattern's flag, under which the branches compare lower-cased."""
    return Words(words).tree(fold=str.lower if ignorecase else str)


class _Regexes(NamedTuple):
    """The patterns built from units.tsv, counted_nouns.txt, quantity_cues.tsv and number words."""

    units: dict  # unit surface -> its row
    unit_re: scan.ByFirstChar  # a unit surface as written ("ha", "USD", "MW")
    unit_ci: scan.ByFirstChar  # a lower-case word unit, any case ("Euro")
    noun_re: scan.ByFirstChar  # a counted noun ("dự án", "người")
    scale_re: scan.ByFirstChar  # "nghìn", "triệu", "tỷ"
    words_re: regex.Pattern  # a number in words ("hai mươi lăm")
    before_re: regex.Pattern  # a cue before a figure ("khoảng", "hơn", "từ")
    cues: dict  # cue -> (kind, value)


@functools.lru_cache(maxsize=1)
def _regexes() -> _Regexes:
    units, nouns, cues = _tables()
    scales = numbers.scale_words()
    # Word units match case-insensitively ("Euro"), symbols exactly ("MW" vs "mW" do not clash here).
    # Each is matched at one position, with one pattern per first character (scan.ByFirstChar).
    unit_re = scan.ByFirstChar(units, lambda ws: regex.compile(
        rf"""
        (?P<u>{_alt(ws)})              # a unit surface ("tỷUSD" is read as scale + USD)
        (?![\p{{L}}\d²³])                 # whole word: "ha" but not "hai", "m" but not "mặt"
        """, regex.VERBOSE))
    unit_ci = scan.ByFirstChar(
        [u for u in units if u.islower()],
        lambda ws: regex.compile(rf"(?P<u>{_alt(ws, True)})(?![\p{{L}}\d])", regex.IGNORECASE), ignorecase=True)
    noun_re = scan.ByFirstChar(  # lower case: "389 Quốc gia" is a name
        nouns, lambda ws: regex.compile(rf"(?P<n>{_alt(ws)})(?![\p{{L}}\d])"))
    scale_re = scan.ByFirstChar(
        scales, lambda ws: regex.compile(rf"(?P<s>{_alt(ws, True)})(?!(?-i:\p{{Ll}}))", regex.IGNORECASE), ignorecase=True)
    words = numbers.number_words()
    first = numbers.number_words(roles=("digit", "ten"))
    words_re = regex.compile(
        rf"""
        (?<![\p{{L}}\d]|\d\s)
        (?P<w>(?:{_alt(first, True)})(?:\s+(?:{_alt(words, True)})){{0,11}})   # hai mươi lăm / một triệu tư
        (?!\p{{L}})
        """, regex.VERBOSE | regex.IGNORECASE)
    before_re = regex.compile(rf"(?:^|[^\p{{L}}])(?P<c>{_alt(_qualifier_cues(), True)})\s*$", regex.IGNORECASE)
    return _Regexes(units, unit_re, unit_ci, noun_re, scale_re, words_re, before_re, cues)


first_char_split("quantities.units", lambda: _regexes().unit_re)


def _tried_at_char(split: scan.ByFirstChar, c: str) -> Optional[regex.Pattern]:
    """The pattern ``split.match`` tries at a position holding the character ``c``
    (``ByFirstChar.pattern_at``); None at the text's end ("")."""
    return split.pattern_at(c) if c else None


class _AtChar(dict):
    """Per character: the patterns scale_re, unit_re, unit_ci and noun_re try at a position
    holding it (``_tried_at_char``), looked up once per figure instead of four ``match`` calls,
    most of which try nothing ("%", " ", ","). Kept for the plain characters (scan.py) only."""

    def __missing__(self, c: str) -> tuple:
        rx = _regexes()
        found = tuple(_tried_at_char(split, c) for split in (rx.scale_re, rx.unit_re, rx.unit_ci, rx.noun_re))
        if c in _PLAIN or c == "":
            self[c] = found
        return found


_AT_CHAR = _AtChar()
first_char_split("quantities.units_ignorecase", lambda: _regexes().unit_ci)
first_char_split("quantities.nouns", lambda: _regexes().noun_re)
first_char_split("quantities.scales", lambda: _regexes().scale_re)


# Characters on which the str fast paths below agree with the regex engine: printable ASCII and
# the Vietnamese letters (see scan.py): on them ``\p{L}`` is str.isalpha(), ``\d`` "0"-"9".
_PLAIN = scan._PLAIN


# The figure, with what may precede it (numbers.DIGITS, which numbers.parse_digits reads).
# _figures() tries DIGITS at digit-run starts and reads these look-behinds in Python: registered
# below (rules.fast_path, tests/test_rules.py) and held to both patterns exactly by
# tests/test_fast_paths.py.
_FIGURE = regex.compile(
    rf"""
    (?<![\d,.]|\p{{L}}[\-.]?)              # not inside a number, "Covid-19", "G20"
    (?P<num>{numbers.DIGITS})
    """, regex.VERBOSE)


def cues_read_by(rule: str) -> Words:
    """The cues of quantity_cues.tsv that ``rule`` reads (its reads column: glued, range, verb,
    count), in the file's order."""
    return Words(read_by("quantity_cues.tsv", rule))


# A figure glued to a qualifier or a verb ("từ7-8%", "đạt5%") is still a figure.
_GLUED_VERBS = Words(read_by("indicator_cues.tsv", "glued"))  # "đạt", "tăng", "giảm", "còn"
_GLUED_OK = regex.compile(rf"(?:{(cues_read_by('glued') + _GLUED_VERBS).alt()})$", regex.IGNORECASE)
# A capitalised word right before a figure that makes no name of it ("Hơn 100 người", "Đạt 5%"): the
# cues read so (quantity_cues.tsv) and verbs (_is_label; indicator_cues.tsv reads not_name).
_NOT_NAME_BEFORE = frozenset(cues_read_by("count")) | frozenset(read_by("indicator_cues.tsv", "not_name"))
_GLUED_FIGURE = regex.compile(rf"(?<=\p{{L}})(?P<num>{numbers.DIGITS})", regex.VERBOSE)

# The words that join two figures, each its own quantity ("3% và 5%", "24 hoặc 36 tháng"): read here
# between two numbers (_RANGE_SEP, no range made) and by the indicator steps that pair what this
# module splits (indicators.naming._AFTER_FIGURE_JOINS, classify._AND_ONLY).
FIGURE_JOINS = Words("và|hoặc")
_RANGE_SEP = regex.compile(
    rf"\s*(?:-|đến|tới|~|{FIGURE_JOINS.alt()})\s*(?:(?:{cues_read_by('range').alt()})\s+)?", regex.IGNORECASE
)
# Words before a number that make it an ordinal or a name, case as written: "Điều 5", "tổ máy 2",
# "Quốc lộ 1A", "khóa XIV".
_ORDINAL_WORDS = Words("thứ|số|Điều|điều|khoản|điểm|mục|chương|Chương|hạng|cấp|khóa|kỳ|Khóa|Phụ lục|phụ lục"
                       "|tổ máy|Tổ máy|tầng|lô|Lô|tuyến|Quốc lộ|quốc lộ|đường|QL|tỉnh lộ|ĐT")
_ORDINAL_BEFORE = regex.compile(rf"(?:{_ORDINAL_WORDS.alt(ONE_SPACE)})\s*$")
# Last words of _ORDINAL_BEFORE's alternatives, to skip its search when none ends the window.
_ORDINAL_LAST = _ORDINAL_WORDS.last_words(ignorecase=False)


def _may_end_ordinal(window: str) -> bool:
    """False only when _ORDINAL_BEFORE cannot match in ``window``: its match is a word of
    _ORDINAL_WORDS (which ends with a letter) and whitespace to the end, so the window without
    its trailing whitespace ends with that word's last word. The pattern is case-sensitive, and
    ``str.rstrip()`` strips every character ``\\s`` matches (and stops at a letter): no
    character needs to be plain, unlike ``scan.may_end_with``'s IGNORECASE reading."""
    return window.rstrip().endswith(_ORDINAL_LAST)


fast_path("quantities._ORDINAL_BEFORE", _ORDINAL_BEFORE, "search", _may_end_ordinal, _ORDINAL_WORDS)
_ANNIVERSARY_BEFORE = regex.compile(r"(?:kỷ niệm|tổng kết|sơ kết|tròn|cách đây|chặng đường)\s+$", regex.IGNORECASE)
_VAGUE_AFTER = regex.compile(
    r"\s+(?:qua|trở lại đây|gần đây|vừa qua|thành lập|ngày"
    # a time reference, not a measured duration: "3 tháng trước đó", "2 năm tới", "trong 2 năm 2017 và 2018"
    r"|trước|sau|tới|nữa|(?:năm\s+)?\d{4})(?!\p{L}|\d)")
_LIST_NUMBER = regex.compile(r"(?:^|\n)\s*$")
_CAP_WORD_BEFORE = regex.compile(r"(?:^|[^\s])(\s*)(?P<prev>\S+)\s+\p{Lu}[\p{L}\-]*\s+$")
_MONEY_CUE = regex.compile(
    r"đồng|VNĐ|VND|USD|tiền|vốn|phạt|doanh thu|ngân sách|chi phí|giá trị|kinh phí|lợi nhuận"
    r"|thu nhập|nộp|dư nợ|tín dụng|đầu tư"
    # court and audit reports: "chiếm đoạt hơn 80 tỷ", "gây thiệt hại 1.200 tỷ", "nhận hối lộ 5 tỷ"
    r"|chiếm đoạt|thiệt hại|thất thoát|hối lộ|bồi thường|tham ô|thu lợi"
    r"|(?<![\p{L}])(?<!đánh\s)(?:giá|lương|nợ)(?![\p{L}])",  # "giá 5 triệu", "lương 8 triệu" (not "đánh giá")
    regex.IGNORECASE,
)
_EN_STYLE = regex.compile(r"\d{1,3}(?:,\d{3}){2,}(?!\d)|(?<![\d.,])\d{1,3}\.\d{1,2}\s?%")
_VI_STYLE = regex.compile(r"(?<![\d.,])\d+,\d{1,2}\s?%|\d{1,3}(?:\.\d{3}){2,}(?!\d)")


# Small patterns used per figure, compiled once.
_SPACES = regex.compile(r"\s{0,2}")
# The plain characters (scan.py) that _SPACES reads as whitespace (the space), asked of the engine,
# and the others: on them _after_spaces reads _SPACES in Python.
_PLAIN_SPACE = frozenset(c for c in _PLAIN if _SPACES.fullmatch(c))
_PLAIN_NONSPACE = _PLAIN - _PLAIN_SPACE


def _after_spaces(text: str, pos: int) -> int:
    """``_SPACES.match(text, pos).end()``, read in Python where the next characters are plain (a
    figure is most often followed by a letter, "%", or one space and a letter), else by the engine."""
    c = text[pos:pos + 1]
    if c in _PLAIN_NONSPACE:
        return pos
    if c in _PLAIN_SPACE:
        d = text[pos + 1:pos + 2]
        if d in _PLAIN_NONSPACE:
            return pos + 1
        if d in _PLAIN_SPACE:
            return pos + 2
    return _SPACES.match(text, pos).end()
_SLASH = regex.compile(r"\s?/\s?")


def _may_slash(s: str, p: int) -> bool:
    """Whether _SLASH may match at ``p``: a "/" there or after one space (its fast path)."""
    return s.startswith("/", p) or (s[p:p + 1].isspace() and s.startswith("/", p + 1))


fast_path("quantities._SLASH", _SLASH, "match", _may_slash, ["VND/kWh", "%/năm", "đồng / lượt"])
_COMPOUND_NEXT = regex.compile(rf"\s+(?P<n>\d{{1,3}})(?=\s+\p{{L}})")  # "463 tỷ 191 triệu"
_SO_COUNT = regex.compile(r"(?:trong|tổng|con|với|là|đa|thiểu)\s+số\s*$", regex.IGNORECASE)  # "trong số 5": not "số 5"
_CAP_BEFORE = regex.compile(r"(\S+)\s+(\p{Lu}[\p{L}\-]*)\s*$")
_CLAUSE_MARK_END = regex.compile(r"[.!?:;\n\"(]$")
_COMPARATIVE = regex.compile(r"(?:cao|thấp|nhiều|lớn|ít|nhanh|chậm)\s+hơn\s*$", regex.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _or_more() -> tuple[dict[str, str], regex.Pattern]:
    """The cues after a figure that bound it with the "từ" before it (quantity_cues.tsv
    bound_after: "từ 2 tỉnh trở lên" ge, "trở xuống" le), and the pattern that finds one later in
    the clause."""
    after = {c: v for c, (kind, v) in _tables()[2].items() if kind == "bound_after"}
    return after, regex.compile(rf"[^.;:()]*?\b({Words(after).alt()})")


# A cue and a verb before a figure: "ước đạt", "khoảng ở mức".
_CUES_BEFORE_VERB = cues_read_by("verb")  # "ước", "ước tính", "khoảng", "gần", "hơn", "trên"
# the verb cues read so (indicator_cues.tsv before_figure: "đạt", "là", "còn", "lên", "tăng",
# "giảm", "ở mức") and "vào" ("khoảng vào 5 giờ"), which ties no figure to a measure
_VERBS_BEFORE_FIGURE = Words(read_by("indicator_cues.tsv", "before_figure")) + Words("vào")
_CUE_VERB = regex.compile(
    rf"(?:^|[^\p{{L}}])({_CUES_BEFORE_VERB.alt(ONE_SPACE)})\s+(?:{_VERBS_BEFORE_FIGURE.alt(ONE_SPACE)})\s*$",
    regex.IGNORECASE)
fast_path("quantities._CUE_VERB", _CUE_VERB, "search", lambda s: _may_end_phrase(s, _cue_ends()[1]),
          _CUES_BEFORE_VERB + _VERBS_BEFORE_FIGURE)
_LIST_MARK = regex.compile(r"[.)]\s")
# The characters a list mark starts with, asked of the regex engine: after most figures there is
# none, and the list-number search before the figure is skipped.
_LIST_MARK_FIRST = first_chars(_LIST_MARK)
fast_path("quantities._LIST_MARK", _LIST_MARK, "match", lambda s, p: s[p:p + 1] in _LIST_MARK_FIRST, ["1.", "2)", "a)"])
_DOC_NUMBER_AFTER = regex.compile(r"[/\-][\p{Lu}Đ]|/\d+/")


@dataclass(slots=True)
class _Measure:
    start: int
    end: int
    value: float
    num_end: int
    scale: float = 1.0
    unit: Optional[str] = None
    dimension: Optional[str] = None
    whole: bool = False
    has_scale: bool = False


@dataclass(slots=True)
class _Q:
    start: int
    end: int
    value: Optional[float] = None
    min: Optional[float] = None
    max: Optional[float] = None
    unit: Optional[str] = None
    dimension: Optional[str] = None
    approximate: bool = False
    bound: Optional[str] = None


# _EN_STYLE's two alternatives on their own (their matches never overlap, so its count is the sum):
# thousands groups ("1,234,567"), found only where two comma groups follow each other, and a
# decimal dot before "%" ("12.5%"), read only before each "%" (it ends there).
_EN_GROUPS = regex.compile(r"\d{1,3}(?:,\d{3}){2,}(?!\d)")
_EN_GROUPS_HINT = regex.compile(r",\d{3},\d{3}")
_EN_PERCENT_END = regex.compile(r"(?<![\d.,])\d{1,3}\.\d{1,2}\s?%\Z")


def _style(text: str) -> str:
    """"en" when the document writes figures English style (see _EN_STYLE, _VI_STYLE).

    Same as counting ``_EN_STYLE.findall`` and ``_VI_STYLE.findall`` over the text, without
    scanning the whole text with a look-behind-led pattern: below two English-style figures the
    answer is "vi" whatever the Vietnamese count.
    """
    text = text[:200_000]
    en = len(_EN_GROUPS.findall(text)) if _EN_GROUPS_HINT.search(text) else 0
    k = text.find("%")
    while k >= 0:
        # the match ending at this "%" has its dot 2 to 4 characters before it
        if "." in text[max(0, k - 4):k] and _EN_PERCENT_END.search(text, max(0, k - 8), k + 1):
            en += 1
        k = text.find("%", k + 1)
    if en < 2:
        return "vi"
    vi = len(_VI_STYLE.findall(text))
    return "en" if en > vi else "vi"


# Words that open with a unit but are another word: "lần lượt" (respectively) is no "lần" ("doanh
# thu năm 2015 và 2016 lần lượt đạt", "hạt giống số 1 và 3 lần lượt chia tay", "Audi A5 Sportback
# 2017 lần lượt là": 2017 archive); the figure before it has no unit.
_NOT_A_UNIT = Words("lần lượt")
_NOT_A_UNIT_RE = regex.compile(rf"(?:{_NOT_A_UNIT.alt()})(?!\p{{L}})", regex.IGNORECASE)
_NOT_A_UNIT_FIRSTS = _NOT_A_UNIT.firsts()
fast_path("quantities._NOT_A_UNIT_RE", _NOT_A_UNIT_RE, "match",
          lambda s, p: may_open(s[p:p + 1], _NOT_A_UNIT_FIRSTS), _NOT_A_UNIT)


def _read_unit(text: str, pos: int, limit: int, p: Optional[int] = None):
    """Unit (or counted noun) starting at ``pos`` after optional spaces: (unit, dim, factor, end).
    ``p``: where the spaces end (``_after_spaces(text, pos)``), when the caller has read it."""
    if p is None:
        p = _after_spaces(text, pos)
    if p >= limit:
        return None
    # unit_re.match(text, p) or unit_ci.match(text, p), and noun_re.match(text, p)
    _scale, u_pat, ci_pat, n_pat = _AT_CHAR[text[p]]
    um = (u_pat is not None and u_pat.match(text, p)) or (ci_pat.match(text, p) if ci_pat is not None else None)
    nm = n_pat.match(text, p) if n_pat is not None else None
    if nm and (not um or nm.end() > um.end()):
        if p == pos and text[p - 1].isdigit():
            return None  # "5xã": a noun glued to a figure is rare; not a count
        noun = " ".join(nm.group("n").lower().split())
        return noun, "count", 1.0, nm.end()
    if not um:
        return _general_noun(text, p, limit) if p > pos else None
    if may_open(text[p:p + 1], _NOT_A_UNIT_FIRSTS) and _NOT_A_UNIT_RE.match(text, p):
        return None
    rx = _regexes()  # (read only for a unit: a noun, or nothing, returned above)
    units, unit_re, unit_ci, noun_re = rx.units, rx.unit_re, rx.unit_ci, rx.noun_re
    surf = um.group("u")
    u = units.get(surf) or units.get(surf.lower()) or units.get(" ".join(surf.split()))
    if u is None:
        return None
    end = um.end()
    unit, dim = u.unit, u.dimension
    # compound rate: "VND/kWh", "%/năm", "kWh/tháng", "đồng/lượt"
    cm = _SLASH.match(text, end) if _may_slash(text, end) else None
    if cm:
        q = cm.end()
        um2 = unit_re.match(text, q) or unit_ci.match(text, q)
        nm2 = noun_re.match(text, q)
        if um2:
            u2 = units.get(um2.group("u")) or units.get(um2.group("u").lower())
            if u2:
                unit, dim, end = f"{unit}/{u2.unit}", "rate", um2.end()
        elif nm2:
            unit, dim, end = f"{unit}/{' '.join(nm2.group('n').lower().split())}", "rate", nm2.end()
    return unit, dim, u.factor, end


# A counted noun not in counted_nouns.txt (issue 12 item 5): the lower-case syllables after the
# figure, up to the first word of data/non_units.tsv or a mark ("03 môn thi", "2 phương án",
# "23 bị cáo nguyên là" -> "bị cáo", "7.000 chất hóa học, trong đó" -> "chất hóa học").
_SYLLABLE = regex.compile(r"\p{Ll}[\p{Ll}\p{M}]*(?![\p{L}\p{M}\d])")
# An abbreviation counts as written: "80 HTX" (hợp tác xã), "7 HS" (học sinh), "Cả 2 HLV".
_ABBR_NOUN = regex.compile(r"[A-ZĐ]{2,6}(?![\p{L}\p{M}\d])")  # no tone marks: "THÔNG" is a word in capitals
_NOUN_MAX = 3  # syllables: longer runs go on with modifiers ("giấy chứng nhận đăng ký đầu tư")


def _general_noun(text: str, p: int, limit: int):
    """The counted noun at ``p`` (after a figure and a space) by the general rule, or None."""
    if text[p:p + 1].isupper():
        tm = _title_re().match(text, p, limit) or _ABBR_NOUN.match(text, p, limit)
        if tm is not None and tm.group(0).lower() in _measure_names():
            return None  # "1/3 GDP", "5 FDI": the measure, not a thing counted
        if tm is None:
            return None  # "389 Quốc gia", "Quảng Nam 16": a name, not a count
        return " ".join(tm.group(0).split()), "count", 1.0, tm.end()
    nu = _non_units()
    stops, not_first, pairs = nu.stops, nu.not_first, nu.pairs
    words: list[str] = []
    end = q = p
    # the syllable after a word and a space is read once: for the pair test, then as the next
    # word (the loop's next match, at the same place), then as the syllable after the last one
    ahead = None
    while len(words) < _NOUN_MAX and q < limit:
        m = ahead if words else _SYLLABLE.match(text, q, limit)
        if m is None:
            break
        w = m.group(0)
        if w in stops or (not words and (w in not_first or len(w) < 2)):
            break
        e = m.end()
        if text[e:e + 1] != " ":
            words.append(w)
            end = e
            break
        ahead = _SYLLABLE.match(text, e + 1, limit)
        if ahead is not None and f"{w} {ahead.group(0)}" in pairs:
            break
        words.append(w)
        end = e
        q = e + 1
    if not words or len(words[0]) < 2:
        return None
    nxt = ahead if len(words) == _NOUN_MAX and text[end:end + 1] == " " else None
    if nxt is not None and nxt.group(0) not in stops:
        # a run that goes on: keep the first two syllables (a noun and its classifier or second syllable)
        words = words[:2]
        end = p + len(" ".join(words))
    return " ".join(words), "count", 1.0, end


# Number words that, alone before a listed noun, count it ("hai công ty", "ba giải pháp đột phá");
# before another noun they describe more often than they count ("Năm 2023 và 2015 là hai mốc"):
# the digits of number_words.tsv that count alone; "một" ("một số", "một cửa"), "năm" (a year),
# "tư" (other senses) and "mười" (a ten) are not among them.
_COUNTING_WORDS = numbers.words_alone("count") & frozenset(numbers.number_words(("digit",)))
# ... but "hai nước" (the two countries of the story), "hai chiều" (two-way), "hai bên", "cả hai
# khu vực" (both) name the parties already spoken of: no count.
_PAIR_NOUNS = frozenset({"nước", "chiều", "bên", "phía", "miền", "bạn"})
_BOTH_BEFORE = regex.compile(r"(?<![\p{L}])cả\s+$", regex.IGNORECASE)


def _listed_noun(unit: str) -> bool:
    return unit in listed_nouns()


@functools.lru_cache(maxsize=1)
def listed_nouns() -> frozenset[str]:
    """The nouns of data/counted_nouns.txt (folded, lower case, single-spaced): what GSO and
    ministry reports count ("cụm công nghiệp", "lao động"). Indicators read it too."""
    return frozenset(" ".join(n.lower().split()) for n in _tables()[1])


@functools.lru_cache(maxsize=1)
def _measure_names() -> frozenset[str]:
    """The aliases of data/measures.tsv (lower case): "gdp", "cpi", "fdi" name a measure."""
    return frozenset(a.strip().lower() for r in load_tsv("measures.tsv") for a in r["aliases"].split("|"))


# A named place right before a count of a listed noun is what the count is about, not a name
# with a number: "tỉnh Bình Thuận đề nghị 66 dự án; tỉnh Quảng Nam 16 dự án" (dev-005).
_PLACE_NAME_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?:{organizations.UNIT_LEVELS.alt()}|(?:{provinces.UNIT_ABBREVIATIONS.alt()})\.?)"  # "tỉnh", "huyện", "TP."
    r"\s+\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3}\s+$")


_COUNT_OF = regex.compile(r"(?<![\p{L}])(?:tổng\s+số|số\s+lượng|số|lượt)\s+(?=\p{Ll})", regex.IGNORECASE)


def _counted_before(text: str, a: int, b: int) -> Optional[str]:
    """The listed noun of the last "số/tổng số/số lượng/lượt + noun" in ``text[a:b]`` with no
    figure after it: what a bare "N triệu" counts ("số người có việc làm là 53,36 triệu",
    "lượt khách du lịch ... đạt khoảng 3,3 triệu")."""
    noun_re = _regexes().noun_re
    found = None
    for m in _COUNT_OF.finditer(text, a, b):
        # "lượt khách" is a listed noun itself: read it from "lượt"
        nm = noun_re.match(text, m.start() if m.group(0)[:1] in "lL" else m.end(), b)
        if nm is not None:
            found = (m, " ".join(nm.group("n").lower().split()))
    if found is None or regex.search(r"\d", text[found[0].end():b]):
        return None
    return found[1]


@functools.lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Countries and provinces (both lists of units) by name, as ``places`` reads them."""
    return frozenset(fold(n) for n in places.countries() | places.province_names() | places.new_province_names())


_CAP_RUN_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3})\s+$")


def _known_place_before(text: str, s: int) -> bool:
    """A country or province named right before a count: "kế đến Nhật Bản 39.938 LĐ và Hàn Quốc
    8.482 LĐ" (2017 archive), "tỉnh Quảng Nam 16 dự án": what is counted there, not a name."""
    m = _CAP_RUN_BEFORE.search(text, max(0, s - 40), s)
    if m is None:
        return False
    return " ".join(m.group(1).split()) in _place_names()  # the whole name: "Xã Phù Mỹ 1" is no "Mỹ"


@functools.lru_cache(maxsize=1)
def _label_last_words() -> tuple[str, ...]:
    return scan.last_words(_non_units().labels)


def _label_may_end(text: str, s: int) -> bool:
    """False when no word and one space end ``text[:s]``, or that word ends no label noun
    (``scan.may_end_with`` on the 16 characters the search reads): the label pattern of
    ``_non_units`` cannot match there (a cheap test before it)."""
    return (s >= 2 and text[s - 1] == " " and text[s - 2].isalpha()
            and scan.may_end_with(text[max(0, s - 16):s], _label_last_words()))


fast_path("quantities.non_unit_labels", lambda: _non_units().label_re, "search",
          lambda s: _label_may_end(s, len(s)), lambda: _non_units().labels)


def _scale_at(text: str, num_end: int, limit: int) -> Optional[regex.Match]:
    """The scale word right after a figure ("tỷ" of "5 tỷ"), or None."""
    q = _after_spaces(text, num_end)
    if q >= limit:
        return None
    pat = _AT_CHAR[text[q]][0]  # scale_re.match(text, q)
    return pat.match(text, q) if pat is not None else None


def _measure(text: str, start: int, num_end: int, value: float, limit: int) -> _Measure:
    """A figure's scale word and unit after ``num_end``."""
    m = _Measure(start, num_end, value, num_end)
    q = _after_spaces(text, num_end)  # read once for the scale and, without one, the unit
    pat = _AT_CHAR[text[q]][0] if q < limit else None  # _scale_at(text, num_end, limit)
    smm = pat.match(text, q) if pat is not None else None
    if smm:
        m.scale = numbers.scale_words()[" ".join(smm.group("s").lower().split())]
        m.has_scale = True
        m.end = smm.end()
        u = _read_unit(text, m.end, limit)
    else:
        u = _read_unit(text, num_end, limit, q)
    if u:
        m.unit, m.dimension, factor, m.end = u
        m.scale *= factor
    if smm and smm.group("s").lower() in _SMALL_SCALES and not u:
        m.scale, m.has_scale, m.end = 1.0, False, num_end  # "5 trăm" alone is rare; skip the word
    return m


def _compound_amount(text: str, m: _Measure, limit: int) -> _Measure:
    """'463 tỷ 191 triệu đồng': a figure and a smaller scale continue the amount."""
    cm = _COMPOUND_NEXT.match(text, m.end)
    if not cm:
        return m
    m2 = _measure(text, cm.start("n"), cm.end("n"), float(cm.group("n")), limit)
    if m2.has_scale and m2.scale < m.scale and m2.unit:
        return _Measure(m.start, m2.end, (m.value * m.scale + m2.value * m2.scale) / m2.scale, m.num_end,
                        scale=m2.scale, unit=m2.unit, dimension=m2.dimension, has_scale=True)
    return m


def _is_label(text: str, start: int, strong_unit: bool = False) -> bool:
    """'Điều 4', 'thứ 2', 'tổ máy 1', 'Hải Vân 1', list numbers '1.'.

    ``strong_unit``: the figure has a unit of measure ("Nhật Bản 3.605 triệu USD"), so a
    capitalised word before it is the thing measured, not a name with a digit.
    """
    before = text[max(0, start - 24):start]
    om = _ORDINAL_BEFORE.search(before) if _may_end_ordinal(before) else None
    if om and not (om.group(0).strip() == "số" and _SO_COUNT.search(before)):
        return True
    if strong_unit:
        return False
    # a number right after a capitalised word inside a sentence names something ("Hải Vân 1")
    cb = _cap_before(before)  # (it reads _may_end_capitalised's test first)
    if cb and not _CLAUSE_MARK_END.search(cb[0]) and cb[0][:1].isalpha():
        prev = cb[1]
        if prev.lower() not in _NOT_NAME_BEFORE:
            return True
    return False


def _cap_before(window: str) -> Optional[tuple[str, str]]:
    """(group 1, group 2) of ``_CAP_BEFORE.search(window)``: the word before and the capitalised
    word ending the window ("Hải Vân"), or None.

    Most windows do not end with a capitalised word (``_may_end_capitalised``, read first on
    any window). The others are read in Python where they are ASCII, Vietnamese letters and
    newlines (scan.py's _PLAIN_NL), where ``\\s`` is a space or a newline, ``\\p{L}``
    str.isalpha() and ``\\p{Lu}`` str.isupper(): the capitalised word runs to the end (but for
    spaces), so it is the window's last word, and the leftmost match reads the word before it
    whole (from the window's start if cut there); the engine reads any other window.
    """
    if not _may_end_capitalised(window):
        return None  # (most windows)
    if not scan._PLAIN_NL.issuperset(window):
        m = _CAP_BEFORE.search(window)
        return (m.group(1), m.group(2)) if m is not None else None
    words = window.split()
    if len(words) < 2:
        return None
    last = words[-1]
    rest = last[1:].replace("-", "")
    if last[0].isupper() and (not rest or rest.isalpha()):
        return words[-2], last
    return None


def _may_end_capitalised(window: str) -> bool:
    """False only when _CAP_BEFORE cannot match: the window's last word, after whitespace, is
    not capitalised.

    _CAP_BEFORE's capitalised word (letters and "-", none of them whitespace) follows ``\\s``
    and only ``\\s`` follows it; ``str.isspace()`` holds on every character ``\\s`` matches, so
    the window's last run of non-space characters (``str.rsplit``) is that word, after a space.
    Its first letter, where plain (scan.py), is ``\\p{Lu}`` exactly when str.isupper(); any
    other first character may be (the answer is then True). Read on any window, no character
    needs to be plain.
    """
    t = window.rstrip()
    last = t.rsplit(None, 1)[-1] if t else ""
    if len(last) == len(t):
        return False  # no space before the last word (or no word)
    c = last[0]
    return c.isupper() or c not in _PLAIN


fast_path("quantities._CAP_BEFORE", _CAP_BEFORE, "search", _may_end_capitalised, ["Hải Vân", "Bộ", "tỉnh Hà Nam", "đạt"])


def _qualifier_cues() -> list[str]:
    """The cues of ``before_re`` (quantity_cues.tsv): "khoảng", "hơn", "ước tính"."""
    return [k for k, v in _tables()[2].items() if v[0] in ("bound", "approx", "bound_from")]


@functools.lru_cache(maxsize=1)
def _qualifier_last_words() -> tuple[str, ...]:
    return scan.last_words(_qualifier_cues())


def _qualifier_may_end(window: str) -> bool:
    """False only when no cue of ``before_re`` ends ``window`` (a cheap test before its search)."""
    return scan.may_end_with(window, _qualifier_last_words())


class _PhraseEnds(NamedTuple):
    """The ends of an end-anchored alternation's phrases ("ước tính đạt", "hơn"), lower-cased."""

    singles: tuple[str, ...]  # the words of one-word phrases (a mark may be glued before: "(hơn")
    pairs: dict[str, tuple[str, ...]]  # last word of a longer phrase -> the words before it


def _phrase_ends(phrases) -> _PhraseEnds:
    singles = {p.lower() for p in phrases if " " not in p}
    pairs: dict[str, set[str]] = {}
    for p in phrases:
        ws = p.lower().split()
        if len(ws) > 1:
            pairs.setdefault(ws[-1], set()).add(ws[-2])
    # a last word that a one-word phrase ends is read as that phrase (the search decides)
    pairs = {w: ws for w, ws in pairs.items() if not w.endswith(tuple(singles))}
    return _PhraseEnds(tuple(sorted(singles)), {w: tuple(sorted(ws)) for w, ws in pairs.items()})


def _may_end_phrase(window: str, ends: _PhraseEnds) -> bool:
    """False only when no phrase of ``ends`` can end ``window`` as "(?:^|[^\\p{L}])(?:phrases)\\s*$"
    (words joined by any run of spaces) ends it: the window's last word must end with a one-word
    phrase, or be the last word of a longer one with the word before it ending with that
    phrase's word before the last. Read where those words and the spaces after them are ASCII,
    Vietnamese letters, newlines or \\x00-\\x02 (scan.may_end_with): there the spaces of ``\\s``
    are " " and newline, and str.lower() is IGNORECASE's case; elsewhere the answer is True."""
    return _ends_phrase(_window_end(window), ends)


def _window_end(window: str) -> Optional[tuple[str, str, int]]:
    """What _may_end_phrase reads of a window, once for several lists of phrases: the window
    without its trailing spaces, its last word lower-cased and where the space before that word
    is (-1: none); None where that word is not plain (the answer is then True)."""
    tail = window.rstrip(" \n")
    k = _last_break(tail)
    last = tail[k + 1:]
    low = scan.plain_lower(last)  # (memo: the words before a figure are few: "đạt", "là", "tăng")
    if low is None:
        return None
    return tail, low, k


def _last_break(t: str) -> int:
    """``max(t.rfind(" "), t.rfind("\\n"))``, reading for a newline only after the last space
    (a window before a figure seldom holds one: the search for it read the whole window)."""
    k = t.rfind(" ")
    if t.find("\n", k + 1) >= 0:
        k = t.rfind("\n")
    return k


def _ends_phrase(end: Optional[tuple[str, str, int]], ends: _PhraseEnds) -> bool:
    """_may_end_phrase of the window whose end ``_window_end`` read."""
    if end is None:
        return True
    tail, low, k = end
    if low.endswith(ends.singles):
        return True
    before = ends.pairs.get(low)
    if before is None or k < 0:
        return False  # a longer phrase's last word is the whole last word, after a space
    head = tail[:k].rstrip(" \n")
    prev = head[_last_break(head) + 1:]
    if not scan._PLAIN_NL.issuperset(prev):
        return True
    return prev.lower().endswith(before)


@functools.lru_cache(maxsize=1)
def _cue_ends() -> tuple[_PhraseEnds, _PhraseEnds]:
    """The ends of ``before_re``'s cues and of ``_CUE_VERB``'s phrases (a cue, then a verb)."""
    verb_phrases = [f"{c} {v}" for c in _CUES_BEFORE_VERB for v in _VERBS_BEFORE_FIGURE]
    return _phrase_ends(_qualifier_cues()), _phrase_ends(verb_phrases)


@functools.lru_cache(maxsize=1)
def _phrase_last_words() -> tuple[tuple[str, ...], frozenset[str]]:
    """What both lists of ``_cue_ends`` let a window's last word be (``_ends_phrase``): the
    one-word phrases it may end with, and the last words of longer ones. A word that ends with
    none and is none makes ``_ends_phrase`` False for both (_qualifiers then reads nothing)."""
    ends = _cue_ends()
    return (tuple(sorted({w for e in ends for w in e.singles})),
            frozenset(w for e in ends for w in e.pairs))


fast_path("quantities.before_re", lambda: _regexes().before_re, "search",
          lambda s: _may_end_phrase(s, _cue_ends()[0]), _qualifier_cues)


@functools.lru_cache(maxsize=1)
def _cue_words_max() -> int:
    """The most words a cue of ``before_re`` has ("ước tính", "ít nhất")."""
    return max(len(c.split()) for c in _qualifier_cues())


def _cue_search(before_re: regex.Pattern, window: str) -> Optional[regex.Match]:
    """``before_re.search(window)``, started where its leftmost match can start at the earliest.

    A match is the window's start or a non-letter, a cue and whitespace to the end: the cue's
    words are among the window's last _cue_words_max() words split at whitespace (``str.split``
    splits at every character ``\\s`` matches, and the cue's words hold none), so the match
    starts at most one character before the first of them, and no earlier than where
    ``str.rsplit`` leaves the rest of the window. The engine tries the last ten characters or so
    instead of thirty; ``^`` is not read at a later start (none is a cue's start there: the rest
    ends with a word, the search starts at the whitespace after it).
    """
    k = _cue_words_max()
    parts = window.rsplit(None, k)
    return before_re.search(window, len(parts[0]) if len(parts) > k else 0)


def _qualifiers(text: str, start: int, end: int, sent_end: int):
    approx, bound = False, None
    window = text[max(0, start - 30):start]
    # most figures follow no qualifier: skip the searches when no cue's words end the window
    # (_may_end_phrase: most windows end with "đạt", "là" or "tăng" after no cue)
    wend = _window_end(window)  # read once for both lists of phrases
    if wend is not None:
        singles, lasts = _phrase_last_words()
        if not wend[1].endswith(singles) and wend[1] not in lasts:
            return approx, bound  # no cue and no cue-verb phrase may end the window (most figures)
    rx = _regexes()
    before_re, cues = rx.before_re, rx.cues
    cue_ends, verb_ends = _cue_ends()
    bm = _cue_search(before_re, window) if _ends_phrase(wend, cue_ends) else None
    if bm:
        kind, val = cues[" ".join(bm.group("c").lower().split())]
        if kind == "approx":
            approx = True
        elif kind == "bound":
            cm = _COMPARATIVE.search(window)
            if not cm:
                bound = val
        elif kind == "bound_from":
            after = text[end:min(sent_end, end + 80)]
            or_more, or_more_re = _or_more()
            am = or_more_re.match(after)
            if am:
                bound = or_more[" ".join(am.group(1).split())]
        # "ước tính đạt", "khoảng gần": a second qualifier before the first
        rest = window[:bm.start("c")]
        bm2 = _cue_search(before_re, rest) if _qualifier_may_end(rest) else None
        if bm2:
            kind2, val2 = cues[" ".join(bm2.group("c").lower().split())]
            if kind2 == "approx":
                approx = True
            elif kind2 == "bound" and bound is None:
                bound = val2
    else:
        # "ước đạt 1.300", "khoảng chừng": a qualifier then "đạt"/"là"
        m2 = _CUE_VERB.search(window) if _ends_phrase(wend, verb_ends) else None
        if m2:
            kind, val = cues[m2.group(1).lower()]
            if kind == "approx":
                approx = True
            else:
                bound = val
    return approx, bound


def _sentence_bounds(doc, pos: int) -> tuple[int, int]:
    k = doc.sentence_at(pos)
    if k is not None:
        s, e, _ = doc.sents[k]
        return s, e
    b = doc.paragraph_at(pos)
    if b is not None:
        return doc.blocks[b].start, doc.blocks[b].end
    return max(0, pos - 200), min(len(doc.clean), pos + 200)


@functools.lru_cache(maxsize=1)
def _first_number_words() -> str:
    """Where a run of number words can start (scan.py): the first word of a digit or ten word."""
    return "|".join(sorted({w.split()[0].lower() for w in numbers.number_words(roles=("digit", "ten"))}))


_LETTER = regex.compile(r"\p{L}")
_DIGIT_RUN = scan.DIGIT_RUNS  # the trigger of every figure: the start of a run of digits
_ASCII_DIGITS = frozenset("0123456789")  # the plain characters that are ``\d``


def _is_letter(c: str) -> bool:
    r"""``\p{L}`` on one character (str.isalpha() where it agrees, on plain characters)."""
    return c.isalpha() if c in _PLAIN else _LETTER.match(c) is not None


def _figures(text: str, starts) -> list[tuple[int, int, str, str, bool]]:
    """Every figure with digits, and every run of number words, in text order: (start, end,
    as written, "digits" or "words", alone), ``alone`` True for a run of number words that is
    one of _WORDS_NEED_SCALE with no scale word after it (``_needs_scale_alone``: "năm", "một",
    "không" alone, most runs of words), which extract() skips at once. It stays in the list:
    it may close a range the figure before it opens ("hai đến năm người"), and the figure
    before it reads it as the next one.

    A figure (``_FIGURE`` or ``_GLUED_FIGURE``) can only start at the first digit of a run of
    digits (their look-behinds forbid a digit before it), so DIGITS is tried at those starts
    (``doc.starts``, shared with dates) and the look-behinds are read in Python: a scan of the
    whole text with a look-behind-led pattern tries it at every character.
    """
    figs = []
    n = len(text)
    match_digits = numbers.match_digits
    for p in starts.of(_DIGIT_RUN):
        c = text[p - 1] if p else ""
        if c == " ":
            pass  # the usual case: no letter, mark or "-" before
        elif c and _is_letter(c):
            # _GLUED_FIGURE: "từ7-8%" is still a figure
            if not _GLUED_OK.search(text, max(0, p - 6), p):
                continue
        elif c == "," or c == "." or (c == "-" and p >= 2 and _is_letter(text[p - 2])):
            continue  # _FIGURE's look-behind: inside a number, "Covid-19"
        m = match_digits(text, p)
        if m is not None:
            figs.append((p, m[0], m[1], "digits", False))
    # runs of number words, as scan.finditer_at gives them; words_re's look-behind forbids a
    # letter or digit before ("ba" of "bao"), or a digit and a space: read here first on plain
    # characters
    words_match = _regexes().words_re.match
    end = 0
    for p in starts(_first_number_words()):
        if p < end:
            continue
        c = text[p - 1] if p else ""
        if c == " ":  # (the usual case; a plain character)
            if p >= 2 and text[p - 2] in _ASCII_DIGITS:
                continue  # a digit and a space before ("5 năm")
        elif c in _PLAIN and c.isalnum():
            continue  # a letter or digit right before
        m = words_match(text, p, n)
        if m is not None:  # (group "w" is the whole match: only look-arounds stand outside it)
            end = m.end()
            raw = m.group()
            figs.append((p, end, raw, "words", _needs_scale_alone(text, end, raw)))
    figs.sort()
    return figs


@functools.lru_cache(maxsize=64)
def _figure_places(text: str, kind: str) -> frozenset[int]:
    """The places _figures reads a figure of ``kind`` ("digits" or "words") in ``text``: each
    figure's start, and for runs of number words every place inside one too (they are found as
    finditer finds them, none overlapping: a match of words_re starting inside a run, "không" of
    "đầu tư không", is part of that run). For the registry's test, which asks it at every place
    the patterns match."""
    places = set()
    for f in _figures(text, scan.Starts(text)):
        if f[3] == kind:
            places.update(range(f[0], f[1]) if kind == "words" else (f[0],))
    return frozenset(places)


# _figures reads _FIGURE's and words_re's look-behinds in Python: wherever either pattern matches,
# it must list a figure there (the glued figures of _GLUED_FIGURE are a subset of its places).
fast_path("quantities._figures", _FIGURE, "match", lambda s, p: p in _figure_places(s, "digits"),
          ["843,5", "43.489", "1,234,567", "7", "từ7-8%", "Covid-19", "G20", "6,1%", "2.000.000"])
fast_path("quantities._figures(words)", lambda: _regexes().words_re, "match",
          lambda s, p: p in _figure_places(s, "words"),
          lambda: numbers.number_words(roles=("digit", "ten")))


# ---- the steps of extract(): read a figure, accept it as a measure, join a range or a ratio ----


def _read_figure(text: str, s: int, e: int, raw: str, kind: str, style) -> Optional[float]:
    """The number a figure writes, or None: a list number ("1. ", "2) "), a document number
    ("165/QĐ-TTg"), or digits or words that read as no number."""
    if kind != "digits":
        return numbers.parse_words(raw.lower().split())
    # (_LIST_NUMBER needs a space, a newline or the text start right before the figure)
    c = text[s - 1] if s else " "
    if text[e:e + 1] in _LIST_MARK_FIRST and (c == " " or c not in _PLAIN) \
            and _LIST_NUMBER.search(text, max(0, s - 4), s) and _LIST_MARK.match(text[e:e + 2]):
        return None
    if text[e:e + 1] in ("/", "-") and _DOC_NUMBER_AFTER.match(text[e:e + 4]):
        return None  # document number "165/QĐ-TTg", "01/2021/TT-BCT"
    return numbers.parse_digits(raw, style=style)


# The scale words below a thousand ("trăm", "chục": number_words.tsv hundred and dozen): "5 trăm"
# with no unit after it is rare, the word is left out of the figure.
_SMALL_SCALES = frozenset(numbers.number_words(("hundred", "dozen")))
# Number words that alone make a figure only with a scale word ("năm" is mostly a year, "một" an
# article, "tư" of "đầu tư", "không" a negation; "lăm", "mốt" are digits after a ten; "linh", "lẻ",
# "chục", "trăm" parts of a number): "một triệu", "năm trăm nghìn" are figures. Read from
# number_words.tsv (its alone and role columns).
_WORDS_NEED_SCALE = numbers.words_alone("other_sense", "after_ten") | frozenset(
    numbers.number_words(("zero_tens", "hundred", "dozen")))


def _needs_scale_alone(text: str, e: int, raw: str) -> bool:
    """Whether a run of number words is one of _WORDS_NEED_SCALE with no scale word after it, at
    any sentence end: ``_scale_at`` matches the scale without an end position, so the limit it is
    given only decides the case of a scale word found (``_accepted``'s first rule refuses it)."""
    if raw.lower() not in _WORDS_NEED_SCALE:
        return False
    q = _after_spaces(text, e)
    pat = _AT_CHAR[text[q:q + 1]][0]  # scale_re.match(text, q)
    return pat is None or pat.match(text, q) is None


def _accepted(text: str, s: int, e: int, raw: str, kind: str, value: float, style, limit: int,
              nxt) -> Optional[_Measure]:
    """The figure with its scale and unit (``_measure``), or None where it measures nothing: a
    label ("Điều 5", "tổ máy 2"), an anniversary ("kỷ niệm 75 năm"), a number word alone, a
    bare figure that pairs with no next figure ``nxt`` (``_may_pair``)."""
    if kind == "words" and raw.lower() in _WORDS_NEED_SCALE and _scale_at(text, e, limit) is None:
        return None  # the last rule below, read before the unit: "năm", "tư", "không" alone are no figure
    m = _measure(text, s, e, value, limit)
    if kind == "digits" and m.unit is None and not m.has_scale and not _may_pair(text, m.end, kind, nxt):
        return None  # a bare figure alone: extract() drops it whatever the rules below say
    if kind == "digits" and _is_label(text, s, strong_unit=m.dimension not in (None, "count")) and not (
            m.dimension == "count" and not _is_label(text, s, strong_unit=True)
            and (_PLACE_NAME_BEFORE.search(text, max(0, s - 40), s) and _listed_noun(m.unit)
                 or _known_place_before(text, s))):
        return None  # a label, unless a named place is what the count is about (read only then)
    if m.dimension == "count" and _label_may_end(text, s) and _non_units().label_re.search(text, max(0, s - 16), s):
        return None  # "hợp phần 1 dài 36 km", "Văn bản 178 gửi": the noun's number, not a count
    if m.dimension == "duration" and (_ANNIVERSARY_BEFORE.search(text, max(0, s - 24), s) or _VAGUE_AFTER.match(text, m.end)):
        return None  # "kỷ niệm 75 năm", "trong 10 năm qua": not a measured duration
    if kind == "digits" and m.has_scale and not m.unit:
        m = _compound_amount(text, m, limit)
    if kind == "words":
        nwords = len(raw.split())
        if m.unit is None or (nwords == 1 and (m.dimension == "count" or m.dimension == "duration") and not m.has_scale
                              and not (m.dimension == "count" and _listed_noun(m.unit)
                                       and raw.lower() in _COUNTING_WORDS
                                       and m.unit not in _PAIR_NOUNS
                                       and not _BOTH_BEFORE.search(text, max(0, s - 6), s))):
            return None  # one number word counts a listed noun: "hai công ty", "Ba nhóm giải pháp"
    # whole-valued units: re-read "33,293 người", "100,000 đồng"
    if kind == "digits" and "," in raw and (m.dimension == "count" or (m.unit == "VND" and not m.has_scale)):
        v2 = numbers.parse_digits(raw, whole=True, style=style)
        if v2 is not None:
            m.value = v2
    return m


def _may_pair(text: str, end: int, kind: str, nxt) -> bool:
    """Whether a figure ending at ``end`` may make a range ("7-8%", "24 và 36 tháng") or a
    ratio ("16/28 tỉnh") with the next figure ``nxt``: what extract() reads before _range_with
    (_range_sep) and _ratio_with (_slash_sep). A figure with no unit and no scale word that may
    do neither is dropped: _range_with is not tried, _ratio_with finds no pair and
    _unit_from_sentence no unit for it, whether or not _accepted's label rules would refuse it
    first (none of these has a side effect then), so it is refused before them."""
    return _range_sep(text, end, kind, nxt) is not None or _slash_sep(text, end, nxt) is not None


def _range_sep(text: str, end: int, kind: str, nxt) -> Optional[regex.Match]:
    """The range separator (_RANGE_SEP) after a figure ending at ``end`` when the next figure
    ``nxt``, of the same kind, starts right after it ("7-8%", "3% đến dưới 5%"); else None."""
    if nxt is None or nxt[3] != kind:
        return None
    rm = _RANGE_SEP.match(text, end)
    return rm if rm and nxt[0] == rm.end() else None


def _slash_sep(text: str, end: int, nxt) -> Optional[regex.Match]:
    """The slash (_SLASH) after a figure ending at ``end`` when the next figure ``nxt`` starts
    right after it ("16/28 tỉnh", "(817/898)"); else None."""
    if nxt is None or not _may_slash(text, end):
        return None
    sl = _SLASH.match(text[end:end + 3])
    return sl if sl is not None and nxt[0] == end + sl.end() else None


def _range_with(doc, text: str, m: _Measure, kind: str, nxt, rm, style, limit: int, sent_s: int, sent_e: int):
    """(second measure, low, high) when the next figure ``nxt``, right after the range separator
    ``rm`` (_RANGE_SEP), closes a range with ``m``: "7-8%", "9 -10%", "3% đến dưới 5%", "1,5 - 2
    triệu tấn"; else None."""
    s2, e2, raw2 = nxt[:3]
    sep = rm.group(0).strip().split()[0].lower() if rm.group(0).strip() else ""
    v2 = numbers.parse_digits(raw2, style=style) if kind == "digits" else numbers.parse_words(raw2.lower().split())
    if v2 is None or doc.claimed(s2, e2):
        return None
    m2 = _measure(text, s2, e2, v2, limit)
    if (m.unit is None and m2.unit is None and m2.has_scale
            and (m2.scale >= 1e12 or _MONEY_CUE.search(text, sent_s, sent_e))):
        m2.unit, m2.dimension = "VND", "currency"  # "giá ... từ 30 - 40 triệu": a range of đồng
    ok_units = m.unit is None or m2.unit is None or m.unit == m2.unit
    lo = m.value * (m.scale if m.unit or m.has_scale else m2.scale)
    hi = m2.value * m2.scale
    if sep in FIGURE_JOINS.words:
        ok_units = False  # "3% và 5%" are two quantities
        if m.unit is None and m2.unit and not m.has_scale:
            # "kỳ hạn 24 và 36 tháng", "3 và 5 triệu người": the first takes the unit (and scale)
            # written once after the second (``m`` keeps them though no range is made)
            m.unit, m.dimension, m.scale = m2.unit, m2.dimension, m2.scale
    if ok_units and (m2.unit or m.unit) and lo < hi and not (m.unit and m.end > m.num_end and sep == "-" and text[m.end:rm.end()].strip() == "-" and m.unit not in ("%",) and not m2.unit):
        return m2, lo, hi
    return None


def _ratio_with(text: str, s: int, e: int, m: _Measure, nxt, style, limit: int,
                sent_s: int, sent_e: int, out: list[_Q]) -> Optional[tuple[_Q, _Q]]:
    """Both figures of a ratio "16/28 tỉnh thành" or "(817/898)" when ``m`` has no unit and the
    next figure ``nxt`` follows a slash: the unit is the second's, the money of the sentence, or
    the last quantity's in the sentence."""
    if _slash_sep(text, e, nxt) is None:
        return None
    s2, e2, raw2 = nxt[:3]
    v2 = numbers.parse_digits(raw2, style=style)
    if v2 is None:
        return None
    m2 = _measure(text, s2, e2, v2, limit)
    unit, dim, sc = m2.unit, m2.dimension, m2.scale
    if dim == "count" and not _listed_noun(unit):
        unit = dim = None  # "số 172/46 phố ...": an address, not a ratio of counts
    if unit is None and m2.has_scale and _MONEY_CUE.search(text, sent_s, sent_e):
        unit, dim = "VND", "currency"
    if unit is None and out and out[-1].start >= sent_s:
        unit, dim = out[-1].unit, out[-1].dimension
    if unit is None:
        return None
    sc1 = m.scale if m.has_scale else (sc if m2.dimension != "count" else 1)
    return (_Q(start=s, end=m.end, value=m.value * sc1, unit=unit, dimension=dim),
            _Q(start=s2, end=m2.end, value=m2.value * sc, unit=unit, dimension=dim))


def _unit_from_sentence(text: str, s: int, m: _Measure, sent_s: int, sent_e: int) -> bool:
    """Give a scaled figure with no unit the one its sentence implies, and say whether it found
    one: the counted noun named before it ("số người có việc làm là 53,36 triệu"), or đồng in a
    sentence about money or for thousands of billions ("sẽ có hơn 20 nghìn tỷ cho sân bay Long
    Thành")."""
    counted = _counted_before(text, max(sent_s, s - 120), s) if m.has_scale and m.scale < 1e9 else None
    if counted is not None:
        m.unit, m.dimension = counted, "count"
    elif m.has_scale and (m.scale >= 1e12 or _MONEY_CUE.search(text, sent_s, sent_e)):
        m.unit, m.dimension = "VND", "currency"
    else:
        return False
    return True


def extract(doc) -> list[Quantity]:
    text = doc.clean
    style = _style(text)
    figs = _figures(text, doc.starts)
    out: list[_Q] = []
    consumed = -1
    i = 0
    n = len(text)
    # _sentence_bounds(doc, s) read by walking the sentences along the figures (they come in text
    # order): ``k`` is the last sentence that starts at or before the figure, what
    # doc.sentence_at's bisection finds; a figure outside it asks _sentence_bounds
    sents = doc.sents
    k = -1
    last_k = len(sents) - 1
    while i < len(figs):
        s, e, raw, kind, alone = figs[i]
        i += 1
        if alone or s < consumed or doc.claimed(s, e):
            continue  # alone: _accepted's first rule, read in _figures: "năm", "tư" alone
        while k < last_k and sents[k + 1][0] <= s:
            k += 1
        if k >= 0 and s < sents[k][1]:
            sent_s, sent_e = sents[k][0], sents[k][1]
        else:
            sent_s, sent_e = _sentence_bounds(doc, s)
        limit = min(n, sent_e + 1) if sent_e > s else n
        value = _read_figure(text, s, e, raw, kind, style)
        if value is None:
            continue
        nxt = figs[i] if i < len(figs) else None
        m = _accepted(text, s, e, raw, kind, value, style, limit, nxt)
        if m is None:
            continue
        q = _Q(start=s, end=m.end)
        # (the separator is read only where a next figure of the same kind could close a range: _range_sep)
        rm = _range_sep(text, m.end, kind, nxt)
        second = _range_with(doc, text, m, kind, nxt, rm, style, limit, sent_s, sent_e) if rm else None
        if second:
            i += 1
            m2, lo, hi = second
            q.min, q.max = lo, hi
            q.unit = m2.unit or m.unit
            q.dimension = m2.dimension or m.dimension
            q.end = max(m2.end, m.end)
        else:
            if m.unit is None:
                pair = _ratio_with(text, s, e, m, nxt, style, limit, sent_s, sent_e, out)
                if pair is not None:
                    out.extend(pair)
                    consumed = pair[1].end
                    i += 1
                    continue
                if not _unit_from_sentence(text, s, m, sent_s, sent_e):
                    continue
            if kind == "digits" and 1900 <= m.value <= 2100 and "." not in raw and (
                    m.dimension is None or (m.dimension == "count" and not _listed_noun(m.unit))):
                continue  # a year: "Highlander 2017 LE", "Mẫu 2001 xinh đẹp"
            q.value = m.value * m.scale
            q.unit, q.dimension = m.unit, m.dimension
        if doc.claimed(q.start, q.end):
            # the unit ran into a claimed date ("2 tháng 6"): keep the figure only if it stands alone
            continue
        q.approximate, q.bound = _qualifiers(text, q.start, q.end, sent_e)
        out.append(q)
        consumed = q.end
    records = []
    for q in out:
        records.append(doc.make(
            Quantity, q.start, q.end, value=q.value, min=q.min, max=q.max, unit=q.unit,
            dimension=q.dimension, approximate=q.approximate, bound=q.bound,
        ))
    return records
