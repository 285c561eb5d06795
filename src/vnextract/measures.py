"""The measure step of indicators: a canonical ``measure`` id and the ``breakdown`` of each figure.

The last step of ``indicators`` (it reads their records and rewrites three fields) and needs no
text of its own: an indicator's ``name`` is the measure as written, and the names the press uses for
one measure are listed in ``data/measures.tsv`` (from the national statistical indicator system
of the Statistics Law and the statistics office's monthly report headings, with the aliases the
press writes: "kim ngạch xuất khẩu", "xuất khẩu", "XK" are all ``exports``).

Why hand-written: no library maps Vietnamese measure names to a code list; the mapping is a
table look-up, and the rules below are what the table cannot say.

- **measure**: the longest alias that occurs in the name as whole words ("tổng kim ngạch xuất,
  nhập khẩu" is ``trade_total``, not ``exports``); none, null. The figure must be of a kind the
  measure reports (``value_kind`` of the table): "công suất 90 CV" of a fishing boat is no
  installed capacity, "5 người" no CPI. ``gdp`` reported for a province of Vietnam ("tăng
  trưởng kinh tế của tỉnh Bình Dương đạt 8,2%") is ``grdp``. A name the press uses for several
  measures ("vốn đăng ký", a bare "lãi suất" or "sản lượng") takes the measure of the topic the
  article's headline or lead names (``data/measure_topics.tsv``: "vốn đầu tư nước ngoài" ->
  ``fdi_registered``), unless the table knows a longer alias ("lãi suất cho vay").
- **breakdown**: the part of the whole a figure is about. A goods measure (trade, output, area,
  herd) whose name goes on with the product ("kim ngạch xuất khẩu gạo" -> ``gạo``, "xuất khẩu
  hàng dệt may" -> ``hàng dệt may``) has that product as breakdown, unless what follows is a
  place, a period, a clause or a bracket ("của tỉnh", "năm 2017", "hiện", "(CPI)"). A scope that opens with a breakdown noun of ``data/indicator_nouns.tsv``
  ("ngành du lịch", "khu vực kinh tế nhà nước", "thị trường Hoa Kỳ", "nhóm hàng nông sản") is a
  breakdown, not a scope: ``scope`` stays the place or body ("ngành Hải quan", "khu vực Đông
  Nam Á": a capital after the noun names one).
"""

from __future__ import annotations

import functools
from typing import Optional

import regex

from . import provinces as _provinces, scan
from .dates import _COMPARE_BASE, _RELATIVE_UNITS
from .resources import load_tsv, read_by, word_list
from .rules import ONE_SPACE, Words, fast_path

# The kinds of part whose word opens a breakdown rather than a place ("địa phương", "vùng" and
# "miền" name places: they stay scopes).
_PLACE_PARTS = frozenset(w.lower() for w in read_by("indicator_nouns.tsv", "place", key="word", kinds=("breakdown",)))


@functools.lru_cache(maxsize=None)
def one_word_cues(*kinds: str) -> Words:
    """The cues of one word of ``kinds`` of indicator_cues.tsv, kind by kind in the file's order:
    "tăng", "giảm" (increase, decrease), "ước" (estimate); of a figure's verb ("verb"): "đạt",
    "là", "có". Read here and by the indicator steps (which run after measures)."""
    rows = load_tsv("indicator_cues.tsv")
    return Words(r["cue"] for k in kinds for r in rows if r["kind"] == k and " " not in r["cue"])


