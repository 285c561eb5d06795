"""Legal references: document numbers of Vietnamese law, administration and the Party.

Written by hand because no library reads them: the NER models of underthesea, VnCoreNLP and PhoNLP
tag "Nghị định số 111" as a location. The forms are fixed by law, so a grammar does better:

- normative documents (Luật Ban hành VBQPPL): ``số/năm/LOẠI-CƠ QUAN`` ("111/2015/NĐ-CP",
  "01/2021/TT-BCT"), laws and resolutions of the National Assembly ``số/năm/QH<khóa>``
  ("59/2020/QH14"), of its Standing Committee ``số/năm/UBTVQH<khóa>``, inter-ministerial chains
  ("03/2021/TTLT-TANDTC-VKSNDTC-BCA-BQP"), promulgation orders ("07/2025/L-CTN");
- administrative documents (Nghị định 30/2020/NĐ-CP): ``số/LOẠI-CƠ QUAN`` with no year
  ("165/QĐ-TTg", "123/CĐ-TTg"), and công văn ``số/CƠ QUAN-ĐƠN VỊ`` ("3370/BGTVT-ĐTCT": the first
  group is not a type code, so the document is a công văn issued by BGTVT);
- Party documents ``số-LOẠI/CƠ QUAN`` ("57-NQ/TW", "17129-CV/VPTW", "32-CT/TU");
- short mentions after a type word: "Nghị định 23/2020", "Nghị định số 52/2013", "NĐ 111/2015",
  and later "Nghị định 23" (``refers_to`` the full number seen before or after); a number alone
  after the type word of a numbered document is one too ("Nghị định 67", "Nghị quyết 39 của Bộ
  Chính trị", "văn bản 10285 ngày 29/11/2016"), not after a plan's ("Kế hoạch 100 ngày").

The type word in front ("Nghị định số", "văn bản số") is part of the span and gives ``doc_type``
when the code does not; "ngày 03/11/2015" or "ngày 3 tháng 11 năm 2015" right after the number
gives ``signed_on``. Real-text defects are read: "NÐ-CP" (normalised to Đ), "TT- BGTVT",
"NĐ-CPngày" glued to the next word, mixed case "TTg"/"TTG". Dates ("03/11/2015"), fractions
("16/28 tỉnh"), scores and URLs are not references: a code group must start with a capital
letter and a number inside a URL or path is skipped.

Data: ``doc_types.tsv`` (type codes), ``issuers.tsv`` (issuer codes), ``type_words.tsv`` (words in
front of the number), ``code_variants.tsv`` (spellings). Every span found is claimed, so the dates
and quantities components never read "01/2021" or "111" again.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from dataclasses import dataclass

import regex

from . import numbers, scan
from .models import LegalRef
from .resources import load_tsv, read_by, word_list
from .rules import ONE_SPACE, Words, fast_path

# The pipeline component (pipeline.COMPONENTS): the Article field it fills and the earlier
# components it reads (none). Its spans are claimed: dates and quantities never read them again.
ASSIGNS = "legal_refs"
READS: tuple[str, ...] = ()

_SERIAL_DIGITS = 6  # a serial number has up to 6 digits: "17129-CV/VPTW"
_SERIAL = rf"\d{{1,{_SERIAL_DIGITS}}}"

# One group of codes: "NĐ", "QH14", "BLĐTBXH", "TTLT" in capitals, or a code the data files spell
# with a lower-case letter, which the capitals cannot read: "TTg" (issuers.tsv), "QyĐ", "CTr", "TTr",
# "TrS" (doc_types.tsv), the press's "Ttg" (code_variants.tsv, either column). A spelling added
# to one of the files is read here by itself, and _canon_code gives its canonical code.
_CAPITAL_CODE = r"[A-ZĐ][A-ZĐ0-9&]{0,24}"
_MIXED_CODES = Words(sorted(
    {c for c in [*(r["code"] for r in load_tsv("doc_types.tsv")), *(r["code"] for r in load_tsv("issuers.tsv")),
                 *(v for r in load_tsv("code_variants.tsv") for v in (r["variant"], r["canonical"]))]
     if not regex.fullmatch(_CAPITAL_CODE, c)},
    key=lambda c: (-len(c), c)))
_CODE_SEG = rf"(?:{_MIXED_CODES.alt()}|{_CAPITAL_CODE})"  # one group: "NĐ", "TTg", "QH14"

# _parse_number() reads its groups (tests/test_legal_refs.py's tables run both on every form).
# Single spaces around "/" and "-" are read ("111 / 2015 / NĐ - CP", from PDFs pasted into
# articles); a group after a spaced dash must end before a lowercase letter, so "NĐ-CP - Chính
# phủ" stops at CP.
_SP = r"\ ?"                           # an optional single space around "/" and "-"
_CHAIN = rf"(?:-{_CODE_SEG}|{_SP}-{_SP}{_CODE_SEG}(?!\p{{Ll}}))"  # "-CP", "- BGTVT", " - TTg"
_NUMBER = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{M}}\d/.\-_:=&?#])   # not inside a word, a path, a URL or a longer number
    (?:
      (?P<pserial>{_SERIAL})            # Party: "57"
      {_SP}-{_SP}(?P<ptype>{_CODE_SEG}) # "-NQ", " - NQ"
      {_SP}/{_SP}(?P<pissuer>{_CODE_SEG}  # "/TW", "/VPTW", " / TW"
        {_CHAIN}{{0,4}})
    |
      (?P<serial>{_SERIAL})             # "111"
      {_SP}/{_SP}                       # "/", " / "
      (?:(?P<year>{numbers.YEAR}){_SP}/{_SP})?  # "2015/" (normative documents only)
      (?P<codes>{_CODE_SEG}             # "NĐ", "QĐ", "BGTVT", "QH14": a capital letter first, so
                                        # "16 / 28 tỉnh" and "03 / 11 / 2015" are not read
        {_CHAIN}{{0,6}})                # "-CP", "- BGTVT", chains "-TANDTC-VKSNDTC"
    )
    (?![A-ZĐ0-9/]|-[A-ZĐ0-9]|{_SP}-{_SP}{_CODE_SEG}(?!\p{{Ll}}))  # the identifier ends here
                                        # ("NĐ-CPngày" ends after CP; "NĐ-CP - Chính phủ" too)
    """,
    regex.VERBOSE,
)

