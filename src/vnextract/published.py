"""The article's own date, for ``Article.published`` (found) and ``Article.published_inferred``.

When the caller gives no publication date, the text often shows one. Two kinds of evidence:

- a publication stamp: a short line of page chrome or a byline with a full date ("28/07/2023
  14:05", "Cập nhật: 28/7/2023"), or an agency dateline opening the copy ("Hà Nội, 28/7/2023
  (TTXVN) - ..."). Such a date is the publication date, so it is ``Article.published`` ("given
  or found", CONTRACT.md) as well as the inferred date (grain day).
- the news hook: the day the article reports, opening a sentence of the first paragraphs with
  a time-of-day word or "ngày" and a comma ("Ngày 6/2, ông ... đã trao", "Chiều 8/6, Quốc hội
  thảo luận", "Trao đổi với phóng viên chiều ngày 10/2, ông ...", "sáng nay (7/6)"). An event day
  is not a publication date (dev-006 opens "Ngày 11/1/2021, hầm Hải Vân 2 được khánh thành" and
  appeared on 26/4/2021), so it never becomes ``published``; it is the inferred date, and the
  anchor of the article's relative dates.

A yearless hook ("Chiều 8/6") takes a year only when the text itself states it (corpora
ANNOTATION.md, the 2017-archive notes): a dated expression of that year close to the day
("Ngày 4/7, Chính phủ họp Phiên thường kỳ tháng 6/2017"; "Chiều 9/6 ... quý II/2017"), "năm
YYYY" in the hook's sentence or the next ("Ngày 6/2 ... Đây là các dự án đầu tiên năm 2017"),
"năm nay 2017", the edition year of the event the hook's sentence reports ("Sáng 6/7, nhiều Sở
GD&ĐT công bố điểm thi THPT Quốc gia 2017"), or the lunar year of Tết ("Tết Nguyên đán Đinh Dậu"
= 2017). Otherwise the year
stays unknown (``year_known`` false, "XXXX-06-08"): a year the article merely names ("dự kiến
năm 2017", "giai đoạn 2011-2016", a document of 25/10/2016 eight months before) is not the
year of the day. A plan just ahead states it too ("chiều 11/5" with "Dự kiến đến cuối tháng
7/2017, dự án sẽ hoàn thành", dev-308). What the story goes back to does not: a period after
the day in the calendar ("Sáng 19-5" and "Trước đó, tháng 6-2016"), a year older than a later
one the text names, a dated hook followed by dates of later years ("Sáng 30/1/2015, anh được
phân công ..." in a trial report of 2017: the next hook is tried). With no hook, the year alone
may be shown by the same kinds of statement, or by a dated headline ("Điểm nhấn phát triển
kinh tế tháng 1/2017"; not a dated lead, which dates its story) that is no horizon ("đặt kín phòng đến hết quý I/2018"), a report's own
period, or a period still estimated ("trong tháng 1/2017, thu ngân sách nhà nước ước đạt").

Reads only ``clean`` and the paragraph structure; runs once per article without a given date.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
from dataclasses import dataclass
from typing import Callable, Optional, Sequence

import regex

from . import dates, quantities, scan
from .resources import load_tsv, read_by
from .rules import ONE_SPACE, Words, fast_path

__all__ = ["Inferred", "infer", "stamped"]

_Y = dates.YEAR


@dataclass(frozen=True)
class Inferred:
    """The article's date as its text shows it; ``start``/``end`` are clean offsets of the evidence."""

    start: int
    end: int
    year: Optional[int]
    month: Optional[int] = None
    day: Optional[int] = None
    stamp: bool = False  # a publication stamp: also Article.published
    today: bool = False  # the text names its own day ("hôm nay (6/2/2017)"): an anchor like a stamp

    @property
    def grain(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    @property
    def year_known(self) -> bool:
        return self.year is not None

    @property
    def date(self) -> Optional[dt.date]:
        """The first day of what the evidence fixes; None when the year is unknown."""
        if self.year is None:
            return None
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def timex(self) -> str:
        """TIMEX3-style value as DateMention.value: "2017-06-09", "2017-05", "2017", "XXXX-06-08"."""
        return dates.timex(self.year, self.month, self.day)


def _date(y: int, m: int, d: int) -> Optional[dt.date]:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# --- publication stamps --------------------------------------------------------------------------

_STATED_DATE = regex.compile(rf"(?<!\d)(\d{{1,2}})[/.\-](\d{{1,2}})[/.\-]({_Y})")

# An agency dateline opening the first paragraphs: "Hà Nội, 28/7/2023 (TTXVN) - ...", "Tin ngày
# 28/7/2023.", "Cập nhật: 28/7/2023". Not "Ngày 28/7/2023, ..." alone: that is the day of an
# event (dev-006, dev-035), read below as a hook.
_DATELINE = regex.compile(
    r"(?:[\p{Lu}][\p{L}. ]{0,30},\s*|(?i:tin\s+ngày)\s+|(?i:cập\s+nhật):?\s*)"
    rf"(\d{{1,2}})[/.\-](\d{{1,2}})[/.\-]({_Y})"
)


# A time and a full date stamped on the byline, wherever the scraper left it (often glued to the
# body and the related links): "Đình Viên - Thể thao Việt Nam | 12:00 06/02/2017 Tin liên quan",
# "... Nguyễn Huệ / 13/05/2017 10:28 GMT+7 / TTO - Sở Giao thông" (2017 archive: 46 of 5,061
# articles carry the first form).
_BYLINE_STAMP = regex.compile(
    rf"\|\s*\d{{1,2}}:\d{{2}}\s+(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>{_Y})"   # "| 12:00 06/02/2017"
    rf"|(?<![\d/])(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>{_Y})\s+\d{{1,2}}:\d{{2}}\s*GMT")  # "13/05/2017 10:28 GMT+7"


def _may_hold_year(clean: str, years: Sequence[tuple[int, int]], pos: int, endpos: int) -> bool:
    """False only when no match of a pattern that holds a year (_Y: the stamps, whose date ends
    with one) can lie in ``clean[pos:endpos]``: no year of the text (``years``: _years(clean))
    starts there, and ``endpos`` cuts no run of digits (where the window's end would let _Y's
    ``(?!\\d)`` pass: "2017" of "20171")."""
    k = bisect.bisect_left(years, (pos,))
    if k < len(years) and years[k][0] < endpos:
        return True
    return endpos < len(clean) and clean[endpos].isdigit()


for _name, _pat, _examples in (
        ("_DATELINE", _DATELINE, ["Hà Nội, 28/7/2023", "Tin ngày 28/7/2023", "Cập nhật: 28/7/2023", "TP. HCM, 1.2.2017"]),
        ("_STATED_DATE", _STATED_DATE, ["28/07/2023 14:05", "1.2.2017", "3-11-2015"]),
        ("_BYLINE_STAMP", _BYLINE_STAMP, ["| 12:00 06/02/2017", "13/05/2017 10:28 GMT+7"])):
    if _pat is _DATELINE:  # tried at the opening of a paragraph (match)
        fast_path(f"published.{_name}", _pat, "match", lambda s, p: _may_hold_year(s, _years(s), p, len(s)), _examples)
    else:
        fast_path(f"published.{_name}", _pat, "search", lambda s: _may_hold_year(s, _years(s), 0, len(s)), _examples)
del _name, _pat, _examples


def stamped(blocks: Sequence, clean: str, years: Optional[Sequence[tuple[int, int]]] = None) -> Optional[Inferred]:
    """A publication date stated by a dateline, the byline or the page chrome. ``years``:
    ``_years(clean)``, if the caller has it; a window where no stamp can lie is not read
    (_may_hold_year)."""
    if years is None:
        years = _years(clean)
    for b in blocks[:4]:
        if b.kind in ("title", "lead", "body"):
            end = min(b.end, b.start + 60)
            m = _DATELINE.match(clean, b.start, end) if _may_hold_year(clean, years, b.start, end) else None
            if m:
                d, mo, y = (int(x) for x in m.groups())
                if _date(y, mo, d):
                    return Inferred(m.start(1), m.end(3), y, mo, d, stamp=True)
    for b in blocks:
        if b.kind not in ("boilerplate", "byline", "title") or b.end - b.start >= 120:
            continue
        if not _may_hold_year(clean, years, b.start, b.end):
            continue
        for m in _STATED_DATE.finditer(clean, b.start, b.end):
            d, mo, y = (int(x) for x in m.groups())
            if _date(y, mo, d):
                return Inferred(m.start(), m.end(), y, mo, d, stamp=True)
    if years and ("|" in clean or "GMT" in clean):
        m = _BYLINE_STAMP.search(clean)
        if m:
            d, mo, y = (int(m.group(g)) for g in ("d", "m", "y"))
            if _date(y, mo, d):
                return Inferred(m.start("d"), m.end("y"), y, mo, d, stamp=True)
    return None


# --- the news hook -------------------------------------------------------------------------------

# The words the hook patterns open with (and where they are tried, _HOOK_TRIGGER): the day word,
# the times of day and "hôm" ("hôm nay", "hôm qua").
_DAY_WORD = Words("ngày")
_DAY_PARTS = dates.TIMES_OF_DAY + Words("hôm")
# "Ngày 6/2,", "Chiều 8/6,", "chiều ngày 10/2,", "Ngày 15/5/2017, tại ...": a time word or
# "ngày", a day, a comma. Not after "từ/đến/tới/trước/sau" (a window or a deadline: "Tính đến
# ngày 20/1/2017,"), not "sinh ngày" (a birth date).
_NOT_HOOK_AFTER = dates.WINDOW_FROM + dates.WINDOW_TO + Words("hết|trước|sau|sinh|ký|hạn|tính")
_HOOK = regex.compile(
    rf"""
    (?<!\b(?:{_NOT_HOOK_AFTER.alt()})\s+)
    (?<![\p{{L}}\d])
    (?:(?:{dates.TIMES_OF_DAY.alt()})\s+(?:ngày\s+)?
      |(?<!(?:(?-i:\p{{Lu}}[\p{{Lu}}\d&]*-[\p{{L}}\d&\-]*)|\S*/\S*(?-i:\p{{Lu}})\S*),?[ \t]+)(?:{_DAY_WORD.alt()})\s+)  # not a document's date: "33/CT-TTg, ngày 17/12/2016"
      # (a code has a dash or a slash and capitals: "Ảnh: TTXVN Ngày 6/2," is a hook, dev-409, and
      # so is "... ngày 16/6/2017. Ngày 26/6, C46 đã ra quyết định")
    (?P<d>\d{{1,2}})(?P<sep>[/.\-])(?P<m>\d{{1,2}})(?:(?P=sep)(?P<y>{_Y}))?
    (?=\s*,)
    """, regex.VERBOSE | regex.IGNORECASE)
# "sáng nay (7/6)", "hôm nay (6/2/2017)": the text names its own day. It wins over any other hook,
# and, like a publication date, moves yearless dates to the nearest past ("Quý 4" of a fiscal
# year ending 30/9/2016, in an article of "hôm nay (6/2/2017)", is 2016-Q4).
_TODAY_WORDS = _DAY_PARTS  # the times of day and "hôm": "đêm nay (7/6)" too
_TODAY = regex.compile(
    rf"(?<![\p{{L}}\d])(?:{_TODAY_WORDS.alt()})\s+nay\s*(?:(?P<open>\()\s*|,\s*)?(?P<d>\d{{1,2}})[/.\-](?P<m>\d{{1,2}})"
    rf"(?:[/.\-](?P<y>{_Y}))?(?![\d/.\-]\d)(?(open)\s*\))",  # "sáng nay (7/6)", "chiều nay, 8-2", "sáng nay 8.2"
    regex.IGNORECASE)
# A day named with its weekday or as yesterday: "Sáng thứ Hai (5/12), Quốc hội họp", "hôm thứ Sáu
# (3/2) đã ra phán quyết", "Hôm qua (5/2), Cristiano Ronaldo kỷ niệm", "sáng qua (8/2)", "đêm qua,
# 8.2, ... livestream" (2017 archive: 60 of 5,061 articles open so, 31 with no hook before). The
# day the article reports, like a hook.
_WEEKDAYS = Words("thứ hai|thứ ba|thứ tư|thứ năm|thứ sáu|thứ bảy|chủ nhật")
_NAMED_DAY = regex.compile(
    rf"""
    (?<![\p{{L}}\d])
    (?:(?:{_DAY_PARTS.alt()})\s+)?              # "Sáng", "hôm"
    (?:{_WEEKDAYS.alt(ONE_SPACE)}|(?:{_DAY_PARTS.alt()})\s+qua)  # "thứ Hai", "hôm qua"
    \s*(?:(?P<open>\()\s*|,\s*)(?:ngày\s+)?                  # "(" or ","
    (?P<d>\d{{1,2}})(?P<sep>[/.\-])(?P<m>\d{{1,2}})(?:(?P=sep)(?P<y>{_Y}))?(?![\d/.\-]\d)
    (?(open)\s*\)|\s*,)                                       # "(5/12)", ", 8.2,"
    """, regex.VERBOSE | regex.IGNORECASE)
# The day a source is reported to have said it: "tin từ Cổng thông tin Điện tử Chính phủ cho biết
# ngày 7.2.2017." (dev-601), "Stuff đưa tin ngày 5/2.", "người phát ngôn ... cho biết ngày 8/5."
# (2017 archive: 24 in 5,061 articles, most ending the sentence, where the hook's comma is not).
_REPORTED = regex.compile(
    rf"""
    (?<=(?<!\p{{L}})(?:cho\s+biết|đưa\s+tin)\s+(?:vào\s+)?)
    (?:{_DAY_WORD.alt()})\s+(?P<d>\d{{1,2}})(?P<sep>[/.\-])(?P<m>\d{{1,2}})(?:(?P=sep)(?P<y>{_Y}))?(?![\d/.\-]\d)
    (?=\s*[.,])
    """, regex.VERBOSE | regex.IGNORECASE)
_OPENING_CHARS = 3000  # where a hook is looked for: the first paragraphs after the headline
# Where the hook patterns can start (scan.Starts): each opens with one of these words. Their first
# words ("chủ" for "chủ nhật"): all single words, read from the index of the text's trigger words
# in one go (scan.Starts._all_indexed); the few more places ("chủ tịch") match none of the patterns.
_HOOK_TRIGGER = "|".join((_DAY_WORD + _DAY_PARTS + _TODAY_WORDS + _WEEKDAYS).first_words())
for _name, _pat, _examples in (
        ("_HOOK", _HOOK, ["Ngày 6/2, ông", "Chiều 8/6, Quốc hội", "chiều ngày 10/2, ông", "ĐÊM 7.2, một"]),
        ("_TODAY", _TODAY, ["sáng nay (7/6)", "Hôm nay (6/2/2017)", "chiều nay, 8-2", "TỐI NAY 8.2"]),
        ("_NAMED_DAY", _NAMED_DAY, ["Sáng thứ Hai (5/12), Quốc", "hôm thứ Sáu (3/2) đã", "Hôm qua (5/2), Cristiano",
                                    "đêm qua, 8.2, ai", "Chủ nhật (5/2), ông", "chủ nhật, 5.2, x"]),
        ("_REPORTED", _REPORTED, ["cho biết ngày 7.2.2017.", "Stuff đưa tin ngày 5/2.", "cho biết vào Ngày 8/5."])):
    fast_path(f"published.{_name}", _pat, "match", lambda s, p: p in scan.Starts(s)(_HOOK_TRIGGER), _examples)
del _name, _pat, _examples


# Where a hook's day is: a pair of numbers. Found first with this plain pattern (no look-behind,
# cheap to scan), then the hook patterns are tried just before it.
_HOOK_END = regex.compile(r"\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{4})?")
_HOOK_BACK = 40  # the longest start of a hook before its day: "Trưa nay (", "chiều ngày "
_HOOK_END_WIDTH = 10  # the longest day _HOOK_END reads, "28/07/2017" (the test reads it from the pattern)


def _days_near(clean: str, at: Sequence[int], runs: Sequence[int], end: int) -> list[regex.Match]:
    """The matches of ``_HOOK_END.finditer(clean, start, end)`` (the days of a paragraph
    ``[start, end)``) that start at most _HOOK_BACK after one of ``at``: places of letters in the
    paragraph (the hook triggers), ascending; ``runs``: the starts of the runs of digits of the
    text, ascending (scan.Starts). Each group of places whose reaches overlap is read from the
    first run of digits after its first place, if one starts within its reach (a day opens with a
    digit, in a run that starts after that letter): no match holds a letter, so none runs over
    such a place, and a scan from there finds the paragraph's days after it (the pattern has no
    look-around). The scan stops _HOOK_END_WIDTH past the reach: a day that opens within it ends
    there at the latest, and what is read after it changes no such day."""
    out = []
    i, n = 0, len(at)
    while i < n:
        lo = at[i]
        hi = lo + _HOOK_BACK
        i += 1
        while i < n and at[i] <= hi:
            hi = at[i] + _HOOK_BACK
            i += 1
        k = bisect.bisect_right(runs, lo)
        if k == len(runs) or runs[k] > hi:
            continue  # no digit within reach
        for e in _HOOK_END.finditer(clean, runs[k], min(end, hi + _HOOK_END_WIDTH)):
            if e.start() > hi:
                break
            out.append(e)
    return out


def _hook(blocks: Sequence, clean: str, dated: "_Dated", starts: scan.Starts) -> Optional[regex.Match]:
    """The first news hook of the opening paragraphs (see the module docstring): "sáng nay (7/6)"
    (_TODAY) first, else "Ngày 6/2," (_HOOK), "Sáng thứ Hai (5/12)," (_NAMED_DAY), "cho biết ngày
    7.2.2017." (_REPORTED), each tried before each day (_HOOK_END) in text order, at the
    places just before the day where a hook can start (_HOOK_TRIGGER)."""
    body = [b for b in blocks if b.kind in ("lead", "body", "caption")]
    if not body:
        return None
    limit = body[0].start + _OPENING_CHARS
    tries = starts(_HOOK_TRIGGER)
    days = _hook_days(clean, body, limit, tries, starts.of(scan.DIGIT_RUNS))
    for pats in ((_TODAY,), (_HOOK, _NAMED_DAY, _REPORTED)):
        for day, endpos, at in days:
            for pat in pats:
                match = pat.match
                for p in at:  # pat.search: the first place before the day where it matches
                    m = match(clean, p, endpos)
                    if m is not None:
                        break
                else:
                    continue
                # a plan is no hook: "Dự kiến đến hết ngày 31/12/2020, số thu đạt ..."
                if (m.start("d") == day and _date(2000, int(m.group("m")), int(m.group("d")))
                        and not _in_plan(clean, m.start()) and not _told_before(m, dated)):
                    return m
    return None


def _hook_days(clean: str, body: Sequence, limit: int, tries: Sequence[int],
               runs: Sequence[int]) -> list[tuple[int, int, Sequence[int]]]:
    """(start, end of the window read, the tries before it) of each day (_HOOK_END) of the
    paragraphs ``body`` up to ``limit`` with a place in its paragraph, at most _HOOK_BACK before
    it, where a hook can start (``tries``, ascending). A hook is the first match of its pattern
    in ``[day - _HOOK_BACK, day end + 4)`` (room for the comma) and must open the day there
    (``m.start("d")``): a match starting at the day or after it holds no such day, so only the
    tries before the day are read; a day with none, or a paragraph with no try, has no hook."""
    days = []
    for b in body:
        if b.start >= limit:
            break
        end = min(b.end, limit)
        k = bisect.bisect_left(tries, b.start)
        n = bisect.bisect_left(tries, end, k)
        if k == n:
            continue  # no place for a hook in the paragraph
        for e in _days_near(clean, tries[k:n], runs, end):
            day = e.start()
            i = bisect.bisect_left(tries, max(b.start, day - _HOOK_BACK), k)
            j = bisect.bisect_left(tries, day, i)
            if i < j:
                days.append((day, min(end, e.end() + 4), tries[i:j]))
    return days


def _told_before(m: regex.Match, dated: "_Dated") -> bool:
    """Whether a hook with its year written is a day the story goes back to, not its news day: the
    text names a date of a later year, more than _NEAR_DAYS after it ("Sáng 30/1/2015, anh được
    phân công đến Agribank lấy 17 tỷ đồng" in a trial report of 2017; 2017 archive). The next hook
    is tried. Later dates of the same year keep it: a year-end review opens "Sáng ngày 20/8/2020"
    and goes on to "tháng 11/2020" (dev-025)."""
    y = m.group("y")
    if not y:
        return False
    x = _date(int(y), int(m.group("m")), int(m.group("d")))
    return x is not None and any(a.year > x.year and (a - x).days > _NEAR_DAYS for _s, _e, a, _b, _doc in dated)


# --- years the text states -----------------------------------------------------------------------

# Dated expressions with a year, as intervals: "28/7/2017", "tháng 6/2017", "quý II/2017",
# "6 tháng đầu năm 2017". Multi-year windows ("giai đoạn 2011-2016", "từ 1/1/2016 đến 16/9/2037")
# do not date a day. "sinh ngày 10/9/1960" is a birth date; "1/7/2012/NĐ-CP" a document number.
# Nor the ends of a window ("từ 1/7/2012" in dev-018, "từ năm 2011 đến tháng 9/2013" in dev-213).
# ("có hiệu lực từ ngày 1/7/2017" is no window: the day a rule takes effect, dev-209).
# A cut-off is no window end: "Ước tính đến 30/6/2017" dates the text.
# A horizon is a window end too: "có khách đặt kín phòng đến hết quý I/2018" (dev-505's headline).
_NOT_AFTER = (rf"(?<!\b(?:[Ss]inh|(?<!hiệu\s+lực\s+)(?:{dates.WINDOW_FROM.alt(capital=True)})"
              rf"|(?<![Tt]ính\s+)(?:{dates.WINDOW_TO.alt(capital=True)}))\s+(?:hết\s+)?(?:ngày\s+|năm\s+)?)"
              r"(?<![-–]\s*)")
# The date of a document ("Nghị định số 49/2016/NĐ-CP ngày 27/5/2016", "công văn ngày 25/10/2016")
# dates the text only near the day (10 days before "Ngày 26/6, C46 đã ra quyết định" in the 2017
# archive), not from afar (dev-018: a decree of 27/5/2016 far from "Ngày 1/7" of 2017).
_DOCUMENT_BEFORE = regex.compile(
    r"(?:(?-i:\p{Lu}[\p{Lu}\d&]*-[\p{L}\d&\-]*)|\S*/\S*|\b(?:văn|ký|hành))\s+ngày\s+$", regex.IGNORECASE)
# The words a dated expression can open with; its other forms open with a digit, the first of its
# run (the look-behind allows no digit before): where _DATED is tried (_DATED_TRIGGER, scan.Starts).
_MONTH_WORD = Words("tháng")       # "tháng 6/2017"
_QUARTER_WORDS = dates.QUARTER_WORDS  # "quý II/2017"
_HALF_WORD = Words("nửa")          # "nửa đầu năm 2017"
_DATED = regex.compile(
    rf"""
    (?<![\p{{L}}\d/.,\-]){_NOT_AFTER}  # the one-character look-behind first: it fails at most places, cheaply
    (?:
      (?P<d>\d{{1,2}})(?P<sep>[/.\-])(?P<dm>\d{{1,2}})(?P=sep)(?P<dy>{_Y})(?![/\-]?\p{{L}}|{dates._RANGE}\d)
    | (?:{_MONTH_WORD.alt()})\s+(?P<m>\d{{1,2}})(?:\s*[/.\-]\s*|\s+năm\s+)(?P<my>{_Y})(?![/\-]?\p{{L}})
    | (?:{_QUARTER_WORDS.alt()})\s+(?P<q>{dates.QUARTER_NUMBERS})(?:\s*[/.\-]\s*|\s+năm\s+)(?P<qy>{_Y})
    | (?:(?P<n>\d{{1,2}})\s+tháng|{_HALF_WORD.alt()})\s+(?P<pos>{(dates.FIRST_PART + dates.LAST_PART).alt()})?\s*(?:của\s+)?năm\s+(?P<ny>{_Y})
    )
    """, regex.VERBOSE | regex.IGNORECASE)
_DATED_TRIGGER = "|".join((scan.DIGIT_RUNS,) + (_MONTH_WORD + _QUARTER_WORDS + _HALF_WORD).triggers())
_ASCII_DIGITS = frozenset("0123456789")


def _may_open_dated(clean: str, p: int) -> bool:
    """False where _DATED cannot start: at three ASCII digits in a row (a year, an amount). Its
    forms with a number open with one or two digits (``\\d{1,2}``) followed by no digit, its
    others with a word; most runs of digits before a year ("năm 2017", "1.234 tỷ") are such."""
    return not (clean[p:p + 1] in _ASCII_DIGITS and clean[p + 1:p + 2] in _ASCII_DIGITS
                and clean[p + 2:p + 3] in _ASCII_DIGITS)


fast_path("published._DATED", _DATED, "match",
          lambda s, p: p in scan.Starts(s)(_DATED_TRIGGER) and _may_open_dated(s, p),
          ["28/7/2017", "ngày 3-11-2015", "tháng 6/2017", "Tháng 12 năm 2016", "quý II/2017", "Quí 3/2016",
           "QUÝ IV năm 2015", "6 tháng đầu năm 2017", "nửa cuối năm 2016", "Nửa đầu của năm 2018"])
_NEAR_DAYS = 92  # a day this close to a dated expression of year Y is a day of year Y
_DAY_BEFORE_DAYS = 31  # ... or this close after a single dated day
_SAME_WEEK = 7  # ... or this close before one
_NEAR_CHARS = 600  # ... when that expression is this close to the day in the text (a fact box
# at the end, "Hoàn thành công trình: Tháng 12/2024", dates no "Chiều ngày 27/4" at the top: dev-003)

# "năm nay 2017", "năm nay (2017)": the current year, stated
_THIS_YEAR_WORDS = Words("năm nay")  # the pattern's words, and where it is tried (_THIS_YEAR_TRIGGER)
_THIS_YEAR = regex.compile(rf"(?<!\p{{L}})(?:{_THIS_YEAR_WORDS.alt()})\s*(?:\(\s*)?(?P<y>{_Y})", regex.IGNORECASE)
# Where _THIS_YEAR can start (scan.Starts): the first word of its words, "năm" (a few places a
# text, against a search of the whole text).
_THIS_YEAR_TRIGGER = "|".join(_THIS_YEAR_WORDS.first_words())
fast_path("published._THIS_YEAR", _THIS_YEAR, "match", lambda s, p: p in scan.Starts(s)(_THIS_YEAR_TRIGGER),
          ["năm nay 2017", "Năm  nay (2017", "NĂM NAY 2016"])
# "năm 2017" near the hook, not a plan ("dự kiến năm 2017", "đến năm 2020")
# The words of a plan ("dự kiến năm 2017", "kế hoạch năm 2017"; _PLAN, _in_plan): "sẽ" and the status
# cues of indicator_cues.tsv that read plan_year. And the words a named year after which is no date of
# the text: a window's ends ("đến năm 2020", "từ năm 2011"), the last words of the plan words, "vào",
# "sinh", "trong".
_PLAN_WORDS = Words("sẽ") + Words(read_by("indicator_cues.tsv", "plan_year"))
_NOT_YEAR_AFTER = dates.WINDOW_TO + Words(_PLAN_WORDS.last_words()) + Words("vào|sinh") + dates.WINDOW_FROM + Words("trong")
_YEAR = regex.compile(
    rf"(?<!\b(?:{_NOT_YEAR_AFTER.alt()})\s+)(?<!\p{{L}})năm\s+(?P<y>{_Y})(?!\s*(?:-|{dates.WINDOW_TO.alt()}|và)\s*(?:năm\s+)?\d)",
    regex.IGNORECASE)
# The edition year of a named event, a bare year after a name: "điểm thi THPT Quốc gia 2017",
# "Hội xuân Yên Tử 2017", "Giải Cầu lông trẻ toàn quốc 2017" (2017 archive). Not a birth year
# ("SN 1963"), a term ("khóa 2016"), a window end, nor a count ("Hơn 2000 người").
_NOT_EDITION_AFTER = (Words("SN|sinh|năm|khóa|luật") + dates.WINDOW_FROM + dates.WINDOW_TO
                      + quantities.cues_read_by("count"))  # "hơn", "gần", "khoảng", "trên", "dưới"
_EDITION = regex.compile(
    rf"""
    (?<!(?:{_NOT_EDITION_AFTER.alt(capital=True)})\s*)
    (?<=\p{{L}}\s)(?P<y>{_Y})                    # after a word and one space
    (?![/.,\-–]?\d|\s*[-–]\s*\d|\p{{L}})      # not a day, a window or a glued word
    """, regex.VERBOSE)
_SENTENCE_END = regex.compile(r"[.!?](?=\s|$)|\n")


@functools.lru_cache(maxsize=1)
def _cycle() -> tuple[dict[str, int], dict[str, int]]:
    stems: dict[str, int] = {}
    branches: dict[str, int] = {}
    for r in load_tsv("date_words.tsv"):
        if r["kind"] == "stem":
            stems[r["word"].lower()] = int(r["value"])
        elif r["kind"] == "branch":
            branches[r["word"].lower()] = int(r["value"])
    return stems, branches


@functools.lru_cache(maxsize=1)
def _roman() -> dict[str, int]:
    """The quarter numerals of date_words.tsv ("quý II/2017")."""
    return {r["word"]: int(r["value"]) for r in load_tsv("date_words.tsv") if r["kind"] == "roman"}


# The words a lunar year's name follows: "Tết Nguyên đán Đinh Dậu", "Xuân Đinh Dậu", "năm Bính Thân".
_LUNAR_OPENERS = Words("tết|tết nguyên đán|tết cổ truyền|tết âm lịch|xuân|năm")
# Where a lunar year's name can start (scan.Starts): searched once per text, the pattern tried
# only there (its look-behind made a scan of the whole text slow).
_LUNAR_TRIGGER = "|".join(_LUNAR_OPENERS.triggers())


@functools.lru_cache(maxsize=1)
def _lunar_pattern() -> regex.Pattern:
    stems, branches = _cycle()
    alt = lambda ws: "|".join(sorted((regex.escape(w) for w in ws), key=len, reverse=True))  # noqa: E731
    return regex.compile(
        rf"(?<!\p{{L}})(?:{_LUNAR_OPENERS.tree()})\s+(?P<s>{alt(stems)})\s+(?P<b>{alt(branches)})"
        rf"(?!\p{{L}})(?:\s+(?:năm\s+)?(?P<y>{_Y}))?",  # "Xuân Đinh Dậu 2017", "Tết Mậu Thân năm 1968"
        regex.IGNORECASE)


fast_path("published._lunar_pattern", _lunar_pattern, "match",
          lambda s, p: p in scan.Starts(s)(_LUNAR_TRIGGER),
          lambda: [f"{w} {s} {b}" for w in _LUNAR_OPENERS for s, b in (("Đinh", "Dậu"), ("Bính", "Thân"))])


def lunar_year(stem: str, branch: str) -> Optional[int]:
    """The Gregorian year whose Tết opens the lunar year "Đinh Dậu" (2017), in 1984-2043 (the
    sexagenary cycle from Giáp Tý = 1984); None for a pair the cycle never forms."""
    stems, branches = _cycle()
    s, b = stems.get(stem.lower()), branches.get(branch.lower())
    if s is None or b is None:
        return None
    for k in range(60):
        if k % 10 == s and k % 12 == b:
            return 1984 + k
    return None


# A plan, not the present: "sẽ đưa vào khai thác vào quý 2/2018", "Dự kiến đến cuối tháng 7/2017"
# (dev-308). A dated expression after one of these words in its sentence does not date the article.
_PLAN = regex.compile(rf"(?<!\p{{L}})(?:{_PLAN_WORDS.alt()})(?!\p{{L}})", regex.IGNORECASE)


_PLAN_REACH = 120  # a plan word this close before, in the sentence


def _in_plan(clean: str, pos: int) -> bool:
    """Whether a plan word (_PLAN) stands before ``pos`` in its sentence, at most _PLAN_REACH
    before it. The sentence's start is looked for in that reach only: one further back leaves the
    reach as it is (``_sentence_window(clean, pos, 1)[0]``, bounded)."""
    reach = max(0, pos - _PLAN_REACH)
    m = _SENTENCE_START.search(clean, reach, pos)
    return _PLAN.search(clean, m.end() if m else reach, pos) is not None


_YEAR_AT = regex.compile(_Y)
_YEAR_BY_CENTURY = tuple(regex.compile(y) for y in dates.YEAR_BY_CENTURY)


def _years(clean: str) -> list[tuple[int, int]]:
    """(start, end) of each match of ``_YEAR_AT.finditer(clean)``, ascending, found with one
    pattern per century (dates.YEAR_BY_CENTURY: a literal start the engine scans for far faster).
    The same matches: a year is four digits no digit follows, so each match is the last four of
    a run of digits, at most one per run, and none overlaps another; each is a match of exactly
    one century's pattern, which finds it the same way."""
    spans = [m.span() for y in _YEAR_BY_CENTURY for m in y.finditer(clean)]
    spans.sort()
    return spans
_DATED_BACK = 30  # the longest dated expression before its year: "6 tháng đầu của năm "


_Dated = list[tuple[int, int, dt.date, dt.date, bool]]


def _latest_named(pattern: regex.Pattern, clean: str, a: int, b: int, latest: int) -> Optional[int]:
    """The latest year ``pattern`` names (group "y") in ``clean[a:b]`` outside a plan, if it is no
    earlier than ``latest``; else None."""
    named = [int(m.group("y")) for m in pattern.finditer(clean, a, b) if not _in_plan(clean, m.start())]
    return max(named) if named and max(named) >= latest else None


def _first_match(pattern: regex.Pattern, clean: str, tries: Sequence[int], pos: int, endpos: int,
                 until: Optional[int] = None, may: Optional[Callable[[str, int], bool]] = None
                 ) -> Optional[regex.Match]:
    """``pattern.search(clean, pos, endpos)``, the pattern tried only at ``tries`` (ascending, every
    place where it can start a match): the first place in ``[pos, endpos)`` where it matches.
    ``until``: no place from there on is tried (a caller that needs no match starting there);
    ``may``: a cheaper test of a place first (False only where the pattern cannot start)."""
    match = pattern.match
    stop = endpos if until is None else until
    for k in range(bisect.bisect_left(tries, pos), len(tries)):
        p = tries[k]
        if p >= stop:
            break
        if may is None or may(clean, p):
            m = match(clean, p, endpos)
            if m is not None:
                return m
    return None


def _dated_at(clean: str, tries: Sequence[int], pos: int, y_start: int, y_end: int) -> Optional[regex.Match]:
    """The dated expression that ends with the year ``clean[y_start:y_end]``: the first match of
    _DATED in ``[pos, y_end + 12)`` (``_first_match``, tried at ``tries``), if it ends there; else
    None. The places where _DATED cannot start are left out (_may_open_dated: half of the tries
    before a year, "năm 2017" tries at its "2017"), and so are the tries from the year on: no
    match that opens there ends with the year (at its first digit, four digits in a row open none
    of _DATED's forms; no try falls inside it), so when none before it matches, the first match
    does not end there, or there is none."""
    m = _first_match(_DATED, clean, tries, pos, min(len(clean), y_end + 12), until=y_start, may=_may_open_dated)
    return m if m is not None and m.end() == y_end else None


def _dated(clean: str, starts: scan.Starts, years: Optional[Sequence[tuple[int, int]]] = None) -> tuple[_Dated, _Dated]:
    """(start, end, first day, last day, a document's date) of every dated expression with a
    year of its own; the plans apart ("Dự kiến đến cuối tháng 7/2017, dự án sẽ hoàn thành").

    Every one ends with its year: the years are found with plain patterns (_years), and _DATED (whose
    look-behinds make a scan of the whole text slow) is tried only just before each, and there
    only where it can start (``starts(_DATED_TRIGGER)``: a search of those few characters tries
    the pattern at each of them). ``years``: ``_years(clean)``, if the caller has it.
    """
    out: _Dated = []
    plans: _Dated = []
    last = 0
    tries: Optional[Sequence[int]] = None
    for y_start, y_end in _years(clean) if years is None else years:
        if tries is None:
            tries = starts(_DATED_TRIGGER)  # a list (scan.Starts)
        m = _dated_at(clean, tries, max(last, y_start - _DATED_BACK), y_start, y_end)
        if m is None:
            continue
        last = m.end()
        plan = _in_plan(clean, m.start())
        document = _DOCUMENT_BEFORE.search(clean, max(0, m.start() - 40), m.start()) is not None
        g = m.groupdict()
        if g["dy"]:
            a = b = _date(int(g["dy"]), int(g["dm"]), int(g["d"]))
        elif g["my"]:
            y, mo = int(g["my"]), int(g["m"])
            if not 1 <= mo <= 12:
                continue
            a, b = dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])
        elif g["qy"]:
            y, q = int(g["qy"]), g["q"].upper()
            qn = int(q) if q.isdigit() else _roman()[q]
            a, b = dt.date(y, 3 * qn - 2, 1), dt.date(y, 3 * qn, calendar.monthrange(y, 3 * qn)[1])
        else:
            y, n = int(g["ny"]), int(g["n"]) if g["n"] else 6
            if not 1 <= n <= 12:
                continue
            if (g["pos"] or "").lower() in dates.LAST_PART.words:
                a, b = dt.date(y, 13 - n, 1), dt.date(y, 12, 31)
            else:
                a, b = dt.date(y, 1, 1), dt.date(y, n, calendar.monthrange(y, n)[1])
        if a is not None:
            (plans if plan else out).append((m.start(), m.end(), a, b, document))
    return out, plans


