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
    text = ("Sửa đổi Nghị định số 111/2015/NĐ-CP, đạt 843,5 nghìn tỷ đồng và 43.489ha, tăng 28,8%; "
            "phấn đấu tăng trưởng từ 7-8%.")  # TTXVN 2023-07-28
    words = [t.text for t in vnextract.tokenize(text)]
    assert "111/2015/NĐ-CP" in words
    assert "843,5" in words and "43.489" in words and "28,8%" in words and "7-8%" in words


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


def test_protected_shapes_hold_what_the_extractors_read_as_one():
    # tokens._PROTECTED (the text wing, below the extractors) keeps whole the document numbers of
    # legal_refs and the grouped numbers and percentages of quantities: every one of them in the
    # corpus articles (top and dev) lies inside one of its matches, so the words on demand never
    # cut "111/2015/NĐ-CP", "27-KL/TW", "843,5" or "28,8%" in two.
    import re
    from pathlib import Path

    from vnextract import tokens

    root = Path(__file__).resolve().parents[1] / "corpora"
    files = sorted(root.glob("*.txt")) + sorted((root / "dev").glob("*.txt"))
    assert len(files) > 40
    numbers = re.compile(r"\d+(?:[.,]\d+)+%?|\d+%")
    checked = 0
    for f in files:
        art = vnextract.extract(f.read_text(encoding="utf-8"))
        kept = [m.span() for m in tokens._PROTECTED.finditer(art.text)]
        spans = []
        for r in art.legal_refs:
            k = r.text.find(r.number)
            if r.number[:1].isdigit() and ("/" in r.number or "-" in r.number) and k >= 0:
                spans.append((r.start + k, r.start + k + len(r.number)))
        for q in art.quantities:
            spans += [(q.start + m.start(), q.start + m.end()) for m in numbers.finditer(q.text)]
        for s, e in spans:
            assert any(a <= s and e <= b for a, b in kept), (f.name, art.text[s:e])
        checked += len(spans)
    assert checked > 500
