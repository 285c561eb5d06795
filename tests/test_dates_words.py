"""Dates written with words around the figures (issue 12): counts of months and quarters as number
words, the first quarter, crop and fiscal years, and "N năm nay" (a look-back, not this year).

Sentences from the 2017 archive (../shared/archive/baomoi-2017.jsonl.gz, lines i % 7 == 3, short
clauses), with the values read by hand; negatives are real phrasings the rules must leave alone.
"""

import pytest

import vnextract


def dates(text, published=None):
    art = vnextract.extract(text, published=published)
    for d in art.dates:
        assert art.text[d.start:d.end] == d.text
    return [(d.text, d.value) for d in art.dates]


CASES = [
    # a count of months written as a word: months from January (as "5 tháng đầu năm 2023")
    ("Quan hệ thương mại Moscow-Bình Nhưỡng tăng tới 73% trong hai tháng đầu năm 2017.", None,
     [("hai tháng đầu năm 2017", "2017-01/2017-02")]),
    ("Trong hai tháng đầu năm nay, có 2,6 triệu lượt phương tiện lưu thông an toàn qua tuyến.", "2017-03-05",
     [("hai tháng đầu năm nay", "2017-01/2017-02")]),
    ("Hai tháng đầu năm, xuất khẩu đạt 30 tỷ USD.", "2017-03-05", [("Hai tháng đầu năm", "2017-01/2017-02")]),
    ("Năm 2016 đã có 110.000 DN được thành lập, bốn tháng đầu năm 2017 đã có 40.000 DN ra đời.", None,
     [("Năm 2016", "2016"), ("bốn tháng đầu năm 2017", "2017-01/2017-04")]),
    ("Sáu tháng đầu năm nay, tăng trưởng của toàn ngành nông nghiệp đạt 2,65%.", "2017-07-01",
     [("Sáu tháng đầu năm nay", "2017-H1")]),
    # quarters counted from January
    ("Đoàn kiểm toán loại trừ số tiền chênh lệch năm 2014, 2015 và 2 quý đầu năm 2016.", None,
     [("năm 2014", "2014"), ("2015", "2015"), ("2 quý đầu năm 2016", "2016-H1")]),
    ("Đặc biệt, tăng trưởng hai quý đầu năm tăng khá với mức 5,73%.", "2017-07-05",
     [("hai quý đầu năm", "2017-H1")]),
    ("Theo số liệu thống kê, 2 quý đầu năm nay, GDP tăng 5,73%.", "2017-07-05", [("2 quý đầu năm nay", "2017-H1")]),
    # the first quarter, with its year
    ("Doanh thu giảm mạnh trong quý đầu tiên năm 2017 là do doanh thu bán bò giảm.", None,
     [("quý đầu tiên năm 2017", "2017-Q1")]),
    ("Thương mại giữa Bắc Kinh và Bình Nhưỡng đã tăng gần 40% trong quý đầu tiên của năm 2017.", None,
     [("quý đầu tiên của năm 2017", "2017-Q1")]),
    ("Khu vực đồng euro tăng trưởng nhanh hơn nền kinh tế Anh trong quý đầu năm 2017.", None,
     [("quý đầu năm 2017", "2017-Q1")]),
    # crop and fiscal years (as "năm học 2017-2018", dev-310)
    ("Conab dự báo sản lượng ngô trong niên vụ 2016/17 sẽ ở mức 92,8 triệu tấn.", None,
     [("niên vụ 2016/17", "2016/2017")]),
    ("Tổng sản lượng cà phê xuất khẩu trong niên vụ 2016/2017 (từ tháng 10.2016) đến nay ước đạt 1,1 triệu tấn.", None,
     [("niên vụ 2016/2017", "2016/2017"), ("tháng 10.2016", "2016-10")]),
    ("Ấn Độ đã nhập khẩu 19.000 tấn tiêu trong niên vụ 2016 - 2017.", None, [("niên vụ 2016 - 2017", "2016/2017")]),
    ("Sản lượng vải tuy có giảm so với niên vụ 2016 nhưng giá bán tăng.", None, [("niên vụ 2016", "2016")]),
    ("Việc mua bán dự kiến hoàn tất trong năm tài chính 2017.", None, [("năm tài chính 2017", "2017")]),
    ("Sacombank không thể tổ chức đại hội thường niên năm tài chính 2015, 2016 như dự kiến.", None,
     [("năm tài chính 2015", "2015"), ("2016", "2016")]),
    ("Hải quân Mỹ chuẩn bị tiếp nhận chiếc thứ hai vào năm tài khóa 2017.", None, [("năm tài khóa 2017", "2017")]),
    # a bracketed day range: one interval (as "(từ 22/5-20/6)", dev-603)
    ("U19 Việt Nam sẽ tham dự giải vô địch U19 Đông Nam Á tại Myanmar (4-17/9).", "2017-08-20",
     [("4-17/9", "2017-09-04/2017-09-17")]),
    ("Lễ hội được tổ chức trong 2 đêm (20 - 21/5) với 51 bản.", "2017-05-10", [("20 - 21/5", "2017-05-20/2017-05-21")]),
    ("Trong hai ngày xét xử sơ thẩm (25-26/2/2016), bị cáo cho rằng cáo trạng sai.", None,
     [("25-26/2/2016", "2016-02-25/2016-02-26")]),
    ("Nhiều bộ phim hay đặc sắc trên kênh VTV dịp cuối tuần (11-12/2/2017).", None,
     [("11-12/2/2017", "2017-02-11/2017-02-12")]),
    # the years counted, one span (dev-410; as "giai đoạn 5 năm 2021-2025"; the yearspan pattern)
    ("Trong 2 năm 2017 và 2018, nếu giảm chi thường xuyên mỗi năm 1% thì ngân sách tiết kiệm hơn 20.000 tỷ đồng.",
     None, [("năm 2017 và 2018", "2017/2018")]),
    ("Trong hai năm 2015 và 2016, tổng lợi nhuận của BSR đạt gần 500 triệu USD.", None,
     [("năm 2015 và 2016", "2015/2016")]),
    ("Doanh nghiệp còn lãi tỷ giá liên tục trong 2 năm 2015 và 2016 nhờ thu xếp vốn vay.", None,
     [("năm 2015 và 2016", "2015/2016")]),
    # a label's number before "năm 2017" is no count of years: the year is a date
    ("Cục Thuế Hà Nội cũng đã công khai đợt 1 năm 2017 danh sách 149 đơn vị nợ thuế.", None, [("năm 2017", "2017")]),
    ("Việc này chưa tuân thủ quy định tại Nghị định 29 năm 2011 của Chính phủ.", None, [("năm 2011", "2011")]),
    ("Áp thấp nhiệt đới đã mạnh lên thành bão. Đây là cơn bão số 1 năm 2017.", None, [("năm 2017", "2017")]),
    ("Kinh nghiệm từng tổ chức SEA Games 22 năm 2003, Đại hội thể thao trong nhà châu Á năm 2009.", None,
     [("năm 2003", "2003"), ("năm 2009", "2009")]),
]

