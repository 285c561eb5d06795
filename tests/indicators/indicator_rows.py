"""What the step tables of tests/indicators/ share: the record of one figure of a sentence."""

import pytest

import vnextract


def one(text, published, qv=None, cv=None):
    """The indicator of ``text`` whose quantity is ``qv`` and change ``cv`` (None: any; ``qv``
    None: no quantity), checked to quote its own text."""
    art = vnextract.extract(text, published=published)
    for i in art.indicators:
        q = i.quantity.value if i.quantity else None
        c = (i.change.value if i.change.value is not None else i.change.min) if i.change else None
        if (qv is None or (q is not None and q == pytest.approx(qv))) and (
                cv is None or (c is not None and c == pytest.approx(cv))) and (qv is not None or q is None):
            assert art.text[i.start:i.end] == i.text
            return i
    raise AssertionError([(i.name, i.quantity and i.quantity.text, i.change and i.change.text) for i in art.indicators])


def record(sample, figure):
    """The indicator of ``sample`` (published, text) whose quantity or change is written ``figure``,
    or None when no indicator holds it."""
    published, text = sample
    art = vnextract.extract(text, published=published)
    got = [i for i in art.indicators if (i.quantity is not None and i.quantity.text == figure)
           or (i.change is not None and i.change.text == figure)]
    assert len(got) <= 1, got
    if got:
        assert art.text[got[0].start:got[0].end] == got[0].text
    return got[0] if got else None


def xfail(*row, reason: str):
    """A row the extractor reads wrong today, with the right value: strict, so a fix shows up."""
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


# Real press sentences of corpora/dev (the document's number, and its publication date as the gold
# gives it), read by every step's table: the values asserted are the gold's (corpora/gold/dev-*.json).
DEV_002_GDP = ("2020-11-01", "Cụ thể, quy mô GDP của Việt Nam trong năm nay dự kiến đạt 340,6 tỷ USD, lớn hơn "
               "Singapore.")
DEV_002_ASEAN = ("2020-11-01", "Với mức tăng này, quy mô GDP của Việt Nam năm 2020 ước tính đạt 340,6 tỷ USD, vượt "
                 "Singapore (337,5 tỷ USD), Malaysia (336,3 tỷ USD), đứng thứ 4 ở khu vực ASEAN”.")
DEV_002_WORLD_BANK = ("2020-11-01", "Ngân hàng Thế giới dự báo kinh tế Việt Nam tăng trưởng 2,5-3% năm 2020.")
DEV_003_PLANT = ("2021-04-27", "Dự án bao gồm 2 tổ máy với tổng công suất lắp đặt 360 MW, tổng mức đầu tư khoảng "
                 "6.398 tỷ đồng.")
DEV_003_OUTPUT = ("2021-04-27", "Nhờ tận dụng tối đa khả năng của dòng chảy thông qua việc hạn chế lượng xả thừa hàng "
                  "năm sẽ tăng thêm sản lượng phát điện trung bình mỗi năm khoảng 233,2 triệu kWh, góp phần giảm chi "
                  "phí nhiên liệu hàng năm, giảm phát thải CO2.")
DEV_005_PROJECTS = ("2021-04-29", "Điển hình như tỉnh Bình Thuận đề nghị 66 dự án, gồm các dự án sân bay, điện mặt "
                    "trời, điện gió, du lịch nghỉ dưỡng; tỉnh Quảng Nam 16 dự án; tỉnh Đắk Lắk10 dự án...")
DEV_015_INDUSTRY = ("2017-02-01", "Chỉ số sản xuất toàn ngành công nghiệp tháng 1/2017 tiếp tục tăng, dù chỉ ở mức "
                    "0,7% so cùng kỳ năm trước.")
DEV_015_RETAIL = ("2017-02-01", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng Tết Nguyên đán có sự "
                  "cải thiện rõ rệt, ước đạt 330,3 nghìn tỷ đồng, tăng 5,6% so tháng trước và tăng 9,9% so cùng kỳ "
                  "năm trước, nếu loại trừ yếu tố giá tăng 6,7%.")
