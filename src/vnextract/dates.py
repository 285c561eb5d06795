"""Extractor for ``dates``: dates and reporting periods, resolved to TIMEX3-style values.

Why hand-written: dateparser reads "98,6" as 1998-08-06 and has no "quý III/2024" or
"6 tháng đầu năm"; Duckling's Vietnamese rules have no quarters, halves or "cùng kỳ".

What is read (the span keeps calendar and period-shaping words, not prepositions: "từ",
"đến", "trong", "so với" and time of day such as "Sáng" stay outside):
- days: "ngày 28/7", "28/7/2023", "ngày 03/11/2015", "ngày 3 tháng 11 năm 2015", "ngày 22.4";
  day ranges "ngày 16 - 22.4", "từ 16-22/4", "(từ 22/5-20/6)" give one interval; "hôm 12/4" is "12/4";
- months: "tháng 6/2023", "tháng 6 năm 2023", "tháng 12", "đầu tháng 11" (đầu/cuối/giữa keep
  the month); with the year relative to the article's, one date: "tháng Một năm nay", "tháng 10
  năm ngoái", "quý 1 năm nay", "ngày 30/6 năm nay";
- quarters: "quý III/2024", "quý 3 năm 2024", "quý 2";
- halves and months-from-January: "6 tháng đầu năm 2023" = 2023-H1, "6 tháng cuối năm" = H2,
  "nửa đầu năm", "5 tháng đầu năm" = "2023-01/2023-05", "9 tháng năm 2017", "Trong 9 tháng,";
- years: "năm 2022", "cả năm 2023", "đầu năm", "cuối năm 2020", "năm nay", "năm ngoái",
  "2021" after "năm 2020 và"; spans "giai đoạn 2021-2025", "năm 2013 đến 2016";
- "cùng kỳ", "cùng kỳ năm trước", "cùng kỳ năm 2019": the period in force (the last period
  named before it) one year earlier ("cùng kỳ" after "6 tháng đầu năm 2023" = 2022-H1); so is
  "cùng thời điểm năm 2016 / năm trước" (after "tại thời điểm 1/1/2017": 2016-01-01).

A missing year comes from the one year the text writes for the same day or month ("Tháng 1" and
"tháng 1/2017"), else from ``doc.published``, else from the article's own date when its text
states the year (``doc.inferred``, see published.py), else it stays unknown: "XXXX-07-28" with
``year_known=False``. A year the article merely names (a plan, a past window) is never taken as
the year of its yearless dates.

Not dates: durations ("trong 5 năm", "37 tháng"), per-unit denominators ("%/năm"), vague
references ("thời gian tới", "đến nay"), document numbers ("111/2015/NĐ-CP": also claimed by
legal_refs, which runs first), ratios and fractions ("16/28 tỉnh", "5/5 hạng mục").
Every date span is claimed (``doc.claim``) so quantities do not read "6 tháng" or "2023".
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import operator
import itertools
from dataclasses import dataclass
from typing import Callable, Optional

import regex

from . import numbers, overlaps, scan
from .rules import ONE_SPACE, Words, fast_path
from .models import DateMention
from .resources import load_tsv, read_by, word_list

_START_END = operator.attrgetter("start", "end")  # a candidate's span, for overlaps.keep_longest

# The pipeline component (pipeline.COMPONENTS): the Article field it fills and the earlier
# components it reads: the claims of legal_refs ("01/2021/TT-BCT" is no month). Its own spans
# are claimed.
ASSIGNS = "dates"
READS: tuple[str, ...] = ("legal_refs",)


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for r in load_tsv("date_words.tsv"):
        out.setdefault(r["kind"], {})[r["word"]] = int(r["value"])
    return out


def _year_rel_words(reads: str) -> Words:
    """The year_rel words of date_words.tsv that ``reads`` (its column) names: "relative" after a
    period unit ("tháng trước", "quý tới"), "year_of" after the "năm" closing a date ("tháng 10
    năm ngoái"), in the file's order."""
    return Words(read_by("date_words.tsv", reads, key="word", kinds=("year_rel",)))


_CENTURIES = numbers.CENTURIES  # the first two digits of a year: 1900-2099
_Y = rf"{numbers.YEAR}(?!\d)"  # a year 1900-2099
YEAR = _Y  # for published.py
# The same years, one pattern per century: a scan of a whole text for a literal start ("20") is
# far cheaper to the engine than for an alternation ("19|20"); see published._years.
YEAR_BY_CENTURY = tuple(rf"{c}\d{{2}}(?!\d)" for c in _CENTURIES)
_NOGLUE = r"(?<![\p{L}\d/.,])"          # not glued to a word, number or identifier before
_AFTER = r"(?![\d/]|[.,]\d|\p{L})"      # not continued by digits, "/" or a letter
# A day or month of the lunar calendar has no value on the solar one: "ngày 10/1 âm lịch (tức
# 17/2 dương lịch)", "đêm 11/1 âm lịch", "khai hội vào ngày 15/2 âm lịch hằng năm", "tháng 8 âm
# lịch", "(tháng 4-6 ÂL)" (2017 archive, Tết and festival pages): not dates.
_NOT_LUNAR = r"(?!\s*\(?\s*(?:âm\s+lịch|âl)(?!\p{L}))"

# Triggers (see scan.py): where each pattern can start, found by the engine's fast scan. A
# pattern that opens with a number starts at the first digit of a run (_NOGLUE, or its
# look-behind, never allows a digit before it); one that opens with a word ("ngày", "đầu",
# "giai đoạn") starts at that word. A pattern that opens with one of several words reads them from
# a declaration (_MONTH_OPENERS, _SPAN_NAMES, ... below) whose first words are its trigger
# (_opens); one that opens with a single word ("ngày", "cùng") names it in both; the registered
# fast paths (dates.<kind>, tests/test_rules.py) hold every trigger to its pattern. What must
# follow the trigger is asked of the engine (see _tried, below the patterns).
_NUMBER = scan.DIGIT_RUNS  # "\d+", which the trigger-word index also finds
WINDOW_FROM = Words("từ")        # "từ 1/7/2012": a window opens (not "có hiệu lực từ", a rule in force)
WINDOW_TO = Words("đến|tới")     # "đến 30/6": a window closes; "16 đến 22/4": a range's end
# What joins the two ends of a range: "16 - 22/4", "2016-2020", "tháng 1 đến tháng 5" (an en or em
# dash is "-" after normalize()).
_RANGE = rf"\s*(?:-|{WINDOW_TO.alt()})\s*"
# The words that join a bare year to the year before: "năm 2020 và 2021", "2020 đến 2021".
_BAREYEAR_AFTER = ("và", "hoặc", *WINDOW_TO, "sang")
# The words before a bare year that is a comparison base: "tăng 6,8% so với 2015;", "So 2016,".
_COMPARE_BASE = Words("so với|so")
_DAY_OR_NUMBER = r"ngày|\d+"


# A month named by its number word, after "tháng": "tháng sáu", "tháng mười một" ("năm" too, but
# only before a comma: see the monthword pattern). Not "tháng Giêng", "tháng Chạp": the first and
# last months of the lunar year ("Rằm tháng Giêng", "từ tháng Giêng đến hết tháng Ba âm lịch",
# "tháng giêng là tháng ăn chơi"; 2017 archive), a festival season with no solar month. The words
# are date_words.tsv's "month_word" rows less those two and "năm", which the pattern reads on its
# own; longest first, so the atomic group takes "mười một" before "mười".
_LUNAR_MONTH_WORDS = Words("giêng|chạp")
_MONTH_WORDS = Words([w for w in _words()["month_word"]
                      if w not in {*_LUNAR_MONTH_WORDS, "năm"}]).longest_first()
# A quarter's word in both spellings ("quý", the older "quí": "quí 1-2017", dev-311) and its
# numerals: date_words.tsv's roman ones (I-IV, longest first) or a digit.
QUARTER_WORDS = Words("quý|quí")
QUARTER_NUMBERS = "|".join(sorted((r for r, v in _words()["roman"].items() if v <= 4), key=len, reverse=True)) + "|[1-4]"
# The roman numerals of date_words.tsv and their values (quarters I-IV, months up to XII).
ROMAN: dict[str, int] = dict(_words()["roman"])
# The words date patterns open with, declared once: a pattern reads them (``alt()``) and its
# trigger is their first words (``first_words()``), so no trigger retypes how its pattern opens.
# The part of a period a position word names, read by the resolvers: the first part counts from
# the period's start ("6 tháng đầu năm" is January-June, "nửa đầu năm" the first half), the last
# part runs to its end ("3 tháng cuối năm" is October-December; published reads it too, "6 tháng
# cuối năm 2017"); a half's latter part is also "sau" ("nửa sau 2017", 2017 archive).
FIRST_PART = Words("đầu")
LAST_PART = Words("cuối")
_LATTER_HALF = LAST_PART + Words("sau")
_POSITIONS = FIRST_PART + LAST_PART + Words("giữa")                # "đầu tháng 11", "cuối năm 2016"
_MONTH_OPENERS = _POSITIONS + Words("hết|trong") + Words(f"nửa {w}" for w in FIRST_PART + LAST_PART)  # "hết tháng 6", "nửa đầu tháng 3"
_REST_OPENERS = Words("các|những")                                 # "các quý còn lại"
_SPAN_NAMES = Words("giai đoạn|thời kỳ|nhiệm kỳ|kế hoạch")         # "giai đoạn 2021-2025"
_CROP_YEARS = Words("niên vụ|năm tài chính|năm tài khóa")  # "niên vụ 2016/2017"
_YEAR_POSITIONS = _POSITIONS + Words("cả")                         # "cả năm 2023"
# "đầu năm", "cuối năm", "cả năm" alone (yearpos): not "giữa năm", which names no period in force
_YEAR_POSITIONS_ALONE = Words([w for w in _YEAR_POSITIONS if w != "giữa"])
_SOME_MONTHS = Words("những tháng")                                # "những tháng cuối năm 2020"
# Before a bare year: "kể từ 2017", "đến 2020", "vào 2018", "hồi 2014", "sau 1975", "trước 1975"
_BEFORE_BARE_YEAR = WINDOW_FROM + WINDOW_TO + Words("vào|hồi|sau|trước")


# The words that open a cumulative frame, "Tính chung 9 tháng, ..." (word_lists.tsv
# cumulative_words, which the indicator steps read too).
_CUMULATIVE = Words(sorted(word_list("cumulative_words")))


# The cues after a count of months that make it a report's period ("9 tháng ước đạt", "9 tháng
# tăng"): indicator_cues.tsv's after_period rows.
_AFTER_PERIOD = Words(read_by("indicator_cues.tsv", "after_period"))


def _opens(*lists: Words, also: tuple[str, ...] = ()) -> str:
    """A pattern's trigger: the first words of the words it opens with, and ``also`` (the word or
    the number that opens it without them)."""
    firsts = [w for ws in lists for w in ws.first_words()] + list(also)
    return "|".join(dict.fromkeys(firsts))


# A period relative to the one in force: "tháng trước", "quý tới", "năm sau", "tháng này".
_RELATIVE_UNITS = Words("tháng|quý|năm")
# A count of months or quarters written as a word: "sáu tháng đầu năm", "hai tháng đầu năm nay",
# "hai quý đầu năm" (2017 archive); the words and their values are date_words.tsv's "small".
_MONTHS_COUNT = Words(list(_words()["small"])).longest_first()
_RELATIVE_WAYS = _year_rel_words("relative")  # "trước|tới|sau|này" (date_words.tsv)
# A count before the unit makes it a span of time back or ahead, not the period before or after
# the one in force: "Bốn tháng sau, ông được ... bầu", "tròn một năm trước", "Hai năm trước, khi
# Chỉ thị 40 ...", "Một năm sau, khi ..." (2017 archive; digits are refused the same way).
# The number words are number_words.tsv's span_count rows ("một" to "chín", "mười", "mươi", "chục":
# not "tư" of "đầu tư năm trước", not "không"); the words of a rough or half count are not numbers
# there: "vài năm trước", "dăm năm nay", "nửa năm trước" (_ROUGH_COUNTS).
_ROUGH_COUNTS = Words("vài|dăm|nửa")
_COUNT_WORDS = Words(read_by("number_words.tsv", "span_count", key="word")) + _ROUGH_COUNTS
# The nouns a count is followed by, never a year: "có niên đại tới 2000 năm", "từ 2000 người"
# (data/counted_after.tsv's prepyear rows).
_COUNTED_AFTER_YEAR = Words(read_by("counted_after.tsv", "prepyear", key="word"))
# "10 năm nay", "nhiều năm nay", "từ hàng chục năm nay", "bao năm nay": years up to now, a span
# of time, not this year (2017 archive: 56 in 5,061 articles).
_SPAN_COUNT = "nhiều|mấy|bao|những|các|" + _COUNT_WORDS.alt()  # not "hàng": "khách hàng năm nay"
# The year of a month, a quarter or a day said relative to the article's: "tháng Một năm nay",
# "tháng 10 năm ngoái", "quý I năm nay", "ngày 30/6 năm nay" (82 months so in 5,061 archive
# articles): one date, the year from the anchor (date_words.tsv year_rel).
_REL_YEAR_WORDS = _year_rel_words("year_of").alt()  # "nay|ngoái|trước|tới|sau"
_REL_YEAR = rf"\s+năm\s+(?P<rel>{_REL_YEAR_WORDS})(?!\p{{L}})"
# The words after the "năm" of a year itself: "năm nay", "cuối năm ngoái", "tháng đầu năm nay",
# "quý đầu năm ngoái" (year, firstmonth, firstquarter; not "năm trước", "năm tới": relative);
# after the same period a year back: "cùng kỳ năm trước", "cùng thời điểm năm ngoái" (sameperiod).
_REL_THIS_YEAR = _year_rel_words("year").alt()           # "nay|ngoái"
_REL_SAME_PERIOD = _year_rel_words("same_period").alt()  # "ngoái|trước"
# The counts of months "Trong 9 tháng," reads as months from January (2 to 11: one month is
# "tháng 1", twelve the year); no count is the start of another, so their alternation matches
# what "[2-9]|1[01]" does.
_BARE_MONTH_COUNTS = tuple(str(n) for n in range(2, 12))
_BARE_MONTHS = "|".join(_BARE_MONTH_COUNTS)


def _t(words: str) -> str:
    return words  # alternatives scanned one by one (scan.Starts), case-insensitively


# Each pattern is tried over the whole text (at its trigger's positions); candidates are then
# resolved longest-first. Each kind's resolver (_RESOLVERS, checked against _PATTERNS at import)
# reads its pattern's groups; tests/test_dates.py's tables run every kind.
_PATTERNS: list[tuple[str, str, regex.Pattern]] = [
    # "ngày 16 - 22.4", "từ 16-22/4/2025": two days of one month, one interval
    ("dayrange", _t(_DAY_OR_NUMBER), regex.compile(
        rf"""
        (?:(?P<kw>ngày)\s+|(?<=\b(?:từ|Từ)\s+)     # needs "ngày" or a preceding "từ",
          |(?<=\()(?=[^()\n]{{3,16}}\)))            # or brackets: "tại Myanmar (4-17/9)", "trong 2 đêm (20 - 21/5)" (2017 archive)
        {_NOGLUE}(?P<d1>\d{{1,2}})
        {_RANGE}(?:ngày\s+)?
        (?P<d2>\d{{1,2}})
        (?:\s*[/.](?P<m>\d{{1,2}})(?:[/.](?P<y>{_Y}))?    # 22.4 / 22/4
          |-(?P<m>\d{{1,2}})(?:-(?P<y>{_Y}))?)            # "ngày 15 đến ngày 21-7-2017" (dev-310), "từ ngày 1 đến 31-1"
        {_AFTER}
        """, regex.VERBOSE | regex.IGNORECASE)),
    # "ngày 3 tháng 11 năm 2015"
    ("daylong", _t(r"ngày"), regex.compile(
        rf"""
        ngày\s+(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}}+)   # ngày 3 tháng 11
        (?:\s+năm\s+(?P<y>{_Y}))?+                           # năm 2015
        {_NOT_LUNAR}                                         # not "ngày 14 tháng 6 năm 2017 âm lịch"
        """, regex.VERBOSE | regex.IGNORECASE)),
    # "ngày 03/11/2015", "28/7/2023", "16.04.2021": one separator used twice
    ("dayfull", _t(_DAY_OR_NUMBER), regex.compile(
        rf"""
        (?:ngày\s+)?{_NOGLUE}
        (?P<d>\d{{1,2}})(?P<sep>[/.\-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>{_Y})
        (?![/\-]?\p{{L}})                                     # not "1/7/2012/NĐ-CP"
        """, regex.VERBOSE | regex.IGNORECASE)),
    # "ngày 28/7", "Ngày 22.4", and a bare "30/10" (checked in _bare_day_ok)
    ("dayshort", _t(r"ngày|hôm|\d+"), regex.compile(
        rf"""
        (?:(?P<kw>ngày|hôm)\s+)?{_NOGLUE}
        (?P<d>\d{{1,2}})(?P<sep>[/.\-])(?P<m>\d{{1,2}})
        {_AFTER}
        (?:{_REL_YEAR}                                        # "ngày 30/6 năm nay"
          |\s+năm\s+(?P<y>{_Y})(?![/\-]\d|[.,]\d)            # "ngày 1/1 năm 2018", "Quốc khánh 2/9 năm 2014" (2017 archive)
        )?+
        {_NOT_LUNAR}                                          # not "ngày 10/1 âm lịch"
        """, regex.VERBOSE | regex.IGNORECASE)),
    # "tháng 6/2023", "tháng 6 năm 2023", "đầu tháng 11", "tháng 12"
    ("month", _t(_opens(_MONTH_OPENERS, also=("tháng",))), regex.compile(
        rf"""
        (?:(?:{_MONTH_OPENERS.alt(ONE_SPACE)})\s+)?(?P<pre>)  # kept: đầu tháng 11
        (?<![\d]\s)tháng\s+(?P<m>\d{{1,2}}+)(?:\.(?P<y4>{_Y})(?!\d)|(?![\d,.]\d))   # "tháng 1.2017" (dev-017);
                                                     # all the digits: not "tháng 1" of "tháng 10-12"
        (?:\s*[/\-]\s*(?P<y>{_Y})|\s+năm\s+(?P<y2>{_Y})|{_REL_YEAR})?   # "tháng 1 năm nay"
        (?![/\-]\d|\p{{L}}|\s+lần(?!\p{{L}}))     # not a frequency: "mỗi tháng 1 lần"
        {_NOT_LUNAR}                                 # not "tháng 8 âm lịch"
        """, regex.VERBOSE | regex.IGNORECASE)),
    # "tháng sáu", "tháng Chạp", "Trong tháng năm," (a month named by its number word)
    ("monthword", _t(_opens(_POSITIONS, also=("tháng",))), regex.compile(
        r"""
        (?:(?:%s)\s+)?(?<![\d]\s)
        (?<!(?-i:\p{Lu})\p{Ll}*\s(?=(?-i:T)))        # not a name: "đường Ba Tháng Hai" (2017 archive)
        tháng\s+
        (?P<mw>(?>%s)                             # the whole word: "mười một", not "mười"
              |năm(?=\s*[,.;]))                   # "tháng năm" only before a comma
        (?!\p{L})(?!\s+(?:tháng|năm\ tháng|lần)(?!\p{L}))  # not a frequency: "mỗi tháng một lần"
        (?:\s+năm\s+(?P<y>%s)(?![/\-]\d|[.,]\d)|%s)?     # "tháng Một năm nay" (dev-501), "tháng sáu năm 2017"
        %s                                        # not "tháng Ba âm lịch"
        """ % (_POSITIONS.alt(), _MONTH_WORDS.alt(ONE_SPACE), _Y, _REL_YEAR, _NOT_LUNAR), regex.VERBOSE | regex.IGNORECASE)),
    # "tháng trước", "quý trước", "năm trước", "năm tới": relative to the period in force
    ("relative", _t("|".join(_RELATIVE_UNITS)), regex.compile(
        r"""
        (?<![\d]\s)(?<!cùng\s+kỳ\s+)(?<!(?:mỗi|hằng|hàng|các|những|nhiều|mấy|lâu|trăm)\s+)   # "mỗi năm tới" (dev-027),
                                                                  # "mối quan hệ đồng minh lâu năm này"
        (?<!(?<!\p{L})(?:%s)\s+)                                  # not "Bốn tháng sau", "một năm trước"
        (?P<unit>%s)\s+(?P<dir>%s)
        (?!\s*(?:đó|nữa|liền\s+kề))(?!\p{L})                       # "năm trước liền kề" (dev-018)
        (?!\s+(?:qua|sang)\s+(?P=unit)(?!\p{L}))                     # "năm này qua năm khác": year after year
        """ % (_COUNT_WORDS.alt(), _RELATIVE_UNITS.alt(), _RELATIVE_WAYS.alt()), regex.VERBOSE | regex.IGNORECASE)),
    # "cùng ngày": the day in force
    ("sameday", _t(r"cùng"), regex.compile(r"cùng\s+ngày(?!\p{L})", regex.IGNORECASE)),
    # "10/9/1945 - 10/9/2020": two full days, one interval
    ("dayspan", _t(_DAY_OR_NUMBER), regex.compile(
        rf"""
        (?:ngày\s+)?{_NOGLUE}
        (?P<d>\d{{1,2}})(?P<sep>[/.\-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>{_Y})
        {_RANGE}(?:ngày\s+)?
        (?P<d2>\d{{1,2}})[/.](?P<m2>\d{{1,2}})[/.](?P<y2x>{_Y})
        (?![/\-]?\p{{L}})
        """, regex.VERBOSE | regex.IGNORECASE)),
    # "(từ 22/5-20/6)", "từ 26/1 -1/2", "từ 1/1 - 31/1/2017": two days, the first without its
    # year, one interval (dev-603; 48 in the 2017 archive, mostly Tết weeks; "từ ngày 25.1 - 3.2");
    # not fractions
    # ("rút ngắn từ 1/3 - 1/2 thời gian": checked in _short_day_span and _bare_day_ok)
    ("dayspanshort", _t(_DAY_OR_NUMBER), regex.compile(
        rf"""
        (?:(?P<kw>ngày)\s+)?{_NOGLUE}
        (?P<d>\d{{1,2}})(?P<sep>[/.])(?P<m>\d{{1,2}})                # "22/5", "ngày 25.1" (a dot after "ngày" only)
        {_RANGE}(?:ngày\s+)?
        (?P<d2>\d{{1,2}})(?P=sep)(?P<m2>\d{{1,2}})(?:(?P=sep)(?P<y>{_Y}))?
        (?![/\-]?\p{{L}}|[\d/]|[.,]\d)
        """, regex.VERBOSE | regex.IGNORECASE)),
    # "tháng 7/2015 - 6/2020", "từ tháng 1 đến tháng 5/2023": months, one interval
    ("monthspan", _t(r"tháng"), regex.compile(
        rf"""
        tháng\s+(?P<m>\d{{1,2}})(?:\s*/\s*(?P<y1>{_Y}))?
        {_RANGE}(?:tháng\s+)?
        (?P<m2>\d{{1,2}})\s*/\s*(?P<y>{_Y})
        (?![/\-]?\p{{L}})
        """, regex.VERBOSE | regex.IGNORECASE)),
    # "năm 2011 đến tháng 9/2013": from a year to a month (dev-213)
    ("yearmonthspan", _t(r"năm"), regex.compile(
        rf"""
        năm\s+(?P<y1>{_Y}){_RANGE}tháng\s+(?P<m2>\d{{1,2}})\s*[/\-.]\s*(?P<y>{_Y})(?![/\-]?\p{{L}})
        """, regex.VERBOSE | regex.IGNORECASE)),
    # "các quý còn lại", "những tháng còn lại của năm 2020": the rest of the year, from the
    # quarter in force (dev-114) or the anchor's month (dev-002): _remaining
    ("remaining", _t(_opens(_REST_OPENERS)), regex.compile(
        rf"""
        (?:{_REST_OPENERS.alt()})\s+(?P<unit>tháng|quý)\s+còn\s+lại
        (?:\s+(?:của\s+)?năm(?:\s+(?P<y>{_Y})(?![/\-]\d|[.,]\d)|\s+(?P<rel>nay)(?!\p{{L}})))?(?!\p{{L}})
        """, regex.VERBOSE | regex.IGNORECASE)),
    # "cách đây 3 năm": years before the anchor year (dev-308)
    ("yearsago", _t(r"cách"), regex.compile(
        rf"""
        cách\s+đây\s+(?P<n>\d{{1,2}}|{_MONTHS_COUNT.alt()})\s+năm(?!\s+(?:rưỡi|tháng)|\p{{L}})   # the counts _small reads
        """, regex.VERBOSE | regex.IGNORECASE)),
    # "Năm 2020 tính đến tháng 11": January to that month
    ("ytd", _t(r"năm"), regex.compile(
        rf"""
        năm\s+(?P<y>{_Y})\s*,?\s+tính\s+(?:{WINDOW_TO.alt()})\s+(?:hết\s+)?tháng\s+(?P<m>\d{{1,2}})(?!\d)
        """, regex.VERBOSE | regex.IGNORECASE)),
    # "quý III/2024", "quý 3 năm 2024", "quý 2", "quí 1-2017" (the older spelling, dev-311)
    ("quarter", _t("|".join(QUARTER_WORDS)), regex.compile(
        rf"""
        (?<!(?:tứ|ngũ)\s+)(?:{QUARTER_WORDS.alt()})\s+(?P<q>{QUARTER_NUMBERS})(?![\p{{L}}\d])   # not a number plate: "biển tứ quý 3"
        (?:\s*[/\-]\s*(?P<y>{_Y})|\s+năm\s+(?P<y2>{_Y})|{_REL_YEAR})?   # "quý I năm nay"
        """, regex.VERBOSE | regex.IGNORECASE)),
    # "6 tháng đầu năm 2023", "6 tháng cuối năm", "9 tháng năm 2017", "sáu tháng đầu năm nay",
    # "Hai tháng đầu năm nay" (2017-01/2017-02), "2 quý đầu năm 2016", "hai quý đầu năm" (H1)
    ("nmonths", _t("|".join((_NUMBER,) + _MONTHS_COUNT.first_words())), regex.compile(
        rf"""
        {_NOGLUE}(?P<n>\d{{1,2}}|{_MONTHS_COUNT.alt()})\s+(?P<unit>tháng|{QUARTER_WORDS.alt()})
        (?:\s+(?P<pos>{(FIRST_PART + LAST_PART).alt()}))?    # "6 tháng đầu năm", "3 tháng cuối năm"
        (?:\s+(?:của\s+)?năm(?:\s+(?P<y>{_Y})|\s+(?P<rel>{_REL_YEAR_WORDS})(?!\p{{L}}))?
          |\s*/\s*(?P<y2>{_Y}))
        (?!\p{{L}}|\s+(?:tháng|qua)\b)
        """, regex.VERBOSE | regex.IGNORECASE)),
    # "Trong 9 tháng, ..." / "9 tháng qua": months from January of the year in force
    ("nmonths_bare", _t(_NUMBER), regex.compile(
        rf"""
        (?:(?<=^|[.\n]\s*)                          # sentence start
          |(?<=\b(?:[Tt]rong|{_CUMULATIVE.alt(ONE_SPACE, capital=True)})\s))   # or after "tính chung"
        (?P<n>{_BARE_MONTHS})\s+tháng
        (?=\s*,|\s+(?:vừa\ )?qua\b)                 # "9 tháng," / "9 tháng qua"
        |(?<=\p{{Ll}}\s)                                 # after a measure's name: "Tổng mức bán lẻ hàng hóa 9 tháng
        (?<!(?:thời\s+gian|kéo\s+dài|trong\s+vòng|mất|sau|hạn)(?:\s+\p{{Ll}}+){{0,2}}\s)  # not a duration ("thời gian thi công 9 tháng")
        (?P<n>{_BARE_MONTHS})\s+tháng
        (?=\s+(?:{_AFTER_PERIOD.alt()})(?!\p{{L}}))        #   ước đạt ...", "Vốn đầu tư thực hiện 9 tháng đạt ..."
        """, regex.VERBOSE)),
    # "nửa đầu năm 2023", "nửa cuối năm", "nửa năm 2021"
    ("halfword", _t(r"nửa"), regex.compile(
        rf"""
        nửa\s+(?:(?P<pos>{(FIRST_PART + _LATTER_HALF).alt()})\s+(?:năm
                 (?:\s+(?P<y>{_Y})|\s+(?P<rel>{_REL_YEAR_WORDS})(?!\p{{L}}))?
                 |(?P<y>{_Y})(?![\d/.,\-–]\d|\p{{L}}))     # "nửa đầu 2017", "nửa sau 2017" (2017 archive)
               |năm\s+(?P<y>{_Y}))        # "đến nửa năm 2021" (dev-026); a bare "nửa năm" is half a
                                           # year's time: "Nửa năm sau đó", "trong nửa năm" (2017 archive)
        """, regex.VERBOSE | regex.IGNORECASE)),
    # "giai đoạn 2021-2025", "năm 2013 đến 2016", "(2016-2020)"
    ("yearspan", _t(_opens(_SPAN_NAMES, also=("năm", _NUMBER))), regex.compile(
        rf"""
        (?:(?:{_SPAN_NAMES.alt(ONE_SPACE)})\s+)?
        (?:(?<=(?<![\p{{L}}\d])(?:\d{{1,2}}|{_MONTHS_COUNT.alt()})\s+)năm\s+  # a count of years (date_words.tsv small), then both:
          (?P<y1>{_Y})\s*(?:-|{WINDOW_TO.alt()}|và)\s*(?:năm\s+)?(?P<y2>{_Y})  # "Trong 2 năm 2017 và 2018" (dev-410), "trong hai năm 2015 và 2016"
        |(?:năm\s+)?{_NOGLUE}
        (?P<y1>{_Y}){_RANGE}(?:năm\s+)?(?P<y2>{_Y}))
        (?![/\-]?\p{{L}}|[.,]\d)
        """, regex.VERBOSE | regex.IGNORECASE)),
    # "niên vụ 2016/2017", "niên vụ 2016/17", "niên vụ 2016 - 2017", "niên vụ 2016", "năm tài chính
    # 2015", "năm tài khóa 2017": a crop or fiscal year named by its calendar years (2017
    # archive; as "năm học 2017-2018" = 2017/2018, dev-310); the word is kept, as "nhiệm kỳ"
    ("cropyear", _t(_opens(_CROP_YEARS)), regex.compile(
        rf"""
        (?:{_CROP_YEARS.alt()})\s+
        (?P<y1>{_Y})(?:\s*[/\-–]\s*(?P<y2>{_Y}|\d{{2}}(?!\d)))?
        (?![/\-]?\p{{L}}|[.,]\d|\d)
        """, regex.VERBOSE | regex.IGNORECASE)),
    # "cùng kỳ", "cùng kỳ năm trước", "cùng kỳ năm 2019"
    # "cùng thời điểm năm 2016", "cùng thời điểm năm trước": the point in force a year back
    # ("tại thời điểm 1/1/2017 tăng 8,3% so với cùng thời điểm năm 2016" = 2016-01-01, dev-501);
    # only with its year ("cùng thời điểm" alone is "at the same time")
    ("sameperiod", _t(r"cùng"), regex.compile(
        rf"""
        cùng\s+(?:kỳ(?:\s+năm\s+(?:(?P<y>{_Y})|(?P<rel>{_REL_SAME_PERIOD})(?!\p{{L}}))|\s+(?P<y2>{_Y}))?
                 |thời\s+điểm\s+(?:này\s+)?(?:của\s+)?năm\s+(?:(?P<y>{_Y})|(?P<rel>{_REL_SAME_PERIOD})(?!\p{{L}})))
        """, regex.VERBOSE | regex.IGNORECASE)),
    # "năm 2022", "cả năm 2023", "đầu năm", "những tháng cuối năm 2020", "năm nay", "năm ngoái"
    ("year", _t(_opens(_SOME_MONTHS, _YEAR_POSITIONS, also=("năm",))), regex.compile(
        rf"""
        (?:(?:{_SOME_MONTHS.alt()}\s+)?(?P<pos>{_YEAR_POSITIONS.alt()})\s+)?
        năm                         # also after a number: "SEA Games 22 năm 2003", "đợt 1 năm 2017" (2017 archive)
        (?:\s+(?P<y>{_Y})(?![/\-]\d|[.,]\d)
          |(?<!(?:\d|(?<!\p{{L}})(?:{_SPAN_COUNT}))\s+năm)\s+(?P<rel>{_REL_THIS_YEAR})(?!\p{{L}})(?!(?:\s+\p{{L}}+){{0,3}}\s+\d+\s+tuổi)   # not "10 năm nay" (a duration); not an age: "(năm nay 19 tuổi)",
                                                     # "năm nay đã 82 tuổi", "năm nay vừa tròn 22 tuổi" (2017 archive)
           (?:\s+(?P<y3>{_Y})(?![/\-]\d|[.,]\d))?)  # "năm nay 2017" (dev-311)
        """, regex.VERBOSE | regex.IGNORECASE)),
    # "tháng đầu năm", "tháng đầu tiên của năm 2017": January (dev-110 "Trong tháng đầu năm, ...")
    ("firstmonth", _t(r"tháng"), regex.compile(
        rf"""
        tháng\s+đầu\s+(?:tiên\s+)?(?:của\s+)?năm(?:\s+(?P<y>{_Y})(?![/\-]\d|[.,]\d)|\s+(?P<rel>{_REL_THIS_YEAR})(?!\p{{L}}))?
        (?!\p{{L}})
        """, regex.VERBOSE | regex.IGNORECASE)),
    # "quý đầu tiên năm 2017", "quý đầu năm 2017", "quý đầu tiên của năm 2017": the first quarter
    # (2017 archive), only with its year: "quý đầu năm thường thấp" is any year's (dev-015), and
    # "những quý đầu năm 2017" more than one ("2 quý đầu năm" is nmonths)
    ("firstquarter", _t("|".join(QUARTER_WORDS)), regex.compile(
        rf"""
        (?<!(?:những|các)\s+)(?:{QUARTER_WORDS.alt()})\s+đầu\s+(?:tiên\s+)?(?:của\s+)?năm
        \s+(?:(?P<y>{_Y})(?![/\-]\d|[.,]\d)|(?P<rel>{_REL_THIS_YEAR})(?!\p{{L}}))
        """, regex.VERBOSE | regex.IGNORECASE)),
    # "năm qua", "năm vừa qua": the year just past, from the anchor day (_past_year)
    # ("Trong năm qua" of a 6/2/2017 report is 2016, dev-409; of a 31/12/2020 review, 2020, dev-025).
    # Not "những năm qua", "5 năm qua" (vague, durations).
    ("pastyear", _t(r"năm"), regex.compile(
        r"""
        (?<!(?:%s|\d)\s+)(?<!\p{L})năm\s+(?:vừa\s+)?qua(?!\p{L})   # not "suốt nửa năm qua" (a count: _SPAN_COUNT)
        """ % _SPAN_COUNT, regex.VERBOSE | regex.IGNORECASE)),
    # "đầu năm", "cuối năm", "cả năm" with no year: the year in force
    ("yearpos", _t(_opens(_SOME_MONTHS, _YEAR_POSITIONS_ALONE)), regex.compile(
        r"""
        (?:%s\s+)?(?<![\p{L}])(?<!(?:%s)\s+)(?P<pos>%s)\s+năm(?!\s+(?:học|tài|\d|%s|mới|thứ|đó|ấy)(?!\p{L})|\p{L})
        """ % (_SOME_MONTHS.alt(), QUARTER_WORDS.alt(), _YEAR_POSITIONS_ALONE.alt(), _REL_THIS_YEAR), regex.VERBOSE | regex.IGNORECASE)),  # not "đầu năm mới" (the new year's first days, 2017 archive)
    # A bare year after a preposition or a position word: "sắp ra mắt vào 2018", "kể từ 2017",
    # "hồi 2014", "phấn đấu đến 2020", "trước 1975", "Đầu 2017", "cuối 2016", "từ giữa 2016"
    # (2017 archive: 49 in 5,061 articles; before "bareyear", which it wins ties with), as "đến năm 2030", "cuối năm 2016". The span keeps
    # "đầu/cuối/giữa", not the preposition. Not a count: "niên đại tới 2000 năm".
    ("prepyear", _t(_opens(_BEFORE_BARE_YEAR, _POSITIONS)), regex.compile(
        rf"""
        (?<!\p{{L}})
        (?:(?P<pos>{_POSITIONS.alt()})\s+
          |(?:{_BEFORE_BARE_YEAR.alt()})\s+\K)
        (?P<y>{_Y})(?![\d/.,\-–]\d|\s*[-–]\s*\d|\s*%|\p{{L}})
        (?!\s+(?:{_COUNTED_AFTER_YEAR.alt()})(?!\p{{L}}))
        """, regex.VERBOSE | regex.IGNORECASE)),
    # a bare year after a year: "năm 2020 và 2021" (checked in extract)
    ("bareyear", _t(_NUMBER), regex.compile(
        rf"""
        (?<=\b(?:{"|".join(_BAREYEAR_AFTER)})\s+|,\s*){_NOGLUE}(?P<y>{_Y})(?![/\-]?\p{{L}}|[.,]\d|\s*%)
        """, regex.VERBOSE | regex.IGNORECASE)),
    # "tăng 6,8% so với 2015;": a bare year as the comparison base (dev-409, dev-109)
    ("compareyear", _t(_NUMBER), regex.compile(
        rf"""
        (?<=\b(?:{_COMPARE_BASE.alt(capital=True)})\s+){_NOGLUE}(?P<y>{_Y})(?![/\-]?\p{{L}}|[.,]\d|\s*%)
        (?=\s*(?:[;,.)]|$)|\s+(?:và|thì|khi|nhưng|mà)(?!\p{{L}}))
        """, regex.VERBOSE)),
    # "(SN 1955, ở huyện Chương Mỹ)", "Vi Thị Huệ (SN1987)": a year of birth ("sinh năm"), as
    # "sinh năm 1994" and "sinh ngày 10/9/1960" (dev-212) are dates (2017 archive: 406 in 5,061
    # articles, crime and court news); never the period in force
    ("birthyear", _t(r"SN"), regex.compile(
        rf"""
        (?-i:SN)(?:\s*:)?\s*(?P<y>{_Y})(?![\d/.\-]\d|\p{{L}})
        """, regex.VERBOSE | regex.IGNORECASE)),
    # "Từ 2011 đến nay": an open range keeps its anchor year
    ("sinceyear", _t(_NUMBER), regex.compile(
        rf"""
        (?<=\b[Tt]ừ\s+){_NOGLUE}(?P<y>{_Y})(?=\s+(?:{WINDOW_TO.alt()})\s+nay)
        """, regex.VERBOSE | regex.IGNORECASE)),
]

# Where a pattern can start, narrowed per document before any regex is tried (each _PATTERNS
# entry is tried at every start of its trigger: ~45K regex calls per corpus pass without this,
# and most fail at once). Only starts where the pattern surely fails are dropped, so the matches
# are those of the full trigger. Nothing is written beside a pattern: the regex engine is asked
# whether a match can start with the text's next few characters (partial matching: "ngày 28/"
# can open a match of "dayfull", "ngày mai" cannot), and the answer is kept per window of text,
# for all the patterns that share the trigger (_tried). A pattern that changes carries its fast
# path with it; tests/test_rules.py checks each against its pattern (the dates.<kind> fast paths).
# Partial matching reads every assertion at a window's end as "may go on" but ``\B`` (which
# no pattern here uses: tests/test_date_windows.py).
#
# The window: _WINDOW characters from the start of a number (the trigger "\d+": "28/7/2", "17.000",
# "9 thán", "2013 đ"), the trigger word and _WINDOW - 2 characters after it ("cùng kỳ n", "các
# tỉnh"). The text before a match, which its look-behinds read, is not in the window: a pattern is
# asked after each of _contexts() that lets it start there (_contexts_of), and may start if it
# may after one: none ("", where a look-behind that forbids lets it), or a word a look-behind
# requires ("từ 16-22/4", "năm 2020 và 2021", "so với 2015": the words those look-behinds are
# built from, WINDOW_FROM, _BAREYEAR_AFTER, _COMPARE_BASE; any of them for "after a word",
# "(?<=\p{Ll}\s)").
_WINDOW = 6
_PATTERN_OF = {kind: pat for kind, _trigger, pat in _PATTERNS}
_KINDS_OF: dict[str, tuple[str, ...]] = {}
for _kind, _trigger, _pat in _PATTERNS:
    for _w in _trigger.split("|"):
        _KINDS_OF[_w] = _KINDS_OF.get(_w, ()) + (_kind,)


# The bracket context: it stands for a look-behind that needs a "(" right before ("(4-17/9)"), so
# it is asked only where the text has one there (_tried): after anything else a pattern that may
# start only after a bracket ("dayrange" at a number) is not tried (tests/test_date_windows.py
# checks that no other character opens what only the bracket does).
_BRACKET = "("


def _contexts() -> tuple[str, ...]:
    """The texts a match is asked after (see above): nothing, a comma, a bracket, a word of each list the
    look-behinds are built from (one stands for its list: a look-behind reads its words alike)."""
    return ("", ", ", _BRACKET) + tuple(f"{next(iter(ws))} " for ws in (WINDOW_FROM, _BAREYEAR_AFTER, _COMPARE_BASE))


@functools.lru_cache(maxsize=None)
def _contexts_of(kind: str, trigger: str) -> tuple[str, ...]:
    """Those of _contexts() after which pattern ``kind`` can start with its trigger word (with an
    ASCII digit for a number); none: its starts are not narrowed."""
    pat = _PATTERN_OF[kind]
    firsts = "0123456789" if trigger == _NUMBER else (trigger,)
    found = tuple(ctx for ctx in _contexts()
                  if any(pat.match(ctx + f, len(ctx), partial=True) is not None for f in firsts))
    if found[:1] == ("",) and "(?<=" not in pat.pattern:
        return ("",)  # look-behinds that only forbid: nothing before is the widest context
    return found


@functools.lru_cache(maxsize=None)
def _askers(trigger: str) -> dict[str, tuple[Callable[..., Optional[regex.Match]], tuple[str, ...]]]:
    """Each pattern kind of ``trigger``: its pattern's ``match`` and _contexts_of(kind, trigger),
    looked up once per trigger word rather than once per question (see _opened)."""
    return {kind: (_PATTERN_OF[kind].match, _contexts_of(kind, trigger)) for kind in _KINDS_OF[trigger]}


def _opened(trigger: str, kinds: tuple[str, ...], window: str, bracket: bool = True) -> tuple[str, ...]:
    """Those of ``kinds`` (patterns of ``trigger``) a match of which can start with ``window``:
    the regex engine's answer by partial matching, after any of _contexts_of(kind, trigger);
    ``bracket``: whether the text has a "(" right before (else the bracket context is not
    asked). One call per window for all its kinds (~8,000 windows on 300 new articles)."""
    askers = _askers(trigger)
    out = []
    for kind in kinds:
        match, contexts = askers[kind]
        if not contexts:  # not narrowed
            out.append(kind)
            continue
        # match(string, pos, endpos, concurrent, partial): partial=True given by position, as the
        # keyword costs the engine's argument parsing about 0.4 µs a question (test_date_windows)
        for ctx in contexts:
            if not ctx:
                if match(window, 0, None, None, True) is not None:
                    out.append(kind)
                    break
            elif (bracket or ctx != _BRACKET) and match(ctx + window, len(ctx), None, None, True) is not None:
                out.append(kind)
                break
    return tuple(out)


def _may_open(kind: str, trigger: str, window: str, bracket: bool = True) -> bool:
    """Whether a match of pattern ``kind`` can start with ``window`` (see _opened)."""
    return bool(_opened(trigger, (kind,), window, bracket))


# Per trigger word and window, the patterns that may start there (asked once per window and
# per shorter window it opens with, a whole window only where its first part, _FIRST, opens a
# pattern: ~4,600 windows in the corpus, ~9,200 questions to the engine on a first pass; ~6,100
# windows and ~9,700 questions more on 300 archive articles never seen; at most _SEEN_MAX kept
# in all, then forgotten and asked again). One table per trigger word, keyed by the window alone
# (after the bracket when the text has one before it).
_SEEN: dict[str, dict[str, tuple[str, ...]]] = {}
_SEEN_MAX = 1 << 16
_seen_count = 0  # windows kept in _SEEN, all trigger words
# Each trigger word: (its window's size, the shortest window asked), see _may_open_all.
_SIZES: dict[str, tuple[int, int]] = {
    w: (_WINDOW, 2) if w == _NUMBER else (len(w) + _WINDOW - 2, len(w) + 1) for w in _KINDS_OF}


def _shorter(n: int, shortest: int) -> int:
    """The size of the next shorter window _may_open_all narrows a window of ``n`` characters
    by: two characters fewer down to two more than ``shortest``, then one fewer."""
    return n - 2 if n > shortest + 2 else n - 1


# Each trigger word: the size of the part of its window _tried looks up first, the first shorter
# window (4 characters at a number, "89 c"; the word and two more at a word, "các t"). Most
# windows are decided there ("89 c", "các t" open no pattern: on 300 unseen articles 83% of the
# starts of words, 66% of those of numbers), and such parts are few and met before, even in text
# never seen, where whole windows are mostly new.
_FIRST: dict[str, int] = {w: _shorter(size, shortest) for w, (size, shortest) in _SIZES.items()}
# The kinds whose trigger has more than one word: their starts come from several lists, sorted once.
_MERGED = frozenset(kind for kind, trigger, _pat in _PATTERNS if "|" in trigger)


def _tried(starts: scan.Starts) -> dict[str, list[int]]:
    """For each pattern kind, the starts of its trigger where it may match (ascending; a kind
    with none is missing): each start of each trigger word of _KINDS_OF is looked up by its
    window (see above), for all the patterns that share the word: by the window's first part
    (_FIRST), and by the whole window only where that part opens some pattern."""
    text = starts.text
    tried: dict[str, list[int]] = {}
    after_bracket = _after_bracket(text)
    for w, (size, shortest) in _SIZES.items():
        found = starts.of(w)
        if not found:
            continue
        known = _SEEN.get(w)
        if known is None:
            known = _SEEN[w] = {}
        known_kinds = known.get  # (bound once: ~11,000 starts a pass)
        first = _FIRST[w]
        for p in found:
            # the key: the window, after the bracket when the text has one before it (_BRACKET);
            # its first part first (_FIRST): a pattern that cannot start with it cannot start
            # with the whole window
            q = p - 1 if after_bracket and p in after_bracket else p
            part = text[q:p + first]
            kinds = known_kinds(part)
            if kinds is None:
                kinds = _may_open_all(w, part, shortest)
            if kinds:
                window = text[q:p + size]
                kinds = known_kinds(window)
                if kinds is None:
                    kinds = _may_open_all(w, window, shortest)
            if kinds:  # (most windows open no pattern)
                for kind in kinds:
                    at = tried.get(kind)
                    if at is None:
                        tried[kind] = [p]
                    else:
                        at.append(p)
    for kind in _MERGED.intersection(tried):
        tried[kind].sort()
    return tried


def _after_bracket(text: str) -> frozenset[int]:
    """The positions right after a "(" (_BRACKET) in ``text``: few, found with str.find."""
    out = []
    k = text.find(_BRACKET)
    while k >= 0:
        out.append(k + 1)
        k = text.find(_BRACKET, k + 1)
    return frozenset(out)


def _digit_classes(numbers: tuple[tuple[str, ...], ...]) -> dict[int, int]:
    """A str.translate table writing each digit as the least digit it is interchangeable with
    in every group of ``numbers``: swapping the two leaves each group as it was (3 and 5 in
    "2".."11" and "19", "20"; not 1 and 9: "91" is no century). Swaps so chained are swaps
    too, so the digits fall into classes, each written as its least."""
    table: dict[int, int] = {}
    for d in "0123456789":
        for c in "0123456789":
            swap = str.maketrans(c + d, d + c)
            if all({n.translate(swap) for n in group} == set(group) for group in numbers):
                if c != d:
                    table[ord(d)] = ord(c)
                break
    return table


# The digits the patterns at a number tell apart. Each digit they read is "\d", any digit, but
# those of the declared numbers: the centuries of a year (_CENTURIES, in _Y) and the bare counts
# of months (_BARE_MONTH_COUNTS, nmonths_bare); no context (_contexts) holds one, nor does a
# back-reference read one (only separators, "(?P=sep)"). A swap of two digits that keeps each of
# those groups as it was maps every such pattern onto itself, so a window and the window with
# those digits swapped open the same patterns: a number's window is asked as its class,
# 0, 1, 2, 9 and 3-8 ("28/7/2" as "23/3/2", see _may_open_all), and on unseen text a third fewer
# windows are learnt (tests/test_date_windows.py checks the classes on windows of text).
_DIGIT_CLASS = _digit_classes((_CENTURIES, _BARE_MONTH_COUNTS))


def _may_open_all(trigger: str, key: str, shortest: int) -> tuple[str, ...]:
    """The patterns of ``trigger`` that may start with the window ``key`` (after the bracket when
    it opens with one, see _tried: _may_open_bracketed; at a number, those of the window its
    digits' class writes, _DIGIT_CLASS), kept in _SEEN: of those that may start
    with a shorter window it opens with, those the engine says may (_opened). A pattern that
    cannot start so cannot start with more, and the engine is asked fewer questions: the shorter
    windows are two characters fewer down to two more than ``shortest``, then one fewer
    ("17.000", "17.0", "17.", "17"); those not known yet are asked first, from the longest one
    known up."""
    known = _SEEN.get(trigger)
    if known is None:
        known = _SEEN[trigger] = {}
    kinds = known.get(key)
    if kinds is not None:
        return kinds
    if trigger == _NUMBER:
        canonical = key.translate(_DIGIT_CLASS)
        if canonical != key:  # the same patterns as its digits' class (_DIGIT_CLASS)
            kinds = _may_open_all(trigger, canonical, shortest)
            _make_room(1)
            known[key] = kinds
            return kinds
    if key[:1] == _BRACKET:  # (a window opens with its trigger: a digit or a letter)
        return _may_open_bracketed(trigger, key, shortest)
    chain = [key]  # the windows to ask, longest first
    n = len(key)
    while True:
        if n <= shortest:
            kinds = _KINDS_OF[trigger]
            break
        n = _shorter(n, shortest)
        shorter = key[:n]
        kinds = known.get(shorter)
        if kinds is not None:
            break
        chain.append(shorter)
    _make_room(len(chain))
    for window in reversed(chain):
        if kinds:  # (most windows open no pattern, nor do the longer ones they open)
            kinds = _opened(trigger, kinds, window, False)
        known[window] = kinds
    return kinds


@functools.lru_cache(maxsize=None)
def _bracketed(trigger: str) -> tuple[str, ...]:
    """The patterns of ``trigger`` with the bracket among their contexts (_contexts_of): "dayrange"
    and "yearspan" at a number."""
    return tuple(kind for kind, (_match, contexts) in _askers(trigger).items() if _BRACKET in contexts)


def _may_open_bracketed(trigger: str, key: str, shortest: int) -> tuple[str, ...]:
    """_may_open_all of a window after a bracket (``key``, "(" and the window): the patterns that
    may start with the window after any other context (_may_open_all of the window alone: its
    shorter windows are those of the text's other windows, most of them known), and those of
    _bracketed(trigger) the engine says may start with it right after the "(" (one question each).
    A pattern may start after a context if it may after the bracket or after another, so this is
    _opened with the bracket, without a chain of bracketed windows to learn."""
    window = key[1:]
    kinds = _may_open_all(trigger, window, shortest)
    askers = _askers(trigger)
    added = [k for k in _bracketed(trigger) if k not in kinds
             and askers[k][0](key, 1, None, None, True) is not None]  # (partial, by position: _opened)
    if added:
        kinds = tuple(k for k in _KINDS_OF[trigger] if k in kinds or k in added)
    _make_room(1)
    _SEEN[trigger][key] = kinds
    return kinds


def _make_room(n: int) -> None:
    """Count ``n`` windows more in _SEEN, all of them forgotten first if that would pass _SEEN_MAX."""
    global _seen_count
    if _seen_count + n > _SEEN_MAX:
        for table in _SEEN.values():
            table.clear()  # in place: a caller may hold a table
        _seen_count = 0
    _seen_count += n


def _tries(starts: scan.Starts, kind: str) -> list[int]:
    """The starts where pattern ``kind`` may match (see _tried)."""
    return _tried(starts).get(kind, [])


def _tried_at(kind: str, text: str, pos: int) -> bool:
    """Whether ``_tried`` keeps ``pos`` of ``text`` for pattern ``kind`` (its fast path)."""
    return pos in _tries(scan.Starts(text), kind)


def _words_around(kind: str, trigger: str) -> list[str]:
    """Words to generate text for the fast-path test: the trigger words, the words the patterns
    read after them, and the numbers they read (real phrases of the press)."""
    out = [w for w in trigger.split("|") if w != _NUMBER]
    out += [f"tháng {w}" for w in _MONTH_WORDS] + [f"{u} {w}" for u in _RELATIVE_UNITS for w in _RELATIVE_WAYS]
    return out + ["5", "28/7", "16.4", "3/2023", "2019-2020", "2013 đến 2016", "IV", "từ 16-22/4",
                  "9 tháng", "năm 2023", "ngày 3 tháng 11 năm 2015", "từ ngày 1/1/2023 đến ngày 31/3/2023",
                  "tháng 11/2019 - 2/2020", "Năm 2020 tính đến tháng 11", "Từ 2011 đến nay", "năm 2020 và 2021",
                  "so với 2015;", "So 2016,", "năm 2011 đến tháng 9/2013", "cách đây 3 năm", "các quý còn lại",
                  "những tháng còn lại của năm 2020", "quí 1-2017", "tháng 1.2017", "tháng đầu năm",
                  "năm vừa qua", "ngày 15 đến ngày 21-7-2017", "năm nay 2017",
                  "cùng thời điểm năm 2016", "cùng thời điểm năm trước", "tháng Một năm nay", "từ 22/5-20/6",
                  "ngày 26/1 - 1/2/2017", "từ ngày 25.1 - 3.2", "cùng kỳ", "cùng kỳ năm trước", "cùng ngày",
                  "giai đoạn 2021-2025", "thời kỳ 2016-2020", "nhiệm kỳ 2020-2025", "kế hoạch 2021-2025",
                  "nửa đầu năm 2023", "nửa cuối năm", "nửa năm 2021", "đầu tháng 11", "giữa tháng 6",
                  "hết tháng 6", "trong tháng 6", "nửa đầu tháng 3", "mười một tháng", "sáu tháng đầu năm nay",
                  "năm nay", "năm ngoái", "đầu năm", "cả năm 2023", "những tháng cuối năm 2020", "quý III/2024",
                  "quý 2 năm nay", "Trong 9 tháng,", "hàng hóa 9 tháng đạt", "17.000", "9 tỷ", "2023,",
                  "SN 1987", "vào 2018", "cuối 2016", "nửa đầu 2017", "2 năm 2017 và 2018",
                  "hai tháng đầu năm nay", "2 quý đầu năm 2016", "quý đầu tiên năm 2017", "niên vụ 2016/17",
                  "năm tài chính 2015"]

for _kind, _trigger, _pat in _PATTERNS:
    fast_path(f"dates.{_kind}", _pat, "match", functools.partial(_tried_at, _kind),
              _words_around(_kind, _trigger))
def _short_spaces(text: str) -> bool:
    """``scan.short_spaces(text)``, with the regex scan only where a long run may be.

    A run of SPACE_RUN_MAX + 1 whitespace characters covers two consecutive multiples of
    (SPACE_RUN_MAX + 1) // 2 and all between, so where no two consecutive samples are whitespace
    with only whitespace between (str.isspace(), true for all of ``\\s``) there is none; else
    the regex decides.
    """
    step = (scan.SPACE_RUN_MAX + 1) // 2
    spaced = bytes(map(str.isspace, text[::step]))  # 1 for a sample that is whitespace
    i = spaced.find(b"\x01\x01")  # two consecutive ones
    while i >= 0:
        if text[i * step:(i + 1) * step + 1].isspace():
            return scan.short_spaces(text)
        i = spaced.find(b"\x01\x01", i + 1)
    return True


_MONTH_LEAD = regex.compile(r"(?:trong|hết)\s+", regex.IGNORECASE)

# After a bare "30/10": words that make it a fraction or a count, not a day ("5/5 hạng mục").
_COUNT_AFTER = regex.compile(r"\s*(?:%|\p{Ll}[\p{L}]*)")
# After a bare "30/10": what makes it a day: a window's end ("16/4 đến 22/4", "1/7 tới"), the
# coming or past one ("30/6 này", "30/6 vừa qua", "30/6 hằng năm"), a place ("tại", "ở") or the
# end of a clause.
_DAY_AFTER_WORDS = Words("vừa|này|năm|qua|hằng|hàng|hôm|sắp|tại|ở")
_DATE_CONTINUES = regex.compile(
    rf"\s*(?:{(WINDOW_TO + _DAY_AFTER_WORDS).alt()}|,|\.|\)|;|:|\n|$|và\s+(?:ngày\s+)?\d|-)",
    regex.IGNORECASE,
)
# A dot-separated day ("22.4") only counts after "ngày" or with a year: "2.5" is a number.
# Words that can precede a bare day ("Sáng 1/7", "từ 12/4").
# The times of day before a day ("Sáng 1/7", "chiều nay, 8-2"); published.py's news hook reads
# the same words ("Chiều 8/6, Quốc hội thảo luận").
TIMES_OF_DAY = Words("sáng|trưa|chiều|tối|đêm")
_TIME_BEFORE = regex.compile(
    rf"(?<!\p{{L}})(?:(?:{TIMES_OF_DAY.alt()})(?:\s+(?:nay|qua|mai))?|hôm\s+(?:nay|qua|kia)|ngày\s+mai)"
    r"(?:\s*,?\s+|\s*\(\s*)$",   # "sáng nay (6-2)", "Hôm nay (8.2)", "18h ngày mai 7-2" (2017 archive)
    regex.IGNORECASE)
# Before a bare day: a time of day, a window's ends ("từ 12/4", "đến 30/6"), a point ("vào 1/7",
# "trước 30/6", "sau 15/5", "hôm 2/9").
_DAY_BEFORE_WORDS = Words("hôm") + WINDOW_FROM + WINDOW_TO + Words("vào|trước|sau")
_DAY_BEFORE = regex.compile(
    rf"(?:{(TIMES_OF_DAY + _DAY_BEFORE_WORDS).alt()}|\(|,)\s*$", regex.IGNORECASE
)


@dataclass
class _Cand:
    start: int
    end: int
    kind: str
    m: regex.Match


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


# A day as the text gives it: (year, month, day), the year None when neither the text nor the
# article says it ("ngày 28/7" without ``published``).
_Day = tuple[Optional[int], int, int]


@dataclass(frozen=True)
class _Val:
    """A date value, structured: its first and last day, its grain and, for a span, what each
    end names ("day": 2023-07-01/2023-07-15, "month": 2023-01/2023-05, "year": 2019/2020).
    ``value`` is written from these by ``_format`` alone, never edited as a string."""

    grain: str  # day, month, quarter, half, year, span
    first: _Day
    last: _Day
    ends: str = ""  # for a span: "day", "month" or "year"; "year/month" when the ends differ

    @property
    def year_known(self) -> bool:
        return self.first[0] is not None

    @property
    def start(self) -> Optional[dt.date]:
        return _date(self.first)

    @property
    def end(self) -> Optional[dt.date]:
        return _date(self.last)

    @property
    def value(self) -> str:
        return _format(self)


def _date(d: _Day) -> Optional[dt.date]:
    if d[0] is None:
        return None
    try:
        return dt.date(*d)
    except ValueError:  # a year out of range ("năm sau" of 9999)
        return None


def _year(y: Optional[int]) -> str:
    return f"{y:04d}" if y is not None else "XXXX"


def _format(v: _Val) -> str:
    """The one writer of values: "2023-07-28", "2023-07", "2023-Q3", "2023-H1", "2023", and spans
    "2023-07-01/2023-07-15", "2019-11/2020-02", "2019/2020"; "XXXX" for an unknown year."""
    (y1, m1, d1), (y2, m2, d2) = v.first, v.last
    g = v.grain
    if g == "day":
        return f"{_year(y1)}-{m1:02d}-{d1:02d}"
    if g == "month":
        return f"{_year(y1)}-{m1:02d}"
    if g == "quarter":
        return f"{_year(y1)}-Q{(m1 + 2) // 3}"
    if g == "half":
        return f"{_year(y1)}-H{1 if m1 == 1 else 2}"
    if g == "year":
        return _year(y1)
    first, _, last = v.ends.partition("/")
    return f"{_end(v.first, first)}/{_end(v.last, last or first)}"


def _end(d: _Day, names: str) -> str:
    """One end of a span, as much of it as it names: "2023-07-01", "2023-07", "2023"."""
    if names == "day":
        return f"{_year(d[0])}-{d[1]:02d}-{d[2]:02d}"
    if names == "month":
        return f"{_year(d[0])}-{d[1]:02d}"
    return _year(d[0])


def _day_val(y: Optional[int], m: int, d: int) -> _Val:
    return _Val("day", (y, m, d), (y, m, d))


def _days_span(first: _Day, last: _Day) -> _Val:
    return _Val("span", first, last, "day")


def _month_val(y: Optional[int], m: int) -> _Val:
    return _Val("month", (y, m, 1), (y, m, _last_day(y or 2000, m)))


def _months_span(y: Optional[int], m1: int, m2: int, y2: Optional[int] = None) -> _Val:
    """Months m1 of year y to m2 of year y2 (y by default), as the most specific grain (quarter,
    half, year, span)."""
    if y2 is None or y2 == y:
        if m1 == m2:
            return _month_val(y, m1)
        y2 = y
        grain = ("year" if (m1, m2) == (1, 12) else "half" if (m1, m2) in ((1, 6), (7, 12))
                 else "quarter" if m2 - m1 == 2 and m1 % 3 == 1 else "span")
    else:
        grain = "span"
    return _Val(grain, (y, m1, 1), (y2, m2, _last_day(y2 or 2000, m2)), "month")


def _months_as_written(y1: Optional[int], m1: int, y2: Optional[int], m2: int) -> _Val:
    """Months m1 of y1 to m2 of y2 as the text writes them: a span even when they make a quarter
    or a half ("tháng 10 - 12/2016" is 2016-10/2016-12, not 2016-Q4); one month is that month."""
    if (y1, m1) == (y2, m2):
        return _month_val(y1, m1)
    return _Val("span", (y1, m1, 1), (y2, m2, _last_day(y2 or 2000, m2)), "month")


def _years_span(y1: int, y2: int) -> _Val:
    return _Val("span", (y1, 1, 1), (y2, 12, 31), "year")


def _shift_year(v: _Val, years: int, to_year: Optional[int] = None) -> _Val:
    """The same window another year ("cùng kỳ"): 2023-H1 -> 2022-H1; 2019/2020 -> 2018/2019."""
    if v.start is None or v.end is None:
        return v
    d = (to_year - v.first[0]) if to_year is not None else years

    def mv(x: _Day) -> _Day:
        y, m, day = x
        if m == 2 and day == 29 and not calendar.isleap(y + d):
            day = 28
        return y + d, m, day

    return _Val(v.grain, mv(v.first), mv(v.last), v.ends)


_GROUP_NAMES: dict[regex.Pattern, frozenset[str]] = {}


def _group(m: regex.Match, name: str) -> Optional[str]:
    """``m.group(name)``, or None when the pattern has no such group (an IndexError is costly)."""
    names = _GROUP_NAMES.get(m.re)
    if names is None:
        names = _GROUP_NAMES[m.re] = frozenset(m.re.groupindex)
    return m.group(name) if name in names else None


def _int(m: regex.Match, *names: str) -> Optional[int]:
    for n in names:
        v = _group(m, n)
        if v:
            return int(v)
    return None


def _small(word: str) -> Optional[int]:
    if word.isdigit():
        return int(word)
    return _words()["small"].get(word.lower())


_UNSET = object()  # _Ctx.y not worked out yet


class _Ctx:
    """What a resolver reads: the match and the dates around it."""

    __slots__ = ("m", "year", "in_force", "last_day", "today", "rel", "_y")

    def __init__(self, m: regex.Match, year: Optional[int], in_force: Optional[_Val],
                 last_day: Optional[_Val], today: Optional[dt.date] = None) -> None:
        self.m = m
        self.year = year  # the article's year (published, else the year its own date states)
        self.in_force = in_force  # the last period named before (what "cùng kỳ" and "tháng trước" refer to)
        self.last_day = last_day  # the last day named before ("cùng ngày")
        self.today = today  # the day the article speaks from ("năm qua", "những tháng còn lại")
        self.rel: Optional[str] = _group(m, "rel")  # a relative year word ("năm ngoái", "năm nay"), or None
        self._y: object = _UNSET

    @property
    def y(self) -> Optional[int]:
        """The year the mention names: written ("2023"), or relative to the article's (worked
        out on first use: a plain attribute, not functools.cached_property, whose lock costs
        more than the work)."""
        y = self._y
        if y is _UNSET:
            y = self._y = self._named_year()
        return y  # type: ignore[return-value]

    def _named_year(self) -> Optional[int]:
        if self.rel:
            written = _group(self.m, "y3")  # "năm nay 2017" (dev-311): the year written out
            if written:
                return int(written)
            off = _words()["year_rel"][self.rel.lower()]
            return (self.year + off) if self.year else None
        return _int(self.m, "y", "y2", "y4")

    @property
    def yr(self) -> Optional[int]:
        """The year the mention is in: its own, else the article's."""
        y = self.y
        return y if y is not None else self.year


def _same_day(c: _Ctx) -> Optional[_Val]:  # "cùng ngày": the day named last
    return c.last_day


def _relative(c: _Ctx) -> Optional[_Val]:  # "tháng trước", "quý tới", "năm nay"
    m = c.m
    unit, d = m.group("unit").lower(), m.group("dir").lower()
    off = _words()["year_rel"][d]  # date_words.tsv: -1, +1 or 0
    base = c.in_force if c.in_force is not None and c.in_force.start is not None else None
    if unit == "năm":
        by = base.start.year if base is not None else c.year
        # the year before an unknown year is unknown too (dev-411's "năm nay"): XXXX
        return _months_span(by + off if by else None, 1, 12)
    months = 1 if unit == "tháng" else 3
    grain = "month" if unit == "tháng" else "quarter"
    if base is not None and base.grain == grain:
        mi = base.start.year * 12 + base.start.month - 1
    elif base is None and c.in_force is not None and c.in_force.first[0] is None and c.in_force.grain == grain:
        # of an unknown year: "tháng trước" of XXXX-05 is XXXX-04, "quý trước" of XXXX-Q1 XXXX-Q4
        m1 = (c.in_force.first[1] - 1 + off * months) % 12 + 1
        return _months_span(None, m1, m1 + months - 1)
    else:
        return None
    mi += off * months
    yy, m1 = divmod(mi, 12)
    return _months_span(yy, m1 + 1, m1 + months)


def _month_of_word(m: regex.Match) -> int:
    """The month a "tháng Giêng", "tháng Một", "tháng Chạp" match names (its group ``mw``)."""
    return _words()["month_word"][" ".join(m.group("mw").lower().split())]


def _month_word(c: _Ctx) -> Optional[_Val]:  # "tháng Giêng", "tháng Chạp"
    return _month_val(c.yr, _month_of_word(c.m))


def _day_span(c: _Ctx) -> Optional[_Val]:  # "từ ngày 1/1/2023 đến ngày 31/3/2023"
    m = c.m
    try:
        a = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        b = dt.date(int(m.group("y2x")), int(m.group("m2")), int(m.group("d2")))
    except ValueError:
        return None
    if b <= a:
        return None
    return _days_span((a.year, a.month, a.day), (b.year, b.month, b.day))


def _short_day_span(c: _Ctx) -> Optional[_Val]:  # "(từ 22/5-20/6)", "từ 26/1-1/2/2017"
    m = c.m
    d1, m1, d2, m2 = int(m.group("d")), int(m.group("m")), int(m.group("d2")), int(m.group("m2"))
    if not (1 <= d1 <= 31 and 1 <= d2 <= 31 and 1 <= m1 <= 12 and 1 <= m2 <= 12):
        return None
    y2 = c.yr
    y1 = y2
    if (m1, d1) >= (m2, d2):
        # across the new year only: "từ 26/12 - 5/1"; else not an interval ("từ 1/3 - 1/2" are fractions)
        if not (m1 == 12 and m2 == 1):
            return None
        y1 = y2 - 1 if y2 is not None else None
    if y2 is not None:
        try:
            dt.date(y1, m1, d1), dt.date(y2, m2, d2)
        except ValueError:
            return None
    return _days_span((y1, m1, d1), (y2, m2, d2))


def _month_span(c: _Ctx) -> Optional[_Val]:  # "tháng 7/2015 - 6/2020", "từ tháng 1 đến tháng 5/2023"
    m = c.m
    y2 = int(m.group("y"))
    y1 = _int(m, "y1") or y2
    m1, m2 = int(m.group("m")), int(m.group("m2"))
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12) or (y1, m1) >= (y2, m2):
        return None
    # a range of months as written stays a span: "tháng 10 - 12/2016" is 2016-10/2016-12, not
    # 2016-Q4 (dev-412); "6 tháng đầu năm" (a count of months) is the half (_n_months)
    return _months_as_written(y1, m1, y2, m2)


