"""The word lists and patterns of ``indicators``: cue and noun tables, the phrases each step looks for.

Read once at import (or on first use, ``functools.lru_cache``): the cue words of
``data/indicator_cues.tsv`` (``_res()``), the nouns of ``data/indicator_nouns.tsv`` (``_nres()``,
``_nfirsts()``), the ``rules.Words`` declarations with the patterns built from them, and the fast
paths that guard those patterns (``rules.fast_path``: checked by ``tests/test_rules.py``). The
steps (``classify``, ``pairing``, ``naming``, ``period``, ``status``, ``scope``, ``change``) import
from here; nothing here imports a step.
"""

from __future__ import annotations

import functools
from typing import NamedTuple, Optional

import regex

from .. import alphabet, scan
from ..normalize import fold
from ..resources import load_tsv, read_text, word_list
from ..rules import ONE_SPACE, Words, fast_path, may_open


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




def _words(kind: str) -> regex.Pattern:
    return regex.compile(rf"{_B}(?:{_alt(_cues()[kind])}){_E}", _I)


class _CuePatterns(NamedTuple):
    """The cue words of indicator_cues.tsv as patterns, by kind."""

    verb: regex.Pattern  # any verb of a figure: "đạt", "tăng", "giảm" ...
    increase: regex.Pattern
    decrease: regex.Pattern
    estimate: regex.Pattern  # "ước", "ước tính"
    target: regex.Pattern  # "phấn đấu", "kế hoạch"
    basis: list[tuple[str, regex.Pattern]]  # (basis kind, pattern): "so với cùng kỳ" ...


@functools.lru_cache(maxsize=1)
def _res() -> _CuePatterns:
    c = _cues()
    verb = regex.compile(rf"{_B}(?:{_alt(c['verb'] + c['increase'] + c['decrease'])}){_E}", _I)
    basis = [(k, _words(k)) for k in ("basis_yoy", "basis_prev", "basis_plan")]
    return _CuePatterns(verb, _words("increase"), _words("decrease"), _words("estimate"), _words("target"), basis)


class _NounPatterns(NamedTuple):
    """The nouns of indicator_nouns.tsv as patterns, by kind."""

    measure: regex.Pattern  # a measure's head noun: "kim ngạch", "chỉ số", "tốc độ tăng trưởng"
    growth: regex.Pattern
    index: regex.Pattern
    breakdown: regex.Pattern  # "trong đó", "riêng": a part of the measure before
    discourse: frozenset[str]


@functools.lru_cache(maxsize=1)
def _nres() -> _NounPatterns:
    n = _nouns()
    heads = n["measure"] + n["index"] + n["growth"]
    measure = regex.compile(rf"{_B}(?:{_alt(heads)}){_E}", _I)
    growth = regex.compile(rf"(?:{_alt(n['growth'])}){_E}|.*{_B}tăng\s+trưởng{_E}", _I)
    index = regex.compile(rf"(?:{_alt(n['index'])}){_E}", _I)
    breakdown = regex.compile(rf"(?:{_alt(n['breakdown'])}){_E}", _I)
    discourse = frozenset(w.casefold() for w in n["discourse"] + n["class"])  # both incidental
    return _NounPatterns(measure, growth, index, breakdown, discourse)


@functools.lru_cache(maxsize=1)
def _attribute_name() -> regex.Pattern:
    """A name that opens with an ``attribute`` noun (data/indicator_nouns.tsv): "tổng vốn đầu tư
    đăng ký", "công suất", "trị giá"."""
    return regex.compile(rf"(?:{_alt(_nouns()['attribute'])}){_E}", _I)


# One project or works, named as such: "với dự án nhà máy ...", "Dự án có tổng mức đầu tư ...",
# not a count or a plural ("8 dự án", "các dự án mới có tổng vốn ...": a statistic of a period).
_ONE_WORKS_WORDS = Words("dự án|nhà máy|công trình")
_ONE_WORKS = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?<!(?:các|những|nhiều|số|mỗi|\d)\s+)(?:{_ONE_WORKS_WORDS.alt(ONE_SPACE)})(?![\p{{L}}])", _I)


