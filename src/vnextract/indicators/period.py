"""The period of a figure (``_period``) and the dates that give none: a basis ("so với năm 2022"),
an issue date, a plan's year, a works' milestone, a span with no end ("Tính từ năm 1988"); the
cumulative frames ("tính đến tháng 11/2020" = 2020-01/2020-11); what makes a sentence take no
carried period ("hiện nay", an attribute of one project).
"""

from __future__ import annotations

import bisect
import functools
from typing import Optional

import regex

from .. import scan
from ..dates import _RELATIVE_UNITS, WINDOW_TO
from ..models import DateMention
from ..rules import ONE_SPACE, Words, fast_path
from .words import _COMPARE, _E, _I, _SAME_OPENERS, _alt, _firsts, _may_open, _nouns, _same_period
from .state import _Article, _Item, _Sentence


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
# A sentence that speaks of now, of a vague stretch of years or of the time to come, or of what
# recurs every year, takes no period it does not write itself (no paragraph's, headline's or
# report's): "Hiện lãi suất ... hiện nay", "nhiều năm qua kim ngạch ... tăng trưởng trên
# 10%/năm", "vài năm gần đây duy trì từ 30-46%", "trong thời gian tới, Tập đoàn sẽ đầu tư 1,2 tỷ
# USD", "nguồn vốn ... giai đoạn 5 năm tới là 2.350 tỷ đồng", "tổn thất khoảng nửa tỉ USD trong
# vòng 6 tháng tới" (2017 archive; dev-505: "5 năm tới" has no resolvable end), "Thuốc lá giết
# chết hơn 7 triệu người mỗi năm", "sản lượng hàng năm" (dev-027, dev-409,
# dev-411; 2017 archive: "mỗi năm, Hà Nội sẽ có 24 nghìn người", "sản lượng mỗi năm đạt khoảng
# 450 nghìn tấn", "nhập khẩu 800 tấn tôm nguyên con mỗi năm"). Not "10 năm qua" ("thấp nhất
# trong 10 năm qua" qualifies a level of the month in force, dev-015).
_VAGUE_WORDS = Words("hiện nay|hiện tại|đến nay|tới nay|thời điểm này"
                     "|nhiều năm qua|những năm qua|các năm qua|mấy năm qua|vài năm qua|năm gần đây"
                     "|nhiều năm nay|mấy năm nay|vài năm nay|thời gian tới|sắp tới|năm tới|tháng tới"
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
_SINCE_WORDS = Words("tính từ|kể từ")
_SINCE_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?:{_SINCE_WORDS.alt()})\s*$", _I)
_SINCE_LAST = _SINCE_WORDS.last_words()  # the cheap test before it (scan.may_end_with)
fast_path("indicators.period._SINCE_BEFORE", _SINCE_BEFORE, "search", lambda s: scan.may_end_with(s, _SINCE_LAST),
          _SINCE_WORDS)