DEV_015_FDI = ("2017-02-01", "Ngành công nghiệp chế biến, chế tạo vẫn tiếp tục chiếm tỷ trọng vượt trội, với số vốn "
               "đăng ký đạt 834,9 triệu USD, chiếm 67,1% tổng vốn đăng ký cấp mới (nếu tính cả vốn đăng ký bổ sung "
               "đạt 1.013,4 triệu USD, chiếm 71,2% tổng vốn đăng ký); hoạt động kinh doanh bất động sản đạt 297,4 "
               "triệu USD, chiếm 23,9%.")
DEV_015_TOURISM = ("2017-02-01", "Đặc biệt, doanh thu du lịch lữ hành ước tính đạt 3,4 nghìn tỷ đồng, tăng 8% so "
                   "tháng trước và tăng 30,7% so cùng kỳ năm trước, do tác động của yếu tố mùa vụ và xu hướng đi du "
                   "lịch nước ngoài trong dịp Tết ở một bộ phận dân cư.")
DEV_019_CPI = ("2017-06-30", "Trong tháng năm, chỉ số giá tiêu dùng của thành phố giảm 0,76% so tháng trước và tăng "
               "2,52% so cùng kỳ.")
DEV_019_EXPORTS = ("2017-06-30", "Trong tháng sáu, kim ngạch xuất khẩu của thành phố ước đạt 1.059 triệu USD, giảm "
                   "2,7% so với tháng trước và tăng 11,5% so cùng kỳ. Trong đó, xuất khẩu địa phương đạt 882 triệu "
                   "USD, giảm 2,6% và tăng 11,6%.")
DEV_019_VISITORS = ("2017-06-30", "Khách quốc tế đến lưu trú tại Hà Nội ước đạt 235 nghìn lượt khách, giảm 7,8% so "
                    "tháng trước và tăng 37,4% so cùng kỳ năm trước; Khách trong nước đến Hà Nội ước đạt 818 nghìn "
                    "lượt khách, tăng 0,2% so tháng trước và tăng 4,5% so cùng kỳ năm trước.")
DEV_019_PRICE_GROUPS = ("2017-06-30", "Trong đó, 3 nhóm hàng đóng góp làm chỉ số giá tháng năm giảm so tháng trước, "
                        "gồm nhóm hàng ăn và dịch vụ ăn uống, giảm 1,52% (trong đó giá thực phẩm giảm là chính); Nhóm "
                        "nhà ở, vật liệu và chất đốt giảm 0,47% và nhóm giao thông giảm 0,29%.")
DEV_110_FDI = ("2017-02-01", "Trong tháng đầu năm, các nhà đầu tư nước ngoài đã rót vốn vào 37 tỉnh thành phố với "
               "tổng vốn đăng ký cấp mới, tăng thêm và góp vốn mua cổ phần là 1,58 tỷ USD, tăng 9,5% so với cùng "
               "kỳ năm 2016.")
DEV_112_PANGASIUS = (None, "Diện tích cá tra hiện có của các tỉnh Đồng bằng sông Cửu Long ước đạt 3.076 ha, giảm 16% "
                     "so với cùng kỳ năm 2016.")
DEV_113_PORK = (None, "Các yếu tố kiềm chế CPI do vào thời điểm cuối năm giá thịt heo giảm 2,2%.")
DEV_312_FORECAST = (None, "Dự báo, trong quý II/2017, lực lượng lao động ít biến động (giảm 0,07% so với quý "
                    "I/2017); số người có việc làm khoảng 53,47 triệu người (tăng 0,2% so với quý I/2017), tỷ lệ lao "
                    "động làm công hưởng lương tăng nhẹ (chiếm 42,7%).")
DEV_312_JOBS = (None, "Quý I/2017, số người có việc làm là 53,36 triệu, tăng 74,43 nghìn người (0,14%) so với quý "
                "I/2016. So với quý IV/2016, số người có việc làm giảm 41,85 nghìn người (0,08%); số người có việc "
                "làm tăng mạnh ở một số ngành như: công nghiệp chế biến chế tạo; giáo dục và đào tạo, bán buôn, bán "
                "lẻ, sửa chữa ô tô xe máy; vận tải kho bãi, khai khoáng.")