def _year_month_span(c: _Ctx) -> Optional[_Val]:  # "năm 2011 đến tháng 9/2013" (dev-213): 2011/2013-09
    y1, y2, m2 = int(c.m.group("y1")), int(c.m.group("y")), int(c.m.group("m2"))
    if not (1 <= m2 <= 12 and y1 <= y2 <= y1 + 50):
        return None
    return _Val("span", (y1, 1, 1), (y2, m2, _last_day(y2, m2)), "year/month")


def _years_ago(c: _Ctx) -> Optional[_Val]:  # "cách đây 3 năm" (dev-308): that many years before the article's year
    n = _small(c.m.group("n"))
    if not n:
        return None
    return _months_span(c.year - n if c.year is not None else None, 1, 12)


def _year_to_date(c: _Ctx) -> Optional[_Val]:  # "Năm 2020 tính đến tháng 11": January to November
    mo = int(c.m.group("m"))
    return _months_span(int(c.m.group("y")), 1, mo) if 1 <= mo <= 12 else None


def _day(c: _Ctx) -> Optional[_Val]:  # "ngày 28/7/2023", "28/7", "ngày 3 tháng 11 năm 2015"
    m, yr = c.m, c.yr
    d, mo = int(m.group("d")), int(m.group("m"))
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None
    if yr is not None:
        try:
            dt.date(yr, mo, d)
        except ValueError:
            return None
    return _day_val(yr, mo, d)


