"""Step 3, per pair: the name of the measure, found from the figure backwards (``_name_for``),
then refined (``_name_refined``: a share of a population, connectors, the part of a breakdown
list, fragments); counts and materials named by what follows them.
"""

from __future__ import annotations

import functools
from typing import Optional

import regex

from .. import provinces, scan
from ..dates import _RELATIVE_UNITS
from ..numbers import scale_words
from ..organizations import UNIT_LEVELS, head_words
from ..quantities import FIGURE_JOINS, listed_nouns
from ..models import Quantity
from ..normalize import fold
from ..resources import word_list
from ..rules import Words, fast_path
from .words import (
    _ABOUT, _COMPARE, _WHOLE_NATION, _one_word_cues, _I, _LIST_CUE_WORDS, _RATE_WORDS, _LIST_OPENERS, _MATERIAL_HEAD, _NOT_SEP, _WINDOW, _cues, _in_proper_name, _may_open,
    _cues_read_by, _lowered_alt, _nfirsts, _nouns, _nres, _qualifiers_start, _res, _same_low, _status_last, _status_tail,
)
from .state import _Article, _Item, _Name, _Sentence


class _RunThenWords:
    """``pattern.match(s).end()`` for a pattern that opens with a run of marks and spaces
    (``run``, one character each) and goes on only with optional parts that open with one of
    ``words``: without the regex when the run ends at plain text that opens none of the words'
    first words (no later part can start there, so the match is that run). Which plain
    characters and ASCII spaces the run takes is asked of the regex engine, not copied; the
    shortcut is registered as a fast path under ``name`` (tests/test_rules.py)."""

    def __init__(self, name: str, pattern: regex.Pattern, run: str, words: Words) -> None:
        self.pattern = pattern
        self.firsts = words.firsts()
        # the words' first words, lower-cased, and the longest's length: the plain text at the end
        # of the run opens with one of them, or no later part can start there
        self.first_words = words.first_words()
        self.reach = max(map(len, self.first_words))
        self.seps = frozenset(c for c in scan._PLAIN | frozenset("\x00\t\n\r\x0b\x0c")
                              if regex.fullmatch(run, c, _I))
        self.sep_chars = "".join(sorted(self.seps))  # (for str.lstrip: the run skipped in C)
        # the first words by their first letter: the head is compared with its letter's only
        self.by_first = scan.by_first_char(self.first_words)
        fast_path(name, pattern, "match", lambda s, p: self.end(s[p:]) == pattern.match(s[p:]).end(), words)

    def end(self, s: str) -> int:
        i = len(s) - len(s.lstrip(self.sep_chars))  # the leading run of self.seps
        c0 = s[i:i + 1]
        if not c0 or (c0 in scan._PLAIN and c0.lower() not in self.firsts):
            return i
        head = s[i:i + self.reach]
        if scan._PLAIN.issuperset(head):
            low = head.lower()
            if not low.startswith(self.by_first.get(low[0], ())):
                return i
        return self.pattern.match(s).end()


# Connectors that open a chunk before a measure's name: "trong đó", "riêng", "tính chung", "thậm chí".
_LEAD_WORDS = Words("trong đó|cụ thể|riêng|còn|tính chung|đồng thời|theo đó|bên cạnh đó|ngoài ra|về|với|trong"
                    "|tổng cộng|nhưng|và|thì|nếu|khi|hiện|nay|đặc biệt|trong khi|như"
                    # 2017 archive: "Thậm chí có nơi bán tới ...", "Rồi giá USD tự do hiện đã lên ..."
                    "|thậm chí|bởi|bởi vì|rồi|thực ra|thực chất|được biết|cuối cùng|tiếp đến")
_LEAD_RUN = r"(?:\s|,|\(|-|\*|\x00)"  # the marks and spaces before them
_LEAD = regex.compile(
    rf"^{_LEAD_RUN}*(?:(?:{_LEAD_WORDS.alt()})(?![\p{{L}}])[\s,:\x00]*)*",
    _I,
)
# Where a measure's name ends: a place or scope phrase ("tổng mức lưu chuyển hàng hóa ở khu vực
# ...", "kim ngạch xuất khẩu của 28 tỉnh"), a masked date or scope (\x00).
_CUT_WORDS = Words("tại|ở|trên địa bàn|đa số|phần lớn|hầu hết")
_CUT = regex.compile(
    r"""
    \s+(?:%s)(?![\p{L}])                                    # "ở khu vực", "tại Hà Nội"
    |\s+của(?=\s*(?:\x00|\p{Lu}|(?:các\s+)?(?:%s|địa\s+phương|%s|toàn)(?![\p{L}])))  # "của Bình Dương", "của tỉnh"
    |\x00
    """ % (_CUT_WORDS.alt(), provinces.UNIT_WORDS.alt(), _WHOLE_NATION.alt()),
    regex.VERBOSE | _I,
)
# A predicate inside what looked like a name ends it: "tổng mức bán lẻ ... có sự cải thiện rõ
# rệt", "giá thịt lợn hơi bị giảm mạnh", "chỉ số giá ... giảm so", "... đạt ổn định", "giá vàng
# tiếp tục đi xuống", "giá vàng có lúc lên đến" (2017 archive).
_PREDICATE_VERBS = Words("có sự|có xu hướng|bị|hiện vẫn|vẫn|chưa|đạt|đang|tiếp tục|có lúc")  # "... có sự cải thiện"
# The one-word change verbs of indicator_cues.tsv (increase, decrease: "tăng", "giảm"): "... giảm mạnh", "... tăng so"
_PREDICATE_MOVES = _one_word_cues("increase", "decrease")
_PREDICATE_ABOUT = _ABOUT  # "... hơn chục nghìn tỷ đồng" (quantity_cues.tsv bound, approx)
_SCALE_FIRSTS = Words(sorted({w.split()[0] for w in scale_words()}))  # "chục", "nghìn", "tỷ" (scale_words.tsv)
_PREDICATE = regex.compile(
    r"""\s+(?:%s
          |(?:%s)(?=\s+(?:mạnh|nhẹ|rất|cao|nhanh|so|đột\s+biến|như)(?![\p{L}])|\s*$)
          |(?:%s)\s*$
          |(?:%s)\s+(?:%s))(?![\p{L}])  # "tổng quy mô hơn chục nghìn tỷ đồng" (scale words: numbers) """
    % (_PREDICATE_VERBS.alt(), _PREDICATE_MOVES.alt(), _COMPARE.alt(), _PREDICATE_ABOUT.alt(), _SCALE_FIRSTS.alt()),
    regex.VERBOSE | _I,
)


# Adverbs and modals between a subject and its verb: "kim ngạch xuất khẩu đã đạt", "... sẽ đạt", and the
# cues of indicator_cues.tsv that read trail ("dự kiến", "ước", "phấn đấu", "duy trì").
_TRAIL_WORDS = (Words("đã|sẽ|vẫn|cũng|đều|chỉ|tiếp tục|có thể|bị|được|lại|cần|phải|thì|luôn|còn|chắc chắn")
                + _cues_read_by("trail"))
