"""Reading an article into the state: ``_article`` (dates, provinces, cue and scope starts, the
headline's period, once per article), ``_carry`` and ``_carry_on`` (what each sentence leaves its paragraph: a
framing period, a subject) and ``_sentence`` (a sentence with figures, its scopes and cues).
"""

from __future__ import annotations

import bisect
import functools
from typing import Optional

import regex

from .. import organizations, provinces, scan
from ..dates import _SPAN_COUNT
from ..resources import read_by
from ..rules import ONE_SPACE, Words, fast_path
from .words import (_VERB_WORDS, _COMPARE_IN_FULL, _CUMULATIVE_LEAD, _CUMULATIVE_WORDS, _EVENT_AT_BEFORE, _I, _LIST_CUE_WORDS, _LIST_OPENERS,
                    _OF_PLAN, _PLAN_BASIS, _cues, _in_proper_name, _res, _PERIOD_GRAINS, _said_of, _same_period)
from .state import _Article, _Item, _Sentence, _clean_spans, _in_range, _word_starts
from .classify import _direction, _direction_words
from .period import _basis_before, _cumulative, _issue_date, _open_since
from .scope import _SCOPE, _main_place, _scope_starts

# A named unit opening a sentence is its subject: "Phường Quy Nhơn có diện tích ...", "Xã Nhơn
# Châu có ...", "Tổng cục Hải quan đạt ...". The kinds of unit, capitalised as a sentence opens
# them: the levels of local government (organizations.UNIT_LEVELS, data/unit_levels.tsv) and the
# city's abbreviation ("TP.", "TP": provinces.UNIT_ABBREVIATIONS), the town and the 2025 special
# zone no level table reads yet ("Thị trấn", "Đặc khu"), and the bodies and meetings whose figures
# the press reports so (a selection of the heads of org_heads.tsv, and "Ngành", "Hội nghị").
_SUBJECT_KINDS = (Words(w[0].upper() + w[1:] for w in organizations.UNIT_LEVELS)
                  + Words(f"{ab}{dot}" for ab in provinces.UNIT_ABBREVIATIONS for dot in (".", ""))
                  + Words("Thị trấn|Đặc khu|Tổng cục|Cục|Bộ|Sở|Ngành|Công ty|Tập đoàn|Ngân hàng|Hội nghị"))
_LIST_MARK = r"[\s\-*•+\d.)]"  # list marks "- ", "1. "
_SUBJECT_UNIT = regex.compile(
    r"""
    %s*                                                                        # list marks
    (?P<s>(?:%s)                                                              # the unit's kind
       \s+\p{Lu}[\p{L}\d]*(?:\s+(?:\p{Lu}[\p{L}\d]*|\d+))*)                       # its capitalised name
    (?=\s+(?:%s|thu|đã|vẫn|tiếp\ tục)\b|\s*[:,])     # followed by a verb ("có", "đạt": _VERB_WORDS)
    """ % (_LIST_MARK, _SUBJECT_KINDS.alt(ONE_SPACE), _VERB_WORDS.alt(ONE_SPACE)),
    regex.VERBOSE,
)
# _SUBJECT_UNIT's kinds as written ("Phường", "Xã", ..., "Hội nghị": case-sensitive, one space),
# and the characters of its leading list marks among plain ones and the ASCII spaces, as the
# regex engine says.
_SUBJECT_OPENINGS = tuple(_SUBJECT_KINDS)
_SUBJECT_FIRSTS = frozenset(o[0] for o in _SUBJECT_OPENINGS)  # (their first characters, the cheaper test first)
_SUBJECT_KNOWN = scan._PLAIN | frozenset("\t\n\r\x0b\x0c•")
_SUBJECT_MARKS = frozenset(c for c in _SUBJECT_KNOWN if regex.fullmatch(_LIST_MARK, c))


