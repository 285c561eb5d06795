"""Province mentions: the 63 provincial units before 1 July 2025 and the 34 after.

Written by hand because the NER models for Vietnamese do not separate a province from a city, a
ward, a hydropower plant or a person with the same name, and none knows the 2025 reorganisation
(Nghị quyết 202/2025/QH15). One record per mention:

- ``name``: canonical name without prefix ("Quảng Ninh"; "Hồ Chí Minh" for "TP.HCM"; code 46 is
  always "Thừa Thiên Huế", also for "thành phố Huế", with ``current_name`` "Huế");
- ``code``: GSO code of the unit named. Before 1 July 2025, or when the date is unknown, that is
  the old code ("Gia Lai" in 2021 = 64); in an article published from 1 July 2025 on, a name that
  survived the merger names the new unit ("Gia Lai" in 2026 = 52). Abolished units keep their
  old code ("Bắc Giang" = 24, "Kon Tum" = 62);
- ``status``: ``merged`` when the unit was abolished on 1 July 2025 (its name is gone), else
  ``current``; ``current_name``/``current_code``: the unit of the 34 it belongs to.

Rules a reader applies, with the press cases they come from:
- spellings: "TP.HCM", "TP. HCM", "TPHCM", "TP Hồ Chí Minh", "Thừa Thiên - Huế", "TT-Huế",
  "Bà Rịa – Vũng Tàu" (any dash), "BR-VT", "Đắc Lắc", "Đăk Lăk", "Dak Nong", "Hoà Bình"
  (``province_aliases.tsv``); "Đắk Lắk10" (a glued footnote digit) still counts;
- risky names only after "tỉnh", "thành phố", "TP", "thủ đô", "cố đô": "Huế", "Hồ Chí Minh"
  (the person: "tư tưởng Hồ Chí Minh");
- "phía Bắc", "miền Nam" are directions (no province has those names);
- a ward, commune, district or town is not a province: "Phường Bình Định", "thị trấn Bình
  Dương", "xã Bình Thuận", "huyện Tây Sơn", "các phường: An Nhơn, Bình Định"; nor a facility or place named after one: "mỏ than
  Khánh Hòa", "Thủy điện Hòa Bình", "sông Đồng Nai", "Ngã Ba Huế", "đường Hà Nội", "trường Hà Nội" (but "thị trường Hà Nội" is the
  market of the province);
- "thành phố X" where X was a province (not a centrally-run city) is the provincial city inside
  it ("thành phố Thái Nguyên"), except the 2026 city-provinces in articles after their upgrade;
- a surname right before the name makes it a person ("Phó Thủ tướng Trương Hòa Bình");
- proper names that continue past the province are not it ("Thái Bình Dương", ``province_traps.tsv``);
- mentions inside organisation names count ("UBND tỉnh Quảng Ninh", "Tỉnh ủy Bạc Liêu", "Cục Hải
  quan Bình Dương"), except for brand-prone aliases (cue "company" in ``province_aliases.tsv``:
  "Sài Gòn") inside the name of a company or bank: "Ngân hàng TMCP Sài Gòn Thương Tín", "Công ty
  Cổ phần Bia Sài Gòn", "Tổng công ty Bia - Rượu - Nước giải khát Sài Gòn" are not the city, but
  "tại Sài Gòn", "người Sài Gòn", "Sài Gòn mưa lớn" are. The company is found in this module (it
  runs before organizations): a company word, then capitalised words, acronyms, dashes and a few
  lowercase legal-form and trade words ("cổ phần", "thương mại", "nước giải khát"), then the name.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

import regex

from . import names, places, scan
from .rules import ONE_SPACE, Words, fast_path, first_char_split, from_end
from .models import ProvinceMention
from .resources import load_tsv, word_list

# The pipeline component (pipeline.COMPONENTS): the Article field it fills and the earlier
# components it reads (none).
ASSIGNS = "provinces"
READS: tuple[str, ...] = ()

MERGER_DATE = dt.date(2025, 7, 1)


def _unit_word(r: dict[str, str]) -> str:
    """The word a row of data/provinces.tsv puts before the unit's own name in its official name
    ("Tỉnh Hà Giang": "tỉnh"; "Thành phố Huế", new_name "Huế": "thành phố"), lower-case."""
    official = r["official"]
    for name in (r["name"], r["new_name"]):
        if official.endswith(" " + name):
            return official[: -len(name) - 1].lower()
    raise RuntimeError(f"provinces.tsv: official name {official!r} does not end with its name")


@functools.lru_cache(maxsize=1)
def unit_words() -> tuple[str, ...]:
    """The words an official name puts before a province's own ("Tỉnh Hà Giang", "Thành phố Hà
    Nội"), lower-case, in the order of data/provinces.tsv: ("thành phố", "tỉnh")."""
    return tuple(dict.fromkeys(map(_unit_word, load_tsv("provinces.tsv"))))