def _ahead(day: int, month: int, plans: _Dated) -> Optional[int]:
    """The year of a plan that a day "d/m" of that year comes just before (within _NEAR_DAYS)
    or falls in: the text looks ahead from that year. dev-308: "chiều 11/5, Chủ tịch nước ...
    chứng kiến lễ ký" with "Dự kiến đến cuối tháng 7/2017, dự án sẽ hoàn thành" is 2017; 2017
    archive: "chiều nay (6-2), Bộ Công Thương sẽ tổ chức cuộc họp ... báo cáo ngay trong tháng
    2-2017"; "Chiều 19/5, Văn phòng Quốc hội tổ chức họp báo" with "Quốc hội họp phiên bế mạc vào
    ngày 21/6/2017". A plan far ahead ("quý 2/2018" of dev-308) says nothing of the day."""
    best: Optional[tuple[int, int]] = None
    for _s, _e, a, b, doc in plans:
        if doc:
            continue
        for x in {_date(a.year, month, day), _date(a.year - 1, month, day)}:
            if x is None or x > b:
                continue
            # the earliest year that fits: plans are ahead of the text ("quý 2/2018" holds a
            # 11/5/2018, but "cuối tháng 7/2017" is still to come: dev-308)
            days = max(0, (a - x).days)
            if days <= _NEAR_DAYS and (best is None or (x.year, days) < best):
                best = (x.year, days)
    return best[0] if best else None


