"""The period of a figure (``_period``) and the dates that give none: a basis ("so với năm 2022"),
an issue date, a plan's year, a works' milestone, a span with no end ("Tính từ năm 1988"); the
cumulative frames ("tính đến tháng 11/2020" = 2020-01/2020-11); what makes a sentence take no
carried period ("hiện nay", an attribute of one project).
"""

from __future__ import annotations

import bisect
from typing import Optional

from .. import scan
from ..models import DateMention
from ..rules import fast_path
from .words import (
    _BASIS_BEFORE, _BASIS_WORDS, _DATE_JOIN, _HET_BEFORE, _ONE_WORKS, _ONE_WORKS_WORDS,
    _OTHER_TIME_OPENING, _QUALIFIED_DATE, _SINCE_BEFORE, _SPAN_END_AFTER, _TO_DATE, _TO_DATE_LAST,
    _VAGUE_WORDS, _attribute_firsts, _attribute_name, _may_open,
)
from .state import _Article, _Item, _Sentence


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


def _open_since(text: str, se: int, x: int, y: int, d: DateMention) -> bool:
    """A year that opens a span with no end: "Tính từ năm 1988, ..." (see _SINCE_BEFORE)."""
    return (d.grain == "year" and "từ" in text[max(0, x - 9):x] and _SINCE_BEFORE.search(text, max(0, x - 12), x)
            is not None and not _SPAN_END_AFTER.match(text, y, se))


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


def _attribute_of_works(a: _Article, s: _Sentence, name: str) -> bool:
    """Whether the figure is an attribute of one project or works ("- Công ty ... với dự án nhà máy
    ..., tổng vốn đầu tư đăng ký 3 triệu USD"): its name opens with an ``attribute`` noun and its
    sentence names one project, not a count of them (corpora/ANNOTATION.md dev-017, dev-109)."""
    if not (_may_open(name, _attribute_firsts()) and _attribute_name().match(name)):
        return False
    if not any(w in s.sent_low for w in _ONE_WORKS_WORDS):
        return False
    return _ONE_WORKS.search(a.text, s.ss, s.se) is not None