_TRAIL = regex.compile(rf"(?:\s+(?:{_TRAIL_WORDS.alt()}))+\s*$", _I)
# The last words of _TRAIL's alternatives: a piece ending in none of them has nothing to strip.
_TRAIL_LAST = _TRAIL_WORDS.last_words()
fast_path("indicators.naming._TRAIL", _TRAIL, "search", lambda s: scan.may_end_with(s, _TRAIL_LAST), _TRAIL_WORDS)
# The last words of the status cues (_status_last) and of _TRAIL's: the region before a verb ends in
# none of them mostly, and one test tells it for both strippings (a tail ending in none of the
# union ends in none of either: may_end_with reads the longer tail, whose last characters are the
# shorter's).
_TAIL_LAST = scan.last_words(_status_last() + _TRAIL_LAST)  # (a Tails: may_end_with's last-character test)
fast_path("indicators.naming._TRAIL+status", _TRAIL, "search", lambda s: scan.may_end_with(s, _TAIL_LAST), _TRAIL_WORDS)
# Words that open a phrase: a measure noun right after them starts the measure's name.
_OPENER_WORDS = Words("với|có|là|thì|mà|về|gồm|như|nhưng|đạt|nhờ|cho")
_OPENER_IN_BREAKDOWN_WORDS = Words("với|là|thì")
_OPENER = regex.compile(rf"(?:^|(?<![\p{{L}}])(?:{_OPENER_WORDS.alt()}))\s*$", _I)
_OPENER_IN_BREAKDOWN = regex.compile(rf"(?:^|(?<![\p{{L}}])(?:{_OPENER_IN_BREAKDOWN_WORDS.alt()}))\s*$", _I)
_NOMINAL_WORDS = Words("mức|tốc độ|đà") + _RATE_WORDS  # a growth verb after them is part of the name ("tỷ lệ")
_NOMINAL = regex.compile(rf"(?<![\p{{L}}])(?:{_NOMINAL_WORDS.alt()})\s*$", _I)
# What follows a figure before the next one's verb: a basis ("so tháng trước", "so với cùng kỳ
# năm 2016"), an aside in brackets, connectors.
_AFTER_FIGURE_WORDS = _COMPARE + Words("bằng|của|đối với")  # a basis or what the figure is of
_AFTER_FIGURE_JOINS = FIGURE_JOINS  # "và", "hoặc" (quantities.FIGURE_JOINS)
_AFTER_FIGURE_RUN = r"[\s,\x00)]"
_AFTER_FIGURE = regex.compile(
    rf"^{_AFTER_FIGURE_RUN}*(?:(?:{_AFTER_FIGURE_WORDS.alt()})(?:\s+[^\s,;:()]+){{0,6}}?"
    rf"(?=\s*(?:{_AFTER_FIGURE_JOINS.alt()}|,|;|\(|$)))?[\s,\x00]*(?:{_AFTER_FIGURE_JOINS.alt()})?",
    _I,
)
# Where it ends, without the regex where it can (_RunThenWords), checked as a fast path.
_after_figure_end = _RunThenWords("indicators.naming._AFTER_FIGURE", _AFTER_FIGURE, _AFTER_FIGURE_RUN,
                                  _AFTER_FIGURE_WORDS + _AFTER_FIGURE_JOINS).end
_ABBR = regex.compile(r"\((\p{Lu}[\p{Lu}\d&\-]{1,9})\)")  # "(CPI)", "(GRDP)": part of a name
_BOUNDARY = regex.compile(r"[,;:(\[\"“”]|\s-\s|\s–\s")
_FUNCTION = word_list("function_words")  # data/word_lists.tsv
# "nhà đầu tư", "xúc tiến đầu tư", "Tổng công ty Đầu tư phát triển ...": the measure noun is part of
# an agent's or an activity's noun, not a measure (data/word_lists.tsv); the last words of the
# list are the cheap test before it (scan.may_end_with: most windows end in none of them)
_NOT_MEASURE_WORDS = Words(sorted(word_list("not_measure_after"), key=len, reverse=True))
_NOT_MEASURE_AFTER = regex.compile(r"(?<![\p{L}])(?:%s)\s*$" % "|".join(_NOT_MEASURE_WORDS), _I)
_NOT_MEASURE_LAST = _NOT_MEASURE_WORDS.last_words()
fast_path("indicators.naming._NOT_MEASURE_AFTER", _NOT_MEASURE_AFTER, "search",
          lambda s: scan.may_end_with(s, _NOT_MEASURE_LAST), _NOT_MEASURE_WORDS)


# Small patterns used per figure, compiled once.
_MATERIAL_TAIL = regex.compile(
    r"\s+((?:[\p{Ll}\p{L}]+\s*){1,4}?)(?=\s*(?:[,;.()]|\s(?:và|với|trong|tại|của|cho|từ|so|là|được|đã|bằng|tương)\s|$))")
_COUNT_TAIL = regex.compile(r"((?:\s+[\p{Ll}]+){0,6}?)(?=\s*(?:[,;.()]|\s(?:và|với|trong|tại|của|cho|từ|so)\s|$))")
_TOTAL_OF = regex.compile(r"tổng(?:\s+(?:số|cộng))?\s+", _I)  # "tổng chiều dài", "tổng số vốn"
# "(xét|phân|chia|tính) theo ..." + a kind of part: the breakdown nouns (indicator_nouns.tsv:
# "ngành", "khu vực", "thành phần", "mặt hàng") and the kinds a list is also sorted by ("đối tác",
# "sản phẩm", "quy mô": "xét theo quy mô, doanh nghiệp nhỏ ...").
_LIST_PARTS = (Words(_nouns()["breakdown"]) + Words("đối tác|sản phẩm|quy mô")).longest_first()


# The words before "theo" that sort a list: "xét theo ngành", "phân theo khu vực".
_LIST_BY = Words("xét|phân|chia|tính")
_LIST_THEO = "theo"


def _list_cue_source(openers: Words, parts: Words) -> str:
    """_LIST_CUE's grammar (its own words are lower-case) around its two word lists."""
    return (rf"(?<![\p{{L}}])(?:{openers.alt()}|(?:{_LIST_BY.alt()})?\s*{_LIST_THEO}\s+(?:{parts.alt()}))"
            r"(?![\p{L}])")


_LIST_CUE = regex.compile(_list_cue_source(_LIST_OPENERS, _LIST_PARTS), _I)
# Its case-sensitive twin for a text lower-cased by scan.caseless_lower (the article's, _Article.low):
# the same grammar around the same words lower-cased, the same matches (tests/indicators/test_naming.py).
_LIST_CUE_LOW = regex.compile(_list_cue_source(Words([w.lower() for w in _LIST_OPENERS]),
                                               Words([w.lower() for w in _LIST_PARTS])))
# Where a _LIST_CUE_LOW match can start: at the first word of an opener (lower-cased), or
# before a "theo" that goes on as _LIST_CUE_LOW goes on after it (_LIST_THEO_TAIL), within the
# reach of a sorting word and the spaces before it (regex \s is a part of str.isspace); and
# only where no letter stands before it (its look-behind: \p{L} is str.isalpha).
_LIST_OPENER_FIRSTS = tuple(w.lower() for w in _LIST_OPENERS.first_words())
_LIST_BY_REACH = max(map(len, _LIST_BY))
_LIST_THEO_TAIL = regex.compile(rf"\s+(?:{Words([w.lower() for w in _LIST_PARTS]).alt()})(?![\p{{L}}])")


def _list_cue_low_search(low: str, pos: int, endpos: int) -> Optional[regex.Match]:
    """``_LIST_CUE_LOW.search(low, pos, endpos)``, tried only where a match can start (above),
    in order: the first that matches is the leftmost match, the one search finds. Why: the
    pattern may open with spaces ("\\s*theo"), so the engine tries it at every character of a
    sentence (some 20 us for one of 250 characters); the starts are a few ``str.find``."""
    find = low.find
    starts = []
    for w in _LIST_OPENER_FIRSTS:
        i = find(w, pos, endpos)
        while i >= 0:
            starts.append(i)
            i = find(w, i + 1, endpos)
    i = find(_LIST_THEO, pos, endpos)
    while i >= 0:
        if _LIST_THEO_TAIL.match(low, i + len(_LIST_THEO), endpos) is not None:
            r = i
            while r > pos and low[r - 1].isspace():
                r -= 1
            starts.extend(range(r - _LIST_BY_REACH if r - _LIST_BY_REACH > pos else pos, i + 1))
        i = find(_LIST_THEO, i + 1, endpos)
    match = _LIST_CUE_LOW.match
    for p in sorted(set(starts)):
        if p and low[p - 1].isalpha():
            continue
        m = match(low, p, endpos)
        if m is not None:
            return m
    return None