def _near(day: int, month: int, dated: _Dated,
          past_only: bool = False, day_before: int = _NEAR_DAYS, gap: bool = False) -> Optional[int]:
    """The year of the dated expression closest to a day "d/m" read in that year, if within
    _NEAR_DAYS (on a tie, the earlier year); with ``past_only``, only periods that ended before
    the day (a schedule "Quý II/2024" far down the text says nothing of "Chiều ngày 27/4")."""
    best: Optional[tuple[int, int]] = None
    for _s, _e, a, b, _doc in dated:
        # the day in the expression's year only: a year is not carried across the new year
        # ("chiều ngày 10/2" after an audit of "tháng 10 - 12/2016" keeps XXXX, dev-412)
        x = _date(a.year, month, day)
        if x is None or past_only and x <= b:
            continue
        days = (a - x).days if x < a else (x - b).days if x > b else 0
        # a period after the day dates it only up to a week ahead: "Sáng 19-5" is not of 2016
        # for "Trước đó, tháng 6-2016, ông ... đã" (2017 archive); a single day of the story
        # after it does ("ngày 1-1" and "ngày 20-3-2017", dev-310); a single day before the
        # hook dates it only within a month: a trial's "Ngày 26/5" is not of the year of the
        # crime of "Ngày 13/3/2016" told after it
        limit = (_NEAR_DAYS if a == b else _SAME_WEEK) if x < a else _NEAR_DAYS if a != b else day_before
        if days <= limit and (best is None or (days, x.year) < best):
            best = (days, x.year)
    if gap:
        return best  # type: ignore[return-value]
    return best[1] if best else None


