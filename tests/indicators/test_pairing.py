"""The pairing step (indicators/pairing.py): a level with the change that goes with it, a change
named by what follows it.

Rows are real press sentences (corpora/dev/*.txt, the TTXVN article, the 2017 archive) or
sentences written in their wording where marked; a sentence the extractor reads wrong today is
an ``xfail(strict=True)`` row with the right value, so a fix shows up.
"""

import pytest

import vnextract
from indicator_rows import one as _one


# Written in the style of corpora/dev/019.
def test_level_change_and_second_change():
    art = vnextract.extract(
        "Tổng mức bán lẻ tháng 6/2017 đạt 44.154 tỷ đồng, tăng 1,1% so tháng trước và tăng 6,2% so cùng kỳ.",
        published="2017-07-01")
    a, b = art.indicators
    assert a.name == "tổng mức bán lẻ" and a.quantity.value == pytest.approx(4.4154e13)
    assert (a.change.value, a.change.basis) == (1.1, "previous_period")
    assert b.quantity is None and (b.change.value, b.change.basis) == (6.2, "yoy")
    assert a.period.value == b.period.value == "2017-06"


# corpus dev-026
US_EXPORTS = ("Mỹ tiếp tục là thị trường xuất khẩu lớn nhất của Bình Dương với kim ngạch xuất khẩu năm 2020 "
              "ước đạt 6.916 triệu USD, chiếm 25,2% kim ngạch xuất khẩu và tăng 29,2% so với cùng kỳ năm trước.")


def test_change_goes_with_the_amount_not_its_share():
    i = _one(US_EXPORTS, "2021-01-05", 6.916e9)
    assert (i.change.value, i.change.basis) == (29.2, "yoy")
    assert _one(US_EXPORTS, "2021-01-05", 25.2).change is None


def test_respective_changes_name_their_level():
    # corpus dev-015: "tăng 8,1% về số doanh nghiệp và tăng 52,3% về số vốn đăng ký"
    text = ("Trong tháng 1/2017, cả nước có 8.990 doanh nghiệp đăng ký thành lập mới với số vốn đăng ký đạt 90,3 "
            "nghìn tỷ đồng, tăng 8,1% về số doanh nghiệp và tăng 52,3% về số vốn đăng ký so cùng kỳ năm 2016.")
    assert _one(text, "2017-02-01", 8990).change.value == pytest.approx(8.1)
    assert _one(text, "2017-02-01", 9.03e13).change.value == pytest.approx(52.3)
