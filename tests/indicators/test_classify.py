"""The classify step (indicators/classify.py): a figure is a level or a change, or no indicator at all
(incidental counts, classes, definitions, places of a scope).

Rows are real press sentences (corpora/dev/*.txt, the TTXVN article, the 2017 archive) or
sentences written in their wording where marked; a sentence the extractor reads wrong today is
an ``xfail(strict=True)`` row with the right value, so a fix shows up.
"""

import pytest

import vnextract
from indicator_rows import (
    DEV_002_GDP, DEV_003_OUTPUT, DEV_003_PLANT, DEV_015_FDI, DEV_015_INDUSTRY, DEV_019_CPI, DEV_113_PORK,
    DEV_312_FORECAST, DEV_312_JOBS, record,
)
from indicator_rows import one as _one


# Incidental counts, definitions and thresholds: no indicator (corpus dev-006, 035, 025, 018; written).
NOT_INDICATORS = [
    "Khi phân tách 2 chiều di chuyển riêng cho mỗi ống hầm, thời gian qua hầm giảm mạnh.",
    "Nay với 2 ống hầm Hải Vân được lưu thông mỗi ống hầm 1 chiều, thời gian di chuyển chỉ còn khoảng 6 phút.",
    "Để đạt được mục tiêu này, tỉnh sẽ tập trung vào 3 hướng đột phá chính.",
    "Đối với khối Tổng cục và tương đương, Chỉ số được đánh giá trên 7 lĩnh vực, 35 tiêu chí, 92 tiêu chí thành "
    "phần theo thang điểm 100.",
    "Bên cạnh đó, quy định về ngưỡng điều chỉnh giá điện ở mức tối thiểu 7% được cho là cao.",
    "Hội nghị đã thống nhất 5 nội dung trọng tâm và 4 nhóm giải pháp chính.",
    "Theo GS. Nguyễn Mại, có 2 nhân tố gắn với thị trường bất động sản.",
    "Doanh nghiệp được phép điều chỉnh tăng giá bán trong phạm vi từ 3% - 5%.",
    "Cơ quan chức năng phát hiện 4 vali trong đó có chứa hàng cấm.",
    # small counts written in words tell the story, reported counts are in digits
    "Sau đó, ba bị cáo này đều kháng cáo.",  # corpus dev-213
    "Hai dự án đường cao tốc đi qua tỉnh Đồng Nai dự kiến sẽ được khởi công trong năm nay.",  # corpus dev-311
    "Từ 1/7, đăng ảnh trẻ em trên 7 tuổi lên mạng phải xin phép.",  # corpus dev-209: an age class
    # whole ownership is an attribute of a firm (dev-504; 2017 archive wording)
    "Dự án do một doanh nghiệp 100% vốn Hàn Quốc làm chủ đầu tư.",
    "Tổng công ty là doanh nghiệp nhà nước nắm giữ 100% vốn điều lệ.",
]

# Counts of nouns no report counts are quantities (issue 12 item 5), not indicators: (sentence, unit)
UNREPORTED_COUNTS = [
    ("Đường cao tốc này có tổng chiều dài trên 100 km và được tách thành 2 hợp phần.", "hợp phần"),  # dev-311
    ("tổng chi phí điều trị 5 nhóm bệnh trong số 25 bệnh do sử dụng thuốc lá gây ra", "bệnh"),  # dev-411
    # classes, not measures (corpora/ANNOTATION.md: "chung cư 20 tầng" is a class; corpus dev-017,
    # dev-311, dev-112; written)
    ("nhà đầu tư sẽ được nhận khu đất trị giá ngang với tổng mức đầu tư của dự án để phát triển chung cư 20 tầng.",
     "tầng"),
    ("Giai đoạn 1 xây dựng đường có quy mô 4 làn xe hạn chế, tổng mức đầu tư 4.635 tỉ đồng.", "làn xe"),
    ("Hãng đã bàn giao 300 xe khách 45 chỗ cho doanh nghiệp vận tải.", "chỗ"),
    ("Giá bán cá ngừ đại dương loại nhỏ hơn 30 kg/con là 60.000 - 80.000 đồng/kg.", "kg/con"),
]


