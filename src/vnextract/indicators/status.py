"""The status of a figure: the nearest cue before it (``_status``), else from what is around it
(``_status_without_cue``), then the period's say (``_status_by_period``: a period not over when
the article appeared holds no actual figure).
"""

from __future__ import annotations

import bisect
from typing import Optional

import regex

from ..models import DateMention, Indicator
from ..rules import Words, fast_path
from .words import _I, _OF_PLAN, _SHARE_WORDS
from .state import _Article, _Item, _Sentence, _any_in


_PLAN_BASIS_BEFORE = regex.compile(rf"(?:{_OF_PLAN.alt()}|\d\s?%)\s*$")
_COMMA = regex.compile(r"[,:]")
_PLURAL_BEFORE = regex.compile(r"(?<![\p{L}])(?:các|những|đã)\s+$", _I)


_SHARE_PREFIX = regex.compile(rf"^(?:{_SHARE_WORDS.alt()})\s+")
# The words every match holds, and the cheap test on the lower-cased sentence (Words.held_in)
_TRONG_DO_WORDS = Words("trong đó")
_TRONG_DO = regex.compile(rf"[\s\-*•+]*(?<![\p{{L}}])(?:{_TRONG_DO_WORDS.alt()})(?![\p{{L}}])", _I)
fast_path("indicators.status._TRONG_DO", _TRONG_DO, "search", lambda s: _TRONG_DO_WORDS.held_in(s.lower()),
          _TRONG_DO_WORDS)
_WHOLE_YEAR_WORDS = Words("cả năm nay|cả năm")
_WHOLE_YEAR = regex.compile(rf"(?<![\p{{L}}])(?:{_WHOLE_YEAR_WORDS.alt()})(?![\p{{L}}])", _I)
fast_path("indicators.status._WHOLE_YEAR", _WHOLE_YEAR, "search", lambda s: _WHOLE_YEAR_WORDS.held_in(s.lower()),
          _WHOLE_YEAR_WORDS)
_FUTURE_WORDS = Words("sẽ|nếu")  # the pattern and the cheap test on the lower-cased sentence
_FUTURE = regex.compile(rf"(?<![\p{{L}}])(?:{_FUTURE_WORDS.alt()})(?![\p{{L}}])", _I)
fast_path("indicators.status._FUTURE", _FUTURE, "search", lambda s: _FUTURE_WORDS.held_in(s.lower()), _FUTURE_WORDS)
_DONE = regex.compile(r"(?<![\p{L}])(?:đã|đã\s+hoàn\s+thành)(?![\p{L}])", _I)


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
    if (done and done[0].status != "actual" and s.holds(_TRONG_DO_WORDS)
            and _TRONG_DO.search(text, done[0].end, first.s)
            and not _DONE.search(text, clause_s, first.s)):
        # "Vốn đầu tư ... tháng 1/2017 ước tính 15.203 tỷ đồng, ..., trong đó vốn trung ương quản
        # lý đạt 3.325 tỷ đồng ...; Vốn địa phương quản lý đạt 11.878 tỷ đồng": the parts of an
        # estimated whole are estimated (dev-015)
        return done[0].status
    if s.holds(_FUTURE_WORDS) and _FUTURE.search(text, clause_s, first.s):
        # no cue, but the figure is to come: "Tập đoàn sẽ đầu tư 1,2 tỷ USD", "nếu giảm chi
        # thường xuyên mỗi năm 1% thì ngân sách tiết kiệm hơn 20.000 tỷ đồng"
        return "estimate"
    return None


def _status_by_period(a: _Article, s: _Sentence, first: _Item, clause_s: int, st: str,
                      per: Optional[DateMention]) -> str:
    """An actual figure for a period not over when the article appeared is an estimate."""
    doc, text = a.doc, a.text
    if (st == "actual" and doc.published is not None and s.holds(_WHOLE_YEAR_WORDS)
            and _WHOLE_YEAR.search(text, clause_s, first.s)
            and (per is None or (per.year_known and per.start_date is not None
                                 and per.start_date.year == doc.published.year))
            and (doc.published.month, doc.published.day) != (12, 31)):
        # "Xuất khẩu cả năm đạt 13 tỷ USD" in an article of November 2020: the whole year
        # is not over, the figure is an estimate (dev-027)
        st = "estimate"
    if (st == "actual" and per is not None and doc.published is not None and per.year_known
            and per.start_date is not None and (per.start_date > doc.published or s.respective_forecast)
            and not _DONE.search(text, clause_s, first.s)):
        # "IMF ... GDP năm 2020 và 2021 lần lượt đạt tăng trưởng 1,6% và 6,7%" published in
        # November 2020: a period that had not begun when the article appeared has no
        # actual figure, only a forecast
        st = "estimate"
    return st