_DIGITS = r"\d+"  # the trigger of _NUMBER (scan.Starts): where a run of digits starts
# How far after the first digit of its serial a match of _NUMBER has its first "/" or "-": the
# other digits of the serial, the optional space (_SP), the mark itself.
_SEP_REACH = _SERIAL_DIGITS - 1 + len(" ") + 1


def _number_tries(text: str, starts) -> list[int]:
    """Where _NUMBER may match (a superset: the pattern decides).

    _NUMBER starts at the first digit of a run (its look-behind allows no digit before) and has
    "/" or "-" within the next _SEP_REACH characters: try it only at the digit runs (scan.Starts,
    shared with dates) where one is, not at every character of the text.
    """
    out = []
    for p in starts(_DIGITS):
        after = text[p + 1:p + 1 + _SEP_REACH]
        if "/" in after or "-" in after:
            out.append(p)
    return out


# A short number after a type word: "23/2020", "52/2013", "111", "111/2015".
_SHORT = regex.compile(
    r"""
    (?P<serial>\d{1,%d})                 # "23"
    (?:/(?P<year>%s))?                  # "/2020"
    (?![\d/.,]\d|[\p{L}\p{M}\d/-])      # not a date "23/4/2020", not "23,5", not glued "23ha"
    """ % (_SERIAL_DIGITS, numbers.YEAR),
    regex.VERBOSE,
)

_SIGNED = regex.compile(
    r"""
    \ ?[,(]?\ ?                         # ", ngày ...", "(ngày ..."
    (?:của\ [^\d,.;:()\n]{1,45}?\ )?    # "của Chính phủ ngày ..."
    ngày\ +
    (?:
      (?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>%s)    # "03/11/2015"
    | (?P<d2>\d{1,2})\ tháng\ (?P<m2>\d{1,2}),?\ năm\ (?P<y2>%s)  # "3 tháng 11 năm 2015"
    )
    (?!\d)
    """ % (numbers.YEAR, numbers.YEAR),
    regex.VERBOSE,
)