_SPAN_END_AFTER = regex.compile(rf"\s*(?:{WINDOW_TO.alt()}|-)", _I)  # "đến", "tới", a dash (dates)
_OTHER_TIME_OPENING = regex.compile(rf"[\s\-*•+\"“]*(?:{_OTHER_TIME_WORDS.alt(ONE_SPACE)})(?![\p{{L}}])", _I)
# A sentence that opens with "Trong đó" breaks down the figures of the sentence before it, and
# takes their period, a cumulative one too: "Cụ thể, lũy kế vốn đầu tư giải ngân đến ngày
# 31/01/2016 là 292.746,3 tỷ đồng ... Trong đó, giải ngân các nguồn vốn ... là 257.586,6 tỷ
# đồng", "Lũy kế ... đến ngày 15/6/2017 là 4.833,041 tỷ đồng. Trong đó, số đã thực hiện thu nộp
# ngân sách nhà nước 4.653,237 tỷ đồng" (2017 archive), "Tính chung 5 tháng, lượng xe nhập khẩu
# ... đạt 33.404 chiếc ... Trong đó, ..." (2017 archive).
_PART_OPENING = regex.compile(r"[\s\-*•+\"“]*trong\s+(?:đó|số\s+(?:đó|này))(?![\p{L}])", _I)
_HET_BEFORE = regex.compile(r"hết\s*$")
_BASIS_WORDS = _COMPARE + Words("với|hơn")  # "tăng 5% so với cùng kỳ", "với năm 2022", "cao hơn năm trước 0,5 điểm"
_BASIS_BEFORE = regex.compile(rf"(?:{_BASIS_WORDS.alt()})\s*$")
# A date right after a figure is its own ("903 xe hồi tháng 4"), not one after a comma that opens
# the next item of a list: "lợi nhuận trước thuế năm 2014 đạt 2.627 tỷ đồng, năm 2015 đạt 3.453 tỷ
# đồng và năm 2016 đạt 4.140 tỷ đồng" (2017 archive).
_DATE_JOIN = regex.compile(r"\s*(?:(?:trong|vào|của|cho|hồi)\s+)?(?:năm\s+)?")


# _VAGUE_WORDS by their last word ("năm tới", "tháng tới", "sắp tới": "tới"): a text without the
# word holds none of its phrases (matched as written, _VAGUE_NOW has no word boundary), so one
# str.find of it spares those of its phrases.
_VAGUE_BY_LAST = tuple({w.split()[-1]: tuple(p for p in _VAGUE_WORDS if p.split()[-1] == w.split()[-1])
                        for w in _VAGUE_WORDS}.items())


def _vague(doc, ss: int, se: int, low: Optional[str]) -> bool:
    """``_VAGUE_NOW.search(doc.clean, ss, se)``: in the lower-cased text (scan.Starts.lowered()),
    or from the starts of its words."""
    if low is not None:
        find = low.find
        for last, phrases in _VAGUE_BY_LAST:  # (a plain loop: a generator's frame per sentence costs more)
            if find(last, ss, se) >= 0:
                for w in phrases:
                    if find(w, ss, se) >= 0:
                        return True
        return False
    for w in _VAGUE_WORDS:
        starts = doc.starts.of(w)
        k = bisect.bisect_left(starts, ss)
        if k < len(starts) and starts[k] + len(w) <= se:
            return True
    return False


_BASIS_BEFORE_LAST = _BASIS_WORDS.last_words(ignorecase=False)
fast_path("indicators.period._BASIS_BEFORE", _BASIS_BEFORE, "search",
          lambda s: scan.may_end_with(s, _BASIS_BEFORE_LAST, False), _BASIS_WORDS)


def _basis_before(window: str) -> bool:
    """``_BASIS_BEFORE.search(window)``: a date after "so (với)" or "với" is a basis."""
    return scan.may_end_with(window, _BASIS_BEFORE_LAST, False) and _BASIS_BEFORE.search(window) is not None


def _issue_date(legal_ends: list[int], a: int) -> bool:
    """Whether a date at ``a`` follows a legal reference by at most 8 characters (its issue date)."""
    k = bisect.bisect_left(legal_ends, a - 8)
    return k < len(legal_ends) and 0 <= a - legal_ends[k] <= 8


# Cumulative periods: "tính đến tháng 11/2020" is January to November, "đến hết ngày 31/12/2020"
# the whole year; "đến hết tháng 6/2023" stays the month (a stock at that date).
_TO_DATE_WORDS = Words("tính đến|tính tới|lũy kế đến|đến hết|tính đến hết")
_TO_DATE = regex.compile(rf"(?<![\p{{L}}])(?:{_TO_DATE_WORDS.alt()})\s*(?:ngày\s*)?$", _I)
_TO_DATE_LAST = (_TO_DATE_WORDS + Words(["ngày"])).last_words()
fast_path("indicators.period._TO_DATE", _TO_DATE, "search", lambda s: scan.may_end_with(s, _TO_DATE_LAST),
          _TO_DATE_WORDS)


