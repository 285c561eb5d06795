"""Extractor for ``indicators``: a figure tied to what it measures, its change, period, status, scope.

Why hand-written: no tool links Vietnamese report figures to their measure; the wording of
press and GSO reports is regular enough for rules ("X ước đạt Q, tăng C% so với cùng kỳ").

Rules, per sentence (cue words in ``data/indicator_cues.tsv``):
- each quantity is a level, or a change when a direction verb comes before it in its clause
  ("tăng 28,8%", "giảm 6,1%", "phấn đấu tăng từ 7-8%", "tăng trưởng 1,6%");
- a level followed by its change ("đạt 98,6 tỷ USD, giảm 6,1% so với cùng kỳ") or a change
  followed by its level in brackets ("tăng từ 9 -10% (đạt 843,5 nghìn tỷ đồng)") make one
  record; a second change of the same level ("tăng 1,1% so tháng trước và tăng 6,2% so cùng
  kỳ") is its own record with ``quantity`` null; a change with no level stands alone;
- ``basis`` from "so (với) cùng kỳ / năm trước" (yoy), "tháng/quý/tuần trước" (previous_period),
  "kế hoạch / dự toán" (plan), any other "so với" (other);
- ``name``: the noun phrase before the verb, with dates, scope phrases ("của 28 tỉnh, thành phía
  Bắc") and connectors ("Trong đó,") removed; for counts with no such phrase, "số" + the
  counted noun and what qualifies it ("có 378 cụm công nghiệp đã đi vào hoạt động" -> "số cụm
  công nghiệp đã đi vào hoạt động"); a figure that only follows another ("Singapore (337,5 tỷ
  USD)", "lần lượt 1,6% và 6,7%") shares the previous record's name;
- ``status``: the nearest status cue before it in the sentence: estimate ("ước", "dự kiến",
  "dự báo"), target ("phấn đấu", "đặt mục tiêu", "kế hoạch"), else actual;
- ``period``: the nearest date before it in the sentence (not the basis "cùng kỳ"), else after
  it, else carried from the previous sentences of the paragraph; none after "hiện nay",
  "đến nay", "thời điểm hiện tại";
- ``scope``: the nearest scope phrase before it in the sentence ("cả nước", "toàn khu vực",
  "28 tỉnh, thành phía Bắc", "của Bình Dương"), or a province the provinces component found.

Not indicators: durations, counts that name the region ("28 tỉnh, thành phố khu vực phía
Bắc" is the scope), and quantities inside a definition ("từ 2 tỉnh trở lên").
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass
from typing import Optional

import regex

from .models import Change, DateMention, Indicator, Quantity
from .resources import load_tsv


@functools.lru_cache(maxsize=1)
def _cues() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in load_tsv("indicator_cues.tsv"):
        out.setdefault(r["kind"], []).append(r["cue"])
    return out


def _alt(words) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _res():
    c = _cues()
    B = r"(?<![\p{L}])"
    E = r"(?![\p{L}])"
    verb = regex.compile(rf"{B}(?:{_alt(c['verb'] + c['increase'] + c['decrease'])}){E}", regex.IGNORECASE)
    inc = regex.compile(rf"{B}(?:{_alt(c['increase'])}){E}", regex.IGNORECASE)
    dec = regex.compile(rf"{B}(?:{_alt(c['decrease'])}){E}", regex.IGNORECASE)
    est = regex.compile(rf"{B}(?:{_alt(c['estimate'])}){E}", regex.IGNORECASE)
    tgt = regex.compile(rf"{B}(?:{_alt(c['target'])}){E}", regex.IGNORECASE)
    basis = [(k, regex.compile(rf"{B}(?:{_alt(c[k])}){E}", regex.IGNORECASE))
             for k in ("basis_yoy", "basis_prev", "basis_plan")]
    return verb, inc, dec, est, tgt, basis


# Scope phrases: the region or body a figure is about.
_SCOPE = regex.compile(
    r"""
    (?:cả\ nước|toàn\ quốc|toàn\ khu\ vực|toàn\ tỉnh|toàn\ thành\ phố|toàn\ ngành)
    |(?:(?:các|\d+|những)\s+)?tỉnh,?\s*thành(?:\ phố)?(?:\s+khu\ vực)?
      (?:\s+phía\s+(?:Bắc|Nam)|\s+(?:miền|vùng)\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*)?
    |(?<=\b(?:của|trong|tại)\s+)khu\ vực(?:\s+phía\s+(?:Bắc|Nam))?(?!\s+kinh\ tế)
    |khu\ vực\ kinh\ tế\ [\p{Ll}\ ]+?(?=\s+(?:đạt|ước|tăng|giảm|có|chiếm)|[,;])
    |(?:tỉnh|thành\ phố|TP\.?\s?)\ ?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}
    |(?<=\b(?:của)\s+)\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}
    """,
    regex.VERBOSE,
)
_VAGUE_NOW = regex.compile(r"hiện nay|hiện tại|đến nay|tới nay|thời điểm này", regex.IGNORECASE)
_LEAD = regex.compile(
    r"^(?:\s|,|\(|-|\*)*(?:(?:trong\s+đó|cụ\s+thể|riêng|còn|tính\s+chung|đồng\s+thời|theo\s+đó|bên\s+cạnh\s+đó"
    r"|ngoài\s+ra|về|với|trong|tổng\s+cộng)(?![\p{L}])[\s,:]*)*",
    regex.IGNORECASE,
)
_CUT = regex.compile(
    r"\s+(?:của|tại|ở|trên\s+địa\s+bàn|đa\s+số|phần\s+lớn|hầu\s+hết)(?![\p{L}])|\x00", regex.IGNORECASE
)
_QUALIFIERS = regex.compile(
    r"(?:\s|\x00|,)*(?:(?:từ|khoảng|gần|hơn|trên|dưới|xấp\s+xỉ|ước|ít\s+nhất|không\s+quá|mức|con\s+số|được|lần\s+lượt)(?:\s|\x00)*)*$",
    regex.IGNORECASE,
)
_SCOPE_COUNT_UNITS = frozenset({"tỉnh", "tỉnh thành", "thành phố", "địa phương", "quốc gia", "nước"})


@dataclass
class _Item:
    q: Quantity
    s: int
    e: int
    change: bool = False
    direction: Optional[str] = None


def _clean_pos(doc, rec) -> tuple[int, int]:
    return doc.norm.to_clean(rec.start), doc.norm.to_clean(rec.end)


def _mask(text: str, start: int, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in spans:
        for k in range(max(a, start), min(b, start + len(chars))):
            chars[k - start] = "\x00"
    return "".join(chars)


def _name_before(text: str, sent_s: int, q_s: int, masks: list[tuple[int, int]]):
    """(name, name_start, verb_text) from the clause before a figure."""
    verb = _res()[0]
    seg_s = max(sent_s, text.rfind(";", sent_s, q_s) + 1)
    seg = _mask(text[seg_s:q_s], seg_s, masks)
    # the verb closest to the figure, within a short distance ("ước đạt khoảng")
    vm = None
    for m in verb.finditer(seg):
        if len(seg) - m.end() <= 60:
            vm = m  # the verb closest to the figure
    if vm is None or len(seg) - vm.end() > 30:
        # no verb close by: "tổng mức đầu tư 118.716 tỷ đồng", "Tổng vốn đầu tư của dự án khoảng
        # 10.990 tỷ đồng": the noun phrase right before the figure (after the last boundary)
        qm = _QUALIFIERS.search(seg)
        head = seg[:qm.start()] if qm else seg
        cut = max(head.rfind(","), head.rfind(":"), head.rfind("("), head.rfind(";"))
        piece = head[cut + 1:]
        if piece.strip() and "\x00" not in piece:
            lm = _LEAD.match(piece)
            off = lm.end() if lm else 0
            words = piece[off:].split()
            if 2 <= len(words) <= 12 and words[0][:1].islower():
                return " ".join(words), seg_s + cut + 1 + off, None
        if vm is None:
            return None, None, None
    # "với tổng diện tích quy hoạch 43.489ha", "có diện tích tự nhiên 21,78 km2": the name
    # sits between the verb and the figure
    post = seg[vm.end():]
    qm = _QUALIFIERS.search(post)
    post_name = post[:qm.start()] if qm else post
    if len(post_name.replace("\x00", " ").split()) >= 2 and "\x00" not in post_name.strip() and not regex.search(r"[,;:()]", post):
        name = " ".join(post_name.split())
        return name, seg_s + vm.end() + (len(post_name) - len(post_name.lstrip())), vm.group(0)
    if len(seg) - vm.end() > 30:
        return None, None, None
    region = seg[:vm.start()]
    # a status cue right before the verb belongs to it ("phấn đấu tăng", "ước tăng")
    est0, tgt0 = _res()[3], _res()[4]
    while True:
        tm = regex.search(rf"(?:{est0.pattern}|{tgt0.pattern})\s*$", region, regex.IGNORECASE)
        if not tm or tm.start() == 0:
            break
        region = region[:tm.start()]
    # the name starts after the last boundary
    cut = max(region.rfind(","), region.rfind(":"), region.rfind("("), region.rfind(";"))
    est, tgt = _res()[3], _res()[4]
    for rx in (est, tgt):
        for m in rx.finditer(region):
            if m.end() > cut:
                cut = m.end() - 1
    name_s = cut + 1
    piece = region[name_s:]
    lm = _LEAD.match(piece)
    if lm:
        name_s += lm.end()
        piece = piece[lm.end():]
    cm = _CUT.search(piece)
    if cm and cm.start() > 0:
        piece = piece[:cm.start()]
    elif cm is not None and cm.start() == 0:
        piece = ""
    piece = piece.replace("\x00", " ").strip(" ,.-*\"'")
    piece = " ".join(piece.split())
    if len(piece) > 1 and piece[0].isupper() and piece[1].islower():
        piece = piece[0].lower() + piece[1:]
    return (piece or None), seg_s + name_s, vm.group(0)


def _count_name(text: str, q: Quantity, q_e: int, sent_e: int) -> str:
    tail = text[q_e:sent_e]
    m = regex.match(r"((?:\s+[\p{Ll}]+){0,6}?)(?=\s*(?:[,;.()]|\s(?:và|với|trong|tại|của|cho|từ|so)\s|$))", tail)
    extra = m.group(1) if m else ""
    return " ".join(f"số {q.unit}{extra}".split())


def _basis(text: str, a: int, b: int) -> Optional[str]:
    seg = text[a:b]
    sm = regex.search(r"(?<![\p{L}])so(?:\s+với)?(?![\p{L}])", seg, regex.IGNORECASE)
    if not sm:
        return None
    rest = seg[sm.end():sm.end() + 40]
    for kind, rx in _res()[5]:
        if rx.match(rest.strip()) or rx.search(rest[:25]):
            return {"basis_yoy": "yoy", "basis_prev": "previous_period", "basis_plan": "plan"}[kind]
    return "other"


def extract(doc) -> list[Indicator]:
    text = doc.clean
    quants = doc.results.get("quantities", [])
    dates = doc.results.get("dates", [])
    provinces = doc.results.get("provinces", [])
    if not quants:
        return []
    dpos = [(*_clean_pos(doc, d), d) for d in dates]
    ppos = [(*_clean_pos(doc, p), p) for p in provinces]
    qpos = [(*_clean_pos(doc, q), q) for q in quants]
    dstarts = [a for a, _, _ in dpos]
    pstarts = [a for a, _, _ in ppos]
    _, inc, dec, est, tgt, _b = _res()
    out: list[Indicator] = []
    carried: dict[int, Optional[DateMention]] = {}  # paragraph -> last period
    qi = 0
    for si, (ss, se, para) in enumerate(doc.sents):
        sq = []
        while qi < len(qpos) and qpos[qi][0] < se:
            if qpos[qi][0] >= ss:
                sq.append(_Item(qpos[qi][2], qpos[qi][0], qpos[qi][1]))
            qi += 1
        lo, hi = bisect.bisect_left(dstarts, ss), bisect.bisect_left(dstarts, se)
        sdates = dpos[lo:hi]
        # period carried into this sentence, and updated by it
        period_in = carried.get(para)
        vague = bool(_VAGUE_NOW.search(text, ss, se))
        periods = [(a, b, d) for a, b, d in sdates
                   if not regex.search(r"(?:so(?:\s+với)?|với)\s*$", text[max(ss, a - 10):a])
                   and not d.text.lower().startswith("cùng")]
        if periods:
            carried[para] = periods[-1][2]
        if not sq:
            continue
        masks = [(a, b) for a, b, _ in sdates] + [(m.start(), m.end()) for m in _SCOPE.finditer(text, ss, se)]
        # classify
        prev_end = ss
        for it in sq:
            gap = text[max(prev_end, it.s - 40):it.s]
            dm = None
            for m in regex.finditer(rf"{inc.pattern}|{dec.pattern}", gap, regex.IGNORECASE):
                dm = m
            if dm and not regex.search(r"(?<![\p{L}])(?:đạt|là|chiếm|có)(?![\p{L}])", gap[dm.end():], regex.IGNORECASE):
                it.change = True
                it.direction = "decrease" if dec.fullmatch(dm.group(0)) else "increase"
            elif regex.fullmatch(r"[\s,]*(?:và|hoặc|,)[\s,]*(?:lần lượt\s+)?", gap) and sq.index(it) > 0:
                prv = sq[sq.index(it) - 1]
                it.change, it.direction = prv.change, prv.direction
            prev_end = it.e
        # group level + change
        used = set()
        groups = []
        for k, it in enumerate(sq):
            if k in used:
                continue
            if it.q.dimension == "duration":
                continue
            if it.q.dimension == "count" and it.q.unit in _SCOPE_COUNT_UNITS and (
                regex.match(r"\s*,?\s*thành(?:\s+phố)?", text[it.e:it.e + 12])
                or regex.search(r"(?:của|các|giữa|cho)\s*$", text[max(ss, it.s - 6):it.s])):
                continue
            if text[max(0, it.s - 1):it.s] == "/" and k > 0 and sq[k - 1].e == it.s - 1:
                continue  # "16/28 tỉnh thành": the denominator is the base, not a measure
            if it.q.bound == "ge" and regex.match(r"[^.;]{0,60}?trở\s+lên", text[it.e:se]):
                continue
            level, change = (None, it) if it.change else (it, None)
            if k + 1 < len(sq) and k + 1 not in used:
                nx = sq[k + 1]
                between = text[it.e:nx.s]
                if level is not None and nx.change and ";" not in between and len(between) < 60:
                    change = nx
                    used.add(k + 1)
                elif change is not None and not nx.change and regex.fullmatch(r"\s*\(\s*(?:đạt|ước đạt|lên|là)?\s*", between):
                    level = nx
                    used.add(k + 1)
            groups.append((level, change))
        prev_name = None
        prev_status = "actual"
        for level, change in groups:
            first = level if level is not None and (change is None or level.s < change.s) else change
            last = change if change is not None and (level is None or change.e > level.e) else level
            name, name_s, verb_txt = _name_before(text, ss, first.s, masks)
            if name is None and level is not None and level.q.dimension == "count":
                name = _count_name(text, level.q, level.e, se)
            if name is None:
                name = prev_name
            if name is None:
                continue
            # status: nearest cue before the figure in the sentence
            st = "actual"
            best = -1
            for rx, val in ((est, "estimate"), (tgt, "target")):
                for m in rx.finditer(text, ss, first.s):
                    if m.start() > best:
                        best, st = m.start(), val
            if best < 0 and name == prev_name:
                st = prev_status
            # period
            per = None
            before = [d for a, b, d in periods if b <= first.s]
            after = [d for a, b, d in periods if a >= last.e]
            if before:
                per = before[-1]
            elif after:
                per = after[0]
            elif not vague:
                per = period_in
            # scope
            scope = None
            clause_s = max(ss, text.rfind(";", ss, first.s) + 1)
            sc = [m for m in _SCOPE.finditer(text, clause_s, first.s)]
            sprov = ppos[bisect.bisect_left(pstarts, ss):bisect.bisect_left(pstarts, first.s)]
            prov = [p for a, b, p in sprov if a >= clause_s]
            if not sc and not prov:
                sc = [m for m in _SCOPE.finditer(text, ss, first.s)][:1]
                prov = [p for a, b, p in sprov][:1]
            if sc:
                scope = " ".join(sc[-1].group(0).split())
            elif prov:
                scope = prov[-1].name
            chg = None
            if change is not None:
                nxt = [o.s for o in sq if o.s > change.e]
                b_end = min(nxt[0] if nxt else se, se)
                cq = change.q
                chg = Change(start=cq.start, end=cq.end, text=cq.text, value=cq.value, min=cq.min,
                             max=cq.max, unit=cq.unit, dimension=cq.dimension,
                             approximate=cq.approximate, bound=cq.bound,
                             direction=change.direction, basis=_basis(text, change.e, b_end))
            start = min(first.s, name_s) if name_s is not None and name_s < first.s else first.s
            out.append(doc.make(
                Indicator, start, last.e, name=name,
                quantity=level.q if level is not None else None, change=chg, period=per,
                status=st, scope=scope, sentence=si,
            ))
            prev_name, prev_status = name, st
    return out
