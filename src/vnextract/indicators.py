"""Extractor for ``indicators``: a figure tied to what it measures, its change, period, status, scope.

Why hand-written: no tool links Vietnamese report figures to their measure; the wording of
press and GSO reports is regular enough for rules ("X ước đạt Q, tăng C% so với cùng kỳ").
Cue words live in ``data/indicator_cues.tsv``; the nouns that open a measure's name, a breakdown
or an incidental count in ``data/indicator_nouns.tsv``.

Rules, per sentence:

- **level or change**: a quantity is a change when a direction verb comes before it in its
  clause ("tăng 28,8%", "giảm 6,1%", "phấn đấu tăng từ 7-8%", "tăng thêm sản lượng phát điện
  khoảng 233,2 triệu kWh"), or when it is the percentage of a growth measure ("mức tăng trưởng
  3%", "tốc độ tăng trưởng trên 10%/năm") or a small percentage of an index ("chỉ số sản xuất
  công nghiệp đạt trên 9%", "GDP đạt 6,8%": growth rates, not levels);
- **records**: a level followed by its change ("đạt 98,6 tỷ USD, giảm 6,1% so với cùng kỳ") or
  a change followed by its level in brackets ("tăng từ 9 -10% (đạt 843,5 nghìn tỷ đồng)") make
  one record; a second change of the same level ("tăng 1,1% so tháng trước và tăng 6,2% so cùng
  kỳ") is its own record with ``quantity`` null; a change with no level stands alone;
- **name**: the noun phrase of the measure, found from the figure backwards: the phrase between
  the verb and the figure when it opens with a measure noun ("với tổng diện tích quy hoạch
  43.489ha"); else the last phrase before the verb that opens with a measure noun ("Mỹ ... với
  kim ngạch xuất khẩu năm 2020 ước đạt" -> "kim ngạch xuất khẩu"; "Phường Quy Nhơn có diện
  tích tự nhiên là" -> "diện tích tự nhiên"), without dates, scope phrases ("của 28 tỉnh"),
  connectors ("Trong đó,") or qualifiers; a short parenthesised abbreviation stays ("chỉ số giá
  tiêu dùng (CPI)");
- a figure whose subject is a part of the whole ("khu vực kinh tế nhà nước đạt 323 nghìn tỷ
  đồng", "ngành du lịch đạt ...", "kế tiếp là Nhật Bản 3.605 triệu USD") or that only follows
  another figure ("giảm 2,6% và tăng 11,6%") keeps the measure in force in the paragraph, and
  the part becomes the scope; a share ("chiếm 25,2%") of that measure is named "tỷ trọng ...";
- counts with no measure noun before them are named "số" + the counted noun and what qualifies
  it ("có 378 cụm công nghiệp đã đi vào hoạt động" -> "số cụm công nghiệp đã đi vào hoạt
  động"); masses, areas and volumes followed by what they weigh are "khối lượng"/"diện tích" +
  that noun ("thu giữ 16,02 kg cần sa" -> "khối lượng cần sa");
- **basis** from "so (với) cùng kỳ / năm trước" (yoy), "tháng/quý/tuần trước"
  (previous_period), "kế hoạch / dự toán" (plan), any other "so với" (other);
- **status**: the nearest status cue before the figure: estimate ("ước", "dự kiến", "dự báo"),
  target ("phấn đấu", "đặt mục tiêu", "kế hoạch", "phải đạt", a "dự toán" figure), else
  actual; a cue in an earlier clause counts only as a frame ("Ước tính tháng 1, đàn trâu ...;
  đàn bò tăng 2%"), not when bound to that clause's own figure ("GRDP ước tăng 6,91%; GRDP
  bình quân đầu người đạt ..." is actual); "so với kế hoạch" is a basis; a part inherits the
  status of its whole;
- **period**: a date right after the figure ("7,8% vào năm 2021"), else the nearest date before
  it in the sentence (not the basis "cùng kỳ", not a document's issue date "Nghị định
  85/2019/NĐ-CP ngày 14/11/2019"), else after it, else carried from the previous sentences of
  the paragraph, else the headline's; none after "hiện nay", "đến nay", "thời điểm hiện tại";
  the date of a works' milestone ("dự kiến khởi công vào cuối năm 2017", "bắt đầu thực hiện vào
  năm 2017") is no period, nor a document's issue day ("Theo công văn ngày 25/10/2016"), a date of
  no known part, or a year that opens a span with no end ("Tính từ năm 1988, ..."); a date after
  the next figure is that figure's ("1.756 xe, ... sau cú vấp 1.099 xe của tháng 4"). No carried
  period for a sentence about a vague stretch of years, the time to come or what recurs ("nhiều
  năm qua", "thời gian tới", "mỗi năm"), one that opens with "Trước đó"/"Sau đó", or an attribute
  of one project ("với dự án nhà máy ..., tổng vốn đầu tư đăng ký 3 triệu USD"); a date an event
  took ("vào cuối tháng 3") is carried to no later sentence.
  Cumulative wording counts from January: "tính đến tháng 11/2020" = 2020-01/2020-11, "đến
  hết ngày 31/12/2020" = 2020, while "đến hết tháng 6/2023" (a stock at a date) stays 2023-06;
- **breakdown**: the part named in a list (above); the term of an interest rate ("lãi suất huy
  động các kỳ hạn từ 15 đến 36 tháng", "8%/năm với kỳ hạn 24 và 36 tháng");
- **scope**: the breakdown part when there is one; else the nearest scope phrase before the
  figure in its clause ("cả nước", "toàn khu vực", "28 tỉnh, thành phía Bắc", "của Bình
  Dương"), or a province the provinces component found; else the sentence's subject when it is
  a named unit ("Phường Quy Nhơn có diện tích ..."); else the scope carried in the paragraph.

Not indicators: durations, classes ("chung cư 20 tầng", "quy mô 4 làn xe", "loại nhỏ hơn 30
kg/con"), counts that name the region ("28 tỉnh, thành phố khu vực phía
Bắc" is the scope), quantities inside a definition ("từ 2 tỉnh trở lên", "ở mức tối thiểu
7%"), incidental counts: items of the text itself ("có 2 nhân tố", "3 hướng đột phá", "7 lĩnh
vực, 35 tiêu chí"), directions ("2 chiều") and small counts of things inside a prepositional
phrase ("trong 5 pho tượng gỗ", "với 2 ống hầm", "xuống 5 xuồng cao tốc").
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple, Optional

import regex

from . import alphabet, measures, scan
from .rules import ONE_SPACE, Words, fast_path, may_open
from .models import Change, DateMention, Indicator, Quantity
from .normalize import fold
from .resources import load_tsv, read_text, word_list

# The pipeline component (pipeline.COMPONENTS): the Article field it fills and the earlier
# components it reads: their records (doc.results).
ASSIGNS = "indicators"
READS: tuple[str, ...] = ("legal_refs", "dates", "provinces", "quantities")

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
fast_path("indicators._QUALIFIERS", _QUALIFIERS, "search",
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
fast_path("indicators._TRAIL", _TRAIL, "search", lambda s: scan.may_end_with(s, _TRAIL_LAST), _TRAIL_WORDS)
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
fast_path("indicators._PREP_BEFORE", _PREP_BEFORE, "search", lambda s: scan.may_end_with(s, _PREP_LAST),
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
fast_path("indicators._LIST_CUE", _LIST_CUE, "search",
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


@dataclass
class _Item:
    q: Quantity
    s: int
    e: int
    change: bool = False
    direction: Optional[str] = None


def _clean_pos(doc, rec) -> tuple[int, int]:
    return doc.norm.to_clean(rec.start), doc.norm.to_clean(rec.end)


def _word_starts(doc, words) -> list[int]:
    """Where any of ``words`` (an alternation compiled with ``_I``) can start in ``doc.clean``:
    the starts of each word's first token, found once per text (scan.Starts)."""
    found: set[int] = set()
    for w in {w.split()[0] for w in words}:
        found.update(doc.starts.of(w))
    return sorted(found)


def _any_in(starts: list[int], a: int, b: int) -> bool:
    """Whether one of ``starts`` (ascending) lies in ``[a, b)``."""
    k = bisect.bisect_left(starts, a)
    return k < len(starts) and starts[k] < b