def _latest_year(dated: _Dated) -> int:
    """The latest year the text names as past or present (plans and window ends left out): the
    day it reports is not older. A story that goes back ("tháng 3/2015, Ánh và Hà đã thành lập",
    "tốt nghiệp năm 2013") and also names a later year ("năm 2016") is not of the earlier year's
    spring (2017 archive: "Ngày 11/5, Tòa án ... xét xử" is no 11/5/2015)."""
    return max((b.year for _s, _e, _a, b, _doc in dated), default=0)


def _after_all(day: int, month: int, year: int, dated: _Dated) -> bool:
    """Whether "d/m" of ``year`` can be the day the article reports: no dated expression of the
    text (plans left out) lies more than _NEAR_DAYS after it. A story told in the past ("Ngày
    30/11/2016 Minh đã trả ...") puts its news day after its last date: "Ngày 30/6, tin từ Phòng
    Cảnh sát ..." is not 30/6/2016 (2017 archive)."""
    x = _date(year, month, day)
    return x is not None and all((a - x).days <= _NEAR_DAYS for _s, _e, a, _b, _doc in dated)


_SENTENCE_START = regex.compile(r"(?r)[.!?](?=\s)|\n")


def _sentence_window(clean: str, pos: int, sentences: int = 2) -> tuple[int, int]:
    """From the start of the sentence holding ``pos`` to the end of the ``sentences``-th."""
    m = _SENTENCE_START.search(clean, 0, pos)
    start = m.end() if m else 0
    end = pos
    for _ in range(sentences):
        m = _SENTENCE_END.search(clean, end)
        if m is None:
            return start, len(clean)
        end = m.end()
    return start, end


