"""The hand-written fast paths read exactly as the patterns they stand for.

Several hot spots read a pattern in Python instead of calling the regex engine (sentence ends,
figures' look-behinds, the number style) or try a pattern only when a line starts with a
character its match can start with (structure).
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


# quantities: figures are tried only at digit-run starts with _FIGURE's look-behinds read in
# Python, and the number style is counted without scanning with _EN_STYLE
_NUMBERISH = st.lists(st.sampled_from(
    ["1", "12", "843,5", "43.489", "1,234,567", "12.5%", "7,8 %", "2.000.000", "19", "từ", "Covid-",
     "G", "đạt", "x", "-", ".", ",", " ", "%", "٣", "tăng", "Từ", "ha", "\n"]), max_size=30).map("".join)


def _reference_figures(text: str) -> list[tuple]:
    from vnextract import quantities as q

    seen, out = set(), []
    for m in q._FIGURE.finditer(text):
        seen.add(m.start("num"))
        out.append((m.start("num"), m.end("num"), m.group("num"), "digits"))
    for m in q._GLUED_FIGURE.finditer(text):
        s = m.start("num")
        if s not in seen and q._GLUED_OK.search(text, max(0, s - 6), s):
            out.append((s, m.end("num"), m.group("num"), "digits"))
    return sorted(out)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_NUMBERISH, texts))
def test_quantity_figures_are_the_figure_patterns(text):
    from vnextract import quantities as q, scan

    got = [f[:4] for f in q._figures(text, scan.Starts(text)) if f[3] == "digits"]
    assert got == _reference_figures(text)


# ... and runs of number words are tried only at their first words' starts, with words_re's
# look-behind (no letter or digit, nor a digit and a space, before) read in Python first
_WORDISH = st.lists(st.sampled_from(
    ["năm", "Năm", "NĂM", "hai", "mươi", "lăm", "ba", "bao", "tư", "đầu", "một", "triệu", "rưỡi", "5", "٣",
     " ", " ", "  ", "\n", "\t", ",", "x", "-"]), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_WORDISH, texts))
def test_quantity_number_words_are_the_words_pattern(text):
    from vnextract import quantities as q, scan

    figs = [f for f in q._figures(text, scan.Starts(text)) if f[3] == "words"]
    want = [(m.start("w"), m.end("w"), m.group("w"), "words") for m in q._regexes().words_re.finditer(text)]
    assert [f[:4] for f in figs] == want
    # ... each marked alone where it needs a scale word it lacks (extract() skips those at once)
    assert [f[4] for f in figs] == [q._needs_scale_alone(text, f[1], f[2]) for f in figs]


@settings(max_examples=400, deadline=None)
@given(_NUMBERISH)
def test_number_style_is_the_style_patterns(text):
    from vnextract import quantities as q

    en, vi = len(q._EN_STYLE.findall(text)), len(q._VI_STYLE.findall(text))
    assert q._style(text) == ("en" if en > vi and en >= 2 else "vi")


def test_real_figures_and_style():
    from vnextract import quantities as q, scan

    text = "Kim ngạch đạt 843,5 nghìn tỷ đồng, tăng từ7-8% so với Covid-19; diện tích 43.489ha."
    assert [f[2] for f in q._figures(text, scan.Starts(text)) if f[3] == "digits"] == ["843,5", "7", "8", "43.489"]
    assert q._style("GDP 1,234,567 USD, tăng 12.5% và 3.2 %") == "en"
    assert q._style("GDP 1.234.567 USD, tăng 12,5%") == "vi"


# quantities._cue_search starts before_re's search near the window's end, where its leftmost
# match can start at the earliest
_CUEISH = st.lists(st.sampled_from(
    ["ước", "tính", "ít", "nhất", "hơn", "Hơn", "khoảng", "gần", "từ", "trên", "không", "quá", "đạt", "x", "vượt",
     "dự", "kiến", "xấp", "xỉ", "chừng", "đến", "dưới", "DƯỚI", "tối", "đa", "độ",
     "(", "-", ",", " ", " ", "  ", "\n", "\t", "\u00a0", "\x1c", "\u2028", "5"]), max_size=24).map("".join)


@settings(max_examples=600, deadline=None)
@given(st.one_of(_CUEISH, texts))
def test_cue_search_is_the_cue_pattern(window):
    from vnextract import quantities as q

    before_re = q._regexes().before_re
    want, got = before_re.search(window), q._cue_search(before_re, window)
    assert (want is None) == (got is None)
    if want is not None:
        assert (got.span(), got.span("c")) == (want.span(), want.span("c"))
