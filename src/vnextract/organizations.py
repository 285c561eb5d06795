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
   "Donald Trump" has neither), or closed by a company word ("Kolon Industries Inc").

Also (issue 12, 2017 archive): levels abbreviated with a dot ("UBND TP.Pleiku", "Công an
Q.Bình Thạnh"); heads in title case ("Ủy Ban", "Tổng Cục") and the press abbreviations "Cty",
"CTCP"; a ministry's fields joined otherwise ("Bộ Kế hoạch Đầu tư", "Bộ TN-MT") give the ministry;
"Chính phủ" or "Quốc hội" + a foreign country (with "Cộng hòa", "Vương quốc") is that state's body,
and its short form in the same article is the same body. "Cơ quan" + a field is an agency ("Cơ quan
Thống kê Canada"), + a service alone none ("Cơ quan Hải quan khởi tố"). The inspectorate of a level
and a place is read as a committee ("Thanh tra tỉnh Yên Bái"). After a post, a body ends before its holder's
name ("Giám đốc FBI James Comey", "Phó Chủ tịch Quân ủy Phạm Trường Long"). A head and a board's
kind alone ("Ban Quản lý dự án", "Viện Kiểm sát") names no body.

An agency that signs a photo credit ("Ảnh: Ngọc Hà/TTXVN") or a byline with its desk ("PV Đình
Thiệu/VOV miền Trung") is not a mention.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
import types
from dataclasses import dataclass
from typing import Mapping

import regex

from . import alphabet, names, overlaps, places, provinces, scan
from .rules import ONE_SPACE, Words, fast_path, first_char_split, first_chars, may_open
from .models import Organization
from .resources import load_tsv, read_by, word_list

_START_END = operator.attrgetter("start", "end")  # a candidate's span, for overlaps.keep_longest

# The pipeline component (pipeline.COMPONENTS): the Article field it fills and the earlier
# components it reads (none).
ASSIGNS = "organizations"
READS: tuple[str, ...] = ()

# Lowercase words that end an organisation name: verbs, function words, quantifiers.
_STOP = word_list("org_stop")  # data/word_lists.tsv
_TOKEN = regex.compile(r"[^\s,.;:()\[\]\"'!?…]+")
_CAP = regex.compile(r"^(?:\p{Lu}|\d)")


_IS_CAP = scan.CharIs(_CAP)  # a word's first character: _cap(w) is _IS_CAP[w[:1]], no regex call per word


def _cap(w: str) -> bool:
    """``_CAP.match(w)``: a capital or a digit first."""
    return _IS_CAP[w[:1]]

# Tokens joined by single spaces ("Ban Chỉ đạo quốc gia"): _TOKEN words, one space between.
_RUN = regex.compile(r"[^\s,.;:()\[\]\"'!?…]++(?: [^\s,.;:()\[\]\"'!?…]++)*+")
# _TOKEN and _RUN read by the standard engine: the same patterns, ~3x faster on these character
# runs (_joined_words reads a run at each name). The engines' \s differ only on U+001C-U+001F,
# control characters that normalize() drops from the clean text (tests/test_organizations.py).
_TOKEN_STD = re.compile(_TOKEN.pattern)
_RUN_STD = re.compile(_RUN.pattern)
# Capitalised words that open a clause or a provision, never the next word of a name written
# without punctuation after it ("Ủy ban Hải quan Điều (17.2 ...").
_CAP_STOP = word_list("org_cap_stop")  # data/word_lists.tsv
# Heads that name a body with a place alone ("Tỉnh ủy Bạc Liêu", "Công an Hà Nội", "Đài Hà Nội");
# other heads with only a place are not a body ("Trung tâm Hà Nội" is the city centre).
_PLACE_HEADS = word_list("org_place_heads")  # data/word_lists.tsv
# Heads that name a body with a written-out level and its place alone, besides _PLACE_HEADS
# ("Bệnh viện quận Thủ Đức", "Bệnh viện huyện Ba Vì"; 2017 archive).
_LEVEL_HEADS = word_list("org_level_heads")  # data/word_lists.tsv
_LEVEL_PLACE_HEADS = _PLACE_HEADS | _LEVEL_HEADS  # the heads a level and its place alone may follow
# Heads that name a body with a city or a province alone, as universities are named ("Đại học Cần
# Thơ", "ĐH Huế"; 2017 archive); "Trung tâm Hà Nội" is the city centre.
_CITY_HEADS = word_list("org_city_heads")  # data/word_lists.tsv
# Heads whose name may go on with "tại" + a place ("Đại sứ quán Hoa Kỳ tại Việt Nam").
_TAI_HEADS = word_list("org_tai_heads")  # data/word_lists.tsv
# Committee heads whose name may go on with "của" + the body that set them up ("Ban chỉ đạo
# 138 của Chính phủ", "Hội đồng Thẩm định của Bộ Tài chính").
_CUA_HEADS = word_list("org_cua_heads")  # data/word_lists.tsv
# Heads that the press also writes in lower case before an abbreviation ("phòng CSGT").
_LOWER_HEADS = word_list("org_lower_heads")  # data/word_lists.tsv
# Words whose last syllable is a lower-case head: no body opens there ("cán bộ TTGT" are cadres,
# "cơ sở KCB" a clinic, "hội sở NHCSXH" a head office, "nội bộ FBI", "Câu lạc bộ HAGL"; 2017 archive).
_HEAD_COMPOUNDS = Words("cán bộ|nội bộ|lạc bộ|cơ sở|hội sở|trụ sở")
_NOT_LOWER_HEAD_BEFORE = "".join(
    rf"(?<!(?i:{regex.escape(w.split(' ')[0])})\ (?={regex.escape(w.split(' ')[1])}\ ))" for w in _HEAD_COMPOUNDS)
# Words before a Latin-script company name (lower case, exact): the words of a company's trade
# or medium, longest first ("siêu thị OceanMart", "kênh truyền hình quốc tế CNN", "hãng tin
# Reuters", "hãng thông tấn AP", "nhà mạng Viettel"), then the company heads the press also writes
# in lower case there (org_heads.tsv, column reads: company_cue; "do tập đoàn Oshkosh sản xuất",
# "công ty DOJI", 2017 archive), lower-cased, longest first.
_TRADE_CUES = Words("chuỗi siêu thị|siêu thị|hãng hàng không|hãng thông tấn|hãng tin|hãng xe|hãng"
                    "|kênh truyền hình quốc tế|kênh truyền hình|kênh quốc tế|kênh|tờ báo|tờ|nhà mạng")
_COMPANY_CUE_HEADS = Words(h.lower() for h in read_by("org_heads.tsv", "company_cue", key="head")).longest_first()
_COMPANY_CUES = _TRADE_CUES + _COMPANY_CUE_HEADS
# Company titles before a foreign company's name: "Tổng Giám đốc NTT East", "Phó Tổng giám đốc",
# "Giám đốc điều hành", "CEO Samsung Electronics", "Phó Chủ tịch HĐQT". Each slot of the pattern
# (_tables().company_title) is one declaration; the first three are read in any case.
_TITLE_DEPUTY = Words("phó")                     # "Phó Tổng giám đốc", "Phó Chủ tịch"
_TITLE_GENERAL = Words("tổng")                   # "Tổng Giám đốc"
_TITLE_DIRECTOR = Words("giám đốc")
_TITLE_DIRECTOR_OF = Words("điều hành|quốc gia")  # "Giám đốc điều hành"
_TITLE_CEO = Words("CEO")                        # exact case, as the next two
_TITLE_CHAIR = Words("Chủ tịch")
_TITLE_BOARD = Words("HĐQT|Hội đồng quản trị")   # "Chủ tịch HĐQT"
# The slots a match of company_title can open with (for its trigger words and openings).
_TITLE_OPENERS = _TITLE_DEPUTY + _TITLE_GENERAL + _TITLE_DIRECTOR + _TITLE_CEO + _TITLE_CHAIR
# One Latin-script word of a foreign name: capitalised or an abbreviation, no Vietnamese letter.
_LATIN_WORD = regex.compile(r"[A-Z][A-Za-z0-9&'.+-]*(?<![.'-])(?![\p{L}\p{M}\d])")
_ACRONYM = regex.compile(r"[A-Z][A-Z0-9&]+")
# English words that make a Latin-script run a company, not a person ("Samsung Electronics").
_COMPANY_WORDS = word_list("company_words")  # data/word_lists.tsv
# Vietnamese abbreviations in capitals that are not a foreign company ("Chủ tịch UBND tỉnh").
_VN_ABBREVIATIONS = word_list("vn_abbreviations")  # data/word_lists.tsv
_THU_TUONG = regex.compile(r"Thủ\ tướng\ $")
# A level before a place, also abbreviated with a dot as the press writes it: "UBND TP.Pleiku",
# "Công an TX.Bến Cát", "UBND H. Phong Điền", "Công an Q.Bình Thạnh", "Công an P. An Lạc" (2017
# archive).
# The levels of the units people's committees, councils and police govern, written out: "UBND
# tỉnh", "Công an thị xã", "Phó chủ tịch quận Ngô Quyền" (also officials.py): data/unit_levels.tsv,
# the one declaration of the levels; the subsets below are its columns.
_LEVEL_ROWS = load_tsv("unit_levels.tsv")
UNIT_LEVELS = Words(r["level"] for r in _LEVEL_ROWS)
# The levels the press abbreviates with a dot before a place: "TX.Bến Cát", "Q.Gò Vấp", "H.Phong
# Điền", "P.An Lạc" (the city's "TP." is read beside them where a pattern takes it too).
_ABBR_LEVELS = Words(r["abbreviation"] for r in _LEVEL_ROWS if r["abbreviation"])
# The levels the press numbers, written out and abbreviated: "quận 2", "phường 12", "Q.2" (also officials).
NUMBERED_LEVELS = Words(r["level"] for r in _LEVEL_ROWS if r["numbered"] == "yes")
_NUMBERED_ABBR = Words(r["abbreviation"] for r in _LEVEL_ROWS if r["numbered"] == "yes")
# The levels of a police body named with no place after it: "Công an tỉnh", "CA huyện".
_POLICE_LEVELS = Words(r["level"] for r in _LEVEL_ROWS if r["police"] == "yes")
# The first word of each level ("thành" of "thành phố", "thị" of "thị xã"): a lower-case word that
# makes "X tỉnh/thành phố ..." a place phrase, not the next word of a name.
_LEVELS = frozenset(UNIT_LEVELS.first_words())
# The same without "thị xã" (a town), for the patterns that have not taken it so far:
# _LEVEL_PREFIX ("Công an thị xã Bến Cát" is no body yet) and officials' _TITLE_IS_HON.
UNIT_LEVELS_BUT_TOWN = Words(w for w in UNIT_LEVELS if w != "thị xã")
# A province's unit words and their abbreviation, from provinces (provinces.tsv): "tỉnh", "thành
# phố"; "TP", also dotted as the press writes it ("TP.", "T.P.", "Tp.": _UNIT_ABBREVIATION_FORMS).
_UNIT_WORDS = provinces.UNIT_WORDS
_UNIT_ABBREVIATIONS = provinces.UNIT_ABBREVIATIONS
_UNIT_ABBREVIATION_FORMS = provinces.abbreviation_forms(provinces.unit_words())
# The province unit words read as one word before a place inside a name ("Đại sứ quán Hoa Kỳ tại
# TP Hồ Chí Minh", "tại tỉnh Bình Dương"): those of one word and the abbreviations, {"TP", "tỉnh"}.
_ONE_WORD_UNITS = frozenset(_UNIT_ABBREVIATIONS) | frozenset(w for w in _UNIT_WORDS if " " not in w)
# The abbreviated levels a dot or a space may follow before a place ("TAND TP. Đà Nẵng", "Công an
# TX.Bến Cát"): "TP", "TX", "Q", "H", "P".
_DOTTED_LEVELS = frozenset(_UNIT_ABBREVIATIONS) | frozenset(_ABBR_LEVELS)
# UNIT_LEVELS_BUT_TOWN's levels of two words, by first word: {"thành": "phố"} (a level word taken
# apart by _generic_end).
_LEVEL_SECOND = {w.split(" ")[0]: w.split(" ")[1] for w in UNIT_LEVELS_BUT_TOWN if " " in w}
# A place read after a council or police with no province found opens with a level, written out
# or abbreviated.
_LEVEL_PREFIX = regex.compile(
    rf"(?:(?i:{UNIT_LEVELS_BUT_TOWN.alt(ONE_SPACE)})\ |(?:{_UNIT_ABBREVIATIONS.alt()}|{_ABBR_LEVELS.alt()})\.\ ?)")
_CREDIT = regex.compile(r"(?i:ảnh|nguồn|đồ\ họa)[^.!?\n]*$")  # "Ảnh: Ngọc Hà/TTXVN"
# A level after an abbreviation makes it a Vietnamese body, not a foreign company ("Giám đốc BQL
# huyện", "Giám đốc CDC thị xã"): any of UNIT_LEVELS.
_LEVEL_AFTER = regex.compile(rf"\ (?:{UNIT_LEVELS.alt(ONE_SPACE)})(?![\p{{L}}\p{{M}}])")
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
    head_of: dict[str, str]  # a head as matched (also in title case) -> the head of org_heads.tsv
    spelled: dict[str, str]  # a head -> its name in full ("Đoàn ĐBQH" -> "Đoàn đại biểu Quốc hội")
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
    head_rows = load_tsv("org_heads.tsv")
    head_kind = {r["head"]: r["kind"] for r in head_rows}
    spelled = {r["head"]: r["spelled"] for r in head_rows if r["spelled"]}

    def heads_re(words):
        halts = Words(words).alt(ONE_SPACE)
        # The word after the head may be lowercase ("Ban chỉ đạo 389 Quốc gia"); _generic_end decides.
        return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?P<head>{halts})\ (?=[\p{{L}}\d])")

    # Heads also written in title case ("Ủy Ban ATGT Quốc gia", "Tổng Cục Thuế", "Công Ty TNHH
    # Hoàn Cầu"; 2017 archive, ~25 per 5,000 articles): each later word capitalised too.
    head_of = {h: h for h in head_kind}
    for h in head_kind:
        head_of.setdefault(_title_case(h), h)
    heads = list(head_of)  # the heads, then their title-case forms not already a head
    heads_by = scan.ByFirstChar(sorted(heads, key=len, reverse=True), heads_re)
    council = regex.compile(
        r"""
        (?<![\p{L}\p{M}])
        (?P<head>""" + _COUNCIL_HEADS.alt(ONE_SPACE) + r""")  # committee, council, police, inspectorate
        \ (?P<place>
          (?:(?i:""" + UNIT_LEVELS.alt(ONE_SPACE) + r""")\ |(?:""" + _UNIT_ABBREVIATION_FORMS + r""")\ ?
            |(?:""" + _ABBR_LEVELS.alt() + r""")\.\ ?)?      # level; "TX.Bến Cát", "H.Phong Điền", "Q.Gò Vấp"
          (?:\p{Lu}[\p{L}\p{M}.]*(?:(?:\ |\ ?[-–]\ ?)\p{Lu}[\p{L}\p{M}]*){0,3}       # the place
                                                      # ("Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu")
            |(?<=(?:""" + _NUMBERED_ABBR.alt() + r""")\.\ ?)\d{1,2}(?![\d\p{L}]))  # a numbered district or ward: "Công an Q.2"
        )
        """,
        regex.VERBOSE,
    )
    police = regex.compile(
        r"""
        (?<![\p{L}\p{M}])
        (?:""" + (POLICE + _POLICE_ABBREVIATION).alt(ONE_SPACE) + r""")\ (?P<level>""" + _POLICE_LEVELS.alt(ONE_SPACE) + r""")   # "Công an tỉnh", "CA huyện"
        (?![\p{L}\p{M}\d]|\ \p{Lu}|\ (?i:""" + "|".join(_POLICE_LEVELS.first_words()) + r"""))  # no place named after it
        """,
        regex.VERBOSE,
    )
    lower = "|".join(regex.escape(h.lower()) for h in sorted(head_kind, key=len, reverse=True)
                     if h.lower() in _LOWER_HEADS)
    lower_heads = regex.compile(
        rf"""
        (?<![\p{{L}}\p{{M}}]|(?i:các|những|mọi|nhiều|từng)\ )   # not "các sở GTVT" (any of them)
        %s   # not "cán bộ TTGT" (cadres), "cơ sở KCB" (a clinic), "nội bộ FBI"
        (?P<head>{lower})\ 
        (?P<abbr>\p{{Lu}}[\p{{Lu}}\d]*(?:[&-]\p{{Lu}}[\p{{Lu}}\d]*)*)   # "CSGT", "GTVT", "KH&ĐT"
        (?![\p{{L}}\p{{M}}\d&])
        """ % _NOT_LOWER_HEAD_BEFORE,
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
        (?:(?i:%(deputy)s)\ )?(?:(?i:%(general)s)\ )?   # "Phó Tổng"
        (?i:%(director)s)(?:\ (?:%(director_of)s))?       # "Giám đốc (điều hành)"
        \ (?=[A-Z])
        | (?<![\p{L}\p{M}])
        (?:%(ceo)s                                         # "CEO"
          |(?:(?i:%(deputy)s)\ )?(?:%(chair)s)(?:\ (?:%(board)s))?)  # "Phó Chủ tịch HĐQT"
        \ (?=[A-Z])
        """ % dict(deputy=_TITLE_DEPUTY.alt(ONE_SPACE), general=_TITLE_GENERAL.alt(ONE_SPACE),
                   director=_TITLE_DIRECTOR.alt(ONE_SPACE), director_of=_TITLE_DIRECTOR_OF.alt(ONE_SPACE),
                   ceo=_TITLE_CEO.alt(ONE_SPACE), chair=_TITLE_CHAIR.alt(ONE_SPACE),
                   board=_TITLE_BOARD.alt(ONE_SPACE)),
        regex.VERBOSE,
    )
    return _Tables(named_by.full, canon, heads_by.full, head_kind, head_of, spelled, council, frozenset(v[0] for v in canon.values()),
                   police, lower_heads, company_cue, company_title, named_by, heads_by)


def _title_case(head: str) -> str:
    """``head`` with every word capitalised: "Ủy Ban" for "Ủy ban"."""
    return " ".join(w[:1].upper() + w[1:] for w in head.split(" "))


@functools.lru_cache(maxsize=1)
def _first_words() -> dict[str, frozenset[str]]:
    """The first letters of each surface a capitalised pattern can start with (see _LETTERS)."""
    surfaces = []
    for r in load_tsv("organizations.tsv"):
        surfaces += [r["name"]] + [a for a in r["aliases"].split("|") if a]
    heads = [r["head"] for r in load_tsv("org_heads.tsv")]
    council = list(_COUNCIL_HEADS)

    def firsts(words, lower=False):
        out = set()
        for w in words:
            m = _LETTERS.match(w)
            if m is None:
                raise ValueError(f"not capitalised, no trigger for it: {w!r}")
            out.add(m.group().lower() if lower else m.group())
        return frozenset(out)

    return {"named": firsts(surfaces, lower=True), "heads": firsts(heads), "council": firsts(council)}


# Bodies named by a level and a place right after them: committee, council, police, and the
# inspectorate ("Thanh tra tỉnh Yên Bái đã ra quyết định", dev 604; "Thanh tra thành phố Hà Nội",
# "Thanh tra huyện Đông Anh", 2017 archive).
# People's committees and councils (Luật Tổ chức chính quyền địa phương 2015): the abbreviation
# that names each body, and its name spelled out ("Ủy ban nhân dân tỉnh Quảng Ninh" is "UBND tỉnh
# Quảng Ninh", "Hội đồng nhân dân TP.HCM" "HĐND TP.HCM"). PEOPLES_BODIES, their four forms, also
# officials.py; the archive reads the pairs through pipeline.local_bodies.
PEOPLES_COMMITTEE = ("UBND", "Ủy ban nhân dân")
PEOPLES_COUNCIL = ("HĐND", "Hội đồng nhân dân")
PEOPLES_BODIES = Words((PEOPLES_COMMITTEE[0], PEOPLES_COUNCIL[0], PEOPLES_COMMITTEE[1], PEOPLES_COUNCIL[1]))
# Each form of PEOPLES_BODIES -> the abbreviation that names its body.
_PEOPLES_NAME = {form: body[0] for body in (PEOPLES_COMMITTEE, PEOPLES_COUNCIL) for form in body}
# The police and the inspectorate of a level ("Công an tỉnh", "CA huyện", "Thanh tra tỉnh"); POLICE
# and INSPECTORATE also close officials' titles ("Trưởng Công an huyện") and _BARE_BODY.
POLICE = Words("Công an")
_POLICE_ABBREVIATION = Words("CA")
INSPECTORATE = Words("Thanh tra")
_COUNCIL_HEADS = PEOPLES_BODIES + POLICE + _POLICE_ABBREVIATION + INSPECTORATE
# Each head of _COUNCIL_HEADS -> the head that names its body and the body's kind: "CA huyện Mê
# Linh" is "Công an huyện Mê Linh", an agency; "Ủy ban nhân dân tỉnh Quảng Ninh" is "UBND tỉnh
# Quảng Ninh", a people's committee. Built from the declarations above, so a head added to one of
# them is named (no KeyError in _council_at).
_HEAD_NAME: dict[str, tuple[str, str]] = {
    **{form: (name, "people's committee" if name == PEOPLES_COMMITTEE[0] else "other")
       for form, name in _PEOPLES_NAME.items()},
    **{w: (POLICE.words[0], "agency") for w in POLICE + _POLICE_ABBREVIATION},
    **{w: (w, "agency") for w in INSPECTORATE},
}
if set(_HEAD_NAME) != set(_COUNCIL_HEADS):
    raise RuntimeError("organizations: _HEAD_NAME and _COUNCIL_HEADS name different heads")

_countries = places.countries


@functools.lru_cache(maxsize=None)
def _country_prefixes(head: str) -> tuple[str, ...]:
    """Countries whose name begins with a head word ("Đài Loan" with "Đài")."""
    return tuple(c for c in _countries() if c.startswith(head + " "))


@functools.lru_cache(maxsize=None)
def _country_infixes(head: str) -> tuple[tuple[int, str], ...]:
    """Countries with a head word inside their name, with the offset of the head: ((4, "Tây Ban
    Nha"),) for "Ban"."""
    return tuple((c.index(" " + head + " ") + 1, c) for c in _countries() if " " + head + " " in c)


def _ppat() -> scan.ByFirstChar:
    """provinces.pattern(), split by first letter (the regex engine would try every spelling at
    each word that _generic_end reads; those of another first letter cannot match there)."""
    return provinces.pattern_by_first_char()


first_char_split("organizations.named", lambda: _tables().named_by)
fast_path("organizations.company_cue", lambda: _tables().company_cue, "match",
          lambda s, p: s.startswith(_COMPANY_CUE_STARTS, p), _COMPANY_CUES)
first_char_split("organizations.heads", lambda: _tables().heads_by)


@functools.lru_cache(maxsize=1)
def _head_openings() -> dict[str, tuple[str, ...]]:
    """What a match of ``heads`` starts with, by first character: a head as written and its
    space ("Tổng cục ")."""
    return scan.by_first_char(Words(_tables().heads_by.words).openings())


fast_path("organizations.heads.openings", lambda: _tables().heads_by.full, "match",
          lambda s, p: s.startswith(_head_openings().get(s[p:p + 1], ()), p), lambda: _tables().heads_by.words)


def _cap_triggers_in(text: str) -> tuple[list[int], list[int], list[int]]:
    return _cap_triggers(text, scan.Starts(text), _first_words())


fast_path("organizations.named.triggers", lambda: _tables().named_by.full, "match",
          lambda s, p: p in _cap_triggers_in(s)[0], lambda: _tables().named_by.words)
fast_path("organizations.council.triggers", lambda: _tables().council, "match",
          lambda s, p: p in _cap_triggers_in(s)[1], ["UBND tỉnh Quảng Ninh", "HĐND thành phố Hà Nội",
                                                      "Ủy ban nhân dân TP.HCM", "Hội đồng nhân dân xã Bình Minh",
                                                      "Thanh tra tỉnh Yên Bái"])
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
    """Whether ``s`` is exactly one province spelling ("TP.HCM", "tỉnh Quảng Ninh").

    A spelling opens with one of the capitalised words of _place_firsts() (the registered fast
    path "provinces.pattern": a match starts only at such a word): ``s`` opening otherwise is
    none, without the regex call."""
    firsts = _place_firsts()
    if firsts is not None:
        lm = _LETTERS.match(s)
        if lm is None or lm.group() not in firsts:
            return False
    m = _ppat().fullmatch(s)
    return bool(m)


@functools.lru_cache(maxsize=1)
def head_words() -> frozenset[str]:
    """The head words of org_heads.tsv ("Sở", "Tập đoàn", ...), made once."""
    return frozenset(_tables().head_kind)


def head_at(s: str, pos: int) -> int | None:
    """End of the head word of org_heads.tsv written at ``pos`` ("Tập đoàn", "Quân ủy"), or None."""
    m = _tables().heads_by.match(s, pos)
    return m.end("head") if m else None


def ppat_match(s: str, pos: int) -> int | None:
    """End of the province spelling that starts at ``pos`` ("Bình Định"), or None."""
    m = _ppat().match(s, pos)
    return m.end() if m else None


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
    """Whether "Chính phủ" at ``start`` is part of the title "Thủ tướng Chính phủ" with no name
    after it (the institution). "Thủ tướng Chính phủ Nguyễn Xuân Phúc" names the Government as
    the Prime Minister's body: a mention (dev 041, 209 gold)."""
    if not _THU_TUONG.search(clean[max(0, start - 12):start]):
        return False
    words = []
    for m in _NAME_WORD.finditer(clean, start + len("Chính phủ"), start + len("Chính phủ") + 40):
        if m.start() != start + len("Chính phủ") + sum(len(w) + 1 for w in words):
            break
        words.append(m.group(1))
    return not any(names.name_ok(words[:k]) for k in (4, 3, 2))


_NAME_WORD = regex.compile(r"\ (\p{Lu}[\p{Ll}\p{M}]{0,7})(?![\p{L}\p{M}\d])")


@functools.lru_cache(maxsize=1)
def _list_words() -> dict[str, list[tuple[str, ...]]]:
    """First syllable -> the entries of org_words.txt marked "," (items of a list inside a name)."""
    from .normalize import fold
    from .resources import read_text

    out: dict[str, list[tuple[str, ...]]] = {}
    for line in read_text("org_words.txt").splitlines():
        line = fold(line.strip())
        if line.startswith(","):
            syl = tuple(line[1:].split())
            out.setdefault(syl[0], []).append(syl)
    return out


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
            syl = tuple(line.lstrip("^,").split())
            out.setdefault(key + syl[0], []).append(syl)
    for v in out.values():
        v.sort(key=len, reverse=True)
    return out


@functools.lru_cache(maxsize=1)
def _org_words_any_case() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First syllable -> the entries of _org_words() under it and under "^" + it (what may follow a
    capitalised word), longest first: merged once for the whole table."""
    lex = _org_words()
    firsts = {k.removeprefix("^") for k in lex}
    return {f: tuple(sorted([*lex.get(f, ()), *lex.get("^" + f, ())], key=len, reverse=True)) for f in firsts}


def _joined_words(clean: str, pos: int, limit: int) -> list[tuple[int, int, str]]:
    """(start, end, word) of the words joined by single spaces from ``pos``: only those belong to
    one name. Each run is read with one match (_RUN) and split; "phòng, chống" is let through
    ("Ban Chỉ đạo quốc gia về phòng, chống thiên tai": the press writes it so), and so is a
    lowercase list after it ("phòng, chống tham nhũng, lãng phí, tiêu cực"; "Cục Cảnh sát phòng
    cháy, chữa cháy và cứu nạn, cứu hộ": the entries of org_words.txt marked ","), and three
    fields of one department ("Sở Văn hóa, Thể thao và Du lịch")."""
    joined: list[tuple[int, int, str]] = []
    add = joined.append
    stop = min(limit, pos + 240)
    cur = pos
    if clean.startswith(" ", pos) and pos + 1 < stop:
        cur = pos + 1  # a single space before the first word
    while True:
        rm = _RUN_STD.match(clean, cur, stop)
        if rm is None:
            break
        p = cur
        for tok in rm.group().split(" "):
            e = p + len(tok)
            add((p, e, tok))
            p = e + 1
        cur = rm.end()
        fm = _THREE_FIELDS.match(clean, cur, stop) if clean.startswith(_THREE_FIELDS_OPEN, cur) else None
        if fm and not _IS_CAP[joined[-1][2][:1]] and _field_at(clean, fm.start("b"), stop) and _field_at(clean, fm.start("c"), stop):
            # "Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Định": three fields of one department
            cur += 2
            continue
        if not clean.startswith(", ", cur) or (_IS_CAP[joined[-1][2][:1]] and joined[-1][2] != "Phòng"):
            break  # "Cục Phòng, chống HIV/AIDS" goes on
        tm = _TOKEN_STD.match(clean, cur + 2, stop)
        if tm is None:
            break
        if not ((joined[-1][2] in ("phòng", "Phòng") and tm.group() == "chống")
                or (_list_item_before(joined) and _list_item_at(clean, cur + 2, stop))):
            break
        cur += 2
    return joined


def _person_after(joined, i: int, lex) -> int:
    """How many words of a personal name start at word ``i`` (0: none; a surname, then a valid name that a
    lowercase word or the end follows), and so ends the organisation's name before it; not in
    "Công ty cổ phần Hoàng Anh Gia Lai", where a place ends the run. The name is read from the
    capitalised words right after, up to a field word ("Tập Đoàn Khoa học": "Khoa học" is a
    field, not a given name; dev 109)."""
    n = len(joined)
    run = []
    for k in range(i, min(n, i + 4)):  # the capitalised words right after: "Đào tạo" is none
        if not _IS_CAP[joined[k][2][:1]] or _lex_len(joined, k, lex, first_lower=True) > 1:
            break
        run.append(joined[k])
    k = len(run)
    while k >= 2 and not names.name_ok([x[2] for x in run[:k]]):
        k -= 1
    ends_in_place = k >= 2 and provinces.is_province_name(" ".join(x[2] for x in run[k - 2:k]))
    return k if k >= 2 and not ends_in_place and (i + k >= n or not _IS_CAP[joined[i + k][2][:1]]) else 0


def _lower_step(clean: str, joined, i: int, pos: int, end: int, head: str, lex, limit: int, depth: int,
                cont: bool) -> tuple[int, bool]:
    """How many lowercase words from ``i`` go on the name (0: it ends before them), and whether
    they are the lowercase rest of a capitalised word (``cont``: then the word after is not read
    as such a rest again, "Ban Tổ chức Trung ương")."""
    n = len(joined)
    w = joined[i][2]
    if (i > 0 and head in ("Bộ", "Sở") and w not in ("và", "về") and w not in _LEVELS and _IS_CAP[joined[i - 1][2][:1]]
            and loose_ministry(clean[joined[0][0]:joined[i - 1][1]])):
        return 0, cont  # a ministry's fields are whole: "Bộ TN-MT kiểm soát", "Sở Công Thương cần" (archive)
    if w == "và" and i > 0 and i + 1 < n:
        nxt = joined[i + 1]
        if _starts_body(clean, nxt[0]) and (depth or _body_end(clean, nxt[0], limit)):
            return 0, cont  # "Cục Công nghiệp và Cục Hóa chất": two bodies (not "và Phòng ngừa")
        if _place_at(joined, i + 1) and not _IS_CAP[_word_after_place(joined, i + 1)[:1]]:
            return 0, cont  # "Hội đồng Bảo an Liên Hợp Quốc và Đức": a country joins no name
        if nxt[2][:1].isdigit():
            return 0, cont  # "10 Ban thường vụ Tỉnh ủy và 5 Ban Cán sự Đảng": a count opens a list (2017 archive)
        return (1 if _IS_CAP[nxt[2][:1]] or _lex_len(joined, i + 1, lex) else 0), cont
    if w == "về" and i > 0 and i + 1 < n and _NATIONAL.search(clean, pos, end):
        # "Ban Chỉ đạo quốc gia về hội nhập quốc tế", "Ủy ban Quốc gia về chuyển đổi số"
        return (1 if _lex_len(joined, i + 1, lex) or _IS_CAP[joined[i + 1][2][:1]] else 0), cont
    step = _lex_len(joined, i, lex) if w in lex else 0  # (no entry opens with w: none)
    if not step and i > 0 and _IS_CAP[joined[i - 1][2][:1]]:
        # The rest of a word begun in capitals: "Kế hoạch", "Điều tiết", "Chứng khoán".
        step = max(0, _lex_len(joined, i - 1, lex, first_lower=True) - 1)
    if (not step and i > 0 and _IS_CAP[joined[i - 1][2][:1]] and w not in _STOP
            and _place_at(joined, i + 1)):
        # The last syllable of a capitalised word before a province or a country:
        # "Trường Đại học Bách khoa Hà Nội".
        step = 1
    if (not step and i > 0 and joined[i - 1][2][0].isupper() and not cont
            and not (_ABBREVIATION.fullmatch(joined[i - 1][2]) and not any(_IS_CAP[x[2][:1]] for x in joined[i + 1:i + 4]))
            and (head + " " + clean[joined[0][0]:joined[i - 1][1]]).lower() not in _tables().canon):
        # "Ban Tổ chức Trung ương" (_word_rest); an abbreviation has no lowercase rest unless the
        # name goes on in capitals ("Cty TNHH MTV đóng tàu Phà Rừng"), nor a body's whole name
        # ("Sở VHTT cần", "Bộ Tài chính cần"; 2017 archive)
        step = _word_rest(clean, joined, i, lex)
    return step, bool(step) and i > 0 and _IS_CAP[joined[i - 1][2][:1]] and not _IS_CAP[w[:1]]


_ABBREVIATION = regex.compile(r"[\p{Lu}\d&-]{2,}")  # "VHTT", "TN-MT", "NN&PTNT"


def _kind_at(clean: str, p: int) -> int:
    """_cap_word_kind of the capitalised word at ``p`` (0 if none starts there): for a word of a
    name (after a space), whether it is among the text's triggers of each kind, as _cap_triggers
    would list them (a capitalised word there is the letters from ``p`` on), without them."""
    m = _LETTERS.match(clean, p)
    if m is None:
        return 0
    kinds = _CAP_WORD_KINDS
    w = m.group()
    k = kinds.get(w)
    if k is None:
        if len(kinds) > _CAP_WORD_KINDS_MAX:
            kinds.clear()
        k = kinds[w] = _cap_word_kind(w)
    return k


@dataclass(frozen=True)
class _Triggers:
    """The starts of the words of ``clean`` where the named, committee and head patterns may
    match (_cap_triggers, the registered fast paths "organizations.*.triggers"), also as sets,
    and where a province spelling may (provinces' registered fast path): a word elsewhere is not
    tried."""
    clean: str
    named_at: list[int]  # ascending, as _cap_triggers gives them
    council_at: list[int]
    heads_at: list[int]
    named: frozenset[int]
    council: frozenset[int]
    heads: frozenset[int]
    places: frozenset[int] | None  # where a province spelling may start (None: anywhere)


def _generic_end(clean: str, pos: int, limit: int, head: str = "", depth: int = 0,
                 triggers: _Triggers | None = None) -> int:
    """End of a name that starts at ``pos`` (the word after the head ``head``), or ``pos`` if none.

    Capitalised words, numbers and abbreviations go on; lowercase words go on only as entries of
    ``org_words.txt`` ("Ban chỉ đạo 389 Quốc gia"); "và" only between two parts of one name;
    "về" inside a national committee's name; "của" + a body after a committee head; "tại" + a
    place after a mission or association. A name written all in lowercase after its head needs a
    capitalised word or a number somewhere ("Hội đồng nghiệm thu Nhà nước", not "Ban chỉ đạo").
    A personal name, a place or a country followed by a lowercase word, and a capitalised word
    that opens a clause or a provision ("Điều", "Theo") end it.

    ``triggers``: where in ``clean`` a named body, a committee or a head may start, when known.
    """
    joined = _joined_words(clean, pos, limit)
    if triggers is not None and triggers.clean is not clean:
        triggers = None
    lex = _org_words()
    t = _tables()
    ppat = _ppat()
    end = pos
    has_cap = False
    cont = False  # the word before is the lowercase rest of a capitalised word ("Tổ chức")
    pm_at = (-1, None)  # the last place pattern match tried: (where, the match or None)
    # without the text's triggers, what the capitalised word at a start may open is asked of the
    # word itself (_kind_at: the same test); a province may start anywhere if no table says where
    places_anywhere = triggers is None and _place_firsts() is None
    i = 0
    n = len(joined)
    while i < n and i < 24:
        w = joined[i][2]
        if (w in ("-", "–") and 0 < i < n - 1 and joined[i - 1][2].isalpha() and _IS_CAP[joined[i + 1][2][:1]]
                and _lex_len(joined, i + 1, lex, first_lower=True) > 1 and not _starts_body(clean, joined[i + 1][0])):
            # "Phòng Giáo dục – Đào tạo huyện Cẩm Mỹ", "Ban Văn hóa - Xã hội": two fields joined by
            # a dash inside one name (the press also writes "GD-ĐT"); archive 2017
            i += 1
            continue
        if _IS_CAP[w[:1]] or "&" in w:
            # a capitalised word, a number or an abbreviation
            cont = False
            p = joined[i][0]
            kind = _kind_at(clean, p) if triggers is None else 0
            if (w in _CAP_STOP and (i > 0 or w == "Trưởng")) or (w == "Giám" and i + 1 < n and joined[i + 1][2] == "đốc"):
                # "Cục Trưởng Cục ...": a title; "Ban Giám đốc Công an ...": a board, no body
                break  # "Ủy ban Hải quan Điều (17.2 ..." / run-on "... Theo đó"
            if (names.is_surname(w) and not (head in _SCHOOL_HEADS and _no_proper_name(joined, i))
                    and not (i > 1 and joined[0][2] in _SCHOOL_HEADS and _no_proper_name(joined[1:], i - 1))
                    and (i > 0 or (w in _COMMON_SURNAMES and _holder_head(clean, pos, head, depth)))
                    and not (i > 0 and joined[i - 1][2] in _LEVELS and w not in _COMMON_SURNAMES)
                    and _person_after(joined, i, lex) > (1 if i == 0 or w in _COMMON_SURNAMES else 2)):
                # a personal name after the organisation; a school is named after a person
                # ("Trường Đại học Y khoa Phạm Ngọc Thạch", "Trường THPT Phan Đình Phùng"; dev 310),
                # also a school inside a body's name ("Đảng ủy Trường ĐH Y khoa Phạm Ngọc Thạch");
                # right after the head, a post's holder: "Phó Chủ tịch Quân ủy Phạm Trường Long",
                # "Chủ tịch HĐTV Tập đoàn Lê Văn Yên" (2017 archive; a company may bear a name); after
                # a level, a rarer surname opens the place ("Viện Kiểm sát Nhân dân huyện Triệu
                # Phong", dev 602), as in _council_at; after a proper word, two syllables with a
                # rarer surname are a place ("Công ty Dừa Lương Quới", dev 605)
                break
            nm = (t.named_by.match(clean, p)
                  if i > 0 and (triggers is None or p in triggers.named) else None)
            if nm and nm.end() > joined[i][1] and _RUN_STD.fullmatch(clean, joined[i][0], nm.end()):
                # "Đảng đoàn Quốc hội", "Văn phòng Trung ương Đảng": a named body inside the name
                end = nm.end()
                has_cap = True
                while i < n and joined[i][0] < nm.end():
                    i += 1
                continue
            cm = (t.council.match(clean, p)
                  if i > 0 and (kind & 2 if triggers is None else p in triggers.council) else None)
            cf = _council_at(clean, cm) if cm else None
            if cf and cf.end > joined[i][1] and not _RUN_STD.fullmatch(clean, joined[i][0], cf.end):
                # "Phòng Cảnh sát Hình sự Công an TP.Hà Nội": a committee or police with a dotted place
                end = cf.end
                has_cap = True
                break
            pm = (ppat.match(clean, p)
                  if (kind & 8 or places_anywhere if triggers is None
                      else triggers.places is None or p in triggers.places) else None)
            pm_at = joined[i][0], pm  # for _place_word at the next word
            if pm and pm.end() > joined[i][1]:  # "Thành ủy TP.HCM": a place written with dots
                end = pm.end()
                has_cap = True
                while i < n and joined[i][0] < pm.end():
                    i += 1
                if end != (joined[i - 1][1] if i else end):
                    break
                continue
            if ((i > 0 or head in _LEVEL_PLACE_HEADS) and (w in _DOTTED_LEVELS)
                    and clean.startswith((".", " "), joined[i][1])):
                pe = _level_place_end(clean, joined[i][0], limit)
                if pe:
                    # a level abbreviated before the place: "TAND TP. Đà Nẵng", "Cục Thuế TP.Hồ Chí
                    # Minh", "Công an TP.Hạ Long" (2017 archive, ~65 per 5,000 articles)
                    end = pe
                    has_cap = True
                    break
            if w == "T" and clean.startswith(".Ư", joined[i][1]):
                end = joined[i][1] + 2  # "Ban Tổ chức T.Ư" (Trung ương)
                has_cap = True
                break
            hm = (t.heads_by.match(clean, p)
                  if i > 0 and (kind & 4 if triggers is None else p in triggers.heads) else None)
            k = len(hm.group("head").split(" ")) if hm else 1  # "Đảng ủy cơ quan Tổng cục Hải quan"
            if i + k > n:
                break
            end = joined[i + k - 1][1]
            has_cap = True
            i += k
            continue
        # a lowercase word
        if i == 0 and w in _LEVELS:
            k = 2 if n > 1 and joined[1][2] == _LEVEL_SECOND.get(w) else 1  # "thành phố"
            pm = ppat.match(clean, joined[k][0]) if head in _PLACE_HEADS and n > k else None
            if pm:
                return pm.end()  # "Tỉnh ủy tỉnh Bà Rịa - Vũng Tàu" (dev 409)
            pe = _level_place_end(clean, joined[0][0], limit) if head in _LEVEL_PLACE_HEADS else None
            if pe:
                return pe  # "TAND huyện Xuân Lộc", "Bệnh viện quận Thủ Đức" (2017 archive)
            break  # "Trung tâm thành phố", "Công an tỉnh" (read by the committee rule)
        if i > 0 and w in _LEVELS:
            pe = _level_place_end(clean, joined[i][0], limit)
            if pe:
                # the unit's place closes the name: "Phòng Lao động, Thương binh và Xã hội huyện
                # Chương Mỹ", "Phòng Nội vụ huyện Chư Prông" (2017 archive)
                end = pe
                has_cap = True
                break
        if w == "tại" and i > 0 and head in _TAI_HEADS and i + 1 < n and (
                _place_at(joined, i + 1) or ppat.match(clean, joined[i + 1][0])
                or (joined[i + 1][2] in _ONE_WORD_UNITS and i + 2 < n and ppat.match(clean, joined[i + 2][0]))):
            # "Đại sứ quán Hoa Kỳ tại Việt Nam", "Hiệp hội doanh nghiệp châu Âu tại Việt Nam".
            i += 1
            continue
        if i > 0 and (_ends_in_place(joined, i) or _place_word(clean, ppat, joined[i - 1], pm_at)) and not (
                w in _LEVELS and i + 1 < n and ppat.match(clean, joined[i + 1 + (w in _LEVEL_SECOND)][0])):
            break  # "Cục Đăng kiểm Việt Nam thẩm định": a place or country closes the name
            # (not "Ủy ban MTTQ Việt Nam tỉnh Bình Định")
        if w == "của" and i > 0 and head in _CUA_HEADS and depth == 0 and i + 1 < n:
            # "Ban Chỉ đạo phòng chống dịch của Bộ Tài chính": a committee of a body.
            body_end = _body_end(clean, joined[i + 1][0], limit)
            if body_end:
                end = body_end
                has_cap = True
            break
        step, cont = _lower_step(clean, joined, i, pos, end, head, lex, limit, depth, cont)
        if not step:
            break
        if not has_cap and (_IS_CAP[w[:1]] or (step > 1 and any(_IS_CAP[x[2][:1]] for x in joined[i + 1:i + step]))):
            has_cap = True  # "Ủy ban châu Âu"
        if w not in ("và", "về"):
            end = joined[i + step - 1][1]
        i += step
    return end if has_cap else pos


# The posts whose holder's name may follow the body written after them: both before a head
# (_holder_head: "Phó Chủ tịch Quân ủy Phạm Trường Long", "Cục trưởng Cục", "Chánh Thanh tra") and
# before any organisation (_holder_cut: "Giám đốc FBI James Comey", "Tổng thư ký NATO Jens
# Stoltenberg"); then the posts only the one or the other reads, and what may qualify a post before
# a head ("Chủ tịch HĐTV Tập đoàn").
# The posts of both whose holder is often foreign and may be named right after the post too
# ("Tổng thư ký NATO Jens Stoltenberg", "Đại sứ Ted Osius", "CEO Tim Cook"): FOREIGN_HOLDER_POSTS, also read
# by officials' _FOREIGN_CUES; and the ministers ("Bộ trưởng Quốc phòng Mỹ James Mattis"), also
# officials' _MINISTER ("Bộ trưởng Tài chính" names the ministry).
_SECRETARY_GENERAL = Words("tổng thư ký")
_CUT_POSTS_ABROAD = Words("giám đốc điều hành|đại sứ|ceo")
FOREIGN_HOLDER_POSTS = _SECRETARY_GENERAL + _CUT_POSTS_ABROAD
MINISTER_POSTS = Words("bộ trưởng|thứ trưởng")
_HOLDER_POSTS = Words("chủ tịch|giám đốc") + _SECRETARY_GENERAL
_HEAD_HOLDER_POSTS = Words("bí thư|trưởng|chánh văn phòng|chánh|ủy viên|chủ nhiệm|thành viên")
_CUT_HOLDER_POSTS = (Words("giám đốc khu vực|giám đốc toàn cầu") + MINISTER_POSTS
                     + Words("người đứng đầu|thống đốc") + _CUT_POSTS_ABROAD)
_POST_QUALIFIERS = Words("thường trực|hội đồng thành viên|HĐTV|HĐQT")
# A post written right before a head, also as a word's end ("Cục trưởng Cục").
_POST_BEFORE_HEAD = regex.compile(rf"(?i:{(_HOLDER_POSTS + _HEAD_HOLDER_POSTS).alt(ONE_SPACE)})"
                                  rf"(?:\ (?i:{_POST_QUALIFIERS.alt(ONE_SPACE)}))?\ $")


def _holder_head(clean: str, pos: int, head: str, depth: int) -> bool:
    """Whether a personal name right after ``head`` (its name starts at ``pos``) is the holder of
    the post written before the head, not the body's name: state and Party bodies ("Phó Chủ tịch
    Quân ủy Phạm Trường Long", "Chánh Thanh tra Phan Văn Sáu") and "Tập đoàn" ("Chủ tịch HĐTV Tập
    đoàn Lê Văn Yên"); a school, hospital or company may bear a person's name ("Bệnh viện Bạch
    Mai"), and a body named after one is written without a post before it ("Hội đồng Nguyễn
    Phước Tộc"). 2017 archive."""
    if depth or head in _SCHOOL_HEADS or not (
            head == "Tập đoàn" or _tables().head_kind.get(head) in ("agency", "department", "party", "ministry")):
        return False
    hs = pos - len(head) - 1
    return _POST_BEFORE_HEAD.search(clean, max(0, hs - 40), hs) is not None


# Lowercase words that never go on a capitalised word of a name: verbs and adverbs that follow
# an organisation in the press ("Cục Thuế kiểm tra", "Sở Y tế thu hồi"); _STOP has the rest.
_NOT_REST = word_list("not_word_rest")  # data/word_lists.tsv
_RUN_END = regex.compile(r"\ ?[,.;:()\[\]\"'!?…]|\s*$")


def _word_rest(clean: str, joined, i: int, lex) -> int:
    """How many lowercase words from ``i`` are the rest of the capitalised word before them.

    Vietnamese names capitalise only the first syllable of each word after the head: "Ban Tổ
    chức Trung ương", "Ủy ban Kiểm tra Trung ương", "Trung tâm Hô hấp Bệnh viện Bạch Mai",
    "Công ty TNHH Dịch vụ Thương mại Tin học Shinhan", "Ngân hàng Quốc dân (NCB)" (dev 212, 411,
    109, 111). One lowercase syllable goes on a capitalised one when the name goes on after it
    (a capitalised word that is not a new body, a clause opener or a person; a word of
    org_words.txt; "và") or ends there at punctuation; two when a capitalised word follows them
    ("Công ty TNHH Nhà máy bia Heineken Việt Nam"). Verbs after a name ("Cục Thuế kiểm tra Công
    ty X") are not read (_STOP, _NOT_REST).
    """
    n = len(joined)
    for k in (1, 2):
        if i + k > n:
            return 0
        x = joined[i + k - 1][2]
        if _IS_CAP[x[:1]] or x in _STOP or x in _NOT_REST or not x.isalpha() or "&" in x:
            return 0
        if x == "ở" and (i + k == n or not _IS_CAP[joined[i + k][2][:1]]):
            return 0  # "ở" + a place goes on ("Đại học California ở Los Angeles"), "ở khu vực" not
        if i + k == n:  # the run ends after it
            return k if k == 1 and _RUN_END.match(clean, joined[i + k - 1][1]) else 0
        nxt = joined[i + k]
        if k == 1 and nxt[2] in ("-", "–") and (i + k + 1 == n or not _IS_CAP[joined[i + k + 1][2][:1]]):
            return 1  # a dash opens an apposition: "Ủy ban Thương mại Công bằng - một cơ quan" (2017 archive)
        if k == 1 and (nxt[2] == "kiêm" or nxt[2] in _STOP and nxt[2] not in ("về", "tại", "ra", "vào", "lên", "lại")):
            return 1  # "Trưởng phòng Tham mưu kiêm người phát ngôn"; "Tạp chí Cộng sản đã đăng"
        if nxt[2][0].isupper():
            if nxt[2] in _CAP_STOP or _person_at(joined, i + k, lex) or (k == 2 and _starts_body(clean, nxt[0])):
                return 0
            return k  # a body nested after one syllable: "Trung tâm Hô hấp Bệnh viện Bạch Mai"
        if k == 1 and (_lex_len(joined, i + k, lex) or nxt[2] == "và"):
            return k
    return 0


_THREE_FIELDS_OPEN = ", "  # what a match of _THREE_FIELDS starts with (also its fast path below)
_THREE_FIELDS = regex.compile(regex.escape(_THREE_FIELDS_OPEN)
                              + r"(?P<b>\p{Lu}[\p{Ll}\p{M}]*(?:\ [\p{Ll}\p{M}]+){0,2})\ và\ (?P<c>\p{Lu})")
fast_path("organizations._THREE_FIELDS", _THREE_FIELDS, "match", lambda s, p: s.startswith(_THREE_FIELDS_OPEN, p),
          [", Thể thao và Du lịch", ", Thương binh và Xã hội"])


def _field_at(clean: str, pos: int, stop: int) -> bool:
    """Whether a capitalised field word of org_words.txt is written at ``pos`` ("Thể thao")."""
    words = [(0, 0, w) for w in clean[pos:min(stop, pos + 40)].split(" ")[:4]]
    return bool(words) and _lex_len(words, 0, _org_words(), first_lower=True) > 1


def _list_item_before(joined) -> bool:
    """Whether the words read so far end with an entry of org_words.txt marked ","."""
    if joined[-1][2] not in _list_entry_lasts():
        return False  # no entry ends with the last word
    entries = _list_entries()
    return any(len(joined) >= k and tuple(w[2] for w in joined[-k:]) in entries for k in (1, 2, 3, 4))


@functools.lru_cache(maxsize=1)
def _list_entries() -> frozenset[tuple[str, ...]]:
    return frozenset(e for v in _list_words().values() for e in v)


@functools.lru_cache(maxsize=1)
def _list_entry_lasts() -> frozenset[str]:
    """The last words of _list_entries(): a list item ends with one of them."""
    return frozenset(e[-1] for e in _list_entries())


def _person_at(joined, i: int, lex) -> bool:
    """Whether a person's name starts at word ``i``: capitalised words in a row (not a field word
    like "Quốc gia", "Lương thực") that make a 2-4 syllable name."""
    run = []
    for k in range(i, min(len(joined), i + 4)):
        w = joined[k][2]
        if not _IS_CAP[w[:1]] or _lex_len(joined, k, lex, first_lower=True) > 1:
            break
        run.append(w)
    return any(names.name_ok(run[:k]) for k in range(len(run), 1, -1))


def _list_item_at(clean: str, pos: int, stop: int) -> bool:
    """Whether an entry of org_words.txt marked "," is written at ``pos``."""
    tm = _TOKEN_STD.match(clean, pos, stop)
    for entry in _list_words().get(tm.group() if tm else "", ()):
        e = pos + len(" ".join(entry))
        if clean.startswith(" ".join(entry), pos) and (e >= stop or not clean[e].isalpha()):
            return True
    return False


@functools.lru_cache(maxsize=1)
def _place_edges() -> tuple[frozenset[str], frozenset[str]]:
    """(first words, last words) of the names _place_at, _ends_in_place and _word_after_place
    read (the provinces of two words or more, the countries): no such name starts or ends
    with another word."""
    named = [p for p in places.province_names() if " " in p] + list(_countries())
    return frozenset(p.split(" ")[0] for p in named), frozenset(p.split(" ")[-1] for p in named)


def _word_after_place(joined, i: int) -> str:
    """The word after the province or country named from word ``i`` on ("" at the end)."""
    if i >= len(joined) or joined[i][2] not in _place_edges()[0]:
        return ""
    for k in (3, 2, 1):
        if i + k > len(joined):
            continue
        text = " ".join(w[2] for w in joined[i:i + k])
        if (k >= 2 and provinces.is_province_name(text)) or text in _countries():
            return joined[i + k][2] if i + k < len(joined) else ""
    return ""


def _ends_in_place(joined, i: int) -> bool:
    """Whether the words just before ``i`` end with a province or a country name."""
    if not _IS_CAP[joined[i - 1][2][:1]] or joined[i - 1][2] not in _place_edges()[1]:
        return False  # places end in a capitalised word
    for k in (3, 2, 1):
        if i - k < 0:
            continue
        text = " ".join(w[2] for w in joined[i - k:i])
        if (k >= 2 and provinces.is_province_name(text)) or text in _countries():
            return True
    return False


def _place_word(clean: str, ppat, word, tried=(-1, None)) -> bool:
    """Whether the capitalised word ``word`` (start, end, text) is a province spelled as one
    word ("TPHCM", "TP.HCM"): a lowercase word after it is no part of the name ("Sở GD-ĐT TPHCM
    chỉ đạo"; 2017 archive). ``tried``: (where, ``ppat.match`` there) when already asked."""
    if not _IS_CAP[word[2][:1]]:
        return False
    m = tried[1] if tried[0] == word[0] else ppat.match(clean, word[0])
    return m is not None and m.end() == word[1]


def _place_at(joined, i: int) -> bool:
    """Whether a province or a country is named from word ``i`` on ("tại Việt Nam")."""
    if i >= len(joined) or joined[i][2] not in _place_edges()[0]:
        return False
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
        e = _generic_end(clean, m.end(), limit, _tables().head_of[m.group("head")], depth=1)
        if e > m.end():
            best = max(best or 0, e)
    return best


def _lex_len(words, i: int, lex, first_lower: bool = False) -> int:
    """How many words from ``i`` form an entry of org_words.txt (0 if none); ``lex`` is
    _org_words(), and with ``first_lower`` the first word is read in any case, its entries taken
    from _org_words_any_case()."""
    first = words[i][2].lower() if first_lower else words[i][2]
    entries = _org_words_any_case().get(first, ()) if first_lower else lex.get(first, ())
    if not entries:
        return 0
    n = len(words)
    for entry in entries:  # longest first
        k = len(entry)
        if k == 1:
            return 1  # the word alone
        if i + k <= n:
            j = 1
            while j < k and words[i + j][2] == entry[j]:
                j += 1
            if j == k:
                return k
    return 0


@functools.lru_cache(maxsize=1)
def canonical_names() -> Mapping[str, str]:
    """Lower-cased name or alias -> canonical name, for the table bodies (made once, read-only)."""
    return types.MappingProxyType({k: v[0] for k, v in _tables().canon.items()})


# What a ministry's fields are joined with, which the press writes in many ways or leaves out:
# "Bộ Tài nguyên Môi trường", "Bộ Kế hoạch Đầu tư", "Bộ Lao động Thương binh và Xã hội", "Bộ
# TN-MT", "Bộ NN-PTNT", "Bộ LĐ-TB-XH", "Bộ GD ĐT" (2017 archive).
_FIELD_JOINS = regex.compile(r"(?:\s*[-–,&]\s*|\s+và\s+|\s+)")


def _loose_keys(rest: str) -> tuple[str, str]:
    """(the fields' words, their syllables' initials) of a ministry's fields: "tài nguyên môi
    trường", "TNMT" for "Tài nguyên và Môi trường"; abbreviations give ("", "TNMT")."""
    words = [w for w in _FIELD_JOINS.split(rest.strip()) if w]
    if words and all(w.isupper() for w in words):
        return "", "".join(words).upper()
    return " ".join(w.lower() for w in words), "".join(w[0].upper() for w in words)


@functools.lru_cache(maxsize=1)
def _loose_ministries() -> dict[str, str]:
    """A ministry's fields read loosely (_loose_keys) -> its canonical name."""
    out: dict[str, str] = {}
    for r in load_tsv("organizations.tsv"):
        if r["kind"] != "ministry" or not r["name"].startswith("Bộ "):
            continue
        words, initials = _loose_keys(r["name"][3:])
        out.setdefault(words, r["name"])
        if len(initials) >= 3:  # "Bộ TN-MT"; not two letters ("Bộ VH" may be any field)
            out.setdefault(initials, r["name"])
    return out


@functools.lru_cache(maxsize=4096)
def loose_ministry(rest: str) -> str | None:
    """The ministry whose fields ``rest`` writes with other joins or initials ("Kế hoạch Đầu
    tư", "TN-MT", "LĐ-TB-XH" -> "Bộ Kế hoạch và Đầu tư", ...), or None."""
    words, initials = _loose_keys(rest)
    return _loose_ministries().get(words or initials) if (words or initials) else None


# The most common family names, which no ward or district name begins with ("phường Tăng Nhơn
# Phú A" does, with a rarer one): the [W] list of surnames.tsv.
_COMMON_SURNAMES = word_list("common_surname")  # data/word_lists.tsv


def _council_at(clean: str, m) -> Found | None:
    """The committee, council or police of a place matched by ``council``, or None."""
    place = m.group("place")
    # Keep the place up to a province name or the capitalised run, not a person after it.
    pm = provinces.pattern().search(clean, m.start("place"), m.end("place"))
    p_end = pm.end() if pm else m.end("place")
    if not pm and _LEVEL_PREFIX.match(place) is None:
        return None
    if not pm:
        # "Trưởng Công an huyện Gia Viễn Nguyễn Văn Bình": the place ends before a person's name
        lv = _LEVEL_PREFIX.match(place)
        words = place[lv.end():].split(" ")
        if not words[0] or (lv.group().endswith(". ") and len(words) < 2):
            return None  # "Công an TP. Bí thư ...": a sentence ends after the abbreviation
        if len(words) >= 3 and words[0] in _COMMON_SURNAMES and names.name_ok(words[:4]):
            return None  # "Chủ tịch UBND tỉnh Nguyễn Văn An": a person, no place ("quận Lê Chân" is one)
        for j in range(1, len(words)):
            if names.is_surname(words[j]) and not names.is_surname_or_middle(words[j - 1]):
                if names.name_ok(words[j:j + 3]) or names.name_ok(words[j:j + 2]):
                    p_end = m.start("place") + lv.end() + len(" ".join(words[:j]))
                    break
    head = m.group("head")
    # "UBND H. Phong Điền" and "UBND H.Phong Điền" are one body: no space after an abbreviated level
    written = _ABBR_LEVEL_SPACE.sub(r"\1", clean[m.start('place'):p_end])
    name, kind = _HEAD_NAME[head]  # "Ủy ban nhân dân tỉnh Quảng Ninh" is "UBND tỉnh Quảng Ninh"
    return Found(m.start(), p_end, f"{name} {written}", kind)


_ABBR_LEVEL_SPACE = regex.compile(rf"^((?:{_ABBR_LEVELS.alt()})\.)\ ")

# A written-out level and the place of the unit after a head or inside a name: "huyện Xuân Lộc",
# "quận 3", "tỉnh Bà Rịa - Vũng Tàu" (the place as the committee pattern reads it).
_LEVEL_PLACE = regex.compile(
    r"""
    (?:(?:""" + UNIT_LEVELS.alt(ONE_SPACE) + r""")\                   # "huyện", "thị xã", "thành phố"
      |(?:""" + _UNIT_ABBREVIATIONS.alt() + r""")\.?\ ?|(?:""" + _ABBR_LEVELS.alt() + r""")\.\ ?)               # "TP. Đà Nẵng", "TP.Hạ Long", "Q.Gò Vấp"
    (?P<place>\p{Lu}[\p{L}\p{M}]*(?:(?:\ |\ ?[-–]\ ?)\p{Lu}[\p{L}\p{M}]*){0,3}   # "Thủ Đức", "Bà Rịa - Vũng Tàu"
      |\d{1,2}(?![\d\p{L}\p{M}]))                                     # "quận 3", "phường 12"
    (?![\p{L}\p{M}\d])
    """,
    regex.VERBOSE,
)


def _level_place_end(clean: str, pos: int, limit: int) -> int | None:
    """End of the level and place written at ``pos`` ("huyện Chương Mỹ", "quận 3"), or None.

    A province ends the place ("tỉnh Bình Dương Nguyễn Văn A"); else the place stops before a
    person's name ("huyện Gia Viễn Nguyễn Văn Bình", as _council_at), a clause opener that a
    lower-case word follows ("huyện Ba Vì Theo đó"; not "quận Hai Bà Trưng") or a body; "tỉnh
    Nguyễn Văn An" is a person, no place."""
    m = _LEVEL_PLACE.match(clean, pos, limit)
    if m is None:
        return None
    ps = m.start("place")
    pm = _ppat().match(clean, ps, m.end("place"))
    if pm:
        return pm.end()
    words = m.group("place").split(" ")
    if len(words) >= 3 and words[0] in _COMMON_SURNAMES and names.name_ok(words[:4]):
        return None  # "Giám đốc Sở Y tế tỉnh Nguyễn Văn An": a person, no place
    end = ps + len(words[0])
    for j in range(1, len(words)):
        wj = words[j]
        if wj in ("-", "–"):
            continue
        if (wj in _CAP_STOP and j + 1 == len(words)) or _starts_body(clean, end + 1) or (
                names.is_surname(wj) and not names.is_surname_or_middle(words[j - 1])
                and (names.name_ok(words[j:j + 3]) or names.name_ok(words[j:j + 2]))):
            break
        end = ps + len(" ".join(words[:j + 1]))
    return end


def _canonical(head: str, rest: str) -> str:
    """Canonical name of a head-word match: field abbreviation after the head spelled out."""
    first, _, tail = rest.partition(" ")
    full = _abbreviations().get(first)
    if full:
        rest = full + (" " + tail if tail else "")
    return f"{head} {rest}"


_NEXT_WORD = regex.compile(r"\ (\p{Lu}[\p{L}\p{M}]*)")
# National agencies with a branch in each province, named with the province.
_BRANCHED = frozenset(["Ngân hàng Nhà nước Việt Nam", "Kho bạc Nhà nước", "Bảo hiểm xã hội Việt Nam",
                       "Ngân hàng Chính sách xã hội", "Kiểm toán Nhà nước"])
_BRANCH = regex.compile(rf"\ (?:(?i:chi\ nhánh)\ )?(?:(?i:{provinces.UNIT_WORDS.alt(ONE_SPACE)})\ |(?:{provinces.UNIT_ABBREVIATIONS.alt()})\.?\ ?|(?i:khu\ vực)\ )?(?=\p{{Lu}})")
_LINE_END = regex.compile(r"[ \t]*(?:\n|$)")
# After a byline's outlet, its desk, then the line's end ("PV Đình Thiệu/VOV miền Trung", dev 602;
# "/VOV-Tây Bắc", "/VOV-miền Trung", "/VOV-Trung tâm Tin", 2017 archive)
_DESK_LINE_END = regex.compile(
    r"(?:\ ?[-–]\ ?|\ )(?:miền\ |Trung\ tâm\ )?\p{Lu}[\p{L}\p{M}]*(?:\ \p{Lu}[\p{L}\p{M}]*){0,2}[ \t]*(?:\n|$)")
_SLASH_MARK = "/"  # what _SOURCE_AFTER opens with and _DESK_BEFORE holds (their fast paths below)
_SOURCE_AFTER = regex.compile(regex.escape(_SLASH_MARK) + r"\p{Lu}[\p{L}\p{M}]*(?:\ \p{Lu}[\p{L}\p{M}]*){0,3}[ \t]*(?:\n|$)")
fast_path("organizations._SOURCE_AFTER", _SOURCE_AFTER, "match", lambda s, p: s.startswith(_SLASH_MARK, p),
          ["/Tin Tức", "/TTXVN", "/VOV"])


# An outlet in capitals after a byline's "/" and before its desk: "/VOV-", "/VOV - " (2017 archive).
_DESK_BEFORE = regex.compile(regex.escape(_SLASH_MARK) + r"\p{Lu}[\p{Lu}.]*\ ?[-–]\ ?$")
fast_path("organizations._DESK_BEFORE", _DESK_BEFORE, "search", lambda s: _SLASH_MARK in s, ["/VOV -", "/VOV-", "/TTXVN –"])
_BYLINE_LOWER = regex.compile(r"(?:^|[\s(-])(?!miền\ \p{Lu}|tâm\ Tin)\p{Ll}")


def _in_credit(clean: str, start: int, end: int | None = None) -> bool:
    """Whether an agency at ``start`` is the source of a photo credit or a byline: "Ảnh: Ngọc
    Hà/TTXVN", "Ảnh: TTXVN", "Ảnh: Trần Việt - TTXVN" (a credit cue shortly before, then "/",
    ": " or " - "), or a short line "Trần Ngọc/VOV.VN", "TTXVN/Tin Tức" (dev 210, 214, 409, 111).
    """
    before = clean[max(0, start - 60):start]
    if before.endswith(("/", ": ", " - ", " – ")) and _CREDIT.search(before):
        return True
    if end is not None and clean.startswith((".VN", ".vn"), end):
        return True  # "phóng viên VOV.VN", "Phi Long/VOV.VN": the outlet's website (dev 412)
    if end is not None and before.endswith("/") and (_LINE_END.match(clean, end) or _DESK_LINE_END.match(clean, end)):
        return True  # "... khẳng định./. Trần Ngọc/TTXVN" closing a paragraph
    if end is not None and clean.startswith(_SLASH_MARK, end) and _SOURCE_AFTER.match(clean, end):
        return True  # "TTXVN/Tin Tức" closing a paragraph (dev 214)
    if end is not None and (before.endswith("/") or clean.startswith("/", end)):
        a = clean.rfind("\n", 0, start) + 1
        b = clean.find("\n", end)
        b = len(clean) if b < 0 else b
        # a byline is names only: no lowercase word ("Lãnh đạo EVN/TKV họp" is a sentence) but
        # the desk's region or centre ("PV Đình Thiệu/VOV miền Trung", dev 602; "/VOV-miền Trung",
        # "/VOV-Trung tâm Tin", 2017 archive)
        return b - a <= 60 and not _BYLINE_LOWER.search(clean[a:b])
    return False


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
    elif len(words) == 3 and _ACRONYM.fullmatch(words[0]) and names.foreign_name_ok(words[1:]) \
            and not any(w in _COMPANY_WORDS for w in words[1:]):
        end = pos + len(words[0])  # "Giám đốc FBI James Comey", "Chủ tịch IPU Saber Chowdhury"
    return end


# A post right before an organisation: the name read after the body may be the holder's.
_POST_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:{(_HOLDER_POSTS + _CUT_HOLDER_POSTS).alt(ONE_SPACE)})\ $")


def _holder_cut(clean: str, f: Found) -> Found:
    """``f`` without the foreign name of its holder it ran into after a post: "Giám đốc FBI James
    Comey", "Chủ tịch IPU Saber Chowdhury", "Phó Chủ tịch Tập đoàn GE Christian Bennett",
    "Giám đốc điều hành Phòng Thương mại Mỹ Thomas Donohue" (2017 archive). The name is 2-3
    Latin-script words that make a foreign name (no company word) after an abbreviation or a
    country, which close a body's name; "Tập đoàn Berkshire Hathaway" has neither before its last
    words and is kept."""
    text = clean[f.start:f.end]
    if not text[-1:].isascii() or " " not in text:
        return f  # a foreign name ends in a Latin letter
    words = text.split(" ")
    if len(words) < 3 or not ("A" <= words[-1][:1] <= "Z" and "A" <= words[-2][:1] <= "Z"):
        return f  # its last two words are capitalised in Latin script
    for k in (2, 3):
        if len(words) <= k:
            break
        tail, rest = words[-k:], words[:-k]
        last = rest[-1]
        closes = ((len(last) >= 2 and _ACRONYM.fullmatch(last) is not None)
                  or any(is_country(" ".join(rest[-j:])) for j in (1, 2) if len(rest) > j))
        if (closes and names.foreign_name_ok(tail) and not any(w in _COMPANY_WORDS for w in tail)
                and _POST_BEFORE.search(clean, max(0, f.start - 30), f.start)):
            end = f.start + len(" ".join(rest))
            cut = find_at(clean, f.start, end) if len(rest) > 1 else None
            return cut if cut is not None and cut.end == end else Found(f.start, end, clean[f.start:end], f.kind)
    return f


def find_at(clean: str, pos: int, limit: int) -> Found | None:
    """The longest organisation that starts exactly at ``pos`` (a named body first), or None.

    The same rules as ``find`` restricted to one position: officials.py asks this for the body
    written right after a title, without scanning the rest of the window.
    """
    t = _tables()
    m = t.named_by.match(clean, pos, limit)
    if m:
        name, kind = t.canon.get(m.group().lower(), (m.group(), "other"))
        ce = _foreign_country_after(clean, m.end(), limit) if name in _STATE_BODIES else None
        if ce:  # "Quốc hội Cộng hòa Cu Ba" (as in find)
            return Found(pos, ce, name + " " + clean[m.end() + 1:ce], kind)
        if not (name == "Chính phủ" and _is_title_chinh_phu(clean, pos)):
            return Found(pos, m.end(), name, kind)
    best: Found | None = None
    for f in _finds_at(clean, pos, limit):
        if best is None or f.end > best.end:
            best = f
    return _holder_cut(clean, best) if best is not None else None


def _finds_at(clean: str, pos: int, limit: int):
    """What find_at reads at ``pos`` after the named bodies: a committee, the police, a head, a
    lower-case head; the patterns that cannot start with the character there are not tried
    (_finds_at_firsts)."""
    t = _tables()
    c = clean[pos:pos + 1]
    council_firsts, police_firsts, lower_firsts = _finds_at_firsts()
    m = t.council.match(clean, pos, limit) if c in council_firsts else None
    if m:
        f = _council_at(clean, m)
        if f:
            yield f
    m = t.police.match(clean, pos, limit) if c in police_firsts else None
    if m:
        yield Found(pos, m.end(), "Công an " + m.group("level"), "agency")
    m = t.heads_by.match(clean, pos, limit)
    if m:
        f = _head_found(clean, m, limit)
        if f:
            yield f
    m = t.lower_heads.match(clean, pos, limit) if c in lower_firsts else None
    if m:
        yield _lower_head_found(m)


@functools.lru_cache(maxsize=1)
def _finds_at_firsts() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The characters a match of ``council``, ``police`` and ``lower_heads`` can start with, as
    the regex engine says (rules.first_chars; tests/test_organizations.py checks them on every
    character of the BMP)."""
    t = _tables()
    return first_chars(t.council), first_chars(t.police), first_chars(t.lower_heads)


def _head_found(clean: str, m, limit: int, triggers: _Triggers | None = None) -> Found | None:
    """The organisation of a head-word match ("Sở KH&CN" -> "Sở Khoa học và Công nghệ"), or None."""
    t = _tables()
    written = m.group("head")
    head = t.head_of[written]  # "Ủy Ban" is "Ủy ban"
    e = _generic_end(clean, m.end(), limit, head, triggers=triggers)
    if e <= m.end():
        return None
    text = " ".join(clean[m.start():e].split())
    if written != head:
        text = head + text[len(written):]
    prefixes, infixes = _country_prefixes(head), _country_infixes(head)  # mostly none
    if prefixes and any(text == c or text.startswith(c + " ") for c in prefixes):
        return None  # "Đài Loan" is a country, not a radio station
    if infixes and any(clean.startswith(c, m.start() - k) for k, c in infixes):
        return None  # "Tây Ban Nha" is a country, not a committee ("Ban Nha")
    bm = _BOARD.match(text) if may_open(text, _BOARD_FIRSTS) else None
    if bm and len(text) > bm.end():
        # A company's board names the company, its organisation ("Hội đồng quản trị Ngân hàng
        # Thương mại cổ phần Sài Gòn Thương Tín", "Ban kiểm soát Sabeco"; 2017 archive; "Chủ tịch
        # HĐTV EVN" gives EVN alone, dev 003 gold)
        inner = find_at(clean, m.start() + bm.end() + 1, limit)
        if inner is not None:
            return inner
    rest = text[len(head) + 1:]
    if head not in _PLACE_HEADS and head not in _CITY_HEADS and not (head in _LEVEL_HEADS and _LEVEL_PLACE.fullmatch(rest)) and (
            provinces.is_province_name(rest) or is_country(rest) or ppat_full(rest)):
        return None  # "Trung tâm Hà Nội" is the city centre; "Tỉnh ủy Bạc Liêu" is a body
    words = rest.split(" ")
    if head in _PLACE_HEADS and names.name_ok(words) and not provinces.is_province_name(rest):
        return None  # "Bí thư Thành ủy Hoàng Trung Hải": the person, not a body (dev 211)
    if head == "Cơ quan" and (_SERVICE_ONLY.match(rest) or (
            words[0].islower() and not any(is_country(" ".join(words[-j:])) for j in (1, 2, 3)))):
        # "Cơ quan Hải quan khởi tố 37 vụ án" is the customs service (dev 025); in lower case only a
        # foreign agency ("Cơ quan xúc tiến thương mại-đầu tư Hàn Quốc", dev 504), not "Cơ quan xây
        # dựng Nghị định" (2017 archive)
        return None
    if head in _FIELD_HEADS and not words[0].isupper() and not _lex_len(
            [(0, 0, w) for w in words], 0, _org_words(), first_lower=True):
        return None  # "Vụ Đồng Tâm" is a case; departments are named by their field ("Vụ Kế hoạch")
    hit = t.canon.get(text.lower())
    if hit:
        return Found(m.start(), e, hit[0], hit[1])
    if head == "Bộ":
        loose = loose_ministry(rest)
        if loose:  # "Bộ Kế hoạch Đầu tư", "Bộ TN-MT" (2017 archive)
            return Found(m.start(), e, loose, "ministry")
    if len(words) == 1 and head not in _PLACE_HEADS and _cut_word(clean, e, words[0]):
        return None
    if head in _PARTY_COMMITTEES:
        lv = _LEVEL_WORD.match(rest)
        found = provinces.lookup(rest[lv.end():]) if lv else None
        if found:
            # "Tỉnh ủy tỉnh Bà Rịa -Vũng Tàu", "Thành ủy Thành phố Hà Nội": one body, named
            # "Tỉnh ủy Bà Rịa - Vũng Tàu", "Thành ủy Hà Nội" (dev 109, 211 gold)
            return Found(m.start(), e, f"{head} {provinces.unit(found[0]).name}", t.head_kind[head])
    name = _canonical(t.spelled.get(head, head), rest)
    hit = t.canon.get(name.lower())
    return Found(m.start(), e, *(hit if hit else (name, t.head_kind[head])))


_LOWER_NEXT = regex.compile(r"\ [\p{Ll}]")
# The boards of a company, named with the company after them ("Hội đồng quản trị Sacombank").
_BOARDS = Words("Hội đồng quản trị|Hội đồng thành viên|Ban kiểm soát|Ban điều hành|Ban Tổng giám đốc|Ban lãnh đạo")
_BOARD = regex.compile(rf"(?i:{_BOARDS.alt(ONE_SPACE)})(?=\ )")
_BOARD_FIRSTS = _BOARDS.firsts()  # _head_found tries _BOARD only on a name that may open with one
fast_path("organizations._BOARD", _BOARD, "match", lambda s, p: may_open(s[p:], _BOARD_FIRSTS), _BOARDS)


def _cut_word(clean: str, end: int, word: str) -> bool:
    """Whether the one capitalised syllable of a name is the first syllable of a word that goes
    on in lower case, which the word lists do not hold: the name read is a cut ("Cục Nghệ thuật
    biểu diễn", "Ban Tiếp công dân", "Bộ Quy tắc ứng xử", "Bộ Tình trạng khẩn cấp"; 2017
    archive), not a body; not after a place head ("Bí thư Tỉnh ủy Hùng": the person). A brand goes on in lower case after its one word ("Tập đoàn
    Vingroup cho biết"): not a Vietnamese syllable, so kept."""
    # the cheap tests first: an abbreviation ("CSGT"), a name a lower-case word does not follow, a
    # foreign word ("Yonsei") is no cut whatever the word lists say, and most words are one of these;
    # the folded word (a normalize() run when first met) is asked of the lists only after them
    if word.isupper() or _LOWER_NEXT.match(clean, end) is None:
        return False
    if word.isascii() and names.looks_foreign(word):  # "Nghệ", "Quy" are Vietnamese; not "Vingroup"
        return False
    w = _folded_lower(word)
    # not a field of one syllable: "Cục Thuế kiểm tra"
    return (w,) not in _org_words().get(w, ()) and (w,) not in _org_words().get("^" + w, ())


@functools.lru_cache(maxsize=4096)
def _folded_lower(word: str) -> str:
    """``fold(word.lower())`` (a whole normalize() run), kept per word: the one-syllable names
    _cut_word reads ("Thuế", "Nghệ") repeat from article to article."""
    from .normalize import fold

    return fold(word.lower())


# "Cơ quan" + a service ("Hải quan", "Công an", "Thuế") names a body only with more capitalised words
# after it ("Cơ quan Hải quan Trung Quốc"); alone, or before a lower-case word, it is the service
# ("Cơ quan Hải quan khởi tố", dev 025; "Cơ quan Công an đã vào cuộc", 2017 archive). "Cơ quan" names
# foreign agencies by their field ("Cơ quan Thống kê Canada", dev 502; "Cơ quan Năng lượng Nguyên tử
# Quốc tế", "Cơ quan Tình báo Trung ương Mỹ", 2017 archive ~50 per 6,000 articles).
_SERVICE_ONLY = regex.compile(
    rf"(?:{Words(word_list('agency_services')).alt(ONE_SPACE)})(?:\ \p{{Ll}}[\p{{L}}\p{{M}}]*)*$")
# Heads that name a body only before a field word ("Vụ Kế hoạch", "Trường Chính trị", "Hội Nông
# dân"); "Vụ Đồng Tâm" is a case, "Trường Sa" islands, "Hội An" a city.
_FIELD_HEADS = frozenset(["Vụ", "Trường", "Hội"])
# Heads whose name may be a person's: a school ("Trường THPT Phan Đình Phùng") and a company
# after its legal form ("Công ty Trách nhiệm hữu hạn Thương mại một thành viên Lâm Kim Ngọc", dev 213).
_SCHOOL_HEADS = (frozenset(["Trường", "Trường Đại học", "Đại học", "ĐH", "Học viện", "Doanh nghiệp", "Hợp tác xã"])
                 | {r["head"] for r in load_tsv("org_heads.tsv") if r["legal_form"]})  # "Công ty", "CTCP"


def _no_proper_name(joined, i: int) -> bool:
    """Whether the words before ``i`` are only abbreviations and field words ("THPT", "ĐH Y khoa")."""
    lex = _org_words()
    k = 0
    while k < i:
        w = joined[k][2]
        step = _lex_len(joined, k, lex, first_lower=True) or _lex_len(joined, k, lex)
        if not step and (w.isupper() or w == "-"):
            step = 1  # "THPT", "ĐH"
        if not step:
            return False
        k += step
    return True


# The Party committees of a level, named by their place ("Tỉnh ủy Bạc Liêu"; also officials.py),
# by the unit word of their level: org_heads.tsv, column level ("tỉnh": "Tỉnh ủy", "thành phố":
# "Thành ủy"; the archive reads them through pipeline.local_bodies).
PARTY_COMMITTEE_OF = {r["level"]: r["head"] for r in load_tsv("org_heads.tsv") if r["level"]}
PARTY_COMMITTEES = Words(PARTY_COMMITTEE_OF.values())
_PARTY_COMMITTEES = frozenset(PARTY_COMMITTEES)
_LEVEL_WORD = regex.compile(rf"(?:{_UNIT_WORDS.alt(ONE_SPACE, capital=True)})\ ")  # "tỉnh", "Thành phố"


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
_COMPANY_TITLE_WORDS = "|".join(_TITLE_OPENERS.first_words())  # "phó|tổng|giám|ceo|chủ"
# What a match of these rules starts with (a trigger word alone says little: "công", "bộ"), to
# try the pattern only there: the cue and the lower-case heads exactly as written; the company
# title lower-cased (its words are case-insensitive; ``Starts.lowered()`` compares as IGNORECASE).
_COMPANY_CUE_STARTS = _COMPANY_CUES.openings()
_COMPANY_TITLE_STARTS = Words(w.lower() for w in _TITLE_OPENERS).openings()  # "phó ", ..., "chủ tịch "


@functools.lru_cache(maxsize=1)
def _lower_head_starts() -> tuple[str, ...]:
    """The lower-case heads of ``lower_heads`` with their space ("phòng ", "chi cục ")."""
    return tuple(h.lower() + " " for h in _tables().head_kind if h.lower() in _LOWER_HEADS)


@functools.lru_cache(maxsize=1)
def _lower_head_starts_by_char() -> dict[str, tuple[str, ...]]:
    """_lower_head_starts() by first character, in the same order: only those can start where
    the text has that character."""
    return scan.by_first_char(_lower_head_starts())


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
    listed = scan.listed_cap_words(starts)
    if listed is not None:
        return _cap_triggers_listed(listed, starts.caseless_ok(), fw)[:3]
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


def _text_triggers(clean: str, starts: scan.Starts, fw) -> _Triggers:
    """_cap_triggers of ``clean``, and where a province may start when the text's capitalised
    words are listed (else None: no shortcut)."""
    listed = scan.listed_cap_words(starts)
    if listed is not None:
        named, council, heads, places = _cap_triggers_listed(listed, starts.caseless_ok(), fw)
    else:
        (named, council, heads), places = _cap_triggers(clean, starts, fw), None
    return _Triggers(clean, named, council, heads, frozenset(named), frozenset(council), frozenset(heads),
                     None if places is None else frozenset(places))


def _cap_triggers_listed(listed: list[tuple[int, str]], caseless: bool, fw
                         ) -> tuple[list[int], list[int], list[int], list[int] | None]:
    """_cap_triggers read from the text's capitalised words already listed (``Starts.cap_words``,
    which provinces asks first in the pipeline): ``starts.cap_words_in`` of each, in one pass;
    and the capitalised words a province spelling opens with (the registered fast path
    provinces.pattern: _place_firsts), None if the spellings give no such word. ``fw``:
    _first_words(), which _cap_word_kind reads (merged in _kind_tables)."""
    named, council, heads = [], [], []
    places: list[int] | None = [] if _place_firsts() is not None else None
    if not caseless:  # every capitalised word may open a named body (cap_words_in)
        named = [p for p, _ in listed]
    kinds = _CAP_WORD_KINDS
    if len(kinds) > _CAP_WORD_KINDS_MAX:
        kinds.clear()
    for p, w in listed:
        k = kinds.get(w)
        if k is None:
            k = kinds[w] = _cap_word_kind(w)
        if k:
            if k & 1 and caseless:
                named.append(p)
            if k & 2:
                council.append(p)
            if k & 4:
                heads.append(p)
            if k & 8 and places is not None:
                places.append(p)
    return named, council, heads, places


# A capitalised word -> _cap_word_kind(word): the few thousand words of the texts read so far,
# cleared past _CAP_WORD_KINDS_MAX.
_CAP_WORD_KINDS: dict[str, int] = {}
_CAP_WORD_KINDS_MAX = 50_000


def _cap_word_kind(w: str) -> int:
    """Which patterns a capitalised word may open: 1 a named body (in any case after its
    capital), 2 a committee, 4 a head (exactly as written), 8 a province spelling; 0 none (most
    words). Asked of each word the first time a text holds it (_CAP_WORD_KINDS): on unseen
    articles some nine words an article, so the tables are merged once (_kind_tables)."""
    named, exact = _kind_tables()
    return exact.get(w, 0) | (1 if w.lower() in named else 0)


@functools.lru_cache(maxsize=1)
def _kind_tables() -> tuple[frozenset[str], dict[str, int]]:
    """(the lower-cased first words of the named bodies, each word as written -> the kinds it
    opens exactly: 2 a committee, 4 a head, 8 a province spelling), from _first_words() and
    _place_firsts(): one look-up per table for _cap_word_kind."""
    fw = _first_words()
    exact: dict[str, int] = {}
    for bit, words in ((2, fw["council"]), (4, fw["heads"]), (8, _place_firsts() or ())):
        for w in words:
            exact[w] = exact.get(w, 0) | bit
    return fw["named"], exact


@functools.lru_cache(maxsize=1)
def _place_firsts() -> frozenset[str] | None:
    """The capitalised word each province spelling of ``_ppat()`` opens with ("Hà", "TP"), as
    provinces reads it for its own fast path (a match starts only at such a word of
    ``Starts.cap_words``); None when a spelling opens otherwise."""
    heads = [_LETTERS.match(s) for s in _ppat().words]
    return frozenset(m.group() for m in heads) if all(heads) else None


# A title that ends with its body's head ("trưởng ban", "chánh văn phòng") and the heads it may end
# with, in lower case; the trigger scan in find() is derived from _HEAD_TITLES.
_HEAD_TITLES = Words("trưởng|chánh")
TITLE_BODY_HEADS = Words("ban|đoàn|phòng|văn phòng")  # also officials' _HEAD_IN_TITLE
_TITLE_BODY_HEADS = TITLE_BODY_HEADS
_TITLE_HEAD = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:{_HEAD_TITLES.alt(ONE_SPACE)})\ (?P<h>{_TITLE_BODY_HEADS.alt(ONE_SPACE)})\ (?=[\p{{Ll}}\p{{Lu}}])")
_TITLE_HEAD_TRIGGER = "|".join(_HEAD_TITLES.first_words())
_TITLE_BODY_HEAD = regex.compile(_TITLE_BODY_HEADS.alt(ONE_SPACE))
_TITLE_HEAD_STOP = word_list("not_body_start")  # data/word_lists.tsv
# What a match of _TITLE_HEAD opens with, lower-cased: a title word, its body's head, the spaces.
_TITLE_HEAD_BEGINS = tuple(f"{t.lower()} {h} " for t in _HEAD_TITLES for h in _TITLE_BODY_HEADS)


def _title_head_tried(clean: str, starts: scan.Starts) -> list[int]:
    """The starts of _TITLE_HEAD_TRIGGER where the lower-cased text (``Starts.lowered``, which
    compares as IGNORECASE) opens with one of _TITLE_HEAD_BEGINS: most are "tăng trưởng", "Bộ
    trưởng" + a word that is no body's head, which the pattern need not be asked of."""
    found = starts(_TITLE_HEAD_TRIGGER)
    low = starts.lowered()
    if low is None:
        return found
    return [p for p in found if low.startswith(_TITLE_HEAD_BEGINS, p)]


fast_path("organizations._TITLE_HEAD", _TITLE_HEAD, "match",
          lambda s, p: p in _title_head_tried(s, scan.Starts(s)), _HEAD_TITLES + _TITLE_BODY_HEADS)


def _lower_title_head(clean: str, pos: int, limit: int) -> Found | None:
    """The body a lower-case head after a title names ("ban tổ chức Trung ương"), or None.

    The head is read capitalised; when the next word is in lower case too, it is read capitalised
    as well, and the name must have another capital after it ("trưởng ban chỉ đạo" names none).
    """
    h = _TITLE_BODY_HEAD.match(clean[pos:pos + 9])
    if h is None:
        return None
    head = h.group()[0].upper() + h.group()[1:]
    rest = clean[pos + len(head):min(limit, pos + 240)]
    first = rest[1:].split(" ", 1)[0]
    if not first or first in _TITLE_HEAD_STOP or first.lower() == head.split(" ")[0].lower():
        return None
    tries = [(head + rest, False)]
    if first[0].islower():
        tries.append((head + rest[:2].upper() + rest[2:], True))
    for text, raised in tries:
        f = find_at(text, 0, len(text))
        if f is None or f.end <= len(head) + 1:
            continue
        if raised and not any(c.isupper() for c in text[len(head) + 1 + len(first):f.end]):
            continue
        words = text[len(head) + 1:f.end].split(" ")
        if len(words) == 2 and all(_NAME_WORD.fullmatch(" " + w) for w in words):
            return None  # "trưởng phòng Trường Giang": a person's given names, not a unit
        return Found(pos, pos + f.end, f.name, f.kind)
    return None


# Company words that close a company's name in Latin script ("Kolon Industries Inc", "Vietnam
# Airlines", "TSF Group"); the words before them are read back (_latin_company_ending).
_COMPANY_ENDS = Words(sorted(word_list("company_ends")))  # data/word_lists.tsv
_COMPANY_END_TRIGGER = "|".join(_COMPANY_ENDS)
_COMPANY_END_PAIRS = tuple((w, w.lower()) for w in _COMPANY_ENDS)  # (as written, lower-cased)
_LATIN_BEFORE = regex.compile(r"(?:[A-Z][A-Za-z0-9&'-]*\ ){1,3}$")


def _company_end_starts(clean: str, starts: scan.Starts) -> list[int]:
    """``starts(_COMPANY_END_TRIGGER, ignorecase=False)``: where the text writes a company word
    exactly, read from the index of lower-cased trigger words (each word's places in the lowered
    text, kept where the text has it in its own case; the words are rare in lower case) rather
    than one ``str.find`` pass over the text per word."""
    low = starts.lowered()
    if low is None:
        return list(starts(_COMPANY_END_TRIGGER, ignorecase=False))
    # the places of all the words in the lowered text in one call (merged from the index; most
    # texts have none), then at each place every word that starts there in the lowered text and
    # is written there in its own case: what one Starts.of call per word gave, in the same order
    out = []
    for p in sorted(set(starts(_COMPANY_END_TRIGGER))):
        out.extend(p for w, wl in _COMPANY_END_PAIRS if low.startswith(wl, p) and clean.startswith(w, p))
    return out


def _latin_company_ending(clean: str, p: int, start: int, end: int) -> Found | None:
    """The company whose name ends with the company word at ``p`` ("Kolon Industries Inc"), or None."""
    m = _LATIN_WORD.match(clean, p, end)
    if m is None or m.group() not in _COMPANY_ENDS.words or (p > 0 and clean[p - 1].isalnum()):
        return None
    e = m.end()
    more = _LATIN_WORD.match(clean, e + 1, end) if clean.startswith(" ", e) else None
    if more and more.group() in _COMPANY_ENDS.words:
        e = more.end()  # "Kolon Industries Inc"
    b = _LATIN_BEFORE.search(clean, max(start, p - 60), p)
    if b is None or (b.start() > 0 and (clean[b.start() - 1].isalnum())):
        return None
    s = b.start()
    for w in b.group().split(" ")[:-1]:
        if w not in _TITLE_CEO.words and w not in _VN_ABBREVIATIONS:
            break
        s += len(w) + 1  # "CEO Samsung Electronics": the title is not the company's
    return Found(s, e, clean[s:e], "company") if s < p else None


_CAP_RUN = regex.compile(r"\ (\p{Lu}[\p{L}\p{M}]*(?:\ [\p{L}\p{M}]+){0,4})")  # "Hợp chúng quốc Hoa Kỳ"


# Bodies of a state that a foreign country's name after them makes that state's (word_lists.tsv).
_STATE_BODIES = frozenset(word_list("state_bodies"))
STATE_BODIES = _STATE_BODIES


# A state's style before its country's name ("Quốc hội Cộng hòa Cu Ba", "Chính phủ Vương quốc
# Campuchia"); extract() reads the names holding one.
_STATE_STYLES = Words("Cộng hòa|Vương quốc")
_STATE_STYLE = regex.compile(rf"(\p{{Lu}}[\p{{L}}\p{{M}}\ ]*?)\ (?:{_STATE_STYLES.alt(ONE_SPACE)})\ (\p{{Lu}}.*)")
fast_path("organizations._STATE_STYLE", _STATE_STYLE, "match", lambda s, p: _STATE_STYLES.may_contain(s), _STATE_STYLES)


def _foreign_country_after(clean: str, pos: int, end: int) -> int | None:
    """End of a foreign country named right after ``pos`` (" Anh", " Hợp chúng quốc Hoa Kỳ"), or None."""
    m = _CAP_RUN.match(clean, pos, end)
    if m is None:
        return None
    words = m.group(1).split(" ")
    skip = 0
    if " ".join(words[:2]) in _STATE_STYLES:
        # "Quốc hội Cộng hòa Cuba", "Chính phủ Vương quốc Campuchia" (2017 archive, dev 605):
        # the state's style, then the country
        skip = len(words[0]) + len(words[1]) + 2
        words = words[2:]
    for k in range(len(words), 0, -1):
        c = " ".join(words[:k])
        if is_country(c) and c != "Việt Nam":
            e = m.start(1) + skip + len(c)
            if e < end and (clean[e].isalnum() or (_NEXT_WORD.match(clean, e) and not _holder_after(clean, e))):
                return None
            return e
    return None


_HOLDER_RUN = regex.compile(r"(?:\ \p{Lu}[\p{L}\p{M}-]*){2,4}(?![\p{L}\p{M}\d])(?!\ \p{Lu})")


def _holder_after(clean: str, e: int) -> bool:
    """Whether the capitalised words after ``e`` are a person's name, the holder of a post before
    it ("Chủ tịch Quốc hội Cộng hòa Cu Ba Juan Esteban Lazo Hernandez", dev 605)."""
    m = _HOLDER_RUN.match(clean, e)
    if m is None:
        return False
    ws = m.group().split()
    return names.name_ok(ws) or names.foreign_name_ok(ws)


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

    triggers = _text_triggers(clean, starts, fw)
    named_at, council_at, heads_at = triggers.named_at, triggers.council_at, triggers.heads_at
    cands: list[Found] = []
    for m in at(t.named_by, named_at):
        name, kind = t.canon.get(m.group().lower(), (m.group(), "other"))
        if name == "Chính phủ" and _is_title_chinh_phu(clean, m.start()):
            continue
        if _in_credit(clean, m.start(), m.end()):
            continue
        if name in _STATE_BODIES:
            ce = _foreign_country_after(clean, m.end(), end)
            if ce:
                # "Chính phủ Hợp chúng quốc Hoa Kỳ" (dev 025 gold), "Chính phủ Anh", "Chính phủ Ấn
                # Độ", "Quốc hội Mỹ", "Quốc hội Cộng hòa Cuba" (2017 archive ~50 each per 6,000
                # articles, dev 605): a foreign state's body; "Chính phủ Việt Nam" is "Chính phủ"
                cands.append(Found(m.start(), ce, name + " " + clean[m.end() + 1:ce], kind))
                continue
        if name in _BRANCHED:
            bm = _BRANCH.match(clean, m.end(), end)
            pe = ppat_match(clean, bm.end()) if bm else None
            if pe:
                # "Ngân hàng Nhà nước chi nhánh tỉnh Bình Định", "Kho bạc Nhà nước tỉnh Hậu Giang"
                cands.append(Found(m.start(), pe, " ".join(clean[m.start():pe].split()), kind))
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
    # a head is written with its space after it ("Tổng cục ", not "Tổng thống"): the pattern is
    # tried only where the text opens with one (_head_openings, the registered fast path)
    openings = _head_openings()
    heads_at = [p for p in heads_at if clean.startswith(openings.get(clean[p], ()), p)]
    for m in at(t.heads_by, heads_at):
        if m.start() < head_end:
            continue  # a head inside the name just read ("Văn phòng Ban chỉ đạo ..."): it loses anyway
        f = _head_found(clean, m, end, triggers)
        if f and clean.find(_SLASH_MARK, max(0, f.start - 12), f.start) >= 0 and _DESK_BEFORE.search(
                clean, max(0, f.start - 12), f.start):
            continue  # a byline's desk: "Phạm Hà/VOV-Trung tâm Tin" (2017 archive, ~13 per 3,000 articles)
        if f:
            cands.append(f)
            head_end = f.end
    lower_at = []
    heads_of_char = _lower_head_starts_by_char()
    for p in starts(_LOWER_HEAD_WORDS):
        for h in heads_of_char.get(clean[p], ()):
            # a capital after the head's space ("phòng CSGT"), not "ban hành", "cán bộ các"
            c = clean[p + len(h):p + len(h) + 1] if clean.startswith(h, p) else ""
            if c >= "\x80" or "A" <= c <= "Z":
                lower_at.append(p)
                break
    for m in at(t.lower_heads, lower_at):
        cands.append(_lower_head_found(m))
    for m in each(t.company_cue, _COMPANY_CUE_WORDS, _COMPANY_CUE_STARTS, clean):
        # "siêu thị OceanMart", "kênh truyền hình quốc tế CNN", "hãng tin Reuters".
        lf = _LOWER_LEGAL_FORM.match(clean, m.start(), end)
        if lf:
            f = _lower_company(clean, m.start(), end, lf.end())
            if f:
                cands.append(f)
            continue  # "công ty TNHH CB và XNK Việt Hải" is no Latin-script company "TNHH CB"
        e, words = _latin_run(clean, m.end(), end)
        nw = _NEXT_WORD.match(clean, e)
        if words and nw and not nw.group(1).isascii():
            continue  # "các công ty Trung Quốc": a Vietnamese name goes on after the Latin letters
        if words and not (len(words) == 1 and len(words[0]) == 1):
            cands.append(Found(m.end(), e, clean[m.end():e], "company"))
    for m in each(t.company_title, _COMPANY_TITLE_WORDS, _COMPANY_TITLE_STARTS, starts.lowered()):
        # "Tổng Giám đốc NTT East", "CEO Samsung Electronics".
        e = foreign_company_at(clean, m.end(), end)
        if e:
            cands.append(Found(m.end(), e, clean[m.end():e], "company"))
    for p in _company_end_starts(clean, starts):
        # "Kolon Industries Inc đầu tư", "Vietnam Airlines", "TSF Group" (dev 110, 2017 archive):
        # Latin-script words closed by a company word, with no cue before them
        f = _latin_company_ending(clean, p, start, end)
        if f:
            cands.append(f)
    for p in _title_head_tried(clean, starts):
        # "Trưởng ban tổ chức Trung ương", "Phó trưởng đoàn đại biểu Quốc hội tỉnh Quảng Bình"
        # (dev 410): a title that ends with its body's head written in lower case.
        m = _TITLE_HEAD.match(clean, p, end)
        if m:
            f = _lower_title_head(clean, m.start("h"), end)
            if f:
                cands.append(f)
    # A named body beats a head-word match that starts at the same place and runs on
    # ("Bộ Công Thương khen thưởng"); otherwise the one overlap rule (overlaps.py): longest
    # first, then earliest.
    canon_names = t.canon_names
    named_starts = {f.start for f in cands if f.name in canon_names}
    if named_starts:
        cands = [f for f in cands if not (f.start in named_starts and f.name not in canon_names)]
    return [_holder_cut(clean, f) for f in overlaps.keep_longest(cands, _START_END)]


# A company written in lower case before its legal form ("công ty TNHH xuất nhập khẩu Nam Thành",
# "công ty cổ phần Cung ứng thực phẩm An Thịnh"; court and business news of the 2017 archive).
# The legal forms (data/word_lists.tsv legal_forms), longest first ("TNHH MTV" before "TNHH"); the
# company heads a legal form follows ("Công ty", "Tổng công ty", "Cty") and the one that is a
# company with its legal form ("CTCP"): org_heads.tsv, column legal_form. Also in _LEGAL_FORM.
_LEGAL_FORMS = Words(sorted(word_list("legal_forms"))).longest_first()
_LEGAL_FORM_HEADS = Words(r["head"] for r in load_tsv("org_heads.tsv") if r["legal_form"] == "before")
_LEGAL_FORM_ITSELF = Words(r["head"] for r in load_tsv("org_heads.tsv") if r["legal_form"] == "itself")
# The heads of _COMPANY_CUES a legal form follows, where the lower-case rule reads one ("công ty").
_LOWER_LEGAL_HEADS = Words(h for h in _COMPANY_CUE_HEADS if h in {x.lower() for x in _LEGAL_FORM_HEADS})
# The heads of several words a legal form follows, taken apart: their first words ("Công", "Tổng")
# and what goes on after them ("ty ", "công ty ", "Công ty "), for a name split at its first space.
_LEGAL_HEAD_FIRSTS = frozenset(h.split(" ", 1)[0] for h in _LEGAL_FORM_HEADS if " " in h)
_LEGAL_HEAD_RESTS = tuple(dict.fromkeys(h.split(" ", 1)[1] + " " for h in _LEGAL_FORM_HEADS if " " in h))
_LOWER_LEGAL_FORM = regex.compile(rf"(?:{_LOWER_LEGAL_HEADS.alt(ONE_SPACE)})\ (?:{_LEGAL_FORMS.alt(ONE_SPACE, capital=True)})"
                                  r"(?![\p{L}\p{M}\d])")


def _lower_company(clean: str, pos: int, end: int, form_end: int) -> Found | None:
    """The company named after a head of _LOWER_LEGAL_HEADS ("công ty") + its legal form at ``pos``
    (which ends at ``form_end``), read as if its head were capitalised; None when no capitalised
    word follows the legal form ("hoạt động của công ty TNHH cũng như", "chuyển thành công ty cổ phần")."""
    raised = clean[:pos] + clean[pos].upper() + clean[pos + 1:]
    f = find_at(raised, pos, end)
    if f is None or f.kind != "company":
        return None
    rest = raised[form_end:f.end]
    if not any(_IS_CAP[w[:1]] for w in rest.split()):
        return None
    return f


# A head and a board's kind with nothing that names one body ("Ban Quản lý dự án", "Viện Kiểm sát").
_GENERIC_BODIES = frozenset(word_list("generic_bodies"))  # data/word_lists.tsv


def extract(doc) -> list[Organization]:
    out = []
    clean = doc.clean
    found = [f for f in find(clean, starts=doc.starts) if f.name.lower() not in _GENERIC_BODIES]
    low = doc.starts.lowered() or clean.lower()  # the lower-cased copy the trigger scan made
    prev: Found | None = None
    named: list[tuple[Found, str]] = []
    short_of = {}  # "Quốc hội Cu Ba" -> "Quốc hội Cộng hòa Cu Ba", when the article writes both
    for f in found:
        sm = _STATE_STYLE.match(f.name) if _STATE_STYLES.may_contain(f.name) else None
        if sm:
            short_of[sm.group(1) + " " + sm.group(2)] = f.name
    for f in found:
        name = f.name
        text = clean[f.start:f.end]
        if (prev is not None and clean[prev.end:f.start] == " (" and clean.startswith(")", f.end)
                and " " not in text):
            # "Ngân hàng TMCP Sài Gòn Thương Tín (Sacombank)": a brand or abbreviation defined in
            # brackets is the same body, under the name written in full (not "(Bộ Quốc phòng)",
            # the parent body, dev 003)
            name = named[-1][1]
        elif f.kind == "company" and text != name and text.lower() != name.lower() and name.lower() not in low:
            # A company the article names only by its abbreviation or brand is named as written
            # ("ACV", dev 002); its full name when the article gives it ("Tập đoàn Điện lực Việt
            # Nam (EVN)", dev 003, 018, 212).
            name = text
        elif name in short_of:
            # "Quốc hội Cu Ba" after "Quốc hội Cộng hòa Cu Ba" (dev 605): one state's body
            name = short_of[name]
        elif (name.lower().startswith(text.lower() + " ") and " " in text and name.lower() not in low):
            # A body named short of its full name, which the article never writes, is named as
            # written: "Ngân hàng Nhà nước" (dev 111 gold), not "Ngân hàng Nhà nước Việt Nam"
            name = text
        named.append((f, name))
        prev = f
    longer = _longer_names({n for _, n in named})
    return [doc.make(Organization, f.start, f.end, name=longer.get(n, n), kind=f.kind) for f, n in named]


def _longer_names(names_: set[str]) -> dict[str, str]:
    """A body named short of a longer name the same article gives it, to that name: "Sở Tài
    nguyên và Môi trường" with "Sở Tài nguyên và Môi trường Yên Bái" (dev 604 gold), "Phòng Tổ
    chức cán bộ" with "Phòng Tổ chức cán bộ Viện Kiểm sát Nhân dân tỉnh Quảng Trị", "Đảng ủy Khối"
    with "Đảng ủy Khối các cơ quan tỉnh Quảng Trị" (dev 602 gold). Only when the longer names form
    one chain ("Sở Tài chính" with "Sở Tài chính Hà Nội" and "Sở Tài chính Hải Phòng" is neither),
    and never a named body ("Quốc hội" beside "Quốc hội Mỹ" is Vietnam's)."""
    canon = _tables().canon_names
    out = {}
    # the names that may be short of a longer one -> the names that go on after them
    longer: dict[str, list[str]] = {n: [] for n in names_ if n not in canon and " " in n}
    for m in names_:
        i = m.find(" ")
        while i >= 0:
            ext = longer.get(m[:i])
            if ext is not None:
                ext.append(m)
            i = m.find(" ", i + 1)
    for n, ext in longer.items():
        if not ext:
            continue
        top = max(ext, key=len)
        tail = top[len(n) + 1:]
        # a country after it is another state's body ("Quốc hội Mỹ"), but Vietnam's own name is
        # the body's full name: "Cục Hàng không" with "Cục Hàng không Việt Nam" (2017 archive)
        if all(top.startswith(m) for m in ext) and (
                (tail == "Việt Nam" and top not in canon) or not is_country(tail)):
            out[n] = top
    # A university written with "Trường" or not, "ĐH" or "Đại học" is one body, named in full:
    # "ĐH Y khoa Phạm Ngọc Thạch" (a headline) and "Trường Đại học Y khoa Phạm Ngọc Thạch" (dev 310
    # gold: one entry); "ĐH Bách khoa" and "Trường ĐH Bách khoa" (2017 archive).
    by_rest: dict[str, list[str]] = {}
    for n in names_:
        um = _UNIVERSITY.fullmatch(n)
        if um:
            by_rest.setdefault(um.group("rest"), []).append(n)
    for group in by_rest.values():
        if len(group) > 1:
            top = max(group, key=lambda m: ("Đại học" in m, m.startswith("Trường"), len(m), m))
            for n in group:
                if n != top:
                    out[n] = top
    # A company named short of the legal form and the words its full name adds before the short
    # name's last words: "Công ty 3A" with "Công ty TNHH Dược phẩm 3A", "Tập đoàn FLC" with "Công
    # ty Cổ phần Tập đoàn FLC" (2017 archive); only when one full name ends so.
    legal = [m for m in names_ if _LEGAL_FORM.match(m)]  # the full names, in the set's order
    for n in names_ if legal else ():
        if n in canon or n in out or " " not in n:
            continue
        head, _, core = n.partition(" ")
        if head in _LEGAL_HEAD_FIRSTS and core.startswith(_LEGAL_HEAD_RESTS):  # "Công ty", "Tổng công ty"
            head, core = n.split(" ", 2)[0] + " " + core.split(" ", 1)[0], core.split(" ", 1)[1]
        full = [m for m in legal if m != n
                and (m.endswith(" " + n) or (m.startswith(head + " ") and m.endswith(" " + core)))]
        if len(full) == 1 and not _LEGAL_FORM.match(n):
            out[n] = full[0]
    return out


# A university's name: "Trường Đại học X", "Trường ĐH X", "Đại học X", "ĐH X" (the same X).
_UNIVERSITY = regex.compile(r"(?:Trường\ )?(?:Đại\ học|ĐH)\ (?P<rest>.+)")
# A company's name with its legal form: "Công ty TNHH ...", "Công ty Cổ phần ...", "CTCP ...".
_LEGAL_FORM = regex.compile(
    rf"(?:{_LEGAL_FORM_HEADS.alt(ONE_SPACE)})\ (?i:{_LEGAL_FORMS.alt(ONE_SPACE)}|MTV)(?![\p{{L}}\p{{M}}])"
    rf"|(?:{_LEGAL_FORM_ITSELF.alt(ONE_SPACE)})\ ")