# Scope phrases: the region or body a figure is about. The words each branch opens with are
# declared once; _SCOPE_TRIGGERS (where a match can start, see _scope_starts) is derived from them.
_SCOPE_WHOLE = Words("cả nước|toàn quốc|toàn khu vực|toàn tỉnh|toàn thành phố")  # "cả nước"
_SCOPE_WHOLE_SECTOR = Words("toàn ngành")       # "toàn ngành", "toàn ngành ngân hàng"
_SCOPE_COUNTED = Words("các|những")             # "các tỉnh, thành phố" (or a number: "28 tỉnh")
_SCOPE_PROVINCES = Words("tỉnh")                # "tỉnh, thành phố"
_SCOPE_AREA = Words("khu vực")                  # "của khu vực phía Bắc"
_SCOPE_ECONOMIC_AREA = Words("khu vực kinh tế")  # "khu vực kinh tế nhà nước"
_SCOPE_LOCAL = Words("tỉnh|thành phố")          # "tỉnh Bình Dương"
_SCOPE_CITY = Words("TP")                       # "TP.HCM", "TP Cần Thơ"
_SCOPE_BODY = Words("ngành|lực lượng|cơ quan")  # "ngành Hải quan", "lực lượng Hải quan"
_SCOPE = regex.compile(
    r"""
    (?:%(whole)s|(?:%(whole_sector)s)(?:\ \p{Ll}+){0,2}?(?=\s|,|$))   # "cả nước", "toàn ngành"
    |(?:(?:%(counted)s|\d+)\s+)?(?:%(provinces)s),?\s*thành(?:\ phố)?(?:\s+khu\ vực)?  # "28 tỉnh, thành phố"
      (?:\s+phía\s+(?:Bắc|Nam)|\s+(?:miền|vùng)\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*)?  # ... "phía Bắc", "miền Trung"
    |(?<=\b(?:của|trong|tại)\s+)(?:%(area)s)(?:\s+phía\s+(?:Bắc|Nam))?(?!\s+kinh\ tế)        # "của khu vực"
    |(?:%(economic_area)s)\ [\p{Ll}\ ]+?(?=\s+(?:đạt|ước|tăng|giảm|có|chiếm)|[,;])        # "khu vực kinh tế nhà nước"
    |(?:%(local)s|(?:%(city)s)\.?\s?)\ ?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}      # "tỉnh Bình Dương", "TP.HCM"
    |(?:%(body)s)\ \p{Lu}[\p{L}]*(?:\s+\p{L}+)?                         # "ngành Hải quan", "lực lượng Hải quan"
      (?=\s+(?:đã|đạt|có|ước|tăng|giảm|thu|phát|bắt|xử|khởi|trong|năm)(?![\p{L}])|\s*[,;:.])   # ... before its verb
    |(?:%(body)s)\ \p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}             # "ngành Dệt May"
    |(?<=\b(?:của)\s+)\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}                       # "của Bình Dương"
    """ % {k: w.alt(ONE_SPACE) for k, w in dict(
        whole=_SCOPE_WHOLE, whole_sector=_SCOPE_WHOLE_SECTOR, counted=_SCOPE_COUNTED, provinces=_SCOPE_PROVINCES,
        area=_SCOPE_AREA, economic_area=_SCOPE_ECONOMIC_AREA, local=_SCOPE_LOCAL, city=_SCOPE_CITY,
        body=_SCOPE_BODY).items()},
    regex.VERBOSE,
)
# A named unit opening a sentence is its subject: "Phường Quy Nhơn có diện tích ...", "Xã Nhơn
# Châu có ...", "Tổng cục Hải quan đạt ...". The kinds of unit ("TP." also "TP"):
_SUBJECT_KINDS = Words("Phường|Xã|Thị trấn|Thị xã|Quận|Huyện|Tỉnh|Thành phố|TP.|TP"
                       "|Đặc khu|Tổng cục|Cục|Bộ|Sở|Ngành|Công ty|Tập đoàn|Ngân hàng|Hội nghị")
_SUBJECT_UNIT = regex.compile(
    r"""
    [\s\-*•+\d.)]*                                                           # list marks "- ", "1. "
    (?P<s>(?:%s)                                                              # the unit's kind
       \s+\p{Lu}[\p{L}\d]*(?:\s+(?:\p{Lu}[\p{L}\d]*|\d+))*)                       # its capitalised name
    (?=\s+(?:có|đạt|là|với|ước|tăng|giảm|thu|còn|gồm|đã|vẫn|tiếp\ tục)\b|\s*[:,])     # followed by a verb
    """ % _SUBJECT_KINDS.alt(ONE_SPACE),
    regex.VERBOSE,
)
# The first letters of _SUBJECT_UNIT's kinds ("Phường", "Xã", ..., "Hội nghị"), and the letters
# that are plain (scan._PLAIN): a sentence opening with another plain letter has no subject unit.
_SUBJECT_FIRSTS = frozenset(w[0] for w in _SUBJECT_KINDS)
_PLAIN_LETTERS = alphabet.LETTERS
# A sentence that speaks of now, of a vague stretch of years or of the time to come, or of what
# recurs every year, takes no period it does not write itself (no paragraph's, headline's or
# report's): "Hiện lãi suất ... hiện nay", "nhiều năm qua kim ngạch ... tăng trưởng trên
# 10%/năm", "vài năm gần đây duy trì từ 30-46%", "trong thời gian tới, Tập đoàn sẽ đầu tư 1,2 tỷ
# USD", "Thuốc lá giết chết hơn 7 triệu người mỗi năm", "sản lượng hàng năm" (dev-027, dev-409,
# dev-411; 2017 archive: "mỗi năm, Hà Nội sẽ có 24 nghìn người", "sản lượng mỗi năm đạt khoảng
# 450 nghìn tấn", "nhập khẩu 800 tấn tôm nguyên con mỗi năm"). Not "10 năm qua" ("thấp nhất
# trong 10 năm qua" qualifies a level of the month in force, dev-015).
_VAGUE_WORDS = Words("hiện nay|hiện tại|đến nay|tới nay|thời điểm này"
                     "|nhiều năm qua|những năm qua|các năm qua|mấy năm qua|vài năm qua|năm gần đây"
                     "|nhiều năm nay|mấy năm nay|vài năm nay|thời gian tới|sắp tới"
                     "|mỗi năm|hàng năm|hằng năm|mỗi tháng|hàng tháng|hằng tháng")