def _same_list_cue_low(s: str) -> bool:
    low = s.lower()
    a, b = _list_cue_low_search(low, 0, len(low)), _LIST_CUE_LOW.search(low)
    return (a is None and b is None) or (a is not None and b is not None and a.span() == b.span())


_AT_WORD = regex.compile(r"(?:ở|tại)\s+", _I)
_AT_PART = regex.compile(r"(?<![\p{L}])(?:ở|tại)\s+(?P<p>\p{Ll}[\p{L}]*(?:\s+\p{Ll}[\p{L}]*){0,5})\s*$")
# A population after a percentage: "100% các tổ chức đảng ... đều hoàn thành", "90% các ca ung
# thư phổi", "80% những người này": "các/những" and the noun phrase, to a verb or a mark.
_SHARE_OF = regex.compile(
    r"\s+(?P<p>(?:các|những)\s+\p{Ll}[\p{L}]*(?:\s+(?!(?:đã|đều|được|là|có|đạt|sẽ|đang|bị|do|sống|trên|tại|ở|và)(?![\p{L}]))\p{L}+){0,6})",
    _I)
# The word that opens examples of a class, "như" ("such as"): _EXAMPLES and _SUCH_AS read it, and
# their guards on a text or sentence without it (Words.held_in, _Sentence.holds).
_SUCH_AS_WORDS = Words("như")
# Examples of a class, named after "như": "một số địa phương có quy mô công nghiệp lớn như Thái
# Nguyên" (dev-501; 2017 archive: "của một số địa phương như Bắc Ninh tăng 17,7%").
_EXAMPLES = regex.compile(rf"(?<![\p{{L}}])(?:{_SUCH_AS_WORDS.alt()})\s+(?P<e>\p{{Lu}}[^,;:()]*)$")
fast_path("indicators.naming._EXAMPLES", _EXAMPLES, "search", _SUCH_AS_WORDS.held_in, _SUCH_AS_WORDS)
# A proper name closing a ranking before a bracketed figure: "lần lượt thuộc về Thái Lan (",
# "lớn nhất là Trung Quốc (", "tiếp đến là Hàn Quốc (" (dev-502; 2017 archive).
_RANKED_NAME = regex.compile(
    r"(?<![\p{L}])(?:thuộc\s+về|là|gồm)\s+(?P<e>\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3})\s*$")
# A list of examples after "như" whose heading names the measure: "Một số ngành có chỉ số tồn
# kho tăng cao hơn nhiều so với mức tăng chung như sản xuất giấy ... tăng 119,6%; sản xuất xe có
# động cơ tăng 47,1%" (2017 archive: GSO monthly reports; "lợi nhuận tăng rất mạnh như Xổ số kiến
# thiết Trà Vinh tăng tới 47%, ..."). Not "cũng như", "như vậy", "như sau", "như trên".
_SUCH_AS = regex.compile(
    rf"(?<![\p{{L}}])(?<!cũng\s)(?:{_SUCH_AS_WORDS.alt()})(?=:?\s+\p{{L}})"
    r"(?!:?\s+(?:vậy|sau|thế|trên|nhau|là|cũ|trước|kế\s+hoạch|dự\s+kiến)(?![\p{L}]))",
    _I)
fast_path("indicators.naming._SUCH_AS", _SUCH_AS, "search", lambda s: _SUCH_AS_WORDS.held_in(s.lower()),
          _SUCH_AS_WORDS)


def _such_as_list(text: str, ss: int, first_s: int, inherited: Optional[str]) -> bool:
    """Whether the figure at ``first_s`` is an example of a "như" list whose heading, before the
    "như", names the measure in force ``inherited``. Called only where the sentence holds "như"."""
    if not inherited:
        return False
    m = _SUCH_AS.search(text, ss, first_s)
    return m is not None and fold(inherited).lower() in fold(text[ss:m.start()]).lower()


def _such_as_heading(text: str, ss: int, first_s: int) -> Optional[str]:
    """The measure a "như" list's heading names, when the measure in force is not it: "sức tiêu
    thụ hàng hóa cũng đẩy giá một số nhóm hàng tại Đà Nẵng tăng mạnh như: đồ uống, thuốc lá tăng
    1,7%; thực phẩm tăng 0,75%" -> "giá một số nhóm hàng" (dev-113). Called only where the
    sentence holds "như"."""
    m = _SUCH_AS.search(text, ss, first_s)
    if m is None:
        return None
    head = text[ss:m.start()]
    bm = _last_boundary(head)
    chunk = head[bm.end():] if bm is not None else head
    h = _measure_at(chunk, False)
    if h is None:
        return None
    name = _tidy(chunk[h:])
    return _lower_first(name) if name and not _fragment(name) else None


fast_path("indicators.naming._LIST_CUE", _LIST_CUE, "search",
          lambda s: any(w in s.lower() for w in _LIST_CUE_WORDS), _LIST_OPENERS + _LIST_PARTS)
fast_path("indicators.naming._LIST_CUE_LOW", _LIST_CUE, "match",
          functools.partial(_same_low, lambda: (_LIST_CUE, _LIST_CUE_LOW)), _LIST_OPENERS + _LIST_PARTS)
fast_path("indicators.naming._list_cue_low_search", _LIST_CUE_LOW, "search", _same_list_cue_low,
          Words(w.lower() for w in _LIST_OPENERS) + Words(f"{b} {_LIST_THEO} {w.lower()}" for b in _LIST_BY for w in _LIST_PARTS))


def _mask(text: str, start: int, spans: list[tuple[int, int]]) -> str:
    end = start + len(text)
    for a, b in spans:
        lo, hi = max(a, start), min(b, end)
        if lo < hi:  # the overlap of a span, blanked by slicing (no list of characters)
            text = text[:lo - start] + "\x00" * (hi - lo) + text[hi - start:]
    return text


# The first words of _CUT's and _PREDICATE's alternatives: each follows spaces there, so it opens
# a word of ``str.split()`` (regex \s is a part of str.isspace); each after a space, for the words
# of a piece joined by single spaces (_spaced_lower).
_CUT_FIRST = _CUT_WORDS.first_words() + ("của",)
_PREDICATE_FIRST = (_PREDICATE_VERBS + _PREDICATE_MOVES + _COMPARE + _PREDICATE_ABOUT).first_words()
_CUT_FIRST_SP = tuple(" " + w for w in _CUT_FIRST)
_PREDICATE_FIRST_SP = tuple(" " + w for w in _PREDICATE_FIRST)


def _may_cut(piece: str, spaced: Optional[str]) -> bool:
    """False only when _CUT cannot match: no word of the piece lower-cased (``spaced``, see
    _spaced_lower, None when str.lower() cannot stand for IGNORECASE) opens with one of its
    first words, and no \x00."""
    return spaced is None or "\x00" in piece or scan.holds_any(spaced, _CUT_FIRST_SP)


def _may_predicate(spaced: Optional[str]) -> bool:
    """False only when _PREDICATE cannot match (``spaced`` as for _may_cut)."""
    return spaced is None or scan.holds_any(spaced, _PREDICATE_FIRST_SP)


