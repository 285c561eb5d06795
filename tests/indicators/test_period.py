"""The period step (indicators/period.py, and the frames article.py carries): the period of a figure.

Rows are real press sentences (corpora/dev/*.txt, the TTXVN article, the 2017 archive) or
sentences written in their wording where marked; a sentence the extractor reads wrong today is
an ``xfail(strict=True)`` row with the right value, so a fix shows up.
"""

import pytest

import vnextract
from indicator_rows import (
    DEV_002_ASEAN, DEV_002_GDP, DEV_003_OUTPUT, DEV_003_PLANT, DEV_005_PROJECTS, DEV_015_RETAIL,
    DEV_019_EXPORTS, DEV_312_FORECAST, DEV_312_JOBS, record, xfail,
)
from indicator_rows import one as _one


# Periods: (published, sentence, quantity value, expected period value)
PERIODS = [
    # cumulative from January (corpus dev-025; written)
    ("2020-12-30", "Tính đến tháng 11/2020, lực lượng Hải quan đã phát hiện 205 vụ, bắt giữ 184 đối tượng.",
     184, "2020-01/2020-11"),
    ("2024-11-02", "Lũy kế đến tháng 10/2024, cả nước có 38.400 doanh nghiệp giải thể.", 38400, "2024-01/2024-10"),
    # "đến hết tháng" is a point in time (TTXVN article)
    ("2023-07-28", "Đến hết tháng 6/2023, toàn khu vực đã quy hoạch 1.132 cụm công nghiệp.", 1132, "2023-06"),
    # "đến hết ngày 31/12" is the year (corpus dev-025)
    ("2020-12-30", "Dự kiến đến hết ngày 31/12/2020, số thu NSNN đạt khoảng 315.000 tỷ đồng.", 3.15e14, "2020"),
    # a date right after the figure is its own (corpus dev-002)
    ("2020-11-01", "Ngân hàng Standard Chartered dự báo Việt Nam sẽ đạt mức tăng trưởng 3% trong năm 2020 và 7,8% "
     "vào năm 2021.", None, "2021"),
    # a "N tháng" after the measure's name (written)
    ("2024-10-06", "Vốn đầu tư thực hiện 9 tháng ước đạt 2.400 nghìn tỷ đồng.", 2.4e15, "2024-01/2024-09"),
    # a cumulative frame holds for its sentence only: the paragraph goes on with the month (corpus dev-019)
    ("2017-06-30", "Tháng 6, kim ngạch nhập khẩu đạt 2.500 triệu USD. Tính chung 6 tháng, kim ngạch nhập khẩu đạt "
     "14.233 triệu USD. Khách quốc tế đến lưu trú tại Hà Nội ước đạt 235 nghìn lượt.", 235000, "2017-06"),
    ("2017-06-30", "Tháng 6, kim ngạch nhập khẩu đạt 2.500 triệu USD. Tính chung 6 tháng, kim ngạch nhập khẩu đạt "
     "14.233 triệu USD.", 1.4233e10, "2017-H1"),
    # an event date inside a clause frames no later sentence (corpus dev-308)
    ("2017-05-12", "Tuy nhiên dự án đã bị chậm tiến độ, đến tháng 10/2011 mới chính thức triển khai. Sau đó, tổng "
     "vốn đầu tư được điều chỉnh lên 868,04 triệu USD.", 8.6804e8, None),
    # a sentence-opening date does (written)
    ("2017-05-12", "Năm 2016, tỉnh thu hút 120 dự án. Tổng vốn đăng ký đạt 1,2 tỷ USD.", 1.2e9, "2016"),
    # a report's period goes on to later paragraphs that set none (corpus dev-026)
    ("2021-01-05", "Năm 2020, kim ngạch xuất khẩu ước đạt 27.443 triệu USD.\n\nKim ngạch nhập khẩu ước đạt 21.466 "
     "triệu USD.", 2.1466e10, "2020"),
    # "tăng ... từ A lên B": A and B are the levels before and after, with their years (corpus dev-109)
    ("2017-02-07", "tăng tỷ lệ chuyển từ vốn đăng ký sang vốn thực hiện từ gần 41% năm 2015 lên hơn 45% năm 2016 "
     "đối với dự án đầu tư nước ngoài và từ 42% lên 45% đối với dự án đầu tư trong nước.", 41, "2015"),
    # the headline's and lead's figures take the date that frames the first body sentence (corpus dev-409)
    ("2017-02-07", "Bà Rịa - Vũng Tàu đón 8 dự án đầu tư mới\nTỉnh Bà Rịa-Vũng Tàu chào đón 8 dự án đầu tư mới trị "
     "giá 311 triệu USD tổng vốn đăng ký.\nẢnh: TTXVN Ngày 6/2, ông Nguyễn Văn Trình, Chủ tịch UBND tỉnh đã trao 8 "
     "giấy chứng nhận đăng ký đầu tư.", 3.11e8, "2017-02-06"),
    # the figure's own clause before the rest of the sentence (issue 12's order; written)
    ("2017-06-30", "Năm 2016, xuất khẩu đạt 4 tỷ USD; nhập khẩu đạt 3,2 tỷ USD trong 5 tháng đầu năm 2017.",
     3.2e9, "2017-01/2017-05"),
    # the year of a plan is no period (corpus dev-112)
    ("2017-06-30", "Sản lượng thủy sản đạt 1,6 triệu tấn, bằng 54,8% so với kế hoạch năm 2017.", 54.8, None),
    # the date of a works' milestone after its verb is no period of the sentence's figures, nor
    # of the next ones (corpus dev-311); a date that frames the sentence still is (written)
    ("2017-03-01", "Hợp phần 2 dài 62km từ huyện Xuân Lộc đến Phan Thiết và dự kiến khởi công vào cuối năm 2017.",
     62, None),
    ("2017-03-01", "Dự án sẽ khởi công trong quí 4- 2017. Tổng mức đầu tư của dự án là 4.635 tỉ đồng.", 4.635e12, None),
    ("2017-03-01", "Nhà máy khánh thành năm 2016 với tổng vốn 200 triệu USD.", 2e8, None),
    ("2017-03-01", "Năm 2016, cả nước khởi công 20 dự án giao thông với tổng vốn 2 tỷ USD.", 2e9, "2016"),
    # a project's start date is no period of its attributes (corpora/ANNOTATION.md, corpus dev-017)
    ("2017-03-01", "Nhật Bản giúp Việt Nam đầu tư dự án chống ngập ở TP.HCM trị giá 211 triệu USD, bắt đầu thực hiện "
     "vào năm 2017.", 2.11e8, None),
]