def _may_subject(text: str, ss: int, se: int) -> bool:
    """False only when _SUBJECT_UNIT cannot match at ``ss``: after its list marks, the sentence
    goes on with a plain character that opens none of its kinds as written."""
    i = ss
    while i < se and text[i] in _SUBJECT_MARKS:
        i += 1
    if i >= se:
        return False
    c = text[i]
    return c not in _SUBJECT_KNOWN or (c in _SUBJECT_FIRSTS and text.startswith(_SUBJECT_OPENINGS, i))


fast_path("indicators.article._SUBJECT_UNIT", _SUBJECT_UNIT, "match",
          lambda s, p: _may_subject(s, p, len(s)), _SUBJECT_KINDS)
# What may stand before a date that frames its sentence: connectors and prepositions only
# ("Năm 2020, ...", "Trong tháng 1/2017, ...", "Tính chung 6 tháng đầu năm, ...", "- Quý I/2017, ...").
# An attribution may stand before them: "Bộ Tài chính cho biết, 6 tháng đầu năm 2017, Thanh tra Bộ
# ... đã tiến hành ...", "Theo Tổng cục Hải quan, trong tháng 1, ..." (2017 archive; also "Theo
# báo cáo của xã ..., trong năm 2016, ...", "... TP.HCM cho biết, trong 6 tháng ...").
# The connectors of such a lead: prepositions and links, the words that open a list of parts
# (_LIST_OPENERS: "trong đó", "riêng") and those of a cumulative figure (_CUMULATIVE_WORDS: "tính
# chung", "lũy kế"). The pattern is only fullmatched: the order of the words does not matter.
_FRAME_WORDS = (Words("trong|tính đến|tính từ|đến|tới|từ|còn|về|sang|bước sang|qua|sau|vào|theo đó|đồng thời")
                + _LIST_OPENERS + _CUMULATIVE_WORDS)
_FRAME_MARK = r"[\s\-*•+\d.)\"“]"  # the list marks and quotes before it
_FRAME_LEAD = regex.compile(
    _FRAME_MARK + r"*(?:Ảnh\s*:\s*\p{Lu}[\p{L}./]*(?:\s+\p{Lu}[\p{L}./]*)*\s+)?"
    # the attribution, a source ("Theo Tổng cục Hải quan,"), not a plan ("Theo kế hoạch, từ tháng
    # 10/2017 dự án ... sẽ chạy thử", dev-308)
    r"(?:(?:theo\s+(?!kế\s+hoạch|quy\s+hoạch|dự\s+kiến|lộ\s+trình|đó)[^,.;:!?\n]{2,80}?"
    r"|[^,.;:!?\n]{2,80}?\s+cho\s+(?:biết|hay))\s*[,:]\s*)?"
    rf"(?:(?:{_FRAME_WORDS.alt()})(?![\p{{L}}])[\s,]*)*",  # "Trong", "Tính chung", "Riêng", "Lũy kế"
    _I)
# The cheap test before _FRAME_LEAD (_may_frame): its marks among the characters it knows (as the
# regex engine says), and its frame words' first words.
_FRAME_KNOWN = _SUBJECT_KNOWN | frozenset("“")
_FRAME_MARKS = frozenset(c for c in _FRAME_KNOWN if regex.fullmatch(_FRAME_MARK, c))
_FRAME_FIRSTS = _FRAME_WORDS.first_words()


def _may_frame(text: str, low: Optional[str], ss: int, x: int) -> bool:
    """False only when ``_FRAME_LEAD.fullmatch(text, ss, x)`` cannot match: after the spot where
    its frame words must start, ``text`` does not open with one of their first words (in ``low``,
    the lower-cased text; None: it may), nor has it run out. That spot: after the last comma
    before ``x``, and the spaces after it, when no colon comes later (a comma ends an attribution,
    "Theo Tổng cục Hải quan, ", "... cho biết, ", or stands between frame words, "Trong đó, riêng
    ..."; neither a caption nor the marks hold one, and the frame words and the spaces and commas
    between them are all that may follow an attribution); with no comma and no colon, after the
    leading marks (no letter in them: a frame word cannot start inside). A colon last (it may end
    a caption, "Ảnh: Thái Minh ..."), or a character the test does not know there: it may."""
    if low is None:
        return True
    comma, colon = text.rfind(",", ss, x), text.rfind(":", ss, x)
    if colon > comma:
        return True
    if comma >= 0:
        i = comma + 1
        while i < x and text[i].isspace():  # (str.isspace holds for every regex \s)
            i += 1
    else:
        i = ss
        while i < x and text[i] in _FRAME_MARKS:
            i += 1
    return i >= x or text[i] not in _FRAME_KNOWN or low.startswith(_FRAME_FIRSTS, i)