def _spaced_lower(piece: str) -> Optional[str]:
    """The words of ``piece`` lower-cased (scan.caseless_lower), each after one space: a word of
    it opens with ``w`` (no space in it) exactly where this holds " " + ``w`` (one ``str.find``
    per word asked, not a test per word of the piece); None when str.lower() cannot stand for
    IGNORECASE."""
    low = scan.caseless_lower(piece)
    return " " + " ".join(low.split()) if low is not None else None


fast_path("indicators.naming._CUT", _CUT, "search", lambda p: _may_cut(p, _spaced_lower(p)), _CUT_WORDS)
fast_path("indicators.naming._PREDICATE", _PREDICATE, "search", lambda p: _may_predicate(_spaced_lower(p)),
          _PREDICATE_VERBS + _PREDICATE_MOVES + _COMPARE + _PREDICATE_ABOUT)


@functools.lru_cache(maxsize=4096)
def _tidy(piece: str) -> str:
    """A name as written, without masked parts, dangling brackets or trailing modals (worked out
    once per distinct piece: a third of them recur)."""
    # _CUT and _PREDICATE are searched only when a word of the piece opens with one of theirs
    spaced = _spaced_lower(piece)
    if _may_cut(piece, spaced):
        cm = _CUT.search(piece)
        if cm is not None:
            piece = piece[:cm.start()]
    if _may_predicate(spaced):
        pm = _PREDICATE.search(piece)
        if pm is not None and len(piece[:pm.start()].split()) >= 2:
            piece = piece[:pm.start()]
    piece = piece.replace("\x01", "(").replace("\x02", ")")
    if scan.may_end_with(piece, _TRAIL_LAST):
        piece = _TRAIL.sub("", piece)
    qs = _qualifiers_start(piece)
    if qs > 0:
        piece = piece[:qs]
    piece = " ".join(piece.split()).strip(" ,.-*\"'“”…")
    if piece.count("(") > piece.count(")"):
        piece = piece[:piece.rfind("(")].rstrip()
    elif piece.count(")") > piece.count("("):
        piece = piece.replace(")", "").rstrip()
    return piece


def _lower_first(name: str) -> str:
    if (len(name) > 1 and name[0].isupper() and name[1].islower() and _may_open(name, _nfirsts()[0])
            and _nres().measure.match(name)):
        return name[0].lower() + name[1:]
    return name


def _measure_at(chunk: str, breakdown_first: bool, low: Optional[str] = None) -> Optional[int]:
    """Where the measure's name opens in ``chunk``: the last measure noun that opens a phrase
    ("Mỹ ... với kim ngạch xuất khẩu"), else the last measure noun of two syllables or more
    ("các biện pháp thu ngân sách"), else None. ``low``: ``chunk`` lower-cased, when it compares
    as IGNORECASE does (scan.caseless_lower), where the nouns are found (``measure_low``)."""
    nouns = _nres()
    found = nouns.measure_low.finditer(low) if low is not None else nouns.measure.finditer(chunk)
    opener = _OPENER_IN_BREAKDOWN if breakdown_first else _OPENER
    last = _OPENER_IN_BREAKDOWN_LAST if breakdown_first else _OPENER_LAST
    best = loose = None
    for m in found:
        st = m.start()
        if _in_proper_name(chunk, 0, st, strict=True):
            continue  # "Bộ Kế hoạch và Đầu tư": a body's name, not the measure "đầu tư"
        near = chunk[st - 24 if st > 24 else 0:st]
        if scan.may_end_with(near, _NOT_MEASURE_LAST) and _NOT_MEASURE_AFTER.search(near):
            continue  # "các nhà đầu tư nước ngoài đã rót vốn vào 37 tỉnh thành phố" (dev-110)
        before = near.rstrip(" \x00")
        # searched once (it was twice), and not when ``before`` ends in a letter of no opener
        om = opener.search(before) if before and (
            before[-1] not in _NOT_SEP or scan.may_end_with(before, last)) else None
        if (not before and st <= 24) or near.rstrip(" ").endswith("\x00") or (
                om is not None and (om.start() > 0 or st <= 24)):
            best = st
        elif len(m.group(0).split()) >= 2 and not breakdown_first:
            loose = st
    return best if best is not None else loose


def _is_entity(chunk: str, at_sentence_start: bool, breakdown: Optional[bool] = None) -> bool:
    """A proper name or a named part ("Nhật Bản", "khu vực ngoài nhà nước"), not a measure.
    ``breakdown``: whether a breakdown noun opens the chunk, when the caller has asked it already
    (``_name_for``: the same test, ``_may_open`` and ``_nres().breakdown`` or its lower-case twin)."""
    words = chunk.split(None, 2)  # (its first two words are all it reads: not the whole chunk split)
    if not words:
        return False
    if breakdown is None:
        breakdown = _may_open(chunk, _nfirsts()[1]) and _nres().breakdown.match(chunk) is not None
    if breakdown:
        return True
    if not words[0][:1].isupper():
        return False
    if at_sentence_start:
        return len(words) >= 2 and words[1][:1].isupper()
    return True


@functools.lru_cache(maxsize=1)
def _body_name() -> regex.Pattern:
    """A body named by a head word of data/org_heads.tsv and a capitalised word ("Tổng cục Hải
    quan", "Chi cục Hải quan cửa khẩu ...", "Công an quận Bình Thạnh" after its level word, organizations.UNIT_LEVELS), or
    "UBND": who reports or acts, not what is measured."""
    heads = Words(sorted(head_words()) + ["UBND"])
    return regex.compile(
        rf"^(?:{heads.alt()})(?:\s+(?:{UNIT_LEVELS.alt()}))?\s+[\p{{Lu}}\d]")


def _is_body(name: str) -> bool:
    """Whether a name found by the fallback opens with a body's name (see _body_name) and names
    no measure after it ("Ngân hàng Thế giới dự báo kinh tế Việt Nam tăng trưởng" keeps its
    growth)."""
    return (name[:1].isupper() and _body_name().match(name) is not None
            and _nres().measure.search(name, 1) is None)


def _chunks(region: str) -> list[tuple[int, int]]:
    cuts = [0]
    for m in _BOUNDARY.finditer(region):
        cuts.append(m.start())
        cuts.append(m.end())
    cuts.append(len(region))
    return [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts) - 1, 2)]


# _BOUNDARY without its dashed alternatives, searched backwards.
_BOUNDARY_CHAR_R = regex.compile(r"(?r)[,;:(\[\"“”]")


def _chunks_rev(region: str):
    """``reversed(_chunks(region))``, lazily: a name is looked for in the last chunks only."""
    if "-" in region or "–" in region:
        yield from reversed(_chunks(region))
        return
    # no dash: every _BOUNDARY match is one character of its class, so the chunks are found
    # from the end, one boundary at a time
    b = len(region)
    while True:
        m = _BOUNDARY_CHAR_R.search(region, 0, b)
        if m is None:
            yield 0, b
            return
        yield m.end(), b
        b = m.start()


def _last_boundary(piece: str) -> Optional[regex.Match]:
    """The last match of _BOUNDARY in ``piece`` (as finditer gives them), or None: with no dash,
    the last character of its class, searched backwards (see _chunks_rev)."""
    if "-" in piece or "–" in piece:
        bm = None
        for bm in _BOUNDARY.finditer(piece):
            pass
        return bm
    return _BOUNDARY_CHAR_R.search(piece)


def _same_last_boundary(s: str) -> bool:
    bm = None
    for bm in _BOUNDARY.finditer(s):
        pass
    lb = _last_boundary(s)
    return (bm is None and lb is None) or (bm is not None and lb is not None and bm.span() == lb.span())


