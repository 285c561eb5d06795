"""The scope of a figure: the region or body it is about (``_scope``), where scope phrases may
start (``_scope_starts``, the fast path of ``_SCOPE``), the article's main province, and the term
of an interest rate (``_term_of``, a breakdown).
"""

from __future__ import annotations

import bisect
from operator import itemgetter
from typing import Optional

import regex

from .. import alphabet, provinces, scan
from ..rules import ONE_SPACE, Words, fast_path
from .words import _I, _VERB_WORDS, _WHOLE_NATION
from .state import _Article, _Item, _Sentence

# Scope phrases: the region or body a figure is about. The words each branch opens with are
# declared once; _SCOPE_TRIGGERS (where a match can start, see _scope_starts) is derived from them.
_SCOPE_WHOLE_SECTOR = Words("toàn ngành")       # "toàn ngành", "toàn ngành ngân hàng"
_SCOPE_COUNTED = Words("các|những")             # "các tỉnh, thành phố" (or a number: "28 tỉnh")
_SCOPE_AREA = Words("khu vực")                  # "của khu vực phía Bắc"
_SCOPE_ECONOMIC_AREA = Words("khu vực kinh tế")  # "khu vực kinh tế nhà nước"
# A province's unit words and their abbreviation (provinces.UNIT_WORDS, UNIT_ABBREVIATIONS, from
# provinces.tsv): "tỉnh Bình Dương", "thành phố Hà Nội", "TP.HCM", "TP Cần Thơ".
_SCOPE_LOCAL = provinces.UNIT_WORDS
_SCOPE_CITY = provinces.UNIT_ABBREVIATIONS
# The unit word of the provinces, not of the cities ("tỉnh"), and the cities' (provinces.city_words:
# "thành phố", or its first word alone): "28 tỉnh, thành phố", "các tỉnh, thành".
_SCOPE_PROVINCES = Words(w for w in provinces.UNIT_WORDS if w not in provinces.city_words())
_SCOPE_CITIES = Words(provinces.city_words()) + Words(dict.fromkeys(w.split()[0] for w in provinces.city_words()))
# The whole nation or unit: the nation words that open with "cả" or "toàn" (words._WHOLE_NATION:
# "cả nước", "toàn quốc"), and "toàn" before an area or a unit word ("toàn khu vực", "toàn tỉnh").
_SCOPE_NATION = _WHOLE_NATION
_SCOPE_WHOLE = _SCOPE_NATION + Words(f"toàn {w}" for w in _SCOPE_AREA + _SCOPE_LOCAL)  # "cả nước"
_SCOPE_BODY = Words("ngành|lực lượng|cơ quan")  # "ngành Hải quan", "lực lượng Hải quan"
_SCOPE = regex.compile(
    r"""
    (?:%(whole)s|(?:%(whole_sector)s)(?:\ \p{Ll}+){0,2}?(?=\s|,|$))   # "cả nước", "toàn ngành"
    |(?:(?:%(counted)s|\d+)\s+)?(?:%(provinces)s),?\s*(?:%(cities)s)(?:\s+khu\ vực)?  # "28 tỉnh, thành phố"
      (?:\s+phía\s+(?:Bắc|Nam)|\s+(?:miền|vùng)\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*)?  # ... "phía Bắc", "miền Trung"
    |(?<=\b(?:của|trong|tại)\s+)(?:%(area)s)(?:\s+phía\s+(?:Bắc|Nam))?(?!\s+kinh\ tế)        # "của khu vực"
    |(?:%(economic_area)s)\ [\p{Ll}\ ]+?(?=\s+(?:%(verbs)s)(?![\p{L}])|[,;])   # "khu vực kinh tế nhà nước"
    |(?:%(local)s|(?:%(city)s)\.?\s?)\ ?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}      # "tỉnh Bình Dương", "TP.HCM"
    |(?:%(body)s)\ \p{Lu}[\p{L}]*(?:\s+\p{L}+)?                         # "ngành Hải quan", "lực lượng Hải quan"
      (?=\s+(?:%(verbs)s|thu|đã|phát|bắt|xử|khởi|trong|năm)(?![\p{L}])|\s*[,;:.])   # ... before its verb
    |(?:%(body)s)\ \p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}             # "ngành Dệt May"
    |(?<=\b(?:của)\s+)\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}                       # "của Bình Dương"
    """ % {k: w.alt(ONE_SPACE) for k, w in dict(
        whole=_SCOPE_WHOLE, whole_sector=_SCOPE_WHOLE_SECTOR, counted=_SCOPE_COUNTED, provinces=_SCOPE_PROVINCES,
        cities=_SCOPE_CITIES, verbs=_VERB_WORDS,
        area=_SCOPE_AREA, economic_area=_SCOPE_ECONOMIC_AREA, local=_SCOPE_LOCAL, city=_SCOPE_CITY,
        body=_SCOPE_BODY).items()},
    regex.VERBOSE,
)
# Where a _SCOPE match can start (case as written): the words each branch opens with, a number
# ("28 tỉnh"), and the word after "của" (see _scope_starts). "khu vực kinh tế" starts with
# "khu vực" and "toàn ngành" with "toàn": one trigger each.
_SCOPE_TRIGGERS = (_SCOPE_WHOLE + _SCOPE_WHOLE_SECTOR + _SCOPE_COUNTED + _SCOPE_PROVINCES + _SCOPE_AREA
                   + _SCOPE_ECONOMIC_AREA + _SCOPE_LOCAL + _SCOPE_CITY + _SCOPE_BODY).triggers()
