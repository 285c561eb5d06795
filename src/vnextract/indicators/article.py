"""Reading an article into the state: ``_article`` (dates, provinces, cue and scope starts, the
headline's period, once per article), ``_carry`` (what each sentence leaves its paragraph: a
framing period, a subject) and ``_sentence`` (a sentence with figures, its scopes and cues).
"""

from __future__ import annotations

import bisect

from .. import scan
from .words import (
    _CUMULATIVE_LEAD, _DOCUMENT_DATE_BEFORE, _EVENT_DATE_BEFORE, _FRAME_LEAD, _LIST_CUE_WORDS,
    _PLAIN_LETTERS, _PLAN_FRAME_CUE, _PLAN_OPENS, _PLAN_YEAR_BEFORE, _SCOPE, _SUBJECT_FIRSTS,
    _SUBJECT_UNIT, _cues, _in_proper_name, _res,
)
from .state import _Article, _Item, _Sentence, _clean_pos, _in_range, _word_starts
from .period import _basis_before, _cumulative, _issue_date, _open_since
from .scope import _main_place, _scope_starts


def _article(doc) -> _Article:
    dates = doc.results.get("dates", [])
    provinces = doc.results.get("provinces", [])
    dpos = [(*_clean_pos(doc, d), d) for d in dates]
    ppos = [(*_clean_pos(doc, p), p) for p in provinces]
    cues = _res()
    # the period of the headline holds where a paragraph sets none ("... năm 2020" in the title)
    title_period = next((d for a, _b2, d in dpos if doc.kind_at(a) == "title"
                         and d.grain in ("year", "half", "quarter", "month", "span")), None)
    text = doc.clean
    lead_frame = None
    for x, _y, d in dpos:
        if doc.kind_at(x) in ("title", "lead"):
            continue
        k_s = doc.sentence_at(x)
        if k_s is not None and _FRAME_LEAD.fullmatch(text, doc.sents[k_s][0], x):
            lead_frame = d
        break
    return _Article(
        doc=doc, text=text, dpos=dpos, ppos=ppos,
        dstarts=[a for a, _, _ in dpos], pstarts=[a for a, _, _ in ppos],
        place=_main_place(doc, ppos),
        # issue dates of documents ("Nghị định 85/2019/NĐ-CP ngày 14/11/2019") are no periods
        legal_ends=sorted(doc.norm.to_clean(r.end) for r in doc.results.get("legal_refs", [])),
        title_period=title_period,
        lead_frame=lead_frame,
        scope_starts=_scope_starts(doc),
        cue_starts=[(rx, val, _word_starts(doc, _cues()[val]))
                    for rx, val in ((cues.estimate, "estimate"), (cues.target, "target"))],
        dir_starts=_word_starts(doc, _cues()["increase"] + _cues()["decrease"]),
        low=doc.starts.lowered(),
    )


def _carry(a: _Article, ss: int, se: int, para: int):
    """(its dates, the period carried in, its periods, its subject) of every sentence, figures or
    none: its periods and subject update what its paragraph carries."""
    text = a.text
    lo, hi = bisect.bisect_left(a.dstarts, ss), bisect.bisect_left(a.dstarts, se)
    sdates = a.dpos[lo:hi]
    period_in = a.carried.get(para)
    periods = [(x, y, _cumulative(text, ss, x, d)) for x, y, d in sdates
               if not _basis_before(text[max(ss, x - 10):x])
               and not d.text.lower().startswith("cùng")
               and not _issue_date(a.legal_ends, x)
               and not _PLAN_YEAR_BEFORE.search(text, max(ss, x - 14), x)
               and not _EVENT_DATE_BEFORE.search(text, max(ss, x - 30), x)
               and d.value != "XXXX"  # "từ cách đây 3 năm" in an undated article: no period (dev-308)
               and not _open_since(text, se, x, y, d)
               and not (d.grain == "day" and _DOCUMENT_DATE_BEFORE.search(text, max(ss, x - 40), x))]
    # what the paragraph carries on: the date that frames this sentence ("Năm 2020, ...",
    # "Trong tháng 1/2017, ...") or the period its figures took (set after them, _indicators); an
    # event date inside a clause ("đến tháng 10/2011 mới chính thức triển khai", "chiều 11/5, Chủ
    # tịch nước ... ký") or a horizon ("mục tiêu ... đến năm 2030") frames nothing after it,
    # and a cumulative frame ("Tính chung 6 tháng, ...") holds for its own sentence only
    if periods and _FRAME_LEAD.fullmatch(text, ss, periods[0][0]):
        frame = periods[0]
        if not _CUMULATIVE_LEAD.search(text, ss, periods[0][0]):
            a.carried[para] = frame[2]
            if frame[2].grain in ("year", "half", "quarter", "month", "span"):
                a.doc_frame = (frame[2], para)  # a report's period goes on to later paragraphs
    # (a sentence opening with a plain letter that opens no unit's kind has no subject unit)
    c0 = text[ss:ss + 1]
    sm = _SUBJECT_UNIT.match(text, ss, se) if c0 not in _PLAIN_LETTERS or c0 in _SUBJECT_FIRSTS else None
    subject = " ".join(sm.group("s").split()) if sm else None
    if subject:
        a.carried_scope[para] = subject
    return sdates, period_in, periods, subject


def _sentence(a: _Article, si: int, ss: int, se: int, para: int, items: list[_Item], carried) -> _Sentence:
    """A sentence with figures: what ``_carry`` read, its scope phrases and status cues."""
    text = a.text
    sdates, period_in, periods, subject = carried
    scope_ms = list(scan.finditer_at(_SCOPE, _in_range(a.scope_starts, ss, se), text, se, ss))
    masks = [(x, y) for x, y, _ in sdates] + [(m.start(), m.end()) for m in scope_ms]
    cue_ms = sorted([(m.start(), m.end(), m.group(0), val) for rx, val, starts in a.cue_starts
                     for m in scan.finditer_at(rx, _in_range(starts, ss, se), text, se, ss)
                     if not _in_proper_name(text, ss, m.start())])  # "Bộ Kế hoạch và Đầu tư"
    # a sentence that opens with a plan cue makes its paragraph a plan's: the figures after it
    # that have no cue of their own are targets ("Kim ngạch xuất khẩu đạt 450 triệu USD. Năm
    # 2025, sản lượng bia sẽ tăng lên 4,6 tỷ lít" after "Theo quy hoạch ...", dev-309)
    if cue_ms and cue_ms[0][3] == "target" and _PLAN_OPENS.fullmatch(text, ss, cue_ms[0][0]) \
            and _PLAN_FRAME_CUE.match(cue_ms[0][2]):
        a.plan_paras.add(para)
    sent_low = text[ss:se].lower()
    since = any(_open_since(text, se, x, y, d) for x, y, d in sdates)  # "Tính từ năm 1988, ..."
    return _Sentence(si, ss, se, para, items, period_in, periods, subject, scope_ms, masks, cue_ms,
                     sent_low=sent_low, list_cue_words=any(w in sent_low for w in _LIST_CUE_WORDS),
                     vague=True if since else None)
