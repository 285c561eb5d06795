"""One normalisation step with an offset map back to the user's string.

Every extractor reads ``Normalized.clean``; every record is placed with ``Normalized.span()``,
which maps clean offsets back to offsets in the original text, so
``original[start:end]`` is the exact source of the record whatever the input looked like.

What is folded (each with a real case from press text):
- NFD or partly decomposed text -> NFC ("Quả" typed as "Qua" + U+0309);
- old-style tone placement -> one placement: "hoà" -> "hòa", "thuỷ" -> "thủy", "Uỷ ban" ->
  "Ủy ban" (the form the press and the GSO tables use for place names: Khánh Hòa, Thanh Hóa);
- look-alike letters: U+00D0 "Ð" (Icelandic eth, common in "NÐ-CP") -> "Đ", Cyrillic letters
  that look Latin -> Latin, fullwidth ASCII -> ASCII;
- dashes (en, em, minus, ...) -> "-", curly and angle quotes -> straight quotes;
- NBSP and other spaces -> " ", tab -> " ", CRLF / CR / U+2028 / U+2029 -> "\\n";
- zero-width characters, soft hyphens, BOM, other control characters and lone surrogates are
  dropped.

This is written by hand because no library keeps an offset map through Unicode normalisation
(``unicodedata`` and ftfy return a new string only) and none knows Vietnamese tone placement.

The map is stored piecewise: runs of unchanged text are linear, each edit is an atomic unit, so
a 20 MB article with a handful of odd characters costs a handful of entries, not 20 million.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

import regex

from . import alphabet, scan
from .rules import fast_path

# The single characters normalize() edits, kind by kind: the characters (a "-" between two of
# them: the range from one to the other) and what each becomes. _SPECIAL's classes and
# _replace() are both made from this one table.
_CYRILLIC_LOOKALIKE = str.maketrans(
    "АВЕКМНОРСТХУаеорсухіІјЈѕЅ",
    "ABEKMHOPCTXYaeopcyxiIjJsS",
)
_CHAR_EDITS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("\r\u2028\u2029\u0085", lambda c: "\n"),                                     # other line breaks
    ("\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v", lambda c: " "),           # spaces
    ("\u200B-\u200D\u2060\uFEFF\u00AD", lambda c: ""),                             # zero-width, soft hyphen: dropped
    ("\x00-\x08\x0E-\x1F\x7F-\x84\x86-\x9F", lambda c: ""),                        # control characters: dropped
    ("\uD800-\uDFFF", lambda c: ""),                                                # lone surrogates: dropped
    ("\u2010-\u2015\u2212\uFE58\uFE63\uFF0D", lambda c: "-"),                        # dashes and minus
    ("\u2018\u2019\u201A\u201B\u2032", lambda c: "'"),                                # single quotes
    ("\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033", lambda c: '"'),                   # double quotes
    ("\u00D0\u0189", lambda c: "Đ"), ("\u00F0", lambda c: "đ"),                      # look-alikes of Đ/đ
    ("\u0400-\u04FF", lambda c: c.translate(_CYRILLIC_LOOKALIKE)),                   # Cyrillic: Latin look-alikes mapped
    ("\uFF01-\uFF5E", lambda c: chr(ord(c) - 0xFEE0)),                              # fullwidth ASCII
)


def _chars(spec: str) -> Iterator[str]:
    """The characters of a _CHAR_EDITS entry, its ranges spelled out."""
    i = 0
    while i < len(spec):
        if spec[i + 1:i + 2] == "-" and i + 2 < len(spec):
            yield from map(chr, range(ord(spec[i]), ord(spec[i + 2]) + 1))
            i += 3
        else:
            yield spec[i]
            i += 1


def _class(spec: str) -> str:
    """A _CHAR_EDITS entry as a regex character class: "[\\u00A0\\u2000-\\u200A...]"."""
    return "[" + "".join(c if c == "-" and 0 < k < len(spec) - 1 else f"\\u{ord(c):04X}"
                         for k, c in enumerate(spec)) + "]"


# What each single character of _CHAR_EDITS becomes (~2,600 of them, most the surrogates).
_CHAR_EDIT = {c: edit(c) for spec, edit in _CHAR_EDITS for c in _chars(spec)}

# Characters that need attention. Anything outside these is copied through unchanged.
_SPECIAL = regex.compile(
    r"""
    \r\n                                # Windows line end -> one "\n"
    | \P{M}\p{M}+                       # a base letter with combining marks (NFD) -> NFC
    | \p{M}+                            # combining marks with no base (start of text) -> kept via NFC
    | %s                                # the single characters of _CHAR_EDITS
    """ % "|".join(_class(spec) for spec, _edit in _CHAR_EDITS),
    regex.VERBOSE,
)

# Where _SPECIAL can match: at a character outside the plain ones below (printable ASCII, "\n",
# Latin letters with their diacritics, except the look-alikes Ð ð Ɖ), or one character before
# it (a base letter before combining marks). _SPECIAL is tried only there (scan.py), not at every
# character; tests/test_normalize.py checks every code point against _SPECIAL.
# Plain code point classes, so the standard ``re`` engine reads them as ``regex`` does; it scans
# a text for one class about twice as fast. Not derived from _SPECIAL: it is grammar (ranges of
# code points, the complement of what _SPECIAL edits, less the plain base letters), not a word
# list; its check is exhaustive instead (every code point, tests/test_normalize.py).
_SPECIAL_CHAR = re.compile(r"[^\n\x20-\x7E\u00C0-\u00CF\u00D1-\u00EF\u00F1-\u0188\u018A-\u02FF\u1E00-\u1EFF]")
# The letters of an old-style nucleus, declared once for _OLD_STYLE and _OLD_STYLE_PAIR: "o" before
# a toned "a" or "e" ("hoà", "khoẻ"), "u" before a toned "y" ("thuỷ").
_O, _TONED_AE = "oO", "àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ"
_U, _TONED_Y = "uU", "ỳýỷỹỵỲÝỶỸỴ"
# The two letters of an old-style syllable's nucleus: "hoà" is tried at its "oà". A superset
# ("uà", "oý" too; _OLD_STYLE decides) written as two classes, which ``re`` scans fast, where the
# exact alternation "[oO][àá...]|[uU][ỳý...]" is slow.
_OLD_STYLE_PAIR = re.compile(f"[{_O}{_U}][{_TONED_AE}{_TONED_Y}]")

# Old-style tone placement: the tone sits on the second vowel of an open "oa", "oe", "uy"
# syllable ("hoà", "khoẻ", "thuỷ"); the common press style puts it on the first ("hòa",
# "khỏe", "thủy"). Only open syllables move: "hoàng", "ngoài" are the same in both styles.
# "quỷ", "quý" keep the tone on y because "qu" is the onset.
_TONE_MARKS = alphabet.TONE_MARKS  # huyền, sắc, hỏi, ngã, nặng
_OLD_STYLE = regex.compile(
    rf"""
    (?<![qQ])                           # "quỷ": qu is the onset, the tone stays on y
    (?:([{_O}])([{_TONED_AE}])          # o + toned a/e
      |([{_U}])([{_TONED_Y}]))          # u + toned y
    (?!\p{{L}}|\p{{M}})                   # open syllable only: "hoàng" is left alone
    """,
    regex.VERBOSE,
)


def _move_tone(m: regex.Match) -> str:
    first = m.group(1) or m.group(3)
    second = m.group(2) or m.group(4)
    decomposed = unicodedata.normalize("NFD", second)
    base, marks = decomposed[0], decomposed[1:]
    tone = "".join(c for c in marks if c in _TONE_MARKS)
    rest = "".join(c for c in marks if c not in _TONE_MARKS)
    return unicodedata.normalize("NFC", first + tone) + unicodedata.normalize("NFC", base + rest)


def _replace(s: str) -> str:
    """The clean form of one special match (see _SPECIAL)."""
    if len(s) > 1:
        return "\n" if s == "\r\n" else unicodedata.normalize("NFC", s)
    return _CHAR_EDIT.get(s, s)  # a lone combining mark is kept


@dataclass(frozen=True)
class Normalized:
    """Clean text plus the map from clean offsets to original offsets.

    ``_cs``: clean start of each piece; ``_os``/``_oe``: original start/end of the piece;
    ``_linear``: whether the piece maps character for character (same length) or as one unit.
    ``same_offsets``: whether every offset of the text is the same in both (no edit changed a
    length: curly quotes and dashes made plain, old-style tones moved; half the 2017 archive's
    articles), so a span inside the text maps to itself.
    ``odd``: the characters of ``clean`` outside the plain classes (_SPECIAL_CHAR), with perhaps
    some plain ones (a superset; ``scan.Starts(odd=...)`` reads it): those of the text that
    normalize() kept, and those it wrote in their place; None where unknown (a Normalized made
    by hand), which scan.Starts reads as "any character may be odd".
    """

    original: str
    clean: str
    _cs: tuple[int, ...]
    _ce: tuple[int, ...]
    _os: tuple[int, ...]
    _oe: tuple[int, ...]
    _linear: tuple[bool, ...]
    same_offsets: bool = False
    odd: frozenset[str] | None = None

    @property
    def identity(self) -> bool:
        return self.clean is self.original

    def to_original_start(self, i: int) -> int:
        """Original offset of the character at clean offset ``i``."""
        if self.identity:
            return i
        k = bisect.bisect_right(self._cs, i) - 1
        if k < 0:
            return 0
        if i >= self._ce[k]:  # at/after the end of the last piece
            return self._oe[k]
        if self._linear[k]:
            return self._os[k] + (i - self._cs[k])
        return self._os[k]

    def to_original_end(self, j: int) -> int:
        """Original offset just after the character at clean offset ``j - 1``."""
        if self.identity:
            return j
        if j <= 0:
            return 0
        k = bisect.bisect_right(self._cs, j - 1) - 1
        if k < 0:
            return 0
        if self._linear[k]:
            return self._os[k] + (j - self._cs[k])
        return self._oe[k]

    def span(self, start: int, end: int) -> tuple[int, int, str]:
        """Map a clean span to ``(start, end, text)`` in the original string."""
        if self.clean is self.original:  # self.identity, without a property call (hot)
            return start, end, self.original[start:end]
        if self.same_offsets and 0 <= start <= end <= len(self.original):
            return start, end, self.original[start:end]  # what the pieces below give then
        # to_original_start(start) and to_original_end(end), inlined (hot)
        cs = self._cs
        k = bisect.bisect_right(cs, start) - 1
        if k < 0:
            s = 0
        elif start >= self._ce[k]:
            s = self._oe[k]
        elif self._linear[k]:
            s = self._os[k] + (start - cs[k])
        else:
            s = self._os[k]
        if end <= start:
            e = s
        elif end <= 0:
            e = 0
        else:
            k = bisect.bisect_right(cs, end - 1) - 1
            if k < 0:
                e = 0
            elif self._linear[k]:
                e = self._os[k] + (end - cs[k])
            else:
                e = self._oe[k]
        # Pieces the span only touches by dropped characters (zero-width spaces) stay outside it.
        return s, e, self.original[s:e]

    def to_clean(self, i: int) -> int:
        """Clean offset of the piece holding original offset ``i`` (for user-given spans)."""
        if self.clean is self.original or self.same_offsets and 0 <= i <= len(self.original):
            return i  # (self.identity, or offsets unchanged: what the pieces below give then)
        k = bisect.bisect_right(self._os, i) - 1
        if k < 0:
            return 0
        if self._linear[k] and i < self._oe[k]:
            return self._cs[k] + (i - self._os[k])
        return self._cs[k] if i < self._oe[k] else self._ce[k]


def _before_and_at(chars: re.Pattern, text: str) -> Iterator[int]:
    """Each position of a ``chars`` character and the one before it, ascending.

    The one before matters only for a base letter followed by a combining mark; below U+0300 and
    in General Punctuation (U+2000-U+206F: the curly quotes, dashes and spaces of press text)
    Unicode has no mark, so it is left out there.
    """
    for m in chars.finditer(text):
        i = m.start()
        if i:
            c = text[i]
            if not (c < "\u0300" or "\u2000" <= c <= "\u206f"):
                yield i - 1
        yield i


# Letters that can follow an old-style pair: _OLD_STYLE never matches before one (a closed
# syllable, "hoàn"), so such pairs are not tried (see _old_style_starts).
_LETTERS = alphabet.LETTERS
# An _OLD_STYLE_PAIR not followed by one of _LETTERS (nor by a letter: the end of the text is
# none), the test made by the engine as it scans: most pairs of a text close a syllable ("toàn",
# "hoạt", "quyết") and are no start, and none of them costs a step in Python.
_OPEN_PAIR = re.compile(_OLD_STYLE_PAIR.pattern + "(?![" + "".join(map(re.escape, sorted(_LETTERS))) + "])")
_START = re.Match.start


def _old_style_starts(clean: str) -> Iterator[int]:
    """Where _OLD_STYLE may match: an _OLD_STYLE_PAIR not followed by a letter (_OPEN_PAIR)."""
    return map(_START, _OPEN_PAIR.finditer(clean))


def _sub_at(pattern: regex.Pattern, repl: Callable[[regex.Match], str], starts: Iterable[int], text: str) -> str:
    """``pattern.sub(repl, text)`` with the pattern tried only at ``starts`` (see scan.py)."""
    parts = []
    pos = 0
    for m in scan.finditer_at(pattern, starts, text):
        parts.append(text[pos:m.start()])
        parts.append(repl(m))
        pos = m.end()
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


# The characters of Latin-1 and General Punctuation that _SPECIAL edits on their own (NBSP, the
# curly quotes, dashes and spaces of press text: most of its edits), with their clean form
# (_replace). Where the next character is printable ASCII, or there is none, _SPECIAL's match at
# one of them is that character alone (no mark follows it, "\r" is not before "\n"), so
# normalize() reads it from here without a call into the engine (_special_at). Derived from
# _SPECIAL and _replace over those two blocks, and registered below.
_ALONE = {c: _replace(c) for c in map(chr, [*range(0x80, 0x100), *range(0x2000, 0x2070)])
          if (m := _SPECIAL.match(c + " ")) is not None and m.end() == 1}


def _special_at(text: str, i: int) -> tuple[int, str, str] | None:
    """(end, matched text, clean form) of _SPECIAL's match at ``i``, or None for no match."""
    c = text[i]
    if c in _ALONE:
        after = text[i + 1:i + 2]
        if not after or " " <= after <= "~":
            return i + 1, c, _ALONE[c]
    m = _SPECIAL.match(text, i)
    if m is None:
        return None
    found = m.group()
    return m.end(), found, _replace(found)