# "so cùng kỳ 2016", "so với cùng kỳ năm 2016": the comparison year, one before the current
# (dev-019: "tăng 7,3% so cùng kỳ 2016" in a June 2017 report). Taken when every such phrase of
# the text names the same year.
_SAME_PERIOD_WORDS = Words("cùng kỳ")  # the pattern's words, and where it is tried (_SAME_PERIOD_TRIGGER)
_SAME_PERIOD = regex.compile(rf"(?<!\p{{L}})(?:{_SAME_PERIOD_WORDS.alt()})\s+(?:năm\s+)?(?P<y>{_Y})(?![/\-]\d)",
                             regex.IGNORECASE)
# Where _SAME_PERIOD can start (scan.Starts): the first word of its words, "cùng" (the pattern's
# space is any run of spaces, which a search for "cùng kỳ" would miss).
_SAME_PERIOD_TRIGGER = "|".join(_SAME_PERIOD_WORDS.first_words())
fast_path("published._SAME_PERIOD", _SAME_PERIOD, "match", lambda s, p: p in scan.Starts(s)(_SAME_PERIOD_TRIGGER),
          ["so cùng kỳ 2016", "Cùng Kỳ năm 2019", "CÙNG KỲ 2015", "cùng  kỳ 2014"])


def _stated_year(clean: str, starts: scan.Starts, a: int = 0, b: Optional[int] = None) -> Optional[regex.Match]:
    """"năm nay 2017", or the lunar year of Tết ("Tết Nguyên đán Đinh Dậu"), in clean[a:b]."""
    b = len(clean) if b is None else b
    m = _first_match(_THIS_YEAR, clean, starts(_THIS_YEAR_TRIGGER), a, b)  # _THIS_YEAR.search(clean, a, b)
    if m:
        return m
    # the lunar year named most often (a 2017 Tết story may compare with "Tết Bính Thân")
    # a lunar name whose written year is another cycle ("Tết Mậu Thân năm 1968") is history
    tries = starts(_LUNAR_TRIGGER)
    k = bisect.bisect_left(tries, a)
    if k == len(tries) or tries[k] >= b:
        return None  # no place where a lunar year's name can start
    found = [x for x in scan.finditer_at(_lunar_pattern(), tries, clean, b, tries[k])
             if not x.group("y") or int(x.group("y")) == lunar_year(x.group("s"), x.group("b"))]
    if not found:
        return None
    years = [_year_of(x) for x in found]
    counts = {y: years.count(y) for y in years if y is not None}
    if not counts:
        return None
    best = max(counts.values())
    return next(x for x, y in zip(found, years) if counts.get(y) == best)


