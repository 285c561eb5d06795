"""Words on demand: underthesea's segmentation realigned to offsets in the user's text."""

from __future__ import annotations

import unicodedata
from unittest import mock

import vnextract


def test_extract_does_not_segment_words():
    with mock.patch("vnextract.tokens._segment", side_effect=AssertionError("segmenter called")):
        vnextract.extract("Thứ trưởng Bộ Công Thương Phan Thị Thắng phát biểu tại Hội nghị.")


def test_tokens_are_words_with_exact_offsets():
    text = "Thứ trưởng Bộ Công Thương Phan Thị Thắng phát biểu tại Hội nghị."
    toks = vnextract.tokenize(text)
    words = [t.text for t in toks]
    assert "Thứ trưởng" in words and "phát biểu" in words and "Hội nghị" in words
    for t in toks:
        assert text[t.start:t.end] == t.text


def test_identifiers_and_numbers_stay_whole():
    text = "Sửa đổi Nghị định số 111/2015/NĐ-CP, đạt 843,5 nghìn tỷ đồng và 43.489ha, tăng 28,8%."
    words = [t.text for t in vnextract.tokenize(text)]
    assert "111/2015/NĐ-CP" in words
    assert "843,5" in words and "43.489" in words and "28,8%" in words


def test_tokens_on_nfd_text_point_into_it():
    text = unicodedata.normalize("NFD", "Tỉnh Khánh Hoà phát triển thuỷ sản.")
    toks = vnextract.tokenize(text)
    assert toks
    for t in toks:
        assert text[t.start:t.end] == t.text
    # Segmented on the clean text ("Khánh Hòa", "thủy sản"), reported as written.
    assert [unicodedata.normalize("NFC", t.text) for t in toks] == ["Tỉnh", "Khánh Hoà", "phát triển", "thuỷ sản", "."]


def test_article_tokens_is_kept_and_equals_tokenize():
    # CONTRACT.md names art.tokens(); vnextract.tokenize(text) is the same segmentation
    text = "Thứ trưởng Bộ Công Thương Phan Thị Thắng dự hội nghị tại thành phố Hạ Long."
    art = vnextract.extract(text)
    toks = art.tokens()
    assert [(t.start, t.end, t.text) for t in toks] == [(t.start, t.end, t.text) for t in vnextract.tokenize(text)]
    assert "Công Thương" in [t.text for t in toks] and all(text[t.start:t.end] == t.text for t in toks)