# Frames, parts and headlines (issue 12, 2017 archive phrasing; short sentences in its wording):
# (published, text, quantity value, expected period value)
FRAMES = [
    # a date between a level and its change is the level's
    ("2017-02-06", "Theo dự báo của Bộ Nông nghiệp Mỹ, Việt Nam sẽ xuất khẩu khoảng 5,8 triệu tấn gạo trong năm "
     "2017, tăng 7,4% so với năm 2016.", 5.8e6, "2017"),
    # ... not when a date before it in its clause frames it (written)
    ("2017-02-06", "Năm 2016, xuất khẩu đạt 5,8 triệu tấn gạo trong tháng 12, tăng 7,4%.", 5.8e6, "2016"),
    # an attribution before the date that frames the sentence: the frame goes on
    ("2017-07-01", "Bộ Tài chính cho biết, 6 tháng đầu năm 2017, Thanh tra Bộ đã tiến hành thanh tra. Số thuế "
     "xử lý tăng thu qua thanh tra là 6.201 tỷ đồng.", 6.201e12, "2017-H1"),
    ("2017-02-06", "Theo Tổng cục Hải quan, trong tháng 1, cả nước xuất khẩu hàng hóa. Trị giá nhập khẩu ước đạt "
     "14,7 tỷ USD.", 1.47e10, "2017-01"),
    # ... not a plan ("Theo kế hoạch, từ tháng 10/2017 ..." is when a plan starts; corpus dev-308)
    ("2017-05-12", "Theo kế hoạch, từ tháng 10/2017 dự án sẽ chạy thử. Tổng mức đầu tư của dự án là 868 triệu "
     "USD.", 8.68e8, None),
    # "Trong đó, ..." breaks down the sentence before it, a cumulative one too
    ("2017-02-10", "Cụ thể, lũy kế vốn đầu tư giải ngân đến ngày 31/01/2017 là 292.746,3 tỷ đồng. Trong đó, "
     "giải ngân các nguồn vốn Thủ tướng Chính phủ giao là 257.586,6 tỷ đồng.", 2.575866e14, "2017-01-31"),
    ("2017-07-01", "Tháng 6, xuất khẩu đạt 2 tỷ USD. Tính chung 6 tháng, xuất khẩu đạt 13,7 tỷ USD. Trong đó, "
     "xuất khẩu thủy sản đạt 2,8 tỷ USD.", 2.8e9, "2017-H1"),
    # ... a sentence that does not open with it goes on with the paragraph's month (corpus dev-019)
    ("2017-07-01", "Tháng 6, xuất khẩu đạt 2 tỷ USD. Tính chung 6 tháng, xuất khẩu đạt 13,7 tỷ USD. Xuất khẩu "
     "thủy sản đạt 0,5 tỷ USD.", 5e8, "2017-06"),
    # the headline's figures take the lead's period
    ("2017-06-02", "Xuất khẩu nông sản đạt 13,7 tỷ USD\nMặc dù gặp khá nhiều khó khăn, song xuất khẩu nông lâm "
     "thủy sản 5 tháng đầu năm vẫn tăng 9,5% so với cùng kỳ năm trước.", 1.37e10, "2017-01/2017-05"),
    # ... not the time of an event the lead tells (corpus dev-308), nor the basis
    ("2017-05-12", "Vay thêm Trung Quốc hơn 250 triệu USD cho đường sắt\nKhoản vay bổ sung cho dự án đã được "
     "thống nhất từ cách đây 3 năm.", 2.5e8, None),
    ("2017-06-02", "Xuất khẩu nông sản đạt 13,7 tỷ USD\nXuất khẩu vẫn tăng 9,5% so với năm 2016.", 1.37e10, None),
    # a headline's date of an event is no period of the article's undated figures
    ("2017-06-17", "Nhật Bản, EU hướng tới ký kết EPA vào đầu tháng 7/2017\nEU sẵn sàng dỡ bỏ thuế.\nEU hiện áp "
     "đặt mức thuế khoảng 10% đối với ô tô nhập khẩu từ Nhật Bản.", 10, None),
    ("2017-06-17", "Xuất khẩu ô tô tháng 5/2017\nEU sẵn sàng dỡ bỏ thuế.\nEU hiện áp đặt mức thuế khoảng 10% "
     "đối với ô tô nhập khẩu từ Nhật Bản.", 10, "2017-05"),
    # a plan's year that frames its figures is their period; after a share of the plan it is not
    (None, "Công ty đặt chỉ tiêu năm 2017 với doanh thu 307,5 tỷ đồng.", 3.075e11, "2017"),
    ("2017-06-19", "Theo kế hoạch cả năm 2017 của TKV, riêng doanh thu từ Alumin của TKV sẽ là 6.659 tỷ đồng.",
     6.659e12, "2017"),
    ("2017-06-30", "Sản lượng thủy sản ước đạt 216.811 tấn, bằng 32,9% kế hoạch năm 2017.", 32.9, None),
    # a date after a comma opens the next item of a list, it is not the figure's
    (None, "Trong đó, lợi nhuận trước thuế năm 2014 đạt 2.627 tỷ đồng, năm 2015 đạt 3.453 tỷ đồng và năm 2016 đạt "
     "4.140 tỷ đồng.", 2.627e12, "2014"),
    (None, "Số người làm việc trong các đơn vị sự nghiệp công lập năm 2011 là 1.812.259 người, năm 2016 là "
     "1.978.086 người.", 1812259, "2011"),
    # ... a date right after it is (corpus dev-002; 2017 archive)
    (None, "Xuất khẩu đạt 14,5 tỷ USD năm 2021.", 1.45e10, "2021"),
    ("2017-06-05", "Kia Morning đạt doanh số 1.015 xe, tăng so với mức 903 xe hồi tháng 4.", 903, "2017-04"),
    # a level right before "cùng kỳ ..." is the level of that earlier period (corpus dev-027; 2017 archive)
    ("2020-11-25", "Năm 2020 tính đến tháng 11, tổng trị giá xuất khẩu đã đạt được 11,7 tỷ USD, tăng khoảng 15% so "
     "với con số 10,1 tỷ USD của cùng kỳ năm trước.", 1.01e10, "2019-01/2019-11"),
    ("2017-04-20", "Trong quý I/2017, doanh thu bán bò chỉ đạt 196 tỷ đồng so với kết quả 1.233 tỷ đồng cùng kỳ năm "
     "trước.", 1.233e12, "2016-Q1"),
    # "cùng kỳ ..." opening a bracket frames the figure in it, and nothing after it (corpus dev-026)
    ("2021-01-05", "Năm 2020, kim ngạch xuất khẩu ước đạt 27.443 triệu USD, tăng 8,5% so với cùng kỳ năm trước (cùng "
     "kỳ năm 2019 tăng 5,3%). Trong đó, khu vực kinh tế trong nước đạt 4.573 triệu USD, tăng 6,5%.", 4.573e9, "2020"),
    # ... not a percentage measured against it (corpus dev-015)
    ("2017-01-20", "Đến thời điểm 15/1/2017, cả nước gieo cấy được 1.824,8 nghìn ha lúa đông xuân, bằng 96,3% cùng kỳ "
     "năm trước.", 96.3, "2017-01-15"),
    # a date after a comparison and the words of what is compared is a basis, not a period
    (None, "Sản lượng vải thiều ước đạt khoảng 10 tấn quả tươi, tương đương với vụ vải thiều năm 2016.", 10, None),
    (None, "Lợi nhuận đạt 80 tỷ đồng, bằng 162,25% so với thực hiện năm 2016.", 8e10, None),
    # ... not after "với" alone: the measure's own year (corpus dev-026)
    (None, "Mỹ là thị trường xuất khẩu lớn nhất với kim ngạch xuất khẩu năm 2020 ước đạt 6.916 triệu USD.", 6.916e9,
     "2020"),
    # a period after "trong" that closes the sentence holds for all its figures (2017 archive)
    (None, "Thanh tra Bộ Tài chính đã thực hiện 31.831 cuộc thanh tra, kiểm tra; kiểm tra 188.869 hồ sơ khai thuế, "
     "theo đó kiến nghị xử lý về tài chính hơn 7.000 tỷ đồng trong 6 tháng đầu năm 2017.", 31831, "2017-H1"),
    # ... not a date bound to the last figure ("của tháng 4", 2017 archive), nor one that does not close it (written)
    ("2017-06-05", "Vios bán được 1.756 xe, trở lại là xe bán chạy nhất, sau cú vấp 1.099 xe của tháng 4.", 1756, None),
    (None, "Công ty thực hiện 300 cuộc kiểm tra, phát hiện 20 vụ vi phạm trong năm 2016 tại các tỉnh phía Bắc.", 300,
     None),
    # dates said "respectively" of as many figures: the k-th figure takes the k-th date
    ("2017-05-20", "Theo báo cáo tài chính 2 năm gần đây, doanh thu năm 2015 và 2016 lần lượt đạt 1.150 tỷ đồng "
     "và 1.205 tỷ đồng.", 1.15e12, "2015"),
    ("2017-05-20", "Theo báo cáo tài chính 2 năm gần đây, doanh thu năm 2015 và 2016 lần lượt đạt 1.150 tỷ đồng "
     "và 1.205 tỷ đồng.", 1.205e12, "2016"),
    # ... not one date for two measures, nor fewer figures than dates (written)
    ("2017-05-20", "Năm 2016, doanh thu và lợi nhuận lần lượt đạt 1.150 tỷ đồng và 105 tỷ đồng.", 1.05e11, "2016"),
    ("2017-05-20", "Năm 2015 và 2016, doanh thu lần lượt đạt 1.150 tỷ đồng.", 1.15e12, "2016"),
]