# A change or an estimate after a measure ends its name: "xuất khẩu tăng 5%", "xuất khẩu ước 2 tỷ USD".
_MOVES_AND_ESTIMATE = one_word_cues("increase", "decrease", "estimate")
# A district after a measure names a place, as a province does (provinces.UNIT_WORDS): "huyện" is
# the one level below the province read here; the others of unit_levels.tsv (xã, quận, thị xã)
# are not, and reading them (organizations.UNIT_LEVELS) would be an output change of its own.
_DISTRICT = Words("huyện")
# What may follow a measure in its name without being a breakdown: places, bodies, periods and
# connectors ("kim ngạch xuất khẩu của tỉnh", "xuất khẩu năm 2017", "xuất khẩu trong tháng").
# The period units are dates' (_RELATIVE_UNITS: "năm", "tháng", "quý").
_NOT_BREAKDOWN = regex.compile(
    r"""^(?:của|tại|ở|trên|trong|toàn|cả|%s|kỳ|giai\ đoạn|bình\ quân|đạt|là
        |%s|sang|từ|vào|về|cùng|này|đó|địa\ bàn|%s|(?:%s)\b|%s|nước|việt\ nam   # "so với", "của tỉnh", "TP"
        |hàng\ năm|và|hoặc|hiện|đã|đang|sẽ|tự|luôn|không|chưa|%s|gấp|như|xuống|lên|đi|đến
        |cụ\ thể|địa\ phương|mới|thực\ tế|tối\ đa|tối\ thiểu|trung\ bình|loại\ trừ|gồm|bao\ gồm
        |[^\p{L}])""" % (_RELATIVE_UNITS.alt(ONE_SPACE), _COMPARE_BASE.alt(ONE_SPACE),
                          _provinces.UNIT_WORDS.alt(ONE_SPACE), _provinces.UNIT_ABBREVIATIONS.alt(),
                          _DISTRICT.alt(ONE_SPACE), _MOVES_AND_ESTIMATE.alt(ONE_SPACE)),
    regex.X | regex.I,
)
# A scope that opens with a province's unit word or its abbreviation ("tỉnh Bình Dương", "TP Hà Nội").
_PROVINCE_OPENERS = tuple(w.lower() + " " for w in (*_provinces.UNIT_WORDS, *_provinces.UNIT_ABBREVIATIONS))
# The two spellings of the syllable "tỷ" ("tỷ lệ", "tỉ lệ"; "tỷ trọng", "tỉ trọng"), declared once: a rate here,
# the indicator steps' rates and shares (indicators.words._RATE_WORDS, _SHARE_WORDS) are built from it.
TY = Words("tỷ|tỉ")
_RATE_OF = regex.compile(rf"(?:{TY.alt()})\s+lệ(?![\p{{L}}])")
# A name that says it is the nation's ("GDP Việt Nam", "tổng sản phẩm quốc nội") stays gdp.
_NATIONAL = regex.compile(
    rf"(?<![\p{{L}}])(?:{Words(word_list('nation_words')).longest_first().alt()})(?![\p{{L}}])")  # data/word_lists.tsv
# Measures whose name may go on with the goods they count ("xuất khẩu gạo", "đàn lợn nái").
_GOODS = frozenset({"exports", "imports", "trade_total", "fishery_output", "crop_area", "crop_yield",
                    "livestock_herd", "forest_planted", "rice_output", "food_output", "coal_output",
                    "freight_transport", "port_throughput"})
# value_kind words of measures.tsv -> Quantity.dimension values they admit
_KIND_DIMENSIONS = {
    "money": {"currency", "rate"}, "percent": {"percent", "percentage_point", "ratio"}, "count": {"count"},
    "mass": {"mass", "volume"}, "area": {"area"}, "energy": {"energy"}, "power": {"power"},
    "index": {"score", "ratio", "percent"},
}


@functools.lru_cache(maxsize=1)
def _dimensions() -> dict[str, frozenset[str]]:
    """Measure id -> the Quantity dimensions its figures may have."""
    return {row["id"]: frozenset(d for k in row["value_kind"].split("|") for d in _KIND_DIMENSIONS.get(k, ()))
            for row in load_tsv("measures.tsv")}


@functools.lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], regex.Pattern]:
    """Alias -> measure id, and one pattern that finds any alias as whole words."""
    alias: dict[str, str] = {}
    for row in load_tsv("measures.tsv"):
        for a in row["aliases"].split("|"):
            a = " ".join(a.lower().split())
            if a and a not in alias:
                alias[a] = row["id"]
    # longest first, so the alternation prefers "tổng kim ngạch xuất khẩu" to "xuất khẩu"
    # longest first, as one tree of common prefixes (rules.Words.tree): the engine tries one branch
    # per first letter instead of every alias at every position of the name
    alts = Words(alias).tree(ONE_SPACE, str)
    return alias, regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alts})(?![\p{{L}}\p{{N}}])")


@functools.lru_cache(maxsize=1)
def _breakdown_words() -> tuple[str, ...]:
    words = [r["word"].lower() for r in load_tsv("indicator_nouns.tsv") if r["kind"] == "breakdown"]
    return tuple(sorted((w for w in words if w not in _PLACE_PARTS), key=len, reverse=True))