def _cumulative(text: str, ss: int, a: int, d: DateMention) -> DateMention:
    lo = a - 20 if a - 20 > ss else ss  # (per date: max() inline)
    if (not d.year_known or not scan.may_end_with(text[lo:a], _TO_DATE_LAST)
            or not _TO_DATE.search(text, lo, a) or d.start_date is None):
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


def _open_since(text: str, se: int, x: int, y: int, d: DateMention) -> bool:
    """A year that opens a span with no end: "Tính từ năm 1988, ..." (see _SINCE_BEFORE)."""
    return (d.grain == "year" and scan.may_end_with(text[max(0, x - 12):x], _SINCE_LAST)
            and _SINCE_BEFORE.search(text, max(0, x - 12), x) is not None and not _SPAN_END_AFTER.match(text, y, se))


# Dates said "respectively" of figures: "doanh thu năm 2015 và 2016 lần lượt đạt 1.150 tỷ đồng và
# 1.205 tỷ đồng", "(tháng 4/2015 và 2016 lần lượt đạt 8,3% và 7,8%)" (2017 archive), "GDP năm 2020
# và 2021 lần lượt đạt tăng trưởng 1,6% và 6,7%" (dev-002): the k-th figure after "lần lượt"
# takes the k-th of the dates joined before it, when there are as many of each.
_RESPECTIVELY_WORDS = Words("lần lượt")  # and the cheap test on the lower-cased sentence (Words.held_in)
_RESPECTIVELY = regex.compile(rf"(?<![\p{{L}}])(?:{_RESPECTIVELY_WORDS.alt()})(?![\p{{L}}])", _I)
fast_path("indicators.period._RESPECTIVELY", _RESPECTIVELY, "search",
          lambda s: _RESPECTIVELY_WORDS.held_in(s.lower()), _RESPECTIVELY_WORDS)
_DATE_LINK = regex.compile(rf"\s*(?:,|và|;)?\s*(?:(?:{_RELATIVE_UNITS.alt()})\s+)?", _I)  # "năm", "tháng", "quý" (dates)


def _respective(a: _Article, s: _Sentence, first: _Item, clause_s: int) -> Optional[DateMention]:
    text = a.text
    m = None
    for m in _RESPECTIVELY.finditer(text, clause_s, first.s):
        pass
    if m is None:
        return None
    run = [(x, y, d) for x, y, d in s.periods if clause_s <= x and y <= m.start()]
    k = len(run) - 1
    while k > 0 and _DATE_LINK.fullmatch(text, run[k - 1][1], run[k][0]):
        k -= 1
    run = run[k:]
    clause_e = text.find(";", m.end(), s.se)
    clause_e = s.se if clause_e < 0 else clause_e
    figs = [o for o in s.items if m.end() <= o.s < clause_e]
    if len(run) < 2 or len(figs) != len(run) or first not in figs:
        return None
    pub = a.doc.published
    s.respective_forecast = pub is not None and any(
        d.year_known and d.start_date is not None and d.start_date > pub for _x, _y, d in run)
    return run[figs.index(first)][2]


_CLOSING_AFTER = regex.compile(r"[\s.!…\"”)]*")
_TRONG_BEFORE = regex.compile(r"(?<![\p{L}])trong\s+$", _I)


def _closing_period(a: _Article, s: _Sentence) -> Optional[tuple]:
    """(start, date) of a "trong ..." period that closes the sentence, if any."""
    if not s.periods:
        return None
    x, y, d = s.periods[-1]
    if _CLOSING_AFTER.fullmatch(a.text, y, s.se) and _TRONG_BEFORE.search(a.text, max(s.ss, x - 8), x):
        return x, d
    return None


