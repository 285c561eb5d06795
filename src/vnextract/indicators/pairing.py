"""Step 2 of a sentence: a level with the change that goes with it ("đạt 98,6 tỷ USD, giảm 6,1%"),
a change named by the measure written after it ("giảm 42,9% số vụ"), a change with its level
in brackets or named by "về ...".
"""

from __future__ import annotations

from typing import Optional

import regex

from ..rules import ONE_SPACE
from .words import _I, _cues_read_by
from .state import _Article, _Item, _Sentence


_SHARE_BEFORE = regex.compile(r"(?<![\p{L}])chiếm(?:\s+\p{L}+){0,2}\s*$", _I)
_ABOUT_AFTER = regex.compile(r"\s+về\s+((?:[\p{L}\d]+\s*){1,5}?)(?=\s*(?:và|,|;|\.|so|$))", _I)
_POST_NAME = regex.compile(
    r"\s+(?P<n>(?:số|tổng\s+số|lượng|số\s+lượng)\s+\p{Ll}[\p{L}]*(?:\s+\p{Ll}[\p{L}]*){0,4}?)"
    r"(?=\s*(?:[,;.)]|\s(?:và|so|trong|của|tại|ở)(?![\p{L}])|$))", _I)
# A level in brackets after a change, its verb read in indicator_cues.tsv (reads in_bracket: "đạt", "ước đạt",
# "lên", "là"): "tăng 5% (đạt 120 tỷ đồng)".
_BRACKET_LEVEL = regex.compile(rf"\s*\(\s*(?:{_cues_read_by('in_bracket').alt(ONE_SPACE)})?\s*")


def _is_share(text: str, ss: int, it: _Item) -> bool:
    """A percentage introduced by "chiếm" ("chiếm 25,2% kim ngạch")."""
    return it.q.unit == "%" and bool(_SHARE_BEFORE.search(text[it.s - 25 if it.s - 25 > ss else ss:it.s]))


def _changes_about(text: str, sq: list, se: int) -> dict[int, int]:
    """change index -> level index, for changes followed by "về <what>" naming one level."""
    out: dict[int, int] = {}
    for k, it in enumerate(sq):
        if not it.change:
            continue
        m = _ABOUT_AFTER.match(text[it.e:min(se, it.e + 80)])
        if not m:
            continue
        what = set(m.group(1).casefold().split()) - {"số", "tổng"}
        best, score = None, 0
        for j, lv in enumerate(sq):
            if lv.change or j == k:
                continue
            ctx = set(text[max(0, lv.s - 40):lv.e].casefold().split()) | set((lv.q.unit or "").casefold().split())
            sc = len(what & ctx)
            if sc > score:
                best, score = j, sc
        if best is not None and best not in out.values():
            out[k] = best
    return out


def _post_names(a: _Article, s: _Sentence) -> dict:
    """item index -> the _POST_NAME match after a percentage change: "giảm 42,9% số vụ, giảm
    55,6% số người chết" names each change by the measure written after it."""
    return {k: m for k, it in enumerate(s.items) if it.change and it.q.unit == "%"
            and (m := _POST_NAME.match(a.text, it.e, s.se)) is not None}


def _pairs(a: _Article, s: _Sentence) -> list[tuple[int, Optional[_Item], Optional[_Item]]]:
    """(index, level, change) of each indicator: a level with the change that goes with it."""
    text, ss, se, sq = a.text, s.ss, s.se, s.items
    # "tăng 8,1% về số doanh nghiệp và tăng 52,3% về số vốn đăng ký": each change names its level
    about = _changes_about(text, sq, se)
    used = set()
    groups = []
    for k, it in enumerate(sq):
        if k in used:
            continue
        level, change = (None, it) if it.change else (it, None)
        if level is not None and k in about.values():
            ck = next(c for c, lk in about.items() if lk == k)
            if ck not in used:
                change = sq[ck]
                used.add(ck)
        elif change is not None and k in about:
            pass  # its level takes it
        elif k + 1 < len(sq) and k + 1 not in used:
            nx = sq[k + 1]
            between = text[it.e:nx.s]
            if level is not None and nx.change and ";" not in between and len(between) < 60 and k + 1 not in s.post:
                change = nx
                used.add(k + 1)
            elif (level is not None and not nx.change and _is_share(text, ss, nx) and k + 2 < len(sq)
                  and sq[k + 2].change and ";" not in text[it.e:sq[k + 2].s] and not _is_share(text, ss, it)):
                # "đạt 6.916 triệu USD, chiếm 25,2% kim ngạch và tăng 29,2%": the change is the amount's
                change = sq[k + 2]
                used.add(k + 2)
            elif change is not None and not nx.change and _BRACKET_LEVEL.fullmatch(between):
                level = nx
                used.add(k + 1)
        if level is None and change is not None and k in about:
            continue
        groups.append((k, level, change))
    return groups