_VAGUE_NOW = regex.compile(_VAGUE_WORDS.alt(ONE_SPACE), _I)
# A sentence that opens with a time before or after the one in force, unnamed, takes no carried
# period either: "Cụ thể, ngày 7/6, Sacombank tăng ... Trước đó, lãi suất tại Eximbank cũng tăng
# nhẹ 0,1-0,2%" (dev-111), "Sau đó, các cơ quan chức năng đã điều chỉnh tổng vốn đầu tư lên
# 868,04 triệu USD" (dev-308); 2017 archive: "Trước đó đơn vị này cũng từng 3 lần bị xử phạt 49
# triệu đồng", "Trước đó, hơn 1,8 triệu người dân Anh đã ký đơn", "Sau đó, người này được yêu
# cầu chuyển vào tài khoản 2 triệu đồng". A date of its own still holds ("Trước đó, tính từ năm
# 2007 đến 2010, ... khoảng 25%", dev-017).
_OTHER_TIME_WORDS = Words("trước đó|sau đó|trước đây")
# A year that opens a span with no end is no period, and the sentence takes none from around it:
# "Tính từ năm 1988, các doanh nghiệp Hàn Quốc đã đầu tư 50,5 tỷ USD", "Kể từ năm 2000, Mỹ đã viện
# trợ quân sự gần 800 triệu USD", "Kể từ năm 2015, Ca-ta đã chi ..." (2017 archive: the total since
# then, to a day the text does not name). "từ năm 2007 đến 2010" is one span (dates).
_SINCE_BEFORE = regex.compile(r"(?<![\p{L}])(?:tính|kể)\s+từ\s*$", _I)
_SPAN_END_AFTER = regex.compile(r"\s*(?:đến|tới|-|–)", _I)
_OTHER_TIME_OPENING = regex.compile(rf"[\s\-*•+\"“]*(?:{_OTHER_TIME_WORDS.alt(ONE_SPACE)})(?![\p{{L}}])", _I)
# Where a _SCOPE match can start (case as written): the words each branch opens with, a number
# ("28 tỉnh"), and the word after "của" (see _scope_starts). "khu vực kinh tế" starts with
# "khu vực" and "toàn ngành" with "toàn": one trigger each.
_SCOPE_TRIGGERS = (_SCOPE_WHOLE + _SCOPE_WHOLE_SECTOR + _SCOPE_COUNTED + _SCOPE_PROVINCES + _SCOPE_AREA
                   + _SCOPE_ECONOMIC_AREA + _SCOPE_LOCAL + _SCOPE_CITY + _SCOPE_BODY).triggers()
# Connectors that open a chunk before a measure's name: "trong đó", "riêng", "tính chung".
_LEAD_WORDS = Words("trong đó|cụ thể|riêng|còn|tính chung|đồng thời|theo đó|bên cạnh đó|ngoài ra|về|với|trong"
                    "|tổng cộng|nhưng|và|thì|nếu|khi|hiện|nay|đặc biệt|trong khi|như")
_LEAD = regex.compile(
    rf"^(?:\s|,|\(|-|\*|\x00)*(?:(?:{_LEAD_WORDS.alt()})(?![\p{{L}}])[\s,:\x00]*)*",
    _I,
)
# Where a measure's name ends: a place or scope phrase ("tổng mức lưu chuyển hàng hóa ở khu vực
# ...", "kim ngạch xuất khẩu của 28 tỉnh"), a masked date or scope (\x00).
_CUT_WORDS = Words("tại|ở|trên địa bàn|đa số|phần lớn|hầu hết")
_CUT = regex.compile(
    r"""
    \s+(?:%s)(?![\p{L}])                                    # "ở khu vực", "tại Hà Nội"
    |\s+của(?=\s*(?:\x00|\p{Lu}|(?:các\s+)?(?:tỉnh|thành\s+phố|địa\s+phương|cả\s+nước|toàn)(?![\p{L}])))  # "của Bình Dương"
    |\x00
    """ % _CUT_WORDS.alt(),
    regex.VERBOSE | _I,
)
# A predicate inside what looked like a name ends it: "tổng mức bán lẻ ... có sự cải thiện rõ
# rệt", "giá thịt lợn hơi bị giảm mạnh", "chỉ số giá ... giảm so", "... đạt ổn định".
_PREDICATE_VERBS = Words("có sự|có xu hướng|bị|hiện vẫn|vẫn|chưa|đạt|đang")  # "... có sự cải thiện"
_PREDICATE_MOVES = Words("tăng|giảm")  # "... giảm mạnh", "... tăng so"
_PREDICATE_ABOUT = Words("hơn|gần|khoảng|trên|dưới")  # "... hơn chục nghìn tỷ đồng"
_PREDICATE = regex.compile(
    r"""\s+(?:%s
          |(?:%s)(?=\s+(?:mạnh|nhẹ|rất|cao|nhanh|so|đột\s+biến)(?![\p{L}])|\s*$)
          |so(?:\s+với)?\s*$
          |(?:%s)\s+(?:chục|trăm|nghìn|ngàn|triệu|tỷ|tỉ))(?![\p{L}])  # "tổng quy mô hơn chục nghìn tỷ đồng" """
    % (_PREDICATE_VERBS.alt(), _PREDICATE_MOVES.alt(), _PREDICATE_ABOUT.alt()),
    regex.VERBOSE | _I,
)
# Words between a name and its figure: "khoảng", "hơn", "xấp xỉ", "lần lượt".
_QUALIFIER_WORDS = Words("từ|khoảng|gần|hơn|trên|dưới|xấp xỉ|ước|ít nhất|không quá|mức|con số|được|lần lượt"
                         "|chỉ|vào khoảng|tới|đến|lên|tối thiểu|tối đa|bình quân|thêm")