def _day_range(c: _Ctx) -> Optional[_Val]:  # "ngày 16 - 22.4": two days of one month
    m, yr = c.m, c.yr
    d1, d2, mo = int(m.group("d1")), int(m.group("d2")), int(m.group("m"))
    if not (1 <= d1 < d2 <= 31 and 1 <= mo <= 12):
        return None
    if yr is not None:
        try:
            dt.date(yr, mo, d1), dt.date(yr, mo, d2)
        except ValueError:
            return None
    return _days_span((yr, mo, d1), (yr, mo, d2))


def _month(c: _Ctx) -> Optional[_Val]:  # "tháng 7/2023", "đầu tháng 7"
    mo = int(c.m.group("m"))
    if not 1 <= mo <= 12:
        return None
    return _month_val(c.yr, mo)


def _first_month(c: _Ctx) -> Optional[_Val]:  # "tháng đầu năm", "tháng đầu tiên của năm 2017" (dev-110): January
    return _month_val(c.yr, 1)


def _first_quarter(c: _Ctx) -> Optional[_Val]:  # "quý đầu tiên năm 2017": 2017-Q1
    return _months_span(c.yr, 1, 3)


def _past_year(c: _Ctx) -> Optional[_Val]:  # "năm qua", "năm vừa qua": the year just past
    # from the day the article speaks from: last year in the first half of the year, this year
    # after ("Trong năm qua" of a 6/2/2017 report is 2016, dev-409; of a 31/12/2020 review,
    # 2020, dev-025); no day, no value
    if c.today is None:
        return None
    return _months_span(c.today.year - (c.today.month <= 6), 1, 12)