fast_path("indicators.naming._last_boundary", _BOUNDARY, "search", _same_last_boundary,
          [",", ";", ":", "(", "[", '"', "“", "”", " - ", " – "])


@functools.lru_cache(maxsize=1024)
def _growth_verb(vtxt: str) -> bool:
    """``_nres().growth.match(vtxt)`` for a verb as written ("tăng trưởng"): a few distinct ones."""
    return _nres().growth.match(vtxt) is not None


# Where the connectors that open a chunk end (_RunThenWords), checked as a fast path.
_lead_end = _RunThenWords("indicators.naming._LEAD", _LEAD, _LEAD_RUN, _LEAD_WORDS).end
# The last words of the openers (for scan.may_end_with).
_OPENER_LAST = _OPENER_WORDS.last_words()
_OPENER_IN_BREAKDOWN_LAST = _OPENER_IN_BREAKDOWN_WORDS.last_words()


_VERB_REACH = 60  # a verb ending further than this before the figure is not its verb


@functools.lru_cache(maxsize=1)
def _outside_verb() -> regex.Pattern:
    """Any character no match of ``_res().verb`` holds (not a character of its words, nor a space:
    the words' spaces are read as \\s+), searched backwards."""
    c = _cues()
    chars = {ch for w in c["verb"] + c["increase"] + c["decrease"] for ch in w if not ch.isspace()}
    return regex.compile(r"(?r)[^\s%s]" % regex.escape("".join(sorted(chars))), _I)


def _near_verb(seg: str, low: Optional[str] = None) -> Optional[regex.Match]:
    """The last match of ``_res().verb`` in ``seg`` (as finditer gives them) if it ends within
    _VERB_REACH characters of the end, else None; read on ``low``, ``seg`` lower-cased when it
    compares as IGNORECASE does (scan.caseless_lower), with ``verb_low`` (the match is of ``low``:
    its span is the verb's in ``seg``).

    Only matches ending in that reach count, and none of them can hold the last character before
    it that no verb holds (``_outside_verb``): they all start after it, where finditer from the
    start of ``seg`` tries a match too (no match runs over that character). So the scan starts
    there, not at the start of a 300-character window."""
    reach = len(seg) - _VERB_REACH
    om = _outside_verb().search(seg, 0, reach) if reach > 0 else None
    vm = None
    start = om.end() if om is not None else 0
    for vm in (_res().verb_low.finditer(low, start) if low is not None else _res().verb.finditer(seg, start)):
        pass
    return vm if vm is not None and len(seg) - vm.end() <= _VERB_REACH else None


def _near_verb_full(seg: str) -> Optional[regex.Match]:
    """``_near_verb`` the long way: every match of the verb from the start of ``seg``."""
    vm = None
    for vm in _res().verb.finditer(seg):
        pass
    return vm if vm is not None and len(seg) - vm.end() <= _VERB_REACH else None


def _same_near_verb(s: str) -> bool:
    a, b, c = _near_verb(s), _near_verb_full(s), _near_verb(s, scan.caseless_lower(s))
    return (a is None and b is None and c is None) or (
        a is not None and b is not None and c is not None and a.span() == b.span() == c.span())


fast_path("indicators.naming._near_verb", lambda: _res().verb, "search", _same_near_verb,
          lambda: _cues()["verb"] + _cues()["increase"] + _cues()["decrease"])


# The last text asked of _case_facts and its answers (one entry: a text's figures come one after
# another).
_CASE_FACTS: tuple[Optional[str], bool, bool] = (None, False, False)


def _case_facts(text: str) -> tuple[bool, bool]:
    """(whether ``text`` holds none of the characters, scan._FOLD_ODD, for which str.lower() does
    not compare as IGNORECASE; whether it holds no capital sigma, the one character whose
    ``str.lower()`` depends on its neighbours, a final sigma: without it a slice of ``text.lower()``
    is the slice lowered). Worked out once per text, not per figure."""
    global _CASE_FACTS
    last = _CASE_FACTS
    if last[0] is not text:
        last = _CASE_FACTS = (text, not any(c in text for c in scan._FOLD_ODD), "\u03a3" not in text)
    return last[1], last[2]


def _seg_lower(text: str, seg: str) -> Optional[str]:
    """``scan.caseless_lower(seg)`` for a piece of ``text`` (with masks \x00 and bracket marks
    \x01, \x02, which have no case), cheaper: the odd characters looked for once in the text."""
    if not _case_facts(text)[0]:
        return scan.caseless_lower(seg)
    low = seg.lower()
    return low if len(low) == len(seg) else None


def _mark_abbr(s: str, spans: list[tuple[int, int]]) -> str:
    """``s`` with the brackets of each span ("(CPI)") replaced by the marks \x01 and \x02: what
    ``_ABBR.sub`` does with the spans of its matches."""
    parts = []
    p = 0
    for a, b in spans:
        parts += (s[p:a], "\x01", s[a + 1:b - 1], "\x02")
        p = b
    parts.append(s[p:])
    return "".join(parts)


def _window(text: str, text_low: Optional[str], ws: int, q_s: int, masks) -> tuple[str, Optional[str]]:
    """The window ``text[ws:q_s]`` masked (\x00) with its bracketed abbreviations marked (\x01,
    \x02), and its lower-cased copy (``_seg_lower``, None when it cannot stand for IGNORECASE).
    Where ``text_low`` (the article's ``scan.caseless_lower(text)``: same offsets, each character
    lowers to one, none of scan._FOLD_ODD) is given and the text has no capital sigma, the copy is
    the same slice of it with the same masks and marks (they have no case, and nothing else in the
    slice lowers by its neighbours), not the window lowered again: ``_seg_lower`` would give it."""
    if text_low is None or not _case_facts(text)[1]:
        seg = _mask(text[ws:q_s], ws, masks)
        if "(" in seg:
            seg = _ABBR.sub(lambda m: "\x01" + m.group(1) + "\x02", seg)
        return seg, _seg_lower(text, seg)
    seg, low = text[ws:q_s], text_low[ws:q_s]
    for a, b in masks:  # _mask, on both (the overlap's bounds compared inline: per mask and figure)
        lo = a if a > ws else ws
        hi = b if b < q_s else q_s
        if lo < hi:
            blank = "\x00" * (hi - lo)
            seg = seg[:lo - ws] + blank + seg[hi - ws:]
            low = low[:lo - ws] + blank + low[hi - ws:]
    if "(" in seg:
        spans = [m.span() for m in _ABBR.finditer(seg)]
        if spans:
            seg, low = _mark_abbr(seg, spans), _mark_abbr(low, spans)
    return seg, low