class _TextDoc:
    """What _scope_starts reads of a Doc, for a bare text (the fast-path test)."""

    def __init__(self, text: str) -> None:
        self.clean = text
        self.starts = scan.Starts(text)


def _scope_starts(doc) -> list[int]:
    """Where a _SCOPE match can start (a superset), as ``_SCOPE_TRIGGERS`` say.

    The words are looked up case aside (a superset: _SCOPE decides), as other components look
    up most of them too. A number opens a match only as "28 tỉnh, thành phố": rather than every
    number of the text, the one before each "tỉnh" (the last number to start before the spaces
    that precede it) is tried.
    """
    st = doc.starts
    text = doc.clean
    found = set()
    for w in _SCOPE_TRIGGERS:
        found.update(st.of(w))
    numbers = st.of(r"\d+")  # IGNORECASE or not, the same matches
    for q in st.of("tỉnh"):
        r = q
        while r > 0 and text[r - 1].isspace():  # str.isspace holds for every regex \s
            r -= 1
        k = bisect.bisect_left(numbers, r)
        if r < q and k:
            found.add(numbers[k - 1])
    for p in st.of("của"):  # "(?<=\b(?:của)\s+)\p{Lu}": the word after "của" and spaces
        q = p + 3
        while q < len(text) and text[q].isspace():
            q += 1
        if q > p + 3:
            found.add(q)
    return sorted(found)


fast_path("indicators._SCOPE", _SCOPE, "match", lambda s, p: p in _scope_starts(_TextDoc(s)),
          list(_SCOPE_TRIGGERS) + ["28 tỉnh, thành phố", "của Bình Dương", "tỉnh Bình Dương", "ngành Hải quan"])


def _in_range(starts: list[int], ss: int, se: int) -> list[int]:
    """``starts`` in ``[ss, se)`` with ``ss`` itself first (a match may open the sentence)."""
    lo, hi = bisect.bisect_left(starts, ss), bisect.bisect_left(starts, se)
    return [ss] + starts[lo + (lo < hi and starts[lo] == ss):hi]


def _rel(starts: list[int], a: int, b: int) -> list[int]:
    """``starts`` in ``[a, b)``, as offsets into ``text[a:b]`` (for scan.finditer_at on that slice)."""
    return [p - a for p in starts[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]]


def _vague(doc, ss: int, se: int, low: Optional[str]) -> bool:
    """``_VAGUE_NOW.search(doc.clean, ss, se)``: in the lower-cased text (scan.Starts.lowered()),
    or from the starts of its words."""
    if low is not None:
        return any(low.find(w, ss, se) >= 0 for w in _VAGUE_WORDS)
    for w in _VAGUE_WORDS:
        starts = doc.starts.of(w)
        k = bisect.bisect_left(starts, ss)
        if k < len(starts) and starts[k] + len(w) <= se:
            return True
    return False


def _mask(text: str, start: int, spans: list[tuple[int, int]]) -> str:
    end = start + len(text)
    for a, b in spans:
        lo, hi = max(a, start), min(b, end)
        if lo < hi:  # the overlap of a span, blanked by slicing (no list of characters)
            text = text[:lo - start] + "\x00" * (hi - lo) + text[hi - start:]
    return text


# The first words of _CUT's and _PREDICATE's alternatives: each follows spaces there, so it opens
# a word of ``str.split()`` (regex \s is a part of str.isspace).
_CUT_FIRST = _CUT_WORDS.first_words() + ("của",)
_PREDICATE_FIRST = (_PREDICATE_VERBS + _PREDICATE_MOVES + Words(["so"]) + _PREDICATE_ABOUT).first_words()


def _may_cut(piece: str, words: Optional[list[str]]) -> bool:
    """False only when _CUT cannot match: ``words`` (the lower-cased piece split, or None when
    str.lower() cannot stand for IGNORECASE) holds none of its first words, and no \x00."""
    return words is None or "\x00" in piece or any(w.startswith(_CUT_FIRST) for w in words)


def _may_predicate(words: Optional[list[str]]) -> bool:
    """False only when _PREDICATE cannot match (``words`` as for _may_cut)."""
    return words is None or any(w.startswith(_PREDICATE_FIRST) for w in words)


def _split_lower(piece: str) -> Optional[list[str]]:
    low = scan.caseless_lower(piece)
    return low.split() if low is not None else None


fast_path("indicators._CUT", _CUT, "search", lambda p: _may_cut(p, _split_lower(p)), _CUT_WORDS)
fast_path("indicators._PREDICATE", _PREDICATE, "search", lambda p: _may_predicate(_split_lower(p)),
          _PREDICATE_VERBS + _PREDICATE_MOVES + _PREDICATE_ABOUT)


def _tidy(piece: str) -> str:
    """A name as written, without masked parts, dangling brackets or trailing modals."""
    # _CUT and _PREDICATE are searched only when a word of the piece opens with one of theirs
    words = _split_lower(piece)
    if _may_cut(piece, words):
        cm = _CUT.search(piece)
        if cm is not None:
            piece = piece[:cm.start()]
    if _may_predicate(words):
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


def _measure_at(chunk: str, breakdown_first: bool) -> Optional[int]:
    """Where the measure's name opens in ``chunk``: the last measure noun that opens a phrase
    ("Mỹ ... với kim ngạch xuất khẩu"), else the last measure noun of two syllables or more
    ("các biện pháp thu ngân sách"), else None."""
    measure = _nres().measure
    opener = _OPENER_IN_BREAKDOWN if breakdown_first else _OPENER
    last = _OPENER_IN_BREAKDOWN_LAST if breakdown_first else _OPENER_LAST
    best = loose = None
    for m in measure.finditer(chunk):
        if _in_proper_name(chunk, 0, m.start(), strict=True):
            continue  # "Bộ Kế hoạch và Đầu tư": a body's name, not the measure "đầu tư"
        near = chunk[max(0, m.start() - 24):m.start()]
        if _NOT_MEASURE_AFTER.search(near):
            continue  # "các nhà đầu tư nước ngoài đã rót vốn vào 37 tỉnh thành phố" (dev-110)
        before = near.rstrip(" \x00")
        # searched once (it was twice), and not when ``before`` ends in a letter of no opener
        om = opener.search(before) if before and (
            before[-1] not in _NOT_SEP or scan.may_end_with(before, last)) else None
        if (not before and m.start() <= 24) or near.rstrip(" ").endswith("\x00") or (
                om is not None and (om.start() > 0 or m.start() <= 24)):
            best = m.start()
        elif len(m.group(0).split()) >= 2 and not breakdown_first:
            loose = m.start()
    return best if best is not None else loose


def _is_entity(chunk: str, at_sentence_start: bool) -> bool:
    """A proper name or a named part ("Nhật Bản", "khu vực ngoài nhà nước"), not a measure."""
    words = chunk.split()
    if not words:
        return False
    if _may_open(chunk, _nfirsts()[1]) and _nres().breakdown.match(chunk):
        return True
    if not words[0][:1].isupper():
        return False
    if at_sentence_start:
        return len(words) >= 2 and words[1][:1].isupper()
    return True


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


@functools.lru_cache(maxsize=1024)
def _growth_verb(vtxt: str) -> bool:
    """``_nres().growth.match(vtxt)`` for a verb as written ("tăng trưởng"): a few distinct ones."""
    return _nres().growth.match(vtxt) is not None


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
    fast_path(f"indicators.nouns.{'+'.join(_kinds)}", functools.partial(lambda f: getattr(_nres(), f), _field), "match",
              functools.partial(lambda k, s, p: may_open(s[p:], _nfirsts()[k]), _k),
              functools.partial(lambda kinds: [w for k in kinds for w in _nouns()[k]], _kinds))
fast_path("indicators._status_tail", lambda: _status_tail(), "search",
          lambda s: scan.may_end_with(s, _status_last()), lambda: _cues()["estimate"] + _cues()["target"])


# First letters of _LEAD's words, and what its leading run matches among plain characters.
_LEAD_FIRSTS = _LEAD_WORDS.firsts()
_LEAD_SEPS = frozenset(" ,(-*")
fast_path("indicators._LEAD", _LEAD, "match",
          lambda s, p: p > 0 or not (s[:1] in scan._PLAIN and s[:1] not in _LEAD_SEPS and s[:1].lower() not in _LEAD_FIRSTS)
          or _LEAD.match(s).end() == 0, _LEAD_WORDS)