def _remaining(c: _Ctx) -> Optional[_Val]:
    """"các quý còn lại" after the quarter in force ("quý I/2017" -> 2017-04/2017-12); "những
    tháng còn lại (của năm 2020)" from the anchor's month (1/11/2020 -> 2020-11/2020-12)."""
    y = _int(c.m, "y")
    if c.m.group("unit").lower() == "quý":
        v = c.in_force
        if v is None or v.grain != "quarter" or v.end is None:
            return None
        first, yy = v.end.month + 1, v.end.year
    else:
        if c.today is None:  # no month to count from: "của năm 2020", "của năm nay" still say the year
            if y is None and _group(c.m, "rel"):
                if c.year is None:
                    return _months_span(None, 1, 12)
                y = c.year
            return _months_span(y, 1, 12) if y is not None else None
        first, yy = c.today.month, c.today.year
    if y is not None and y != yy or first > 12:
        return None
    return _months_as_written(yy, first, yy, 12)


def _quarter(c: _Ctx) -> Optional[_Val]:  # "quý III/2024", "quý 2"
    q = c.m.group("q").upper()
    qn = int(q) if q.isdigit() else _words()["roman"][q]
    return _months_span(c.yr, 3 * qn - 2, 3 * qn)


def _n_months(c: _Ctx) -> Optional[_Val]:  # "6 tháng đầu năm 2023", "9 tháng", "3 tháng cuối năm"
    m = c.m
    n = _small(m.group("n"))
    if n is not None and (_group(m, "unit") or "tháng").lower() != "tháng":
        n *= 3  # "hai quý đầu năm": quarters of three months
    if n is None or not 1 <= n <= 12:
        return None
    pos = m.groupdict().get("pos")
    if pos and pos.lower() in LAST_PART.words:
        return _months_span(c.yr, 13 - n, 12)
    return _months_span(c.yr, 1, n)