@functools.lru_cache(maxsize=1)
def city_words() -> tuple[str, ...]:
    """The unit words of the centrally-run cities (division "thành phố trung ương" in
    data/provinces.tsv): ("thành phố",). Before a former province's name they name the provincial
    city inside it ("thành phố Thái Nguyên"), see accept()."""
    return tuple(dict.fromkeys(_unit_word(r) for r in load_tsv("provinces.tsv") if r["division"] != "tỉnh"))


@functools.lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """The canonical names of the units whose official name is a city word (city_words) and that
    name ("Thành phố Hà Nội", "Thành phố Cần Thơ"), read from data/provinces.tsv: the ones the
    press and the state write "TP <name>" ("UBND TP Hà Nội", "Thành ủy Đà Nẵng"). "Thừa Thiên
    Huế" is not among them: under that name it was a tỉnh; the city it became on 1 January 2025
    is named "Huế"."""
    cities = city_words()
    return frozenset(r["name"] for r in load_tsv("provinces.tsv")
                     if any(r["official"].lower() == f"{w} {r['name'].lower()}" for w in cities))


def _abbreviation(word: str) -> str:
    """The abbreviation of a unit word of several words, its initials in capitals: "TP"."""
    return "".join(p[0] for p in word.split()).upper()


def _capitalisations(ab: str) -> tuple[str, str]:
    """An abbreviation as the press capitalises it: all capitals, or the first letter alone
    ("TP", "Tp")."""
    return ab, ab[0] + ab[1:].lower()


def abbreviation_forms(words: tuple[str, ...], dotted: bool = False) -> str:
    """The ways the press writes the abbreviations of ``words`` (unit words of several words), as
    a case-sensitive alternation: each initial followed by an optional dot, or the first letter
    alone a capital: "TP", "TP.", "T.P.", "Tp." (``T\\.?P\\.?|Tp\\.?``). ``dotted``: only the
    forms with a dot, "TP.", "T.P", "T.P.", "Tp." (``T\\.P\\.?|TP\\.|Tp\\.``)."""
    forms = []
    for w in words:
        if " " in w:
            ab, title = _capitalisations(_abbreviation(w))
            if dotted:
                forms += [r"\.".join(map(regex.escape, ab)) + r"\.?", regex.escape(ab) + r"\.",
                          regex.escape(title) + r"\."]
            else:
                forms += ["".join(regex.escape(c) + r"\.?" for c in ab), regex.escape(title) + r"\.?"]
    return "|".join(forms)


# A province's unit word as the press writes it before the name ("tỉnh Quảng Ninh", "thành phố Hà
# Nội": unit_words(), from provinces.tsv), and the abbreviation of one of several words, its
# initials in capitals ("TP Hà Nội", "TP.HCM"): the one declaration the extractors' place phrases read.
UNIT_WORDS = Words(unit_words())
UNIT_ABBREVIATIONS = Words(_abbreviation(w) for w in unit_words() if " " in w)
# The abbreviations as they open a name glued to them ("TP.HCM", "TPHCM", "Tp.Hà Nội"): the
# undotted forms of abbreviation_forms.
_ABBREVIATION_OPENINGS = tuple(f for ab in UNIT_ABBREVIATIONS for f in _capitalisations(ab))


# Words right before a name that make it a sub-unit or a facility, not the province (the module
# docstring gives the press cases). Sub-units that head a list ("các phường: An Nhơn, Bình Định"):
# The levels of local government below a province (data/unit_levels.tsv, less the province's own
# unit words: huyện, quận, thị xã, xã, phường; the one table organisations read too), the town
# level that file does not read as a level ("thị trấn"), and the villages ("thôn", "làng").
_SUBUNIT_HEADS = Words([r["level"] for r in load_tsv("unit_levels.tsv") if r["level"] not in unit_words()]
                       + ["thị trấn", "thôn", "làng"])