# "của Quốc hội" after a short number names the issuer ("Nghị quyết 52/2017 của Quốc hội"): each
# name with its code, from issuers.tsv's of_names column; tried the longest first ("Thủ tướng
# Chính phủ" before "Thủ tướng").
_OF_CODES = {name.strip(): r["code"] for r in load_tsv("issuers.tsv") if r["of_names"]
             for name in r["of_names"].split(";")}
_OF_ISSUER = regex.compile(rf"\ ?,?\ ?(?:của|do)\ (?P<who>{Words(_OF_CODES).longest_first().alt(ONE_SPACE)})")

# Between a type word and its number: "Chương trình hành động số 32-CT/TU", "Nghị định số 111";
# the typo "só" is real (dev 025 "Thông tư só 22/2019/TT-BTC").
_ACTION = Words("hành động")
_NUMBER_WORD = Words("số|só|Số")
_BETWEEN = rf"(?:(?:{_ACTION.alt(ONE_SPACE)})\ )?(?:{_NUMBER_WORD.alt(ONE_SPACE)})"  # "hành động số"

# A number alone after the type word of a numbered document, with neither "số" nor a year, is
# the document's number in the press: "Nghị định 67", "Nghị quyết 19" (dev-214), "Nghị quyết 39 của
# Bộ Chính trị" (dev-410), "Chỉ thị 05 của Bộ Chính trị", "Thông tư 332 có hiệu lực", "Quyết định
# 935, 936" (2017 archive). Not for types that also name plans and programmes ("Kế hoạch 100 ngày",
# "Đề án 941 Akula", "Chương trình 135"), not a single digit, not a count or a duration after it
# ("Quyết định 30 ngày"). The types are language data: data/word_lists.tsv, list bare_number_types;
# the words of a count or a duration after the number are data/counted_after.tsv's bare_number rows.
_BARE_TYPES = word_list("bare_number_types")
_COUNTED_AFTER = Words(read_by("counted_after.tsv", "bare_number", key="word"))
_NOT_COUNTED = regex.compile(
    rf"(?!\ ?(?:{_COUNTED_AFTER.alt(ONE_SPACE)})(?![\p{{L}}\p{{M}}])(?!\ \d))")  # "ngày 29/11" is its date
# A công văn's number is read alone only before what dates, signs or sends it: "văn bản 2861 ngày
# 13/6 của UBND thành phố", "văn bản 2000 của Bộ Tài chính", "Văn bản 178 gửi Bộ GTVT" (dev-412),
# "Công văn 2039 ngày 29/5/2017" (2017 archive).
_BARE_LETTER = regex.compile(r"\ (?:ngày\ \d|của\ |gửi\ )")


# Type words that are verbs too, when written in lower case: "có kết luận 02 cuộc" (concluded
# two), "quyết định 2 việc" (decided): their number alone is read only after a capital
# (data/word_lists.tsv, list verb_types).
_VERB_TYPES = word_list("verb_types")


def _bare_serial(clean: str, sm: regex.Match, doc_type: str, word: str) -> bool:
    return (doc_type in _BARE_TYPES and len(sm.group("serial")) >= 2
            and not (doc_type in _VERB_TYPES and word[:1].islower())
            and _NOT_COUNTED.match(clean, sm.end()) is not None)


_TRAILING_DIGITS = regex.compile(r"\d+$")  # "QH14" -> "QH"
# The issuers whose code, with its term, follows the number alone: "59/2020/QH14" is a law or a
# resolution of the National Assembly, no type code (issuers.tsv reads numbered_alone).
_NUMBERED_ALONE = frozenset(read_by("issuers.tsv", "numbered_alone", key="code"))
_CODE_DASH = regex.compile(r" ?- ?")

@dataclass(frozen=True)
class _Tables:
    doc_types: dict[str, str]
    issuers: dict[str, str]
    variants: dict[str, str]
    type_words: dict[str, tuple[str, str, str]]
    type_word_re: regex.Pattern


