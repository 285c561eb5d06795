"""Step 1 of a sentence: each figure a level or a change ("tăng 5,6%"), and the figures that
report no measure dropped (incidental counts, classes, places of a scope, the base of a ratio).
"""

from __future__ import annotations

import functools
from typing import Optional

import regex

from .. import scan
from ..quantities import FIGURE_JOINS
from ..resources import word_list
from ..rules import Words, fast_path
from .words import _ABOUT, _COMPARE, _I, _cues_read_by, _qualifier_cues, _OPEN_BRACKET, _PLAN_AFTER, _WINDOW, _cues, _nouns, _nres, _qualifiers_start, _res
from .state import _Article, _Item, _Sentence, _first_tokens, _window_starts

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
fast_path("indicators.classify._PREP_BEFORE", _PREP_BEFORE, "search", lambda s: scan.may_end_with(s, _PREP_LAST),
          _PREP_WORDS)
_CONTAINER_WORDS = Words("chứa")  # "5 pho tượng gỗ trong đó có chứa 93.000 gram": the packaging, not the measure
_CONTAINER_AFTER = regex.compile(
    rf"(?:\s+\p{{Ll}}+){{0,2}}\s*,?\s*(?:trong\s+đó\s+)?(?:có\s+)?(?:{_CONTAINER_WORDS.alt()})(?![\p{{L}}])", _I)
# The last words of the container words, one of which every match holds (the cheap test on the lowered text)
_CONTAINER_LAST = _CONTAINER_WORDS.last_words()
fast_path("indicators.classify._CONTAINER_AFTER", _CONTAINER_AFTER, "match",
          lambda s, pos: scan.holds_any(s.lower(), _CONTAINER_LAST, pos), _CONTAINER_WORDS)
# Whole ownership, an attribute of a firm, not a reported share: "doanh nghiệp 100% vốn nhà
# nước", "một doanh nghiệp 100% vốn Hàn Quốc" (dev-504), "Công ty mẹ nắm giữ 100% vốn điều lệ",
# "sở hữu 100% vốn" (2017 archive: over 100 articles).
_WHOLE_CAPITAL_AFTER = regex.compile(r"\s+vốn(?![\p{L}])", _I)
_SCOPE_COUNT_UNITS = word_list("scope_count_units")  # data/word_lists.tsv
# "từ 2 tỉnh trở lên": a bound after the figure (quantity_cues.tsv bound_after: "trở lên", "trở xuống")
_OR_MORE_AFTER = regex.compile(rf"[^.;]{{0,60}}?(?:{_qualifier_cues(('bound_after',)).alt()})")
# A new level after a change's verb: the verbs of a level indicator_cues.tsv says it reads ("đạt", "là",
# "chiếm", "còn", "lên", "ở mức": reads new_level) and the moves to a level ("giảm xuống", "lên mức").
_DOWN_TO = Words("xuống")  # "giảm xuống 2,93%": a move down to a level (no verb of its own in indicator_cues.tsv)
_NEW_LEVEL_WORDS = _cues_read_by("new_level") + _DOWN_TO + Words("lên mức")
_NEW_LEVEL = regex.compile(rf"(?<![\p{{L}}])(?:{_NEW_LEVEL_WORDS.alt()})(?![\p{{L}}])", _I)
# "tăng tỷ lệ ... từ gần 41% năm 2015 lên hơn 45% năm 2016", "tăng từ 12 triệu vào năm 2012 lên 33
# triệu người vào năm 2020": the figures after "từ" and "lên/xuống" are the levels before and
# after, not the change (dev-109, dev-017); "phấn đấu tăng từ 7-8%" (no "lên") stays a change.
_FROM_BEFORE = regex.compile(rf"(?<![\p{{L}}])từ(?:\s+(?:{_ABOUT.alt()}|mức))?\s*$", _I)
# (the moves to a level among _NEW_LEVEL_WORDS: indicator_cues.tsv reads to_level, "lên", "còn", and "xuống")
_TO_LEVEL_WORDS = _cues_read_by("to_level") + _DOWN_TO
_TO_LEVEL_AFTER = regex.compile(
    rf"[^;.]{{0,60}}?(?<![\p{{L}}])(?:{_TO_LEVEL_WORDS.alt()})(?:\s+(?:mức|{_ABOUT.alt()}))*\s+\d", _I)