def _same_period(clean: str, starts: scan.Starts) -> Optional[regex.Match]:
    """"cùng kỳ 2016" in a sentence that names no other year but the next ("6 tháng đầu năm nay ...
    so cùng kỳ 2016", dev-019; "Năm 2020, ... (cùng kỳ năm 2019 tăng 5,3%)", dev-026); not "giai
    đoạn 2011-2015 ... so với cùng kỳ năm 2010" (the sentence's period is another)."""
    found = []
    # _SAME_PERIOD.finditer(clean), tried only where it can start
    for m in scan.finditer_at(_SAME_PERIOD, starts(_SAME_PERIOD_TRIGGER), clean):
        a, b = _sentence_window(clean, m.start(), 1)
        y = int(m.group("y"))
        if all(x.start() == m.start("y") or int(x.group()) == y + 1 for x in _YEAR_AT.finditer(clean, a, b)):
            found.append(m)  # the sentence may name the current year: "Năm 2020, ... (cùng kỳ năm 2019 ...)"
    if found and len({x.group("y") for x in found}) == 1:
        return found[0]
    return None


def _year_of(m: regex.Match) -> Optional[int]:
    if m.re is _SAME_PERIOD:
        return int(m.group("y")) + 1
    if "y" in m.re.groupindex and m.group("y"):
        return int(m.group("y"))  # "năm nay 2017", "Xuân Đinh Dậu 2017": the year written out
    return lunar_year(m.group("s"), m.group("b"))