_QUALIFIERS = regex.compile(
    # whole words only: "ước" must not match the end of "nước" ("thu ngân sách nhà nước đạt")
    rf"(?:\s|\x00|,)*(?:(?<![\p{{L}}\p{{M}}])(?:{_QUALIFIER_WORDS.alt()})(?![\p{{L}}\p{{M}}])(?:\s|\x00)*)*$",
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
    if head and head[-1] in _NOT_SEP and not scan.may_end_with(head, _QUALIFIERS_LAST):
        return len(head)
    return _qualifiers_at_end(piece).start()


# Adverbs and modals between a subject and its verb: "kim ngạch xuất khẩu đã đạt", "... sẽ đạt".
_TRAIL_WORDS = Words("đã|sẽ|vẫn|cũng|đều|chỉ|tiếp tục|có thể|bị|được|lại|cần|phải|thì|luôn|còn|chắc chắn"
                     "|dự kiến|ước|ước tính|phấn đấu|duy trì")
_TRAIL = regex.compile(rf"(?:\s+(?:{_TRAIL_WORDS.alt()}))+\s*$", _I)
# The last words of _TRAIL's alternatives: a piece ending in none of them has nothing to strip.
_TRAIL_LAST = _TRAIL_WORDS.last_words()
fast_path("indicators.words._TRAIL", _TRAIL, "search", lambda s: scan.may_end_with(s, _TRAIL_LAST), _TRAIL_WORDS)
# Words that open a phrase: a measure noun right after them starts the measure's name.
_OPENER_WORDS = Words("với|có|là|thì|mà|về|gồm|như|nhưng|đạt|nhờ|cho")
_OPENER_IN_BREAKDOWN_WORDS = Words("với|là|thì")
_OPENER = regex.compile(rf"(?:^|(?<![\p{{L}}])(?:{_OPENER_WORDS.alt()}))\s*$", _I)
_OPENER_IN_BREAKDOWN = regex.compile(rf"(?:^|(?<![\p{{L}}])(?:{_OPENER_IN_BREAKDOWN_WORDS.alt()}))\s*$", _I)
_NOMINAL = regex.compile(r"(?<![\p{L}])(?:mức|tốc\s+độ|đà|tỷ\s+lệ|tỉ\s+lệ)\s*$", _I)
# What follows a figure before the next one's verb: a basis ("so tháng trước", "so với cùng kỳ
# năm 2016"), an aside in brackets, connectors.
_AFTER_FIGURE = regex.compile(
    r"^[\s,\x00)]*(?:(?:so(?:\s+với)?|bằng|của|đối\s+với)(?:\s+[^\s,;:()]+){0,6}?(?=\s*(?:và|hoặc|,|;|\(|$)))?[\s,\x00]*(?:và|hoặc)?",
    _I,
)
_ABBR = regex.compile(r"\((\p{Lu}[\p{Lu}\d&\-]{1,9})\)")  # "(CPI)", "(GRDP)": part of a name
_BOUNDARY = regex.compile(r"[,;:(\[\"“”]|\s-\s|\s–\s")
# A figure inside a definition or rule, not a reported measure: "ngưỡng ... ở mức tối thiểu
# 7%", "được phép điều chỉnh tăng giá ... 3% - 5%", "từ 2 tỉnh trở lên".
_RULE_PHRASES = Words("ngưỡng|được phép|được quyền|thẩm quyền")
_RULE = regex.compile(rf"(?<![\p{{L}}])(?:{_RULE_PHRASES.alt()})(?![\p{{L}}])", _I)
# A word every _RULE match holds (its last word): a window of the lower-cased text without any
# of them holds no _RULE match ("được" alone is too common to tell).
_RULE_WORDS = _RULE_PHRASES.last_words()
# Small counts after a preposition are incidental: "với 2 ống hầm", "trong 5 pho tượng gỗ".
_PREP_WORDS = Words("với|trong|xuống|vào|qua|cho|mỗi|giữa|tại|ra")
_PREP_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?:{_PREP_WORDS.alt()})\s*$", _I)
_PREP_LAST = _PREP_WORDS.last_words()
fast_path("indicators.words._PREP_BEFORE", _PREP_BEFORE, "search", lambda s: scan.may_end_with(s, _PREP_LAST),
          _PREP_WORDS)