# The level a change is measured against, after its verb, is no change: "tăng rõ rệt so với mức
# 903 xe hồi tháng 4", "giảm 7 bậc so với mức 85 của quý 4/2016", "giảm xuống còn 4 tỷ USD so với
# mức 8,4 tỷ USD của năm 2010", "thấp hơn mức 6,6 triệu tấn của năm 2015" (2017 archive). Not
# "tăng hơn 5%" ("hơn" alone is a bound of the change).
_BASE_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?:(?:{_COMPARE.alt()})(?:\s+(?:mức|con\s+số))?|hơn\s+(?:mức|con\s+số))\s*$", _I)
# A grade defined by a bound: "loại nhỏ hơn 30 kg/con", "loại trên 1 kg", "cá tra loại từ 0,8 kg":
# a class, not a measure (corpora/ANNOTATION.md: classes are not indicators)
_CLASS_WORD = "loại"  # every _CLASS_BEFORE match opens with it: a window of the lowered text without it has none
_CLASS_BEFORE = regex.compile(
    r"(?<![\p{L}])%s(?:\s+(?:nhỏ|lớn|nặng|nhẹ|dài|ngắn|cao|thấp))?\s+(?:%s|tới|đến)\s*$"
    % (_CLASS_WORD, _qualifier_cues(("bound", "bound_from")).longest_first().alt()), _I)
fast_path("indicators.classify._CLASS_BEFORE", _CLASS_BEFORE, "search", lambda s: _CLASS_WORD in s.lower(),
          Words(f"{_CLASS_WORD} nhỏ hơn|{_CLASS_WORD} trên|{_CLASS_WORD} từ"))
_MORE_WORDS = Words("thêm")  # the pattern's word; its last words are the cheap test before it
_MORE_END = regex.compile(rf"(?<![\p{{L}}])(?:{_MORE_WORDS.alt()})\s*$", _I)
_MORE_LAST = _MORE_WORDS.last_words()
fast_path("indicators.classify._MORE_END", _MORE_END, "search", lambda s: scan.may_end_with(s, _MORE_LAST), _MORE_WORDS)
_RAISE = regex.compile(r"(?<![\p{L}])(?:tăng|nâng)(?![\p{L}])", _I)
_EXCEED_WORDS = Words("vượt mức|vượt")  # the pattern's words; their last words are the cheap test before it
_EXCEED_END = regex.compile(rf"(?<![\p{{L}}])(?:{_EXCEED_WORDS.alt()})\s*$", _I)
_EXCEED_LAST = _EXCEED_WORDS.last_words()
fast_path("indicators.classify._EXCEED_END", _EXCEED_END, "search", lambda s: scan.may_end_with(s, _EXCEED_LAST),
          _EXCEED_WORDS)
# Two figures joined ("3% và 5%", "tăng 3% hoặc 5%", quantities.FIGURE_JOINS): the second takes the
# first's change; the cheap test before the pattern is whether the gap holds a join or a comma.
_AND_ONLY = regex.compile(rf"[\s,]*(?:{FIGURE_JOINS.alt()}|,)[\s,]*(?:lần lượt\s+)?")


def _may_join(gap: str) -> bool:
    return "," in gap or FIGURE_JOINS.held_in(gap)


fast_path("indicators.classify._AND_ONLY", _AND_ONLY, "search", _may_join, FIGURE_JOINS)
_PUNCT = regex.compile(r"[,;:()]")
_THANH_AFTER = regex.compile(r"\s*,?\s*thành(?:\s+phố)?")
_OF_BEFORE = regex.compile(r"(?:của|các|giữa|cho)\s*$")


@functools.lru_cache(maxsize=1)
def _direction() -> regex.Pattern:
    inc, dec = _res().increase, _res().decrease
    return regex.compile(rf"{inc.pattern}|{dec.pattern}", _I)


@functools.lru_cache(maxsize=1)
def _direction_words() -> tuple[str, ...]:
    """The words ``_direction()`` matches (data/indicator_cues.tsv: increase, decrease): where it
    is tried, _Article.dir_starts."""
    return tuple(_cues()["increase"] + _cues()["decrease"])


