"""Word segmentation on demand: underthesea's tokens realigned to offsets in the user's text.

``extract()`` never calls this; ``vnextract.tokenize()`` does. Legal identifiers ("111/2015/NĐ-CP")
and numbers with their marks ("43.489", "843,5") are kept whole: they are cut out before the
segmenter runs (underthesea splits "111/2015/NĐ-CP" at every slash) and the text between them is
segmented piece by piece. Segmented words are aligned back to the text syllable by syllable, so
a token's offsets are exact even when the input had NFD letters or odd spaces.
"""

from __future__ import annotations

import regex

from .models import Token
from .normalize import normalize

# Kept whole: what the extractors read as one number: ranges of percentages, identifiers with
# slashes and code letters (legal_refs), numbers with "." and "," groups, percentages
# (quantities). tests/test_tokens.py holds it to them: every such number the extractors find in
# the corpus articles lies inside one match.
_PROTECTED = regex.compile(
    r"""
    \d+(?:[.,]\d+)*[-–]\d+(?:[.,]\d+)*%                                          # 7-8%, 2-2,3%
    | \d+(?:[/\-][\p{Lu}\p{N}][\p{L}\p{N}]*)+(?:-[\p{Lu}\p{N}][\p{L}\p{N}]*)*   # 111/2015/NĐ-CP, 57-NQ/TW
    | \d+(?:[.,]\d+)+%?                                                        # 43.489, 843,5, 6,1%
    | \d+%                                                                     # 9%
    """,
    regex.VERBOSE,
)


def _segment(text: str) -> list[str]:
    from underthesea import word_tokenize

    return word_tokenize(text)


def tokenize(text: str) -> list[Token]:
    """Word tokens of ``text`` with offsets into ``text`` (underthesea's segmentation)."""
    norm = normalize(text)
    clean = norm.clean
    out: list[Token] = []

    def add(s: int, e: int) -> None:
        a, b, t = norm.span(s, e)
        if b > a:
            out.append(Token(start=a, end=b, text=t))

    def segment_piece(a: int, b: int) -> None:
        piece = clean[a:b]
        if not piece.strip():
            return
        for line in regex.finditer(r"[^\n]+", piece):
            if not line.group().strip():
                continue
            pos = a + line.start()
            stop = a + line.end()
            for word in _segment(line.group()):
                sylls = word.split()
                if not sylls:
                    continue
                start = None
                p = pos
                ok = True
                for syl in sylls:
                    while p < stop and clean[p].isspace():
                        p += 1
                    if clean.startswith(syl, p):
                        start = p if start is None else start
                        p += len(syl)
                    else:
                        found = clean.find(syl, p, min(stop, p + 40))
                        if found < 0:
                            ok = False
                            break
                        start = found if start is None else start
                        p = found + len(syl)
                if ok and start is not None:
                    add(start, p)
                    pos = p

    last = 0
    for m in _PROTECTED.finditer(clean):
        segment_piece(last, m.start())
        add(m.start(), m.end())
        last = m.end()
    segment_piece(last, len(clean))
    return out