# "Tính đến ngày 20/1/2017, ..." in the opening: the data's cut-off is the article's present
# (dev-110, FIA figures for "tháng Một").
_CUTOFF_WORD = Words("tính")  # the pattern's first word, and where it is tried (_CUTOFF_TRIGGER)
_CUTOFF = regex.compile(
    rf"(?<!\p{{L}})(?:{_CUTOFF_WORD.alt()})\s+(?:{dates.WINDOW_TO.alt()})\s+(?:hết\s+)?(?:ngày\s+)?(?:\d{{1,2}}[/.\-])?\d{{1,2}}[/.\-](?P<y>{_Y})",
    regex.IGNORECASE)
_CUTOFF_TRIGGER = "|".join(_CUTOFF_WORD.triggers())  # (scan.Starts: a few places, not a search of the opening)
fast_path("published._CUTOFF", _CUTOFF, "match", lambda s, p: p in scan.Starts(s)(_CUTOFF_TRIGGER),
          ["Tính đến ngày 20/1/2017,", "tính tới hết 30.6.2016", "TÍNH ĐẾN 1-2017"])


# A period still estimated is the present: "trong tháng 1/2017, thu ngân sách nhà nước ước đạt"
# (dev-503), "tăng trưởng của quý I/2017 ước tính tăng 5,1%", "kim ngạch ... tháng 5/2017 ước đạt"
# (2017 archive: GSO and ministry releases estimate the month or quarter just ending). The
# estimate words are the cue tables' estimated_period rows: indicator_cues.tsv's "ước đạt", "ước
# tính", "ước thực hiện" and quantity_cues.tsv's "ước khoảng".
_ESTIMATE_WORDS = Words(read_by("indicator_cues.tsv", "estimated_period")
                        + read_by("quantity_cues.tsv", "estimated_period")).longest_first()
_ESTIMATE = regex.compile(rf"(?<!\p{{L}})(?:{_ESTIMATE_WORDS.alt()})(?!\p{{L}})", regex.IGNORECASE)
_ESTIMATE_REACH = 120  # the estimate verb this close after the period, in its sentence


def _estimated(clean: str, dated: _Dated, latest: int) -> Optional[tuple[int, int, int]]:
    """(start, end, year) of the first period with an estimate after it in its sentence, when every
    such period is of one year, the latest the text names."""
    found = []
    for s, e, a, z, doc in dated:
        if doc or a.year != z.year:
            continue
        _a, b = _sentence_window(clean, e, 1)
        if _ESTIMATE.search(clean, e, min(b, e + _ESTIMATE_REACH)):
            found.append((s, e, a.year))
    if found and len({y for _s, _e, y in found}) == 1 and found[0][2] >= latest:
        return found[0]
    return None