# Negatives: a count of years before "năm nay" is a look-back duration, not this year (as "hai năm
# trở lại đây", "10 năm qua"); "quý đầu năm" with no year is any year's (dev-015); "những quý đầu
# năm 2017" names several quarters, so only the year is read.
NEGATIVES = [
    ("Gần hai năm nay anh Nghị chuyển sang bán kẹo.", "2017-05-01", []),
    ("Thị trường bất động sản Đà Nẵng nóng lên từ ba năm nay.", "2017-05-01", []),
    ("Nhiều năm nay Lễ hội Xuân hồng đã trở thành lễ hội duy nhất.", "2017-02-10", []),
    ("Đô thị vệ tinh đã được xác định trong quy hoạch từ hàng chục năm nay.", "2017-05-01", []),
    ("Về chuyên môn, bao năm nay Arsenal vẫn thiếu 1 thủ lĩnh ở tuyến giữa.", "2017-05-01", []),
    ("Tình trạng 8 Phó giám đốc đã tồn tại hai năm nay.", "2017-05-01", []),
    # "năm qua" after any count of dates' _SPAN_COUNT is a duration too (2017 archive)
    ('Cũng theo lời chị H.: "Hơn một năm qua, tôi đã phải chạy chữa khắp nơi."', "2017-05-19", []),
    # "năm nay" itself, and with a month, is still a date
    ("Năm nay, giá cả tăng 5%, cuối năm nay sẽ tăng 6%.", "2017-05-01", [("Năm nay", "2017"), ("cuối năm nay", "2017")]),
    ("Trong tháng Một năm nay, một số ngành có chỉ số sản xuất tăng cao.", "2017-02-05", [("tháng Một năm nay", "2017-01")]),
    ("Tốc độ tăng trưởng công nghiệp tháng đầu và quý đầu năm thường thấp.", "2017-02-01", []),
    ("Giá cao su bật lên 300 yen/kg vào quí đầu năm, hiện đã xuống.", None, []),
    ("Xuất khẩu đang phục hồi vào những quý đầu năm 2017.", None, [("đầu năm 2017", "2017")]),
    # a duration of months stays no date
    ("Cuộc thi kéo dài hai tháng, từ tháng 3.", "2017-05-01", [("tháng 3", "2017-03")]),
    ("Thứ Hai tháng 5 năm 2017 là ngày họp.", None, [("tháng 5 năm 2017", "2017-05")]),
    ("Đây là lễ hội thường niên của tỉnh.", None, []),
    # brackets that hold no day range
    ("Giá bán (10-15/kg) tăng, lãi suất (5-7/năm) giữ nguyên.", None, []),
    ("Đội khách thắng với tỷ số (3-1) trên sân Mỹ Đình.", None, []),
    # "2 năm nay" stays a duration
    ("Giá nhà tăng liên tục 2 năm nay.", "2017-05-01", []),
    # a bare pair with a dash before "năm nay/tới/trước" counts years, it is no day (2017 archive:
    # "trong 9-10 năm nay", "Dự kiến trong 7-10 năm tới")
    ("Sản lượng đã giảm mạnh trong 9-10 năm nay.", "2017-05-01", []),
    ("Dự kiến trong 7-10 năm tới, hai công ty này sẽ sản xuất nhiều loại tên lửa.", "2017-05-01", []),
    ("một nữ sinh viên trường Học viện Ngân hàng (năm nay 19 tuổi)", "2017-05-01", []),
]