fast_path("indicators.article._FRAME_LEAD", lambda: regex.compile(rf"(?:{_FRAME_LEAD.pattern})\Z", _FRAME_LEAD.flags),
          "match", lambda s, p: _may_frame(s, scan.caseless_lower(s), p, len(s)),
          _FRAME_WORDS + Words("Ảnh: Minh|Theo Tổng cục Thống kê,|Bộ Tài chính cho biết,"))
_SINCE_AT_BEFORE = regex.compile(r"(?<![\p{L}])từ\s+$", _I)  # "thống nhất từ cách đây 3 năm"
# "năm nay" counted is a stretch of years, no period: "tình trạng ... đã tồn tại hai năm nay" (2017
# archive); the counts are those that make it a span for dates too (dates._SPAN_COUNT: "10 năm nay",
# "nhiều năm nay", "nửa năm nay")
_COUNTED_BEFORE = regex.compile(rf"(?:\d|(?<![\p{{L}}])(?:{_SPAN_COUNT}))\s+$", _I)
# A date after a comparison and the words of what is compared is a basis too: "bằng 129,2% và
# 162,25% so với thực hiện năm 2016", "ước tính khoảng 10 tấn quả tươi, tương đương với vụ vải
# thiều năm 2016", "so với mức của năm 2015" (2017 archive). Case-sensitive: each match holds one
# of the words' first words as written ("so", "tương"), the cheap test (str.find) before it.
_BASIS_PHRASE_WORDS = _COMPARE_IN_FULL + Words("tương đương với|tương đương")
_BASIS_PHRASE_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?:{_BASIS_PHRASE_WORDS.alt()})\s+(?:[\p{{Ll}}]+\s+){{1,4}}$")
_BASIS_PHRASE_FIRSTS = _BASIS_PHRASE_WORDS.first_words()
fast_path("indicators.article._BASIS_PHRASE_BEFORE", _BASIS_PHRASE_BEFORE, "search",
          lambda s: scan.holds_any(s, _BASIS_PHRASE_FIRSTS), _BASIS_PHRASE_WORDS)
# A plan's year after a share of it is the plan's, not a period: "bằng 54,8% so với kế hoạch năm
# 2017", "bằng 32,9% kế hoạch năm 2017" (dev-112), "đạt 95% so với kế hoạch năm 2016" (2017
# archive). A plan's year that frames its figures is their period: "Công ty đặt chỉ tiêu năm
# 2017 với doanh thu 307,5 tỷ đồng", "Theo kế hoạch cả năm 2017 của TKV, riêng doanh thu từ
# Alumin của TKV sẽ là 6.659 tỷ đồng" (2017 archive).
_PLAN_YEAR_WORDS = _PLAN_BASIS
# A share of the plan (words._OF_PLAN, which status reads too), and here also what fills it:
# "hoàn thành 105% kế hoạch năm 2016" (not for status: "khó hoàn thành mục tiêu 100% dân số được
# sử dụng nước sạch" is a goal, 2017 archive).
_PLAN_YEAR_SHARE = _OF_PLAN + Words("hoàn thành")
_PLAN_YEAR_BEFORE = regex.compile(
    r"""
    (?:(?<![\p{L}])(?:""" + _PLAN_YEAR_SHARE.alt() + r""")|%)    # a share of: "bằng 54,8% so với"
    \s+(?:[\p{L}]+\s+){0,2}?                                        # "mức", "so với"
    (?:""" + _PLAN_YEAR_WORDS.alt() + r""")\s+$                          # the plan
    """, _I | regex.VERBOSE)