def _half(c: _Ctx) -> Optional[_Val]:  # "nửa đầu năm", "nửa cuối năm 2023"
    pos = (c.m.group("pos") or "").lower()  # none: "nửa năm 2021" is the first half (dev-026)
    return _months_span(c.yr, 7, 12) if pos in _LATTER_HALF.words else _months_span(c.yr, 1, 6)


def _whole_year(c: _Ctx) -> Optional[_Val]:  # "năm 2023", "cuối năm", "2021" after "và", "Từ 2011"
    return _months_span(c.yr, 1, 12)


def _year_span(c: _Ctx) -> Optional[_Val]:  # "giai đoạn 2019-2020", "từ năm 2013 đến 2016"
    y1, y2 = int(c.m.group("y1")), int(c.m.group("y2"))
    if not y1 < y2 <= y1 + 50:
        return None
    return _years_span(y1, y2)


def _crop_year(c: _Ctx) -> Optional[_Val]:  # "niên vụ 2016/17": 2016/2017; "năm tài chính 2015": 2015
    y1, y2 = int(c.m.group("y1")), c.m.group("y2")
    if not y2:
        return _months_span(y1, 1, 12)
    y2 = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)  # "2016/17"
    return _years_span(y1, y2) if y1 < y2 <= y1 + 50 else None


