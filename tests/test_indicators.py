"""Indicators on the TTXVN article (issue 5's expectations) and on whole report sentences.

Each step of the package has its own table of sentences in tests/indicators/test_<step>.py
(classify, pairing, naming, period, status, scope, change).
"""

from pathlib import Path

import pytest

import vnextract

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def ttxvn():
    text = (ROOT / "corpora" / "ttxvn-2023-07-28-hoi-nghi-cong-thuong.txt").read_text(encoding="utf-8")
    return vnextract.extract(text, published="2023-07-28")


def find(art, value, unit):
    got = [i for i in art.indicators if i.quantity and i.quantity.unit == unit
           and i.quantity.value == pytest.approx(value)]
    assert got, [(i.name, i.quantity and i.quantity.text) for i in art.indicators]
    return got[0]


# The five regional indicators: (value, unit, name, change (min, max) or value, direction, basis,
# status, period, scope).
FIVE = [
    (8.435e14, "VND", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", (9, 10), "increase", None,
     "target", "2023-H2", "các tỉnh, thành phía Bắc"),
    (1.111e11, "USD", "tổng kim ngạch xuất khẩu", (7, 8), "increase", None, "target", "2023-H2", "các tỉnh, thành phía Bắc"),
    (1.099e11, "USD", "tổng kim ngạch nhập khẩu", (6, 7), "increase", None, "target", "2023-H2", "các tỉnh, thành phía Bắc"),
    (1.3e15, "VND", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", 28.8, "increase", "yoy", "estimate", "2023-H1", "khu vực"),
    (9.86e10, "USD", "tổng kim ngạch xuất khẩu", 6.1, "decrease", "yoy", "estimate", "2023-H1", "28 tỉnh, thành phía Bắc"),
]


@pytest.mark.parametrize("value,unit,name,change,direction,basis,status,period,scope", FIVE)
def test_ttxvn_regional_indicators(ttxvn, value, unit, name, change, direction, basis, status, period, scope):
    i = find(ttxvn, value, unit)
    assert i.name.lower() == name.lower()
    if isinstance(change, tuple):
        assert (i.change.min, i.change.max) == change
    else:
        assert i.change.value == pytest.approx(change)
    assert (i.change.direction, i.change.basis) == (direction, basis)
    assert i.status == status
    assert i.period is not None and i.period.value == period
    assert i.scope == scope
    assert ttxvn.text[i.start:i.end] == i.text


def test_ttxvn_cluster_figures_carry_the_period(ttxvn):
    # "Đến hết tháng 6/2023, ..." in the previous sentence of the paragraph sets the period
    i = find(ttxvn, 378, "cụm công nghiệp")
    assert i.period.value == "2023-06" and i.status == "actual"
    assert i.name.startswith("số cụm công nghiệp")
    assert find(ttxvn, 43489, "ha").name == "tổng diện tích quy hoạch"


def test_ttxvn_present_tense_has_no_period(ttxvn):
    i = find(ttxvn, 4189, "chợ")
    assert i.period is None and i.name == "số chợ đang hoạt động"


def test_ttxvn_region_counts_are_scope_not_indicators(ttxvn):
    assert not [i for i in ttxvn.indicators if i.quantity and i.quantity.unit == "tỉnh"]


# A whole report sentence (written in the style of corpora/dev/026).
def test_change_only_and_estimate():
    art = vnextract.extract("Tổng sản phẩm trong tỉnh (GRDP) năm 2020 ước tăng 6,91%.", published="2021-01-05")
    (i,) = art.indicators
    assert i.quantity is None and i.change.value == pytest.approx(6.91) and i.change.direction == "increase"
    assert i.status == "estimate" and i.period.value == "2020"


def test_share_is_a_level():
    art = vnextract.extract("Xuất khẩu sang Mỹ đạt 6.916 triệu USD, chiếm 25,2% tổng kim ngạch.", published="2021-01-05")
    units = [(i.quantity and i.quantity.unit, i.change and i.change.unit) for i in art.indicators]
    assert ("USD", None) in units and ("%", None) in units


def test_no_indicator_without_quantities():
    assert vnextract.extract("Hội nghị diễn ra tại Hạ Long.").indicators == []