@pytest.mark.parametrize("published,text,qv,period", FRAMES)
def test_frames_parts_and_headlines(published, text, qv, period):
    i = _one(text, published, qv)
    assert (i.period.value if i.period is not None else None) == period


@pytest.mark.parametrize("published,text,qv,period", PERIODS)
def test_periods(published, text, qv, period):
    i = _one(text, published, qv, 7.8 if qv is None else None)
    assert (i.period.value if i.period is not None else None) == period


# A sentence about a vague stretch of years, the time to come or what recurs every year takes no
# period it does not write (corpus dev-027, dev-409, dev-411; 2017 archive phrasing):
# (published, text, quantity value, change value, expected period value)
VAGUE_PERIODS = [
    ("2017-03-01", "Năm 2016, tỉnh thu hút 120 dự án. Sản lượng cà phê mỗi năm đạt khoảng 450 nghìn tấn.",
     4.5e5, None, None),
    ("2017-03-01", "Năm 2016, tỉnh thu hút 120 dự án. Hàng năm, tỉnh xuất khẩu 800 tấn tôm.", 800, None, None),
    ("2020-11-25", "Năm 2020, xuất khẩu gỗ đạt 13 tỷ USD. Nhiều năm qua, kim ngạch xuất khẩu gỗ tăng trưởng "
     "khá nhanh trên 10%/năm.", None, 10, None),
    ("2020-11-25", "Năm 2020, xuất khẩu gỗ đạt 13 tỷ USD. Vài năm gần đây, tốc độ tăng trưởng xuất khẩu lâm sản "
     "duy trì từ 30-46%.", None, 30, None),
    ("2017-02-07", "Năm 2016, tỉnh thu hút 120 dự án. Trong thời gian tới, Tập đoàn sẽ đầu tư 1,2 tỷ USD.",
     1.2e9, None, None),
    (None, "Năm 2016, công ty đầu tư 500 tỷ đồng. Nhưng mấy năm nay sản lượng nước sạch vẫn không thay đổi nhiều "
     "với khoảng 617.000 m3/ngày đêm.", 617000, None, None),
    # the years or months to come (2017 archive; corpus dev-505: "5 năm tới" has no resolvable end)
    ("2017-03-01", "Năm 2016, doanh thu giảm 11%. Nguồn vốn Nhà nước bố trí cho đầu tư phát triển ngành đường sắt "
     "giai đoạn 5 năm tới là 2.350 tỷ đồng.", 2.35e12, None, None),
    ("2017-03-01", "Năm 2016, doanh thu giảm 11%. Lệnh cấm sẽ gây tổn thất khoảng 500 triệu USD trong vòng 6 "
     "tháng tới.", 5e8, None, None),
    # counter-examples: no vague words, or a count of years ("10 năm qua") qualifying a level of
    # the month in force (corpus dev-015), or a date the sentence writes itself
    ("2017-03-01", "Năm 2016, tỉnh thu hút 120 dự án. Sản lượng cà phê đạt khoảng 450 nghìn tấn.",
     4.5e5, None, "2016"),
    ("2017-02-01", "Tháng 1/2017, xuất khẩu đạt 2 tỷ USD. Giá thịt lợn hơi chỉ còn 24.000 đồng/kg, thấp nhất "
     "trong 10 năm qua.", 24000, None, "2017-01"),
    ("2017-03-01", "Năm 2016, mỗi năm tỉnh thu hút 120 dự án. Năm 2016, sản lượng cà phê mỗi năm đạt khoảng 450 "
     "nghìn tấn.", 4.5e5, None, "2016"),
    # a sentence that opens with an unnamed earlier or later time (corpus dev-111, dev-308)
    ("2017-06-09", "Cụ thể, ngày 7/6, Sacombank tăng lãi suất huy động thêm 0,3%/năm. Trước đó, lãi suất tại "
     "Eximbank cũng tăng nhẹ 0,1-0,2% ở một số kỳ hạn.", None, 0.1, None),
    ("2017-05-12", "Dự án thực hiện từ tháng 11/2008 tới tháng 11/2013. Sau đó, các cơ quan chức năng đã điều chỉnh "
     "tổng vốn đầu tư lên 868,04 triệu USD.", 8.6804e8, None, None),
    # ... unless it writes its own date (corpus dev-017), or "trước đó" is not its opening (written)
    ("2017-02-01", "Trước đó, tính từ năm 2007 đến 2010, tỉ lệ vốn thực hiện khá thấp, khoảng 25%.", 25, None,
     "2007/2010"),
    ("2017-06-09", "Tháng 5/2017, giá thép tăng 5%. Giá xi măng cũng tăng 2% so với tháng trước đó.", None, 2,
     "2017-05"),
    # what recurs every month; a year that opens a span with no end (2017 archive phrasing)
    ("2017-06-20", "Tháng 6/2017, khu công nghệ cao tuyển 300 kỹ sư. Trung bình mỗi tháng, khu này tuyển dụng "
     "khoảng 100 lao động.", 100, None, None),
    ("2017-06-20", "Tính từ năm 1988, các doanh nghiệp Hàn Quốc đã đầu tư 50,5 tỷ USD vào Việt Nam.", 5.05e10,
     None, None),
    # ... it runs to the cut-off its paragraph is at (corpus dev-504)
    ("2017-06-20", "Tính đến hết năm 2016, đầu tư của Hàn Quốc vào Việt Nam đã vượt mốc 50 tỷ USD. Tính từ năm "
     "1988, các doanh nghiệp Hàn Quốc đã đầu tư 50,5 tỷ USD vào Việt Nam.", 5.05e10, None, "1988/2016"),
    ("2017-06-20", "Kể từ năm 2000, Mỹ đã viện trợ quân sự gần 800 triệu USD. Năm 2016, viện trợ đạt 50 triệu USD.",
     5e7, None, "2016"),
    # a date an event of the sentence took ("vào cuối tháng 3/2016") goes on to no later sentence; a
    # reporting period ("trong tháng 3/2016") does (2017 archive phrasing)
    (None, "Kết quả này chịu tác động của sự cố sập cầu Ghềnh vào cuối tháng 3/2016, khiến doanh thu giảm 535 "
     "tỷ đồng. Tổng tài sản của công ty là 14.414 tỷ đồng.", 1.4414e13, None, None),
    (None, "Doanh thu giảm 535 tỷ đồng trong tháng 3/2016. Tổng tài sản của công ty là 14.414 tỷ đồng.",
     1.4414e13, None, "2016-03"),
    # ... a span with its end is one period (corpus dev-017)
    ("2017-02-01", "Tính từ năm 2007 đến 2010, tỉ lệ vốn thực hiện khoảng 25%.", 25, None, "2007/2010"),
]