def _same_period(c: _Ctx) -> Optional[_Val]:  # "cùng kỳ", "cùng kỳ năm trước", "cùng kỳ năm 2018"
    base = c.in_force
    if base is None or base.start is None:
        if c.year is None:
            if c.y is not None and not c.rel:  # "cùng kỳ năm 2016" with no known period in force
                return _months_span(c.y, 1, 12)
            if base is not None and base.first[0] is None:
                # the same window of an unknown year: "quý I" ... "so với cùng kỳ" = XXXX-Q1
                return base
            return _months_span(None, 1, 12) if c.rel else None
        base = _months_span(c.year, 1, 12)
    if c.y is not None and not c.rel:
        if base.grain == "year" or base.grain == "span" and base.ends == "year":
            return _months_span(c.y, 1, 12)
        return _shift_year(base, 0, to_year=c.y)
    return _shift_year(base, -1)


# The resolver of each kind of _PATTERNS: the value a match stands for, or None when it names no
# real date ("ngày 31/2"). Keep one entry per pattern kind (checked below).
_RESOLVERS: dict[str, Callable[[_Ctx], Optional[_Val]]] = {
    "sameday": _same_day, "relative": _relative, "monthword": _month_word, "dayspan": _day_span,
    "monthspan": _month_span, "dayspanshort": _short_day_span, "ytd": _year_to_date, "yearmonthspan": _year_month_span,
    "yearsago": _years_ago, "remaining": _remaining,
    "dayshort": _day, "dayfull": _day, "daylong": _day, "dayrange": _day_range, "month": _month,
    "firstmonth": _first_month, "firstquarter": _first_quarter, "pastyear": _past_year,
    "quarter": _quarter, "nmonths": _n_months, "nmonths_bare": _n_months, "halfword": _half,
    "year": _whole_year, "yearpos": _whole_year, "bareyear": _whole_year, "sinceyear": _whole_year,
    "compareyear": _whole_year, "birthyear": _whole_year, "prepyear": _whole_year,
    "yearspan": _year_span, "cropyear": _crop_year, "sameperiod": _same_period,
}
if set(_RESOLVERS) != {k for k, _t, _p in _PATTERNS}:
    raise RuntimeError("dates: _RESOLVERS and _PATTERNS name different kinds")