_PLAN_FIRSTS = _PLAN_WORDS.firsts()
fast_path("indicators._PLAN_NAME", _PLAN_NAME, "match", lambda s, p: may_open(s[p:], _PLAN_FIRSTS), _PLAN_WORDS)
# The last words of the openers (for scan.may_end_with).
_OPENER_LAST = _OPENER_WORDS.last_words()
_OPENER_IN_BREAKDOWN_LAST = _OPENER_IN_BREAKDOWN_WORDS.last_words()


@dataclass
class _Name:
    name: Optional[str]
    start: Optional[int]
    how: Optional[str]  # measure | inherit | fallback | None
    subject: Optional[str] = None
    verb: Optional[str] = None


def _name_for(text: str, sent_s: int, ws: int, q_s: int, masks, inherited: Optional[str]) -> _Name:
    """The measure named before a figure, looking back from it to ``ws``."""
    verb = _res().verb
    measure = _nres().measure
    mfirsts, bfirsts, _ = _nfirsts()
    ws = max(ws, q_s - _WINDOW)  # names are short: never look further back (bounded work)
    seg = _mask(text[ws:q_s], ws, masks)
    if "(" in seg:
        seg = _ABBR.sub(lambda m: "\x01" + m.group(1) + "\x02", seg)
    vm = None
    for vm in verb.finditer(seg):
        pass
    if vm is not None and len(seg) - vm.end() > 60:
        vm = None  # the last verb, the one closest to the figure, ends too far from it
    if vm is not None:
        post = seg[vm.end():]
        post_name = post[:_qualifiers_start(post)]
        # only the phrase after the last boundary: "Xã Phù Cát 2 có: Diện tích 67,61 km2"
        bm = None
        for bm in _BOUNDARY.finditer(post_name):
            pass
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
                    return _Name(_lower_first(name), ws + off, "measure", verb=vm.group(0))
            if _is_entity(ps, False) and inherited:
                # "kế tiếp là Nhật Bản 3.605 triệu USD"
                return _Name(inherited, None, "inherit", _tidy(ps), vm.group(0))
        if len(seg) - vm.end() > 30:
            vm = None
    if vm is not None:
        region = seg[:vm.start()]
        vtxt = vm.group(0)
        nom = _NOMINAL.search(region) if _growth_verb(vtxt) else None
        if nom is not None:
            # "đạt mức tăng trưởng 3%", "tốc độ tăng trưởng 10%": the verb is part of the name
            return _Name(f"{nom.group(0).strip().lower()} {vtxt.lower()}", ws + nom.start(), "measure", verb=vtxt)
    else:
        region = seg[:_qualifiers_start(seg)]
        vtxt = None
    # a status cue or modal right before the verb belongs to it ("phấn đấu tăng", "ước tăng")
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
        am = _AFTER_FIGURE.match(region)
        region = " " * am.end() + region[am.end():]
    nearest = None
    masked_subject = False
    for k, (a, b) in enumerate(_chunks_rev(region)):
        c = region[a:b]
        # _LEAD matches (maybe empty) at 0; it is empty when c opens with a plain letter of none of its words
        c0 = c[:1]
        if c0 in scan._PLAIN and c0 not in _LEAD_SEPS and c0.lower() not in _LEAD_FIRSTS:
            off = 0
        else:
            lm = _LEAD.match(c)
            off = lm.end() if lm else 0
        body = c[off:]
        if not body.strip(" \x00"):
            if nearest is None and k == 0 and inherited and ws > sent_s and not region[:a].strip(" ,\x00"):
                # nothing between the previous figure and this one: "giảm 2,6% và tăng 11,6%"
                return _Name(inherited, None, "inherit", None, vtxt)
            if nearest is None and "\x00" in c:
                masked_subject = True  # a scope phrase as subject: "khu vực kinh tế trong nước đạt"
            continue
        bd = _may_open(body, bfirsts) and _nres().breakdown.match(body) is not None
        h = _measure_at(body, bd)
        if h is not None:
            name = _tidy(body[h:])
            if name:
                return _Name(_lower_first(name), ws + a + off + h, "measure", verb=vtxt)
        if nearest is None:
            nearest = (body, ws + a + off)
            at_start = not text[sent_s:ws + a + off].strip(" -*•+\"“0123456789.)")
            if _is_entity(body, at_start) and inherited:
                return _Name(inherited, None, "inherit", _tidy(body), vtxt)
        if k >= 2:
            break
    if nearest is None:
        if inherited and (ws > sent_s or masked_subject):
            return _Name(inherited, None, "inherit", None, vtxt)
        return _Name(None, None, None, verb=vtxt)
    if after_figure and inherited:
        return _Name(inherited, None, "inherit", None, vtxt)
    name = _tidy(nearest[0])
    if _is_entity(name, True) and not (_may_open(name, bfirsts) and _nres().breakdown.match(name)):
        return _Name(None, None, None, verb=vtxt)  # "Tổng cục Hải quan đạt 97/100 điểm": who, not what
    if len(name) > 1 and name[0].isupper() and name[1].islower() and not text[sent_s:nearest[1]].strip(" -*\"“"):
        name = name[0].lower() + name[1:]
    return _Name(name or None, nearest[1] if name else None, "fallback" if name else None, verb=vtxt)


_BASIS_BEFORE_LAST = _BASIS_WORDS.last_words(ignorecase=False)
fast_path("indicators._BASIS_BEFORE", _BASIS_BEFORE, "search",
          lambda s: scan.may_end_with(s, _BASIS_BEFORE_LAST, False), _BASIS_WORDS)


def _basis_before(window: str) -> bool:
    """``_BASIS_BEFORE.search(window)``: a date after "so (với)" or "với" is a basis."""
    return scan.may_end_with(window, _BASIS_BEFORE_LAST, False) and _BASIS_BEFORE.search(window) is not None


def _issue_date(legal_ends: list[int], a: int) -> bool:
    """Whether a date at ``a`` follows a legal reference by at most 8 characters (its issue date)."""
    k = bisect.bisect_left(legal_ends, a - 8)
    return k < len(legal_ends) and 0 <= a - legal_ends[k] <= 8


def _is_share(text: str, ss: int, it: _Item) -> bool:
    """A percentage introduced by "chiếm" ("chiếm 25,2% kim ngạch")."""
    return it.q.unit == "%" and bool(_SHARE_BEFORE.search(text[max(ss, it.s - 25):it.s]))


def _changes_about(text: str, sq: list, se: int) -> dict[int, int]:
    """change index -> level index, for changes followed by "về <what>" naming one level."""
    out: dict[int, int] = {}
    for k, it in enumerate(sq):
        if not it.change:
            continue
        m = _ABOUT_AFTER.match(text[it.e:min(se, it.e + 80)])
        if not m:
            continue
        what = set(m.group(1).casefold().split()) - {"số", "tổng"}
        best, score = None, 0
        for j, lv in enumerate(sq):
            if lv.change or j == k:
                continue
            ctx = set(text[max(0, lv.s - 40):lv.e].casefold().split()) | set((lv.q.unit or "").casefold().split())
            sc = len(what & ctx)
            if sc > score:
                best, score = j, sc
        if best is not None and best not in out.values():
            out[k] = best
    return out


def _dim(q: Quantity) -> Optional[str]:
    """The kind of a level for keeping a measure's name: percentages fit any measure."""
    if q.unit in ("%", "pp", "lần"):
        return None
    return q.dimension or q.unit


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
fast_path("indicators._TO_DATE", _TO_DATE, "search", lambda s: scan.may_end_with(s, _TO_DATE_LAST),
          _TO_DATE_WORDS)


def _cumulative(text: str, ss: int, a: int, d: DateMention) -> DateMention:
    if (not d.year_known or not scan.may_end_with(text[max(ss, a - 20):a], _TO_DATE_LAST)
            or not _TO_DATE.search(text, max(ss, a - 20), a) or d.start_date is None):
        return d
    y = d.start_date.year
    if d.grain == "month" and d.start_date.month > 1 and not _HET_BEFORE.search(text[max(ss, a - 8):a]):
        # "tính đến tháng 11/2020" counts from January; "đến hết tháng 6/2023" is a point in time
        return d.model_copy(update={"value": f"{y}-01/{d.value}", "start_date": d.start_date.replace(month=1, day=1),
                                    "grain": "span"})
    if d.grain == "day" and (d.start_date.month, d.start_date.day) == (12, 31):
        return d.model_copy(update={"value": str(y), "start_date": d.start_date.replace(month=1, day=1),
                                    "grain": "year"})
    return d


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