# other sub-units and facilities: "mỏ than Khánh Hòa", "Thủy điện Hòa Bình", "sông Đồng Nai"
_NOT_PROVINCE_WORDS = _SUBUNIT_HEADS + Words(
    "ấp|bản|khu phố|tổ dân phố"
    "|mỏ than|mỏ|nhà máy|thủy điện|nhiệt điện|sông|cầu|đường|phố|chợ|ga|cảng|sân bay|bến xe|núi|đèo|vịnh"
    "|đảo|hồ|khách sạn|bệnh viện|trường|ngã ba|ngã tư|ngã năm|đội bóng|câu lạc bộ|CLB|khu công nghiệp|KCN"
    "|cao tốc|quốc lộ|trạm|bia"
    "|hãng|nhãn hiệu|giải")  # brands and prizes named after a place
# "trường Hà Nội" is a school, but "thị trường Hà Nội" the province's market.
_NOT_PROVINCE_BEFORE = regex.compile(
    r"""
    (?<![\p{L}\p{M}])
    (?i:%s)
    \ $                                 # right before the name
    """ % _NOT_PROVINCE_WORDS.alt(ONE_SPACE, guards={"trường": r"(?<!thị\ )"}),
    regex.VERBOSE,
)
_NOT_PROVINCE_LAST = _NOT_PROVINCE_WORDS.last_words()
fast_path("provinces._NOT_PROVINCE_BEFORE", _NOT_PROVINCE_BEFORE, "search",
          lambda s: scan.may_end_with(s, _NOT_PROVINCE_LAST), _NOT_PROVINCE_WORDS)
# A list governed by a sub-unit word: "các phường: An Nhơn Nam, Bình Định, An Nhơn Đông".
_SUBUNIT_LIST = regex.compile(
    r"""
    (?<![\p{L}\p{M}])
    (?i:%s)                              # the head of the list
    (?::\ ?|\ )                           # "các phường: " / "xã "
    (?>(?:[\p{Lu}\d][\p{L}\p{M}\d]*)(?:,\ |\ và\ |\ ))*   # earlier names of the list
    $""" % _SUBUNIT_HEADS.alt(ONE_SPACE),
    regex.VERBOSE,
)
fast_path("provinces._SUBUNIT_LIST", _SUBUNIT_LIST, "search",
          lambda s: _holds_subunit_head(s, None, 0, len(s)), _SUBUNIT_HEADS)
# The prefixes that make a risky name safe: "tỉnh Quảng Ninh", "TP. Hà Nội", "cố đô Huế".
_CAPITAL_WORDS = Words("thủ đô|cố đô")  # "thủ đô Hà Nội", "cố đô Huế"
_PREFIX = regex.compile(
    r"""
    (?:(?i:%s|%s)       # "tỉnh", "Thành phố", "thủ đô"
      |%s)              # "TP", "TP.", "T.P.", "Tp."
    \ ?$
    """ % (UNIT_WORDS.alt(ONE_SPACE), _CAPITAL_WORDS.alt(ONE_SPACE), abbreviation_forms(unit_words())),
    regex.VERBOSE,
)
# A company or bank name running up to the match: "Ngân hàng TMCP ", "Công ty Cổ phần Bia ",
# "Tổng công ty Bia - Rượu - Nước giải khát ". Only for aliases with cue "company".
# The company heads: org_heads.tsv's company rows ("Công ty", "Tổng công ty", "Ngân hàng", "Tập
# đoàn", "Hợp tác xã", "CTCP"; the table organisations read: provinces runs before it and reads
# the data), any case, and the short forms the press writes before a brand-prone name that
# organisations do not read as heads ("Tổng Cty", "NH", "HTX"). Then the lowercase words of a
# company's name: the lowercase legal forms (word_lists.tsv legal_forms: "cổ phần", "trách nhiệm
# hữu hạn") and the trade words of its line of business.
_COMPANY_HEADS = Words(sorted({r["head"].lower() for r in load_tsv("org_heads.tsv") if r["kind"] == "company"}
                              | {"tổng cty"}, key=lambda w: (-len(w), w)))
_COMPANY_ABBREVIATIONS = Words("NH|HTX")
_COMPANY_WORDS = Words(sorted(w for w in word_list("legal_forms") if w.islower())) + Words(
    "thương mại|một thành viên|nhà nước|đầu tư|phát triển|xây dựng|dịch vụ|du lịch|sản xuất"
    "|xuất nhập khẩu|vận tải|nước giải khát|giải khát|công nghiệp|kinh doanh|bất động sản|chứng khoán"
    "|bảo hiểm|tài chính|thực phẩm|bia|rượu|và")