def _topic_words(ws: str) -> Words:
    """The words of a cell of data/measure_topics.tsv ("|"-separated), lower-cased, single-spaced."""
    return Words([" ".join(w.lower().split()) for w in ws.split("|") if w.strip()])


def _words_pattern(words: Words) -> regex.Pattern:
    """Any of ``words`` as whole words, exactly as written (a lower-cased, single-spaced text)."""
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{words.tree(ONE_SPACE, str)})(?![\p{{L}}\p{{N}}])")


@functools.lru_cache(maxsize=1)
def _topics() -> tuple[tuple[str, regex.Pattern, regex.Pattern, tuple[str, ...]], ...]:
    """(measure id, the pattern of its topic's words, the pattern of the names it takes, the
    topic's words) of each row of data/measure_topics.tsv."""
    out = []
    for r in load_tsv("measure_topics.tsv"):
        topic = _topic_words(r["topic"])
        out.append((r["measure"], _words_pattern(topic), _words_pattern(_topic_words(r["aliases"])), topic.words))
    return tuple(out)


def _may_name_topic(low: str, words: tuple[str, ...]) -> bool:
    """False only when a topic's pattern cannot match in ``low``: every match is one of its
    ``words`` as written, so ``low`` holds one of them (``scan.holds_any``, no regex call)."""
    return scan.holds_any(low, words)


def topics_of(headline: str) -> tuple[tuple[str, regex.Pattern], ...]:
    """The (measure id, names pattern) of the topics an article's headline and lead name
    (data/measure_topics.tsv): "Bình Dương đón 700 triệu USD vốn đầu tư nước ngoài" names FDI."""
    low = " ".join(headline.lower().split())
    return tuple((m, names) for m, topic, names, words in _topics()
                 if _may_name_topic(low, words) and topic.search(low))


# the topics' fast path, checked by tests/test_rules.py on the union of the rows (a row's pattern
# and its words are made from the same cell, _topic_words)
fast_path("measures._topics", lambda: _words_pattern(Words([w for row in _topics() for w in row[3]])), "search",
          lambda s: any(_may_name_topic(s, row[3]) for row in _topics()),
          lambda: [w for row in _topics() for w in row[3]])


@functools.lru_cache(maxsize=4096)
def _longest_alias(low: str) -> Optional[regex.Match]:
    """The longest alias of the table in a (lower-cased) name, the first of equals: worked out
    once per distinct name (an article names a few measures over and over)."""
    best = None
    for m in _table()[1].finditer(low, overlapped=True):
        if best is None or len(m.group(0)) > len(best.group(0)):
            best = m
    return best


@functools.lru_cache(maxsize=4096)
def _name_read(name: str) -> tuple[str, str, Optional[regex.Match]]:
    """(the name lower-cased and single-spaced, single-spaced, its longest alias in the first):
    what ``measure_of`` reads of a name alone, once per distinct name."""
    low = " ".join(name.lower().split())
    return low, " ".join(name.split()), _longest_alias(low)


def measure_of(name: str, scope: Optional[str] = None, dimension: Optional[str] = None,
               provinces: frozenset[str] = frozenset(),
               topics: tuple[tuple[str, regex.Pattern], ...] = ()) -> tuple[Optional[str], Optional[str]]:
    """The measure id an indicator name reports and the breakdown left in the name after it.

    >>> measure_of("kim ngạch xuất khẩu gạo")
    ('exports', 'gạo')
    >>> measure_of("Tổng kim ngạch xuất, nhập khẩu")
    ('trade_total', None)
    >>> measure_of("tăng trưởng kinh tế", scope="tỉnh Bình Dương", provinces=frozenset({"Bình Dương"}))
    ('grdp', None)
    >>> measure_of("công suất", dimension="count")
    (None, None)
    """
    low, spaced, best = _name_read(name)
    measure = _table()[0][best.group(0)] if best is not None else None
    for topic_measure, names in topics:
        # a name the topic decides ("tổng số vốn đăng ký" in an article about foreign investment),
        # unless the table knows a longer one ("lãi suất cho vay")
        tm = names.search(low)
        if tm is not None and (best is None or len(tm.group(0)) >= len(best.group(0))):
            best, measure = tm, topic_measure
            break
    if best is None:
        return None, None
    if best.start() > 0 and _RATE_OF.match(low) and not _RATE_OF.match(best.group(0)):
        # "tỷ lệ chuyển từ vốn đăng ký sang vốn thực hiện" is a rate about registered capital,
        # not the capital: a rate is a measure only as a row of its own ("tỷ lệ thất nghiệp")
        return None, None
    # (a measure the table gives no value kinds for admits any: no set built per figure to say so)
    if dimension and (kinds := _dimensions().get(measure)) is not None and dimension not in kinds:
        return None, None
    if measure == "gdp" and scope and not _NATIONAL.search(low) and (
            scope.lower().startswith(_PROVINCE_OPENERS) or any(p in scope for p in provinces)):
        measure = "grdp"
    rest = spaced[best.end():].strip(" ,;:-")
    breakdown = None
    if measure in _GOODS and rest and not _NOT_BREAKDOWN.match(rest) and len(rest.split()) <= 6:
        breakdown = rest
    return measure, breakdown