def _fragment(name: str) -> bool:
    """A name found by the fallback that is a clause fragment or a frame word, not a measure
    (``fragment`` rows of ``data/indicator_nouns.tsv``)."""
    opens, alone, ends = _fragment_words()
    words = name.lower().split()
    return (not words or words[0] in opens or " ".join(words[:2]) in opens or " ".join(words) in alone
            or words[-1] in ends or words[0][:1].isdigit())


@functools.lru_cache(maxsize=1)
def _counted_nouns() -> frozenset[str]:
    lines = (ln.strip() for ln in read_text("counted_nouns.txt").splitlines())
    return frozenset(" ".join(fold(ln).lower().split()) for ln in lines if ln and not ln.startswith("#"))


@functools.lru_cache(maxsize=None)
def _reported_count(unit: Optional[str]) -> bool:
    """Whether reports count this noun as a measure: it (or its head) is in
    ``data/counted_nouns.txt``, the nouns of GSO and ministry reports. A count of any other
    noun ("2 hợp phần", "25 bệnh") is a quantity but no indicator unless a measure names it."""
    if not unit:
        return False
    listed = _counted_nouns()
    words = unit.split()
    return any(" ".join(words[:k]) in listed for k in range(len(words), 0, -1))


def _count_name(text: str, q: Quantity, q_e: int, sent_e: int) -> str:
    tail = text[q_e:min(sent_e, q_e + 120)]
    m = _COUNT_TAIL.match(tail)
    extra = m.group(1) if m else ""
    return " ".join(f"số {q.unit}{extra}".split())


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


def _basis(text: str, a: int, b: int, per: Optional[DateMention] = None) -> Optional[str]:
    seg = text[a:b]
    sm = _SO.search(seg)
    if not sm:
        # "vượt 21% kế hoạch năm": the plan right after the figure
        return "plan" if _PLAN_AFTER.match(seg) else None
    rest = seg[sm.end():sm.end() + 40]
    for kind, rx in _res().basis:
        if rx.match(rest.strip()) or rx.search(rest[:25]):
            return {"basis_yoy": "yoy", "basis_prev": "previous_period", "basis_plan": "plan"}[kind]
    # "năm 2023 ... tăng 15% so với năm 2022": the year before the period is year on year
    ym = _YEAR_AFTER.match(rest)
    if ym and per is not None and per.start_date is not None and int(ym.group(1)) == per.start_date.year - 1 \
            and per.grain in ("year", "half", "quarter", "month", "span"):
        return "yoy"
    # "quý I/2017 ... so với quý I/2016" (year on year), "so với quý IV/2016" (the quarter before)
    pm = _PART_AFTER.match(rest)
    if pm and per is not None and per.start_date is not None and per.grain in ("quarter", "month"):
        n = _ROMAN.get(pm.group(2).upper()) or (int(pm.group(2)) if pm.group(2).isdigit() else None)
        y = int(pm.group(3))
        quarter = pm.group(1).lower() == "quý"
        if n is not None and quarter == (per.grain == "quarter"):
            cur = (per.start_date.month - 1) // 3 + 1 if quarter else per.start_date.month
            size = 4 if quarter else 12
            if (y, n) == (per.start_date.year - 1, cur):
                return "yoy"
            if (y * size + n) == (per.start_date.year * size + cur) - 1:
                return "previous_period"
    return "other"


def _incidental(text: str, it: _Item, ss: int, se: int, low: Optional[str] = None) -> bool:
    """Counts and figures that are not reported measures (see the module docstring).

    ``low``: ``text`` lower-cased with the same offsets, when it compares as IGNORECASE does
    (scan.Starts.lowered()), to skip the _RULE search where none of its words occurs.
    """
    q = it.q
    if q.dimension in ("duration", "age"):
        return True  # "trong 5 năm", "trẻ em trên 7 tuổi": a span or a class, not a measure
    if q.dimension == "count" and q.unit:
        unit = q.unit.casefold()
        disc = _nres().discourse
        if unit in disc:
            return True
        sp = unit.find(" ")
        while sp >= 0:  # unit.startswith(d + " ") for a discourse noun d
            if unit[:sp] in disc:
                return True
            sp = unit.find(" ", sp + 1)
        if q.value is not None and q.value <= 10 and q.text[:1].isalpha():
            return True  # "ba bị cáo này", "Hai dự án": reported counts are written in digits
        if q.value is not None and q.value <= 10:
            before = text[max(ss, it.s - 30):it.s]
            before = before[:_qualifiers_start(before)]  # = _QUALIFIERS.sub("", before)
            if scan.may_end_with(before, _PREP_LAST) and _PREP_BEFORE.search(before):
                return True
        if (low is None or low.find("chứa", it.e, se) >= 0) and _CONTAINER_AFTER.match(text, it.e, se):
            return True  # "5 pho tượng gỗ trong đó có chứa 93.000 gram ...": the packaging
    clause_s = max(ss, text.rfind(";", ss, it.s) + 1)
    rule_s = max(clause_s, it.s - _WINDOW)
    if (low is None or any(low.find(w, rule_s, it.s) >= 0 for w in _RULE_WORDS)) and _RULE.search(text, rule_s, it.s):
        return True
    if q.bound in ("ge", "le") and _OR_MORE_AFTER.match(text[it.e:min(se, it.e + 80)]):
        return True
    if (low is None or low.find("loại", max(ss, it.s - 40), it.s) >= 0) and _CLASS_BEFORE.search(
            text, max(ss, it.s - 40), it.s):
        return True  # "loại nhỏ hơn 30 kg/con, giá bán ...": the bound of a class (dev-112)
    return False


@functools.lru_cache(maxsize=1)
def _class_units() -> frozenset[str]:
    return frozenset(w.casefold() for w in _nouns()["class"])


def _class_figure(text: str, it: _Item, ss: int) -> bool:
    """A figure that defines a class of things ("chung cư 20 tầng", "loại nhỏ hơn 30 kg/con")."""
    q = it.q
    if q.dimension == "count" and q.unit and q.unit.casefold() in _class_units():
        return True
    return _CLASS_BEFORE.search(text, max(ss, it.s - 40), it.s) is not None


def _main_place(doc, ppos) -> Optional[str]:
    """The province an article is about: named in its title or lead and mentioned most."""
    if not ppos:
        return None
    heads = set()
    for a, _b, p in ppos:
        if doc.kind_at(a) in ("title", "lead"):
            heads.add(p.name)
    counts = Counter(p.name for a, _b, p in ppos if doc.in_scope(a))
    if not counts:
        return None
    name, n = counts.most_common(1)[0]
    if len(counts) > 1 and counts.most_common(2)[1][1] * 2 > n:
        return None  # no single province dominates
    if name in heads or n >= 3:
        return name
    return None


# ---- the steps of extract(): per article, per sentence, per figure ---------------------------
#
# extract() reads each sentence that holds figures (quantities) in five steps: classify each
# figure as a level or a change, drop the incidental ones, pair a level with its change, then
# for each pair find its name, status, period and scope. What a paragraph says once ("Năm 2023,
# ..."; "Kim ngạch xuất khẩu ... Trong đó, ...") is carried to its next sentences.


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
    scope_starts: list[int]
    cue_starts: list  # (pattern, "estimate" | "target", where its words start)
    dir_starts: list[int]  # where an increase or decrease word can start
    low: Optional[str]  # the lower-cased text, when it compares as IGNORECASE
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
    post: dict = field(default_factory=dict)  # item index -> a measure's name after a change (_post_names)
    class_ends: list = field(default_factory=list)  # ends of the class figures dropped (_measures_only)
    vague: Optional[bool] = None  # "hiện nay" and the like: asked once, when needed