def _same_period_of(a: _Article, s: _Sentence, last: _Item) -> Optional[DateMention]:
    """A level written right before "cùng kỳ ..." is the level of that earlier period: "so với con số
    10,1 tỷ USD của cùng kỳ năm trước" (dev-027: 2019-01/2019-11), "so với kết quả 1.233 tỷ đồng
    cùng kỳ năm trước" (2017 archive). A change before it ("tăng 5% cùng kỳ") or a percentage ("bằng
    96,3% cùng kỳ năm trước", dev-015) is measured against it, and takes none from it."""
    k = bisect.bisect_left(a.dstarts, last.e)
    if k >= len(a.dstarts) or a.dstarts[k] >= s.se:
        return None
    x, _y, d = a.dpos[k]
    if not _same_period(d) or not d.year_known or not _DATE_JOIN.fullmatch(a.text, last.e, x):
        return None
    return d


def _period(a: _Article, s: _Sentence, first: _Item, last: _Item, clause_s: int,
            name: str) -> Optional[DateMention]:
    """The date right after the figure ("7,8% vào năm 2021"), else one of its clause, else the
    last before it in the sentence, else the first after it, else the period carried in (unless
    "hiện nay" says now, or the figure is an attribute of one project, see _attribute_of_works)."""
    if s.holds(_RESPECTIVELY_WORDS) and (resp := _respective(a, s, first, clause_s)) is not None:
        return resp
    if (not last.change and last.q.dimension != "percent" and s.holds(_SAME_OPENERS)
            and (same := _same_period_of(a, s, last)) is not None):
        return same
    if s.periods:  # (a sentence without dates that give a period has none of its own)
        written = _written_period(a, s, first, last, clause_s)
        if written is not None:
            return written
    if s.since is not None and (to := _since_to(s)) is not None:
        return to
    if s.vague is None:
        s.vague = _vague(a.doc, s.ss, s.se, a.low) or _OTHER_TIME_OPENING.match(a.text, s.ss, s.se) is not None
    if not s.vague and not _attribute_of_works(a, s, name):
        if a.last_period.get(s.para) is not None and _PART_OPENING.match(a.text, s.ss, s.se):
            return a.last_period[s.para]  # "Trong đó, ..." breaks down the sentence before it
        # ... else the paragraph's, the headline's, a report's frame of an earlier paragraph, and
        # for the headline and lead the frame of the first body sentence
        per = s.period_in or a.title_period or (a.doc_frame[0] if a.doc_frame[1] != s.para else None)
        if per is None and s.ss < a.head_end and a.doc.kind_at(s.ss) in ("title", "lead"):
            # the headline's figures are the lead's: "Xuất khẩu nông sản đạt 13,7 tỷ USD" over "...
            # xuất khẩu nông lâm thủy sản 5 tháng đầu năm vẫn tăng 9,5%"; "Tăng thu hơn 6.200 tỷ
            # đồng thuế ..." over "... trong 6 tháng đầu năm" (2017 archive); "Gần 200 cán bộ
            # ngân hàng bị khởi tố ..." over "... giai đoạn 2011-2016 có tới 95 vụ án" (dev-210)
            if a.doc.kind_at(s.ss) == "title":
                per = a.lead_period
            per = per or a.lead_frame
        return per
    return None