@pytest.mark.parametrize("published,text,qv,cv,period", VAGUE_PERIODS)
def test_vague_sentences_take_no_carried_period(published, text, qv, cv, period):
    i = _one(text, published, qv, cv)
    assert (i.period.value if i.period is not None else None) == period


# An attribute of one project or works (its capital, capacity, value) takes no carried period; a
# statistic of many projects does, and a date its sentence writes holds (corpora/ANNOTATION.md
# dev-017, dev-109; 2017 archive phrasing): (published, text, quantity value, expected period)
ATTRIBUTE_PERIODS = [
    ("2017-02-07", "Năm 2017, tỉnh cấp phép cho 8 dự án. Công ty Starflex với dự án nhà máy sản xuất tấm bạt, "
     "tổng vốn đầu tư đăng ký 15 triệu USD.", 1.5e7, None),
    ("2017-02-07", "Năm 2017, tỉnh cấp phép cho 8 dự án. Dự án có tổng mức đầu tư khoảng 60.000 tỷ đồng, công "
     "suất 4 triệu tấn/năm.", 6e13, None),
    # counter-examples: projects counted or in the plural, a date of the sentence
    ("2017-02-07", "Năm 2016, tỉnh thu hút 120 dự án. Các dự án mới có tổng vốn đăng ký 1,2 tỷ USD.", 1.2e9, "2016"),
    ("2017-02-07", "Năm 2016, tỉnh thu hút 120 dự án với tổng vốn đăng ký 1,2 tỷ USD.", 1.2e9, "2016"),
    ("2017-02-07", "Trong giai đoạn 2017 - 2020, dự án có tổng mức đầu tư 118.716 tỷ đồng.", 1.18716e14, "2017/2020"),
]