def _article(doc) -> _Article:
    dates = doc.results.get("dates", [])
    provinces = doc.results.get("provinces", [])
    dpos = [(*_clean_pos(doc, d), d) for d in dates]
    ppos = [(*_clean_pos(doc, p), p) for p in provinces]
    cues = _res()
    # the period of the headline holds where a paragraph sets none ("... năm 2020" in the title)
    title_period = next((d for a, _b2, d in dpos if doc.kind_at(a) == "title"
                         and d.grain in ("year", "half", "quarter", "month", "span")), None)
    text = doc.clean
    lead_frame = None
    for x, _y, d in dpos:
        if doc.kind_at(x) in ("title", "lead"):
            continue
        k_s = doc.sentence_at(x)
        if k_s is not None and _FRAME_LEAD.fullmatch(text, doc.sents[k_s][0], x):
            lead_frame = d
        break
    return _Article(
        doc=doc, text=text, dpos=dpos, ppos=ppos,
        dstarts=[a for a, _, _ in dpos], pstarts=[a for a, _, _ in ppos],
        place=_main_place(doc, ppos),
        # issue dates of documents ("Nghị định 85/2019/NĐ-CP ngày 14/11/2019") are no periods
        legal_ends=sorted(doc.norm.to_clean(r.end) for r in doc.results.get("legal_refs", [])),
        title_period=title_period,
        lead_frame=lead_frame,
        scope_starts=_scope_starts(doc),
        cue_starts=[(rx, val, _word_starts(doc, _cues()[val]))
                    for rx, val in ((cues.estimate, "estimate"), (cues.target, "target"))],
        dir_starts=_word_starts(doc, _cues()["increase"] + _cues()["decrease"]),
        low=doc.starts.lowered(),
    )


def _carry(a: _Article, ss: int, se: int, para: int):
    """(its dates, the period carried in, its periods, its subject) of every sentence, figures or
    none: its periods and subject update what its paragraph carries."""
    text = a.text
    lo, hi = bisect.bisect_left(a.dstarts, ss), bisect.bisect_left(a.dstarts, se)
    sdates = a.dpos[lo:hi]
    period_in = a.carried.get(para)
    periods = [(x, y, _cumulative(text, ss, x, d)) for x, y, d in sdates
               if not _basis_before(text[max(ss, x - 10):x])
               and not d.text.lower().startswith("cùng")
               and not _issue_date(a.legal_ends, x)
               and not _PLAN_YEAR_BEFORE.search(text, max(ss, x - 14), x)
               and not _EVENT_DATE_BEFORE.search(text, max(ss, x - 30), x)
               and d.value != "XXXX"  # "từ cách đây 3 năm" in an undated article: no period (dev-308)
               and not _open_since(text, se, x, y, d)
               and not (d.grain == "day" and _DOCUMENT_DATE_BEFORE.search(text, max(ss, x - 40), x))]
    # what the paragraph carries on: the date that frames this sentence ("Năm 2020, ...",
    # "Trong tháng 1/2017, ...") or the period its figures took (set after them, _indicators); an
    # event date inside a clause ("đến tháng 10/2011 mới chính thức triển khai", "chiều 11/5, Chủ
    # tịch nước ... ký") or a horizon ("mục tiêu ... đến năm 2030") frames nothing after it,
    # and a cumulative frame ("Tính chung 6 tháng, ...") holds for its own sentence only
    if periods and _FRAME_LEAD.fullmatch(text, ss, periods[0][0]):
        frame = periods[0]
        if not _CUMULATIVE_LEAD.search(text, ss, periods[0][0]):
            a.carried[para] = frame[2]
            if frame[2].grain in ("year", "half", "quarter", "month", "span"):
                a.doc_frame = (frame[2], para)  # a report's period goes on to later paragraphs
    # (a sentence opening with a plain letter that opens no unit's kind has no subject unit)
    c0 = text[ss:ss + 1]
    sm = _SUBJECT_UNIT.match(text, ss, se) if c0 not in _PLAIN_LETTERS or c0 in _SUBJECT_FIRSTS else None
    subject = " ".join(sm.group("s").split()) if sm else None
    if subject:
        a.carried_scope[para] = subject
    return sdates, period_in, periods, subject


def _sentence(a: _Article, si: int, ss: int, se: int, para: int, items: list[_Item], carried) -> _Sentence:
    """A sentence with figures: what ``_carry`` read, its scope phrases and status cues."""
    text = a.text
    sdates, period_in, periods, subject = carried
    scope_ms = list(scan.finditer_at(_SCOPE, _in_range(a.scope_starts, ss, se), text, se, ss))
    masks = [(x, y) for x, y, _ in sdates] + [(m.start(), m.end()) for m in scope_ms]
    cue_ms = sorted([(m.start(), m.end(), m.group(0), val) for rx, val, starts in a.cue_starts
                     for m in scan.finditer_at(rx, _in_range(starts, ss, se), text, se, ss)
                     if not _in_proper_name(text, ss, m.start())])  # "Bộ Kế hoạch và Đầu tư"
    # a sentence that opens with a plan cue makes its paragraph a plan's: the figures after it
    # that have no cue of their own are targets ("Kim ngạch xuất khẩu đạt 450 triệu USD. Năm
    # 2025, sản lượng bia sẽ tăng lên 4,6 tỷ lít" after "Theo quy hoạch ...", dev-309)
    if cue_ms and cue_ms[0][3] == "target" and _PLAN_OPENS.fullmatch(text, ss, cue_ms[0][0]) \
            and _PLAN_FRAME_CUE.match(cue_ms[0][2]):
        a.plan_paras.add(para)
    sent_low = text[ss:se].lower()
    since = any(_open_since(text, se, x, y, d) for x, y, d in sdates)  # "Tính từ năm 1988, ..."
    return _Sentence(si, ss, se, para, items, period_in, periods, subject, scope_ms, masks, cue_ms,
                     sent_low=sent_low, list_cue_words=any(w in sent_low for w in _LIST_CUE_WORDS),
                     vague=True if since else None)


def _open_since(text: str, se: int, x: int, y: int, d: DateMention) -> bool:
    """A year that opens a span with no end: "Tính từ năm 1988, ..." (see _SINCE_BEFORE)."""
    return (d.grain == "year" and "từ" in text[max(0, x - 9):x] and _SINCE_BEFORE.search(text, max(0, x - 12), x)
            is not None and not _SPAN_END_AFTER.match(text, y, se))


def _classify(a: _Article, s: _Sentence) -> None:
    """Mark each figure a level or a change ("tăng 5,6%"), with its direction."""
    text, ss, se, sq = a.text, s.ss, s.se, s.items
    dec, verb_rx, measure, direction = _res().decrease, _res().verb, _nres().measure, _direction()
    prev_end = ss
    for k, it in enumerate(sq):
        g0 = max(prev_end, it.s - 40)
        gap = text[g0:it.s]
        dm = None
        if _any_in(a.dir_starts, g0, it.s):
            for m in scan.finditer_at(direction, _rel(a.dir_starts, g0, it.s), gap):
                dm = m
        if (k > 0 and it.q.unit == "%" and sq[k - 1].change and sq[k - 1].q.unit != "%"
                and sq[k - 1].e == prev_end and _OPEN_BRACKET.fullmatch(text, prev_end, it.s)):
            # "giảm 41,85 nghìn người (0,08%)": the same change in relative terms
            it.change, it.direction = True, sq[k - 1].direction
        elif dm is None and _MORE_WORD in gap[-8:] and _MORE_END.search(gap) and _RAISE.search(text, max(ss, text.rfind(";", ss, it.s) + 1), it.s):
            # "Sacombank tăng lãi suất huy động các kỳ hạn từ 15 đến 36 tháng thêm 0,1-0,2%/năm"
            # (dev-111): "thêm" before the figure gives the increment of the "tăng" of its clause
            it.change, it.direction = True, "increase"
        elif it.q.unit == "%" and _EXCEED_WORD in gap[-12:] and _EXCEED_END.search(gap) and _PLAN_AFTER.match(text, it.e, se):
            # "doanh thu thu phí vượt 21% kế hoạch năm": exceeds the plan by 21% (basis plan)
            it.change, it.direction = True, "increase"
        # "giảm còn 2,93%", "tăng lên 33 triệu người": the figure is the new level; "tăng ... từ
        # 41% ... lên 45%": the levels before and after
        elif dm and not _NEW_LEVEL.search(gap[dm.end():]) and not _BASE_BEFORE.search(gap, dm.start()) and not (
                _FROM_BEFORE.search(gap, dm.end()) and _TO_LEVEL_AFTER.match(text, it.e, se)):
            it.change = True
            it.direction = "decrease" if dec.fullmatch(dm.group(0)) else "increase"
        elif k > 0 and ("và" in gap or "hoặc" in gap or "," in gap) and _AND_ONLY.fullmatch(gap):
            prv = sq[k - 1]
            it.change, it.direction = prv.change, prv.direction
        else:
            # "tăng thêm sản lượng phát điện trung bình mỗi năm khoảng 233,2 triệu kWh"
            w0 = max(prev_end, ss, it.s - 100)
            wide = text[w0:it.s]
            dm = None
            if _any_in(a.dir_starts, w0, it.s):
                for m in scan.finditer_at(direction, _rel(a.dir_starts, w0, it.s), wide):
                    dm = m
            if dm is not None:
                after = wide[dm.end():]
                if (not _PUNCT.search(after) and not verb_rx.search(after)
                        and measure.match(after.lstrip())
                        and not (_FROM_BEFORE.search(after) and _TO_LEVEL_AFTER.match(text, it.e, se))):
                    it.change = True
                    it.direction = "decrease" if dec.fullmatch(dm.group(0)) else "increase"
        prev_end = it.e