_COMPANY_BEFORE = regex.compile(
    r"""
    (?<![\p{L}\p{M}])
    (?:(?i:%s)|%s)                         # company word
    (?>                                   # then, up to 8 times (atomic: no backtracking):
      (?:\ ?-\ ?|\ &\ |\ )(?:               # a dash, "&" or a space, then
        [\p{Lu}\d][\p{L}\p{M}\d.&]*            # a capitalised word or acronym: "TMCP", "Bia", "CP"
      | (?:%s)                              # lowercase legal-form and trade words
      )(?![\p{L}\p{M}])
    ){0,8}
    \ $                                   # right before the name
    """ % (_COMPANY_HEADS.alt(ONE_SPACE), _COMPANY_ABBREVIATIONS.alt(), Words(_COMPANY_WORDS).longest_first().alt(ONE_SPACE)),
    regex.VERBOSE,
)
# A city's unit word, or its abbreviation: "thành phố Thái Nguyên", "TP. Thái Nguyên" (accept()).
_CITY_PREFIX = regex.compile(r"(?:(?i:%s)|%s)\ ?$" % (Words(city_words()).alt(ONE_SPACE), abbreviation_forms(city_words())),
                             regex.VERBOSE)
_WORD_BEFORE = regex.compile(r"(\p{Lu}[\p{Ll}\p{M}]+)\ $")


# accept() searches the words before a name with these, backwards (rules.from_end; for these
# patterns the match is also the same: one place only can end at ``$``, _WORD_BEFORE's group). The
# registered fast paths read the patterns themselves, above.
_PREFIX_AT_END = from_end(_PREFIX)
_CITY_PREFIX_AT_END = from_end(_CITY_PREFIX)
_NOT_PROVINCE_AT_END = from_end(_NOT_PROVINCE_BEFORE)
_WORD_BEFORE_AT_END = from_end(_WORD_BEFORE)
# (_SUBUNIT_LIST reads the 200 characters before a name: a forward search tried each of them)
_SUBUNIT_LIST_AT_END = from_end(_SUBUNIT_LIST)
_FROM_END = {"_PREFIX": _PREFIX_AT_END, "_CITY_PREFIX": _CITY_PREFIX_AT_END,
             "_NOT_PROVINCE_BEFORE": _NOT_PROVINCE_AT_END, "_WORD_BEFORE": _WORD_BEFORE_AT_END,
             "_SUBUNIT_LIST": _SUBUNIT_LIST_AT_END}
_WORD_AFTER = regex.compile(r"\ (\p{Lu}[\p{Ll}\p{M}]*)(?![\p{L}\p{M}])")


@dataclass(frozen=True)
class _Unit:
    code: str
    name: str
    division: str
    new_code: str
    new_name: str


@dataclass(frozen=True)
class _Tables:
    units: dict[str, _Unit]
    by_name: dict[str, str]  # canonical name -> old code
    surfaces: dict[str, tuple[str, bool]]  # surface -> (old code, needs prefix)
    brands: frozenset[str]  # surface keys of aliases with cue "company" ("Sài Gòn")
    traps: dict[str, set[str]]
    pattern: regex.Pattern
    upgraded: dict[str, dt.date]  # new code -> date it became a centrally-run city (2026)
    firsts: frozenset[str] | None  # the first word of every spelling ("Hà", "TP"), see extract()
    surfaces_written: tuple[str, ...]  # every spelling as written in the data


def _spellings(written) -> list[str]:
    """Every spelling, longest first (the order the pattern tries them)."""
    return sorted(written, key=len, reverse=True)


def _pattern_of(spellings: list[str]) -> regex.Pattern:
    """The matcher of these spellings as whole words (for any subset: scan.ByFirstChar)."""
    alts = "|".join(_surface_regex(s) for s in spellings)
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}\d])(?:{alts})(?![\p{{L}}\p{{M}}])")


def _surface_regex(s: str) -> str:
    # " - " matches any dash with or without spaces; "TP.HCM" also "TP. HCM" / "TP HCM".
    out = regex.escape(s)
    out = out.replace(r"\ \-\ ", r"\ ?-\ ?").replace(r"\-", r"\ ?-\ ?")
    out = out.replace(r"\.", r"\.\ ?").replace(r"\ ", r"\ ")
    return out