_PLAN_YEAR_LAST = _PLAN_YEAR_WORDS.last_words()
fast_path("indicators.article._PLAN_YEAR_BEFORE", _PLAN_YEAR_BEFORE, "search",
          lambda s: scan.may_end_with(s, _PLAN_YEAR_LAST), _PLAN_YEAR_WORDS)
# A date right after the verb of a works' milestone is the date of that event, not a period of the
# sentence's figures: "Hợp phần 2 dài 62km ... dự kiến khởi công vào cuối năm 2017", "dự án sẽ
# khởi công trong quí 4- 2017" (dev-311: the length and the capital have no period).
_EVENT_WORDS = Words("khởi công|khánh thành|thông xe|động thổ|đưa vào sử dụng|đưa vào vận hành|đưa vào khai thác"
                     "|bắt đầu thực hiện|bắt đầu triển khai|bắt đầu xây dựng")
_EVENT_LINKS = Words("vào|trong|từ|năm")  # "khởi công vào ..."
_EVENT_DATE_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?:{_EVENT_WORDS.alt()})(?:\s+(?:{_EVENT_LINKS.alt()}))?\s*$", _I)
_EVENT_DATE_LAST = (_EVENT_WORDS + _EVENT_LINKS).last_words()
fast_path("indicators.article._EVENT_DATE_BEFORE", _EVENT_DATE_BEFORE, "search",
          lambda s: scan.may_end_with(s, _EVENT_DATE_LAST), _EVENT_WORDS + _EVENT_LINKS)
# The day a document was issued is no period: "Theo công văn ngày 25/10/2016 ... Cục thuế đã hoàn
# ... 2,222 tỷ đồng ... trong kỳ hoàn thuế từ tháng 9/2012 đến tháng 11/2012" (dev-213; 2017
# archive: "Thực hiện Thông báo số 28 ngày 15/3 của Ban Thường vụ", "Hội đồng ra thông báo ngày
# 26/4/2017"); a document with a legal number is legal_refs' (_issue_date). A report's month
# ("báo cáo tháng 5/2017") is a period: only a day is an issue date. The documents are the type words
# of data/type_words.tsv marked issue_date ("công văn", "thông báo", "báo cáo", ...), and "biên bản",
# a record the press dates the same way that legal_refs reads as no type of document.
_DOCUMENT_WORDS = Words(w.lower() for w in read_by("type_words.tsv", "issue_date", key="word")) + Words("biên bản")
# The day a report or a figure was released is no period either: "Theo kết quả khảo sát của Hãng
# nghiên cứu toàn cầu Ipsos (Pháp) công bố ngày 6/2, ...", "Báo cáo ... do Microsoft châu Á công bố
# ngày 8/2 cho thấy, ...", "Theo IMF công bố ngày 9/5, Ấn Độ dự kiến sẽ đạt nhịp độ tăng trưởng 7,2%
# trong tài khóa 2017-2018" (2017 archive), "Số liệu thống kê của ... (KOTRA) công bố ngày 12/6 cho
# thấy tính đến hết năm 2016, ..." (dev-504).
_RELEASE_WORDS = Words("công bố|ban hành|phát hành|đăng tải|đưa ra")
_DOCUMENT_DATE_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?:(?:{_DOCUMENT_WORDS.alt(ONE_SPACE)})(?:\s+số\s+[^\s,]+)?[\s,]*"
    rf"|(?:{_RELEASE_WORDS.alt(ONE_SPACE)})\s+(?:hôm\s+|vào\s+)?)(?:ngày\s*)?$", _I)
_PLAN_OPENS = regex.compile(r"[\s\-*•+\"“]*")
_PLAN_FRAME_CUE = regex.compile(r"(?:theo\s+quy\s+hoạch|theo\s+kế\s+hoạch|kế\s+hoạch|mục\s+tiêu|phấn\s+đấu)", _I)


