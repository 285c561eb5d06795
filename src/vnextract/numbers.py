"""Vietnamese numbers: figures written with digits ("43.489", "1.196,4") and number words.

Why hand-written: the number libraries know one decimal mark. quantulum3 reads "43.489ha" as
43.489 hectares, Babel's parse_decimal needs a locale per call and rejects "64 .000", and no
library reads Vietnamese number words ("hai mươi lăm", "một triệu tư").

Digits (``parse_digits``), the Vietnamese convention first:
- "." groups thousands, "," is the decimal mark: "43.489" = 43489, "28,8" = 28.8,
  "1.196,4" = 1196.4, "478.020,733" = 478020.733;
- odd spacing inside a figure is tolerated: "64 .000" = 64000;
- English-style figures are read by evidence in the figure: "1,234,567" (several comma groups)
  and "12,500.75" (comma before a dot) are thousands with a decimal dot; "2.5" (a dot not
  followed by exactly three digits) is a decimal dot;
- one comma followed by exactly three digits ("441,857" / "100,000") is ambiguous. It is read
  as a decimal ("441,857 tỷ" = 441.857 tỷ) unless the caller says the value must be whole
  (``whole=True``: a count of people, an amount in đồng with no scale word) or the document
  writes English style (``style="en"``).

Number words (``parse_words``): "hai mươi lăm" = 25, "một trăm linh năm" = 105,
"mười lăm" = 15, "hai mươi mốt" = 21, "một triệu tư" = 1,400,000, "một triệu rưỡi" =
1,500,000, "hai nghìn ba" = 2,300, "nghìn tỷ" = 10^12. The words live in
``data/number_words.tsv``; scale words after digits in ``data/scale_words.tsv``.
"""

from __future__ import annotations

import functools
from typing import Literal, Optional, Sequence

import regex

from . import alphabet
from .resources import load_tsv

Style = Literal["vi", "en"]

# A year of the press: its first two digits one of CENTURIES (1900-2099), as a pattern without an
# end (each reader says what may follow): dates, published and legal_refs ("111/2015/NĐ-CP").
CENTURIES = ("19", "20")
YEAR = rf"(?:{'|'.join(CENTURIES)})\d{{2}}"

# A figure written with digits; parse_digits() reads its value (tests/test_numbers.py: every
# figure it finds reads as a number in either style). Bounded repetitions keep a 20,000-digit
# run linear.
DIGITS = r"""
    (?:\d{1,3}(?:\ ?\.\d{3}(?!\d)){1,6}(?:,\d{1,6})?    # 43.489 / 64 .000 / 1.196,4
      |\d{1,3}(?:,\d{3}(?!\d)){2,6}(?:\.\d{1,6})?      # 1,234,567 (English, several groups)
      |\d{1,15}(?:[,.]\d{1,6})?                         # 28,8 / 1092 / 2.5 / 441,857
    )(?!\d)
"""
DIGITS_RE = regex.compile(DIGITS, regex.VERBOSE)

# The characters after a run of ASCII digits at which DIGITS ends with the run: a printable ASCII
# character, a Vietnamese letter (alphabet.PLAIN: no other digit among them) or a newline, but
# no digit, decimal or group mark, nor the space (that of "64 .000" is read on its own).
_NO_DIGIT = (alphabet.PLAIN | {"\n"}) - frozenset("0123456789")
_RUN_ENDS = _NO_DIGIT - frozenset(",. ")
_RUN_MAX = 15  # the longest run DIGITS' last alternative takes whole ("\d{1,15}")


def match_digits(text: str, pos: int) -> Optional[tuple[int, str]]:
    """(end, figure) of ``DIGITS_RE.match(text, pos)``, or None where it does not match.

    Most figures are a bare run of digits ("2023 ", "15%", "30 người"): read here without the
    regex engine. A run of ASCII digits of at most _RUN_MAX followed by the end of the text, a
    character of _RUN_ENDS, a space not followed by ".", or a "," or "." followed by no digit
    ("năm 2023.", "2023, ") is the whole match: the first two alternatives need a "." (or " .")
    or a "," and a digit right after one to three digits, and the last one takes the run whole
    with nothing after it but a mark and a digit. Any other figure ("43.489", "28,8", "64 .000",
    a run of other digits) is read by the engine.
    """
    chunk = text[pos:pos + _RUN_MAX + 2]
    rest = chunk.lstrip("0123456789")
    run = len(chunk) - len(rest)
    if 0 < run <= _RUN_MAX:
        c = rest[:1]
        if c in _RUN_ENDS or c == "":
            return pos + run, chunk[:run]
        d = rest[1:2]
        if (c == " " and d != ".") or ((c == "," or c == ".") and (d == "" or d in _NO_DIGIT)):
            return pos + run, chunk[:run]
    m = DIGITS_RE.match(text, pos)
    return None if m is None else (m.end(), m.group())