def _name_for(text: str, sent_s: int, ws: int, q_s: int, masks, inherited: Optional[str],
              text_low: Optional[str] = None, fallback: bool = True) -> _Name:
    """The measure named before a figure, looking back from it to ``ws`` (``text_low``: the
    article's ``_Article.low``, or None). ``fallback``: False when the caller reads no name the
    fallback finds (the nearest phrase before the figure, how "fallback", else how None): that
    phrase is then neither tidied nor tested, and how is None (see _indicators: a count dropped
    unless a measure names it)."""
    measure = _nres().measure
    mfirsts, bfirsts, _ = _nfirsts()
    if q_s - _WINDOW > ws:
        ws = q_s - _WINDOW  # names are short: never look further back (bounded work)
    # the window masked, its abbreviations marked, and its lower-cased copy: where verbs and
    # measure nouns are found
    seg, low = _window(text, text_low, ws, q_s, masks)
    vm = _near_verb(seg, low)  # the last verb, the one closest to the figure, unless it ends too far from it
    if vm is not None:
        post = seg[vm.end():]
        post_name = post[:_qualifiers_start(post)]
        # only the phrase after the last boundary: "Xã Phù Cát 2 có: Diện tích 67,61 km2"
        bm = _last_boundary(post_name)
        if bm is not None:
            post_name = post_name[bm.end():]
        ps = post_name.strip(" \x00")
        if ps:
            off = len(seg) - len(post) + bm.end() if bm is not None else vm.end()
            off += len(post_name) - len(post_name.lstrip(" \x00"))
            tm = _TOTAL_OF.match(ps) if ps[:1] in "tT" else None
            if (_may_open(ps, mfirsts) and measure.match(ps)) or (
                    tm is not None and _may_open(ps[tm.end():], mfirsts) and measure.match(ps, tm.end())):
                # "với tổng diện tích quy hoạch 43.489ha", "tăng thêm sản lượng điện khoảng ...";
                # "tổng" before any measure noun is its total: "Đường cao tốc này có tổng chiều
                # dài trên 100 km" (dev-311)
                name = _tidy(ps)
                if name:
                    return _Name(_lower_first(name), ws + off, "measure", verb=seg[vm.start():vm.end()])
            if inherited and _is_entity(ps, False):
                # "kế tiếp là Nhật Bản 3.605 triệu USD"
                return _Name(inherited, None, "inherit", _tidy(ps), seg[vm.start():vm.end()])
        if len(seg) - vm.end() > 30:
            vm = None
    if vm is not None:
        region = seg[:vm.start()]
        vtxt = seg[vm.start():vm.end()]  # the verb as written
        nom = _NOMINAL.search(region) if _growth_verb(vtxt) else None
        if nom is not None:
            # "đạt mức tăng trưởng 3%", "tốc độ tăng trưởng 10%": the verb is part of the name
            return _Name(f"{nom.group(0).strip().lower()} {vtxt.lower()}", ws + nom.start(), "measure", verb=vtxt)
    else:
        region = seg[:_qualifiers_start(seg)]
        vtxt = None
    # a status cue or modal right before the verb belongs to it ("phấn đấu tăng", "ước tăng")
    if scan.may_end_with(region, _TAIL_LAST):  # else neither test below can pass
        while True:
            tm = _status_tail().search(region) if scan.may_end_with(region, _status_last()) else None
            if not tm:
                break
            region = region[:tm.start()]
        if scan.may_end_with(region, _TRAIL_LAST):
            region = _TRAIL.sub("", region)
    after_figure = ws > sent_s and not _is_clause_start(text, sent_s, ws)
    if after_figure:
        # after a figure, a basis or a connector is no name: "tăng 5,6% so tháng trước và"
        # (the pattern matches at 0, maybe empty: what sub(count=1) replaces)
        e = _after_figure_end(region)
        region = " " * e + region[e:]
    else:
        e = 0
    # region is seg cut at its end, its first e characters blanked: so is its lower-cased copy
    region_low = " " * e + low[e:len(region)] if low is not None else None
    nearest = None
    masked_subject = False
    for k, (a, b) in enumerate(_chunks_rev(region)):
        c = region[a:b]
        off = _lead_end(c)  # _LEAD matches (maybe empty) at 0
        body = c[off:]
        if not body.strip(" \x00"):
            if nearest is None and k == 0 and inherited and ws > sent_s and not region[:a].strip(" ,\x00"):
                # nothing between the previous figure and this one: "giảm 2,6% và tăng 11,6%"
                return _Name(inherited, None, "inherit", None, vtxt)
            if nearest is None and "\x00" in c:
                masked_subject = True  # a scope phrase as subject: "khu vực kinh tế trong nước đạt"
            continue
        bd = _may_open(body, bfirsts) and (
            _nres().breakdown.match(body) if region_low is None
            else _nres().breakdown_low.match(region_low, a + off, b)) is not None
        h = _measure_at(body, bd, region_low[a + off:b] if region_low is not None else None)
        if h is not None and h > 0 and _SUCH_AS_WORDS.held_in(body) and _may_open(body, mfirsts) and measure.match(body):
            em = _EXAMPLES.search(body, h)
            if em is not None and _is_entity(em.group("e"), False):
                # "Chỉ số sản xuất công nghiệp tháng 1/2017 ... của một số địa phương có quy mô
                # công nghiệp lớn như Thái Nguyên tăng 13,6%": the later measure noun qualifies
                # the places the examples are; the clause's opening measure is the one measured
                h = 0
        if h is not None:
            name = _tidy(body[h:])
            if name:
                return _Name(_lower_first(name), ws + a + off + h, "measure", verb=vtxt)
        if nearest is None:
            nearest = (body, ws + a + off)
            # (only a name in force is kept for an entity: asked, and where it opens, only then)
            if inherited and _is_entity(body, not text[sent_s:ws + a + off].strip(" -*•+\"“0123456789.)"), bd):
                return _Name(inherited, None, "inherit", _tidy(body), vtxt)
            if inherited and region[b:b + 1] == "(" and "\x00" not in body:
                em = _RANKED_NAME.search(body)
                if em is not None:
                    # "Các vị trí tiếp theo lần lượt thuộc về Thái Lan (với 2,170 tỷ USD, giảm
                    # 3,2%)", "lớn nhất là Trung Quốc (27.959 triệu USD)": a place or body named
                    # before the bracketed figure holds the measure in force (dev-502; 2017
                    # archive trade reports)
                    return _Name(inherited, None, "inherit", em.group("e"), vtxt)
        if k >= 2:
            break
    if nearest is None:
        if inherited and (ws > sent_s or masked_subject):
            return _Name(inherited, None, "inherit", None, vtxt)
        return _Name(None, None, None, verb=vtxt)
    if after_figure and inherited:
        return _Name(inherited, None, "inherit", None, vtxt)
    if not fallback:
        return _Name(None, None, None, verb=vtxt)
    name = _tidy(nearest[0])
    bd = _may_open(name, bfirsts) and _nres().breakdown.match(name) is not None  # (asked once: _is_entity reads it)
    if not bd and (_is_entity(name, True, bd) or _is_body(name) and not (vtxt and _growth_verb(vtxt))):
        return _Name(None, None, None, verb=vtxt)  # "Tổng cục Hải quan đạt 97/100 điểm": who, not what
    if len(name) > 1 and name[0].isupper() and name[1].islower() and not text[sent_s:nearest[1]].strip(" -*\"“"):
        name = name[0].lower() + name[1:]
    return _Name(name or None, nearest[1] if name else None, "fallback" if name else None, verb=vtxt)


@functools.lru_cache(maxsize=1)
def _measure_opening() -> regex.Pattern:
    """Any of the measure nouns (``_nres().measure``, indicator_nouns.tsv) and of _NOMINAL_WORDS,
    lower-cased, whole phrases but without the word bounds around them (``_lowered_alt``, the
    case-sensitive tree ``_nres().measure_low`` is made of): every match of either, in any piece
    of a text, is one of them in the text lower-cased. The whole phrase, not its first word: a
    window holding "giá" or "tổng" alone (the first words of many nouns) names none."""
    n = _nouns()
    return regex.compile(_lowered_alt(n["measure"] + n["index"] + n["growth"] + list(_NOMINAL_WORDS)))


def _may_name_measure(text_low: Optional[str], ws: int, q_s: int) -> bool:
    """False only when ``_name_for(text, sent_s, ws, q_s, ...)`` cannot name a measure (how
    "measure"): it names one only from a match of a measure noun (``_nres().measure`` after the
    verb, ``_measure_at`` before it) or of _NOMINAL, in its window ``text[ws:q_s]`` (no further
    back than _WINDOW) masked, or in a piece of it; the letters of such a match are the text's
    own, and a masked or marked character is none of them, so the window of the article's
    lowered text (``text_low``, ``_Article.low``, or None: then it may) holds the noun, bounds
    aside (``_measure_opening``; its first word alone let through twice as many windows, half
    of those _name_for was asked on 300 unseen articles). Asked for a count that is dropped
    unless a measure names it (``_indicators``): most have no measure noun before them, and
    need no other question of _name_for (some 40 us a figure)."""
    if text_low is None:
        return True
    lo = q_s - _WINDOW if q_s - _WINDOW > ws else ws
    return _measure_opening().search(text_low, lo, q_s) is not None


