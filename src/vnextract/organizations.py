"""Organisations: ministries, committees, departments, agencies, companies and Party bodies.

Written by hand because the Vietnamese NER models tag "Bộ Công Thương" as a person and "Thứ
trưởng Bộ Công Thương" as a location, and none gives a canonical name. One record per mention,
with a canonical ``name`` and a ``kind`` (ministry, people's committee, department, agency,
company, party, other). Three rules, in this order (longest span first where they overlap):

1. named bodies from ``organizations.tsv`` with their abbreviations and older spellings:
   "Bộ Công thương", "BCT" -> "Bộ Công Thương"; "Bộ KH&ĐT" -> "Bộ Kế hoạch và Đầu tư"; "EVN",
   "TKV", "NHNN", "TTXVN". "Chính phủ" right after "Thủ tướng" is part of a title, not a mention.
2. people's committees and councils with their place: "UBND tỉnh Quảng Ninh", "HĐND TP.HCM",
   "Ủy ban nhân dân tỉnh Quảng Ninh" (-> "UBND tỉnh Quảng Ninh"); "UBND cấp tỉnh" names no body.
3. a head word from ``org_heads.tsv`` followed by a capitalised name: "Sở Công Thương", "Cục Điều
   tiết điện lực", "Tổng cục Hải quan", "Vụ Kế hoạch", "Phòng CSGT", "Tổng công ty Sông Đà",
   "Công an tỉnh Hà Tĩnh". Vietnamese names are in sentence case after their first word, so the
   name goes on through lowercase words and stops at punctuation, at a function word or verb
   ("Sở Công Thương một số tỉnh kiến nghị" -> "Sở Công Thương"), at "của", and before a person's
   name ("Cục Điều tiết điện lực Nguyễn Anh Tuấn").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from . import names, provinces
from .models import Organization
from .resources import load_tsv

# Lowercase words that end an organisation name: verbs, function words, quantifiers.
_STOP = frozenset(
    """đã đang sẽ vừa mới có là được bị cho cũng không chưa về tại trong với từ đến theo để nhằm
    khi này đó thì mà các những một mọi đề cùng phối tổ ban cho biết nói yêu kiến chủ phát báo
    triển thực ký tiếp ra năm ngày tháng vào trên dưới sau trước nên nếu như hay hoặc họp làm
    giao đánh công khẳng thông quyết phê trình gửi nhận ngay luôn vẫn còn lại do bởi vì nhưng
    tuy và của cấp số nêu trao tham dự chỉ ủng đồng đối tăng giảm đạt hướng xem ông bà
    hiện rất đều nhiều ít gồm sáng chiều tối hôm qua nay mỗi từng toàn tất thay hợp""".split()
)
_TOKEN = regex.compile(r"[^\s,.;:()\[\]\"'!?…]+")
_CAP = regex.compile(r"^(?:\p{Lu}|\d)")


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    name: str
    kind: str


@dataclass(frozen=True)
class _Tables:
    named: regex.Pattern
    canon: dict[str, tuple[str, str]]  # lower-cased surface -> (name, kind)
    heads: regex.Pattern
    head_kind: dict[str, str]
    council: regex.Pattern
    canon_names: frozenset[str]


def _surface(s: str) -> str:
    if s.isupper() or len(s) <= 4:  # abbreviations: exact case ("BCT", "EVN")
        return regex.escape(s)
    return regex.escape(s[0]) + "(?i:" + regex.escape(s[1:]) + ")"


@functools.lru_cache(maxsize=1)
def _tables() -> _Tables:
    canon: dict[str, tuple[str, str]] = {}
    surfaces = []
    for r in load_tsv("organizations.tsv"):
        forms = [r["name"]] + [a for a in r["aliases"].split("|") if a]
        for f in forms:
            canon[f.lower()] = (r["name"], r["kind"])
            surfaces.append(f)
    alts = "|".join(_surface(s) for s in sorted(surfaces, key=len, reverse=True))
    named = regex.compile(rf"(?<![\p{{L}}\p{{M}}\d&])(?:{alts})(?![\p{{L}}\p{{M}}\d&])")
    head_kind = {r["head"]: r["kind"] for r in load_tsv("org_heads.tsv")}
    halts = "|".join(regex.escape(h) for h in sorted(head_kind, key=len, reverse=True))
    heads = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?P<head>{halts})\ (?=[\p{{Lu}}\d])")
    council = regex.compile(
        r"""
        (?<![\p{L}\p{M}])
        (?P<head>UBND|HĐND|Ủy\ ban\ nhân\ dân|Hội\ đồng\ nhân\ dân)   # the committee or council
        \ (?P<place>
          (?:(?i:tỉnh|thành\ phố|huyện|quận|thị\ xã|xã|phường)\ |T\.?P\.?\ ?|Tp\.?\ ?)?  # level
          \p{Lu}[\p{L}\p{M}.]*(?:\ \p{Lu}[\p{L}\p{M}]*){0,3}                       # the place
        )
        """,
        regex.VERBOSE,
    )
    return _Tables(named, canon, heads, head_kind, council, frozenset(v[0] for v in canon.values()))


def _is_title_chinh_phu(clean: str, start: int) -> bool:
    return bool(regex.search(r"Thủ\ tướng\ $", clean[max(0, start - 12):start]))


@functools.lru_cache(maxsize=1)
def _org_words() -> dict[str, list[tuple[str, ...]]]:
    """First syllable -> the lowercase entries of org_words.txt that start with it (longest first)."""
    from .normalize import fold
    from .resources import read_text

    out: dict[str, list[tuple[str, ...]]] = {}
    for line in read_text("org_words.txt").splitlines():
        line = fold(line.strip())
        if line and not line.startswith("#"):
            syl = tuple(line.split())
            out.setdefault(syl[0], []).append(syl)
    for v in out.values():
        v.sort(key=len, reverse=True)
    return out


def _generic_end(clean: str, pos: int, limit: int) -> int:
    """End of a name that starts at ``pos`` (the word after the head).

    Capitalised words and abbreviations go on; lowercase words go on only as entries of
    ``org_words.txt``; "và" only between two parts; a personal name ends it.
    """
    words = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(clean, pos, min(limit, pos + 200))]
    # Only the words joined by single spaces belong to one name.
    joined = []
    prev_end = pos
    for w in words:
        if w[0] != prev_end and clean[prev_end:w[0]] != " ":
            break
        joined.append(w)
        prev_end = w[1]
    lex = _org_words()
    end = pos
    i = 0
    n = len(joined)
    while i < n and i < 16:
        w = joined[i][2]
        if _CAP.match(w) or "&" in w:
            if names.is_surname(w) and i > 0:  # a personal name after the organisation
                run = [joined[k] for k in range(i, min(n, i + 4)) if _CAP.match(joined[k][2])]
                k = len(run)
                while k >= 2 and not names.name_ok([x[2] for x in run[:k]]):
                    k -= 1
                if k >= 2 and (i + k >= n or not _CAP.match(joined[i + k][2])):
                    break
            end = joined[i][1]
            i += 1
            continue
        if i == 0:
            break
        if i >= 2 and provinces.is_province_name(joined[i - 2][2] + " " + joined[i - 1][2]):
            break  # a place ends the name: "Tỉnh ủy Bạc Liêu chỉ đạo" -> "Tỉnh ủy Bạc Liêu"
        step = 0
        if w == "và" and i + 1 < n:
            nxt = joined[i + 1][2]
            if _CAP.match(nxt) or _lex_len(joined, i + 1, lex):
                step = 1
        else:
            step = _lex_len(joined, i, lex)
            if not step and _CAP.match(joined[i - 1][2]):
                # The rest of a word begun in capitals: "Kế hoạch", "Điều tiết", "Chứng khoán".
                step = max(0, _lex_len(joined, i - 1, lex, first_lower=True) - 1)
        if not step:
            break
        if w != "và":
            end = joined[i + step - 1][1]
        i += step
    return end


def _lex_len(words, i: int, lex, first_lower: bool = False) -> int:
    """How many words from ``i`` form an entry of org_words.txt (0 if none)."""
    first = words[i][2].lower() if first_lower else words[i][2]
    for entry in lex.get(first, ()):
        k = len(entry)
        if (first,) + tuple(w[2] for w in words[i + 1:i + k]) == entry:
            return k
    return 0


def canonical_names() -> dict[str, str]:
    """Lower-cased name or alias -> canonical name, for the table bodies."""
    return {k: v[0] for k, v in _tables().canon.items()}


def find(clean: str, start: int = 0, end: int | None = None) -> list[Found]:
    """Organisations in ``clean[start:end]``, non-overlapping, in text order."""
    t = _tables()
    end = len(clean) if end is None else end
    cands: list[Found] = []
    for m in t.named.finditer(clean, start, end):
        name, kind = t.canon.get(m.group().lower(), (m.group(), "other"))
        if name == "Chính phủ" and _is_title_chinh_phu(clean, m.start()):
            continue
        cands.append(Found(m.start(), m.end(), name, kind))
    for m in t.council.finditer(clean, start, end):
        place = m.group("place")
        # Keep the place up to a province name or the capitalised run, not a person after it.
        pm = provinces.pattern().search(clean, m.start("place"), m.end("place"))
        p_end = pm.end() if pm else m.end("place")
        if not pm and regex.match(r"(?i:tỉnh|thành phố|huyện|quận|xã|phường)\ ", place) is None:
            continue
        head = "HĐND" if m.group("head") in ("HĐND", "Hội đồng nhân dân") else "UBND"
        kind = "people's committee" if head == "UBND" else "other"
        cands.append(Found(m.start(), p_end, f"{head} {clean[m.start('place'):p_end]}", kind))
    for m in t.heads.finditer(clean, start, end):
        e = _generic_end(clean, m.end(), end)
        if e <= m.end():
            continue
        text = " ".join(clean[m.start():e].split())
        hit = t.canon.get(text.lower())
        if hit:
            cands.append(Found(m.start(), e, hit[0], hit[1]))
            continue
        cands.append(Found(m.start(), e, text, t.head_kind[m.group("head")]))
    # A named body beats a head-word match that starts at the same place and runs on
    # ("Bộ Công Thương khen thưởng"); otherwise one overlap rule: longest first, then earliest.
    named_starts = {f.start for f in cands if f.name in _tables().canon_names}
    cands = [f for f in cands if not (f.start in named_starts and f.name not in _tables().canon_names)]
    cands.sort(key=lambda f: (-(f.end - f.start), f.start))
    taken: list[Found] = []
    for f in cands:
        if any(f.start < g.end and g.start < f.end for g in taken):
            continue
        taken.append(f)
    taken.sort(key=lambda f: f.start)
    return taken


def extract(doc) -> list[Organization]:
    out = []
    for f in find(doc.clean):
        out.append(doc.make(Organization, f.start, f.end, name=f.name, kind=f.kind))
    return out