@pytest.mark.parametrize("published,text,qv,period", ATTRIBUTE_PERIODS)
def test_attributes_of_one_project_take_no_carried_period(published, text, qv, period):
    i = _one(text, published, qv)
    assert (i.period.value if i.period is not None else None) == period


# The day a document was issued is no period (corpus dev-213; 2017 archive phrasing), a report's
# month is; a date of no known part is none (corpus dev-308): (published, text, quantity value, period)
DOCUMENT_PERIODS = [
    ("2017-06-26", "Theo công văn ngày 25/10/2016 của Cục thuế, Cục thuế đã hoàn số tiền thuế là 2,222 tỷ đồng "
     "cho Công ty trong kỳ hoàn thuế từ tháng 9/2012 đến tháng 11/2012.", 2.222e9, "2012-09/2012-11"),
    ("2017-06-26", "Thực hiện Thông báo số 28 ngày 15/3/2017 của Ban Thường vụ, tỉnh đã thu hồi 12 tỷ đồng.",
     1.2e10, None),
    # counter-examples: a report's month, a date that opens the sentence
    ("2017-06-26", "Theo báo cáo tháng 5/2017 của Tổng cục Thống kê, xuất khẩu đạt 15 tỷ USD.", 1.5e10, "2017-05"),
    ("2017-06-26", "Ngày 25/10/2016, Cục thuế đã hoàn 2,222 tỷ đồng cho Công ty.", 2.222e9, "2016-10-25"),
    (None, "Khoản vay 250,62 triệu USD bổ sung cho dự án đã được thống nhất từ cách đây 3 năm.", 2.5062e8, None),
    # the day a report was released (2017 archive phrasing), not the period it writes
    ("2017-02-08", "Theo kết quả khảo sát của Hãng nghiên cứu Ipsos công bố ngày 6/2, tỷ lệ người dân châu Âu lo "
     "ngại về kinh tế là 60%.", 60, None),
    ("2017-06-21", "Theo báo cáo mới công bố ngày 20/6 của Ngân hàng Bain, trong năm ngoái, số người sở hữu tài sản "
     "lớn là 1,6 triệu người.", 1.6e6, "2016"),
    # counter-example: a day that frames its sentence is a period (written)
    ("2017-02-08", "Ngày 6/2, Hãng nghiên cứu Ipsos đã khảo sát 6.000 người dân châu Âu.", 6000, "2017-02-06"),
]