_CONTAINER_AFTER = regex.compile(r"(?:\s+\p{Ll}+){0,2}\s*,?\s*(?:trong\s+đó\s+)?(?:có\s+)?chứa(?![\p{L}])", _I)
_FUNCTION = word_list("function_words")  # data/word_lists.tsv
_SCOPE_COUNT_UNITS = word_list("scope_count_units")  # data/word_lists.tsv
# "nhà đầu tư", "xúc tiến đầu tư", "Tổng công ty Đầu tư phát triển ...": the measure noun is part of
# an agent's or an activity's noun, not a measure (data/word_lists.tsv)
_NOT_MEASURE_AFTER = regex.compile(
    r"(?<![\p{L}])(?:%s)\s*$" % "|".join(sorted(word_list("not_measure_after"), key=len, reverse=True)), _I)
_MATERIAL_HEAD = {"mass": "khối lượng", "area": "diện tích", "volume": "khối lượng"}


# Small patterns used per figure, compiled once.
_MATERIAL_TAIL = regex.compile(
    r"\s+((?:[\p{Ll}\p{L}]+\s*){1,4}?)(?=\s*(?:[,;.()]|\s(?:và|với|trong|tại|của|cho|từ|so|là|được|đã|bằng|tương)\s|$))")
_SHARE_BEFORE = regex.compile(r"(?<![\p{L}])chiếm(?:\s+\p{L}+){0,2}\s*$", _I)
_ABOUT_AFTER = regex.compile(r"\s+về\s+((?:[\p{L}\d]+\s*){1,5}?)(?=\s*(?:và|,|;|\.|so|$))", _I)
_HET_BEFORE = regex.compile(r"hết\s*$")
_COUNT_TAIL = regex.compile(r"((?:\s+[\p{Ll}]+){0,6}?)(?=\s*(?:[,;.()]|\s(?:và|với|trong|tại|của|cho|từ|so)\s|$))")
_SO = regex.compile(r"(?<![\p{L}])so(?:\s+với)?(?![\p{L}])", _I)
_YEAR_AFTER = regex.compile(r"\s*(?:năm\s+)?(\d{4})(?!\d)")
_OR_MORE_AFTER = regex.compile(r"[^.;]{0,60}?trở\s+(?:lên|xuống)")
_BASIS_WORDS = Words("so với|so|với|hơn")  # "tăng 5% so với cùng kỳ", "với năm 2022", "cao hơn năm trước 0,5 điểm"
_BASIS_BEFORE = regex.compile(rf"(?:{_BASIS_WORDS.alt()})\s*$")
_NEW_LEVEL = regex.compile(r"(?<![\p{L}])(?:đạt|là|chiếm|có|bằng|còn|xuống|lên|lên\s+mức|ở\s+mức)(?![\p{L}])", _I)
# "tăng tỷ lệ ... từ gần 41% năm 2015 lên hơn 45% năm 2016", "tăng từ 12 triệu vào năm 2012 lên 33
# triệu người vào năm 2020": the figures after "từ" and "lên/xuống" are the levels before and
# after, not the change (dev-109, dev-017); "phấn đấu tăng từ 7-8%" (no "lên") stays a change.
_FROM_BEFORE = regex.compile(r"(?<![\p{L}])từ(?:\s+(?:gần|hơn|khoảng|trên|dưới|mức))?\s*$", _I)
_TO_LEVEL_AFTER = regex.compile(r"[^;.]{0,60}?(?<![\p{L}])(?:lên|xuống|còn)(?:\s+(?:mức|gần|hơn|khoảng|trên|dưới))*\s+\d", _I)
# The level a change is measured against, after its verb, is no change: "tăng rõ rệt so với mức
# 903 xe hồi tháng 4", "giảm 7 bậc so với mức 85 của quý 4/2016", "giảm xuống còn 4 tỷ USD so với
# mức 8,4 tỷ USD của năm 2010", "thấp hơn mức 6,6 triệu tấn của năm 2015" (2017 archive). Not
# "tăng hơn 5%" ("hơn" alone is a bound of the change).
_BASE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:so(?:\s+với)?(?:\s+(?:mức|con\s+số))?|hơn\s+(?:mức|con\s+số))\s*$", _I)
_TOTAL_OF = regex.compile(r"tổng(?:\s+(?:số|cộng))?\s+", _I)  # "tổng chiều dài", "tổng số vốn"
# A grade defined by a bound: "loại nhỏ hơn 30 kg/con", "loại trên 1 kg", "cá tra loại từ 0,8 kg":
# a class, not a measure (corpora/ANNOTATION.md: classes are not indicators)
_CLASS_BEFORE = regex.compile(
    r"(?<![\p{L}])loại(?:\s+(?:nhỏ|lớn|nặng|nhẹ|dài|ngắn|cao|thấp))?\s+(?:hơn|trên|dưới|từ|tới|đến)\s*$", _I)
