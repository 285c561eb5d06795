"""The pairing step (indicators/pairing.py): a level with the change that goes with it, a change
named by what follows it.

Rows are real press sentences (corpora/dev/*.txt, the TTXVN article, the 2017 archive) or
sentences written in their wording where marked; a sentence the extractor reads wrong today is
an ``xfail(strict=True)`` row with the right value, so a fix shows up.
"""

import pytest

import vnextract
from indicator_rows import (
    DEV_002_ASEAN, DEV_015_FDI, DEV_015_RETAIL, DEV_015_TOURISM, DEV_019_EXPORTS, DEV_312_FORECAST,
    DEV_312_JOBS, record,
)
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


# A figure and the other figure of its record, on real sentences of corpora/dev: (sentence, figure
# as written, the level or change it is paired with, or None). A level takes the first change after
# it ("đạt X, tăng Y so tháng trước"), or the change in brackets after it; a second change, a
# restated change and a share stand alone.
PAIRS = [
    (DEV_019_EXPORTS, "1.059 triệu USD", "2,7%"),
    (DEV_019_EXPORTS, "11,5%", None),  # "... và tăng 11,5% so cùng kỳ": a second change of the level
    (DEV_019_EXPORTS, "882 triệu USD", "2,6%"),
    (DEV_015_RETAIL, "330,3 nghìn tỷ đồng", "5,6%"),
    (DEV_015_TOURISM, "3,4 nghìn tỷ đồng", "8%"),
    (DEV_312_JOBS, "53,36 triệu", "74,43 nghìn người"),
    (DEV_312_FORECAST, "53,47 triệu người", "0,2%"),  # "khoảng 53,47 triệu người (tăng 0,2% ...)"
    # standing alone
    (DEV_312_JOBS, "0,14%", None),  # "(0,14%)": the same change in relative terms, its own record
    (DEV_015_FDI, "834,9 triệu USD", None),  # "chiếm 67,1%" after it is a share, no change of it
    (DEV_015_FDI, "67,1%", None),
    (DEV_002_ASEAN, "340,6 tỷ USD", None),  # "vượt Singapore (337,5 tỷ USD)": another level
    (DEV_312_FORECAST, "42,7%", None),
]


@pytest.mark.parametrize("sample,figure,partner", PAIRS)
def test_pairs(sample, figure, partner):
    i = record(sample, figure)
    assert i is not None
    texts = [x.text for x in (i.quantity, i.change) if x is not None]
    assert texts == sorted([figure] + ([partner] if partner else []), key=sample[1].index)