@pytest.mark.parametrize("published,text,qv,period", DOCUMENT_PERIODS)
def test_document_dates_are_no_periods(published, text, qv, period):
    i = _one(text, published, qv)
    assert (i.period.value if i.period is not None else None) == period


# The level a change is measured against is a level with its own date, not the change; a date
# after the next figure is that figure's; a date after a comparative is a basis (2017 archive
# phrasing): (published, text, [(quantity text, change text, period)])
BASE_LEVELS = [
    (None, "Năm 2016, xuất khẩu gạo đạt 4,8 triệu tấn, thấp hơn mức 6,6 triệu tấn của năm 2015.",
     [("4,8 triệu tấn", None, "2016"), ("6,6 triệu tấn", None, "2015")]),
    ("2017-06-05", "Doanh số tháng 5/2017 đạt 1.015 xe, tăng rõ rệt so với mức 903 xe hồi tháng 4.",
     [("1.015 xe", None, "2017-05"), ("903 xe", None, "2017-04")]),
    ("2017-06-05", "10 mẫu xe bán chạy nhất tháng 5/2017\nToyota Vios bán được 1.756 xe, trở lại là xe bán chạy "
     "nhất, sau cú vấp 1.099 xe của tháng 4.", [("1.756 xe", None, "2017-05"), ("1.099 xe", None, "2017-04")]),
    (None, "Năm 2016, điểm số cao hơn năm trước 0,5 điểm.", [(None, "0,5 điểm", "2016")]),
    # counter-examples: "hơn" alone bounds the change; a change written with its base after it
    (None, "Năm 2016, doanh thu tăng hơn 5% so với năm 2015.", [(None, "5%", "2016")]),
    (None, "Năm 2016, doanh thu đạt 10 tỷ đồng, cao hơn 2 tỷ đồng so với năm 2015.",
     [("10 tỷ đồng", "2 tỷ đồng", "2016")]),
]