def _measures_only(a: _Article, s: _Sentence) -> list[_Item]:
    """The figures that report a measure: not incidental ones, not counts of places in a scope
    ("28 tỉnh, thành phố"), not the base of a ratio."""
    text, ss, se, sq = a.text, s.ss, s.se, s.items
    keep = []
    for k, it in enumerate(sq):
        if _incidental(text, it, ss, se, a.low):
            if _class_figure(text, it, ss):
                # still the end of a figure, where the next one's name starts: "loại lớn hơn
                # 30kg/con giá bán 92.000 - 96.000 đồng/kg" is named "giá bán" (dev-112)
                s.class_ends.append(it.e)
            continue
        if it.q.dimension == "count" and it.q.unit in _SCOPE_COUNT_UNITS and (
            _THANH_AFTER.match(text[it.e:it.e + 12])
            or _OF_BEFORE.search(text[max(ss, it.s - 6):it.s])):
            continue
        if text[max(0, it.s - 1):it.s] == "/" and k > 0 and sq[k - 1].e == it.s - 1:
            continue  # "16/28 tỉnh thành": the denominator is the base, not a measure
        keep.append(it)
    return keep


def _post_names(a: _Article, s: _Sentence) -> dict:
    """item index -> the _POST_NAME match after a percentage change: "giảm 42,9% số vụ, giảm
    55,6% số người chết" names each change by the measure written after it."""
    return {k: m for k, it in enumerate(s.items) if it.change and it.q.unit == "%"
            and (m := _POST_NAME.match(a.text, it.e, s.se)) is not None}


def _pairs(a: _Article, s: _Sentence) -> list[tuple[int, Optional[_Item], Optional[_Item]]]:
    """(index, level, change) of each indicator: a level with the change that goes with it."""
    text, ss, se, sq = a.text, s.ss, s.se, s.items
    # "tăng 8,1% về số doanh nghiệp và tăng 52,3% về số vốn đăng ký": each change names its level
    about = _changes_about(text, sq, se)
    used = set()
    groups = []
    for k, it in enumerate(sq):
        if k in used:
            continue
        level, change = (None, it) if it.change else (it, None)
        if level is not None and k in about.values():
            ck = next(c for c, lk in about.items() if lk == k)
            if ck not in used:
                change = sq[ck]
                used.add(ck)
        elif change is not None and k in about:
            pass  # its level takes it
        elif k + 1 < len(sq) and k + 1 not in used:
            nx = sq[k + 1]
            between = text[it.e:nx.s]
            if level is not None and nx.change and ";" not in between and len(between) < 60 and k + 1 not in s.post:
                change = nx
                used.add(k + 1)
            elif (level is not None and not nx.change and _is_share(text, ss, nx) and k + 2 < len(sq)
                  and sq[k + 2].change and ";" not in text[it.e:sq[k + 2].s] and not _is_share(text, ss, it)):
                # "đạt 6.916 triệu USD, chiếm 25,2% kim ngạch và tăng 29,2%": the change is the amount's
                change = sq[k + 2]
                used.add(k + 2)
            elif change is not None and not nx.change and _BRACKET_LEVEL.fullmatch(between):
                level = nx
                used.add(k + 1)
        if level is None and change is not None and k in about:
            continue
        groups.append((k, level, change))
    return groups


def _status(a: _Article, s: _Sentence, first: _Item, clause_s: int, fig_starts: list[int]) -> tuple[str, int]:
    """("actual" | "estimate" | "target", where its cue starts or -1): the nearest cue before the
    figure in its clause, or in an earlier clause that is only a frame ("đặt mục tiêu, ...; ..."),
    unless "đã" reports it done since."""
    text, ss, se = a.text, s.ss, s.se
    st = "actual"
    best = -1
    for c_s, c_e, c_txt, val in s.cue_ms:
        if c_s >= first.s:
            break
        if val == "target" and _PLAN_BASIS_BEFORE.search(text[max(ss, c_s - 12):c_s]):
            continue  # "so với kế hoạch", "đạt 77,2% kế hoạch" is a basis, not a target
        if val == "target" and _PLURAL_BEFORE.search(text[max(ss, c_s - 8):c_s]) and (
                c_txt.lower() != "đặt mục tiêu"):
            continue  # "đã đáp ứng được các mục tiêu đã đề ra": goals named or set, not a plan figure
        k_nf = bisect.bisect_left(fig_starts, c_e)
        nf = fig_starts[k_nf] if k_nf < len(fig_starts) else se
        if c_s < clause_s and nf < clause_s and not _COMMA.search(text[c_e:nf]):
            continue  # "GRDP ước tăng 6,91%; ...": the cue was bound to an earlier verb
        if c_s < clause_s and _any_in(fig_starts, max(ss, text.rfind(";", ss, c_s) + 1), c_s):
            # "thu NSNN đạt 116,45% dự toán chỉ tiêu pháp lệnh; ...": a cue after a figure
            # of its own clause qualifies that figure; it frames no later clause
            continue
        if c_s > best:
            best, st = c_s, val
    if st == "target" and _DONE.search(text, best + 15, first.s):
        st = "actual"
    return st, best


def _status_without_cue(a: _Article, s: _Sentence, first: _Item, clause_s: int, name: str, how: Optional[str],
                        prev: tuple[Optional[str], str], done: list[Indicator]) -> Optional[str]:
    """The status of a figure whose clause has no cue, from what is around it, or None (actual):
    the previous figure's of the same name, the whole's in force, a plan that opened the
    paragraph, an estimated whole earlier in the sentence, a verb of the future. ``done``: the
    sentence's records so far."""
    text, para = a.text, s.para
    prev_name, prev_status = prev
    if name == prev_name:
        return prev_status
    if how == "inherit" and _SHARE_PREFIX.sub("", name) == a.carried_status.get(para, (None, None))[0]:
        # "Trong đó, khu vực ... đạt": as the whole was; "kế tiếp là Nhật Bản 3.605 triệu USD,
        # chiếm 13,1%": the share of an estimated whole is estimated too (dev-026)
        return a.carried_status[para][1]
    if para in a.plan_paras and not _DONE.search(text, clause_s, first.s):
        return "target"
    if (done and done[0].status != "actual" and _TRONG_DO_WORD in s.sent_low
            and _TRONG_DO.search(text, done[0].end, first.s)
            and not _DONE.search(text, clause_s, first.s)):
        # "Vốn đầu tư ... tháng 1/2017 ước tính 15.203 tỷ đồng, ..., trong đó vốn trung ương quản
        # lý đạt 3.325 tỷ đồng ...; Vốn địa phương quản lý đạt 11.878 tỷ đồng": the parts of an
        # estimated whole are estimated (dev-015)
        return done[0].status
    if any(w in s.sent_low for w in _FUTURE_WORDS) and _FUTURE.search(text, clause_s, first.s):
        # no cue, but the figure is to come: "Tập đoàn sẽ đầu tư 1,2 tỷ USD", "nếu giảm chi
        # thường xuyên mỗi năm 1% thì ngân sách tiết kiệm hơn 20.000 tỷ đồng"
        return "estimate"
    return None


