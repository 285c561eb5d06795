"""The hand-written fast paths read exactly as the patterns they stand for.

Several hot spots read a pattern in Python instead of calling the regex engine (sentences) or
try a pattern only when a line starts with a character its match can start with (structure).
These tests hold each shortcut to its reference pattern, which stays in the module for that
reason: on generated press-like text for the readers, and on every character of the Basic
Multilingual Plane for the first-character sets.
"""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings, strategies as st

from vnextract import sentences, structure

# Press text, plus what breaks a naive reading: other scripts' letters and digits, Unicode
# spaces and line separators, look-alike quotes, combining marks.
ALPHABET = ("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
            "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
            "ÀÁẢÃẠÈÉÌÍÒÓÙÚỲÝ0123456789٣Σσ  \t\n\u2028\u00a0\u3000.!?…\"')]([•-–,;:/%"
            "\u0301\u1e9e\u212a")
# ... and the same as words and marks, so that sentence ends ("7,8%.) Sau", "TS. Trần") are common
TOKENS = ["Ông", "tăng", "7,8%", "2023", "TS", "Đ", "đ", "A", "x", "٣", "Σ", ".", "..", "…", "?", "!",
          ")", "\"", "'", "]", "(", "[", "“", "”", "•", "-", "–", " ", "  ", "\n", "\u2028", "\u00a0", "\t"]
# ... and as runs of "word, end marks, closers, spaces, openers" like the joins of sentences
_piece = st.tuples(st.sampled_from(["Ông", "tăng", "7,8%", "2023", "TS", "Đ", "đ", "x", "٣", "Σ", ""]),
                   st.sampled_from(["", "", ".", "..", "…", "?!", "!"]),
                   st.sampled_from(["", "", ")", "\"", "'", "]", "”", ")\""]),
                   st.sampled_from(["", " ", "  ", "\n", "\u2028", "\u00a0", "\t"]),
                   st.sampled_from(["", "", "(", "\"", "[", "•", "-", "–", "“"])).map("".join)
texts = st.one_of(st.text(alphabet=ALPHABET, max_size=120),
                  st.lists(st.sampled_from(TOKENS), max_size=40).map("".join),
                  st.lists(_piece, max_size=12).map("".join))


@settings(max_examples=400, deadline=None)
@given(texts)
def test_sentence_ends_are_the_end_pattern(text):
    want = [(m.start(), m.end()) for m in sentences._END.finditer(text, 0, len(text))]
    assert sentences._ends(text, 0, len(text)) == want


@settings(max_examples=200, deadline=None)
@given(texts, st.integers(min_value=0, max_value=40))
def test_sentence_ends_inside_a_paragraph_are_the_end_pattern(text, cut):
    start, end = min(cut, len(text)), max(min(cut, len(text)), len(text) - cut // 2)
    want = [(m.start(), m.end()) for m in sentences._END.finditer(text, start, end)]
    assert sentences._ends(text, start, end) == want


@settings(max_examples=400, deadline=None)
@given(texts)
def test_word_before_a_dot_is_the_word_pattern(text):
    for dot in range(len(text) + 1):
        m = sentences._WORD_BEFORE.search(text, max(0, dot - 20), dot)
        assert sentences._word_before(text, dot) == (m.group(1) if m else ""), dot


def test_real_sentence_ends():
    text = "Ông Nguyễn Văn A. cho biết: “Năm 2023, GRDP tăng 7,8%.” Sau đó... Bộ trưởng TS. Trần B phát biểu."
    assert sentences._ends(text, 0, len(text)) == [
        (m.start(), m.end()) for m in sentences._END.finditer(text)]
    assert sentences._word_before(text, text.index(". Trần")) == "TS"


# line pattern -> the first characters a line must start with to be tried (structure.segment)
FIRST_SETS = [
    ("_RELATED_HEADING", "_RELATED_HEADING_FIRST", "fullmatch"),
    ("_CAPTION_MARKER", "_CAPTION_MARKER_FIRST", "fullmatch"),
    ("_IMAGE_MD", "_IMAGE_MD_FIRST", "fullmatch"),
    ("_CHROME", "_CHROME_FIRST", "fullmatch"),
    ("_TEASER", "_TEASER_FIRST", "match"),
    ("_BYLINE_CREDIT", "_BYLINE_CREDIT_FIRST", "fullmatch"),
]


@pytest.mark.parametrize("pattern,first,how", FIRST_SETS)
def test_structure_first_characters_cover_the_line_patterns(pattern, first, how):
    """Every character a line pattern can start with is in its first-character set (the regex
    engine's partial matching says whether a one-character string can begin a match)."""
    rx, allowed = getattr(structure, pattern), getattr(structure, first)
    match = getattr(rx, how)
    missing = [c for c in map(chr, range(sys.maxunicode if sys.maxunicode < 0x10000 else 0x10000))
               if not 0xD800 <= ord(c) <= 0xDFFF and c not in allowed
               and match(c, partial=True) is not None]
    assert missing == []
    assert any(match(c, partial=True) is not None for c in allowed)
