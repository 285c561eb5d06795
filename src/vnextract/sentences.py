"""Sentence splitting tuned to Vietnamese press text.

Written by hand because underthesea's ``sent_tokenize`` works on one string without layout: it
merges a headline with the first sentence and a "Chú thích ảnh" marker with its caption, and it
needs no offsets. Here sentences never cross a paragraph (the structure step has already split
title, captions and body), and a full stop ends a sentence only when what follows can start one.

Not a boundary:
- a dot inside a number or identifier ("43.489", "28,8", "111/2015/NĐ-CP", "17.2.2025");
- a dot after an abbreviation from ``data/abbreviations.txt`` ("TP. Hạ Long", "PGS.TS. Nguyễn",
  "v.v. và") or after a single capital initial ("H.T.P", "Đ. Hiếu");
- "…" or "..." followed by a lower-case word ("tăng… nhưng").

A boundary: ``.``, ``!``, ``?``, ``…``, ``...`` (with closing quotes or brackets kept in the
sentence) followed by space and a capital letter, a digit, an opening quote or bracket, or a
list dash/bullet; a semicolon never ends a sentence.
"""

from __future__ import annotations

import functools

import regex

from . import alphabet
from .rules import fast_path
from .resources import read_text

# Candidate ends: terminal punctuation, then closing quotes/brackets, then space, then a
# character that can start a sentence (looked ahead, not consumed). The character sets are
# declared once here; the pattern and the Python reading below (_end_at) are both built on them.
_TERMINAL_CHARS = ".!?…"   # "...", "…", "?!"
_CLOSER_CHARS = "\"')]"    # closing quotes and brackets stay with the sentence
_OPENER_CHARS = "\"'([•-–"  # what may open the next sentence before its capital: “- Ông A”


def _class(chars: str) -> str:
    return "[" + "".join(regex.escape(c) for c in chars) + "]"


_END = regex.compile(
    rf"""
    (?<!{_class(_TERMINAL_CHARS)}){_class(_TERMINAL_CHARS)}++   # a whole run of terminal punctuation, possessive
    {_class(_CLOSER_CHARS)}*+                                  # closing quotes and brackets
    (?=\s+{_class(_OPENER_CHARS)}?\s*[\p{{Lu}}\p{{N}}])        # next sentence starts with a capital or digit
    """,
    regex.VERBOSE,
)
_WORD_BEFORE = regex.compile(r"([\p{L}.]+)$")

# _END and _WORD_BEFORE read in Python (``_end_at``, ``_word_before``): a call into the regex
# engine costs about as much as the Python reading of a whole sentence end, and split() meets a
# candidate at every "." of every number. Characters are sorted with the sets below; one that
# is in none of them is asked of the regex engine (_UPPER_OR_DIGIT, _LETTER), so the reading is
# exactly the patterns'.
_TERMINAL = frozenset(_TERMINAL_CHARS)
_CLOSERS = frozenset(_CLOSER_CHARS)
_OPENERS = frozenset(_OPENER_CHARS)
# regex's \s (the Unicode White_Space characters, all below U+3001), as the engine says
_SPACE = frozenset(regex.findall(r"\s", "".join(map(chr, range(0x3001)))))
_VIET_LOWER = alphabet.LOWER
_VIET_UPPER = alphabet.UPPER
_ASCII = frozenset(map(chr, range(0x80)))
# what [\p{Lu}\p{N}] matches, and what it does not, among the characters of Vietnamese text
_UPPER_OR_DIGIT_YES = frozenset(_VIET_UPPER + "0123456789")
_UPPER_OR_DIGIT_NO = (_ASCII - _UPPER_OR_DIGIT_YES) | frozenset(_VIET_LOWER)
_UPPER_OR_DIGIT = regex.compile(r"[\p{Lu}\p{N}]")
# what \p{L} matches, and what it does not
_LETTER_YES = frozenset(_VIET_LOWER + _VIET_UPPER)
_LETTER_NO = _ASCII - _LETTER_YES
_LETTER = regex.compile(r"\p{L}")


def _upper_or_digit(c: str) -> bool:
    if c in _UPPER_OR_DIGIT_YES:
        return True
    if c in _UPPER_OR_DIGIT_NO:
        return False
    return _UPPER_OR_DIGIT.match(c) is not None


def _end_at(text: str, p: int, end: int) -> int:
    """Where an _END match at ``p`` (a terminal character) ends within ``text[:end]``, or -1."""
    if p and text[p - 1] in _TERMINAL:  # (?<![.!?…]): looks before the paragraph, as regex does
        return -1
    q = p + 1
    while q < end and text[q] in _TERMINAL:  # [.!?…]++
        q += 1
    while q < end and text[q] in _CLOSERS:  # ["')\]]*+
        q += 1
    # (?=\s+["'(\[•\-–]?\s*[\p{Lu}\p{N}]): the spaces, maybe an opening mark and spaces, then a
    # capital or a digit; no other reading of the spaces exists, the opening marks are not spaces
    r = q
    while r < end and text[r] in _SPACE:
        r += 1
    if r == q or r >= end:
        return -1
    c = text[r]
    if _upper_or_digit(c):
        return q
    if c in _OPENERS:
        r += 1
        while r < end and text[r] in _SPACE:
            r += 1
        if r < end and _upper_or_digit(text[r]):
            return q
    return -1