@functools.lru_cache(maxsize=1)
def _tables() -> _Tables:
    doc_types = {r["code"]: r["doc_type"] for r in load_tsv("doc_types.tsv")}
    issuers = {r["code"]: r["name"] for r in load_tsv("issuers.tsv")}
    variants = {r["variant"]: r["canonical"] for r in load_tsv("code_variants.tsv")}
    words = {r["word"]: (r["doc_type"], r["code"], r["issuer"]) for r in load_tsv("type_words.tsv")}
    type_word_re = regex.compile(
        rf"""
        (?<![\p{{L}}\p{{M}}])
        (?P<word>{_type_word_alt(words)})  # "Nghị định"
        (?:\ {_BETWEEN}\ ?)?      # "số", "hành động số"
        [ ]?(?:[:.]\ ?)?                # "Nghị định: 111", rare
        $""",
        regex.VERBOSE,
    )
    return _Tables(doc_types, issuers, variants, words, type_word_re)


@functools.lru_cache(maxsize=1)
def yeared_types() -> frozenset[str]:
    """The document types every number of which carries its year ("67/2014/NĐ-CP", "45/2013/QH13"):
    the ``year_in_number`` rows of ``data/type_words.tsv`` (normative-only types). A mention of one
    without its year ("Nghị định 67/NĐ-CP") is a short number; "165/QĐ-TTg" is a whole one."""
    return frozenset(r["doc_type"] for r in load_tsv("type_words.tsv") if r["year_in_number"] == "yes")


def _type_word_alt(words) -> str:
    """The alternation of type words, the longest first: an abbreviation ("NĐ", "QĐ") in its exact
    case, a word with its first letter in either case ("Nghị định", "nghị định")."""
    alts = []
    for w in sorted(words, key=len, reverse=True):
        if w.isupper():
            alts.append(regex.escape(w))
        else:
            alts.append(f"(?i:{regex.escape(w[0])}){regex.escape(w[1:])}")
    return "|".join(alts)


def _canon_code(seg: str) -> str:
    t = _tables()
    seg = seg.strip()
    return t.variants.get(seg, t.variants.get(seg.upper(), seg))


def _issuer_name(issuer: str | None) -> str | None:
    if not issuer:
        return None
    t = _tables()
    names = []
    for part in issuer.split("-"):
        base = _TRAILING_DIGITS.sub("", part)  # "QH14" -> "QH"
        if base not in t.issuers:
            return None
        names.append(t.issuers[base])
    return ", ".join(names)


def _type_word_before(clean: str, pos: int) -> regex.Match | None:
    """The type word ending right before ``pos`` ("Nghị định số " + number)."""
    return _tables().type_word_re.search(clean, max(0, pos - _type_word_reach()), pos)


@functools.lru_cache(maxsize=1)
def _type_word_reach() -> int:
    """How far before ``pos`` a match of type_word_re can start: the longest type word, " hành
    động số ", " : ", and one more for a "\\n" before ``pos`` (``$`` matches before it)."""
    return _short_reach() + len(" : ") + 1