@pytest.mark.parametrize("published,text,expected", BASE_LEVELS)
def test_base_levels_and_their_dates(published, text, expected):
    art = vnextract.extract(text, published=published)
    got = [(i.quantity and i.quantity.text, i.change and i.change.text, i.period and i.period.value)
           for i in art.indicators]
    assert got == expected


def test_issue_date_of_a_document_is_no_period():
    # written in the style of corpus dev-025
    i = _one("Thực hiện Nghị định 85/2019/NĐ-CP ngày 14/11/2019, đã có 188 thủ tục hành chính được triển khai "
             "trên cơ chế một cửa quốc gia.", "2020-12-30", 188)
    assert i.period is None  # not the decree's issue day, and no other date either


# Periods on real sentences of corpora/dev, as the gold gives them: (sentence, figure as written,
# period value or None).
DEV_PERIODS = [
    (DEV_002_GDP, "340,6 tỷ USD", "2020"),  # "trong năm nay" in an article of 2020
    (DEV_002_ASEAN, "337,5 tỷ USD", "2020"),  # the sentence's year holds for the neighbours' levels
    (DEV_019_EXPORTS, "1.059 triệu USD", "2017-06"),  # "Trong tháng sáu": a month written in words
    (DEV_019_EXPORTS, "882 triệu USD", "2017-06"),  # carried from the sentence before ("Trong đó, ...")
    (DEV_312_FORECAST, "0,07%", "2017-Q2"),  # not the basis "so với quý I/2017"
    (DEV_312_JOBS, "41,85 nghìn người", "2017-Q1"),  # the paragraph's, not the basis "So với quý IV/2016"
    # no period: an attribute of one plant, what recurs every year, a count of no known time
    (DEV_003_PLANT, "360 MW", None),
    (DEV_003_OUTPUT, "233,2 triệu kWh", None),
    (DEV_005_PROJECTS, "66 dự án", None),
    # read wrong today
    xfail(DEV_015_RETAIL, "330,3 nghìn tỷ đồng", "2017-01",
          reason="'tháng Tết Nguyên đán' (January 2017) is no date the dates component reads"),
]