def _written_period(a: _Article, s: _Sentence, first: _Item, last: _Item, clause_s: int) -> Optional[DateMention]:
    """The period the sentence writes for the figure (``_period``'s first rules), from its dates
    that give one (``s.periods``), or None."""
    text = a.text
    before = [d for x, y, d in s.periods if y <= first.s]
    after = [d for x, y, d in s.periods if x >= last.e]
    adjacent = [d for x, y, d in s.periods
                if x >= last.e and _DATE_JOIN.fullmatch(text[last.e:x])]
    if adjacent and not _same_period(adjacent[0]):
        return adjacent[0]  # "7,8% vào năm 2021", "14,5 tỷ USD năm 2021"
    # the figure's own clause first: the last date before it in its clause, then the first after
    # it before a ";" ("... đạt 4,4 triệu USD; tăng 20% trong tháng 5")
    if before and (before_clause := [d for x, y, d in s.periods if clause_s <= x and y <= first.s]):
        return before_clause[-1]
    # a date between a level and its change is the level's: "Việt Nam sẽ xuất khẩu khoảng 5,8
    # triệu tấn gạo trong năm 2017, tăng 7,4% so với năm 2016"; 2017 archive: "... đạt 1,2 tỷ USD
    # trong năm 2016, tăng ...", "... 2,3 triệu lượt khách nước ngoài trong năm nay, tăng ..."
    if last is not first and (inner := [d for x, y, d in s.periods if first.e <= x and y <= last.s]):
        return inner[0]
    # a date after the figure is its own only when no other figure stands between them: "Bán được
    # 1.756 xe, Vios trở lại là xe bán chạy nhất, sau "cú vấp" 1.099 xe của tháng 4" (the month
    # is the 1.099's; 2017 archive)
    # ... unless it closes the sentence after "trong", the period of all its figures: "Thanh tra ...
    # đã thực hiện 31.831 cuộc thanh tra, kiểm tra; kiểm tra 188.869 hồ sơ khai thuế ... theo đó
    # phát hiện và kiến nghị xử lý về tài chính hơn 7.000 tỷ đồng trong 6 tháng đầu năm" (2017 archive)
    after_x = [(x, d) for x, y, d in s.periods if x >= last.e]
    if after_x:
        nxt = next((o.s for o in s.items if o.s >= last.e), None)
        if nxt is not None:
            after_x = [(x, d) for x, d in after_x if x < nxt]
            after = [d for x, d in after_x]
            if not after_x and before is not None and not before and (closing := _closing_period(a, s)):
                after_x, after = [closing], [closing[1]]
    if (after_clause := [d for x, d in after_x if text.find(";", last.e, x) < 0]):
        return after_clause[0]
    if before:
        return before[-1]
    if after:
        return after[0]
    return None


def _since_to(s: _Sentence) -> Optional[DateMention]:
    """A span with no end runs to the cut-off its paragraph is at: "... tính đến hết năm 2016, đầu tư
    của các công ty nước này vào Việt Nam đã vượt mốc 50 tỷ USD ... Tính từ năm 1988, các doanh
    nghiệp Hàn Quốc đã đầu tư 50,5 tỷ USD vào Việt Nam" is 1988/2016 (dev-504); with no period
    in force it has no end the text names, and no period (see _SINCE_BEFORE)."""
    d, to = s.since, s.period_in
    if (to is None or not to.year_known or to.end_date is None or d.start_date is None
            or to.end_date.year <= d.start_date.year):
        return None
    return d.model_copy(update={"value": f"{d.start_date.year}/{to.end_date.year}", "grain": "span",
                                "end_date": to.end_date.replace(month=12, day=31)})


def _attribute_of_works(a: _Article, s: _Sentence, name: str) -> bool:
    """Whether the figure is an attribute of one project or works ("- Công ty ... với dự án nhà máy
    ..., tổng vốn đầu tư đăng ký 3 triệu USD"): its name opens with an ``attribute`` noun and its
    sentence names one project, not a count of them (corpora/ANNOTATION.md dev-017, dev-109)."""
    if not scan.holds_any(s.sent_low, _ONE_WORKS_WORDS):  # (the cheaper test first: both must hold)
        return False
    if not (_may_open(name, _attribute_firsts()) and _attribute_name().match(name)):
        return False
    return _ONE_WORKS.search(a.text, s.ss, s.se) is not None


@functools.lru_cache(maxsize=1)
def _attribute_firsts() -> frozenset[str]:
    return _firsts(_nouns()["attribute"])
