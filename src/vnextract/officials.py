"""Officials: named people holding a position, one record per person with all their mentions.

Written by hand because the Vietnamese NER models need Java or torch and still read "Thứ trưởng
Bộ Công Thương" as a location; and none links "ông Huy" back to "Cao Tường Huy". The press
writes a position in three ways, and all are read:

- title, organisation, name: "Thứ trưởng Bộ Công Thương Phan Thị Thắng", "Phó Thủ tướng Chính
  phủ Trần Hồng Hà", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng", "Cục trưởng Cục
  Quản lý giá (Bộ Tài chính) Nguyễn Anh Tuấn", "Chủ tịch HĐTV EVN Dương Quang Thành";
  "Bộ trưởng Tài chính" / "Bộ trưởng GTVT" mean the ministry ("Bộ Tài chính");
- name, then title: "Ông Cao Tường Huy, Quyền Chủ tịch UBND tỉnh Quảng Ninh", "Đại tá Tăng Văn
  Chi - Tổng giám đốc Tổng công ty xây dựng Lũng Lô";
- title [org], honorific, name: "Chủ tịch UBND tỉnh, ông Nguyễn Văn Yên", "Đại biện Đại sứ quán
  Hợp chúng quốc Hoa Kỳ tại Việt Nam, bà Caryn McClelland".

Foreign names ("Donald Trump", "Inoue Fukuzo", "Ursula von der Leyen") have no Vietnamese surname;
they are read only after a strong cue: a head-of-state, diplomatic or chief-executive title
("Tổng thống Donald Trump", "Thủ tướng Nhật Bản Kishida Fumio": the country is the ``org``), a
title with an organisation ("Tổng Giám đốc NTT East Inoue Fukuzo"), an honorific with a title in
apposition ("ông Lim Chiew Seng, Giám đốc Công ty ..."), or "title, ông/bà name". The words must
be Latin script and one at least impossible as a Vietnamese syllable (``names.looks_foreign``).

Titles come from ``titles.tsv`` with the prefixes that change them: Quyền (acting), Phó (deputy),
nguyên (former), Thường trực (standing); "tân" (newly appointed) is dropped from ``title``. A
name is 2-4 capitalised syllables starting with a surname (``names.py``). A Party post before
the post held keeps the whole title ("Bí thư Ban cán sự, Bộ trưởng"); "chính quyền" and "thẩm
quyền" are not "quyền" (acting). ``org`` is the organisation as written beside the title ("Bộ
NN&PTNT", "EVN"; a spelling that differs only in case gives the canonical name), else the first
later mention that gives one; "Bộ trưởng Tài chính" writes no body, so ``org`` is the ministry's
name "Bộ Tài chính". ``org_name`` is always the canonical name ("Bộ Nông nghiệp và Phát triển
nông thôn").

Later mentions join the person's ``mentions``: the full name again, "ông Huy" / "bà Thắng" /
"đồng chí Tuấn" / "Bộ trưởng Thể" (honorific or title + given name, when one person has that
given name), and the title alone when it can only be that person ("Quyền Chủ tịch UBND tỉnh Quảng
Ninh cho biết", "Thủ tướng yêu cầu"; not the institution "Thủ tướng Chính phủ"). A title with no
name (an unnamed title-holder), a byline and a citizen are not officials.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field

import regex

from . import names, organizations, scan
from .rules import ONE_SPACE, Words, fast_path
from .models import Mention, Official
from .resources import load_tsv

# The pipeline component (pipeline.COMPONENTS): the Article field it fills and the earlier
# components it reads (none).
ASSIGNS = "officials"
READS: tuple[str, ...] = ()

_NAME_SYL = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]{0,7}(?![\p{L}\p{M}\d])")
_HONORIFIC = regex.compile(r"(?:(?i:ông|bà|đồng\ chí)|Đại\ tá|Thượng\ tá|Trung\ tướng|Thiếu\ tướng|Đại\ tướng|TS\.?|PGS\.?|GS\.?)\ $")
_PAREN = regex.compile(r"\ ?\([^()\n]{1,80}\)")


# The Party body a secretary leads inside the organisation named after the next title: "Bí thư
# Ban cán sự (đảng), Bộ trưởng Bộ Tài chính", "Bí thư Đảng đoàn, Chủ tịch ...": one title, kept whole.
_PARTY_BODY = r"(?:Ban\ cán\ sự(?:\ (?i:đảng))?|Đảng\ đoàn)"
# A company name in Latin script before a Vietnamese name: "Vietjet Air", "Samsung Việt Nam" no.
_LATIN_RUN = regex.compile(r"[A-Z][A-Za-z0-9&.-]*(?:\ [A-Z][A-Za-z0-9&.-]*){0,3}(?=\ \p{Lu})")
_PARTICLES = "|".join(sorted(names.PARTICLES, key=len, reverse=True))
_PARTICLE = regex.compile(rf"(?:{_PARTICLES})(?=\ [A-Z])")
_SPACE_CAP = regex.compile(r"\ \p{Lu}")
_LATIN_TAIL = regex.compile(rf"(?:(?:[A-Z][\p{{L}}-]*|{_PARTICLES})\ ){{1,5}}[A-Z][\p{{L}}-]*$")
_APPOSITION = regex.compile(r"(?:,|\ -)\ $")  # "Ông Cao Tường Huy, Quyền Chủ tịch"
# "Chủ tịch UBND tỉnh, ông Nguyễn Văn Yên": title, a short phrase for the body, honorific.
_TITLE_COMMA_HON = regex.compile(r"(?P<o>\ [\p{Lu}][^,.;:()\n]{0,40}?)?,\ (?:(?i:ông|bà|ngài)|Mr\.?|Ms\.?)\ ")
# Honorifics right before a name; a foreign name is accepted after one of these.
_HON_BEFORE = regex.compile(r"(?:(?i:ông|bà|ngài)|Mr\.?|Mrs\.?|Ms\.?)\ $")


# Words that may open a title before the title itself (_title_re): "nguyên"/"tân" (former, newly
# appointed), "quyền" (acting), "phó" (deputy).
_FORMER = Words("nguyên|tân")
_ACTING = "quyền"
_DEPUTY = "phó"
_TITLE_PREFIXES = _FORMER + Words([_ACTING, _DEPUTY])


@functools.lru_cache(maxsize=1)
def _title_trigger() -> str:
    """Where a title can start (scan.py): a prefix of _title_re() or the first word of a title."""
    firsts = {r["title"].split(" ")[0].lower() for r in load_tsv("titles.tsv")}
    return "|".join(sorted(firsts | set(_TITLE_PREFIXES.first_words())))


@functools.lru_cache(maxsize=1)
def _title_begins() -> tuple[str, ...]:
    """What a match of _title_re() starts with, lower-cased: a prefix word and its space, or a
    title. On ``Starts.lowered()`` (which compares as IGNORECASE) this leaves out most trigger
    words ("bộ" of "cán bộ", "thị" of "thị trường") before the costly match."""
    return tuple(sorted(set(_TITLE_PREFIXES.openings()) | {r["title"].lower() for r in load_tsv("titles.tsv")}))


def _title_tried(clean: str, starts: scan.Starts) -> list[int]:
    """The starts of _title_trigger() where a title may begin (see _title_begins)."""
    tried = starts(_title_trigger())
    low = starts.lowered()
    if low is not None:
        begins = _title_begins()
        tried = [p for p in tried if low.startswith(begins, p)]
    return tried


fast_path("officials._title_re", lambda: _title_re(), "match",
          lambda s, p: p in _title_tried(s, scan.Starts(s)),
          lambda: [r["title"] for r in load_tsv("titles.tsv")] + list(_TITLE_PREFIXES))


@functools.lru_cache(maxsize=1)
def _title_re() -> regex.Pattern:
    bases = sorted((r["title"] for r in load_tsv("titles.tsv")), key=len, reverse=True)
    alts = "|".join(f"(?i:{regex.escape(b[0])}){regex.escape(b[1:])}" for b in bases)
    one = rf"(?:(?i:{_DEPUTY})\ )?(?:{alts})(?:\ (?i:thường\ trực))?"
    return regex.compile(
        rf"""
        (?<![\p{{L}}\p{{M}}])
        (?P<title>
          (?:(?P<mod>(?i:{_FORMER.alt()}))\ )?   # former / newly appointed
          (?:(?<!(?i:chính|thẩm|nhân|chủ|đặc|ủy|phân|toàn|trao)\ )  # not "chính quyền" (government),
             (?i:{_ACTING})\ )?                 # "thẩm quyền" (authority): acting
          {one}                             # "Phó Thủ tướng", "Chủ tịch HĐTV"
          (?:(?:\ {_PARTY_BODY})?,\ {one})?  # "Bộ trưởng, Chủ nhiệm"; "Bí thư Ban cán sự, Bộ trưởng"
        )
        (?![\p{{L}}\p{{M}}])
        """,
        regex.VERBOSE,
    )


@dataclass
class _Person:
    name: str
    start: int
    end: int
    title: str | None
    org: str | None
    org_name: str | None
    mentions: list[tuple[int, int]] = field(default_factory=list)


def _name_after(clean: str, pos: int) -> tuple[int, int] | None:
    """A personal name starting at ``pos`` that ends where the capitalised run ends."""
    syl = []
    p = pos
    while len(syl) < 5:
        m = _NAME_SYL.match(clean, p)
        if not m:
            break
        syl.append(m)
        if clean[m.end():m.end() + 1] != " ":
            break
        p = m.end() + 1
    if len(syl) < 2 or len(syl) > 4:
        return None
    if names.name_ok([m.group() for m in syl]):
        return pos, syl[-1].end()
    return None


def _foreign_after(clean: str, pos: int) -> tuple[int, int] | None:
    """A foreign name at ``pos`` ("Donald Trump") that the capitalised run does not go past."""
    words = []
    p = pos
    while len(words) < 6:
        m = names.FOREIGN_WORD.match(clean, p) or (
            words and _PARTICLE.match(clean, p))  # "Ursula von der Leyen"
        if not m:
            break
        words.append(m)
        if clean[m.end():m.end() + 1] != " ":
            break
        p = m.end() + 1
    if words and _SPACE_CAP.match(clean, words[-1].end(), words[-1].end() + 2):
        return None  # the run goes on with a word that is not part of a foreign name
    if names.foreign_name_ok([m.group() for m in words]):
        return pos, words[-1].end()
    return None


def _foreign_before(clean: str, end: int) -> tuple[int, int] | None:
    """A foreign name ending at ``end`` right after an honorific ("ông Inoue Fukuzo")."""
    m = _LATIN_TAIL.search(clean[max(0, end - 60):end])
    if not m:
        return None
    s = end - len(m.group())
    words = m.group().split(" ")
    for k in range(2, len(words) + 1):  # the shortest run after the honorific
        ws = words[-k:]
        start = end - len(" ".join(ws))
        if _HON_BEFORE.search(clean[max(0, start - 6):start]) and names.foreign_name_ok(ws):
            return start, end
    return None


def _name_before(clean: str, end: int) -> tuple[int, int] | None:
    """A personal name ending at ``end`` ("Ông Cao Tường Huy" + ", Quyền Chủ tịch")."""
    words = []
    p = end
    while len(words) < 6:
        m = _CAP_SYL_END.search(clean[max(0, p - 10):p])
        if not m:
            break
        s = p - len(m.group(1))
        if s > 0 and (clean[s - 1].isalpha() or clean[s - 1].isdigit()):
            break
        words.insert(0, (s, p, m.group(1)))
        if s == 0 or clean[s - 1] != " ":
            break
        p = s - 1
    cut = names.name_in_run(words) if len(words) >= 2 else None
    if not cut:
        return None
    i, _ = cut
    return words[i][0], end


_MINISTER = regex.compile(r"(?i:bộ\ trưởng|thứ\ trưởng)$")
_MINISTRY_WORDS = regex.compile(r"(?:[\p{Lu}][\p{L}\p{M}&]*|[a-zđ\p{Ll}\p{M}]+)(?:\ [\p{L}\p{M}&]+){0,4}")
# k capitalised words before another one: "Nhật Bản" in "Thủ tướng Nhật Bản Shinzo Abe"
_CAP_WORDS = {k: regex.compile(rf"(?:\p{{Lu}}[\p{{L}}\p{{M}}]*\ ){{{k - 1}}}\p{{Lu}}[\p{{L}}\p{{M}}]*(?=\ \p{{Lu}})")
              for k in (1, 2, 3)}
_TAN = regex.compile(r"^(?i:tân)\ ")

def _org_at(clean: str, pos: int, title: str) -> tuple[str | None, str | None, int]:
    """The organisation named right after a title: (as written, canonical name, end)."""
    if clean.startswith("Chính phủ", pos):  # "Thủ tướng Chính phủ Nguyễn Xuân Phúc"
        return "Chính phủ", "Chính phủ", pos + len("Chính phủ")
    f = organizations.find_at(clean, pos, min(len(clean), pos + 240))
    if f:
        # "Cục trưởng Cục Điều tiết điện lực, Bộ Công Thương": the first body is the post.
        written = " ".join(clean[pos:f.end].split())
        if written.casefold() == f.name.casefold():  # "Bộ Công thương": a spelling of the name
            written = f.name
        return written, f.name, f.end
    if _MINISTER.search(title):
        canon = organizations.canonical_names()
        words = _MINISTRY_WORDS.match(clean[pos:pos + 60])
        if words:
            parts = words.group().split(" ")
            for k in range(len(parts), 0, -1):  # "Bộ trưởng Tài chính" -> "Bộ Tài chính"
                cand = "Bộ " + " ".join(parts[:k])
                hit = canon.get(cand.lower())
                if hit:
                    # Nothing whole is written: the ministry's name stands for it.
                    return hit, hit, pos + len(" ".join(parts[:k]))
    e = organizations.foreign_company_at(clean, pos)
    if e:  # "Tổng Giám đốc NTT East"
        return clean[pos:e], clean[pos:e], e
    lm = _LATIN_RUN.match(clean, pos)
    if lm and _name_after(clean, lm.end() + 1):  # "Tổng Giám đốc Vietjet Air Đinh Việt Phương"
        return lm.group(), lm.group(), lm.end()
    for k in (3, 2, 1):  # "Thủ tướng Nhật Bản Shinzo Abe", "Tổng thống Mỹ Joe Biden"
        m = _CAP_WORDS[k].match(clean[pos:pos + 40])
        if m and organizations.is_country(m.group()):
            return m.group(), m.group(), pos + m.end()
    return None, None, pos


# Titles after which a foreign name may follow directly, with no organisation between: heads of
# state and government, diplomats, mayors, chief executives ("Tổng thống Donald Trump").
_FOREIGN_CUES = regex.compile(
    r"(?i:(?:phó\ )?(?:tổng\ thống|thủ\ tướng|ngoại\ trưởng|quốc\ vương|nhà\ vua|nữ\ hoàng|đại\ sứ|"
    r"đại\ biện|tổng\ lãnh\ sự|thị\ trưởng|tổng\ thư\ ký|ceo|giám\ đốc\ điều\ hành))$"
)


def _foreign_cue(title: str) -> bool:
    return bool(_FOREIGN_CUES.search(title))


def _clean_title(t: str) -> str:
    return _TAN.sub("", t)


_CAP_SYL_END = regex.compile(r"(\p{Lu}[\p{Ll}\p{M}]{0,7})$")
_INSTITUTION_OR_NAME = regex.compile(r"\ (?:Chính\ phủ|\p{Lu})")


_LM = regex.compile(r"[\p{L}\p{M}]")  # a letter or a mark: what the name boundaries exclude
_LU = regex.compile(r"\p{Lu}")
# What given names are made of (letters, marks, the hyphen of "Jae-in"): _given_at's assumption.
_GIVEN_CHARS = regex.compile(r"[\p{L}\p{M}-]+")
_SHORT_HONORIFICS = Words("ông|bà|đồng chí")  # "ông Huy", "bà Thắng", "đồng chí Tuấn"
_SHORT_HON = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:{_SHORT_HONORIFICS.alt(ONE_SPACE)})\ ")
_SHORT_TRIGGER = "|".join(_SHORT_HONORIFICS)


def _letter(clean: str, i: int) -> bool:
    """Whether ``clean[i]`` is a letter or a mark (\\p{L} or \\p{M}, as the regex engine says)."""
    c = clean[i]
    if c < "\x80":
        return c.isalpha()  # ASCII: the same letters as \p{L}, no marks
    return _LM.match(c) is not None


def _full_mentions(clean: str, people: dict[str, _Person]) -> list[tuple[int, int, _Person]]:
    """Mentions of the full names, as ``(?<!L)(?:names, longest first)(?!L)`` finditer gives them.

    Each name is found with str.find; at one position the longest name wins (the alternation
    tries it first), and a match hides those that start inside it (finditer goes on at its end).
    """
    n = len(clean)
    found = []
    for name, p in people.items():
        k = len(name)
        i = clean.find(name)
        while i >= 0:
            e = i + k
            if (i == 0 or not _letter(clean, i - 1)) and (e >= n or not _letter(clean, e)):
                found.append((i, -k, p))
            i = clean.find(name, i + 1)
    found.sort(key=lambda x: (x[0], x[1]))
    out = []
    last = 0
    for i, negk, p in found:
        if i >= last:
            out.append((i, i - negk, p))
            last = i - negk
    return out


def _given_at(clean: str, q: int, given: dict[str, int], limit: int, after_title: bool = False):
    """(end, given name) of the given name at ``q`` that the alternation of ``given`` (in its
    order) matches there before a non-letter, ``clean`` read up to ``limit``; None if none.

    Given names are letters, marks and hyphens (_GIVEN_CHARS), so a match ends at the end of
    the letters at ``q`` or at a hyphen inside them. ``after_title``: also not before a space
    and a capital (another word of a name).
    """
    best = None
    j = q
    while j < limit:
        c = clean[j]
        if c == "-":
            if j > q:
                k = given.get(clean[q:j])
                if k is not None and (best is None or k < best[0]):
                    best = (k, j)
        elif not _letter(clean, j):
            break
        j += 1
    if j > q and j <= limit:
        k = given.get(clean[q:j])
        if k is not None and (best is None or k < best[0]):
            best = (k, j)
    if best is None:
        return None
    k, e = best
    if after_title and e + 1 < limit and clean[e] == " " and _LU.match(clean, e + 1):
        # the alternation's first choice fails here: try the others in their order
        rest = {g: i for g, i in given.items() if i != k}
        return _given_at(clean, q, rest, limit, after_title) if rest else None
    return e, clean[q:e]


def _short_mentions(clean: str, starts, given: dict[str, int]):
    """(start, end, given) of "ông Huy", "bà Thắng", "đồng chí Tuấn", as finditer would give them."""
    n = len(clean)
    last = 0
    for p in starts(_SHORT_TRIGGER):
        if p < last:
            continue
        m = _SHORT_HON.match(clean, p)
        if m is None:
            continue
        hit = _given_at(clean, m.end(), given, n)
        if hit:
            yield p, hit[0], hit[1]
            last = hit[0]


def _short_mentions_re(clean: str, given: dict[str, int]):
    """_short_mentions and the title + given name reader by regexes built for this text."""
    given_alts = "|".join(regex.escape(g) for g in given)
    short = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?i:ông|bà|đồng\ chí)\ (?P<g>{given_alts})(?![\p{{L}}\p{{M}}])"
    )
    after_title = regex.compile(rf"\ (?P<g>{given_alts})(?![\p{{L}}\p{{M}}\ ]\p{{Lu}})(?![\p{{L}}\p{{M}}])")

    def after(te):
        g = after_title.match(clean, te, te + 12)
        return (g.end(), g.group("g")) if g else None

    shorts = [(m.start(), m.end(), m.group("g")) for m in short.finditer(clean)]
    return shorts, after


class _Cover:
    """Which positions fall inside a set of spans, in O(log n) per question."""

    def __init__(self, spans) -> None:
        ordered = sorted((s, e) for s, e, *_ in spans)
        self.starts = [s for s, _ in ordered]
        self.max_end = []
        m = -1
        for _, e in ordered:
            m = max(m, e)
            self.max_end.append(m)

    def covers(self, pos: int) -> bool:
        k = bisect.bisect_right(self.starts, pos)
        return k > 0 and self.max_end[k - 1] > pos


def extract(doc) -> list[Official]:
    clean = doc.clean
    people: dict[str, _Person] = {}
    used_titles: list[tuple[int, int]] = []
    bare_titles: list[tuple[int, int, str, str | None]] = []
    title_spans: list[tuple[int, int]] = []
    tried = _title_tried(clean, doc.starts)
    for tm in scan.finditer_at(_title_re(), tried, clean):
        ts, te = tm.span()
        title_spans.append((ts, te))
        title = _clean_title(tm.group("title"))
        # Pattern A: title [org] [(org)] name.
        org, org_name, pos = _org_at(clean, te + 1, title) if clean[te:te + 1] == " " else (None, None, te)
        if org is None:
            pos = te
        pm = _PAREN.match(clean, pos)
        if pm:
            pos = pm.end()
        span = _name_after(clean, pos + 1) if clean[pos:pos + 1] == " " else None
        if span is None and clean[pos:pos + 1] == " " and (org or _foreign_cue(title)):
            # "Tổng thống Donald Trump", "Tổng Giám đốc NTT East Inoue Fukuzo"
            span = _foreign_after(clean, pos + 1)
        if span is None:
            # Pattern B: name, title [org]: "Ông Cao Tường Huy, Quyền Chủ tịch ...",
            # "ông Inoue Fukuzo, Tổng Giám đốc NTT East".
            sep = _APPOSITION.search(clean[max(0, ts - 3):ts])
            if sep:
                span = _name_before(clean, ts - len(sep.group())) or _foreign_before(clean, ts - len(sep.group()))
        if span is None:
            # Pattern C: title [org], ông/bà name: "Đại biện Đại sứ quán Hoa Kỳ, bà Caryn McClelland".
            # Without an org read, a short phrase may stand for one: "Chủ tịch UBND tỉnh, ông Nguyễn Văn Yên".
            cm = _TITLE_COMMA_HON.match(clean[pos:pos + 60])
            if cm and (org is None or not cm.group("o")):
                q = pos + cm.end()
                span = _name_after(clean, q) or _foreign_after(clean, q)
                if span and cm.group("o"):
                    org = org_name = cm.group("o").strip()
        if span is None:
            bare_titles.append((ts, pos if org else te, title, org_name))
            continue
        name = clean[span[0]:span[1]]
        p = people.get(name)
        if p is None:
            people[name] = _Person(name, span[0], span[1], title, org, org_name)
        elif p.org is None and org:
            p.org, p.org_name = org, org_name
        used_titles.append((ts, te))

    if not people:
        return []
    by_given: dict[str, list[_Person]] = {}
    for p in people.values():
        by_given.setdefault(p.name.split(" ")[-1], []).append(p)
    # Every mention of a full name, as a finditer of the alternation of the names (longest
    # first) between non-letters would give them, found with str.find (no regex built per text).
    spans: list[tuple[int, int, _Person]] = _full_mentions(clean, people)
    covered = _Cover(spans)  # the full-name spans (in text order, disjoint)
    # "ông Huy", "bà Thắng", "Bộ trưởng Thể": honorific or title + given name.
    given = {g: k for k, g in enumerate(g for g in by_given if len(by_given[g]) == 1)}
    if given:
        if all(_GIVEN_CHARS.fullmatch(g) for g in given):
            shorts = _short_mentions(clean, doc.starts, given)
            after = lambda te: _given_at(clean, te + 1, given, min(len(clean), te + 12), after_title=True)
        else:  # a given name of other characters (never seen): the alternation itself
            shorts, after = _short_mentions_re(clean, given)
        for s, e, g in shorts:
            if not covered.covers(e - len(g)):
                spans.append((s, e, by_given[g][0]))
        for ts, te in title_spans:
            hit = after(te) if clean.startswith(" ", te) else None
            if hit and not covered.covers(te + 1):
                spans.append((ts, hit[0], by_given[hit[1]][0]))
    # A title alone that can only be one person: "Quyền Chủ tịch UBND tỉnh Quảng Ninh cho biết".
    spans.sort(key=lambda x: x[0])
    named = _Cover(spans)
    by_title: dict[str, list[_Person]] = {}  # people by their title, lower-cased (people order)
    for p in people.values():
        if p.title:
            by_title.setdefault(p.title.lower(), []).append(p)
    for ts, te, title, org in bare_titles:
        if named.covers(ts):
            continue
        if org is None and _INSTITUTION_OR_NAME.match(clean, te, te + 12):
            continue  # "Thủ tướng Chính phủ" is the institution; a capital may be an unread name
        cands = [p for p in by_title.get(title.lower(), ()) if org is None or p.org_name == org]
        if len(cands) == 1:
            spans.append((ts, te, cands[0]))
    spans.sort(key=lambda x: x[0])
    out = []
    by_person: dict[int, list[tuple[int, int]]] = {}
    for st, en, q in spans:
        if doc.in_scope(st):
            by_person.setdefault(id(q), []).append((st, en))
    for p in people.values():
        mine = by_person.get(id(p), [])
        ms = [doc.make(Mention, s, e) for s, e in mine]
        # The record points at the first mention of the full name that belongs to the article
        # (a teaser above the headline may name the person first).
        first = next(((s, e) for s, e in mine if clean[s:e] == p.name), (p.start, p.end))
        out.append((first[0], doc.make(Official, first[0], first[1], name=p.name, title=p.title,
                                       org=p.org, org_name=p.org_name, mentions=ms)))
    out.sort(key=lambda x: x[0])
    return [o for _, o in out]