def _value(c: _Cand, year: Optional[int], in_force: Optional[_Val], last_day: Optional[_Val] = None,
           today: Optional[dt.date] = None) -> Optional[_Val]:
    return _RESOLVERS[c.kind](_Ctx(c.m, year, in_force, last_day, today))


def timex(y: Optional[int], m: Optional[int] = None, d: Optional[int] = None) -> str:
    """The value of a day, a month or a year ("2017-06-09", "2017-05", "2017"; "XXXX-06-08" when
    ``y`` is None), written by _format like every DateMention value (published.py's
    Article.published_inferred.timex)."""
    if d:
        return _format(_day_val(y, m, d))
    if m:
        return _format(_month_val(y, m))
    return _format(_months_span(y, 1, 12))


def _bare_day_ok(text: str, c: _Cand) -> bool:
    """A "30/10" without "ngày" is a day only where a day fits, not in "5/5 hạng mục"."""
    m = c.m
    if m.group("kw"):  # "ngày 28/7"
        return True
    if _group(m, "rel"):  # "21/6 năm nay"; but "2-3 năm nay", "7-10 năm tới" count years (2017 archive)
        return m.group("sep") == "/"
    if _group(m, "y") and m.group("sep") == "/":  # "Quốc khánh 2/9 năm 2014"; not a score "2-1 năm 1976"
        return True
    # after a time of day a pair is a day, whatever follows and however it is written: "sáng 5-2",
    # "Trưa 7.2", "phiên sáng 8/2 tăng gần 6 USD", "Chiều 7/5 người dân ...", "chiều nay, 8-2",
    # "Hôm qua 11.5" (2017 press)
    if _TIME_BEFORE.search(text, max(0, c.start - 14), c.start):
        return True
    if m.group("sep") != "/":
        return False  # "2.5", "7-8" are numbers
    after = text[c.end:c.end + 40]
    if not _DATE_CONTINUES.match(after) and _COUNT_AFTER.match(after):
        return False
    before = text[max(0, c.start - 12):c.start]
    if _DAY_BEFORE.search(before):
        return True
    return bool(_DATE_CONTINUES.match(after)) and not after.startswith(("-", " -"))