@pytest.mark.parametrize("text,published,expected", CASES + NEGATIVES)
def test_dates_with_words(text, published, expected):
    assert dates(text, published) == expected


def test_relative_year_words_come_from_the_data():
    # date_words.tsv year_rel rows and their reads column: which rule reads which word
    from vnextract import dates as d

    assert set(d._RELATIVE_WAYS) == {"trước", "tới", "sau", "này"}  # "tháng trước", "quý tới"
    assert set(d._year_rel_words("year_of")) == {"nay", "ngoái", "trước", "tới", "sau"}  # "tháng 10 năm ngoái"
    assert dates("Kim ngạch tháng 10 năm ngoái đạt 2 tỷ USD.", "2017-05-10") == [("tháng 10 năm ngoái", "2016-10")]
    assert dates("Doanh thu tăng 5% so với tháng trước.", "2017-05-10") == [("tháng trước", "2017-04")]
    # "năm tới", "năm sau" close a date as "năm nay" does: the next year (date_words.tsv reads)
    assert dates("Dự kiến tháng 10 năm tới sẽ khởi công.", "2017-05-10") == [("tháng 10 năm tới", "2018-10")]
    assert dates("Hạn chót nộp hồ sơ là ngày 30/6 năm sau.", "2017-05-10") == [("ngày 30/6 năm sau", "2018-06-30")]
    assert dates("Kế hoạch 6 tháng đầu năm tới đã được duyệt.", "2017-05-10") == [("6 tháng đầu năm tới", "2018-H1")]
    assert dates("Nửa đầu năm sau, nhà máy sẽ vận hành.", "2017-05-10") == [("Nửa đầu năm sau", "2018-H1")]
    # "cách đây hai năm" reads the counts the resolver reads (date_words.tsv small), as "cách đây 2 năm"
    assert dates("Cách đây hai năm, giá lúa rất thấp.", "2017-05-10") == [("Cách đây hai năm", "2015")]