_MORE_WORD = "thêm"  # also the cheap test before _MORE_END
_MORE_END = regex.compile(rf"(?<![\p{{L}}]){_MORE_WORD}\s*$", _I)
_RAISE = regex.compile(r"(?<![\p{L}])(?:tăng|nâng)(?![\p{L}])", _I)
_OPEN_BRACKET = regex.compile(r"\s*\(\s*[-–+]?\s*")
_EXCEED_WORD = "vượt"  # also the cheap test before _EXCEED_END
_EXCEED_END = regex.compile(rf"(?<![\p{{L}}]){_EXCEED_WORD}(?:\s+mức)?\s*$", _I)
_PLAN_AFTER = regex.compile(r"\s*(?:so\s+với\s+)?(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu)(?![\p{L}])", _I)
_SO_OPENING = regex.compile(r"[\s\-*•+]*(?P<so>so\s+với\s+[^,;]{2,40}),", _I)
_PART_AFTER = regex.compile(r"\s*(quý|tháng)\s+([IVX]+|\d{1,2})\s*/\s*(\d{4})", _I)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12}
_POST_NAME = regex.compile(
    r"\s+(?P<n>(?:số|tổng\s+số|lượng|số\s+lượng)\s+\p{Ll}[\p{L}]*(?:\s+\p{Ll}[\p{L}]*){0,4}?)"
    r"(?=\s*(?:[,;.)]|\s(?:và|so|trong|của|tại|ở)(?![\p{L}])|$))", _I)
_AND_ONLY = regex.compile(r"[\s,]*(?:và|hoặc|,)[\s,]*(?:lần lượt\s+)?")
_PUNCT = regex.compile(r"[,;:()]")
_THANH_AFTER = regex.compile(r"\s*,?\s*thành(?:\s+phố)?")
_OF_BEFORE = regex.compile(r"(?:của|các|giữa|cho)\s*$")
_BRACKET_LEVEL = regex.compile(r"\s*\(\s*(?:đạt|ước đạt|lên|là)?\s*")
_NEGATIVE_BEFORE = regex.compile(r"(?<![\p{L}])âm\s*$")
_PLAN_BASIS_BEFORE = regex.compile(r"(?:so(?:\s+với)?|bằng|đạt|\d\s?%)\s*$")
_COMMA = regex.compile(r"[,:]")
_PLURAL_BEFORE = regex.compile(r"(?<![\p{L}])(?:các|những|đã)\s+$", _I)
_PLAN_WORDS = Words("dự toán|kế hoạch|chỉ tiêu|mục tiêu")
_PLAN_NAME = regex.compile(rf"(?:{_PLAN_WORDS.alt()})(?![\p{{L}}])", _I)
# What may stand before a date that frames its sentence: connectors and prepositions only
# ("Năm 2020, ...", "Trong tháng 1/2017, ...", "Tính chung 6 tháng đầu năm, ...", "- Quý I/2017, ...").
_FRAME_LEAD = regex.compile(
    r"[\s\-*•+\d.)\"“]*(?:Ảnh\s*:\s*\p{Lu}[\p{L}./]*(?:\s+\p{Lu}[\p{L}./]*)*\s+)?(?:(?:trong|tính\s+chung|tính\s+đến|tính\s+từ|đến|tới|từ|riêng|cụ\s+thể|còn|về|"
    r"trong\s+đó|lũy\s+kế|luỹ\s+kế|cộng\s+dồn|sang|bước\s+sang|qua|sau|vào|theo\s+đó|đồng\s+thời)(?![\p{L}])[\s,]*)*",
    _I)
# Words that open a list of the parts of a whole (a breakdown): "Trong đó, ...", "Theo ngành,
# ...", "Xét theo lĩnh vực, ...", "Phân theo khu vực, ...", "Cụ thể, ...", "Riêng ...".
_LIST_OPENERS = Words("trong đó|cụ thể|riêng")
_LIST_PARTS = Words("ngành|lĩnh vực|khu vực|mặt hàng|nhóm hàng|thị trường|đối tác|loại hình|địa phương|vùng|nhóm"
                    "|sản phẩm|quy mô")  # "(xét|phân|chia|tính) theo ..."
_LIST_CUE = regex.compile(
    rf"(?<![\p{{L}}])(?:{_LIST_OPENERS.alt()}|(?:xét|phân|chia|tính)?\s*theo\s+(?:{_LIST_PARTS.alt()}))(?![\p{{L}}])",
    _I)
_AT_WORD = regex.compile(r"(?:ở|tại)\s+", _I)
_AT_PART = regex.compile(r"(?<![\p{L}])(?:ở|tại)\s+(?P<p>\p{Ll}[\p{L}]*(?:\s+\p{Ll}[\p{L}]*){0,5})\s*$")
# A population after a percentage: "100% các tổ chức đảng ... đều hoàn thành", "90% các ca ung
# thư phổi", "80% những người này": "các/những" and the noun phrase, to a verb or a mark.
_SHARE_OF = regex.compile(
    r"\s+(?P<p>(?:các|những)\s+\p{Ll}[\p{L}]*(?:\s+(?!(?:đã|đều|được|là|có|đạt|sẽ|đang|bị|do|sống|trên|tại|ở|và)(?![\p{L}]))\p{L}+){0,6})",
    _I)
# Words one of which every _LIST_CUE match holds (derived): a sentence with none has no list cue.
_LIST_CUE_WORDS = _LIST_OPENERS.words + ("theo",)
fast_path("indicators.words._LIST_CUE", _LIST_CUE, "search",
          lambda s: any(w in s.lower() for w in _LIST_CUE_WORDS), _LIST_OPENERS + _LIST_PARTS)