fast_path("normalize._SPECIAL", _SPECIAL, "match",
          lambda s, p: _special_at(s, p) == (_SPECIAL.match(s, p).end(), _SPECIAL.match(s, p).group(),
                                             _replace(_SPECIAL.match(s, p).group())),
          ["\u201cA\u201d", "a\u00a0b", "x \u2013 y", "\r\n", "\r ", "\u2019", "\u201c\u0301a"])


def normalize(text: str) -> Normalized:
    """Return the clean text of ``text`` and its offset map. Never raises for any ``str``."""
    cs: list[int] = []
    ce: list[int] = []
    os_: list[int] = []
    oe: list[int] = []
    lin: list[bool] = []
    parts: list[str] = []
    pos = 0  # original position copied so far
    cpos = 0  # clean length so far
    changed = False
    end = 0  # where the last match ended: matches do not overlap (as scan.finditer_at reads them)
    # the characters of the clean text outside the plain classes (Normalized.odd): each special
    # character is kept (no match), or inside a match, whose clean form is kept; the tone moves
    # below write plain letters
    odd: set[str] = set()
    for a in _before_and_at(_SPECIAL_CHAR, text):
        if a < end:
            continue
        special = _special_at(text, a)
        if special is None:
            odd.add(text[a])  # (or a plain letter before a special character: a superset)
            continue
        b, found, rep = special
        end = b
        odd.update(rep)
        if rep == found:
            continue
        changed = True
        if a > pos:  # unchanged run before the edit
            parts.append(text[pos:a])
            cs.append(cpos); ce.append(cpos + a - pos); os_.append(pos); oe.append(a); lin.append(True)
            cpos += a - pos
        parts.append(rep)
        cs.append(cpos); ce.append(cpos + len(rep)); os_.append(a); oe.append(b)
        lin.append(len(rep) == b - a)
        cpos += len(rep)
        pos = b
    if not changed:
        clean = text
    else:
        if pos < len(text):
            parts.append(text[pos:])
            cs.append(cpos); ce.append(cpos + len(text) - pos); os_.append(pos); oe.append(len(text)); lin.append(True)
        clean = "".join(parts)
    # Tone placement changes letters in place (same length), so the map is unchanged.
    retoned = _sub_at(_OLD_STYLE, _move_tone, _old_style_starts(clean), clean)
    if retoned != clean:
        if not changed:
            cs, ce, os_, oe, lin = [0], [len(text)], [0], [len(text)], [True]
        clean = retoned
    # every piece the length it was (the pieces run end to end from 0): each offset its own
    same_offsets = all(lin)
    if not same_offsets and min(map(int.__sub__, ce, cs)) == 0:
        # Drop empty pieces (zero-width characters) from the lookup tables, keep them out of
        # spans. (Only a dropped character makes one, and its piece is not linear.)
        keep = [k for k in range(len(cs)) if ce[k] > cs[k]]
        cs, ce, os_, oe, lin = ([t[k] for k in keep] for t in (cs, ce, os_, oe, lin))
    return Normalized(
        original=text,
        clean=clean,
        _cs=tuple(cs),
        _ce=tuple(ce),
        _os=tuple(os_),
        _oe=tuple(oe),
        _linear=tuple(lin),
        same_offsets=same_offsets,
        odd=frozenset(odd),
    )


def fold(s: str) -> str:
    """Normalise a short string (a data-file entry, a user query) the way ``normalize`` does."""
    return normalize(s).clean
