"""The change record of a figure and its basis ("so với cùng kỳ" yoy, "tháng trước"
previous_period, "kế hoạch" plan, any other "so với" other), and a basis that ends a list of
changes (``_list_basis``).
"""

from __future__ import annotations

import bisect
from typing import Optional

import regex

from .. import dates
from ..models import Change, DateMention, Indicator
from .words import _COMPARE, _COMPARE_IN_FULL, _I, _OPEN_BRACKET, _PERIOD_GRAINS, _PLAN_AFTER, _res
from .state import _Article, _Item, _Sentence


_SO = regex.compile(rf"(?<![\p{{L}}])(?:{_COMPARE.alt()})(?![\p{{L}}])", _I)
_YEAR_AFTER = regex.compile(r"\s*(?:năm\s+)?(\d{4})(?!\d)")
_SO_OPENING = regex.compile(rf"[\s\-*•+]*(?P<so>(?:{_COMPARE_IN_FULL.alt()})\s+[^,;]{{2,40}}),", _I)  # "so với": not a bare "so"
# A part of a year after a basis: "so với quý I/2016", "tháng XII/2016" (its numeral: dates.ROMAN)
_PART_AFTER = regex.compile(rf"\s*({dates.QUARTER_WORDS.alt()}|tháng)\s+([IVX]+|\d{{1,2}})\s*/\s*(\d{{4}})", _I)
_ROMAN = dates.ROMAN
_QUARTER_WORDS = frozenset(dates.QUARTER_WORDS)


def _basis(text: str, a: int, b: int, per: Optional[DateMention] = None) -> Optional[str]:
    seg = text[a:b]
    sm = _SO.search(seg)
    if not sm:
        # "vượt 21% kế hoạch năm": the plan right after the figure
        return "plan" if _PLAN_AFTER.match(seg) else None
    rest = seg[sm.end():sm.end() + 40]
    for kind, rx in _res().basis:
        if rx.match(rest.strip()) or rx.search(rest[:25]):
            return {"basis_yoy": "yoy", "basis_prev": "previous_period", "basis_plan": "plan"}[kind]
    # "năm 2023 ... tăng 15% so với năm 2022": the year before the period is year on year
    ym = _YEAR_AFTER.match(rest)
    if ym and per is not None and per.start_date is not None and int(ym.group(1)) == per.start_date.year - 1 \
            and per.grain in _PERIOD_GRAINS:
        return "yoy"
    # "quý I/2017 ... so với quý I/2016" (year on year), "so với quý IV/2016" (the quarter before)
    pm = _PART_AFTER.match(rest)
    if pm and per is not None and per.start_date is not None and per.grain in ("quarter", "month"):
        n = _ROMAN.get(pm.group(2).upper()) or (int(pm.group(2)) if pm.group(2).isdigit() else None)
        y = int(pm.group(3))
        quarter = pm.group(1).lower() in _QUARTER_WORDS
        if n is not None and quarter == (per.grain == "quarter"):
            cur = (per.start_date.month - 1) // 3 + 1 if quarter else per.start_date.month
            size = 4 if quarter else 12
            if (y, n) == (per.start_date.year - 1, cur):
                return "yoy"
            if (y * size + n) == (per.start_date.year * size + cur) - 1:
                return "previous_period"
    return "other"


def _change(a: _Article, s: _Sentence, change: _Item, fig_starts: list[int],
            per: Optional[DateMention], first_s: int) -> Change:
    """The change record of a figure, with its basis ("so với cùng kỳ") read up to the next figure."""
    text = a.text
    k_nx = bisect.bisect_right(fig_starts, change.e)
    if k_nx < len(fig_starts) and _OPEN_BRACKET.fullmatch(text, change.e, fig_starts[k_nx]):
        k_nx += 1  # "tăng 74,43 nghìn người (0,14%) so với quý I/2016": the basis after the bracket
    b_end = fig_starts[k_nx] if k_nx < len(fig_starts) else s.se
    basis = _basis(text, change.e, b_end, per)
    if basis is None:
        # "So với quý IV/2016, số người có việc làm giảm 41,85 nghìn người": the basis that opens
        # the sentence holds for its changes that name none
        om = _SO_OPENING.match(text, s.ss, first_s)
        if om is not None:
            basis = _basis(text, om.start("so"), om.end(), per)
    cq = change.q
    # built once, with its basis; validated as Change(**fields) validates it (see pipeline.Doc.make)
    return _CHANGE.validate_python(dict(
        start=cq.start, end=cq.end, text=cq.text, value=cq.value, min=cq.min, max=cq.max, unit=cq.unit,
        dimension=cq.dimension, approximate=cq.approximate, bound=cq.bound,
        direction=change.direction, basis=basis))


_CHANGE = Change.__pydantic_validator__


def _list_basis(text: str, out: list[Indicator]) -> None:
    """"giảm 42,9% số vụ, giảm 55,6% số người chết và giảm 100% số người bị thương so với cùng
    kỳ": a basis that ends a list of changes holds for the changes of the list before it (the
    records of one sentence, rewritten in place)."""
    for j in range(len(out) - 2, -1, -1):
        x, y = out[j], out[j + 1]
        if (x.change is not None and x.change.basis is None and y.change is not None and y.change.basis
                and y.quantity is None and ";" not in text[x.change.end:y.change.start]
                and not _SO.search(text, x.change.end, y.change.start)):
            out[j] = x.model_copy(update={"change": x.change.model_copy(update={"basis": y.change.basis})})