def _status_by_period(a: _Article, s: _Sentence, first: _Item, clause_s: int, st: str,
                      per: Optional[DateMention]) -> str:
    """An actual figure for a period not over when the article appeared is an estimate."""
    doc, text = a.doc, a.text
    if (st == "actual" and doc.published is not None and _WHOLE_YEAR_WORD in s.sent_low
            and _WHOLE_YEAR.search(text, clause_s, first.s)
            and (per is None or (per.year_known and per.start_date is not None
                                 and per.start_date.year == doc.published.year))
            and (doc.published.month, doc.published.day) != (12, 31)):
        # "Xuất khẩu cả năm đạt 13 tỷ USD" in an article of November 2020: the whole year
        # is not over, the figure is an estimate (dev-027)
        st = "estimate"
    if (st == "actual" and per is not None and doc.published is not None and per.year_known
            and per.start_date is not None and per.start_date > doc.published
            and not _DONE.search(text, clause_s, first.s)):
        # "IMF ... GDP năm 2020 và 2021 lần lượt đạt tăng trưởng 1,6% và 6,7%" published in
        # November 2020: a period that had not begun when the article appeared has no
        # actual figure, only a forecast
        st = "estimate"
    return st


def _period(a: _Article, s: _Sentence, first: _Item, last: _Item, clause_s: int,
            name: str) -> Optional[DateMention]:
    """The date right after the figure ("7,8% vào năm 2021"), else one of its clause, else the
    last before it in the sentence, else the first after it, else the period carried in (unless
    "hiện nay" says now, or the figure is an attribute of one project, see _attribute_of_works)."""
    text = a.text
    before = [d for x, y, d in s.periods if y <= first.s]
    after = [d for x, y, d in s.periods if x >= last.e]
    adjacent = [d for x, y, d in s.periods
                if x >= last.e and _DATE_JOIN.fullmatch(text[last.e:x])]
    if adjacent and not _QUALIFIED_DATE.match(adjacent[0].text):
        return adjacent[0]  # "7,8% vào năm 2021", "14,5 tỷ USD năm 2021"
    # the figure's own clause first: the last date before it in its clause, then the first after
    # it before a ";" ("... đạt 4,4 triệu USD; tăng 20% trong tháng 5")
    if before and (before_clause := [d for x, y, d in s.periods if clause_s <= x and y <= first.s]):
        return before_clause[-1]
    # a date after the figure is its own only when no other figure stands between them: "Bán được
    # 1.756 xe, Vios trở lại là xe bán chạy nhất, sau "cú vấp" 1.099 xe của tháng 4" (the month
    # is the 1.099's; 2017 archive)
    after_x = [(x, d) for x, y, d in s.periods if x >= last.e]
    if after_x:
        nxt = next((o.s for o in s.items if o.s >= last.e), None)
        if nxt is not None:
            after_x = [(x, d) for x, d in after_x if x < nxt]
            after = [d for x, d in after_x]
    if (after_clause := [d for x, d in after_x if text.find(";", last.e, x) < 0]):
        return after_clause[0]
    if before:
        return before[-1]
    if after:
        return after[0]
    if s.vague is None:
        s.vague = _vague(a.doc, s.ss, s.se, a.low) or _OTHER_TIME_OPENING.match(a.text, s.ss, s.se) is not None
    if not s.vague and not _attribute_of_works(a, s, name):
        # ... else the paragraph's, the headline's, a report's frame of an earlier paragraph, and
        # for the headline and lead the frame of the first body sentence
        per = s.period_in or a.title_period or (a.doc_frame[0] if a.doc_frame[1] != s.para else None)
        if per is None and a.doc.kind_at(s.ss) in ("title", "lead"):
            per = a.lead_frame
        return per
    return None


def _term_of(a: _Article, s: _Sentence, first: _Item, last: _Item, ws: int) -> Optional[str]:
    """The term an interest rate is for (see _TERM): right after the figure ("8%/năm với kỳ hạn 24
    và 36 tháng", "6-9%/năm đối với ngắn hạn"), else the last one between the previous figure and
    this one ("lãi suất huy động các kỳ hạn từ 15 đến 36 tháng thêm 0,1-0,2%/năm")."""
    text = a.text
    nxt = next((o.s for o in s.items if o.s >= last.e), s.se)
    am = _TERM_AFTER.match(text, last.e, nxt)
    if am is not None:
        tm = _TERM.match(text, am.end(), nxt)
        if tm is not None and am.end() - last.e <= 12:
            return " ".join(tm.group(0).split())
    before = None
    for tm in _TERM.finditer(text, ws, first.s):
        before = tm
    return " ".join(before.group(0).split()) if before is not None else None


def _attribute_of_works(a: _Article, s: _Sentence, name: str) -> bool:
    """Whether the figure is an attribute of one project or works ("- Công ty ... với dự án nhà máy
    ..., tổng vốn đầu tư đăng ký 3 triệu USD"): its name opens with an ``attribute`` noun and its
    sentence names one project, not a count of them (corpora/ANNOTATION.md dev-017, dev-109)."""
    if not (_may_open(name, _attribute_firsts()) and _attribute_name().match(name)):
        return False
    if not any(w in s.sent_low for w in _ONE_WORKS_WORDS):
        return False
    return _ONE_WORKS.search(a.text, s.ss, s.se) is not None


@functools.lru_cache(maxsize=1)
def _attribute_firsts() -> frozenset[str]:
    return _firsts(_nouns()["attribute"])


def _scope(a: _Article, s: _Sentence, first: _Item, clause_s: int, subject: Optional[str]) -> Optional[str]:
    """The region or body the figure is about: the name's own subject, a scope phrase or a
    province of its clause (else of the sentence before it), the sentence's or the paragraph's
    subject, the article's place."""
    if subject is not None:
        return subject
    sc = [m for m in s.scope_ms if m.start() >= clause_s and m.end() <= first.s]
    sprov = a.ppos[bisect.bisect_left(a.pstarts, s.ss):bisect.bisect_left(a.pstarts, first.s)]
    prov = [p for x, y, p in sprov if x >= clause_s]
    if not sc and not prov:
        sc = [m for m in s.scope_ms if m.end() <= first.s][:1]
        prov = [p for x, y, p in sprov][:1]
    if sc:
        return " ".join(sc[-1].group(0).split())
    if prov:
        return prov[-1].name
    if s.subject:
        return s.subject
    if a.carried_scope.get(s.para):
        return a.carried_scope[s.para]
    return a.place or None


def _change(a: _Article, s: _Sentence, change: _Item, fig_starts: list[int],
            per: Optional[DateMention], first_s: int) -> Change:
    """The change record of a figure, with its basis ("so với cùng kỳ") read up to the next figure."""
    text = a.text
    k_nx = bisect.bisect_right(fig_starts, change.e)
    if k_nx < len(fig_starts) and _OPEN_BRACKET.fullmatch(text, change.e, fig_starts[k_nx]):
        k_nx += 1  # "tăng 74,43 nghìn người (0,14%) so với quý I/2016": the basis after the bracket
    b_end = fig_starts[k_nx] if k_nx < len(fig_starts) else s.se
    cq = change.q
    chg = Change(start=cq.start, end=cq.end, text=cq.text, value=cq.value, min=cq.min,
                 max=cq.max, unit=cq.unit, dimension=cq.dimension,
                 approximate=cq.approximate, bound=cq.bound,
                 direction=change.direction, basis=_basis(text, change.e, b_end, per))
    if chg.basis is None:
        # "So với quý IV/2016, số người có việc làm giảm 41,85 nghìn người": the basis that opens
        # the sentence holds for its changes that name none
        om = _SO_OPENING.match(text, s.ss, first_s)
        if om is not None:
            chg = chg.model_copy(update={"basis": _basis(text, om.start("so"), om.end(), per)})
    return chg


