"""Officials: tables of real sentences (source noted per table), positives and negatives."""

from pathlib import Path

import pytest

import vnextract

MAIN_CORPUS = Path("/work/main/corpora")


def offs(text, **kw):
    art = vnextract.extract(text, **kw)
    for o in art.officials:
        assert art.text[o.start:o.end] == o.text
        for m in o.mentions:
            assert art.text[m.start:m.end] == m.text
    return art.officials


# (sentence, [(name, title, org)]). Source: TTXVN 2023-07-28, dev 002/003/004/005/018/027/041 and
# the press patterns of the issue.
POSITIVES = [
    ("Phát biểu khai mạc hội nghị, Thứ trưởng Bộ Công Thương Phan Thị Thắng nhấn mạnh",
     [("Phan Thị Thắng", "Thứ trưởng", "Bộ Công Thương")]),
    ("Ông Cao Tường Huy, Quyền Chủ tịch UBND tỉnh Quảng Ninh chia sẻ tại hội nghị",
     [("Cao Tường Huy", "Quyền Chủ tịch", "UBND tỉnh Quảng Ninh")]),
    ("Phó Thủ tướng Chính phủ Trần Hồng Hà vừa ký Quyết định", [("Trần Hồng Hà", "Phó Thủ tướng", "Chính phủ")]),
    ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng dẫn đánh giá",
     [("Mai Tiến Dũng", "Bộ trưởng, Chủ nhiệm", "Văn phòng Chính phủ")]),
    ("Bộ trưởng GTVT Nguyễn Văn Thể đã cam kết", [("Nguyễn Văn Thể", "Bộ trưởng", "Bộ Giao thông vận tải")]),
    ("Bộ trưởng Tài chính Hồ Đức Phớc cho biết", [("Hồ Đức Phớc", "Bộ trưởng", "Bộ Tài chính")]),
    ("Chủ tịch HĐTV EVN Dương Quang Thành cho biết", [("Dương Quang Thành", "Chủ tịch HĐTV", "Tập đoàn Điện lực Việt Nam")]),
    ("ông Lại Hồng Thanh - Phó tổng cục trưởng Tổng cục Địa chất và Khoáng sản Việt Nam - đã trao đổi",
     [("Lại Hồng Thanh", "Phó tổng cục trưởng", "Tổng cục Địa chất và Khoáng sản Việt Nam")]),
    ("Cục trưởng Cục Quản lý giá (Bộ Tài chính) Nguyễn Anh Tuấn cho biết",
     [("Nguyễn Anh Tuấn", "Cục trưởng", "Cục Quản lý giá")]),
    ("Thứ trưởng Bộ NN&PTNT Hà Công Tuấn khẳng định",
     [("Hà Công Tuấn", "Thứ trưởng", "Bộ Nông nghiệp và Phát triển nông thôn")]),
    ("Sau nhậm chức, tân Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đã chủ trì",
     [("Nguyễn Hồng Diên", "Bộ trưởng", "Bộ Công Thương")]),
    ("phó thủ tướng Trương Hòa Bình nói", [("Trương Hòa Bình", "phó thủ tướng", None)]),
]


@pytest.mark.parametrize("sentence,expected", POSITIVES)
def test_positives(sentence, expected):
    assert [(o.name, o.title, o.org) for o in offs(sentence)] == expected


def test_later_mentions_join_the_person():
    # dev 004 / dev 005 style: full name, then honorific + given name, then the title alone.
    text = ("Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên chủ trì hội nghị. Bộ trưởng yêu cầu các đơn vị "
            "khẩn trương. Trước đó, ông Nguyễn Hồng Diên nhấn mạnh vai trò. Theo ông Diên, đây là trách nhiệm.")
    (o,) = offs(text)
    assert [m.text for m in o.mentions] == ["Nguyễn Hồng Diên", "Bộ trưởng", "Nguyễn Hồng Diên", "ông Diên"]
    assert o.text == "Nguyễn Hồng Diên"


# Not officials. Source: TTXVN byline, dev 002 (unnamed "Thủ tướng Nhật Bản"), dev 005 (photo
# credit), written citizen sentence.
NEGATIVES = [
    "Tin, ảnh: Đức Hiếu (TTXVN)",
    "việc Thủ tướng Nhật Bản và Ngoại trưởng Mỹ chọn Việt Nam",
    "Ông Lại Hồng Thanh trao đổi với báo chí (Ảnh: Văn Ngân).",
    "Anh Nguyễn Văn Nam, người dân xã Tân Phú, cho biết",
    "Thủ tướng Chính phủ ban hành Quyết định 645/QĐ-TTg",
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_negatives(sentence):
    assert offs(sentence) == []


def test_ttxvn_article():
    path = MAIN_CORPUS / "ttxvn-2023-07-28-hoi-nghi-cong-thuong.txt"
    if not path.exists():
        pytest.skip("corpus article not available")
    text = path.read_text(encoding="utf-8")
    art = vnextract.extract(text)
    got = {o.name: (o.title, o.org, [m.text for m in o.mentions]) for o in art.officials}
    assert got == {
        "Phan Thị Thắng": ("Thứ trưởng", "Bộ Công Thương", ["Phan Thị Thắng", "Phan Thị Thắng"]),
        "Cao Tường Huy": ("Quyền Chủ tịch", "UBND tỉnh Quảng Ninh",
                          ["Cao Tường Huy", "Quyền Chủ tịch UBND tỉnh Quảng Ninh"]),
    }
    assert "Trần Hồng Hà" in [o.name for o in vnextract.extract(text, include_related=True).officials]


KNOWN_FAILURES = [
    # dev 025/026: foreign names have no Vietnamese surname.
    ("Tổng Giám đốc NTT East Inoue Fukuzo cho biết", [("Inoue Fukuzo", "Tổng Giám đốc", None)]),
    # dev 003: "Đại tá" rank before the name and a lower-case company name after the title.
    ("Đại tá Tăng Văn Chi - Tổng giám đốc Tổng công ty xây dựng Lũng Lô (Bộ Quốc phòng) cho biết",
     [("Tăng Văn Chi", "Tổng giám đốc", "Tổng công ty xây dựng Lũng Lô")]),
]


@pytest.mark.xfail(strict=True)
@pytest.mark.parametrize("sentence,expected", KNOWN_FAILURES)
def test_known_failures(sentence, expected):
    assert [(o.name, o.title, o.org) for o in offs(sentence)] == expected