# Each trigger as (the trigger, its first word, the trigger lower-cased when it has more words
# than that, else None): a phrase ("cả nước", "khu vực") is found at the starts of its first word
# that open it (see _trigger_starts).
_SCOPE_TRIGGER_PARTS = tuple((w, w.split()[0], w.lower() if " " in w else None) for w in _SCOPE_TRIGGERS)
# The counted words' triggers, and the words lower-cased: found only before "tỉnh" (_scope_starts).
_COUNTED_TRIGGERS = frozenset(_SCOPE_COUNTED.triggers())
_COUNTED_LOW = tuple(w.lower() for w in _SCOPE_COUNTED)
# The parts _scope_starts reads from a text with a lower-cased copy (not the counted words, found
# before "tỉnh"), and the words whose starts it asks there, as one trigger for Starts.each (the
# text's index answers all of them in one look-up): each part's word or phrase's first word.
_INDEXED_PARTS = tuple(part for part in _SCOPE_TRIGGER_PARTS if part[0] not in _COUNTED_TRIGGERS)
_INDEXED_TRIGGER = "|".join(first if phrase is not None else w for w, first, phrase in _INDEXED_PARTS)
# ... followed by the other words it reads the starts of: the provinces' unit words ("tỉnh"), the
# word "của" before a capitalised name, and the runs of digits (scan.DIGIT_RUNS: "28 tỉnh")
_OF_WORD = "của"
_ALL_TRIGGER = "|".join([_INDEXED_TRIGGER, *_SCOPE_PROVINCES, _OF_WORD, scan.DIGIT_RUNS])
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
    that precede it) is tried. So are the counted words (_SCOPE_COUNTED, "các tỉnh, thành phố"):
    not each "các" and "những" of the text (some of its commonest words), but the one that ends
    right before the spaces before a "tỉnh", read in the lower-cased text (where there is none,
    every start of theirs).

    A start may come twice ("của Tỉnh ...": after "của" and a trigger): the list is only read by
    ``scan.finditer_at``, which tries a start again only where it found no match (the same
    answer), so the starts are sorted as one list, not gathered in a set first.
    """
    st = doc.starts
    text = doc.clean
    found: list[int] = []
    low = st.lowered()
    if low is None:
        for w, first, phrase in _SCOPE_TRIGGER_PARTS:
            found += _trigger_starts(st, low, w, first, phrase)
        numbers = st.of(scan.DIGIT_RUNS)  # IGNORECASE or not, the same matches
        province_lists = [st.of(w) for w in _SCOPE_PROVINCES]
        of_starts = st.of(_OF_WORD)
    else:
        # every list asked at once (Starts.each: ``[st.of(x) for x in the trigger's words]``);
        # each part's starts as _trigger_starts finds them
        lists = st.each(_ALL_TRIGGER)
        nparts = len(_INDEXED_PARTS)
        for (_w, _first, phrase), places in zip(_INDEXED_PARTS, lists):
            if phrase is None:
                found += places
            elif places:
                startswith = low.startswith
                found += [p for p in places if startswith(phrase, p)]
        province_lists = lists[nparts:-2]
        of_starts, numbers = lists[-2], lists[-1]
    for q in (q for places in province_lists for q in places):
        r = q
        while r > 0 and text[r - 1].isspace():  # str.isspace holds for every regex \s
            r -= 1
        if r < q:
            k = bisect.bisect_left(numbers, r)
            if k:
                found.append(numbers[k - 1])
            if low is not None:
                for w in _COUNTED_LOW:  # "các tỉnh": the counted word ends where the spaces start
                    if low.endswith(w, 0, r):
                        found.append(r - len(w))
    # "(?<=\b(?:của)\s+)\p{Lu}": the word after "của" and spaces, when it is capitalised (on ASCII
    # and Vietnamese letters, alphabet.PLAIN, str.isupper() is \p{Lu}; any other character is kept)
    n = len(text)
    plain = alphabet.PLAIN
    m = len(_OF_WORD)
    for p in of_starts:
        q = p + m
        while q < n and text[q].isspace():
            q += 1
        if q > p + m and q < n and (text[q].isupper() or text[q] not in plain):
            found.append(q)
    found.sort()
    return found


def _trigger_starts(st: scan.Starts, low: Optional[str], w: str, first: str, phrase: Optional[str]) -> list[int]:
    """``st.of(w)``: for a word, its starts; for a phrase (``phrase``: ``w`` lower-cased, its
    first word ``first``), the starts of its first word where the lower-cased text (``low``)
    goes on with the whole phrase: the same positions (both are every occurrence, overlapping
    ones too, of the lower-cased word in ``low``), read from the text's index of words rather
    than by a ``str.find`` of the phrase over the whole text. Without ``low`` (a text whose
    case str.lower() cannot stand for), ``st.of(w)``."""
    if phrase is None or low is None:
        return st.of(w)
    startswith = low.startswith
    return [p for p in st.of(first) if startswith(phrase, p)]


fast_path("indicators.scope._SCOPE", _SCOPE, "match", lambda s, p: p in _scope_starts(_TextDoc(s)),
          list(_SCOPE_TRIGGERS) + ["28 tỉnh, thành phố", "của Bình Dương", "tỉnh Bình Dương", "ngành Hải quan"])


def _main_place(doc, ppos, head_end: Optional[int] = None) -> Optional[str]:
    """The province an article is about: named in its title or lead and mentioned most.
    ``head_end``: where the title and lead end (``_Article.head_end``), None for anywhere."""
    if not ppos:
        return None
    heads = set()
    for a, _b, p in ppos:
        if head_end is not None and a >= head_end:
            break  # (ppos ascending: no later province is in the title or lead)
        if doc.kind_at(a) in ("title", "lead"):
            heads.add(p.name)
    counts: dict[str, int] = {}
    for a, _b, p in ppos:
        if doc.in_scope(a):
            counts[p.name] = counts.get(p.name, 0) + 1
    if not counts:
        return None
    # the most mentioned, the first named of equals (Counter.most_common(1)), and the count of
    # the next (most_common(2)[1]: another with as many, else the most of the others)
    name, n = max(counts.items(), key=itemgetter(1))
    if len(counts) > 1 and max(c for nm, c in counts.items() if nm != name) * 2 > n:
        return None  # no single province dominates
    if name in heads or n >= 3:
        return name
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


def _scope(a: _Article, s: _Sentence, first: _Item, clause_s: int, subject: Optional[str]) -> Optional[str]:
    """The region or body the figure is about: the name's own subject, a scope phrase or a
    province of its clause (else of the sentence before it), the sentence's or the paragraph's
    subject, the article's place."""
    if subject is not None:
        return subject
    p_lo, p_hi = bisect.bisect_left(a.pstarts, s.ss), bisect.bisect_left(a.pstarts, first.s)
    if s.scope_ms or p_lo < p_hi:  # (else no scope phrase nor province before it in the sentence)
        sc = [m for m in s.scope_ms if m.start() >= clause_s and m.end() <= first.s]
        sprov = a.ppos[p_lo:p_hi]
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
