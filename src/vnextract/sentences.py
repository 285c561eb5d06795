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

from .resources import read_text

# Candidate ends: terminal punctuation, then closing quotes/brackets, then space, then a
# character that can start a sentence (looked ahead, not consumed).
_END = regex.compile(
    r"""
    (?<![.!?…])[.!?…]++            # a whole run of terminal punctuation ("...", "…", "?!"), possessive
    [\"')\]]*+                     # closing quotes and brackets stay with the sentence
    (?=\s+[\"'(\[•\-–]?\s*[\p{Lu}\p{N}])   # next sentence starts with a capital or digit
    """,
    regex.VERBOSE,
)
_WORD_BEFORE = regex.compile(r"([\p{L}.]+)$")


@functools.lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    out = set()
    for line in read_text("abbreviations.txt").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.add(line.rstrip("."))
    return frozenset(out)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the "." at ``dot`` closes an abbreviation or an initial."""
    m = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if not m:
        return False
    word = m.group(1)
    last = word.rsplit(".", 1)[-1] if "." in word else word
    if len(last) == 1 and last.isupper():  # an initial: "H.T.P", "Đ. Hiếu"
        return True
    abbr = _abbreviations()
    return word in abbr or last in abbr or word.rstrip(".") in abbr


def split(clean: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (clean offsets) inside the paragraph ``clean[start:end]``."""
    out: list[tuple[int, int]] = []
    s = start
    for m in _END.finditer(clean, start, end):
        if m.group().startswith(".") and not m.group().startswith("..") and _is_abbreviation(clean, m.start()):
            continue
        e = m.end()
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