def _word_before(text: str, dot: int) -> str:
    """``_WORD_BEFORE.search(text, max(0, dot - 20), dot)``'s group, or "" for no match: the
    letters and dots just before ``dot``, at most 20 characters back ("$" also matches before a
    final newline, so a dot opening a line reads the word that ends the line before)."""
    lo = max(0, dot - 20)
    if dot > lo and text[dot - 1] == "\n":
        dot -= 1
    i = dot
    while i > lo:
        c = text[i - 1]
        if c == "." or c in _LETTER_YES or (c not in _LETTER_NO and _LETTER.match(c)):
            i -= 1
        else:
            break
    return text[i:dot]


@functools.lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    out = set()
    for line in read_text("abbreviations.txt").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.add(line.rstrip("."))
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def _abbreviation_tails() -> frozenset[str]:
    """The last two characters of each abbreviation of two or more (``_abbreviations``)."""
    return frozenset(a[-2:] for a in _abbreviations() if len(a) >= 2)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the "." at ``dot`` closes an abbreviation or an initial."""
    # Two letters before the dot that end no abbreviation ("đồng.", "năm."): the word before
    # ends with them, its last part is no initial (two letters) and no abbreviation, nor is the
    # word (each would end with those two letters). Most sentence ends are read so, without
    # _word_before.
    if dot >= 2:
        tail = text[dot - 2:dot]
        if tail[0] in _LETTER_YES and tail[1] in _LETTER_YES and tail not in _abbreviation_tails():
            return False
    return _reads_as_abbreviation(text, dot)


def _reads_as_abbreviation(text: str, dot: int) -> bool:
    """``_is_abbreviation`` without its shortcut: the word before ``dot`` read and looked up."""
    word = _word_before(text, dot)
    if not word:
        return False
    last = word.rsplit(".", 1)[-1] if "." in word else word
    if len(last) == 1 and last.isupper():  # an initial: "H.T.P", "Đ. Hiếu"
        return True
    abbr = _abbreviations()
    return word in abbr or last in abbr or word.rstrip(".") in abbr


# What can follow the first character of an _END match: more terminal punctuation, a closing
# mark, or the space before the next sentence (a "." inside a number, "28.7", is followed by none).
_AFTER_TERMINAL = _TERMINAL | _CLOSERS | _SPACE


def _ends(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[(m.start(), m.end()) for m in _END.finditer(text, start, end)]``: the terminal
    characters are found with str.find, and _END is read at each (``_end_at``) that is followed
    by a character of _AFTER_TERMINAL (at any other, and at the paragraph's end, _end_at says -1)."""
    found = []
    find = text.find
    stop = end - 1  # a terminal character can end a sentence only with a character after it
    for c in _TERMINAL:
        p = find(c, start, stop)
        while p >= 0:
            if text[p + 1] in _AFTER_TERMINAL:
                found.append(p)
            p = find(c, p + 1, stop)
    found.sort()
    out = []
    last = start
    upper_or_digit = _UPPER_OR_DIGIT_YES
    for p in found:
        if p < last:  # inside the previous match (finditer's matches do not overlap)
            continue
        # the common end, one mark, a space and a capital ("tăng. Ông"), read as _end_at reads it
        if (p + 2 < end and text[p + 1] == " " and text[p + 2] in upper_or_digit
                and not (p and text[p - 1] in _TERMINAL)):
            out.append((p, p + 1))
            last = p + 1
            continue
        e = _end_at(text, p, end)
        if e >= 0:
            out.append((p, e))
            last = e
    return out


def split(clean: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (clean offsets) inside the paragraph ``clean[start:end]``."""
    out: list[tuple[int, int]] = []
    s = start
    for p, e in _ends(clean, start, end):
        # the run of terminal characters is a single "." (not "..", "...")
        if clean[p] == "." and (e == p + 1 or clean[p + 1] != ".") and _is_abbreviation(clean, p):
            continue
        if e > s:
            out.append((s, e))
        # Skip the whitespace to the next sentence start.
        s = e
        while s < end and clean[s].isspace():
            s += 1
    if s < end:
        a, b = s, end
        while b > a and clean[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


# The Python readers of _END and _WORD_BEFORE, held to the patterns (tests/test_rules.py; and on
# generated text in tests/test_fast_paths.py).
fast_path("sentences._END", _END, "search",
          lambda s: _ends(s, 0, len(s)) == [(m.start(), m.end()) for m in _END.finditer(s)],
          ["Ông A.", "tăng 7,8%.", "TS. Trần", "…", "?!", "”", "tăng. Ông", "..  A. 5"])
fast_path("sentences._WORD_BEFORE", _WORD_BEFORE, "search",
          lambda s: _word_before(s, len(s)) == _WORD_BEFORE.search(s, max(0, len(s) - 20)).group(1)
          if _WORD_BEFORE.search(s, max(0, len(s) - 20)) else True,
          ["TS", "Ông", "TP.HCM", "v.v", "tr"])