@functools.lru_cache(maxsize=1)
def _tables() -> _Tables:
    units: dict[str, _Unit] = {}
    for r in load_tsv("provinces.tsv"):
        units[r["code"]] = _Unit(r["code"], r["name"], r["division"], r["new_code"], r["new_name"])
    by_name = {u.name: u.code for u in units.values()}
    written: dict[str, tuple[str, bool]] = {u.name: (u.code, False) for u in units.values()}
    brands = set()
    for r in load_tsv("province_aliases.tsv"):
        if r["cue"] not in ("prefix", "none", "company"):
            raise RuntimeError(f"province_aliases.tsv: unknown cue {r['cue']!r} for {r['alias']!r}")
        written[r["alias"]] = (r["code"], r["cue"] == "prefix")
        if r["cue"] == "company":
            brands.add(_surface_key(r["alias"]))
    surfaces = {_surface_key(s): v for s, v in written.items()}
    traps: dict[str, set[str]] = {}
    for r in load_tsv("province_traps.tsv"):
        traps.setdefault(r["name"], set()).add(r["continuation"])
    upgraded = {}
    for r in load_tsv("provinces_new34.tsv"):
        if r["upgraded_on"]:
            upgraded[r["code"]] = dt.date.fromisoformat(r["upgraded_on"].split()[0])
    pattern = _pattern_of(_spellings(written))
    # Each spelling opens with a capitalised word ("Hà" of "Hà Nội", "TP" of "TP.HCM"); a match
    # can only start where scan.Starts.cap_words() finds that word (see extract()).
    heads = [scan._CAP_WORD.match(s) for s in written]
    firsts = frozenset(m.group() for m in heads) if all(heads) else None
    return _Tables(units, by_name, surfaces, frozenset(brands), traps, pattern, upgraded, firsts, tuple(written))


_DASH = regex.compile(r" ?- ?")
_DOT_SPACE = regex.compile(r"\. ")


def _surface_key(text: str) -> str:
    """"Bà Rịa – Vũng Tàu", "Bà Rịa-Vũng Tàu" -> one key; "TP. HCM" -> "TP.HCM"."""
    if "-" not in text and "." not in text:  # each pattern holds one of them: nothing to replace
        return text
    return _DASH.sub("-", _DOT_SPACE.sub(".", text))


def lookup(surface: str) -> tuple[str, bool] | None:
    """(old code, needs prefix) of a province spelling, or None."""
    return _tables().surfaces.get(_surface_key(surface))


def unit(code: str) -> _Unit:
    return _tables().units[code]


def pattern() -> regex.Pattern:
    """The compiled matcher of every province spelling (used by organizations and officials)."""
    return _tables().pattern


@functools.lru_cache(maxsize=1)
def pattern_by_first_char() -> scan.ByFirstChar:
    """``pattern()`` split by first letter: ``match``/``fullmatch`` try only the spellings that
    start with the character at hand (organisations read a province at every word of a name)."""
    t = _tables()
    written = list(t.surfaces_written)
    return scan.ByFirstChar(_spellings(written), _pattern_of, full=t.pattern)


first_char_split("provinces.pattern_by_first_char", pattern_by_first_char)


is_province_name = places.is_province_name


def _record_fields(code: str, published: dt.date | None) -> dict:
    """The fields of a mention of the unit ``code`` in an article published on ``published``:
    they depend on the date only through whether it is past the merger (``_fields``, kept per
    unit: an article names a few units, often several times). The dict is the cache's: the
    caller unpacks it (``doc.make(..., **fields)``), it does not change it."""
    return _fields(code, published is not None and published >= MERGER_DATE)


@functools.lru_cache(maxsize=256)  # (the units, about a hundred, twice at most)
def _fields(code: str, after_merger: bool) -> dict:
    t = _tables()
    u = t.units[code]
    merged = u.name != u.new_name and not (u.code == "46")
    named = code
    if not merged and after_merger:
        named = u.new_code
    current_name = u.new_name
    return dict(name=u.name, code=named, status="merged" if merged else "current",
                current_name=current_name, current_code=u.new_code)


# The head words of _SUBUNIT_LIST its fast path looks for, but those that hold another ("thị xã"
# holds "xã"): a window holds one of these exactly when it holds one of all of them.
_SUBUNIT_HEAD_WORDS = tuple(w for w in _SUBUNIT_HEADS if not any(v != w and v in w for v in _SUBUNIT_HEADS))


