"""Sentence splitting on press text: tables of real sentences from the corpus and of the
abbreviation, number and identifier cases press text is full of."""

from __future__ import annotations

from pathlib import Path

import pytest

import vnextract

CORPORA = Path(__file__).resolve().parents[1] / "corpora"
TTXVN = (CORPORA / "ttxvn-2023-07-28-hoi-nghi-cong-thuong.txt").read_text(encoding="utf-8")


def sentences(text: str) -> list[str]:
    return [s.text for s in vnextract.extract(text).sentences]


def test_ttxvn_lead_is_one_sentence():
    sents = [s.text for s in vnextract.extract(TTXVN).sentences]
    assert ("Ngày 28/7, tại thành phố Hạ Long (tỉnh Quảng Ninh), Bộ Công Thương phối hợp với tỉnh Quảng Ninh "
            "tổ chức Hội nghị ngành công thương 28 tỉnh, thành phố khu vực phía Bắc lần thứ IX, năm 2023.") in sents


def test_ttxvn_sentence_ends_at_ellipsis():
    sents = [s.text for s in vnextract.extract(TTXVN).sentences]
    ends = [s for s in sents if s.endswith("phù hợp với thực tế phát triển của Việt Nam…")]
    assert len(ends) == 1 and ends[0].startswith("Chính phủ sớm")


def test_ttxvn_headline_and_caption_are_their_own_sentences():
    art = vnextract.extract(TTXVN)
    sents = [s.text for s in art.sentences]
    assert sents[0] == "Hợp tác phát triển ngành công thương các tỉnh, thành phố phía Bắc"
    assert "Thứ trưởng Bộ Công thương Phan Thị Thắng phát biểu tại Hội nghị." in sents
    assert not any("Chú thích ảnh" in s for s in sents)
    for s in art.sentences:
        assert art.paragraphs[s.paragraph].start <= s.start < s.end <= art.paragraphs[s.paragraph].end


# (text, expected sentences) — each a case underthesea's sent_tokenize or a naive split gets wrong.
SPLITS = [
    # abbreviations with dots
    ("Ông Nguyễn Văn A, Chủ tịch UBND TP. Hồ Chí Minh, cho biết như vậy. Hội nghị kết thúc.",
     ["Ông Nguyễn Văn A, Chủ tịch UBND TP. Hồ Chí Minh, cho biết như vậy.", "Hội nghị kết thúc."]),
    ("PGS.TS. Trần Đình Thiên nhận định kinh tế phục hồi. Đây là tín hiệu tốt.",
     ["PGS.TS. Trần Đình Thiên nhận định kinh tế phục hồi.", "Đây là tín hiệu tốt."]),
    ("Theo ThS. Lê Văn B và GS. Nguyễn C, giá tăng. Tp. Thủ Đức cũng vậy.",
     ["Theo ThS. Lê Văn B và GS. Nguyễn C, giá tăng.", "Tp. Thủ Đức cũng vậy."]),
    ("Các mặt hàng như gạo, cà phê, hồ tiêu v.v. đều tăng giá. Xuất khẩu khả quan.",
     ["Các mặt hàng như gạo, cà phê, hồ tiêu v.v. đều tăng giá.", "Xuất khẩu khả quan."]),
    # numbers and identifiers
    ("Diện tích quy hoạch 43.489ha, tăng 28,8%. Tổng vốn đạt 1.196,4 nghìn tỷ đồng.",
     ["Diện tích quy hoạch 43.489ha, tăng 28,8%.", "Tổng vốn đạt 1.196,4 nghìn tỷ đồng."]),
    ("Chính phủ sửa đổi Nghị định số 111/2015/NĐ-CP. Bộ Công Thương sẽ trình dự thảo.",
     ["Chính phủ sửa đổi Nghị định số 111/2015/NĐ-CP.", "Bộ Công Thương sẽ trình dự thảo."]),
    ("Ngày 17.2.2025, Ban Thường vụ Tỉnh ủy ban hành chương trình. 28 tỉnh tham gia.",
     ["Ngày 17.2.2025, Ban Thường vụ Tỉnh ủy ban hành chương trình.", "28 tỉnh tham gia."]),
    # initials in names
    ("Ảnh do H.T.P cung cấp cho báo. Bài viết của Đ. Hiếu.",
     ["Ảnh do H.T.P cung cấp cho báo.", "Bài viết của Đ. Hiếu."]),
    # quotes and brackets stay with their sentence
    ("Ông nói: \"Chúng tôi sẽ làm hết sức.\" Sau đó hội nghị bế mạc.",
     ["Ông nói: \"Chúng tôi sẽ làm hết sức.\"", "Sau đó hội nghị bế mạc."]),
    ("“Tỉnh cố gắng du lịch không tập trung theo một mùa.” Đến nay lượt khách đạt 3,3 triệu.",
     ["“Tỉnh cố gắng du lịch không tập trung theo một mùa.”", "Đến nay lượt khách đạt 3,3 triệu."]),
    # ellipses: a lower-case continuation does not end the sentence
    ("Giá xăng tăng… nhưng vẫn ổn định. Giá điện giữ nguyên...",
     ["Giá xăng tăng… nhưng vẫn ổn định.", "Giá điện giữ nguyên..."]),
    ("Kinh tế còn khó khăn... Tuy nhiên, xuất khẩu tăng.",
     ["Kinh tế còn khó khăn...", "Tuy nhiên, xuất khẩu tăng."]),
    # questions and exclamations; a list item on its own line is its own paragraph
    ("Tại sao giá điện tăng? Xin cảm ơn ông!", ["Tại sao giá điện tăng?", "Xin cảm ơn ông!"]),
    ("Kết quả như sau:\n- Xuất khẩu tăng 5%.\n- Nhập khẩu giảm 2%.",
     ["Kết quả như sau:", "- Xuất khẩu tăng 5%.", "- Nhập khẩu giảm 2%."]),
]


@pytest.mark.parametrize("text,expected", SPLITS)
def test_split(text, expected):
    assert sentences(text) == expected


def test_sentence_offsets_exact_on_crlf_and_nbsp():
    text = "Giá tăng 5%.\r\nÔng\u00a0A nói vậy. Hết."
    art = vnextract.extract(text)
    assert [s.text for s in art.sentences] == ["Giá tăng 5%.", "Ông\u00a0A nói vậy.", "Hết."]
    for s in art.sentences:
        assert text[s.start:s.end] == s.text


def test_abbreviation_shortcut_reads_as_the_lookup():
    """_is_abbreviation's two-letter shortcut says what the full reading says, at every "." of
    the corpus texts and after each abbreviation and its case variants."""
    from vnextract import sentences as sn

    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPORA.rglob("*.txt"))]
    texts += [f"x {a}. Y {a.lower()}. z{a.upper()}. {a}." for a in sn._abbreviations()]
    texts += ["Đ. Hiếu", "H.T.P. Nam", "đồng.\n.", "ng.", ".", "a."]
    checked = 0
    for text in texts:
        dot = text.find(".")
        while dot >= 0:
            assert sn._is_abbreviation(text, dot) == sn._reads_as_abbreviation(text, dot), (text[max(0, dot - 20):dot + 1])
            checked += 1
            dot = text.find(".", dot + 1)
    assert checked > 1000