def _incidental(text: str, it: _Item, ss: int, se: int, low: Optional[str] = None, rules: bool = True) -> bool:
    """Counts and figures that are not reported measures (see the module docstring).

    ``low``: ``text`` lower-cased with the same offsets, when it compares as IGNORECASE does
    (scan.Starts.lowered()), to skip the _RULE search where none of its words occurs; ``rules``:
    False when the sentence ``[ss, se)`` holds none of them (``_rule_words_in``, once per sentence).
    """
    q = it.q
    if q.dimension in ("duration", "age"):
        return True  # "trong 5 năm", "trẻ em trên 7 tuổi": a span or a class, not a measure
    if q.unit == "%" and q.value == 100 and _WHOLE_CAPITAL_AFTER.match(text, it.e, se):
        return True  # "doanh nghiệp 100% vốn nhà nước": whole ownership, not a measure
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
        if (low is None or scan.holds_any(low, _CONTAINER_LAST, it.e, se)) and _CONTAINER_AFTER.match(text, it.e, se):
            return True  # "5 pho tượng gỗ trong đó có chứa 93.000 gram ...": the packaging
    # (the bounds below compared inline, not with max(): this runs for every figure)
    semi = text.rfind(";", ss, it.s)
    clause_s = semi + 1 if semi >= 0 else ss  # the figure's clause: after the last ";" of the sentence
    rule_s = it.s - _WINDOW if it.s - _WINDOW > clause_s else clause_s
    if rules and (low is None or scan.holds_any(low, _RULE_WORDS, rule_s, it.s)) and _RULE.search(text, rule_s, it.s):
        return True
    if q.bound in ("ge", "le") and _OR_MORE_AFTER.match(text[it.e:min(se, it.e + 80)]):
        return True
    lo = it.s - 40 if it.s - 40 > ss else ss
    if (low is None or low.find(_CLASS_WORD, lo, it.s) >= 0) and _CLASS_BEFORE.search(text, lo, it.s):
        return True  # "loại nhỏ hơn 30 kg/con, giá bán ...": the bound of a class (dev-112)
    return False


@functools.lru_cache(maxsize=1)
def _class_units() -> frozenset[str]:
    return frozenset(w.casefold() for w in _nouns()["class"])


def _class_figure(text: str, it: _Item, ss: int, low: Optional[str] = None) -> bool:
    """A figure that defines a class of things ("chung cư 20 tầng", "loại nhỏ hơn 30 kg/con").
    ``low``: the lower-cased text (as for _incidental), where a window without _CLASS_WORD is
    told to hold no _CLASS_BEFORE match without the search."""
    q = it.q
    if q.dimension == "count" and q.unit and q.unit.casefold() in _class_units():
        return True
    lo = it.s - 40 if it.s - 40 > ss else ss
    return (low is None or low.find(_CLASS_WORD, lo, it.s) >= 0) and _CLASS_BEFORE.search(text, lo, it.s) is not None