def _list_basis(text: str, out: list[Indicator]) -> None:
    """"giảm 42,9% số vụ, giảm 55,6% số người chết và giảm 100% số người bị thương so với cùng
    kỳ": a basis that ends a list of changes holds for the changes of the list before it (the
    records of one sentence, rewritten in place)."""
    for j in range(len(out) - 2, -1, -1):
        x, y = out[j], out[j + 1]
        if (x.change is not None and x.change.basis is None and y.change is not None and y.change.basis
                and y.quantity is None and ";" not in text[x.change.end:y.change.start]
                and not _SO.search(text, x.change.end, y.change.start)):
            out[j] = x.model_copy(update={"change": x.change.model_copy(update={"basis": y.change.basis})})


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
            and not _fragment(name) and s.list_cue_words and _LIST_CUE.search(text, ss, first.s)):
        # "Theo ngành, số doanh nghiệp thành lập mới ở lĩnh vực vận tải kho bãi tăng 21,4%, ở
        # giáo dục tăng 30%", "Trong đó, ...; điện thoại và linh kiện đạt 4 tỷ USD": in a list
        # of parts, the words before the verb name the part; the measure is the one in force
        part, name, name_s = name, inherited, None
        om = _AT_WORD.match(part)
        if om is not None:
            part = part[om.end():]
            if part[:1].isupper():  # "Trong đó, ở Hà Nội tăng 12%": a place, the scope
                nm.subject, part = part, None
    if part is None and name is not None and s.list_cue_words and _LIST_CUE.search(text, ss, first.s):
        # "... số doanh nghiệp mới ở lĩnh vực vận tải kho bãi tăng 21,4%, ở giáo dục tăng
        # 30%": a lower-case "ở/tại" phrase before the verb names the part (a capital
        # names a place: "ở Hà Nội" is a scope)
        w0 = max(ws, first.s - 120)
        vm = None
        for vm in verb_rx.finditer(text, w0, first.s):
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


def _indicators(a: _Article, s: _Sentence, groups) -> list[Indicator]:
    """The indicators of one sentence: for each pair, its name, then status, period and scope."""
    doc, text, ss, se, para = a.doc, a.text, s.ss, s.se, s.para
    nouns = _nres()
    growth, index = nouns.growth, nouns.index
    out: list[Indicator] = []
    verb_rx = _res().verb
    fig_starts = [o.s for o in s.items]
    fig_ends = [s.post[k].end() if k in s.post else o.e for k, o in enumerate(s.items)]
    if s.class_ends:
        fig_ends = sorted(fig_ends + s.class_ends)
    prev_name = None
    prev_dim: Optional[str] = None
    prev_status = "actual"
    for k, level, change in groups:
        first = level if level is not None and (change is None or level.s < change.s) else change
        last = change if change is not None and (level is None or change.e > level.e) else level
        clause_s = max(ss, text.rfind(";", ss, first.s) + 1)
        # the name is looked for back to the previous figure of the clause
        k_end = bisect.bisect_right(fig_ends, first.s)
        ws = max(clause_s, fig_ends[k_end - 1] if k_end else clause_s)
        # a measure is kept only by figures of the same kind ("3.868 km2, 1,1 tỷ tấn": the
        # tonnes are not an area)
        dim = _dim(level.q) if level is not None else None
        cand = (prev_name, prev_dim) if ws > clause_s and prev_name else a.carried_name.get(para, (None, None))
        inherited = cand[0] if dim is None or cand[1] is None or dim == cand[1] else None
        nm = _name_for(text, ss, ws, first.s, s.masks, inherited)
        if level is None and k in s.post:
            nm = _Name(" ".join(s.post[k].group("n").split()), None, "measure", verb=nm.verb)
        name, name_s = nm.name, nm.start
        if level is not None and level.q.dimension == "count" and nm.how != "measure":
            if change is None and not _reported_count(level.q.unit) and (level.q.value or 0) <= 1000:
                # "2 hợp phần", "25 bệnh": a noun no report counts, with no measure named
                # and no change, is an incidental count (the quantity stays); thousands of
                # anything are a statistic ("hơn 7.000 chất hóa học", dev-411)
                continue
            name, name_s = _count_name(text, level.q, level.e, se), None
        elif level is not None and nm.how in ("fallback", "inherit", None):
            # what a mass, area or volume weighs, written after it, names it
            name = _material_name(text, level.q, level.e, se) or name
        name, name_s, nm, part = _name_refined(a, s, k, level, change, first, ws, inherited, verb_rx,
                                               nm, name, name_s)
        if name is None and (dim is None or prev_dim is None or dim == prev_dim):
            name = prev_name
        if name is None:
            continue
        if nm.how == "measure" or (nm.how != "inherit" and name.startswith(tuple(_MATERIAL_HEAD.values()))):
            a.carried_name[para] = (name, dim)
        # a share of the measure in force: "chiếm 25,2% kim ngạch xuất khẩu"
        if (level is not None and level.q.unit == "%" and nm.how == "inherit" and nm.verb
                and nm.verb.lower() == "chiếm" and not name.lower().startswith(("tỷ trọng", "tỉ trọng"))):
            name = f"tỷ trọng {name}"
        # a growth measure's percentage, or an index's small one, is a growth rate
        if level is not None and change is None and level.q.unit in ("%", "%/năm"):
            top = level.q.value if level.q.value is not None else level.q.max
            is_growth = bool(growth.match(name))
            is_index = _may_open(name, _nfirsts()[2]) and bool(index.match(name)) and top is not None and top < 50 and (
                nm.verb is None or nm.verb.lower() not in ("chiếm", "bằng"))
            if is_growth or is_index:
                neg = _NEGATIVE_BEFORE.search(text[max(ss, level.s - 8):level.s])
                level.change, level.direction = True, ("decrease" if neg else "increase")
                level, change = None, level
                first = last = change
        st, best = _status(a, s, first, clause_s, fig_starts)
        if _may_open(name, _PLAN_FIRSTS) and _PLAN_NAME.match(name):
            st = "target"  # "dự toán thu ngân sách": a plan figure
        elif best < 0:
            st = _status_without_cue(a, s, first, clause_s, name, nm.how, (prev_name, prev_status), out) or st
        if nm.how == "measure":
            a.carried_status[para] = (name, st)
        per = _period(a, s, first, last, clause_s, name)
        st = _status_by_period(a, s, first, clause_s, st, per)
        scope = _scope(a, s, first, clause_s, nm.subject)
        if part is None and "lãi suất" in name.lower() and _RATE_NAME.search(name):
            part = _term_of(a, s, first, last, ws)
        chg = _change(a, s, change, fig_starts, per, first.s) if change is not None else None
        start = min(first.s, name_s) if name_s is not None and name_s < first.s else first.s
        out.append(doc.make(
            Indicator, start, last.e, name=name,
            quantity=level.q if level is not None else None, change=chg, period=per,
            status=st, scope=scope, sentence=s.si, breakdown=part,
        ))
        prev_name, prev_status, prev_dim = name, st, dim
        if per is not None:
            pa = next((x for x, _y, d in s.periods if d is per), None)
            if (pa is not None and not _CUMULATIVE_LEAD.search(text, ss, pa)
                    and not _EVENT_AT_BEFORE.search(text, max(ss, pa - 6), pa)):
                a.carried[para] = per  # the period this sentence's figures took goes on
    _list_basis(text, out)
    return out


def extract(doc) -> list[Indicator]:
    quants = doc.results.get("quantities", [])
    if not quants:
        return []
    a = _article(doc)
    qpos = [(*_clean_pos(doc, q), q) for q in quants]
    out: list[Indicator] = []
    qi = 0
    for si, (ss, se, para) in enumerate(doc.sents):
        items = []
        while qi < len(qpos) and qpos[qi][0] < se:
            if qpos[qi][0] >= ss:
                items.append(_Item(qpos[qi][2], qpos[qi][0], qpos[qi][1]))
            qi += 1
        carried = _carry(a, ss, se, para)
        if not items:
            continue
        s = _sentence(a, si, ss, se, para, items, carried)
        _classify(a, s)
        s.items = _measures_only(a, s)
        s.post = _post_names(a, s)
        out.extend(_indicators(a, s, _pairs(a, s)))
    # last step: the canonical measure and the breakdown of every record (measures.py), with the
    # topics its headline and lead name
    headline = " ".join(a.text[x:y] for x, y, _p in doc.sents if doc.kind_at(x) in ("title", "lead"))
    return measures.classify_all(out, doc.results.get("provinces", []), headline)