def _signed_after(clean: str, pos: int) -> dt.date | None:
    m = _SIGNED.match(clean, pos)
    if not m:
        return None
    d, mo, y = (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else (m.group("d2"), m.group("m2"), m.group("y2"))
    try:
        return dt.date(int(y), int(mo), int(d))
    except ValueError:
        return None


def _parse_number(m: regex.Match) -> dict:
    """Canonical fields of an identifier match of _NUMBER."""
    t = _tables()
    if m.group("pserial"):
        typ = _canon_code(m.group("ptype"))
        issuer = "-".join(_canon_code(s) for s in _CODE_DASH.split(m.group("pissuer")))
        return dict(number=f"{m.group('pserial')}-{typ}/{issuer}", serial=m.group("pserial"), year=None,
                    type_code=typ, doc_type=t.doc_types.get(typ), issuer=issuer)
    serial, year = m.group("serial"), m.group("year")
    segs = [_canon_code(s) for s in _CODE_DASH.split(m.group("codes"))]
    head = segs[0]
    if head in t.doc_types and len(segs) > 1:
        typ, issuer = head, "-".join(segs[1:]) or None
        doc_type = t.doc_types[typ]
    elif _TRAILING_DIGITS.sub("", head) in _NUMBERED_ALONE and len(segs) == 1:
        typ, issuer, doc_type = None, head, None  # laws and resolutions: "59/2020/QH14"
    else:  # công văn "3370/BGTVT-ĐTCT": issuer, then the drafting unit
        typ, issuer, doc_type = None, head, "Công văn"
    number = "/".join(p for p in (serial, year, "-".join(segs)) if p)
    return dict(number=number, serial=serial, year=int(year) if year else None, type_code=typ,
                doc_type=doc_type, issuer=issuer)


def _plausible(fields: dict) -> bool:
    """Reject "1/TP" and the like: a code must be a known type or issuer, or have a year."""
    t = _tables()
    if fields["type_code"] or fields["year"]:
        return True
    issuer = fields["issuer"] or ""
    return _TRAILING_DIGITS.sub("", issuer.split("-")[0]) in t.issuers


def extract(doc) -> list[LegalRef]:
    clean = doc.clean
    t = _tables()
    found: list[tuple[int, int, dict]] = []
    taken = _Taken()
    seen = _Seen()
    for m in scan.finditer_at(_NUMBER, _number_tries(clean, doc.starts), clean):
        fields = _parse_number(m)
        if not _plausible(fields):
            continue
        start, end = m.start(), m.end()
        tw = _type_word_before(clean, start)
        if tw:
            start = tw.start()
            # What the source says wins ("Chương trình hành động số 32-CT/TU" is a Chương trình),
            # except the generic "văn bản số" in front of a typed number.
            said = t.type_words[_word_key(tw.group("word"))][0]
            if said != "Công văn" or fields["type_code"] is None:
                fields["doc_type"] = said
        fields["issuer_name"] = _issuer_name(fields["issuer"])
        fields["signed_on"] = _signed_after(clean, m.end())
        found.append((start, end, fields))
        taken.add(m.start(), m.end())
        seen.add(start, fields, short=False)

    # Short mentions after a type word: "Nghị định 23/2020", later "Nghị định 23".
    for tw in scan.finditer_at(_short_after_word(), _short_tries(clean, doc.starts), clean):
        s = tw.start("num")
        if s in taken:
            continue
        sm = _SHORT.match(clean, s)
        if not sm:
            continue
        doc_type, code, issuer = t.type_words[_word_key(tw.group("word"))]
        serial, year = sm.group("serial"), sm.group("year")
        year_i = int(year) if year else None
        target = seen.earlier(serial, year_i, doc_type, tw.start())
        fields: dict
        if target is not None:
            fields = dict(target)
            fields["refers_to"] = target["number"]
            fields["signed_on"] = None
        elif year and code and issuer:  # a type of one issuer (type_words.tsv issuer): a Nghị định is
            # always the Government's, "Nghị định 23/2020" is "23/2020/NĐ-CP"
            fields = dict(number=f"{serial}/{year}/{code}-{issuer}", serial=serial, year=year_i, type_code=code,
                          doc_type=doc_type, issuer=issuer)
        elif doc_type == "Công văn" and not (year or _BARE_LETTER.match(clean, sm.end())):
            continue  # "văn bản 3" is no reference; "văn bản 10285 ngày 29/11/2016" is
        elif year or tw.group("so") or _bare_serial(clean, sm, doc_type, tw.group("word")):
            if not year:  # "Quyết định 24" before its full "Quyết định số 24/2017/QĐ-TTg" (dev-018)
                target = seen.earlier(serial, None, doc_type, len(clean) + 1)
                if target is not None:
                    found.append((tw.start(), sm.end(), dict(target, refers_to=target["number"], signed_on=None)))
                    taken.add(tw.start(), sm.end())
                    continue
            who = _OF_ISSUER.match(clean, sm.end())
            iss = _OF_CODES[who.group("who")] if who else (issuer or None)
            fields = dict(number=f"{serial}/{year}" if year else serial, serial=serial, year=year_i,
                          type_code=code if issuer else None, doc_type=doc_type, issuer=iss)
        else:
            continue
        fields["issuer_name"] = _issuer_name(fields.get("issuer"))
        if not fields.get("refers_to"):
            fields["signed_on"] = _signed_after(clean, sm.end())
        found.append((tw.start(), sm.end(), fields))
        taken.add(tw.start(), sm.end())
        if not fields.get("refers_to"):
            seen.add(tw.start(), fields, short=True)

    found.sort(key=lambda x: x[0])
    out = []
    for start, end, fields in found:
        doc.claim(start, end)
        fields.setdefault("refers_to", None)
        out.append(doc.make(LegalRef, start, end, **fields))
    return out


def _word_key(word: str) -> str:
    t = _tables()
    if word in t.type_words:
        return word
    for k in t.type_words:
        if k.lower() == word.lower():
            return k
    return word


@functools.lru_cache(maxsize=1)
def _short_trigger() -> str:
    """Where _short_after_word() can start (scan.py): the first word of a type word.

    A word that begins with another one is left out ("quyết" with "quy", "kết" with "kế"): the
    shorter one's positions hold its positions already, and each word costs a scan of the text.
    """
    firsts = {w.split(" ")[0].lower() for w in _tables().type_words}
    return "|".join(sorted(w for w in firsts if not any(w != v and w.startswith(v) for v in firsts)))


# The character before the digit a short mention ends on: the space, or the end of "số"/"só"/"Số".
_BEFORE_NUM = frozenset(" ") | frozenset(w[-1] for w in _NUMBER_WORD)


@functools.lru_cache(maxsize=1)
def _short_reach() -> int:
    """How far after its start _short_after_word() can read its digit: the longest type word, a
    space, "hành động", a space, "số" and a space."""
    longest = max(map(len, _tables().type_words))
    return longest + max(map(len, _ACTION)) + max(map(len, _NUMBER_WORD)) + 3 * len(" ")


def _short_tries(text: str, starts) -> list[int]:
    """Where _short_after_word() may match (a superset: the pattern decides).

    A short mention ends one digit into its number, and that digit starts a run (after " " or
    "số"/"só"/"Số"), at most _short_reach() characters after the type word's start: try the
    pattern only at trigger words with such a digit within reach.
    """
    nums = [d for d in starts(_DIGITS) if text[d - 1:d] in _BEFORE_NUM]
    reach = _short_reach()
    tries = []
    for p in starts(_short_trigger()):
        k = bisect.bisect_right(nums, p)
        if k < len(nums) and nums[k] <= p + reach:
            tries.append(p)
    return tries


@functools.lru_cache(maxsize=1)
def _short_after_word() -> regex.Pattern:
    t = _tables()
    # "văn bản 3" is not a reference, "văn bản 10285 ngày 29/11/2016" is (see _BARE_LETTER)
    words = list(t.type_words)
    return regex.compile(
        rf"""
        (?<![\p{{L}}\p{{M}}])
        (?P<word>{_type_word_alt(words)})  # "Nghị định"
        \ (?:(?P<so>{_BETWEEN})\ ?)?  # "số", "hành động số"
        (?P<num>\d)                     # the number starts here
        """,
        regex.VERBOSE,
    )


# The fast paths, for tests/test_rules.py: text generated from the numbers' forms and the type words.
_NUMBER_FORMS = ("111/2015/NĐ-CP", "01/2021/TT-BCT", "59/2020/QH14", "03/2021/TTLT-TANDTC-VKSNDTC-BCA-BQP",
                 "165/QĐ-TTg", "3370/BGTVT-ĐTCT", "57-NQ/TW", "17129-CV/VPTW", "111 / 2015 / NĐ - CP",
                 "123456/QĐ-TTg", "1234567/QĐ-TTg", "NĐ-CPngày", "TT- BGTVT", "03/11/2015", "16/28 tỉnh",
                 "23/2020", "52", "số", "só", "Số", "hành động số")
fast_path("legal_refs._NUMBER", _NUMBER, "match", lambda s, p: p in _number_tries(s, scan.Starts(s)),
          _NUMBER_FORMS)
fast_path("legal_refs.short_after_word", _short_after_word, "match",
          lambda s, p: p in _short_tries(s, scan.Starts(s)),
          lambda: tuple(_tables().type_words) + _NUMBER_FORMS
          + ("Nghị định số 111", "Nghị định số23", "Thông tư só22/2019", "NĐ 111/2015",
             "Chương trình hành động Số32", "Chương trình hành động hành động số 32"))


class _Taken:
    """The characters taken by the references found so far, as a union of half-open spans kept
    merged and sorted (bisect): ``pos in taken`` is ``any(a <= pos < b for a, b in spans)``, in
    log time instead of a scan of every span (the scan made text full of references quadratic:
    6.8 s for 800,000 characters)."""

    __slots__ = ("starts", "ends")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, a: int, b: int) -> None:
        if a >= b:
            return
        i = bisect.bisect_left(self.ends, a)  # the first span that ends at or after a
        j = bisect.bisect_right(self.starts, b)  # the spans from i to j touch [a, b): merge them
        if i < j:
            a = min(a, self.starts[i])
            b = max(b, self.ends[j - 1])
        self.starts[i:j] = [a]
        self.ends[i:j] = [b]

    def __contains__(self, pos: int) -> bool:
        k = bisect.bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.ends[k]


