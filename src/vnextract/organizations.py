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
3. a head word from ``org_heads.tsv`` followed by a name: "Sở Công Thương", "Cục Điều tiết điện
   lực", "Tổng cục Hải quan", "Phòng CSGT", "Tổng công ty Sông Đà". Vietnamese names are in
   sentence case after their first word, so the name goes on through capitalised words, numbers
   and the lowercase words of ``org_words.txt``, and may start in lower case when it has a capital
   or a number later ("Ban chỉ đạo 389 Quốc gia", "Hội đồng nghiệm thu Nhà nước", "Tổng công ty
   xây dựng Lũng Lô"; "Ban chỉ đạo" alone names no body). Inside a name: "và" joins two parts of
   one name but not two bodies ("Cục Công nghiệp và Cục Hóa chất" is two); "về" in a national
   committee's name ("Ban Chỉ đạo quốc gia về phòng, chống thiên tai"); "của" + the body that set
   up a committee ("Ban chỉ đạo 138 của Chính phủ"); "tại" + a place after a mission or an
   association ("Đại sứ quán Hoa Kỳ tại Việt Nam"); a nested head ("Đảng ủy cơ quan Tổng cục Hải
   quan") and a place written with dots ("Thành ủy TP.HCM"). The name ends at punctuation, at a
   function word or verb, at a province or country followed by a lowercase word ("Cục Đăng kiểm
   Việt Nam thẩm định" -> "Cục Đăng kiểm Việt Nam"), at a capitalised word that opens a clause or
   a provision ("Ủy ban Hải quan Điều (17.2"), and before a person's name. A field abbreviation
   right after the head is spelled out in ``name`` ("Sở KH&CN" -> "Sở Khoa học và Công nghệ",
   "Chi cục HQ Mỹ Phước" -> "Chi cục Hải quan Mỹ Phước"; ``org_abbreviations.tsv``). A head with
   only a place is not a body ("Trung tâm Hà Nội"), except Party committees, police, radio and
   papers ("Tỉnh ủy Bạc Liêu"); "Đài Loan" is a country.
4. lower-case heads with an abbreviation ("phòng CSGT", "bộ GTVT"), and the police of a level
   with no place named ("CA tỉnh" -> "Công an tỉnh").
5. foreign companies in Latin script after a cue noun ("siêu thị OceanMart", "hãng tin Reuters")
   or a company title ("Tổng Giám đốc NTT East": an abbreviation or a company word is needed,
   "Donald Trump" has neither).

An agency that signs a photo credit ("Ảnh: Ngọc Hà/TTXVN") is not a mention.
"""

from __future__ import annotations

import functools
import operator
import re
from dataclasses import dataclass

import regex

from . import alphabet, names, overlaps, places, provinces, scan
from .rules import ONE_SPACE, Words, fast_path, first_char_split
from .models import Organization
from .resources import load_tsv, word_list

_START_END = operator.attrgetter("start", "end")  # a candidate's span, for overlaps.keep_longest

# The pipeline component (pipeline.COMPONENTS): the Article field it fills and the earlier
# components it reads (none).
ASSIGNS = "organizations"
READS: tuple[str, ...] = ()

# Lowercase words that end an organisation name: verbs, function words, quantifiers.
_STOP = word_list("org_stop")  # data/word_lists.tsv
_TOKEN = regex.compile(r"[^\s,.;:()\[\]\"'!?…]+")
_CAP = regex.compile(r"^(?:\p{Lu}|\d)")
_CAP_CHARS: dict[str, bool] = {}  # first character -> whether _CAP matches


def _cap(w: str) -> bool:
    """``_CAP.match(w)``: a capital or a digit first (the regex asked once per character)."""
    if not w:
        return False
    r = _CAP_CHARS.get(w[0])
    if r is None:
        r = _CAP_CHARS[w[0]] = _CAP.match(w[0]) is not None
    return r

# Tokens joined by single spaces ("Ban Chỉ đạo quốc gia"): _TOKEN words, one space between.
_RUN = regex.compile(r"[^\s,.;:()\[\]\"'!?…]++(?: [^\s,.;:()\[\]\"'!?…]++)*+")
# Capitalised words that open a clause or a provision, never the next word of a name written
# without punctuation after it ("Ủy ban Hải quan Điều (17.2 ...").
_CAP_STOP = word_list("org_cap_stop")  # data/word_lists.tsv
# Level words that make "X tỉnh/thành phố ..." a place phrase, not the first word of a name.
_LEVELS = word_list("org_levels")  # data/word_lists.tsv
# Heads that name a body with a place alone ("Tỉnh ủy Bạc Liêu", "Công an Hà Nội", "Đài Hà Nội");
# other heads with only a place are not a body ("Trung tâm Hà Nội" is the city centre).
_PLACE_HEADS = word_list("org_place_heads")  # data/word_lists.tsv
# Heads whose name may go on with "tại" + a place ("Đại sứ quán Hoa Kỳ tại Việt Nam").
_TAI_HEADS = word_list("org_tai_heads")  # data/word_lists.tsv
# Committee heads whose name may go on with "của" + the body that set them up ("Ban chỉ đạo
# 138 của Chính phủ", "Hội đồng Thẩm định của Bộ Tài chính").
_CUA_HEADS = word_list("org_cua_heads")  # data/word_lists.tsv
# Heads that the press also writes in lower case before an abbreviation ("phòng CSGT").
_LOWER_HEADS = word_list("org_lower_heads")  # data/word_lists.tsv
# Words before a Latin-script company name, longest first: "siêu thị OceanMart", "kênh truyền
# hình quốc tế CNN", "hãng tin Reuters", "hãng thông tấn AP".
_COMPANY_CUES = Words("chuỗi siêu thị|siêu thị|hãng hàng không|hãng thông tấn|hãng tin|hãng xe|hãng"
                      "|kênh truyền hình quốc tế|kênh truyền hình|kênh quốc tế|kênh|tờ báo|tờ|tập đoàn|công ty"
                      "|nhà mạng")
# One Latin-script word of a foreign name: capitalised or an abbreviation, no Vietnamese letter.
_LATIN_WORD = regex.compile(r"[A-Z][A-Za-z0-9&'.+-]*(?<![.'-])(?![\p{L}\p{M}\d])")
_ACRONYM = regex.compile(r"[A-Z][A-Z0-9&]+")
# English words that make a Latin-script run a company, not a person ("Samsung Electronics").
_COMPANY_WORDS = word_list("company_words")  # data/word_lists.tsv
# Vietnamese abbreviations in capitals that are not a foreign company ("Chủ tịch UBND tỉnh").
_VN_ABBREVIATIONS = word_list("vn_abbreviations")  # data/word_lists.tsv
_THU_TUONG = regex.compile(r"Thủ\ tướng\ $")
_LEVEL_PREFIX = regex.compile(r"(?i:tỉnh|thành phố|huyện|quận|xã|phường)\ ")
_CREDIT = regex.compile(r"(?i:ảnh|nguồn|đồ\ họa)[^.!?\n]*$")  # "Ảnh: Ngọc Hà/TTXVN"
_LEVEL_AFTER = regex.compile(r"\ (?:tỉnh|thành\ phố|huyện|quận|xã)(?![\p{L}\p{M}])")
_NATIONAL = regex.compile(r"(?i:quốc\ gia|chỉ\ đạo)")


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
    police: regex.Pattern
    lower_heads: regex.Pattern
    company_cue: regex.Pattern
    company_title: regex.Pattern
    named_by: scan.ByFirstChar  # ``named`` and ``heads`` by first letter, for match()
    heads_by: scan.ByFirstChar


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
    # Both alternations begin with the exact first letter of each word: one pattern per letter
    # (scan.ByFirstChar) gives the same match without trying the words of other letters.
    def named_re(words):
        alts = "|".join(_surface(s) for s in words)
        return regex.compile(rf"(?<![\p{{L}}\p{{M}}\d&])(?:{alts})(?![\p{{L}}\p{{M}}\d&])")

    named_by = scan.ByFirstChar(sorted(surfaces, key=len, reverse=True), named_re)
    head_kind = {r["head"]: r["kind"] for r in load_tsv("org_heads.tsv")}

    def heads_re(words):
        halts = "|".join(regex.escape(h) for h in words)
        # The word after the head may be lowercase ("Ban chỉ đạo 389 Quốc gia"); _generic_end decides.
        return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?P<head>{halts})\ (?=[\p{{L}}\d])")

    heads_by = scan.ByFirstChar(sorted(head_kind, key=len, reverse=True), heads_re)
    council = regex.compile(
        r"""
        (?<![\p{L}\p{M}])
        (?P<head>UBND|HĐND|Ủy\ ban\ nhân\ dân|Hội\ đồng\ nhân\ dân|Công\ an|CA)  # committee, council, police
        \ (?P<place>
          (?:(?i:tỉnh|thành\ phố|huyện|quận|thị\ xã|xã|phường)\ |T\.?P\.?\ ?|Tp\.?\ ?)?  # level
          \p{Lu}[\p{L}\p{M}.]*(?:\ \p{Lu}[\p{L}\p{M}]*){0,3}                       # the place
        )
        """,
        regex.VERBOSE,
    )
    police = regex.compile(
        r"""
        (?<![\p{L}\p{M}])
        (?:Công\ an|CA)\ (?P<level>tỉnh|thành\ phố|huyện|quận)   # "Công an tỉnh", "CA huyện"
        (?![\p{L}\p{M}\d]|\ \p{Lu}|\ (?i:tỉnh|thành|huyện|quận))  # no place named after it
        """,
        regex.VERBOSE,
    )
    lower = "|".join(regex.escape(h.lower()) for h in sorted(head_kind, key=len, reverse=True)
                     if h.lower() in _LOWER_HEADS)
    lower_heads = regex.compile(
        rf"""
        (?<![\p{{L}}\p{{M}}]|(?i:các|những|mọi|nhiều|từng)\ )   # not "các sở GTVT" (any of them)
        (?P<head>{lower})\ 
        (?P<abbr>\p{{Lu}}[\p{{Lu}}\d]*(?:[&-]\p{{Lu}}[\p{{Lu}}\d]*)*)   # "CSGT", "GTVT", "KH&ĐT"
        (?![\p{{L}}\p{{M}}\d&])
        """,
        regex.VERBOSE,
    )
    company_cue = regex.compile(
        r"""
        (?<![\p{L}\p{M}])
        (?:%s)
        \ (?=[A-Z])                                   # a Latin-script name follows
        """ % _COMPANY_CUES.alt(ONE_SPACE),
        regex.VERBOSE,
    )
    company_title = regex.compile(
        r"""
        (?<![\p{L}\p{M}])
        (?:(?i:phó)\ )?(?:(?i:tổng)\ )?(?i:giám\ đốc)(?:\ (?:điều\ hành|quốc\ gia))?   # (Tổng) Giám đốc
        \ (?=[A-Z])
        | (?<![\p{L}\p{M}])(?:CEO|(?:(?i:phó)\ )?Chủ\ tịch(?:\ HĐQT|\ Hội\ đồng\ quản\ trị)?)\ (?=[A-Z])
        """,
        regex.VERBOSE,
    )
    return _Tables(named_by.full, canon, heads_by.full, head_kind, council, frozenset(v[0] for v in canon.values()),
                   police, lower_heads, company_cue, company_title, named_by, heads_by)


@functools.lru_cache(maxsize=1)
def _first_words() -> dict[str, frozenset[str]]:
    """The first letters of each surface a capitalised pattern can start with (see _LETTERS)."""
    surfaces = []
    for r in load_tsv("organizations.tsv"):
        surfaces += [r["name"]] + [a for a in r["aliases"].split("|") if a]
    heads = [r["head"] for r in load_tsv("org_heads.tsv")]
    council = ["UBND", "HĐND", "Ủy ban nhân dân", "Hội đồng nhân dân", "Công an", "CA"]

    def firsts(words, lower=False):
        out = set()
        for w in words:
            m = _LETTERS.match(w)
            if m is None:
                raise ValueError(f"not capitalised, no trigger for it: {w!r}")
            out.add(m.group().lower() if lower else m.group())
        return frozenset(out)

    return {"named": firsts(surfaces, lower=True), "heads": firsts(heads), "council": firsts(council)}


_countries = places.countries


@functools.lru_cache(maxsize=None)
def _country_prefixes(head: str) -> tuple[str, ...]:
    """Countries whose name begins with a head word ("Đài Loan" with "Đài")."""
    return tuple(c for c in _countries() if c.startswith(head + " "))


def _ppat() -> scan.ByFirstChar:
    """provinces.pattern(), split by first letter (the regex engine would try every spelling at
    each word that _generic_end reads; those of another first letter cannot match there)."""
    return provinces.pattern_by_first_char()


first_char_split("organizations.named", lambda: _tables().named_by)
fast_path("organizations.company_cue", lambda: _tables().company_cue, "match",
          lambda s, p: s.startswith(_COMPANY_CUE_STARTS, p), _COMPANY_CUES)
first_char_split("organizations.heads", lambda: _tables().heads_by)


def _cap_triggers_in(text: str) -> tuple[list[int], list[int], list[int]]:
    return _cap_triggers(text, scan.Starts(text), _first_words())


fast_path("organizations.named.triggers", lambda: _tables().named_by.full, "match",
          lambda s, p: p in _cap_triggers_in(s)[0], lambda: _tables().named_by.words)
fast_path("organizations.council.triggers", lambda: _tables().council, "match",
          lambda s, p: p in _cap_triggers_in(s)[1], ["UBND tỉnh Quảng Ninh", "HĐND thành phố Hà Nội",
                                                      "Ủy ban nhân dân TP.HCM", "Hội đồng nhân dân xã Bình Minh"])
fast_path("organizations.police.triggers", lambda: _tables().police, "match",
          lambda s, p: p in _cap_triggers_in(s)[1], ["Công an tỉnh", "CA tỉnh Bình Định", "Công an huyện"])
fast_path("organizations.heads.triggers", lambda: _tables().heads_by.full, "match",
          lambda s, p: p in _cap_triggers_in(s)[2], lambda: _tables().heads_by.words)


def _company_title_tried(s: str, p: int) -> bool:
    starts = scan.Starts(s)
    low = starts.lowered()
    return p in starts(_COMPANY_TITLE_WORDS) and (low is None or low.startswith(_COMPANY_TITLE_STARTS, p))


fast_path("organizations.company_title", lambda: _tables().company_title, "match", _company_title_tried,
          ["Tổng Giám đốc", "Phó Tổng giám đốc", "Giám đốc điều hành", "CEO", "Chủ tịch HĐQT", "phó Chủ tịch",
           "Chủ tịch Hội đồng quản trị", "Samsung", "NTT East"])


def ppat_full(s: str) -> bool:
    """Whether ``s`` is exactly one province spelling ("TP.HCM", "tỉnh Quảng Ninh")."""
    m = _ppat().fullmatch(s)
    return bool(m)


is_country = places.is_country


@functools.lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    """Field abbreviation after a head -> the words it stands for ("KH&CN" -> "Khoa học và Công nghệ")."""
    out = {r["abbr"]: r["expansion"] for r in load_tsv("org_abbreviations.tsv")}
    for r in load_tsv("organizations.tsv"):
        if not r["name"].startswith("Bộ "):
            continue
        for a in r["aliases"].split("|"):
            rest = a[3:] if a.startswith("Bộ ") else ""
            if rest and not regex.search(r"\p{Ll}", rest):  # "Bộ KH&CN", not "Bộ Công thương"
                out.setdefault(rest, r["name"][3:])
    return out


def _is_title_chinh_phu(clean: str, start: int) -> bool:
    return bool(_THU_TUONG.search(clean[max(0, start - 12):start]))


@functools.lru_cache(maxsize=1)
def _org_words() -> dict[str, list[tuple[str, ...]]]:
    """First syllable -> the lowercase entries of org_words.txt that start with it (longest first)."""
    from .normalize import fold
    from .resources import read_text

    out: dict[str, list[tuple[str, ...]]] = {}
    for line in read_text("org_words.txt").splitlines():
        line = fold(line.strip())
        if line and not line.startswith("#"):
            # "^nghiên cứu": only the rest of a capitalised word ("Trung tâm Nghiên cứu"); in lower
            # case it is a verb ("Tổng cục Quản lý thị trường nghiên cứu ...").
            key = "^" if line.startswith("^") else ""
            syl = tuple(line.lstrip("^").split())
            out.setdefault(key + syl[0], []).append(syl)
    for v in out.values():
        v.sort(key=len, reverse=True)
    return out


def _joined_words(clean: str, pos: int, limit: int) -> list[tuple[int, int, str]]:
    """(start, end, word) of the words joined by single spaces from ``pos``: only those belong to
    one name. Each run is read with one match (_RUN) and split; "phòng, chống" is let through
    ("Ban Chỉ đạo quốc gia về phòng, chống thiên tai": the press writes it so)."""
    joined: list[tuple[int, int, str]] = []
    stop = min(limit, pos + 240)
    cur = pos
    if clean.startswith(" ", pos) and pos + 1 < stop:
        cur = pos + 1  # a single space before the first word
    while True:
        rm = _RUN.match(clean, cur, stop)
        if rm is None:
            break
        p = cur
        for tok in rm.group().split(" "):
            joined.append((p, p + len(tok), tok))
            p += len(tok) + 1
        cur = rm.end()
        if not (joined[-1][2] == "phòng" and clean.startswith(", ", cur)):
            break
        tm = _TOKEN.match(clean, cur + 2, stop)
        if tm is None or tm.group() != "chống":
            break
        cur += 2
    return joined


def _person_after(joined, i: int) -> bool:
    """Whether a personal name starts at word ``i`` (a surname, then a valid name that a
    lowercase word or the end follows), and so ends the organisation's name before it; not in
    "Công ty cổ phần Hoàng Anh Gia Lai", where a place ends the run."""
    n = len(joined)
    run = [joined[k] for k in range(i, min(n, i + 4)) if _cap(joined[k][2])]
    k = len(run)
    while k >= 2 and not names.name_ok([x[2] for x in run[:k]]):
        k -= 1
    ends_in_place = k >= 2 and provinces.is_province_name(" ".join(x[2] for x in run[k - 2:k]))
    return k >= 2 and not ends_in_place and (i + k >= n or not _cap(joined[i + k][2]))


def _lower_step(clean: str, joined, i: int, pos: int, end: int, head: str, lex) -> int:
    """How many lowercase words from ``i`` go on the name (0: it ends before them)."""
    n = len(joined)
    w = joined[i][2]
    if w == "và" and i > 0 and i + 1 < n:
        nxt = joined[i + 1]
        if _starts_body(clean, nxt[0]):
            return 0  # "Cục Công nghiệp và Cục Hóa chất": two bodies
        return 1 if _cap(nxt[2]) or _lex_len(joined, i + 1, lex) else 0
    if w == "về" and i > 0 and i + 1 < n and _NATIONAL.search(clean, pos, end):
        # "Ban Chỉ đạo quốc gia về hội nhập quốc tế", "Ủy ban Quốc gia về chuyển đổi số"
        return 1 if _lex_len(joined, i + 1, lex) or _cap(joined[i + 1][2]) else 0
    step = _lex_len(joined, i, lex)
    if not step and i > 0 and _cap(joined[i - 1][2]):
        # The rest of a word begun in capitals: "Kế hoạch", "Điều tiết", "Chứng khoán".
        step = max(0, _lex_len(joined, i - 1, lex, first_lower=True) - 1)
    if (not step and i > 0 and _cap(joined[i - 1][2]) and w not in _STOP
            and _place_at(joined, i + 1)):
        # The last syllable of a capitalised word before a province or a country:
        # "Trường Đại học Bách khoa Hà Nội".
        step = 1
    return step


def _generic_end(clean: str, pos: int, limit: int, head: str = "", depth: int = 0) -> int:
    """End of a name that starts at ``pos`` (the word after the head ``head``), or ``pos`` if none.

    Capitalised words, numbers and abbreviations go on; lowercase words go on only as entries of
    ``org_words.txt`` ("Ban chỉ đạo 389 Quốc gia"); "và" only between two parts of one name;
    "về" inside a national committee's name; "của" + a body after a committee head; "tại" + a
    place after a mission or association. A name written all in lowercase after its head needs a
    capitalised word or a number somewhere ("Hội đồng nghiệm thu Nhà nước", not "Ban chỉ đạo").
    A personal name, a place or a country followed by a lowercase word, and a capitalised word
    that opens a clause or a provision ("Điều", "Theo") end it.
    """
    joined = _joined_words(clean, pos, limit)
    lex = _org_words()
    t = _tables()
    ppat = _ppat()
    end = pos
    has_cap = False
    i = 0
    n = len(joined)
    while i < n and i < 24:
        w = joined[i][2]
        if _cap(w) or "&" in w:
            # a capitalised word, a number or an abbreviation
            if w in _CAP_STOP and i > 0:
                break  # "Ủy ban Hải quan Điều (17.2 ..." / run-on "... Theo đó"
            if i > 0 and names.is_surname(w) and _person_after(joined, i):
                break  # a personal name after the organisation
            pm = ppat.match(clean, joined[i][0])
            if pm and pm.end() > joined[i][1]:  # "Thành ủy TP.HCM": a place written with dots
                end = pm.end()
                has_cap = True
                while i < n and joined[i][0] < pm.end():
                    i += 1
                if end != (joined[i - 1][1] if i else end):
                    break
                continue
            hm = t.heads_by.match(clean, joined[i][0]) if i > 0 else None
            k = len(hm.group("head").split(" ")) if hm else 1  # "Đảng ủy cơ quan Tổng cục Hải quan"
            if i + k > n:
                break
            end = joined[i + k - 1][1]
            has_cap = True
            i += k
            continue
        # a lowercase word
        if i == 0 and w in _LEVELS:
            break  # "Trung tâm thành phố", "Công an tỉnh" (read by the committee rule)
        if w == "tại" and i > 0 and head in _TAI_HEADS and _place_at(joined, i + 1):
            # "Đại sứ quán Hoa Kỳ tại Việt Nam", "Hiệp hội doanh nghiệp châu Âu tại Việt Nam".
            i += 1
            continue
        if i > 0 and _ends_in_place(joined, i):
            break  # "Cục Đăng kiểm Việt Nam thẩm định": a place or country closes the name
        if w == "của" and i > 0 and head in _CUA_HEADS and depth == 0 and i + 1 < n:
            # "Ban Chỉ đạo phòng chống dịch của Bộ Tài chính": a committee of a body.
            body_end = _body_end(clean, joined[i + 1][0], limit)
            if body_end:
                end = body_end
                has_cap = True
            break
        step = _lower_step(clean, joined, i, pos, end, head, lex)
        if not step:
            break
        if any(_cap(x[2]) for x in joined[i:i + step]):
            has_cap = True  # "Ủy ban châu Âu"
        if w not in ("và", "về"):
            end = joined[i + step - 1][1]
        i += step
    return end if has_cap else pos


def _ends_in_place(joined, i: int) -> bool:
    """Whether the words just before ``i`` end with a province or a country name."""
    if not _cap(joined[i - 1][2]):
        return False  # places end in a capitalised word
    for k in (3, 2, 1):
        if i - k < 0:
            continue
        text = " ".join(w[2] for w in joined[i - k:i])
        if (k >= 2 and provinces.is_province_name(text)) or text in _countries():
            return True
    return False


def _place_at(joined, i: int) -> bool:
    """Whether a province or a country is named from word ``i`` on ("tại Việt Nam")."""
    for k in (3, 2, 1):
        if i + k > len(joined):
            continue
        text = " ".join(w[2] for w in joined[i:i + k])
        if (k >= 2 and provinces.is_province_name(text)) or text in _countries():
            return True
    return False


def _starts_body(clean: str, pos: int) -> bool:
    """Whether a head word, a named body or a committee starts at ``pos``."""
    t = _tables()
    return bool(t.heads_by.match(clean, pos) or t.named_by.match(clean, pos) or t.council.match(clean, pos))


def _body_end(clean: str, pos: int, limit: int) -> int | None:
    """End of the body named at ``pos`` ("Bộ Tài chính", "Chính phủ", "UBND tỉnh Nghệ An")."""
    t = _tables()
    best = None
    m = t.named_by.match(clean, pos, limit)
    if m:
        best = m.end()
    m = t.council.match(clean, pos, limit)
    if m:
        best = max(best or 0, m.end())
    m = t.heads_by.match(clean, pos, limit)
    if m:
        e = _generic_end(clean, m.end(), limit, m.group("head"), depth=1)
        if e > m.end():
            best = max(best or 0, e)
    return best


def _lex_len(words, i: int, lex, first_lower: bool = False) -> int:
    """How many words from ``i`` form an entry of org_words.txt (0 if none)."""
    first = words[i][2].lower() if first_lower else words[i][2]
    entries = lex.get(first, ())
    if first_lower:
        entries = sorted([*entries, *lex.get("^" + first, ())], key=len, reverse=True)
    for entry in entries:
        k = len(entry)
        if (first,) + tuple(w[2] for w in words[i + 1:i + k]) == entry:
            return k
    return 0


def canonical_names() -> dict[str, str]:
    """Lower-cased name or alias -> canonical name, for the table bodies."""
    return {k: v[0] for k, v in _tables().canon.items()}


def _council_at(clean: str, m) -> Found | None:
    """The committee, council or police of a place matched by ``council``, or None."""
    place = m.group("place")
    # Keep the place up to a province name or the capitalised run, not a person after it.
    pm = provinces.pattern().search(clean, m.start("place"), m.end("place"))
    p_end = pm.end() if pm else m.end("place")
    if not pm and _LEVEL_PREFIX.match(place) is None:
        return None
    head = m.group("head")
    if head in ("Công an", "CA"):
        return Found(m.start(), p_end, f"Công an {clean[m.start('place'):p_end]}", "agency")
    head = "HĐND" if head in ("HĐND", "Hội đồng nhân dân") else "UBND"
    kind = "people's committee" if head == "UBND" else "other"
    return Found(m.start(), p_end, f"{head} {clean[m.start('place'):p_end]}", kind)


def _canonical(head: str, rest: str) -> str:
    """Canonical name of a head-word match: field abbreviation after the head spelled out."""
    first, _, tail = rest.partition(" ")
    full = _abbreviations().get(first)
    if full:
        rest = full + (" " + tail if tail else "")
    return f"{head} {rest}"


def _in_credit(clean: str, start: int) -> bool:
    """Whether an agency at ``start`` is the source of a photo credit ("Ảnh: Ngọc Hà/TTXVN")."""
    if start == 0 or clean[start - 1] != "/":
        return False
    before = clean[max(0, start - 60):start]
    return bool(_CREDIT.search(before))


def _latin_run(clean: str, pos: int, limit: int) -> tuple[int, list[str]]:
    """The run of Latin-script capitalised words or abbreviations at ``pos`` ("NTT East")."""
    words: list[str] = []
    p = pos
    end = pos
    while len(words) < 5:
        m = _LATIN_WORD.match(clean, p, limit)
        if not m:
            break
        words.append(m.group())
        end = m.end()
        if clean[end:end + 1] != " ":
            break
        p = end + 1
    return end, words


def foreign_company_at(clean: str, pos: int, limit: int | None = None) -> int | None:
    """End of a foreign company named after a title at ``pos`` ("Tổng Giám đốc NTT East"), or None.

    A run of Latin-script words (no Vietnamese letter) that holds an abbreviation in capitals or a
    company word ("Group", "Corporation"); a personal name ("Donald Trump") has neither.
    """
    limit = len(clean) if limit is None else limit
    end, words = _latin_run(clean, pos, limit)
    if not words or _starts_body(clean, pos) or words[0] in _VN_ABBREVIATIONS:
        return None  # "Chủ tịch UBND tỉnh", "Giám đốc TP.HCM ..."
    if _LEVEL_AFTER.match(clean, end, end + 12):
        return None
    if not any(_ACRONYM.fullmatch(w) or w in _COMPANY_WORDS for w in words):
        return None
    if len(words) >= 4:  # "NTT East Inoue Fukuzo": a person after the company
        end = pos + len(" ".join(words[:2]))
    return end


def find_at(clean: str, pos: int, limit: int) -> Found | None:
    """The longest organisation that starts exactly at ``pos`` (a named body first), or None.

    The same rules as ``find`` restricted to one position: officials.py asks this for the body
    written right after a title, without scanning the rest of the window.
    """
    t = _tables()
    m = t.named_by.match(clean, pos, limit)
    if m:
        name, kind = t.canon.get(m.group().lower(), (m.group(), "other"))
        if not (name == "Chính phủ" and _is_title_chinh_phu(clean, pos)):
            return Found(pos, m.end(), name, kind)
    best: Found | None = None
    for f in _finds_at(clean, pos, limit):
        if best is None or f.end > best.end:
            best = f
    return best


def _finds_at(clean: str, pos: int, limit: int):
    t = _tables()
    m = t.council.match(clean, pos, limit)
    if m:
        f = _council_at(clean, m)
        if f:
            yield f
    m = t.police.match(clean, pos, limit)
    if m:
        yield Found(pos, m.end(), "Công an " + m.group("level"), "agency")
    m = t.heads_by.match(clean, pos, limit)
    if m:
        f = _head_found(clean, m, limit)
        if f:
            yield f
    m = t.lower_heads.match(clean, pos, limit)
    if m:
        yield _lower_head_found(m)


def _head_found(clean: str, m, limit: int) -> Found | None:
    """The organisation of a head-word match ("Sở KH&CN" -> "Sở Khoa học và Công nghệ"), or None."""
    t = _tables()
    head = m.group("head")
    e = _generic_end(clean, m.end(), limit, head)
    if e <= m.end():
        return None
    text = " ".join(clean[m.start():e].split())
    if any(text == c or text.startswith(c + " ") for c in _country_prefixes(head)):
        return None  # "Đài Loan" is a country, not a radio station
    rest = text[len(head) + 1:]
    if head not in _PLACE_HEADS and (provinces.is_province_name(rest) or is_country(rest) or ppat_full(rest)):
        return None  # "Trung tâm Hà Nội" is the city centre; "Tỉnh ủy Bạc Liêu" is a body
    hit = t.canon.get(text.lower())
    if hit:
        return Found(m.start(), e, hit[0], hit[1])
    name = _canonical(head, rest)
    hit = t.canon.get(name.lower())
    return Found(m.start(), e, *(hit if hit else (name, t.head_kind[head])))


def _lower_head_found(m) -> Found:
    """"phòng CSGT", "bộ GTVT": a head in lower case with an abbreviation."""
    t = _tables()
    cap = next(h for h in t.head_kind if h.lower() == m.group("head"))
    name = _canonical(cap, m.group("abbr"))
    hit = t.canon.get(name.lower())
    return Found(m.start(), m.end(), *(hit if hit else (name, t.head_kind[cap])))


# Triggers (scan.py): where each pattern of _tables() can start. Named bodies, heads, committees
# and the police open with a capital letter after a non-letter ("Bộ", "UBND", "Công an"), so they
# start at a capitalised word whose letters are the first letters of a surface (any case after
# the first letter for named bodies, exact for the others); the lower-case rules at their first word.
_LETTERS = regex.compile(r"\p{Lu}[\p{L}\p{M}]*")
_LOWER_HEAD_WORDS = "|".join(sorted({h.split()[0] for h in _LOWER_HEADS}))  # first words of _LOWER_HEADS
_COMPANY_CUE_WORDS = "|".join(_COMPANY_CUES.first_words())
_COMPANY_TITLE_WORDS = "phó|tổng|giám|ceo|chủ"
# What a match of these rules starts with (a trigger word alone says little: "công", "bộ"), to
# try the pattern only there: the cue and the lower-case heads exactly as written; the company
# title lower-cased (its words are case-insensitive; ``Starts.lowered()`` compares as IGNORECASE).
_COMPANY_CUE_STARTS = _COMPANY_CUES.openings()
_COMPANY_TITLE_STARTS = ("phó ", "tổng ", "giám đốc", "ceo ", "chủ tịch")


@functools.lru_cache(maxsize=1)
def _lower_head_starts() -> tuple[str, ...]:
    """The lower-case heads of ``lower_heads`` with their space ("phòng ", "chi cục ")."""
    return tuple(h.lower() + " " for h in _tables().head_kind if h.lower() in _LOWER_HEADS)


# The capitalised-word triggers without reading every capitalised word (the regex engine tests
# \p{Lu} at every character of the text). The trigger words are written in ASCII and Vietnamese
# letters ("plain"); the stdlib engine finds those with an ASCII capital first by a fast bitmap
# scan, str.find the few with another first letter ("Đảng", "Ủy"), and each hit is then checked
# with the exact \p{L}\p{M} / \p{Lu} classes to be a whole capitalised word.
_VIET_UPPER = alphabet.UPPER
_PLAIN_LETTERS = alphabet.LETTERS
# The one character outside _PLAIN_LETTERS whose str.lower() is plain letters only (KELVIN SIGN
# -> "k"): a word with it may lower-case to a trigger word, and the scan would not see it.
_LOWERS_TO_PLAIN = "\u212a"
_LM_LU = regex.compile(r"(?P<lu>\p{Lu})|[\p{L}\p{M}]")
_CHAR_CLASS: dict[str, int] = {}  # a non-ASCII character -> 2 capital letter, 1 other letter or mark, 0 neither


def _char_class(c: str) -> int:
    """2 for \\p{Lu}, 1 for another \\p{L} or \\p{M}, 0 else (as the regex engine says)."""
    if c < "\x80":
        return 2 if "A" <= c <= "Z" else 1 if "a" <= c <= "z" else 0
    k = _CHAR_CLASS.get(c)
    if k is None:
        m = _LM_LU.match(c)
        k = _CHAR_CLASS[c] = 0 if m is None else 2 if m.group("lu") else 1
    return k


def _trie(words: list[list[str]]) -> str:
    """One alternation of the words (lists of regex atoms) sharing their prefixes (scan.trie,
    exact tokens). The order does not matter here: each word is followed by a look-ahead for a
    letter that is not its own, so at most one word matches at a position."""
    return "(?:" + scan.trie(sorted(words, key=len, reverse=True), fold=str) + ")"


@functools.lru_cache(maxsize=1)
def _trigger_scan() -> tuple[re.Pattern, dict[str, re.Pattern]] | None:
    """Stdlib patterns of the capitalised trigger words of _first_words(), or None.

    A named body's first word may be in any case after its capital ("BỘ", "Bộ"); heads and
    committees exactly as written. Each pattern matches a trigger word not followed by a plain
    letter: (the words with an ASCII capital first, {other first letter: its words}).
    """
    fw = _first_words()
    exact = set(fw["heads"]) | set(fw["council"])
    words = [[re.escape(c) for c in w] for w in exact]
    for w in fw["named"]:
        words.append([re.escape(w[0].upper())] + [f"[{re.escape(c)}{re.escape(c.upper())}]" for c in w[1:]])
    plain = all(c in _PLAIN_LETTERS for w in exact | fw["named"] for c in w)
    if not plain or not all(w[0] in _VIET_UPPER for w in exact):
        return None
    letters = "".join(re.escape(c) for c in sorted(_PLAIN_LETTERS))
    after = f"(?![{letters}])"
    ascii_words = [w for w in words if w[0] < "\x80"]
    others: dict[str, list[list[str]]] = {}
    for w in words:
        if w[0] >= "\x80":
            others.setdefault(w[0], []).append(w)
    return (re.compile(_trie(ascii_words) + after),
            {c: re.compile(_trie(ws) + after) for c, ws in others.items()})


def _cap_triggers(clean: str, starts: scan.Starts, fw) -> tuple[list[int], list[int], list[int]]:
    """Starts of the capitalised words that may open a named body, a committee, a head word.

    The same lists as ``starts.cap_words_in(fw[...])`` (named ones case-insensitively), where a
    capitalised word is a run of letters and marks from its first capital on ("xBộ" is the word
    "Bộ", "KBộ" is not). A scan hit is kept when it is such a whole word.
    """
    scans = _trigger_scan()
    if scans is None or not starts.caseless_ok() or _LOWERS_TO_PLAIN in clean:
        return (starts.cap_words_in(fw["named"], ignorecase=True), starts.cap_words_in(fw["council"]),
                starts.cap_words_in(fw["heads"]))
    ascii_re, others = scans
    hits = [(m.start(), m.end()) for m in ascii_re.finditer(clean)]
    if others:
        for c, pat in others.items():
            find = clean.find
            p = find(c)
            while p >= 0:
                m = pat.match(clean, p)
                if m:
                    hits.append((p, m.end()))
                p = find(c, p + 1)
        hits.sort()
    named, council, heads = [], [], []
    fnamed, fcouncil, fheads = fw["named"], fw["council"], fw["heads"]
    n = len(clean)
    for p, e in hits:
        if e < n and clean[e] >= "\x80" and _char_class(clean[e]):
            continue  # the word goes on with a letter or mark the scan does not know
        j = p - 1
        while j >= 0:
            k = _char_class(clean[j])
            if k != 1:
                break  # 0: the word starts at p; 2: a capital earlier in the same word
            j -= 1
        if j >= 0 and k == 2:
            continue
        w = clean[p:e]
        if w.lower() in fnamed:
            named.append(p)
        if w in fcouncil:
            council.append(p)
        if w in fheads:
            heads.append(p)
    return named, council, heads


def find(clean: str, start: int = 0, end: int | None = None, starts: scan.Starts | None = None) -> list[Found]:
    """Organisations in ``clean[start:end]``, non-overlapping, in text order.

    ``starts``: the document's trigger positions (``Doc.starts``), when the caller has them.
    """
    t = _tables()
    end = len(clean) if end is None else end
    if starts is None:
        starts = scan.Starts(clean)

    fw = _first_words()

    def at(pattern: regex.Pattern, positions):
        return scan.finditer_at(pattern, positions, clean, end, start)

    def each(pattern: regex.Pattern, trigger: str, begins: tuple[str, ...], hay: str | None):
        """``pattern`` at the trigger words where ``hay`` (the text, or lowered) holds one of ``begins``."""
        found = starts(trigger)
        if hay is not None:
            found = [p for p in found if hay.startswith(begins, p)]
        return at(pattern, found)

    named_at, council_at, heads_at = _cap_triggers(clean, starts, fw)
    cands: list[Found] = []
    for m in at(t.named_by, named_at):
        name, kind = t.canon.get(m.group().lower(), (m.group(), "other"))
        if name == "Chính phủ" and _is_title_chinh_phu(clean, m.start()):
            continue
        if _in_credit(clean, m.start()):
            continue
        cands.append(Found(m.start(), m.end(), name, kind))
    for m in at(t.council, council_at):
        f = _council_at(clean, m)
        if f:
            cands.append(f)
    for m in at(t.police, council_at):
        # "Công an tỉnh" with no place after it: the province's police ("phòng CSGT (CA tỉnh)").
        cands.append(Found(m.start(), m.end(), "Công an " + m.group("level"), "agency"))
    head_end = -1
    for m in at(t.heads_by, heads_at):
        if m.start() < head_end:
            continue  # a head inside the name just read ("Văn phòng Ban chỉ đạo ..."): it loses anyway
        f = _head_found(clean, m, end)
        if f:
            cands.append(f)
            head_end = f.end
    lower_at = []
    for p in starts(_LOWER_HEAD_WORDS):
        for h in _lower_head_starts():
            # a capital after the head's space ("phòng CSGT"), not "ban hành", "cán bộ các"
            c = clean[p + len(h):p + len(h) + 1] if clean.startswith(h, p) else ""
            if c >= "\x80" or "A" <= c <= "Z":
                lower_at.append(p)
                break
    for m in at(t.lower_heads, lower_at):
        cands.append(_lower_head_found(m))
    for m in each(t.company_cue, _COMPANY_CUE_WORDS, _COMPANY_CUE_STARTS, clean):
        # "siêu thị OceanMart", "kênh truyền hình quốc tế CNN", "hãng tin Reuters".
        e, words = _latin_run(clean, m.end(), end)
        if words and not (len(words) == 1 and len(words[0]) == 1):
            cands.append(Found(m.end(), e, clean[m.end():e], "company"))
    for m in each(t.company_title, _COMPANY_TITLE_WORDS, _COMPANY_TITLE_STARTS, starts.lowered()):
        # "Tổng Giám đốc NTT East", "CEO Samsung Electronics".
        e = foreign_company_at(clean, m.end(), end)
        if e:
            cands.append(Found(m.end(), e, clean[m.end():e], "company"))
    # A named body beats a head-word match that starts at the same place and runs on
    # ("Bộ Công Thương khen thưởng"); otherwise the one overlap rule (overlaps.py): longest
    # first, then earliest.
    named_starts = {f.start for f in cands if f.name in _tables().canon_names}
    cands = [f for f in cands if not (f.start in named_starts and f.name not in _tables().canon_names)]
    return overlaps.keep_longest(cands, _START_END)


def extract(doc) -> list[Organization]:
    out = []
    for f in find(doc.clean, starts=doc.starts):
        out.append(doc.make(Organization, f.start, f.end, name=f.name, kind=f.kind))
    return out
