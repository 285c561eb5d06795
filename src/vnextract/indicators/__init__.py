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
  that noun ("thu giữ 16,02 kg cần sa" -> "khối lượng cần sa"); sums followed by a measure noun
  are that measure ("chỉ đạt 84,5 tỷ đồng lợi nhuận sau thuế" -> "lợi nhuận sau thuế");
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
  took ("vào cuối tháng 3") is carried to no later sentence. A date between a level and its
  change is the level's ("xuất khẩu khoảng 5,8 triệu tấn gạo trong năm 2017, tăng 7,4%"); a
  frame may follow an attribution ("Bộ Tài chính cho biết, 6 tháng đầu năm 2017, ..."); a
  sentence opening with "Trong đó" takes the period of the sentence before, a cumulative one too;
  the headline's figures take the lead's period ("... 5 tháng đầu năm vẫn tăng 9,5%"), and a
  headline's event date ("ký kết EPA vào đầu tháng 7/2017") is no period of the article; a plan's
  year is no period only after a share of the plan ("bằng 32,9% kế hoạch năm 2017").
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

The package, one module per step (each imports only ``words`` and ``state`` below it; checked
by ``lint-imports``), each declaring at its top the word lists and patterns it alone reads:
``words`` (cue and noun tables, shared patterns), ``state`` (``_Article``, ``_Sentence``,
``_Item``, ``_Name``), ``classify`` (level or change, incidental figures), ``pairing`` (a level
with its change), ``naming``, ``period``, ``status``, ``scope`` (with the term of a rate),
``change`` (the basis); ``article`` reads an article and its sentences into the state; this
module runs the steps (``extract``, ``_indicators``).
"""

from __future__ import annotations

import bisect
import functools
from typing import Optional

import regex

from .. import measures
from ..models import Indicator
from ..rules import Words, fast_path, may_open
from .words import (_CUMULATIVE_LEAD, _PLAN_BASIS, _EVENT_AT_BEFORE, _I, _MATERIAL_HEAD, _may_open, _nfirsts, _nres, _res,
                    _SHARE_WORDS, _cues_read_by, _same_period)
from .state import _Article, _Item, _Name, _Sentence, _clean_spans
from .classify import _classify, _measures_only
from .pairing import _pairs, _post_names
from .naming import (
    _count_name, _dim, _material_name, _may_name_measure, _name_for, _sum_name, _name_refined, _reported_count,
    _verb_sum_name,
)
from .period import _period
from .status import _status, _status_by_period, _status_without_cue
from .scope import _scope, _term_of
from .change import _change, _list_basis
from .article import _article, _carry, _carry_on, _opens_plan, _sentence

# The pipeline component (pipeline.COMPONENTS): the Article field it fills and the earlier
# components it reads: their records (doc.results).
ASSIGNS = "indicators"
READS: tuple[str, ...] = ("legal_refs", "dates", "provinces", "quantities")

# What _indicators alone reads: a minus written as a word ("âm 0,5%"), the plan words that make a
# name a plan's, the time of an event, a rate (whose term is its breakdown).
_NEGATIVE_BEFORE = regex.compile(r"(?<![\p{L}])âm\s*$")
# The verbs after which a percentage is a share or a ratio, not an index's growth: "chiếm 2,5%", "bằng
# 96,3%" (indicator_cues.tsv reads share_verb)
_SHARE_VERBS = frozenset(_cues_read_by("share_verb"))
_PLAN_WORDS = _PLAN_BASIS + Words("mục tiêu")  # a plan's words and "mục tiêu" (a goal)
_PLAN_NAME = regex.compile(rf"(?:{_PLAN_WORDS.alt()})(?![\p{{L}}])", _I)
_RATE_WORDS = Words("lãi suất")  # and the cheap test on the lower-cased name (Words.held_in)
_RATE_NAME = regex.compile(rf"(?<![\p{{L}}])(?:{_RATE_WORDS.alt()})(?![\p{{L}}])", _I)
fast_path("indicators._RATE_NAME", _RATE_NAME, "search", lambda s: _RATE_WORDS.held_in(s.lower()), _RATE_WORDS)
_PLAN_FIRSTS = _PLAN_WORDS.firsts()
_MATERIAL_HEADS = tuple(_MATERIAL_HEAD.values())  # "khối lượng", "diện tích": names a paragraph carries
fast_path("indicators._PLAN_NAME", _PLAN_NAME, "match", lambda s, p: may_open(s[p:], _PLAN_FIRSTS), _PLAN_WORDS)


# What _indicators asks of a measure's name alone, once per distinct name (an article names a few
# measures over and over).
@functools.lru_cache(maxsize=4096)
def _growth_or_index(name: str) -> tuple[bool, bool]:
    """(whether the name is a growth measure's, whether it opens with an index noun)."""
    nouns = _nres()
    return bool(nouns.growth.match(name)), _may_open(name, _nfirsts()[2]) and bool(nouns.index.match(name))


@functools.lru_cache(maxsize=4096)
def _plan_name(name: str) -> bool:
    """Whether the name is a plan's ("dự toán thu ngân sách"): its figure is a target."""
    return _may_open(name, _PLAN_FIRSTS) and _PLAN_NAME.match(name) is not None


@functools.lru_cache(maxsize=4096)
def _rate_name(name: str) -> bool:
    """Whether the name is a rate's ("lãi suất huy động"): its term is its breakdown."""
    return _RATE_WORDS.held_in(name.lower()) and _RATE_NAME.search(name) is not None


# ---- the steps of extract(): per article, per sentence, per figure ---------------------------
#
# extract() reads each sentence that holds figures (quantities) in five steps: classify each
# figure as a level or a change, drop the incidental ones, pair a level with its change, then
# for each pair find its name, status, period and scope. What a paragraph says once ("Năm 2023,
# ..."; "Kim ngạch xuất khẩu ... Trong đó, ...") is carried to its next sentences.


def _indicators(a: _Article, s: _Sentence, groups, context=(frozenset(), ())) -> list[Indicator]:
    """The indicators of one sentence: for each pair, its name, then status, period and scope,
    and last the canonical measure and breakdown (``measures.fields_of``, with ``context``, the
    article's ``measures.context_of``): each record is built once, with all its fields."""
    doc, text, ss, se, para = a.doc, a.text, s.ss, s.se, s.para
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
        semi = text.rfind(";", ss, first.s)
        clause_s = semi + 1 if semi >= 0 else ss  # the clause: after the last ";" (max() inline: per pair)
        # the name is looked for back to the previous figure of the clause
        k_end = bisect.bisect_right(fig_ends, first.s)
        ws = fig_ends[k_end - 1] if k_end and fig_ends[k_end - 1] > clause_s else clause_s
        # a measure is kept only by figures of the same kind ("3.868 km2, 1,1 tỷ tấn": the
        # tonnes are not an area)
        dim = _dim(level.q) if level is not None else None
        cand = (prev_name, prev_dim) if ws > clause_s and prev_name else a.carried_name.get(para, (None, None))
        inherited = cand[0] if dim is None or cand[1] is None or dim == cand[1] else None
        # a count of a noun no report counts, with no change, is dropped unless a measure names
        # it ("2 hợp phần", "25 bệnh"; below): what the fallback would name it, none reads
        dropped_count = (level is not None and change is None and level.q.dimension == "count"
                         and (level.q.value or 0) <= 1000 and not _reported_count(level.q.unit))
        if dropped_count and not _may_name_measure(a.low, ws, first.s):
            continue  # no measure noun before it: _name_for could name none (and it is dropped)
        nm = _name_for(text, ss, ws, first.s, s.masks, inherited, a.low, fallback=not dropped_count)
        if level is None and k in s.post:
            nm = _Name(" ".join(s.post[k].group("n").split()), None, "measure", verb=nm.verb)
        name, name_s = nm.name, nm.start
        # a measure named right after the previous figure is that figure's complement, not
        # this count's: "chiếm 30,8% tổng vốn đầu tư trực tiếp nước ngoài ..., với 5.773 dự
        # án" (dev-504), "thu hút được 9.963 dự án đầu tư sản xuất, tạo việc làm cho trên 416
        # nghìn lao động" (dev ttxvn-2023-07-28): the count names itself
        complement = (level is not None and level.q.dimension == "count" and nm.how == "measure"
                      and ws > clause_s and name_s is not None and not text[ws:name_s].strip())
        if level is not None and level.q.dimension == "count" and (nm.how != "measure" or complement):
            if dropped_count:
                # "2 hợp phần", "25 bệnh": a noun no report counts, with no measure named
                # and no change, is an incidental count (the quantity stays); thousands of
                # anything are a statistic ("hơn 7.000 chất hóa học", dev-411)
                continue
            name, name_s = _count_name(text, level.q, level.e, se), None
        elif level is not None and nm.how in ("fallback", "inherit", None):
            # what a mass, area or volume weighs, written after it, names it
            name = _material_name(text, level.q, level.e, se) or _sum_name(text, level.q, level.e, se) or name
        if level is not None:
            vname = _verb_sum_name(text, ws, level.q, level.s, nm)
            if vname is not None:
                name, name_s = vname, None
        name, name_s, nm, part = _name_refined(a, s, k, level, change, first, ws, inherited, verb_rx,
                                               nm, name, name_s)
        if name is None and (dim is None or prev_dim is None or dim == prev_dim):
            name = prev_name
        if name is None:
            continue
        if nm.how == "measure" or (nm.how != "inherit" and name.startswith(_MATERIAL_HEADS)):
            a.carried_name[para] = (name, dim)
        # a share of the measure in force: "chiếm 25,2% kim ngạch xuất khẩu"
        if (level is not None and level.q.unit == "%" and nm.how == "inherit" and nm.verb
                and nm.verb.lower() == "chiếm" and not name.lower().startswith(_SHARE_WORDS.words)):
            name = f"tỷ trọng {name}"
        # a growth measure's percentage, or an index's small one, is a growth rate
        if level is not None and change is None and level.q.unit in ("%", "%/năm"):
            top = level.q.value if level.q.value is not None else level.q.max
            is_growth, index_name = _growth_or_index(name)
            is_index = index_name and top is not None and top < 50 and (
                nm.verb is None or nm.verb.lower() not in _SHARE_VERBS)
            if is_growth or is_index:
                neg = _NEGATIVE_BEFORE.search(text[max(ss, level.s - 8):level.s])
                level.change, level.direction = True, ("decrease" if neg else "increase")
                level, change = None, level
                first = last = change
        st, best = _status(a, s, first, clause_s, fig_starts)
        if _plan_name(name):
            st = "target"  # "dự toán thu ngân sách": a plan figure
        elif best < 0:
            st = _status_without_cue(a, s, first, clause_s, name, nm.how, (prev_name, prev_status), out) or st
        if nm.how == "measure":
            a.carried_status[para] = (name, st)
        per = _period(a, s, first, last, clause_s, name)
        st = _status_by_period(a, s, first, clause_s, st, per)
        scope = _scope(a, s, first, clause_s, nm.subject)
        if part is None and _rate_name(name):
            part = _term_of(a, s, first, last, ws)
        chg = _change(a, s, change, fig_starts, per, first.s) if change is not None else None
        start = min(first.s, name_s) if name_s is not None and name_s < first.s else first.s
        quantity = level.q if level is not None else None
        measure, breakdown, rec_scope, rec_name = measures.fields_of(name, scope, part, quantity, *context)
        out.append(doc.make(
            Indicator, start, last.e, name=rec_name,
            quantity=quantity, change=chg, period=per,
            status=st, scope=rec_scope, sentence=s.si, breakdown=breakdown, measure=measure,
        ))
        prev_name, prev_status, prev_dim = name, st, dim
        if len(out) == 1:  # the sentence's first figure, its whole: what a "Trong đó, ..." after it breaks down
            a.last_period[para] = per
        if per is not None and _carried_on(text, s, per):
            a.carried[para] = per  # the period this sentence's figures took goes on
    _list_basis(text, out)
    return out


def _carried_on(text: str, s: _Sentence, per) -> bool:
    """Whether the period a figure took is one of its sentence's dates that goes on to the next
    sentences: not a cumulative frame ("Tính chung 6 tháng, ..."), the time of an event ("vào
    cuối tháng 3"), nor an aside ("(cùng kỳ năm 2019 tăng 5,3%)"). Asked once per date of the
    sentence (``s.carries``): its figures mostly share one."""
    for pa, _y, d in s.periods:
        if d is per:
            break
    else:
        return False
    found = s.carries.get(pa)
    if found is None:
        found = s.carries[pa] = (not _CUMULATIVE_LEAD.search(text, s.ss, pa)
                                 and not _EVENT_AT_BEFORE.search(text, max(s.ss, pa - 6), pa)
                                 and not _same_period(per))
    return found


def _measures_context(a: _Article):
    """The last step's reading of the article (``measures.context_of``): its provinces, and the
    topics its headline and lead name; asked only of an article with a figure that reports a
    measure (no record of the others reads it)."""
    doc = a.doc
    heads = []
    for x, y, _p in doc.sents:
        if x >= a.head_end:
            break  # (no later sentence is in the title or lead)
        if doc.kind_at(x) in ("title", "lead"):
            heads.append(a.text[x:y])
    return measures.context_of(doc.results.get("provinces", []), " ".join(heads))


def extract(doc) -> list[Indicator]:
    quants = doc.results.get("quantities", [])
    if not quants:
        return []
    a = _article(doc)
    context = None  # (_measures_context: read at the first sentence with a measure's figure)
    qpos = _clean_spans(doc, quants)
    nq = len(qpos)
    out: list[Indicator] = []
    qi = 0
    blocks = doc.blocks
    for si, (ss, se, para) in enumerate(doc.sents):
        if qi >= nq:
            break  # no figure from here on: what these sentences would carry, none reads
        x0 = qpos[qi][0]
        if x0 >= se:
            # no figure starts in it (most sentences): only what it leaves its paragraph, as
            # below for a sentence with no figure (read on when the next figure is the paragraph's)
            _carry_on(a, ss, se, para, x0 < blocks[para].end)
            continue
        items = []
        while qi < nq and qpos[qi][0] < se:
            x, y, q = qpos[qi]
            if x >= ss:
                items.append(_Item(q, x, y))
            qi += 1
        # (a sentence whose figures are all dropped, or with none, reads nothing of what _carry
        # answers: _carry_on makes only its updates to the paragraph; _measures_only reads none of
        # them, nor does _carry read what _opens_plan adds)
        if not items:
            # what it leaves its paragraph (a subject), only a later sentence of the paragraph
            # with figures reads: none when the next figure starts after the paragraph's end
            _carry_on(a, ss, se, para, qi < nq and qpos[qi][0] < blocks[para].end)
            continue
        class_ends: list[int] = []
        kept = _measures_only(a, ss, se, items, class_ends)
        if not kept:
            # all its figures incidental: no pair, nothing the later steps would carry, and no
            # scope, cue or change of its own to read; only a plan cue opening it goes on to
            # its paragraph (what _sentence would add), read by a later sentence of the
            # paragraph with figures only (plan_paras; its subject likewise)
            read_on = qi < nq and qpos[qi][0] < blocks[para].end
            _carry_on(a, ss, se, para, read_on)
            if read_on and _opens_plan(a, ss, se):
                a.plan_paras.add(para)
            continue
        s = _sentence(a, si, ss, se, para, items, _carry(a, ss, se, para))
        _classify(a, s)  # (all the figures: a kept one may take a dropped one's change)
        s.items, s.class_ends = kept, class_ends
        if context is None:
            context = _measures_context(a)
        s.post = _post_names(a, s)
        out.extend(_indicators(a, s, _pairs(a, s), context))
    return out