_ANY = object()  # a group of _Seen that holds every year (or every doc_type)


class _Seen:
    """The references a later "Nghị định 23" can refer to, grouped for :meth:`earlier`.

    What :meth:`earlier` answers is "the reference added last, with this serial, whose start is
    before ``before``, whose year is the one asked or None (any, when none is asked) and whose
    doc_type is the one asked or empty": the first such one found walking back over every
    reference found so far. Walking back made text made of references quadratic; here each
    reference is filed under its serial (leading zeros dropped), year and doc_type, and under
    "any year" and "any doc_type" too, so a question looks at no more than four groups.

    Full references are added first, in the order of their start (ascending: finditer_at gives
    them in order and a type word in front never reaches back past the number before it), then
    the short mentions that name a number on their own, also by ascending start and each before
    the next question. So within a group the last short mention is the last added, and the
    full reference added last before ``before`` is the one found by bisecting the starts.
    """

    __slots__ = ("groups",)

    def __init__(self) -> None:
        # (serial, year or _ANY, doc_type or None or _ANY) -> (full starts, full fields, short starts, short fields)
        self.groups: dict[tuple, tuple[list[int], list[dict], list[int], list[dict]]] = {}

    def add(self, start: int, fields: dict, short: bool) -> None:
        serial = fields["serial"].lstrip("0")
        year = fields["year"]
        doc_type = fields["doc_type"] or None
        for key in ((serial, year, doc_type), (serial, _ANY, doc_type), (serial, year, _ANY), (serial, _ANY, _ANY)):
            g = self.groups.get(key)
            if g is None:
                g = self.groups[key] = ([], [], [], [])
            if short:
                g[2].append(start)
                g[3].append(fields)
            else:
                g[0].append(start)
                g[1].append(fields)

    def earlier(self, serial: str, year: int | None, doc_type: str | None, before: int) -> dict | None:
        """A full reference seen before with the same serial (and year and type when given)."""
        serial = serial.lstrip("0")
        years = (_ANY,) if year is None else (year, None)
        types = (doc_type, None) if doc_type else (_ANY,)
        best_short: tuple[int, dict] | None = None
        best_full: tuple[int, dict] | None = None
        for y in years:
            for t in types:
                g = self.groups.get((serial, y, t))
                if g is None:
                    continue
                if g[2] and (best_short is None or g[2][-1] > best_short[0]):
                    best_short = (g[2][-1], g[3][-1])
                k = bisect.bisect_left(g[0], before) - 1
                if k >= 0 and (best_full is None or g[0][k] > best_full[0]):
                    best_full = (g[0][k], g[1][k])
        if best_short is not None:  # added after every full reference: found first walking back
            return best_short[1]
        return best_full[1] if best_full is not None else None