# A farmed area's name goes on with what is farmed, whether or not the measure has an id:
# "diện tích nuôi tôm nước lợ" -> "tôm nước lợ", "diện tích trồng lúa" (dev-112). A bare "diện
# tích" goes on with what kind of area it is ("diện tích tự nhiên"): no product. (Prices and
# outputs, "giá thịt heo", "sản lượng bia", were tried the same way: better on dev, worse on
# the held-out split, so left to the measures of the table.)
_PRODUCT_HEAD = regex.compile(
    r"""^(?:diện\ tích\ (?:nuôi(?:\ trồng)?|trồng|gieo\ trồng|gieo\ cấy))\ (?P<rest>.+)$""",
    regex.X | regex.I,
)


@functools.lru_cache(maxsize=4096)
def _product_of(name: str) -> Optional[str]:
    """What a farmed area is broken down by, from its name, or None (once per distinct name)."""
    m = _PRODUCT_HEAD.match(" ".join(name.split()))
    if m is None:
        return None
    rest = m.group("rest").strip(" ,;:-")
    if not rest or _NOT_BREAKDOWN.match(rest) or len(rest.split()) > 6 or not rest[:1].islower():
        return None
    return rest


@functools.lru_cache(maxsize=4096)
def _breakdown_scope(scope: Optional[str]) -> bool:
    """Whether a scope opens with a breakdown noun (see ``fields_of``); asked once per distinct scope."""
    if not scope:
        return False
    low = scope.lower()
    for w in _breakdown_words():
        # the noun and at least one word of what part it is: "ngành du lịch", not a bare "khu vực"
        if low.startswith(w + " "):
            # a capital after it names a body or a place ("ngành Hải quan", "khu vực Đông Nam
            # Á"): a scope; a market named is a partner ("thị trường Hoa Kỳ"): a breakdown
            nxt = scope[len(w) + 1:len(w) + 2]
            return not nxt.isupper() or w == "thị trường"
    return False


def fields_of(name: str, scope: Optional[str], breakdown: Optional[str], quantity,
              provinces: frozenset[str] = frozenset(),
              topics: tuple[tuple[str, regex.Pattern], ...] = ()) -> tuple[Optional[str], Optional[str], Optional[str], str]:
    """(measure, breakdown, scope, name) of an indicator whose fields are given, with a breakdown
    scope moved out, for a record not built yet (``indicators`` builds each record once, with
    these)."""
    q = quantity
    dim = q.dimension if q is not None else None
    if dim == "rate" and q.unit and q.unit.startswith("%"):
        dim = "percent"  # "lãi suất huy động 7,3%/năm" (dev-111): a percentage a year is a percentage
    listed = breakdown  # a part named in a list (indicators) stays
    if breakdown is None and _breakdown_scope(scope):
        breakdown, scope = scope, None
    measure, rest = measure_of(name, scope, dim, provinces, topics)
    written = name
    if breakdown is None:
        breakdown = rest
    elif rest and listed and name.endswith(rest):
        # a part of a list takes the measure in force without that measure's own product:
        # "xuất khẩu dệt may đạt ...; điện thoại và linh kiện đạt 4 tỷ USD" is "xuất khẩu"
        name = name[:-len(rest)].rstrip(" ,")
    if breakdown is None and measure is None:
        breakdown = _product_of(written)
    return measure, breakdown, scope, name


def context_of(provinces: list, headline: str = "") -> tuple[frozenset[str], tuple[tuple[str, regex.Pattern], ...]]:
    """(the names of the article's provinces, the topics its headline and lead name): what
    ``fields_of`` reads of the article besides the record."""
    return frozenset(p.name for p in provinces), (topics_of(headline) if headline else ())