# Kinds whose year, when the text gives none, is taken from ``published``. News looks back:
# a date more than three months after publication is last year's ("Ngày 28/12" in an article of
# 3 January 2024 is 2023-12-28; "quý IV" in January is last year's). The one exception looks
# ahead: a day just past the new year ("ngày 5/1" in an article of 29 December 2023 is
# 2024-01-05). A period already past ("quý 2" in December) keeps the publication year.
_ROLLS = frozenset({"dayshort", "dayfull", "daylong", "dayrange", "dayspanshort", "month", "monthword", "quarter", "firstmonth",
                    "nmonths", "nmonths_bare", "halfword"})


# A comparison base is not the period a figure reports, so it does not become the period in
# force for a later "cùng kỳ" / "tháng trước": "6,4% so với quý IV/2016 và 6,3% cùng kỳ năm
# trước" in a quý I/2017 report is 2016-Q1 (dev-312); "bằng 54,8% so với kế hoạch năm 2017" then
# "cùng kỳ năm 2016" of the half year is 2016-H1 (dev-112).
_COMPARED = regex.compile(
    rf"(?<!\p{{L}})(?:{_COMPARE_BASE.alt()})(?:\s+(?:kế\s+hoạch|dự\s+toán|cả|mức|của))?\s+$", regex.IGNORECASE)


# The groups that name a candidate's own year ("2023", "năm ngoái"), of each pattern kind: those of
# ("y", "y1", "y2", "y4", "rel") its pattern has.
_YEAR_GROUPS: dict[str, tuple[str, ...]] = {
    kind: tuple(g for g in ("y", "y1", "y2", "y4", "rel") if g in pat.groupindex) for kind, _t, pat in _PATTERNS}


def _year_from_published(c: _Cand) -> bool:
    """Whether the candidate names no year of its own (neither "2023" nor "năm ngoái")."""
    m = c.m
    for g in _YEAR_GROUPS[c.kind]:
        if m.group(g):
            return False
    return True


def _nearest_year(v: _Val, published: dt.date) -> _Val:
    if v.start is None or v.end is None:
        return v
    if (v.start - published).days > 92:
        return _shift_year(v, -1)
    if v.grain == "day" and (published - v.end).days > 300:
        nxt = _shift_year(v, 1)
        if nxt.start is not None and 0 <= (nxt.start - published).days <= 60:
            return nxt
    return v


# A yearless day or month takes the year the text writes for the same day or month elsewhere
# (ANNOTATION.md: "Tháng 1" in the headline with "tháng 1/2017" in the lead, dev-501; "chiều 6.2"
# with "ngày 6.2.2017", dev-601; "Từ 1/7, ..." with "có hiệu lực từ ngày 1/7/2017", dev-209).
_SAME_AS_WRITTEN = frozenset({"dayshort", "daylong", "dayfull", "month", "monthword"})


def _written_key(c: _Cand) -> tuple:
    """("m", month) of a month, ("d", month, day) of a day."""
    if c.kind == "monthword":
        return ("m", _month_of_word(c.m))
    if c.kind == "month":
        return ("m", int(c.m.group("m")))
    return ("d", int(c.m.group("m")), int(c.m.group("d")))


# The end of a window is no statement of the day's year: "Thị trường phát điện cạnh tranh được
# triển khai từ 1/7/2012" says nothing of "Ngày 1/7" (dev-018); a rule in force from a day is
# ("có hiệu lực từ ngày 1/7/2017", dev-209).
_WINDOW_END_BEFORE = regex.compile(
    rf"(?<!hiệu\s+lực\s+)(?<!\p{{L}})(?:{(WINDOW_FROM + WINDOW_TO).alt()})\s+(?:ngày\s+)?$", regex.IGNORECASE)


def _written_years(text: str, final: list[_Cand]) -> dict[tuple, set[int]]:
    """The years the text writes for each day and month ("ngày 6.2.2017", "tháng 1/2017")."""
    out: dict[tuple, set[int]] = {}
    for c in final:
        if (c.kind in _SAME_AS_WRITTEN and not _year_from_published(c) and not _group(c.m, "rel")
                and not _WINDOW_END_BEFORE.search(text, max(0, c.start - 24), c.start)):
            y = _int(c.m, "y", "y2", "y4")
            if y is not None:
                out.setdefault(_written_key(c), set()).add(y)
    return out


def extract(doc) -> list[DateMention]:
    text = doc.clean
    cands: list[_Cand] = []
    starts = doc.starts
    # starts.fast(pat), with the check for long whitespace runs done mostly without a regex
    bounded = scan.bounded if _short_spaces(text) else (lambda pat: pat)
    tried = _tried(starts)
    for kind, _trigger, pat in _PATTERNS:
        tries = tried.get(kind)
        if tries is None:
            continue
        pat = bounded(pat)
        for m in scan.finditer_at(pat, tries, text):
            s, e = m.span()
            # strip a leading "trong"/"hết" the month pattern takes for đầu/cuối alternatives
            if kind == "month":
                lead = _MONTH_LEAD.match(text, s, e)
                if lead:
                    s = lead.end()
            # "hôm 12/4" is the day "12/4" (dev-004): like a time of day, "hôm" stays outside the
            # span; it still makes the pair a day ("bà Inada nói hôm 5-2", 350 in the 2017 archive)
            elif kind == "dayshort" and m.group("kw") and m.group("kw").lower() == "hôm":
                s = m.start("d")
            if s >= e or doc.claimed(s, e):
                continue
            c = _Cand(s, e, kind, m)
            if kind in ("dayshort", "dayspanshort") and not _bare_day_ok(text, c):
                continue
            cands.append(c)
    # Overlaps inside the kind: the one rule (overlaps.py), longest first, then earliest.
    kept = overlaps.keep_longest(cands, _START_END)
    # a bare year counts only right after another date ("năm 2020 và 2021")
    final: list[_Cand] = []
    for c in kept:
        if c.kind == "bareyear":
            prev = final[-1] if final else None
            if prev is None or c.start - prev.end > 12 or prev.kind not in ("year", "yearspan", "bareyear", "cropyear"):
                continue
        final.append(c)

    # the anchor of yearless and relative dates: the given (or stamped) date, else the year of
    # the article's own date when its text states it. Only a publication date (or the text's
    # "hôm nay (6/2/2017)") moves a yearless date to the nearest past (_nearest_year): the day an
    # article reports may be any day it names ("ngày 1-1, trường đã gửi công văn" before "ngày
    # 16-5" of the same year, dev-310).
    anchor = doc.published
    year = anchor.year if anchor else None
    inferred = getattr(doc, "inferred", None)
    if anchor is None and inferred is not None and inferred.year is not None:
        year = inferred.year
        if inferred.today:  # "hôm nay (6/2/2017)": the text's own day anchors as a publication date
            anchor = inferred.date
    # the day the article speaks from, for "năm qua": the publication date, else an inferred day
    today = doc.published or (inferred.date if inferred is not None and inferred.grain != "year" else None)
    out: list[DateMention] = []
    in_force: Optional[_Val] = None
    last_day: Optional[_Val] = None
    # "so tháng trước và tăng 37,4% so cùng kỳ năm trước": a figure compared with the month before
    # is a month's, so "cùng kỳ" in the same sentence is that month a year earlier (dev-019)
    month_of_sentence: Optional[tuple[Optional[int], _Val]] = None
    written = _written_years(text, final)
    for c in final:
        sent = doc.sentence_at(c.start)
        cy = year
        if c.kind in _SAME_AS_WRITTEN and written and _year_from_published(c):
            ys = written.get(_written_key(c))
            # one year written for that day or month, and (when the article's year is known) that
            # year or one either side of it: "Ngày 1/7" of a 2017 article is not of "từ 1/7/2012" (dev-018)
            if ys is not None and len(ys) == 1:
                wy = next(iter(ys))
                if year is None or year - 1 <= wy <= year + 1:
                    cy = wy
        if c.kind == "relative" and c.m.group("unit").lower() == "tháng":
            base = in_force if in_force is not None and in_force.grain == "month" else None
            if base is None and today is not None:  # "so tháng trước" after a half-year figure
                base = _month_val(today.year, today.month)
            v = _value(c, year, base if base is not None else in_force, last_day, today)
            if base is not None:
                month_of_sentence = (sent, base)
        elif (c.kind == "sameperiod" and month_of_sentence is not None and month_of_sentence[0] == sent
              and not _group(c.m, "y") and not _group(c.m, "y2")):
            v = _shift_year(month_of_sentence[1], -1)
        else:
            v = _value(c, cy, in_force, last_day, today)
        if v is None:
            continue
        if anchor is not None and c.kind in _ROLLS and _year_from_published(c) and cy == year:
            v = _nearest_year(v, anchor)
        out.append(doc.make(
            DateMention, c.start, c.end, value=v.value, start_date=v.start, end_date=v.end,
            grain=v.grain, year_known=v.year_known,
        ))
        doc.claim(c.start, c.end)
        # a fuzzy point of a year ("đầu năm giá cá tra tăng") is not a reporting period (dev-112)
        fuzzy = c.kind == "yearpos" and c.m.group("pos").lower() in _POSITIONS.words
        if (c.kind not in ("sameperiod", "relative", "sameday", "yearsago", "remaining", "birthyear") and not fuzzy
                and not _COMPARED.search(text, max(0, c.start - 40), c.start)):
            in_force = v
            if v.grain == "day":
                last_day = v
    return out