# The starts of the cue words (_Article.cue_starts, dir_starts): every match of a cue pattern
# starts there. Checked on bare text (tests/test_rules.py) as on an article.
class _TextDoc:
    def __init__(self, text: str) -> None:
        self.clean = text
        self.starts = scan.Starts(text)


@functools.lru_cache(maxsize=8)
def _cue_words(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """The cue words of ``kinds`` (data/indicator_cues.tsv), whose starts a sentence's patterns are tried at."""
    return tuple(w for k in kinds for w in _cues()[k])


for _kinds, _pattern in ((("estimate",), lambda: _res().estimate), (("target",), lambda: _res().target),
                         (("increase", "decrease"), lambda: _direction())):
    fast_path(f"indicators.article.cue_starts.{'+'.join(_kinds)}", _pattern, "match",
              lambda s, p, kinds=_kinds: p in _word_starts(_TextDoc(s), _cue_words(kinds)),
              lambda kinds=_kinds: _cue_words(kinds))


def _same_period_opens(text: str, ss: int, x: int) -> bool:
    """Whether a "cùng kỳ ..." date at ``x`` opens its sentence or a bracket, and so frames what
    follows, as its own period: "(cùng kỳ năm 2019 tăng 5,3%)" (dev-026: 2019); after "so với", or
    anywhere else, it is the basis of a change ("tăng 8,5% so với cùng kỳ năm trước")."""
    return x - ss <= 2 or text[max(ss, x - 4):x].rstrip().endswith("(")


def _article(doc) -> _Article:
    dates = doc.results.get("dates", [])
    provinces = doc.results.get("provinces", [])
    dpos = _clean_spans(doc, dates)
    ppos = _clean_spans(doc, provinces)
    head_end = _head_end(doc)
    dstarts = [a for a, _, _ in dpos]
    head_dates = dpos[:bisect.bisect_left(dstarts, head_end)]  # the dates of the title and lead, and before
    # the period of the headline holds where a paragraph sets none ("... năm 2020" in the title)
    text = doc.clean
    # (not the time of an event the headline tells: "Nhật Bản, EU hướng tới ký kết EPA vào đầu
    # tháng 7/2017", "Bà Merkel hoãn tới Mỹ, TT Trump tiếp ông Tập Cận Bình vào tháng 4", "Song
    # Joong Ki và Song Hye Kyo sẽ kết hôn vào cuối tháng 10 tới"; 2017 archive)
    title_period = next((d for a, _b2, d in head_dates if doc.kind_at(a) == "title"
                         and d.grain in _PERIOD_GRAINS
                         and not _EVENT_AT_BEFORE.search(text, max(0, a - 6), a)), None)
    # the lead's first period: not a basis ("tăng 9,5% so với cùng kỳ năm trước"), a day, nor the
    # time of an event ("Khoản vay ... đã được thống nhất từ cách đây 3 năm", dev-308)
    lead_period = next((d for a, _b2, d in head_dates if doc.kind_at(a) == "lead"
                        and d.grain in _PERIOD_GRAINS and d.year_known
                        and not _same_period(d) and not _said_of(d.text, ("yearsago",))
                        and not _basis_before(text[max(0, a - 10):a])
                        and not _EVENT_AT_BEFORE.search(text, max(0, a - 6), a)
                        and not _SINCE_AT_BEFORE.search(text, max(0, a - 6), a)
                        and not _COUNTED_BEFORE.search(text, max(0, a - 8), a)), None)
    low = doc.starts.lowered()
    lead_frame = None
    for x, _y, d in dpos:
        if (x < head_end and doc.kind_at(x) in ("title", "lead")) or (
                d.grain == "day" and _DOCUMENT_DATE_BEFORE.search(text, max(0, x - 40), x)):
            continue  # (nor the day a report was released: "Theo báo cáo mới công bố ngày 20/6, ...")
        k_s = doc.sentence_at(x)
        if (k_s is not None and _may_frame(text, low, doc.sents[k_s][0], x)
                and _FRAME_LEAD.fullmatch(text, doc.sents[k_s][0], x)):
            lead_frame = d
        break
    return _Article(
        doc=doc, text=text, dpos=dpos, ppos=ppos,
        dstarts=dstarts, pstarts=[a for a, _, _ in ppos],
        place=_main_place(doc, ppos, head_end),
        # issue dates of documents ("Nghị định 85/2019/NĐ-CP ngày 14/11/2019") are no periods
        legal_ends=sorted(doc.norm.to_clean(r.end) for r in doc.results.get("legal_refs", [])),
        title_period=title_period,
        lead_frame=lead_frame,
        lead_period=lead_period,
        low=low,
        low_slices=low if low is not None and "\u03a3" not in text else None,
        head_end=head_end,
    )


def _cue_starts(a: _Article) -> list:
    """``a.cue_starts``, worked out at the first sentence that reads them (``_sentence``,
    ``_opens_plan``), not with the rest of the article: like the other start lists
    (``_starts_read``) a pass over every occurrence of its words in the text."""
    if a.cue_starts is None:
        cues = _res()
        a.cue_starts = [(rx, val, _word_starts(a.doc, _cue_words((val,))))
                        for rx, val in ((cues.estimate, "estimate"), (cues.target, "target"))]
    return a.cue_starts


def _starts_read(a: _Article) -> None:
    """Works out ``a.scope_starts`` and ``a.dir_starts`` at the first sentence that reads them
    (``_sentence``; ``classify._classify`` comes after it), not with the rest of the article:
    each is a pass over every occurrence of its words in the text, and an article whose figures
    are all incidental (one in ten of the archive's with figures) reads neither."""
    if a.scope_starts is None:
        a.scope_starts = _scope_starts(a.doc)
        a.dir_starts = _word_starts(a.doc, _direction_words())


def _head_end(doc) -> int:
    """Where the last title or lead paragraph ends, 0 for none (``_Article.head_end``)."""
    return max((b.end for b in doc.blocks if b.kind in ("title", "lead")), default=0)


def _gives_period(a: _Article, text: str, ss: int, se: int, x: int, y: int, d) -> bool:
    """Whether the date at ``[x, y)`` of the sentence ``[ss, se)`` gives a period: not a basis
    ("so với năm 2022", "tương đương với vụ vải thiều năm 2016"), a "cùng kỳ" inside the sentence,
    an issue date, a plan's year, a works' milestone, a date of no year known from an undated
    article, a span with no end, nor the day a document was issued or released. The windows
    before the date stop at the sentence's start (their bounds compared inline: per date)."""
    lo10, lo30, lo40, lo45 = (x - 10 if x - 10 > ss else ss, x - 30 if x - 30 > ss else ss,
                              x - 40 if x - 40 > ss else ss, x - 45 if x - 45 > ss else ss)
    return (not _basis_before(text[lo10:x])
            and not (scan.holds_any(text, _BASIS_PHRASE_FIRSTS, lo45, x)
                     and _BASIS_PHRASE_BEFORE.search(text, lo45, x))
            and (not _same_period(d) or _same_period_opens(text, ss, x))
            and not _issue_date(a.legal_ends, x)
            and not (scan.may_end_with(text[lo40:x], _PLAN_YEAR_LAST) and _PLAN_YEAR_BEFORE.search(text, lo40, x))
            and not (scan.may_end_with(text[lo30:x], _EVENT_DATE_LAST) and _EVENT_DATE_BEFORE.search(text, lo30, x))
            and d.value != "XXXX"  # "từ cách đây 3 năm" in an undated article: no period (dev-308)
            and not _open_since(text, se, x, y, d)
            and not (d.grain == "day" and _DOCUMENT_DATE_BEFORE.search(text, lo40, x)))


def _carry(a: _Article, ss: int, se: int, para: int):
    """(its dates, the period carried in, its periods, its subject) of a sentence with figures
    (``_carry_on`` for the others): its periods and subject update what its paragraph carries."""
    text = a.text
    lo, hi = bisect.bisect_left(a.dstarts, ss), bisect.bisect_left(a.dstarts, se)
    sdates = a.dpos[lo:hi]
    period_in = a.carried.get(para)
    periods = [] if lo == hi else [(x, y, _cumulative(text, ss, x, d)) for x, y, d in sdates
                                   if _gives_period(a, text, ss, se, x, y, d)]
    # what the paragraph carries on: the date that frames this sentence ("Năm 2020, ...",
    # "Trong tháng 1/2017, ...") or the period its figures took (set after them, _indicators); an
    # event date inside a clause ("đến tháng 10/2011 mới chính thức triển khai", "chiều 11/5, Chủ
    # tịch nước ... ký") or a horizon ("mục tiêu ... đến năm 2030") frames nothing after it
    if periods and _may_frame(text, a.low, ss, periods[0][0]) and _FRAME_LEAD.fullmatch(text, ss, periods[0][0]):
        _frame(a, text, ss, para, periods[0][0], periods[0][2])
    return sdates, period_in, periods, _subject(a, ss, se, para)


def _subject(a: _Article, ss: int, se: int, para: int) -> Optional[str]:
    """The unit a sentence opens with as its subject (_SUBJECT_UNIT: "Xã Phù Cát 2 có: ..."),
    or None; a subject goes on to the next sentences of its paragraph (``carried_scope``)."""
    text = a.text
    sm = _SUBJECT_UNIT.match(text, ss, se) if _may_subject(text, ss, se) else None
    subject = " ".join(sm.group("s").split()) if sm else None
    if subject:
        a.carried_scope[para] = subject
    return subject


def _frame(a: _Article, text: str, ss: int, para: int, x: int, per) -> None:
    """The period ``per`` (from the date at ``x``) of a sentence that its lead frames (its first
    period, _FRAME_LEAD before it) goes on to its paragraph, and a report's period to the later
    ones; but a "cùng kỳ" date, and a cumulative frame ("Tính chung 6 tháng, ..."), which holds
    for its own sentence only."""
    if not _same_period(per) and not _CUMULATIVE_LEAD.search(text, ss, x):
        a.carried[para] = per
        if per.grain in _PERIOD_GRAINS:
            a.doc_frame = (per, para)  # a report's period goes on to later paragraphs


def _carry_on(a: _Article, ss: int, se: int, para: int, read_on: bool = True) -> None:
    """``_carry`` for a sentence with no figures kept: only what it leaves its paragraph (a
    framing period, a subject), not what it returns (none reads it). ``read_on``: False when no
    later sentence of the paragraph holds a figure (``extract``): then its subject, which only
    those read (``carried_scope``), is not looked for; its frame still is (a report's period
    goes on to the later paragraphs, ``doc_frame``).

    A sentence frames a period only when its lead (_FRAME_LEAD) runs to the date of its first
    period. So the lead is tried first, at each of its dates (a regex fullmatch each, no side
    effect): where it runs to none of them (most sentences; and one with no date: the first date
    at or after ``ss`` starts at ``se`` or later), no date's tests (``_gives_period``) nor
    ``_cumulative`` are asked; else the first period is found as ``_carry`` finds it (the first
    date that gives one) and frames it if the lead runs to it, as there."""
    dstarts = a.dstarts
    lo = bisect.bisect_left(dstarts, ss)
    if lo < len(dstarts) and dstarts[lo] < se:
        text = a.text
        sdates = a.dpos[lo:bisect.bisect_left(dstarts, se, lo)]
        low = a.low
        leads = [_may_frame(text, low, ss, x) and _FRAME_LEAD.fullmatch(text, ss, x) is not None
                 for x, _y, _d in sdates]
        if True in leads:
            for led, (x, y, d) in zip(leads, sdates):
                if _gives_period(a, text, ss, se, x, y, d):
                    if led:
                        _frame(a, text, ss, para, x, _cumulative(text, ss, x, d))
                    break
    if read_on:
        _subject(a, ss, se, para)


def _sentence(a: _Article, si: int, ss: int, se: int, para: int, items: list[_Item], carried) -> _Sentence:
    """A sentence with figures: what ``_carry`` read, its scope phrases and status cues."""
    text = a.text
    sdates, period_in, periods, subject = carried
    _starts_read(a)
    starts = _in_range(a.scope_starts, ss, se)
    scope_ms = list(scan.finditer_at(_SCOPE, starts, text, se, ss)) if starts else []
    masks = [(x, y) for x, y, _ in sdates] + [(m.start(), m.end()) for m in scope_ms]
    cue_ms = []
    for rx, val, cue_starts in _cue_starts(a):
        starts = _in_range(cue_starts, ss, se)
        if starts:  # (a sentence with no cue word's start has none of its matches)
            cue_ms.extend((m.start(), m.end(), m.group(0), val) for m in scan.finditer_at(rx, starts, text, se, ss)
                          if not _in_proper_name(text, ss, m.start()))  # "Bộ Kế hoạch và Đầu tư"
    cue_ms.sort()
    # a sentence that opens with a plan cue makes its paragraph a plan's: the figures after it
    # that have no cue of their own are targets ("Kim ngạch xuất khẩu đạt 450 triệu USD. Năm
    # 2025, sản lượng bia sẽ tăng lên 4,6 tỷ lít" after "Theo quy hoạch ...", dev-309)
    if cue_ms and _plan_cue(cue_ms[0]) and _PLAN_OPENS.fullmatch(text, ss, cue_ms[0][0]):
        a.plan_paras.add(para)
    sent_low = a.low_slices[ss:se] if a.low_slices is not None else text[ss:se].lower()
    # "Tính từ năm 1988, ..."
    since = next((d for x, y, d in sdates if _open_since(text, se, x, y, d)), None) if sdates else None
    return _Sentence(si, ss, se, para, items, period_in, periods, subject, scope_ms, masks, cue_ms,
                     sent_low=sent_low, list_cue_words=scan.holds_any(sent_low, _LIST_CUE_WORDS),
                     vague=True if since else None, since=since)


def _opens_plan(a: _Article, ss: int, se: int) -> bool:
    """Whether the sentence ``[ss, se)`` opens with a plan cue as ``_sentence`` tells from all
    its cues (the first of them a target, after list marks only, _PLAN_OPENS, and a plan's
    word, _PLAN_FRAME_CUE), for a sentence ``_sentence`` does not read (all its figures
    incidental). Only the cues at the sentence's first character after those marks (``q``) are
    tried: every cue starts at one of its words' first letters (``_Article.cue_starts``), which
    no mark is, so a first cue anywhere else does not open the sentence, and none starts before
    ``q``. The first cue is the least of those at ``q`` (as cue_ms.sort() orders them), each
    tried where ``_sentence`` tries it (at a start of its words) and kept as it keeps it (not in
    a proper name)."""
    text = a.text
    q = _PLAN_OPENS.match(text, ss, se).end()
    if q >= se:
        return False
    first = None
    for rx, val, cue_starts in _cue_starts(a):
        k = bisect.bisect_left(cue_starts, q)
        if k < len(cue_starts) and cue_starts[k] == q:
            m = rx.match(text, q, se)
            if m is not None and not _in_proper_name(text, ss, q):
                cue = (q, m.end(), m.group(0), val)
                if first is None or cue < first:
                    first = cue
    return first is not None and _plan_cue(first)


def _plan_cue(cue: tuple) -> bool:
    """Whether a sentence's first cue (start, end, text, value), right after its list marks,
    makes its paragraph a plan's: a target cue that is a plan's word ("Theo quy hoạch", "Mục
    tiêu"; _PLAN_FRAME_CUE). Asked by ``_sentence`` and ``_opens_plan``."""
    return cue[3] == "target" and _PLAN_FRAME_CUE.match(cue[2]) is not None