def parse_digits(s: str, *, whole: bool = False, style: Style = "vi") -> Optional[float]:
    """Value of a figure written with digits, or None if it is not one.

    >>> parse_digits("43.489"), parse_digits("28,8"), parse_digits("1.196,4")
    (43489.0, 28.8, 1196.4)
    """
    if s.isdecimal():  # "2023", "15": the common case, as below
        try:
            return float(s)
        except ValueError:
            return None
    t = s.replace(" ", "")
    if not t or not t[0].isdigit() or not t[-1].isdigit():
        return None
    dots, commas = t.count("."), t.count(",")
    try:
        if dots and commas:
            if t.rfind(",") > t.rfind("."):  # 1.196,4: Vietnamese
                return float(t.replace(".", "").replace(",", "."))
            return float(t.replace(",", ""))  # 12,500.75: English
        if dots:
            groups = t.split(".")
            if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
                if style == "en" and dots == 1 and not whole:
                    return float(t)
                return float(t.replace(".", ""))  # 43.489 = 43489
            if dots == 1:
                return float(t)  # 2.5: a decimal dot (English style, or a typo)
            return None
        if commas:
            groups = t.split(",")
            if commas > 1:
                if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
                    return float(t.replace(",", ""))  # 1,234,567
                return None
            if len(groups[1]) == 3 and len(groups[0]) <= 3 and (whole or style == "en"):
                return float(t.replace(",", ""))  # 100,000 đồng / 33,293 người
            return float(t.replace(",", "."))  # 28,8 = 28.8
        return float(t)
    except ValueError:
        return None


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, tuple[float, str]]:
    return {r["word"]: (float(r["value"]), r["role"]) for r in load_tsv("number_words.tsv")}


@functools.lru_cache(maxsize=1)
def scale_words() -> dict[str, float]:
    """Scale words written after digits, e.g. {"nghìn tỷ": 1e12, "triệu": 1e6}."""
    return {r["surface"]: float(r["factor"]) for r in load_tsv("scale_words.tsv")}


@functools.lru_cache(maxsize=None)
def words_alone(*kinds: str) -> frozenset[str]:
    """The number words whose ``alone`` column (number_words.tsv: what the word does alone before a
    noun) is one of ``kinds``: "count" ("hai công ty"), "other_sense" ("một", "năm", "tư",
    "không"), "after_ten" ("mốt", "lăm"), "part"."""
    return frozenset(r["word"] for r in load_tsv("number_words.tsv") if r["alone"] in kinds)


@functools.lru_cache(maxsize=1)
def _after_ten() -> frozenset[str]:
    """The digit words that are one only after a ten ("mốt", "lăm", "nhăm"): words_alone("after_ten")."""
    return words_alone("after_ten")


def number_words(roles: Sequence[str] = ()) -> tuple[str, ...]:
    """Number words (of the given roles, or all), longest first (for building a regex)."""
    words = [w for w, (_, r) in _words().items() if not roles or r in roles]
    return tuple(sorted(words, key=len, reverse=True))


def parse_words(words: Sequence[str] | str) -> Optional[float]:
    """Value of a run of Vietnamese number words, or None if they do not form a number.

    >>> parse_words("hai mươi lăm"), parse_words("một triệu tư"), parse_words("một triệu rưỡi")
    (25.0, 1400000.0, 1500000.0)
    """
    if isinstance(words, str):
        words = words.lower().split()
    table = _words()
    toks = []
    for w in words:
        if w not in table:
            return None
        toks.append((w, *table[w]))
    if not toks:
        return None
    total = 0.0          # completed groups above the current one (thousands, millions...)
    group = 0.0          # value below the next scale word (0..999)
    digit: Optional[float] = None   # a digit waiting for its multiplier (trăm, mươi, scale)
    last_scale = 0.0     # last scale applied (for "rưỡi", "tư" after a scale)
    prev_role = ""
    for i, (w, val, role) in enumerate(toks):
        final = i == len(toks) - 1
        if role == "digit":
            if digit is not None:
                return None  # "hai ba": two digits in a row is not a number
            if prev_role == "scale" and final and val:
                # "một triệu tư" = 1.4 million, "hai nghìn ba" = 2,300
                total += val * last_scale / 10
                group = 0.0
                prev_role = role
                continue
            if prev_role == "hundred" and final and val and group:
                group += val * 10  # "hai trăm tư" = 240 (colloquial)
                prev_role = role
                continue
            if prev_role in ("tens", "ten", "zero_tens"):
                group += val
            else:
                if w in _after_ten():
                    return None  # these forms only follow a ten ("mốt", "lăm")
                digit = val
        elif role == "ten":
            if digit is not None:
                return None
            group += 10
        elif role == "tens":
            if digit is None or digit < 2:
                return None
            group += digit * 10
            digit = None
        elif role == "hundred":
            group += (1 if digit is None else digit) * 100
            digit = None
        elif role == "dozen":
            group += (1 if digit is None else digit) * 10
            digit = None
        elif role == "zero_tens":
            if prev_role != "hundred":
                return None
        elif role == "scale":
            chunk = group + (digit or 0)
            if chunk == 0 and total == 0:
                chunk = 1  # "nghìn tỷ", "triệu" alone
            if total and last_scale and val > last_scale and chunk == 0:
                total *= val  # "nghìn tỷ": the thousand multiplies the billion
            elif total and last_scale and val > last_scale:
                total = (total + chunk) * val
            else:
                total += chunk * val
            last_scale = val if not (total and val > last_scale) else max(val, last_scale * val)
            group, digit = 0.0, None
        elif role == "half":
            if prev_role == "scale":
                total += last_scale / 2
            elif prev_role == "hundred":
                group += 50
            else:
                return None
        prev_role = role
    return total + group + (digit or 0)