def test_a_count_before_a_period_unit_is_a_span():
    # "Bốn tháng sau, ông được ... bầu", "Hai năm trước, khi Chỉ thị 40 ..." (2017 archive): a span of
    # time back or ahead, no period relative to the one in force. The counts are number_words.tsv's
    # span_count rows and dates' rough counts; "tư" of "đầu tư" counts nothing.
    from vnextract import dates as d
    from vnextract.resources import read_by

    words = read_by("number_words.tsv", "span_count", key="word")
    assert {"một", "hai", "năm", "chín", "mười", "mươi", "chục"} <= set(words) and not {"tư", "không"} & set(words)
    for w in (*words, "vài", "dăm", "nửa"):
        text = f"{w.capitalize()} tháng sau, ông được Hội đồng nhân dân tỉnh bầu làm Chủ tịch."
        assert dates(text, "2017-05-10") == [], w
        assert dates(f"{w.capitalize()} năm trước, khi Chỉ thị 40 ra đời, tình hình đã khác.", "2017-05-10") == [], w
    assert dates("Tháng sau, ông được Hội đồng nhân dân tỉnh bầu làm Chủ tịch.", "2017-05-10") == [("Tháng sau", "2017-06")]
    assert dates("Vốn đầu tư năm trước đạt 5 tỷ USD.", "2017-05-10") == [("năm trước", "2016")]
    assert set(d._COUNT_WORDS) == {*words, "vài", "dăm", "nửa"}


def test_a_fiscal_year_in_the_old_tone_placement():
    # "năm tài khoá" (old-style tone placement) is "năm tài khóa" once normalize() has read the text
    assert dates("Hải quân Mỹ chuẩn bị tiếp nhận chiếc thứ hai vào năm tài khoá 2017.") == [("năm tài khoá 2017", "2017")]
    assert dates("NĂM TÀI KHOÁ 2017 của Mỹ đã kết thúc.") == [("NĂM TÀI KHOÁ 2017", "2017")]


def test_year_relative_words_of_each_pattern_come_from_the_data():
    """date_words.tsv year_rel rows that read ``year`` are read after the "năm" of a year ("năm
    nay", "tháng đầu năm ngoái", dev-110 "Trong tháng đầu năm, ..."; "quý đầu năm nay", 2017
    archive), those that read ``same_period`` after "cùng kỳ năm" ("tăng 5% so với cùng kỳ năm
    trước"), each with its offset: a row marked in the file is read by the pattern too."""
    from vnextract.resources import load_tsv

    rows = [r for r in load_tsv("date_words.tsv") if r["kind"] == "year_rel"]
    this_year = [(r["word"], 2017 + int(r["value"])) for r in rows if "year" in r["reads"].split()]
    same = [(r["word"], 2016 + int(r["value"])) for r in rows if "same_period" in r["reads"].split()]
    assert {w for w, _y in this_year} >= {"nay", "ngoái"} and {w for w, _y in same} >= {"trước", "ngoái"}
    for w, y in this_year:
        assert dates(f"Doanh thu năm {w} ước đạt 2.000 tỷ đồng.", "2017-05-10") == [(f"năm {w}", f"{y}")], w
        assert dates(f"Trong tháng đầu năm {w}, xuất khẩu tăng.", "2017-05-10") == [
            (f"tháng đầu năm {w}", f"{y}-01")], w
        assert dates(f"Trong quý đầu năm {w}, xuất khẩu tăng.", "2017-05-10") == [(f"quý đầu năm {w}", f"{y}-Q1")], w
    for w, y in same:
        assert dates(f"Năm 2016, xuất khẩu tăng 5% so với cùng kỳ năm {w}.", "2017-05-10") == [
            ("Năm 2016", "2016"), (f"cùng kỳ năm {w}", f"{y}")], w
