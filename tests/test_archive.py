"""vnextract.archive: series, people, careers and citations over a ``vnextract batch`` database.

Two kinds of archive are queried:

* a small one written from Article records made by hand, so that the fields the extractor does
  not fill yet (``Indicator.measure``, ``Article.published_inferred``) hold what a reader gives.
  The texts are sentences of real articles of ../shared/archive/baomoi-2017.jsonl.gz (ids in
  ``_ARTICLES``), the values those a reader takes from them. The same tests run on SQLite and on
  PostgreSQL (the throwaway server of conftest.py).
* the real slice tests/data/baomoi-2017-slice.jsonl.gz (216 articles, see make_archive_slice.py)
  put through ``vnextract batch``: what the queries make of the extractor's own records.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")
sa = pytest.importorskip("sqlalchemy")

from vnextract import Article  # noqa: E402
from vnextract.archive import Archive, ArchiveError, canonical_org, canonical_scope, canonical_title  # noqa: E402
from vnextract.batch import open_sink, run  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SLICE = ROOT / "tests" / "data" / "baomoi-2017-slice.jsonl.gz"


# --- Article records made by hand ------------------------------------------------------------

def _span(text: str, needle: str, after: int = 0) -> dict:
    """The first ``needle`` at or after ``after``, else the first one in the text (a period can be
    named before the figure: "CPI trong tháng Tết ... Đà Nẵng tăng đến 0,51%")."""
    i = text.find(needle, after)
    if i < 0:
        i = text.index(needle)
    return {"start": i, "end": i + len(needle), "text": needle}


def _indicator(text: str, sentence: str, *, name: str, measure: str, period: tuple, change: tuple | None = None,
               quantity: tuple | None = None, scope: str | None = None, status: str = "actual") -> dict:
    """period: (words, value, start, end, grain); change: (words, value, direction, basis);
    quantity: (words, value, unit)."""
    s = _span(text, sentence)
    rec = {**s, "name": name, "measure": measure, "scope": scope, "status": status}
    words, value, start, end, grain = period
    rec["period"] = {**_span(text, words, s["start"]), "value": value, "start_date": start, "end_date": end,
                     "grain": grain, "year_known": True}
    if change:
        words, value, direction, basis = change
        rec["change"] = {**_span(text, words, s["start"]), "value": value, "unit": "%", "dimension": "percent",
                         "direction": direction, "basis": basis}
    if quantity:
        words, value, unit = quantity
        rec["quantity"] = {**_span(text, words, s["start"]), "value": value, "unit": unit, "dimension": "money"}
    return rec


def _official(text: str, name: str, title: str, org: str | None, after: int = 0) -> dict:
    s = _span(text, name, after)
    return {**s, "name": name, "title": title, "org": org, "org_name": org, "mentions": [s]}


def _ref(text: str, words: str, number: str, **fields) -> dict:
    return {**_span(text, words), "number": number, **fields}


def _article(aid: str, text: str, published: str | None = None, inferred: tuple | None = None, **records) -> dict:
    d = {"id": aid, "text": text, "published": published, **records}
    if inferred:
        words, value = inferred
        d["published_inferred"] = {**_span(text, words), "value": value, "grain": "day", "timex": value}
    return Article.model_validate(d).model_dump(mode="json")  # a valid record, as batch writes it


def _cpi_articles() -> list[dict]:
    out = []
    # baomoi-21490869: the national CPI of January 2017 (Tổng cục Thống kê).
    t = ("Chỉ số CPI trong tháng Một tăng 5,22% so với cùng kỳ năm 2016\n"
         "Chỉ số giá tiêu dùng tháng Một đã tăng 0,46% so với tháng trước đồng thời tăng 5,22% so với cùng kỳ năm 2016.")
    out.append(_article("baomoi-21490869", t, published="2017-02-01", indicators=[
        _indicator(t, "Chỉ số giá tiêu dùng tháng Một đã tăng 0,46% so với tháng trước", name="Chỉ số giá tiêu dùng",
                   measure="cpi", period=("tháng Một", "2017-01", "2017-01-01", "2017-01-31", "month"),
                   change=("tăng 0,46%", 0.46, "increase", "previous_period")),
        _indicator(t, "Chỉ số giá tiêu dùng tháng Một đã tăng 0,46% so với tháng trước đồng thời tăng 5,22% so với cùng kỳ",
                   name="Chỉ số giá tiêu dùng", measure="cpi",
                   period=("tháng Một", "2017-01", "2017-01-01", "2017-01-31", "month"),
                   change=("tăng 5,22%", 5.22, "increase", "yoy")),
    ]))
    # baomoi-21479071: the national CPI of the Tết month, and Đà Nẵng's (a provincial CPI).
    t = ("Chỉ số CPI Đà Nẵng trong dịp Tết tăng mạnh\n"
         "Trong khi chỉ số giá tiêu dùng (CPI) trong tháng Tết của cả nước tăng 0,46% thì Đà Nẵng tăng đến 0,51%.")
    out.append(_article("baomoi-21479071", t, published="2017-02-02", indicators=[
        _indicator(t, "chỉ số giá tiêu dùng (CPI) trong tháng Tết của cả nước tăng 0,46%", name="chỉ số giá tiêu dùng (CPI)",
                   measure="cpi", scope="cả nước", period=("tháng Tết", "2017-01", "2017-01-01", "2017-01-31", "month"),
                   change=("tăng 0,46%", 0.46, "increase", "previous_period")),
        _indicator(t, "Đà Nẵng tăng đến 0,51%", name="chỉ số giá tiêu dùng (CPI)", measure="cpi", scope="Đà Nẵng",
                   period=("tháng Tết", "2017-01", "2017-01-01", "2017-01-31", "month"),
                   change=("tăng đến 0,51%", 0.51, "increase", "previous_period")),
    ]))
    # baomoi-22399490, 22403738, 22411557: May 2017, three papers, one figure.
    for aid, t, words, pub in [
        ("baomoi-22399490", "Chỉ số giá tiêu dùng (CPI) tháng 5 năm 2017 giảm 0,53% so với tháng trước.", "tháng 5 năm 2017", "2017-05-29"),
        ("baomoi-22403738", "CPI tháng 5 đột ngột giảm mạnh\nChỉ số giá tiêu dùng (CPI) tháng 5 đã bất ngờ giảm 0,53% so với tháng trước.",
         "tháng 5", "2017-05-29"),
        ("baomoi-22411557", "Theo Tổng cục Thống kê (Bộ Kế hoạch & Đầu tư), chỉ số giá tiêu dùng (CPI) tháng 5/2017 giảm 0,53% so với tháng trước.",
         "tháng 5/2017", "2017-05-30"),
    ]:
        out.append(_article(aid, t, published=pub, indicators=[
            _indicator(t, "giảm 0,53% so với tháng trước", name="chỉ số giá tiêu dùng (CPI)", measure="cpi",
                       period=(words, "2017-05", "2017-05-01", "2017-05-31", "month"),
                       change=("giảm 0,53%", 0.53, "decrease", "previous_period")),
        ]))
    # baomoi-22639529: no publication date, the text dates itself ("Ngày 29/6").
    t = ("Giá xăng dầu giảm khiến CPI tháng 6 tụt 0,17%\n"
         "Ngày 29/6, Tổng cục Thống kê (Bộ KH&ĐT) cho biết, chỉ số giá tiêu dùng (CPI) của tháng 6 giảm 0,17% so với tháng trước.")
    out.append(_article("baomoi-22639529", t, inferred=("Ngày 29/6", "2017-06-29"), indicators=[
        _indicator(t, "chỉ số giá tiêu dùng (CPI) của tháng 6 giảm 0,17% so với tháng trước", name="chỉ số giá tiêu dùng (CPI)",
                   measure="cpi", period=("tháng 6", "2017-06", "2017-06-01", "2017-06-30", "month"),
                   change=("giảm 0,17%", 0.17, "decrease", "previous_period")),
    ]))
    # baomoi-22638341: the same June figure, with a date given.
    t = "Theo số liệu của Tổng cục Thống kê, chỉ số giá tiêu dùng (CPI) tháng 6 giảm 0,17% so với tháng trước."
    out.append(_article("baomoi-22638341", t, published="2017-06-30", indicators=[
        _indicator(t, "chỉ số giá tiêu dùng (CPI) tháng 6 giảm 0,17% so với tháng trước", name="chỉ số giá tiêu dùng (CPI)",
                   measure="cpi", period=("tháng 6", "2017-06", "2017-06-01", "2017-06-30", "month"),
                   change=("giảm 0,17%", 0.17, "decrease", "previous_period")),
    ]))
    return out


def _export_articles() -> list[dict]:
    jan = ("tháng 1/2017", "2017-01", "2017-01-01", "2017-01-31", "month")
    out = []
    # baomoi-21476381: the statistics office's estimate for January.
    t = ("Theo báo cáo của Tổng cục Thống kê, kim ngạch hàng hóa xuất khẩu tháng 1/2017 ước tính đạt 14,60 tỷ USD, "
         "giảm 12% so với tháng trước.")
    out.append(_article("baomoi-21476381", t, published="2017-01-29", indicators=[
        _indicator(t, "kim ngạch hàng hóa xuất khẩu tháng 1/2017 ước tính đạt 14,60 tỷ USD", name="kim ngạch hàng hóa xuất khẩu",
                   measure="exports", status="estimate", period=jan, quantity=("14,60 tỷ USD", 14.6e9, "USD")),
    ]))
    # baomoi-21474270: the same 14,6 tỷ written as a result ("đạt").
    t = ("GDP của Việt Nam năm 2017 tăng dần qua các quý, vốn FDI cam kết vào Việt Nam đạt 1.423 triệu USD, "
         "kim ngạch xuất khẩu đạt 14,6 tỷ USD, CPI tháng 01/2017 tăng 5,22% so với cùng kỳ năm 2016.")
    out.append(_article("baomoi-21474270", t, published="2017-02-07", indicators=[
        _indicator(t, "kim ngạch xuất khẩu đạt 14,6 tỷ USD", name="kim ngạch xuất khẩu", measure="exports",
                   period=("tháng 01/2017", "2017-01", "2017-01-01", "2017-01-31", "month"),
                   quantity=("14,6 tỷ USD", 14.6e9, "USD")),
    ]))
    # baomoi-21493335: the customs office's count for January: another value.
    t = ("27,53 tỷ USD là tổng giá trị kim ngạch xuất nhập khẩu cả nước trong tháng 1/2017. "
         "Cụ thể, tổng giá trị kim ngạch xuất khẩu đạt 14,342 tỷ USD, nhập khẩu đạt 13,188 tỷ USD.")
    out.append(_article("baomoi-21493335", t, published="2017-02-08", indicators=[
        _indicator(t, "tổng giá trị kim ngạch xuất khẩu đạt 14,342 tỷ USD", name="tổng giá trị kim ngạch xuất khẩu",
                   measure="exports", scope="cả nước", period=jan, quantity=("14,342 tỷ USD", 14.342e9, "USD")),
    ]))
    return out


def _people_articles() -> list[dict]:
    out = []
    # Nguyễn Thiện Nhân: Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, then (from 5 April 2017) Bí thư
    # Thành ủy TP.HCM; the Politburo membership he keeps links the two posts.
    for aid, pub, t, title, org in [
        ("baomoi-21470001", "2017-02-05",
         "Đây là khẳng định của Ủy viên Bộ Chính trị, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Nguyễn Thiện Nhân khi tham dự lễ hưởng ứng “Tết trồng cây đời đời nhớ ơn Bác Hồ”.",
         "Ủy viên Bộ Chính trị, Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam"),
        ("baomoi-21470002", "2017-02-06",
         "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Nguyễn Thiện Nhân nhấn mạnh: Trồng rừng, trồng cây, phải 5 năm, 10 năm mới có được lợi ích.",
         "Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam"),
        ("baomoi-22229654", "2017-04-10",
         "Ủy viên Bộ Chính trị, Bí thư Thành ủy TP.HCM Nguyễn Thiện Nhân làm việc với lãnh đạo các quận.",
         "Ủy viên Bộ Chính trị, Bí thư", "Thành ủy TP.HCM"),
        ("baomoi-22490001", "2017-05-10",
         "Sáng 10/5, gửi lời chúc mừng tân Bí thư Thành ủy TP.HCM Nguyễn Thiện Nhân, ông Thăng đồng thời cảm ơn và xin lỗi người dân.",
         "tân Bí thư", "Thành ủy TP.HCM"),
        ("baomoi-22600368", "2017-06-20",
         "Bí thư Thành ủy TPHCM Nguyễn Thiện Nhân yêu cầu các sở ngành báo cáo.", "Bí thư", "Thành ủy TPHCM"),
    ]:
        out.append(_article(aid, t, published=pub, officials=[_official(t, "Nguyễn Thiện Nhân", title, org)]))
    # Nguyễn Đức Chung, one post written three ways.
    for aid, pub, t, org in [
        ("baomoi-21470656", "2017-02-06",
         "Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung yêu cầu báo cáo vụ cô giáo mầm non đánh trẻ bằng dép.", "UBND TP Hà Nội"),
        ("baomoi-21474312", "2017-02-06",
         "Chủ tịch UBND thành phố Hà Nội Nguyễn Đức Chung chủ trì cuộc họp giao ban với các sở, ban, ngành vào sáng nay.",
         "UBND thành phố Hà Nội"),
        ("baomoi-22500001", "2017-05-20",
         "Chủ tịch Hà Nội Nguyễn Đức Chung cho rằng việc duy trì loa phường rất tốn kém, trong khi hiệu quả không cao.", "Hà Nội"),
    ]:
        out.append(_article(aid, t, published=pub, officials=[_official(t, "Nguyễn Đức Chung", "Chủ tịch", org)]))
    # Two men named Nguyễn Văn Hùng, who share no organisation.
    t = ("Ông Nguyễn Văn Hùng, Chủ tịch HĐTV, Tổng Giám đốc Becamex IDC cho rằng, với việc xây dựng NƠXH "
         "nếu một mình nhà nước lo là rất khó.")
    out.append(_article("baomoi-21469367", t, published="2017-02-04",
                        officials=[_official(t, "Nguyễn Văn Hùng", "Chủ tịch HĐTV, Tổng Giám đốc", "Becamex IDC")]))
    t = "Ông Nguyễn Văn Hùng - Bí thư Tỉnh ủy Quảng Trị vui mừng trước kết quả mà Phạm Huy mang về cho tỉnh nhà."
    out.append(_article("baomoi-22420001", t, published="2017-05-15",
                        officials=[_official(t, "Nguyễn Văn Hùng", "Bí thư", "Tỉnh ủy Quảng Trị")]))
    # A former post (baomoi-21469368).
    t = "Theo ông Đặng Hùng Võ, nguyên Thứ trưởng Bộ TN-MT, việc thu hồi đất phải công khai."
    out.append(_article("baomoi-21469368", t, published="2017-02-03",
                        officials=[_official(t, "Đặng Hùng Võ", "nguyên Thứ trưởng", "Bộ TN-MT")]))
    return out


def _citation_articles() -> list[dict]:
    full = dict(serial="67", year=2014, doc_type="Nghị định", type_code="NĐ", issuer="CP", issuer_name="Chính phủ")
    out = []
    t = ("Thực hiện Nghị định số 67/2014/NĐ-CP ngày 7/7/2014 của Chính phủ về một số chính sách phát triển thủy sản, "
         "tỉnh đã phê duyệt 40 tàu. Theo Nghị định 67, chủ tàu được vay vốn lãi suất thấp.")
    out.append(_article("baomoi-22495454", t, published="2017-06-13", legal_refs=[
        _ref(t, "Nghị định số 67/2014/NĐ-CP", "67/2014/NĐ-CP", signed_on="2014-07-07", **full),
        _ref(t, "Nghị định 67", "67/2014/NĐ-CP", serial="67", doc_type="Nghị định", issuer="CP", refers_to="67/2014/NĐ-CP"),
    ]))
    # the press shorthand "Nghị định 67/CP", with no full number in the article
    t = "Nhiều chủ tàu đóng mới theo Nghị định 67/CP đang gặp khó khăn trong việc trả nợ ngân hàng."
    out.append(_article("baomoi-22497265", t, published="2017-06-14", legal_refs=[
        _ref(t, "Nghị định 67/CP", "67/CP", serial="67", doc_type="Nghị định", issuer="CP"),
    ]))
    t = ("Nghị định 49/2017/NĐ-CP sửa đổi Điều 15 của Nghị định số 25/2011/NĐ-CP; tàu đóng theo Nghị định số 67/2014/NĐ-CP "
         "được hỗ trợ.")
    out.append(_article("baomoi-22520001", t, inferred=("Nghị định 49/2017/NĐ-CP", "2017-06-20"), legal_refs=[
        _ref(t, "Nghị định 49/2017/NĐ-CP", "49/2017/NĐ-CP", serial="49", year=2017, doc_type="Nghị định", type_code="NĐ",
             issuer="CP", issuer_name="Chính phủ"),
        _ref(t, "Nghị định số 25/2011/NĐ-CP", "25/2011/NĐ-CP", serial="25", year=2011, doc_type="Nghị định", type_code="NĐ",
             issuer="CP", issuer_name="Chính phủ"),
        _ref(t, "Nghị định số 67/2014/NĐ-CP", "67/2014/NĐ-CP", **full),
    ]))
    # another decree 67, cited once: "Nghị định 67/CP" still means the one the press cites most
    t = "Nghị định số 67/2017/NĐ-CP quy định xử phạt vi phạm hành chính trong lĩnh vực điện lực."
    out.append(_article("baomoi-22530001", t, published="2017-06-25", legal_refs=[
        _ref(t, "Nghị định số 67/2017/NĐ-CP", "67/2017/NĐ-CP", serial="67", year=2017, doc_type="Nghị định", type_code="NĐ",
             issuer="CP", issuer_name="Chính phủ"),
    ]))
    # baomoi-21479055 and an article writing the circular without its code ("Thông tư 15/2015"),
    # then shortening that ("Thông tư 15"): both count for 15/2015/TT-BVHTTDL
    tt = dict(serial="15", year=2015, doc_type="Thông tư")
    t = ("Đại diện Bộ VH-TT&DL cho biết, theo điều 4 của Thông tư 15/2015/TT-BVHTTDL Quy định về tổ chức lễ hội, "
         "mà Bộ VH-TT&DL ban hành. Thông tư 15 quy định rõ.")
    out.append(_article("baomoi-21479055", t, published="2017-02-03", legal_refs=[
        _ref(t, "Thông tư 15/2015/TT-BVHTTDL", "15/2015/TT-BVHTTDL", type_code="TT", issuer="BVHTTDL",
             issuer_name="Bộ Văn hóa, Thể thao và Du lịch", **tt),
        _ref(t, "Thông tư 15", "15/2015/TT-BVHTTDL", serial="15", doc_type="Thông tư", refers_to="15/2015/TT-BVHTTDL"),
    ]))
    t = ("Ông Phạm Xuân Phúc, Phó Chánh Thanh tra Bộ VH-TT-DL, cho biết đã quán triệt với các địa phương tổ chức lễ hội "
         "theo đúng tinh thần của Thông tư 15/2015. Thông tư 15 yêu cầu không tái diễn những tập tục mang tính bạo lực.")
    out.append(_article("baomoi-21484794", t, published="2017-02-10", legal_refs=[
        _ref(t, "Thông tư 15/2015", "15/2015", **tt),
        _ref(t, "Thông tư 15", "15/2015", serial="15", doc_type="Thông tư", refers_to="15/2015"),
    ]))
    return out


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return _cpi_articles() + _export_articles() + _people_articles() + _citation_articles()


def _write(dest: str, arts: list[dict]) -> None:
    sink = open_sink(dest)
    try:
        sink.write([(a, "test_archive") for a in arts], [])
    finally:
        sink.close()


@pytest.fixture(scope="module")
def sqlite_dest(tmp_path_factory, records) -> str:
    dest = f"sqlite:///{tmp_path_factory.mktemp('arc') / 'hand.db'}"
    _write(dest, records)
    return dest


@pytest.fixture(params=["sqlite", "postgresql"])
def arc(request, records):
    if request.param == "sqlite":
        dest = request.getfixturevalue("sqlite_dest")
    else:
        dest = request.getfixturevalue("postgres_url")
        _write(dest, records)
    a = Archive(dest)
    yield a
    a.close()


# --- series ----------------------------------------------------------------------------------

def test_national_cpi_one_row_per_figure(arc):
    df = arc.series("cpi", scope="cả nước")
    mom = df[df.change_basis == "previous_period"]
    got = {(r.period, r.change_direction, r.change_value): r.articles for r in mom.itertuples()}
    # January +0,46% (two papers, one writing "cả nước", one no scope), May -0,53% (three), June -0,17% (two)
    assert got == {("2017-01", "increase", 0.46): 2, ("2017-05", "decrease", 0.53): 3, ("2017-06", "decrease", 0.17): 2}
    may = mom[mom.period == "2017-05"].iloc[0]
    assert may.article_ids == "baomoi-22399490,baomoi-22403738,baomoi-22411557"
    assert not df.conflict.any() and not df.superseded.any()
    assert set(df.scope) == {"cả nước"}


def test_provincial_cpi_is_apart_from_the_national_one(arc):
    df = arc.series("cpi")
    assert set(df.scope) == {"cả nước", "Đà Nẵng"}
    dn = df[df.scope == "Đà Nẵng"]
    assert list(dn.change_value) == [0.51] and not dn.conflict.any()
    # the national January figure is not in conflict with Đà Nẵng's
    jan = df[(df.scope == "cả nước") & (df.period == "2017-01") & (df.change_basis == "previous_period")]
    assert list(jan.change_value) == [0.46] and not jan.conflict.any()
    assert arc.series("cpi", scope="thành phố Đà Nẵng").equals(arc.series("cpi", scope="Đà Nẵng"))


def test_conflicting_values_kept_apart_and_estimate_superseded(arc):
    df = arc.series("exports", scope="cả nước")
    jan = df[df.period == "2017-01"]
    rows = {(r.status, r.value): (r.conflict, r.superseded, r.articles) for r in jan.itertuples()}
    assert rows == {
        ("actual", 14.6e9): (True, False, 1),  # two different actual values: both flagged, none averaged
        ("actual", 14.342e9): (True, False, 1),
        ("estimate", 14.6e9): (False, True, 1),  # an actual of the same month supersedes the estimate
    }


def test_series_dates_say_where_they_come_from(arc):
    df = arc.series("cpi", scope="cả nước")
    june = df[df.period == "2017-06"].iloc[0]
    # one article gives its publication date (30/6), the other only "Ngày 29/6" in its text
    assert str(june.first_reported) == "2017-06-29" and bool(june.date_inferred)
    may = df[df.period == "2017-05"].iloc[0]
    assert str(may.first_reported) == "2017-05-29" and not bool(may.date_inferred)


def test_unknown_measure_is_empty(arc):
    df = arc.series("gdp")
    assert len(df) == 0 and list(df.columns) == Archive.SERIES_COLUMNS


# --- people and careers ----------------------------------------------------------------------

def test_one_post_however_written(arc):
    df = arc.people(name="Nguyễn Đức Chung")
    assert len(df) == 1
    row = df.iloc[0]
    assert (row.title, row.org, row.articles) == ("Chủ tịch", "UBND TP Hà Nội", 3)
    assert (str(row.first_seen), str(row.last_seen)) == ("2017-02-06", "2017-05-20")


def test_career_in_time_order(arc):
    df = arc.career("Nguyễn Thiện Nhân")
    assert df.person_id.nunique() == 1  # the Politburo seat links the two posts
    assert list(zip(df.title, df.org)) == [
        ("Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam"), ("Bí thư", "Thành ủy TP Hồ Chí Minh")]
    assert list(df.articles) == [2, 3]
    assert [str(d) for d in df.first_seen] == ["2017-02-05", "2017-04-10"]


def test_namesakes_stay_apart(arc):
    df = arc.people(name="Nguyễn Văn Hùng")
    assert df.person_id.nunique() == 2
    assert set(zip(df.title, df.org)) == {("Tổng Giám đốc", "Becamex IDC"), ("Bí thư", "Tỉnh ủy Quảng Trị")}


def test_former_post_is_past(arc):
    row = arc.career("Đặng Hùng Võ").iloc[0]
    assert (row.title, row.org, bool(row.past)) == ("Thứ trưởng", "Bộ TN-MT", True)


def test_people_at_an_organisation(arc):
    df = arc.people(org="Ủy ban nhân dân thành phố Hà Nội")
    assert set(df.name) == {"Nguyễn Đức Chung"}
    df = arc.people(org="Thành ủy TP HCM")
    assert set(df.name) == {"Nguyễn Thiện Nhân"} and set(df.title) == {"Bí thư"}


# --- citations -------------------------------------------------------------------------------

def test_citations_count_short_mentions_for_their_document(arc):
    df = arc.citations()
    top = df.iloc[0]
    # 67/2014/NĐ-CP: cited in full in two articles, as "Nghị định 67" (refers_to) in one of them,
    # as "Nghị định 67/CP" in a third, which the archive resolves: 67/2017 is cited less
    assert (top.number, top.articles, top.mentions, top.short_mentions) == ("67/2014/NĐ-CP", 3, 4, 2)
    assert (top.doc_type, top.issuer_name, str(top.signed_on)) == ("Nghị định", "Chính phủ", "2014-07-07")
    assert (str(top.first_cited), str(top.last_cited), bool(top.date_inferred)) == ("2017-06-13", "2017-06-20", True)
    assert top.co_cited == "25/2011/NĐ-CP (1); 49/2017/NĐ-CP (1)"
    assert "67/CP" not in set(df.number)
    assert list(arc.citations(top=2).number) == ["67/2014/NĐ-CP", "15/2015/TT-BVHTTDL"]
    one = arc.citations(number="49/2017/NĐ-CP")
    assert list(one.number) == ["49/2017/NĐ-CP"] and one.iloc[0].articles == 1
    tt = arc.citations(number="15/2015/TT-BVHTTDL").iloc[0]
    assert (tt.articles, tt.mentions, tt.short_mentions) == (2, 4, 3)
    assert tt.article_ids == "baomoi-21479055,baomoi-21484794"
    assert "15/2015" not in set(df.number)


# --- canonical names -------------------------------------------------------------------------

@pytest.mark.parametrize("raw, want", [
    (None, "cả nước"), ("cả nước", "cả nước"), ("toàn quốc", "cả nước"), ("Việt Nam", "cả nước"),
    ("TP.HCM", "Hồ Chí Minh"), ("thành phố Hồ Chí Minh", "Hồ Chí Minh"), ("tỉnh Quảng Ninh", "Quảng Ninh"),
    ("Đà Nẵng", "Đà Nẵng"), ("28 tỉnh, thành phố phía Bắc", "28 tỉnh, thành phố phía Bắc"),
    ("khu vực kinh tế trong nước", "khu vực kinh tế trong nước"),
])
def test_canonical_scope(raw, want):
    assert canonical_scope(raw) == want


@pytest.mark.parametrize("raw, title, want", [
    ("UBND TP Hà Nội", "Chủ tịch", "UBND TP Hà Nội"),
    ("UBND thành phố Hà Nội", "Chủ tịch", "UBND TP Hà Nội"),
    ("UBND TP.Hà Nội", "Chủ tịch", "UBND TP Hà Nội"),
    ("Ủy ban Nhân dân thành phố Hà Nội", "Chủ tịch", "UBND TP Hà Nội"),
    ("Hà Nội", "Chủ tịch", "UBND TP Hà Nội"),
    ("UBND tỉnh Quảng Ninh", "Quyền Chủ tịch", "UBND tỉnh Quảng Ninh"),
    ("Thành ủy TPHCM", "Bí thư", "Thành ủy TP Hồ Chí Minh"),
    ("Thành ủy TP. HCM", "Bí thư", "Thành ủy TP Hồ Chí Minh"),
    ("TP.HCM", "Bí thư", "Thành ủy TP Hồ Chí Minh"),
    ("Bộ Công Thương", "Thứ trưởng", "Bộ Công Thương"),
    # a province written bare at the end takes its unit word, the city its abbreviation (the
    # provinces' declarations: pipeline.province_unit_words, province_unit_abbreviations)
    ("UBND Quảng Ninh", "Chủ tịch", "UBND tỉnh Quảng Ninh"),
    ("Sở Tài chính TP. HCM", "Giám đốc", "Sở Tài chính TP Hồ Chí Minh"),
])
def test_canonical_org(raw, title, want):
    assert canonical_org(raw, title) == want


@pytest.mark.parametrize("raw, want", [
    ("Chủ tịch", ("chủ tịch", False)), ("nguyên Bộ trưởng", ("bộ trưởng", True)),
    ("Nguyên Bí thư", ("bí thư", True)), ("tân Bí thư", ("bí thư", False)),
    ("Ủy viên Bộ Chính trị, Bí thư", ("bí thư", False)), ("Phó chủ tịch", ("phó chủ tịch", False)),
])
def test_canonical_title(raw, want):
    assert canonical_title(raw) == want


# --- destinations that are not archives ------------------------------------------------------

def test_missing_and_foreign_destinations(tmp_path):
    with pytest.raises(ArchiveError, match="no such database"):
        Archive(f"sqlite:///{tmp_path / 'nothing.db'}")
    assert not (tmp_path / "nothing.db").exists()  # opening does not create it
    other = tmp_path / "other.db"
    eng = sa.create_engine(f"sqlite:///{other}")
    with eng.begin() as conn:
        conn.execute(sa.text("CREATE TABLE articles (id TEXT)"))
    eng.dispose()
    with pytest.raises(ArchiveError, match="not written by vnextract batch"):
        Archive(f"sqlite:///{other}")
    with pytest.raises(ArchiveError, match="SQL destinations"):
        Archive(str(tmp_path / "x.jsonl"))


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "vnextract.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})


def test_cli_errors_in_one_line(tmp_path):
    for cmd in (["series", f"sqlite:///{tmp_path / 'none.db'}", "--measure", "cpi"],
                ["people", str(tmp_path / "none.db"), "--name", "Nguyễn Đức Chung"],
                ["citations", f"sqlite:///{tmp_path / 'none.db'}"]):
        r = _cli(*cmd)
        assert r.returncode == 2 and r.stdout == ""
        assert len(r.stderr.strip().splitlines()) == 1 and "no such database" in r.stderr


def test_cli_tables_and_files(sqlite_dest, tmp_path):
    r = _cli("series", sqlite_dest, "--measure", "cpi", "--scope", "Đà Nẵng")
    assert r.returncode == 0, r.stderr
    assert "Đà Nẵng" in r.stdout and "0.51" in r.stdout
    r = _cli("people", sqlite_dest, "--name", "Nguyễn Đức Chung")
    assert r.returncode == 0 and "UBND TP Hà Nội" in r.stdout
    out = tmp_path / "c.csv"
    r = _cli("citations", sqlite_dest, "--top", "2", "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert list(pd.read_csv(out).number) == ["67/2014/NĐ-CP", "15/2015/TT-BVHTTDL"]
    out = tmp_path / "s.parquet"
    r = _cli("series", sqlite_dest, "--measure", "exports", "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert sorted(pd.read_parquet(out).value) == [14.342e9, 14.6e9, 14.6e9]


# --- the real slice, through vnextract batch -------------------------------------------------

@pytest.fixture(scope="module")
def slice_dest(tmp_path_factory) -> str:
    dest = f"sqlite:///{tmp_path_factory.mktemp('slice') / 'slice.db'}"
    summary = run([str(SLICE)], dest, workers=1)
    assert summary.articles == 216 and summary.failures == 0
    return dest


def test_batch_creates_the_query_indexes(slice_dest):
    eng = sa.create_engine(slice_dest)
    insp = sa.inspect(eng)
    have = {(t, tuple(ix["column_names"])) for t in ("indicators", "officials", "legal_refs") for ix in insp.get_indexes(t)}
    eng.dispose()
    assert {("indicators", ("measure",)), ("officials", ("name",)), ("legal_refs", ("number",)),
            ("legal_refs", ("refers_to",))} <= have


def _slice_texts() -> dict[str, str]:
    with gzip.open(SLICE, "rt", encoding="utf-8") as f:
        return {d["id"]: d["text"] for d in map(json.loads, f)}


# How a reader counts the articles citing a document: its full number, or a short mention of
# it ("Nghị định 67", "NĐ 67", "Nghị định 67/CP") in an article that cites no other decree 67.
_READING = {
    "67/2014/NĐ-CP": r"67/2014/NĐ-CP|(?:Nghị định|NĐ) (?:số )?67(?!/20)\b",
    "81/2015/NĐ-CP": r"81/2015/NĐ-CP|(?:Nghị định|NĐ) (?:số )?81(?!/20)\b",
    "46/2016/NĐ-CP": r"46/2016/NĐ-CP|(?:Nghị định|NĐ) (?:số )?46(?!/20)\b",
}


def test_slice_citations_match_a_count_by_reading(slice_dest):
    texts = _slice_texts()
    with Archive(slice_dest) as arc:
        df = arc.citations(top=20)
    got = dict(zip(df.number, df.articles))
    for number, pattern in _READING.items():
        read = {i for i, t in texts.items() if re.search(pattern, t)}
        assert got.get(number) == len(read), number


def test_slice_careers(slice_dest):
    with Archive(slice_dest) as arc:
        chung = arc.people(name="Nguyễn Đức Chung")
        nhan = arc.career("Nguyễn Thiện Nhân")
        thang = arc.career("Đinh La Thăng")
    # the many spellings of one post are one row
    assert list(zip(chung.title, chung.org)) == [("Chủ tịch", "UBND TP Hà Nội")]
    assert chung.iloc[0].articles >= 10
    # both posts of the man who moved, each under one canonical name (linking them into one
    # person needs what the hand-made records have: a rank kept in the title, a shared article)
    assert {("Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"), ("Bí thư", "Thành ủy TP Hồ Chí Minh")} <= set(zip(nhan.title, nhan.org))
    # "nguyên Bí thư Thành ủy TP.HCM" marks the post he left as past; his new one has no org in the text
    post = thang[(thang.title == "Bí thư")].iloc[0]
    assert post.org == "Thành ủy TP Hồ Chí Minh" and bool(post.past)
    assert "phó trưởng ban" in {t.lower() for t in thang.title if t}


def test_province_unit_words_are_derived_unchanged():
    """archive's and evaluate's units' words and archive's cities come from provinces.tsv (pipeline)
    and equal the hand-kept copies they replaced (issue 11)."""
    from vnextract import archive, evaluate, pipeline, resources

    assert set(pipeline.province_unit_words()) == {"tỉnh", "thành phố"}
    assert set(evaluate._PREFIXES) == {"thành phố ", "tỉnh ", "tp. ", "tp "}
    words = "tỉnh|thành phố|tp|tp.|t.p|t.p.|toàn tỉnh|toàn thành phố|địa bàn".split("|")
    for w in words:
        assert archive._UNIT_WORDS.search(f"UBND {w.upper()} "), w
    # archive's cities ("UBND TP ...") are the units whose official name is "Thành phố <name>":
    # the five centrally-run cities of 2015; Thừa Thiên Huế, centrally-run since 1 Jan 2025 under
    # the name "Huế", stays "tỉnh" under its old name.
    central = {r["name"] for r in resources.load_tsv("provinces.tsv") if r["division"] == "thành phố trung ương"}
    assert archive._CITIES == central - {"Thừa Thiên Huế"} == {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"}
    assert archive.canonical_org("UBND tỉnh Thừa Thiên Huế") == "UBND tỉnh Thừa Thiên Huế"
    assert archive.canonical_org("Ủy ban nhân dân thành phố Cần Thơ") == "UBND TP Cần Thơ"
    assert archive.canonical_org("Đà Nẵng", title="Bí thư") == "Thành ủy Đà Nẵng"


def test_local_bodies_and_old_tones_fold_to_one_name():
    """archive names a people's body spelled out by its abbreviation and a province's Party
    committee by the pairs the organisations reader declares (pipeline.local_bodies, issue 11), and
    folds the old-style tone placement of a name a user passes as normalize() does (pipeline.fold):
    "Uỷ ban Kiểm tra Trung ương" is "Ủy ban Kiểm tra Trung ương", not lower-cased."""
    from vnextract import archive, pipeline

    bodies = pipeline.local_bodies()
    for abbreviation, spelled in (bodies.committee, bodies.council):
        assert canonical_org(f"{spelled} thành phố Cần Thơ") == f"{abbreviation} TP Cần Thơ"
        assert canonical_org(f"{abbreviation} TP.Cần Thơ") == f"{abbreviation} TP Cần Thơ"
        assert canonical_org(f"{spelled} tỉnh Quảng Ninh") == f"{abbreviation} tỉnh Quảng Ninh"
    assert (bodies.committee[0], bodies.council[0]) == ("UBND", "HĐND")
    assert canonical_org("Hà Nội", title="Chủ tịch") == "UBND TP Hà Nội"
    assert canonical_org("Quảng Trị", title="Bí thư") == f"{bodies.party['tỉnh']} Quảng Trị" == "Tỉnh ủy Quảng Trị"
    assert canonical_org("Tỉnh ủy tỉnh Quảng Trị") == "Tỉnh ủy Quảng Trị"
    assert canonical_org("Thành ủy TP. HCM") == f"{bodies.party['thành phố']} TP Hồ Chí Minh"
    for old, new in [("Uỷ ban nhân dân TP Hà Nội", "UBND TP Hà Nội"), ("Thành uỷ TP.HCM", "Thành ủy TP Hồ Chí Minh"),
                     ("Uỷ ban Kiểm tra Trung ương", "Ủy ban Kiểm tra Trung ương"),
                     ("Sở Tài nguyên và Môi trường Khánh Hoà", "Sở Tài nguyên và Môi trường Khánh Hòa")]:
        assert canonical_org(old) == new, old
    assert archive._ranks("Uỷ viên Bộ Chính trị, Bí thư") == archive._ranks("Ủy viên Bộ Chính trị, Bí thư") == {
        "ủy viên bộ chính trị"}
