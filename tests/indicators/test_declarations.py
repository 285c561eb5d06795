"""The indicator steps read each word list from its one declaration (issue 11, "One declaration
per rule"): these tests hold each derivation to the list it is derived from, on real sentences.
"""

import vnextract
from vnextract import dates
from vnextract.indicators import article, change, naming, period, words


def test_the_comparison_base_is_dates_declaration():
    # "so với|so": dates._COMPARE_BASE, read by every step through indicators.words._COMPARE
    assert words._COMPARE is dates._COMPARE_BASE
    for ws in (period._BASIS_WORDS, naming._AFTER_FIGURE_WORDS):
        assert set(words._COMPARE) <= set(ws)
    assert set(naming._PREDICATE_FIRST) >= set(words._COMPARE.first_words())
    # the base in full ("so với"), for a basis phrase after the words of what is compared
    assert words._COMPARE_IN_FULL.words == tuple(w for w in dates._COMPARE_BASE if " " in w) == ("so với",)
    assert set(words._COMPARE_IN_FULL) <= set(article._BASIS_PHRASE_WORDS)
    # each form of the base opens a basis (corpus dev-019 wording: "tăng 1,1% so tháng trước")
    for w in dates._COMPARE_BASE:
        seg = f" {w} tháng trước và tăng 6,2% {w} cùng kỳ"
        assert change._basis(seg, 0, len(seg)) == "previous_period"


def test_each_form_of_the_comparison_base_gives_the_basis():
    # corpus dev-019: "CPI tháng 3 tăng 0,2% so với tháng trước" and its short form "so tháng trước"
    for w in dates._COMPARE_BASE:
        art = vnextract.extract(f"Chỉ số giá tiêu dùng (CPI) tháng 3/2017 tăng 0,2% {w} tháng trước.",
                                published="2017-03-29")
        got = [(i.change.text, i.change.basis) for i in art.indicators if i.change is not None]
        assert got == [("0,2%", "previous_period")], w


def test_both_spellings_of_ty_come_from_measures():
    from vnextract import measures
    from vnextract.indicators import status
    assert tuple(measures.TY) == ("tỷ", "tỉ")
    assert words._RATE_WORDS.words == tuple(f"{t} lệ" for t in measures.TY)
    assert words._SHARE_WORDS.words == tuple(f"{t} trọng" for t in measures.TY)
    for t in measures.TY:
        # "tỷ lệ thất nghiệp", "tỉ trọng xuất khẩu" (press spells the syllable both ways)
        assert measures._RATE_OF.match(f"{t} lệ thất nghiệp")
        assert naming._NOMINAL.search(f"đạt {t} lệ ")
        assert status._SHARE_PREFIX.sub("", f"{t} trọng kim ngạch xuất khẩu") == "kim ngạch xuất khẩu"
