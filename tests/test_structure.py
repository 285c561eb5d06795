"""Article structure on the real layouts of the corpus (TTXVN, Dân trí, baomoi, hddtvn, Báo Bình Định).

Each case names the article it comes from; expected values were read off the article text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import vnextract

CORPORA = Path(__file__).resolve().parents[1] / "corpora"
TTXVN = (CORPORA / "ttxvn-2023-07-28-hoi-nghi-cong-thuong.txt").read_text(encoding="utf-8")


def _dev(name: str) -> str:
    return (CORPORA / "dev" / f"{name}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def ttxvn():
    return vnextract.extract(TTXVN)


def kinds(art, kind):
    return [p.text for p in art.paragraphs if p.kind == kind]


# --- the TTXVN article: headline, blank line, body, "Chú thích ảnh" captions, byline, teasers, footer

def test_ttxvn_title(ttxvn):
    assert ttxvn.title == "Hợp tác phát triển ngành công thương các tỉnh, thành phố phía Bắc"
    assert ttxvn.paragraphs[0].kind == "title"


def test_ttxvn_lead(ttxvn):
    lead = kinds(ttxvn, "lead")
    assert len(lead) == 1 and lead[0].startswith("Ngày 28/7, tại thành phố Hạ Long")


def test_ttxvn_three_captions(ttxvn):
    assert kinds(ttxvn, "caption") == [
        "Thứ trưởng Bộ Công thương Phan Thị Thắng phát biểu tại Hội nghị.",
        "Trao cờ đăng cai tổ chức hội nghị ngành công thương lần thứ X, năm 2024, cho thành phố Hà Nội.",
        "Quang cảnh Hội nghị.",
    ]


def test_ttxvn_byline_and_source(ttxvn):
    assert ttxvn.byline == "Tin, ảnh: Đức Hiếu (TTXVN)"
    assert ttxvn.source == "TTXVN"
    assert kinds(ttxvn, "byline") == ["Tin, ảnh: Đức Hiếu (TTXVN)"]


def test_ttxvn_related_and_footer_not_in_body(ttxvn):
    body = " ".join(kinds(ttxvn, "body") + kinds(ttxvn, "lead"))
    assert "Phê duyệt Đề án tái cơ cấu" not in body
    assert "Chia sẻ:" not in body
    related = kinds(ttxvn, "related")
    assert related[0] == "Phê duyệt Đề án tái cơ cấu ngành Công Thương giai đoạn đến năm 2030"
    assert any(r.startswith("Phó Thủ tướng Chính phủ Trần Hồng Hà vừa ký") for r in related)
    assert "Chia sẻ:" in kinds(ttxvn, "boilerplate")
    assert "Chú thích ảnh" in kinds(ttxvn, "boilerplate")


def test_ttxvn_paragraph_offsets_point_at_text(ttxvn):
    for p in ttxvn.paragraphs:
        assert TTXVN[p.start:p.end] == p.text


# --- dev articles: one row per layout, (article, kind, expected paragraph text or prefix)

LAYOUTS = [
    # hddtvn repost: markdown title underline, teaser link, image markdown, bold byline, "more(" teaser
    ("026", "title", "Bình Dương: Tăng trưởng “vượt ải” Covid-19"),
    ("026", "boilerplate", "=========================================="),
    ("026", "related", "[:gift:Xem chi tiết ở đây:gift:]("),
    ("026", "byline", "Thu Dịu"),
    ("026", "body", "more(HDDTVN) – Năm 2020"),  # the article's own excerpt below the byline
    ("026", "caption", "CBCC Chi cục HQ Mỹ Phước (Cục Hải quan Bình Dương) làm việc"),
    # Báo Bình Định interview: "[img]" markers, caption after them, "(Thực hiện)" byline
    ("035", "boilerplate", "[img]"),
    ("035", "caption", "TS Nguyễn Hữu Hà - ảnh 1"),
    ("035", "byline", "HỒNG HÀ (Thực hiện)"),
    # TTXVN via baomoi: byline glued to the end of the last paragraph
    ("019", "title", "Chỉ số giá tiêu dùng của Hà Nội liên tiếp giảm"),
    ("019", "byline", "Nguyễn Văn Cảnh  (TTXVN)"),
    # VOV via baomoi: "Theo VOV" glued at the end
    ("017", "byline", "Theo VOV"),
    # Dân trí: photo credit in a caption line, reporter name closing the article
    ("005", "caption", "Ông Lại Hồng Thanh trao đổi với báo chí (Ảnh: Văn Ngân)."),
    ("005", "byline", "Thế Kha"),
    # hddtvn: image markdown followed by its visible caption
    ("025", "caption", "Thuốc lá ngoại tang vật do Hải đội 1 bắt giữ."),
    # one-sentence-per-line Dân trí dump with a headline
    ("002", "title", "GDP Việt Nam đã vượt Singapore; Đường sắt Cát Linh - Hà Đông sắp vận hành"),
]


@pytest.mark.parametrize("name,kind,expected", LAYOUTS)
def test_dev_layouts(name, kind, expected):
    art = vnextract.extract(_dev(name))
    found = kinds(art, kind)
    assert any(p == expected or p.startswith(expected) for p in found), (kind, found[:5])


@pytest.mark.parametrize("name,source", [("019", "TTXVN"), ("017", "VOV")])
def test_source_from_byline(name, source):
    assert vnextract.extract(_dev(name)).source == source


def test_article_without_headline_has_no_title():
    # Dân trí body dump that starts with its lead sentence (ends with a full stop).
    art = vnextract.extract(_dev("003"))
    assert art.title is None
    assert art.paragraphs[0].kind == "body"


def test_page_chrome_and_related_block():
    # A page dump with the chrome of Vietnamese news sites around real sentences.
    text = (
        "Xuất khẩu gỗ đạt 13 tỷ USD\n"
        "In bài\nGửi\nXem với cỡ chữ\n"
        "Năm 2020, tổng kim ngạch xuất khẩu gỗ và lâm sản ngoài gỗ đạt 13 tỷ USD.\n"
        "Toàn ngành đặt mục tiêu xuất khẩu đạt 14,5 tỷ USD năm 2021.\n"
        "Thanh Nguyễn\n"
        "Các tin khác\n"
        "Bình Dương: Tăng trưởng vượt ải Covid-19\n"
        "Giá điện sẽ được điều chỉnh 3 tháng một lần\n"
    )
    art = vnextract.extract(text)
    assert art.title == "Xuất khẩu gỗ đạt 13 tỷ USD"
    assert kinds(art, "boilerplate")[:3] == ["In bài", "Gửi", "Xem với cỡ chữ"]
    assert kinds(art, "related") == ["Bình Dương: Tăng trưởng vượt ải Covid-19",
                                     "Giá điện sẽ được điều chỉnh 3 tháng một lần"]
    assert art.byline == "Thanh Nguyễn"
    assert kinds(art, "lead")[0].startswith("Năm 2020")


def test_related_records_left_out_unless_asked():
    # The TTXVN teaser cites 165/QĐ-TTg; it is not the article's.
    assert "165/QĐ-TTg" not in [r.number for r in vnextract.extract(TTXVN).legal_refs]
    with_related = vnextract.extract(TTXVN, include_related=True)
    assert "165/QĐ-TTg" in [r.number for r in with_related.legal_refs]


def test_a_link_inside_a_body_paragraph_does_not_make_it_a_teaser():
    text = ("Xuất khẩu tháng 6 tăng mạnh\n"
            "Tổng kim ngạch xuất khẩu của tỉnh Quảng Ninh đạt 98,6 tỷ USD, giảm 6,1% so với cùng kỳ. "
            "[Xem chi tiết](https://baochinhphu.vn/a.htm)\n"
            "[Xem chi tiết ở đây](https://example.vn/b.htm) Giá điện tăng 3%…\n")
    art = vnextract.extract(text)
    assert [p.kind for p in art.paragraphs] == ["title", "lead", "related"]
    assert [q.value for q in art.quantities] == [98.6e9, 6.1]


def test_trailing_byline_reads_as_a_search_after_a_sentence_gap():
    # _trailing_byline tries _TRAILING_BYLINE only where a gap ends before "theo" (or at every gap
    # when the line ends with an agency in brackets): the same match as a search led by the gap as a look-behind.
    import regex

    from vnextract import structure

    search = regex.compile(rf"(?<={structure._SENTENCE_GAP.pattern})(?:{structure._TRAILING_BYLINE.pattern})",
                           structure._TRAILING_BYLINE.flags)
    lines = [
        "Giá điện tăng 3%. Theo VOV",
        "Giá điện tăng 3%.  \u00a0theo Báo Đầu tư",
        "Theo dõi sát. Giá tăng theo quý.THEO TTXVN",
        "Giá tăng theo quý. Theo dõi sát tình hình của tỉnh Quảng Ninh. Theo VnExpress",
        "Giá tăng. Nguyễn Văn Cảnh (TTXVN)",
        "Giá tăng! \"Theo Tuổi Trẻ\" Giá tăng? Theo Tuổi Trẻ",
        "theo VOV. theo",
        "Giá tăng…\ntheo Dân trí ",
        # ")" at the end without an agency in brackets: only the "theo" form can match
        "Giá tăng. Nguyễn Văn Cảnh (Thực hiện)",
        "Giá tăng (TTXVN). Theo VOV (ảnh)",
        "Giá tăng. Theo VOV (TTXVN) ",
        "Giá tăng. Nguyễn Văn Cảnh (TTXVN). Hết (1)",
        "Giá tăng. Nguyễn Văn Cảnh (TTXVN)\u00a0 ",
    ]
    for path in sorted((Path(__file__).parent.parent / "corpora" / "dev").glob("*.txt")):
        lines += [line for line in path.read_text(encoding="utf-8").split("\n") if len(line) > 120]
    for line in lines:
        got, want = structure._trailing_byline(line), search.search(line)
        assert (got and got.span()) == (want and want.span()), line
        # the backward search for the agency bracket at the end agrees with the forward one
        ends = regex.compile(structure._ENDS_WITH_AGENCY.pattern).search(line)
        assert (structure._ENDS_WITH_AGENCY.search(line) is None) == (ends is None), line


def test_photo_word_is_read_by_every_credit_rule():
    """structure._PHOTO ("ảnh") is the one declaration of a photo's credit word: the chrome line
    ("Ảnh minh họa"), a caption's closing credit and a byline's credits all read it, so each of
    its words gives the same kinds (a TTXVN-style article)."""
    from vnextract import structure

    for w in structure._PHOTO:
        cap = w[0].upper() + w[1:]
        text = ("Xuất khẩu gạo tăng mạnh\n\n"
                "Trong 6 tháng đầu năm, kim ngạch xuất khẩu gạo đạt 1,5 tỷ USD, tăng 12% so với cùng kỳ.\n\n"
                f"Nông dân thu hoạch lúa ở Cần Thơ ({cap}: Quang Quyết/TTXVN).\n\n"
                "Tỉnh đã hỗ trợ 416 nghìn lao động trong năm qua.\n\n"
                f"{cap} minh họa\n\n"
                f"Tin, {w}: Đức Hiếu (TTXVN)")
        kinds = [b.kind for b in structure.segment(text)]
        assert kinds == ["title", "lead", "caption", "body", "boilerplate", "byline"], (w, kinds)