def _holds_subunit_head(clean: str, lowered: str | None, lo: int, start: int) -> bool:
    """Whether ``clean[lo:start]``, lower-cased, holds a head word of _SUBUNIT_HEADS (the fast
    path of _SUBUNIT_LIST), read in ``lowered``, the text lower-cased with the same offsets
    (``doc.starts.lowered()``), where there is one: the heads are Vietnamese letters, which
    lower-case alike in a slice and in the whole text (only a Greek final sigma does not)."""
    if lowered is None:
        return scan.holds_any(clean[lo:start].lower(), _SUBUNIT_HEAD_WORDS)
    return scan.holds_any(lowered, _SUBUNIT_HEAD_WORDS, lo, start)


def accept(clean: str, start: int, end: int, code: str, needs_prefix: bool,
           published: dt.date | None, lowered: str | None = None) -> bool:
    """Whether the match ``clean[start:end]`` is a mention of the province (see the rules).
    ``lowered``: the text lower-cased with the same offsets (``doc.starts.lowered()``), if any."""
    t = _tables()
    before = clean[max(0, start - 30):start]
    has_prefix = bool(_PREFIX_AT_END.search(before)) or clean.startswith(_ABBREVIATION_OPENINGS, start)  # "TP.HCM"
    if needs_prefix and not has_prefix:
        return False
    if has_prefix and _CITY_PREFIX_AT_END.search(before):
        u = t.units[code]
        if u.division == "tỉnh":  # "thành phố Thái Nguyên" is the city inside the province
            up = t.upgraded.get(u.new_code)
            if not (up and u.name == u.new_name and published and published >= up):
                return False
    if not has_prefix:
        # cheap tests first: the window must end with a last word of _NOT_PROVINCE_BEFORE, or hold
        # a head word of _SUBUNIT_LIST (lower-cased: these letters fold as IGNORECASE does), for
        # the $-anchored searches, which try every position of the window, to find anything
        if scan.may_end_with(before, _NOT_PROVINCE_LAST) and _NOT_PROVINCE_AT_END.search(before):
            return False
        lo = max(0, start - 200)
        if _holds_subunit_head(clean, lowered, lo, start) and _SUBUNIT_LIST_AT_END.search(clean, lo, start):
            return False
        w = _WORD_BEFORE_AT_END.search(before)
        if w and names.is_surname_or_middle(w.group(1)):
            return False
    text = clean[start:end]
    if (not has_prefix and _surface_key(text) in t.brands
            and _COMPANY_BEFORE.search(clean, max(0, start - 150), start)):
        return False  # "Ngân hàng TMCP Sài Gòn Thương Tín": a brand, not the city
    nxt = _WORD_AFTER.match(clean, end)
    if nxt and nxt.group(1) in t.traps.get(text, ()):
        return False
    return True


fast_path("provinces.pattern", pattern, "match",
          lambda s, p: _tables().firsts is None or p in [q for q, w in scan.Starts(s).cap_words() if w in _tables().firsts],
          lambda: _tables().surfaces_written)


def extract(doc) -> list[ProvinceMention]:
    clean = doc.clean
    t = _tables()
    out = []
    # The pattern opens with "no letter, mark or digit before" and a spelling's first word, which
    # is capitalised: so a match starts where a capitalised word starts (cap_words(), shared with
    # organizations) and that word is the spelling's first word exactly ("Hà" of "Hà Nội", "TP" of
    # "TP.HCM"). Trying the pattern only there gives what finditer() gives, without running the
    # look-behind and the 150-way alternation at every character of the text.
    if t.firsts is not None:
        firsts = t.firsts
        tries = [p for p, w in doc.starts.cap_words() if w in firsts]
        # the spellings of each try's first letter only (pattern_by_first_char, same matches)
        matches = scan.finditer_at(pattern_by_first_char(), tries, clean)
    else:
        matches = t.pattern.finditer(clean)
    lowered = doc.starts.lowered()
    for m in matches:
        s, e = m.span()
        hit = lookup(m.group())
        if hit is None:
            continue
        code, needs_prefix = hit
        if not accept(clean, s, e, code, needs_prefix, doc.published, lowered):
            continue
        out.append(doc.make(ProvinceMention, s, e, **_record_fields(code, doc.published)))
    return out
