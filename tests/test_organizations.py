"""Organisations: tables of real sentences (source noted per table), positives and negatives."""

import pytest

import vnextract


def orgs(text, **kw):
    art = vnextract.extract(text, **kw)
    for o in art.organizations:
        assert art.text[o.start:o.end] == o.text
    return [(o.text, o.name, o.kind) for o in art.organizations]


# Source: TTXVN 2023-07-28, dev 002/003/004/018/025/036 articles, and forms named in the issue.
POSITIVES = [
    ("Thứ trưởng Bộ Công thương Phan Thị Thắng phát biểu tại Hội nghị.",
     [("Bộ Công thương", "Bộ Công Thương", "ministry")]),
    ("Quyền Chủ tịch UBND tỉnh Quảng Ninh cho biết thêm",
     [("UBND tỉnh Quảng Ninh", "UBND tỉnh Quảng Ninh", "people's committee")]),
    ("Theo đó, Sở Công Thương một số tỉnh kiến nghị", [("Sở Công Thương", "Sở Công Thương", "department")]),
    ("đề xuất Chính phủ báo cáo Quốc hội ban hành", [("Chính phủ", "Chính phủ", "other"), ("Quốc hội", "Quốc hội", "other")]),
    ("ông Nguyễn Anh Tuấn, Cục trưởng Cục Điều tiết điện lực, Bộ Công Thương đã trả lời",
     [("Cục Điều tiết điện lực", "Cục Điều tiết điện lực", "agency"), ("Bộ Công Thương", "Bộ Công Thương", "ministry")]),
    ("Vụ Kế hoạch đề xuất các giải pháp", [("Vụ Kế hoạch", "Vụ Kế hoạch", "department")]),
    ("Cục Cạnh tranh và bảo vệ người tiêu dùng kiểm tra",
     [("Cục Cạnh tranh và bảo vệ người tiêu dùng", "Cục Cạnh tranh và bảo vệ người tiêu dùng", "agency")]),
    ("Tập đoàn Điện lực Việt Nam (EVN) công bố", [("Tập đoàn Điện lực Việt Nam", "Tập đoàn Điện lực Việt Nam", "company"),
                                                ("EVN", "Tập đoàn Điện lực Việt Nam", "company")]),
    ("TKV và Tổng công ty Sông Đà ký hợp đồng", [("TKV", "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam", "company"),
                                               ("Tổng công ty Sông Đà", "Tổng công ty Sông Đà", "company")]),
    ("báo cáo của Bộ KH&ĐT và NHNN", [("Bộ KH&ĐT", "Bộ Kế hoạch và Đầu tư", "ministry"),
                                     ("NHNN", "Ngân hàng Nhà nước Việt Nam", "agency")]),
    ("HĐND TP.HCM thông qua nghị quyết", [("HĐND TP.HCM", "HĐND TP.HCM", "other")]),
    ("Tổng cục Hải quan phối hợp với Cục Thuế TPHCM", [("Tổng cục Hải quan", "Tổng cục Hải quan", "agency"),
                                                     ("Cục Thuế TPHCM", "Cục Thuế TPHCM", "agency")]),
    ("Tỉnh ủy Bạc Liêu chỉ đạo", [("Tỉnh ủy Bạc Liêu", "Tỉnh ủy Bạc Liêu", "party")]),
    ("trình Bộ Chính trị về tổng kết", [("Bộ Chính trị", "Bộ Chính trị", "party")]),
]


@pytest.mark.parametrize("sentence,expected", POSITIVES)
def test_positives(sentence, expected):
    assert orgs(sentence) == expected


# Not organisations (or not here). Source: dev 005 ("UBND cấp tỉnh", "Thủ tướng Chính phủ" as a
# title), TTXVN ("Hội nghị" is an event), written cases.
NEGATIVES = [
    "trước khi UBND cấp tỉnh phê duyệt",
    "Thủ tướng Chính phủ ban hành Quyết định",
    "Hội nghị ngành công thương lần thứ IX",
    "các sở, ngành ở địa phương",
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_negatives(sentence):
    assert orgs(sentence) == []


KNOWN_FAILURES = [
    # dev 004: a lower-case "chỉ đạo" right after the head word.
    ("Ban chỉ đạo 389 Quốc gia họp", [("Ban chỉ đạo 389 Quốc gia", "Ban chỉ đạo 389 Quốc gia", "agency")]),
    # dev 025: "của" inside the name.
    ("Ban Chỉ đạo phòng chống dịch của Bộ Tài chính họp",
     [("Ban Chỉ đạo phòng chống dịch của Bộ Tài chính", "Ban Chỉ đạo phòng chống dịch của Bộ Tài chính", "agency")]),
]


@pytest.mark.xfail(strict=True)
@pytest.mark.parametrize("sentence,expected", KNOWN_FAILURES)
def test_known_failures(sentence, expected):
    assert orgs(sentence) == expected