# Cumulative frames: their period is their sentence's, not the paragraph's ("Tính chung 6 tháng").
_CUMULATIVE_LEAD = regex.compile(r"(?<![\p{L}])(?:tính\s+chung|lũy\s+kế|luỹ\s+kế|cộng\s+dồn)(?![\p{L}])", _I)
# A plan's year is the plan's, not a period: "bằng 54,8% so với kế hoạch năm 2017".
_PLAN_YEAR_BEFORE = regex.compile(r"(?<![\p{L}])(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu)\s+$", _I)
# A date right after the verb of a works' milestone is the date of that event, not a period of the
# sentence's figures: "Hợp phần 2 dài 62km ... dự kiến khởi công vào cuối năm 2017", "dự án sẽ
# khởi công trong quí 4- 2017" (dev-311: the length and the capital have no period).
_EVENT_WORDS = Words("khởi công|khánh thành|thông xe|động thổ|đưa vào sử dụng|đưa vào vận hành|đưa vào khai thác"
                     "|bắt đầu thực hiện|bắt đầu triển khai|bắt đầu xây dựng")
_EVENT_DATE_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?:{_EVENT_WORDS.alt()})(?:\s+(?:vào|trong|từ|năm))?\s*$", _I)
# The day a document was issued is no period: "Theo công văn ngày 25/10/2016 ... Cục thuế đã hoàn
# ... 2,222 tỷ đồng ... trong kỳ hoàn thuế từ tháng 9/2012 đến tháng 11/2012" (dev-213; 2017
# archive: "Thực hiện Thông báo số 28 ngày 15/3 của Ban Thường vụ", "Hội đồng ra thông báo ngày
# 26/4/2017"); a document with a legal number is legal_refs' (_issue_date). A report's month
# ("báo cáo tháng 5/2017") is a period: only a day is an issue date.
_DOCUMENT_WORDS = Words("công văn|văn bản|thông báo|tờ trình|báo cáo|quyết định|chỉ thị|kết luận|biên bản")
_DOCUMENT_DATE_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?:{_DOCUMENT_WORDS.alt(ONE_SPACE)})(?:\s+số\s+[^\s,]+)?[\s,]*(?:ngày\s*)?$", _I)
# A date a figure took from an event of its sentence ("sự cố sập cầu Ghềnh vào cuối tháng 3/2016,
# khiến doanh thu giảm 535 tỷ đồng") goes on to no later sentence (2017 archive): "vào/hồi" mark
# the time of an event, not a reporting period.
_EVENT_AT_BEFORE = regex.compile(r"(?<![\p{L}])(?:vào|hồi)\s+$", _I)
# The term of an interest rate is its breakdown (corpora/ANNOTATION.md dev-111: terms are classes,
# "they go into the indicator breakdown"): "tăng lãi suất huy động các kỳ hạn từ 15 đến 36 tháng
# thêm 0,1-0,2%/năm", "lãi suất cao nhất ... là 8%/năm với kỳ hạn 24 và 36 tháng", "thêm 0,6%/năm ở
# kỳ hạn 9 tháng", "6-9%/năm đối với ngắn hạn và 9-11%/năm đối với trung và dài hạn" (2017 archive:
# "lãi suất kỳ hạn 12 tháng là 6,8%/năm", "lãi suất cao, từ 8,2-9,2%/năm, tập trung ở các kỳ hạn
# huy động dài", "lãi suất lên 8% đối với kỳ hạn 36 tháng").
_TERM = regex.compile(
    r"""(?<![\p{L}])
    (?:(?:các|một\ số|những)\s+)?kỳ\s+hạn                                   # "các kỳ hạn", "kỳ hạn"
      (?:\s+(?:từ\s+)?\d+(?:\s*(?:-|–|đến|và|,)\s*\d+)*\s+(?:tháng|năm|ngày|tuần)  # "từ 15 đến 36 tháng"
         |\s+(?:dài|ngắn|trung\s+và\s+dài)(?:\s+hạn)?)?                          # "kỳ hạn dài"
    |(?<=(?:đối\ với|cho)\s+)(?:ngắn|trung|dài)\s+hạn(?:\s+và\s+(?:trung|dài)\s+hạn)?   # "đối với ngắn hạn"
    |(?<=(?:đối\ với|cho)\s+)trung\s+và\s+dài\s+hạn                           # "đối với trung và dài hạn"
    """, regex.X | _I)
_TERM_AFTER = regex.compile(r"[\s,]*(?:(?:đối\s+với|với|ở|cho|tại)\s+)?(?=\S)", _I)
_RATE_NAME = regex.compile(r"(?<![\p{L}])lãi\s+suất(?![\p{L}])", _I)
_DATE_JOIN = regex.compile(r"[\s,]*(?:(?:trong|vào|của|cho|hồi)\s+)?(?:năm\s+)?")  # "903 xe hồi tháng 4"


@functools.lru_cache(maxsize=1)
def _status_tail() -> regex.Pattern:
    """A status cue right before a verb ("phấn đấu tăng", "ước tăng")."""
    est, tgt = _res().estimate, _res().target
    return regex.compile(rf"(?:{est.pattern}|{tgt.pattern})\s*$", _I)