@pytest.mark.parametrize("text,unit", UNREPORTED_COUNTS)
def test_unreported_counts_are_no_indicators(text, unit):
    art = vnextract.extract(text, published="2017-06-01")
    assert any(q.unit == unit for q in art.quantities)
    assert not any(i.quantity and i.quantity.unit == unit for i in art.indicators)


# Counts of nouns reports count (data/counted_nouns.txt) stay indicators: (sentence, value, name start)
REPORTED_COUNTS = [
    ("23 bị cáo nguyên là cán bộ Hải quan An Giang đã kháng cáo.", 23, "số bị cáo"),  # corpus dev-213
    ("Trong tháng, cả nước có 12.000 doanh nghiệp thành lập mới.", 12000, "số doanh nghiệp"),  # written
    ("Với hơn 7.000 chất hóa học, thuốc lá là nguyên nhân của nhiều bệnh.", 7000, "số chất hóa học"),  # dev-411
]


@pytest.mark.parametrize("text,qv,name", REPORTED_COUNTS)
def test_reported_counts_are_indicators(text, qv, name):
    assert _one(text, "2017-06-01", qv).name.startswith(name)


@pytest.mark.parametrize("text", NOT_INDICATORS)
def test_not_indicators(text):
    assert vnextract.extract(text, published="2024-05-01").indicators == []


def test_a_share_of_capital_below_the_whole_is_a_measure():
    # counter-example to whole ownership: a part of the capital is reported (2017 archive wording)
    art = vnextract.extract("Nhà nước nắm giữ 65% vốn điều lệ của ngân hàng.", published="2017-06-01")
    assert [i.quantity.text for i in art.indicators if i.quantity] == ["65%"]


def test_from_a_to_b_gives_two_levels_of_one_measure():
    text = ("tăng tỷ lệ chuyển từ vốn đăng ký sang vốn thực hiện từ gần 41% năm 2015 lên hơn 45% năm 2016 đối với "
            "dự án đầu tư nước ngoài và từ 42% lên 45% đối với dự án đầu tư trong nước.")  # corpus dev-109
    art = vnextract.extract(text, published="2017-02-07")
    assert [(i.quantity.text, i.change) for i in art.indicators] == [("41%", None), ("45%", None), ("42%", None), ("45%", None)]
    assert {i.name for i in art.indicators} == {"tỷ lệ chuyển từ vốn đăng ký sang vốn thực hiện"}
    # without "lên", "tăng từ 7-8%" is a change (TTXVN article)
    art = vnextract.extract("tổng kim ngạch xuất khẩu phấn đấu tăng từ 7-8%.", published="2023-07-28")
    assert art.indicators[0].change is not None


# Level or change, on real sentences of corpora/dev: (sentence, figure as written, "level" or the
# change's direction). Changes: a direction verb before the figure in its clause, also far from it
# across the measure's name; the same change restated in brackets; a growth index's percentage.
# Levels: after "đạt", "chiếm", "là", a figure in brackets after a verb of change ("tăng nhẹ
# (chiếm 42,7%)").
FIGURE_KINDS = [
    (DEV_003_OUTPUT, "233,2 triệu kWh", "increase"),  # "tăng thêm sản lượng ... khoảng 233,2 triệu kWh"
    (DEV_015_INDUSTRY, "0,7%", "increase"),  # "tiếp tục tăng, dù chỉ ở mức 0,7%"
    (DEV_019_CPI, "0,76%", "decrease"),
    (DEV_019_CPI, "2,52%", "increase"),
    (DEV_312_JOBS, "0,08%", "decrease"),  # "giảm 41,85 nghìn người (0,08%)": the change in relative terms
    (DEV_113_PORK, "2,2%", "decrease"),
    # levels
    (DEV_002_GDP, "340,6 tỷ USD", "level"),
    (DEV_003_PLANT, "360 MW", "level"),
    (DEV_015_FDI, "67,1%", "level"),  # a share
    (DEV_312_FORECAST, "53,47 triệu người", "level"),
    (DEV_312_FORECAST, "42,7%", "level"),
]


@pytest.mark.parametrize("sample,figure,kind", FIGURE_KINDS)
def test_figure_kinds(sample, figure, kind):
    i = record(sample, figure)
    assert i is not None
    if kind == "level":
        assert i.quantity is not None and i.quantity.text == figure
    else:
        assert i.change is not None and (i.change.text, i.change.direction) == (figure, kind)