def _holds_measure_opening(s: str) -> bool:
    """``_may_name_measure``'s test over the whole of ``s`` (the fast paths' check of its words)."""
    low = scan.caseless_lower(s)
    return low is None or _measure_opening().search(low) is not None


fast_path("indicators.naming._may_name_measure", lambda: _nres().measure, "search", _holds_measure_opening,
          lambda: _nouns()["measure"] + _nouns()["index"] + _nouns()["growth"])
fast_path("indicators.naming._may_name_measure.nominal", _NOMINAL, "search", _holds_measure_opening, _NOMINAL_WORDS)


def _dim(q: Quantity) -> Optional[str]:
    """The kind of a level for keeping a measure's name: percentages fit any measure."""
    if q.unit in ("%", "pp", "lần"):
        return None
    return q.dimension or q.unit


def _is_clause_start(text: str, sent_s: int, ws: int) -> bool:
    return ws == sent_s or text[ws - 1:ws] == ";"


@functools.lru_cache(maxsize=1)
def _fragment_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    n = _nouns()
    return (frozenset(w.lower() for w in n.get("fragment", ())), frozenset(w.lower() for w in n.get("fragment_alone", ())),
            frozenset(w.lower() for w in n.get("fragment_end", ())))


def _strip_connectors(name: str, ends: Optional[frozenset] = None) -> Optional[str]:
    """The name without the connectors (``fragment_end`` rows) it ends with."""
    ends = _fragment_words()[2] if ends is None else ends
    words = name.split()
    while words and words[-1].lower() in ends:
        words.pop()
    return " ".join(words) or None


@functools.lru_cache(maxsize=1)
def _strip_words() -> frozenset[str]:
    return frozenset(w.lower() for w in _nouns().get("strip_end", ()))


@functools.lru_cache(maxsize=4096)
def _fragment(name: str) -> bool:
    """A name found by the fallback that is a clause fragment or a frame word, not a measure
    (``fragment`` rows of ``data/indicator_nouns.tsv``)."""
    opens, alone, ends = _fragment_words()
    words = name.lower().split()
    return (not words or words[0] in opens or " ".join(words[:2]) in opens or " ".join(words) in alone
            or words[-1] in ends or words[0][:1].isdigit())


@functools.lru_cache(maxsize=4096)  # bounded: units are the text's own nouns ("hợp phần", "bệnh")
def _reported_count(unit: Optional[str]) -> bool:
    """Whether reports count this noun as a measure: it (or its head) is in
    ``data/counted_nouns.txt``, the nouns of GSO and ministry reports. A count of any other
    noun ("2 hợp phần", "25 bệnh") is a quantity but no indicator unless a measure names it."""
    if not unit:
        return False
    listed = listed_nouns()
    words = unit.split()
    return any(" ".join(words[:k]) in listed for k in range(len(words), 0, -1))


def _count_name(text: str, q: Quantity, q_e: int, sent_e: int) -> str:
    tail = text[q_e:min(sent_e, q_e + 120)]
    m = _COUNT_TAIL.match(tail)
    extra = m.group(1) if m else ""
    return " ".join(f"số {q.unit}{extra}".split())


# The measure named right after a sum: "KBC chỉ ghi nhận 10,6 tỷ đồng doanh thu tài chính, giảm
# tới 94%", "kết thúc quý IV/2016, KBC chỉ đạt 84,5 tỷ đồng lợi nhuận sau thuế, giảm mạnh 65%",
# "Generalexim đạt gần 307,5 tỷ đồng doanh thu, bằng 29% ...", "Nhóm khoáng sản cũng đem về hơn
# 4.000 tỷ đồng doanh thu cho Masan" (2017 archive): the noun phrase after the sum, when it opens
# with a measure noun (data/indicator_nouns.tsv) and runs to a comma, a connector or a date.
# The phrase ends at a word that cannot end a name (indicator_nouns.tsv fragment_end: "và", "của",
# "trong", "là", "khi"), at the first word of a change (indicator_cues.tsv increase/decrease: "tăng",
# "giảm", "cao hơn"), of a period ("năm", "tháng", "quý": dates' relative units) or of what follows
# a figure (_AFTER_FIGURE_WORDS: "so với", "bằng"): the words of those declarations, no list of its own.
@functools.lru_cache(maxsize=1)
def _sum_tail() -> regex.Pattern:
    cues = _cues()
    ends = (_fragment_words()[2] | {c.split()[0] for c in cues["increase"] + cues["decrease"]}
            | {w.split()[0] for w in (*_RELATIVE_UNITS, *_AFTER_FIGURE_WORDS)})
    return regex.compile(
        rf"""
        \s+(?P<n>[\p{{Ll}}]+(?:\s+[\p{{Ll}}\p{{Lu}}]+){{0,5}}?)                 # "lợi nhuận sau thuế"
        (?=\s*(?:[,;.:()]|$)                                             # a comma, the end
           |\s+(?:{Words(sorted(ends)).longest_first().alt()})\s)          # a word that ends it
        """, regex.VERBOSE)


def _sum_name(text: str, q: Quantity, q_e: int, sent_e: int) -> Optional[str]:
    """The measure named after a sum ("đạt 84,5 tỷ đồng lợi nhuận sau thuế"), see _sum_tail."""
    if q.dimension != "currency":
        return None
    m = _sum_tail().match(text, q_e, min(sent_e, q_e + 80))
    if m is None or _nres().measure.match(m.group("n")) is None:
        return None
    return " ".join(m.group("n").split())


# A sum that is the object of a transaction verb is named by the verb (data/word_lists.tsv
# sum_verbs): "UBND quận ... ra quyết định xử phạt chủ đầu tư 40 triệu đồng", "... đã bị phạt hơn
# 50 triệu đồng" -> "số tiền phạt" (dev-036 gold); "đã đặt cọc cho Hằng 7,4 tỷ đồng" -> "số tiền
# đặt cọc"; "để chiếm đoạt hơn 15 tỷ đồng"; "bị cáo ... phải bồi thường gần 9 tỷ đồng" (2017
# archive). The verb, then at most five words of its other object ("chủ đầu tư", "cho Hằng"),
# then the figure's own lead-in ("với", "hơn", "lên tới").
_SUM_VERB_WORDS = Words(word_list("sum_verbs"))
_SUM_VERB = regex.compile(
    r"""(?<![\p{L}])(?P<v>%s)(?![\p{L}])                  # "phạt", "đặt cọc"
        (?:\s+[^\s\d,.;:()\x00]+){0,5}?                    # "chủ đầu tư", "cho Hằng"
        (?:\s+(?:với|là|lên\s+tới|lên\s+đến|tới|đến|%s|tổng\s+cộng))*\s*$"""    # "hơn", "khoảng" (_ABOUT)
    % (_SUM_VERB_WORDS.alt(), _ABOUT.alt()),
    regex.VERBOSE | _I,
)
# The last syllables of the verbs: a window holding none of them holds no verb.
_SUM_VERB_ENDS = tuple(w.split()[-1] for w in _SUM_VERB_WORDS)
fast_path("indicators.naming._SUM_VERB", _SUM_VERB, "search",
          lambda s: any(w in s.lower() for w in _SUM_VERB_ENDS), _SUM_VERB_WORDS)