@functools.lru_cache(maxsize=1)
def _status_last() -> tuple[str, ...]:
    """The last words of the status cues: a region ending in none has no _status_tail()."""
    return scan.last_words(_cues()["estimate"] + _cues()["target"])


@functools.lru_cache(maxsize=1)
def _direction() -> regex.Pattern:
    inc, dec = _res().increase, _res().decrease
    return regex.compile(rf"{inc.pattern}|{dec.pattern}", _I)


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
fast_path("indicators.words._status_tail", lambda: _status_tail(), "search",
          lambda s: scan.may_end_with(s, _status_last()), lambda: _cues()["estimate"] + _cues()["target"])


# First letters of _LEAD's words, and what its leading run matches among plain characters.
_LEAD_FIRSTS = _LEAD_WORDS.firsts()
_LEAD_SEPS = frozenset(" ,(-*")
fast_path("indicators.words._LEAD", _LEAD, "match",
          lambda s, p: p > 0 or not (s[:1] in scan._PLAIN and s[:1] not in _LEAD_SEPS and s[:1].lower() not in _LEAD_FIRSTS)
          or _LEAD.match(s).end() == 0, _LEAD_WORDS)
_PLAN_FIRSTS = _PLAN_WORDS.firsts()
fast_path("indicators.words._PLAN_NAME", _PLAN_NAME, "match", lambda s, p: may_open(s[p:], _PLAN_FIRSTS), _PLAN_WORDS)
# The last words of the openers (for scan.may_end_with).
_OPENER_LAST = _OPENER_WORDS.last_words()
_OPENER_IN_BREAKDOWN_LAST = _OPENER_IN_BREAKDOWN_WORDS.last_words()


_SHARE_PREFIX = regex.compile(r"^(?:tỷ|tỉ)\s+trọng\s+")
_TRONG_DO = regex.compile(r"[\s\-*•+]*(?<![\p{L}])trong\s+đó(?![\p{L}])", _I)
_TRONG_DO_WORD = "đó"  # in every _TRONG_DO match: the cheap test on the lower-cased sentence
_WHOLE_YEAR_WORD = "cả"  # in every _WHOLE_YEAR match: the cheap test on the lower-cased sentence
_WHOLE_YEAR = regex.compile(rf"(?<![\p{{L}}]){_WHOLE_YEAR_WORD}\s+năm(?:\s+nay)?(?![\p{{L}}])", _I)
_PLAN_OPENS = regex.compile(r"[\s\-*•+\"“]*")
_PLAN_FRAME_CUE = regex.compile(r"(?:theo\s+quy\s+hoạch|theo\s+kế\s+hoạch|kế\s+hoạch|mục\s+tiêu|phấn\s+đấu)", _I)
_FUTURE_WORDS = Words("sẽ|nếu")  # the pattern and the cheap test on the lower-cased sentence
_FUTURE = regex.compile(rf"(?<![\p{{L}}])(?:{_FUTURE_WORDS.alt()})(?![\p{{L}}])", _I)
_DONE = regex.compile(r"(?<![\p{L}])(?:đã|đã\s+hoàn\s+thành)(?![\p{L}])", _I)
_QUALIFIED_DATE = regex.compile(r"(?:cùng|trước|sau)", _I)
# Cumulative periods: "tính đến tháng 11/2020" is January to November, "đến hết ngày 31/12/2020"
# the whole year; "đến hết tháng 6/2023" stays the month (a stock at that date).
_TO_DATE_WORDS = Words("tính đến|tính tới|lũy kế đến|đến hết|tính đến hết")
_TO_DATE = regex.compile(rf"(?<![\p{{L}}])(?:{_TO_DATE_WORDS.alt()})\s*(?:ngày\s*)?$", _I)
_TO_DATE_LAST = (_TO_DATE_WORDS + Words(["ngày"])).last_words()
fast_path("indicators.words._TO_DATE", _TO_DATE, "search", lambda s: scan.may_end_with(s, _TO_DATE_LAST),
          _TO_DATE_WORDS)


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


@functools.lru_cache(maxsize=1)
def _fragment_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    n = _nouns()
    return (frozenset(w.lower() for w in n.get("fragment", ())), frozenset(w.lower() for w in n.get("fragment_alone", ())),
            frozenset(w.lower() for w in n.get("fragment_end", ())))


@functools.lru_cache(maxsize=1)
def _strip_words() -> frozenset[str]:
    return frozenset(w.lower() for w in _nouns().get("strip_end", ()))


@functools.lru_cache(maxsize=1)
def _counted_nouns() -> frozenset[str]:
    lines = (ln.strip() for ln in read_text("counted_nouns.txt").splitlines())
    return frozenset(" ".join(fold(ln).lower().split()) for ln in lines if ln and not ln.startswith("#"))


@functools.lru_cache(maxsize=1)
def _class_units() -> frozenset[str]:
    return frozenset(w.casefold() for w in _nouns()["class"])


@functools.lru_cache(maxsize=1)
def _attribute_firsts() -> frozenset[str]:
    return _firsts(_nouns()["attribute"])