@pytest.mark.parametrize("sample,figure,period", DEV_PERIODS)
def test_dev_periods(sample, figure, period):
    i = record(sample, figure)
    assert i is not None and (i.period.value if i.period is not None else None) == period


def test_same_period_opening_a_bracket_frames_its_change():
    # corpus dev-026: "(cùng kỳ năm 2019 tăng 5,3%)" is the change of 2019; "so với cùng kỳ" is a basis
    text = ("Năm 2020, kim ngạch xuất khẩu ước đạt 27.443 triệu USD, tăng 8,5% so với cùng kỳ năm trước (cùng kỳ "
            "năm 2019 tăng 5,3%).")
    assert _one(text, "2021-01-05", None, 5.3).period.value == "2019"
    assert _one(text, "2021-01-05", 2.7443e10).period.value == "2020"


@pytest.mark.parametrize("before, counted", [
    ("đã tồn tại hai ", True), ("suốt nửa ", True), ("từ nhiều ", True), ("gần 10 ", True),
    ("bao ", True), ("khách hàng ", False), ("tăng trưởng ", False), ("Hai ", True),
])
def test_counted_before_a_lead_period_reads_the_counts_of_dates(before, counted):
    """A lead's "năm nay" after a count is a stretch of years, no period (article._COUNTED_BEFORE):
    the counts are the ones dates reads as a span ("10 năm nay", "nhiều năm nay"), not a copy."""
    from vnextract import dates
    from vnextract.indicators import article

    assert (article._COUNTED_BEFORE.search(before) is not None) is counted
    for w in dates._SPAN_COUNT.split("|"):
        assert article._COUNTED_BEFORE.search(f"đã tồn tại {w} "), w