# Yearless days of the headline and lead ("Từ 1/7, đăng ảnh trẻ em ..."): a full date of the
# same day elsewhere in the text ("có hiệu lực từ ngày 1/7/2017") states their year.
_DAY = regex.compile(r"(?<![\p{L}\d/.,\-])(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\d/]|[.,]\d)")


def infer(blocks: Sequence, clean: str, starts: Optional[scan.Starts] = None) -> Optional[Inferred]:
    """The article's date from its own text (see the module docstring), or None. ``starts``: the
    trigger words of ``clean`` (scan.Starts), shared with the components."""
    if starts is None:
        starts = scan.Starts(clean)
    years = _years(clean)  # read by the stamps and the dated expressions
    stamp = stamped(blocks, clean, years)
    if stamp is not None:
        return stamp
    dated, plans = _dated(clean, starts, years)
    latest = _latest_year(dated)
    hook = _hook(blocks, clean, dated, starts)
    if hook is not None:
        d, mo = int(hook.group("d")), int(hook.group("m"))
        y = hook.groupdict().get("y")
        today = hook.re is _TODAY
        if y:
            return Inferred(hook.start(), hook.end(), int(y), mo, d, today=today)
    if hook is not None:
        a, b = _sentence_window(clean, hook.start())
        st = _stated_year(clean, starts, a, b)  # "Ngày 6/2, ... họp mặt ... Xuân Đinh Dậu 2017" (dev-109)
        year = _year_of(st) if st is not None else None

        def fits(found: Optional[tuple[int, int]]) -> Optional[int]:
            # a date of the same week is evidence enough ("Sáng 19.5" and "(19.5.2017)"), even
            # when the text announces later dates; else the day must come after the story's dates
            if found is None:
                return None
            days, y = found
            return y if (days <= 7 or _after_all(d, mo, y, dated)) and y >= latest else None

        if year is None:  # a dated expression of the headline, the lead or near the hook
            head = [(x.start, x.end) for x in blocks if x.kind in ("title", "lead")]
            year = fits(_near(d, mo, [x for x in dated if abs(x[0] - hook.start()) <= _NEAR_CHARS
                                      or any(p <= x[0] < q for p, q in head)], day_before=_DAY_BEFORE_DAYS, gap=True))
        far = [x for x in dated if not x[4]]
        if year is None:  # or anywhere, a period just ended: "Chiều 7/6" after "5 tháng đầu năm 2017"
            year = fits(_near(d, mo, far, past_only=True, day_before=_DAY_BEFORE_DAYS, gap=True))
        if year is None:  # or a period counted from January that holds the day, the report's own:
            # "Ngày 20/6, Chủ tịch UBND tỉnh ... cho biết" and "họp báo 6 tháng đầu năm 2017" further
            # on (2017 archive); not a schedule far down ("Quý II/2024" in dev-003's fact box)
            holding = {a.year for _s, _e, a, z, _doc in far
                       if (a.month, a.day) == (1, 1) and z.month > 1 and (mo, d) <= (z.month, z.day)}
            if len(holding) == 1 and min(holding) >= latest:
                year = min(holding)
        if year is None:  # or a full day of the text ("ngày 1-1" and "ngày 20-3-2017", dev-310)
            year = fits(_near(d, mo, [x for x in far if x[2] == x[3]], day_before=_DAY_BEFORE_DAYS, gap=True))
        if year is None:  # or a plan just ahead: "Dự kiến đến cuối tháng 7/2017" after "chiều 11/5"
            year = _ahead(d, mo, plans)
        if year is None:  # "năm 2017" in the hook's sentence or the next; of several, the latest:
            # "tổng kết năm 2016 và triển khai nhiệm vụ năm 2017" (2017 archive)
            year = _latest_named(_YEAR, clean, a, b, latest)
        if year is None:  # the edition year of the event the hook's sentence reports: "Sáng 6/7, nhiều
            # Sở GD&ĐT công bố điểm thi THPT Quốc gia 2017" (2017 archive)
            year = _latest_named(_EDITION, clean, *_sentence_window(clean, hook.start(), 1), latest)
        if year is None:
            st = _stated_year(clean, starts) or _same_period(clean, starts)
            year = _year_of(st) if st is not None else None
        if year is not None and _date(year, mo, d) is None:
            year = None
        return Inferred(hook.start(), hook.end(), year, mo, d, today=today)
    # no hook: the year alone, when the text states it
    st = _stated_year(clean, starts)
    if st is not None:
        y = _year_of(st)
        if y is not None:
            return Inferred(st.start(), st.end(), y)
    head = [b for b in blocks[:3] if b.kind in ("title", "lead")]  # not later sub-headings
    for b in head:
        for s, e, a, z, _doc in dated:
            # not a year the story goes back to: "Sáng 30/1/2015, anh được phân công ..." in a
            # lead, with "Tháng 3/2016, Hòa bị bắt" further on (2017 archive); and the headline's
            # only: a lead dates what it tells, not the article ("Chịu ảnh hưởng lũ lụt trong
            # tháng 10.2016, cam ... bị chết", "khiếu nại Quyết định số 9589/QĐ-UBND ngày
            # 26/9/2016", "giảm 13% so với tháng 12-2016"; 2017 archive, issue 12)
            if b.kind == "title" and b.start <= s < b.end and z.year == a.year >= latest:
                return Inferred(s, e, a.year)
        for m in _DAY.finditer(clean, b.start, b.end):
            y = _near(int(m.group("d")), int(m.group("m")), [x for x in dated if x[2] == x[3]])
            if y is not None:
                return Inferred(m.start(), m.end(), y)
    body = [b for b in blocks if b.kind in ("lead", "body")]
    if body:
        # _CUTOFF.search(clean, start, end), tried only where it can start
        m = _first_match(_CUTOFF, clean, starts(_CUTOFF_TRIGGER), body[0].start,
                         min(len(clean), body[0].start + _OPENING_CHARS))
        if m:
            return Inferred(m.start(), m.end(), int(m.group("y")))
    st = _same_period(clean, starts)
    if st is not None:
        return Inferred(st.start(), st.end(), _year_of(st))
    # a report's own period anywhere: "Trong 4 tháng đầu năm 2017, Sở ... đã" (2017 archive)
    reports = [x for x in dated if not x[4] and (x[2].month, x[2].day) == (1, 1) and x[3].month > 1]
    if reports:
        # of several years, the latest: "3 tháng đầu năm 2017 ... giảm 11% so với quý I/2016" (a
        # comparison a year back; 2017 archive)
        top = max(x[2].year for x in reports)
        s_, e_, a_, _z, _doc = next(x for x in reports if x[2].year == top)
        if top >= latest:
            return Inferred(s_, e_, top)
    # a period still estimated: "trong tháng 1/2017, thu ngân sách nhà nước ước đạt" (dev-503)
    est = _estimated(clean, dated, latest)
    if est is not None:
        return Inferred(*est)
    return None