def _classify(a: _Article, s: _Sentence) -> None:
    """Mark each figure a level or a change ("tăng 5,6%"), with its direction."""
    text, ss, se, sq, low = a.text, s.ss, s.se, s.items, a.low
    dec, verb_rx, measure, direction = _res().decrease, _res().verb, _nres().measure, _direction()
    firsts = _first_tokens(_direction_words())
    prev_end = ss
    for k, it in enumerate(sq):
        g0 = it.s - 40 if it.s - 40 > prev_end else prev_end  # (max(), inline: per figure)
        gap = text[g0:it.s]
        dm = None
        rel = _window_starts(a.dir_starts, g0, it.s, text, low, firsts)
        if rel:
            for m in scan.finditer_at(direction, rel, gap):
                dm = m
        if (k > 0 and it.q.unit == "%" and sq[k - 1].change and sq[k - 1].q.unit != "%"
                and sq[k - 1].e == prev_end and _OPEN_BRACKET.fullmatch(text, prev_end, it.s)):
            # "giảm 41,85 nghìn người (0,08%)": the same change in relative terms
            it.change, it.direction = True, sq[k - 1].direction
        elif dm is None and scan.may_end_with(gap, _MORE_LAST) and _MORE_END.search(gap) and _RAISE.search(text, max(ss, text.rfind(";", ss, it.s) + 1), it.s):
            # "Sacombank tăng lãi suất huy động các kỳ hạn từ 15 đến 36 tháng thêm 0,1-0,2%/năm"
            # (dev-111): "thêm" before the figure gives the increment of the "tăng" of its clause
            it.change, it.direction = True, "increase"
        elif it.q.unit == "%" and scan.may_end_with(gap, _EXCEED_LAST) and _EXCEED_END.search(gap) and _PLAN_AFTER.match(text, it.e, se):
            # "doanh thu thu phí vượt 21% kế hoạch năm": exceeds the plan by 21% (basis plan)
            it.change, it.direction = True, "increase"
        # "giảm còn 2,93%", "tăng lên 33 triệu người": the figure is the new level; "tăng ... từ
        # 41% ... lên 45%": the levels before and after
        elif dm and not _NEW_LEVEL.search(gap[dm.end():]) and not _BASE_BEFORE.search(gap, dm.start()) and not (
                _FROM_BEFORE.search(gap, dm.end()) and _TO_LEVEL_AFTER.match(text, it.e, se)):
            it.change = True
            it.direction = "decrease" if dec.fullmatch(dm.group(0)) else "increase"
        elif k > 0 and _may_join(gap) and _AND_ONLY.fullmatch(gap):
            prv = sq[k - 1]
            it.change, it.direction = prv.change, prv.direction
        else:
            # "tăng thêm sản lượng phát điện trung bình mỗi năm khoảng 233,2 triệu kWh"
            w0 = it.s - 100  # max(prev_end, ss, it.s - 100), inline: per figure
            if w0 < prev_end:
                w0 = prev_end
            if w0 < ss:
                w0 = ss
            wide = text[w0:it.s]
            dm = None
            rel = _window_starts(a.dir_starts, w0, it.s, text, low, firsts)
            if rel:
                for m in scan.finditer_at(direction, rel, wide):
                    dm = m
            if dm is not None:
                after = wide[dm.end():]
                if (not _PUNCT.search(after) and not verb_rx.search(after)
                        and measure.match(after.lstrip())
                        and not (_FROM_BEFORE.search(after) and _TO_LEVEL_AFTER.match(text, it.e, se))):
                    it.change = True
                    it.direction = "decrease" if dec.fullmatch(dm.group(0)) else "increase"
        prev_end = it.e


def _measures_only(a: _Article, ss: int, se: int, sq: list[_Item], class_ends: list[int]) -> list[_Item]:
    """The figures ``sq`` of the sentence ``[ss, se)`` that report a measure: not incidental
    ones, not counts of places in a scope ("28 tỉnh, thành phố"), not the base of a ratio; the
    ends of the class figures dropped go to ``class_ends`` (``_Sentence.class_ends``). It reads
    the figures' quantities and offsets only, not what _classify marks or _sentence finds: it
    may come before them."""
    text = a.text
    keep = []
    # no figure's _RULE window (inside the sentence) holds a rule word the sentence does not hold
    rules = a.low is None or scan.holds_any(a.low, _RULE_WORDS, ss, se)
    for k, it in enumerate(sq):
        if _incidental(text, it, ss, se, a.low, rules):
            if _class_figure(text, it, ss, a.low):
                # still the end of a figure, where the next one's name starts: "loại lớn hơn
                # 30kg/con giá bán 92.000 - 96.000 đồng/kg" is named "giá bán" (dev-112)
                class_ends.append(it.e)
            continue
        if it.q.dimension == "count" and it.q.unit in _SCOPE_COUNT_UNITS and (
            _THANH_AFTER.match(text[it.e:it.e + 12])
            or _OF_BEFORE.search(text[max(ss, it.s - 6):it.s])):
            continue
        if it.s > 0 and text[it.s - 1] == "/" and k > 0 and sq[k - 1].e == it.s - 1:
            continue  # "16/28 tỉnh thành": the denominator is the base, not a measure
        keep.append(it)
    return keep