def _verb_sum_name(text: str, ws: int, q: Quantity, q_s: int, nm: _Name) -> Optional[str]:
    """ "số tiền phạt" of a sum that a verb of sum_verbs governs (see _SUM_VERB), unless a
    measure is named after the verb ("bị phạt với tổng số tiền 60 triệu đồng") or the name found
    holds the verb as a noun ("Số tiền bồi thường đợt đầu là 3.000 tỉ đồng")."""
    if q.dimension != "currency":
        return None
    w0 = max(ws, q_s - 80)
    seg = text[w0:q_s]
    if not scan.holds_any(seg.lower(), _SUM_VERB_ENDS):  # (the window lowered once, not per verb)
        return None
    m = _SUM_VERB.search(seg)
    if m is None or (nm.how == "measure" and nm.start is not None and nm.start >= w0 + m.start()):
        return None
    verb = " ".join(m.group("v").lower().split())
    if nm.how in ("measure", "inherit") and nm.name and verb in nm.name.lower():
        return None  # the verb is a noun of the name: "Số tiền bồi thường đợt đầu là 3.000 tỉ đồng"
    return "số tiền " + verb


def _material_name(text: str, q: Quantity, q_e: int, sent_e: int) -> Optional[str]:
    """ "thu giữ 16,02 kg cần sa" -> "khối lượng cần sa"; "1.824,8 nghìn ha lúa đông xuân"."""
    head = _MATERIAL_HEAD.get(q.dimension or "")
    if head is None:
        return None
    m = _MATERIAL_TAIL.match(text[q_e:min(sent_e, q_e + 120)])
    if not m:
        return None
    words = m.group(1).split()
    if not words or words[0] in _FUNCTION or not words[0][:1].islower():
        return None
    return f"{head} {' '.join(words)}"


_LETTER = regex.compile(r"\p{L}")


def _list_cue_before(s: _Sentence, text: str, first_s: int, low: Optional[str] = None) -> bool:
    """``_LIST_CUE.search(text, s.ss, first_s)`` (a sentence without its words has none),
    worked out once per figure however often asked, and for most figures read from the first
    match in the whole sentence, searched once (``_Sentence.list_cue_first``).

    A match before ``first_s`` reads the same characters in both searches, and its closing
    look-ahead (no letter) sees the same character, or the end of the bounded text where the
    sentence's match ends at ``first_s``: so the sentence's first match ending by ``first_s`` is
    found there too, and a sentence whose first match starts at ``first_s`` or later, or has
    none, has none before a figure that opens with no letter. Otherwise the bounded search.
    ``low``: the article's lowered text (``_Article.low``), where the twin _LIST_CUE_LOW searches.
    """
    if not s.list_cue_words:
        return False
    found = s.list_cue_at.get(first_s)
    if found is None:
        if s.list_cue_first is None:
            m = _list_cue_low_search(low, s.ss, s.se) if low is not None else _LIST_CUE.search(text, s.ss, s.se)
            s.list_cue_first = m.span() if m is not None else (-1, -1)
        m_s, m_e = s.list_cue_first
        if 0 <= m_s and m_e <= first_s:
            found = True
        elif (m_s < 0 or m_s >= first_s) and _LETTER.match(text, first_s) is None:
            found = False
        else:
            found = (_list_cue_low_search(low, s.ss, first_s) if low is not None
                     else _LIST_CUE.search(text, s.ss, first_s)) is not None
        s.list_cue_at[first_s] = found
    return found


def _name_refined(a: _Article, s: _Sentence, k: int, level: Optional[_Item], change: Optional[_Item],
                  first: _Item, ws: int, inherited: Optional[str], verb_rx, nm: _Name,
                  name: Optional[str], name_s: Optional[int]):
    """(name, its start, the _Name, the part of a breakdown list) after the name's own tests: a
    share of a population written after a percentage, connectors and adverbs it ends with, a
    part of a list that keeps the measure in force, a fragment that is no measure's name."""
    text, ss, se = a.text, s.ss, s.se
    if (level is not None and change is None and level.q.unit == "%" and nm.how != "measure"
            and (name is None or nm.how == "fallback" and _fragment(name) or nm.how == "inherit" and nm.subject is None)):
        # "Kết quả, 100% các đảng bộ, chi bộ trực thuộc ... đã bầu cấp ủy", "gây ra 90% các ca
        # ung thư phổi": a percentage of a population written after it names a share of it
        pop = _SHARE_OF.match(text, level.e, se)
        if pop is not None:
            name, name_s = f"tỷ lệ {' '.join(pop.group('p').split())}", None
            nm = _Name(name, None, "fallback", nm.subject, nm.verb)
    if name is not None and nm.how in ("measure", "fallback"):
        # "năng suất tôm sú bình quân hiện (chỉ 2-2,5 tạ/ha)": adverbs before the verb
        name = _strip_connectors(name, _strip_words()) or name
    if name is not None and nm.how == "measure":
        name = _strip_connectors(name)  # "đầu tư nước ngoài và": a name cut at a connector
    part = None
    if (name is not None and nm.how == "fallback" and inherited and name != inherited
            and not _fragment(name) and (_list_cue_before(s, text, first.s, a.low)
                                         or s.holds(_SUCH_AS_WORDS) and _such_as_list(text, ss, first.s, inherited))):
        # "Theo ngành, số doanh nghiệp thành lập mới ở lĩnh vực vận tải kho bãi tăng 21,4%, ở
        # giáo dục tăng 30%", "Trong đó, ...; điện thoại và linh kiện đạt 4 tỷ USD": in a list
        # of parts, the words before the verb name the part; the measure is the one in force
        part, name, name_s = name, inherited, None
        om = _AT_WORD.match(part)
        if om is not None:
            part = part[om.end():]
            if part[:1].isupper():  # "Trong đó, ở Hà Nội tăng 12%": a place, the scope
                nm.subject, part = part, None
    elif name is not None and nm.how == "fallback" and s.holds(_SUCH_AS_WORDS) and not _fragment(name):
        heading = _such_as_heading(text, ss, first.s)
        if heading is not None and heading != name:
            # the parts of a "như" list under a heading that names its own measure (dev-113)
            part, name, name_s = name, heading, None
    if part is None and name is not None and _list_cue_before(s, text, first.s, a.low):
        # "... số doanh nghiệp mới ở lĩnh vực vận tải kho bãi tăng 21,4%, ở giáo dục tăng
        # 30%": a lower-case "ở/tại" phrase before the verb names the part (a capital
        # names a place: "ở Hà Nội" is a scope)
        w0 = max(ws, first.s - 120)
        vm = None
        # on the article's lowered text where it compares as IGNORECASE does, with the verbs'
        # case-sensitive twin (verb_low: the same matches, the engine tries it faster)
        for vm in (_res().verb_low.finditer(a.low, w0, first.s) if a.low is not None
                   else verb_rx.finditer(text, w0, first.s)):
            pass
        pm = _AT_PART.search(text, w0, vm.start()) if vm is not None else None
        if pm is not None:
            part = " ".join(pm.group("p").split())
    if name is not None and nm.how == "fallback" and _fragment(name):
        # "để đạt 20 tỷ USD", "so với năm 2016 đội lên 50.000 tỷ đồng", "dự toán": no name
        # of a measure; the measure in force holds, if any
        name, name_s = inherited, None
        if name is None and level is None and change.q.dimension == "count" and change.q.unit:
            # "so với tuần trước đó, đã giảm 81 trường hợp bị xử phạt": the count names it
            name = _count_name(text, change.q, change.e, se)
    return name, name_s, nm, part
