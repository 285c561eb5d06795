"""Legal references: tables of real sentences (source noted per table), positives and negatives."""

import datetime as dt
from pathlib import Path

import pytest

import vnextract

CORPUS = Path(__file__).resolve().parents[1] / "corpora"
MAIN_CORPUS = Path("/work/main/corpora")


def refs(text, **kw):
    art = vnextract.extract(text, **kw)
    for r in art.legal_refs:
        assert art.text[r.start:r.end] == r.text
    return art.legal_refs


# (sentence, number, doc_type, type_code, issuer, year, signed_on, text)
# Source: corpus articles (TTXVN 2023-07-28; dev 005, 006, 015, 018, 025, 035) and identifiers
# quoted in the issue (NĐ 30/2020 and Luật BHVBQPPL forms).
POSITIVES = [
    ("Chính phủ sớm sửa đổi, bổ sung Nghị định số 111/2015/NĐ-CP ngày 03/11/2015 của Chính phủ về phát triển.",
     "111/2015/NĐ-CP", "Nghị định", "NĐ", "CP", 2015, dt.date(2015, 11, 3), "Nghị định số 111/2015/NĐ-CP"),
    ("Phó Thủ tướng vừa ký Quyết định 165/QĐ-TTg phê duyệt Đề án.",
     "165/QĐ-TTg", "Quyết định", "QĐ", "TTg", None, None, "Quyết định 165/QĐ-TTg"),
    ("Bộ Giao thông vận tải đã có văn bản số 3370/BGTVT-ĐTCT ngày 16/04/2021 đồng ý.",
     "3370/BGTVT-ĐTCT", "Công văn", None, "BGTVT", None, dt.date(2021, 4, 16), "văn bản số 3370/BGTVT-ĐTCT"),
    ("giá vé tuân thủ theo Thông tư 60/2018/TT-BGTVT đối với công trình",
     "60/2018/TT-BGTVT", "Thông tư", "TT", "BGTVT", 2018, None, "Thông tư 60/2018/TT-BGTVT"),
    ("thực hiện Chỉ thị số 33/CT-TTg, ngày 17/12/2016, của Thủ tướng",
     "33/CT-TTg", "Chỉ thị", "CT", "TTg", None, dt.date(2016, 12, 17), "Chỉ thị số 33/CT-TTg"),
    ("theo tinh thần Nghị quyết 08-NQ/TW của Bộ Chính trị",
     "08-NQ/TW", "Nghị quyết", "NQ", "TW", None, None, "Nghị quyết 08-NQ/TW"),
    ("tổng kết 10 năm thực hiện Kết luận số 27-KL/TW về Chiến lược",
     "27-KL/TW", "Kết luận", "KL", "TW", None, None, "Kết luận số 27-KL/TW"),
    ("đề xuất đơn giản hóa thủ tục tại Thông tư só 22/2019/TT-BTC; đề xuất",
     "22/2019/TT-BTC", "Thông tư", "TT", "BTC", 2019, None, "Thông tư só 22/2019/TT-BTC"),
    ("Tỉnh ủy đã ban hành Chương trình hành động số 32-CT/TU thực hiện",
     "32-CT/TU", "Chương trình", "CT", "TU", None, None, "Chương trình hành động số 32-CT/TU"),
    # Issue forms: laws, UBTVQH, chains, consolidated texts, orders, Party công văn.
    ("Luật số 59/2020/QH14 được Quốc hội thông qua.", "59/2020/QH14", "Luật", None, "QH14", 2020, None, "Luật số 59/2020/QH14"),
    ("theo Nghị quyết 202/2025/QH15 của Quốc hội", "202/2025/QH15", "Nghị quyết", None, "QH15", 2025, None, "Nghị quyết 202/2025/QH15"),
    ("Nghị quyết số 110/2025/UBTVQH15 quy định", "110/2025/UBTVQH15", "Nghị quyết", None, "UBTVQH15", 2025, None, "Nghị quyết số 110/2025/UBTVQH15"),
    ("Thông tư liên tịch số 03/2021/TTLT-TANDTC-VKSNDTC-BCA-BQP hướng dẫn", "03/2021/TTLT-TANDTC-VKSNDTC-BCA-BQP",
     "Thông tư liên tịch", "TTLT", "TANDTC-VKSNDTC-BCA-BQP", 2021, None, "Thông tư liên tịch số 03/2021/TTLT-TANDTC-VKSNDTC-BCA-BQP"),
    ("Văn bản hợp nhất số 67/VBHN-VPQH", "67/VBHN-VPQH", "Văn bản hợp nhất", "VBHN", "VPQH", None, None, "Văn bản hợp nhất số 67/VBHN-VPQH"),
    ("Lệnh số 07/2025/L-CTN công bố luật", "07/2025/L-CTN", "Lệnh", "L", "CTN", 2025, None, "Lệnh số 07/2025/L-CTN"),
    ("Văn phòng Trung ương Đảng có công văn 17129-CV/VPTW", "17129-CV/VPTW", "Công văn", "CV", "VPTW", None, None, "công văn 17129-CV/VPTW"),
    ("Thủ tướng ban hành Công điện 123/CĐ-TTg", "123/CĐ-TTg", "Công điện", "CĐ", "TTg", None, None, "Công điện 123/CĐ-TTg"),
    # Real-text defects: U+00D0, en dash, a space after the dash, glued next word, TTG.
    ("theo Nghị định số 111/2015/NÐ-CP của Chính phủ", "111/2015/NĐ-CP", "Nghị định", "NĐ", "CP", 2015, None, "Nghị định số 111/2015/NÐ-CP"),
    ("theo Nghị định 111/2015/NĐ–CP", "111/2015/NĐ-CP", "Nghị định", "NĐ", "CP", 2015, None, "Nghị định 111/2015/NĐ–CP"),
    ("tại Thông tư 01/2021/TT- BCT", "01/2021/TT-BCT", "Thông tư", "TT", "BCT", 2021, None, "Thông tư 01/2021/TT- BCT"),
    ("Nghị định 111/2015/NĐ-CPngày 3 tháng 11 năm 2015", "111/2015/NĐ-CP", "Nghị định", "NĐ", "CP", 2015,
     dt.date(2015, 11, 3), "Nghị định 111/2015/NĐ-CP"),
    ("Quyết định 165/QĐ-TTG phê duyệt", "165/QĐ-TTg", "Quyết định", "QĐ", "TTg", None, None, "Quyết định 165/QĐ-TTG"),
    # Spaced identifiers, as PDFs pasted into articles give them (the TTXVN 2023-07-28 sentence
    # and written variants of the forms): single spaces around "/" and "-".
    ("sửa đổi Nghị định số 111 / 2015 / NĐ – CP ngày 03/11/2015 của Chính phủ về phát triển",
     "111/2015/NĐ-CP", "Nghị định", "NĐ", "CP", 2015, dt.date(2015, 11, 3), "Nghị định số 111 / 2015 / NĐ – CP"),
    ("Phó Thủ tướng vừa ký Quyết định số 165 / QĐ - TTg phê duyệt Đề án",
     "165/QĐ-TTg", "Quyết định", "QĐ", "TTg", None, None, "Quyết định số 165 / QĐ - TTg"),
    ("theo Thông tư 60/2018 / TT-BGTVT đối với công trình",
     "60/2018/TT-BGTVT", "Thông tư", "TT", "BGTVT", 2018, None, "Thông tư 60/2018 / TT-BGTVT"),
    ("theo tinh thần Nghị quyết 57 - NQ / TW của Bộ Chính trị",
     "57-NQ/TW", "Nghị quyết", "NQ", "TW", None, None, "Nghị quyết 57 - NQ / TW"),
    ("Bộ Giao thông vận tải có văn bản số 3370 / BGTVT - ĐTCT đồng ý",
     "3370/BGTVT-ĐTCT", "Công văn", None, "BGTVT", None, None, "văn bản số 3370 / BGTVT - ĐTCT"),
    # A spaced dash followed by a word is not part of the code (written case).
    ("căn cứ Nghị định 111/2015/NĐ-CP - Chính phủ quy định rõ",
     "111/2015/NĐ-CP", "Nghị định", "NĐ", "CP", 2015, None, "Nghị định 111/2015/NĐ-CP"),
    # Short first mentions (dev 005): a Nghị định is always NĐ-CP.
    ("thực hiện nghiêm túc Nghị định 23/2020 bởi các việc", "23/2020/NĐ-CP", "Nghị định", "NĐ", "CP", 2020, None, "Nghị định 23/2020"),
]


@pytest.mark.parametrize("sentence,number,doc_type,type_code,issuer,year,signed,text", POSITIVES)
def test_positives(sentence, number, doc_type, type_code, issuer, year, signed, text):
    found = refs(sentence)
    assert len(found) == 1, found
    r = found[0]
    assert (r.number, r.doc_type, r.type_code, r.issuer, r.year, r.signed_on, r.text) == (
        number, doc_type, type_code, issuer, year, signed, text)


def test_issuer_names():
    (r,) = refs("Nghị định số 111/2015/NĐ-CP ngày 03/11/2015")
    assert (r.serial, r.issuer_name) == ("111", "Chính phủ")
    (r,) = refs("Quyết định 645/QĐ-TTg phê duyệt khu vực dự trữ")
    assert r.issuer_name == "Thủ tướng Chính phủ"
    (r,) = refs("Nghị quyết 52/2017 của Quốc hội")  # dev 002
    assert (r.number, r.issuer, r.issuer_name, r.year) == ("52/2017", "QH", "Quốc hội", 2017)


def test_types_whose_numbers_carry_a_year():
    # data/type_words.tsv year_in_number: a decree's number always has its year, a decision's not
    from vnextract.pipeline import yeared_doc_types

    yeared = yeared_doc_types()
    assert {"Nghị định", "Thông tư", "Luật"} <= yeared
    assert not {"Quyết định", "Chỉ thị", "Công văn"} & yeared
    # the records read against it: "Nghị định 111/2015/NĐ-CP" has its year, "165/QĐ-TTg" has none
    # and is whole (TTXVN 2023-07-28 and dev 018 forms)
    found = refs("Theo Nghị định số 111/2015/NĐ-CP và Quyết định 165/QĐ-TTg của Thủ tướng.")
    assert [(r.doc_type in yeared, r.year) for r in found] == [(True, 2015), (False, None)]


def test_short_later_mentions_refer_to_the_full_number():
    # dev 018: the full number, then "Quyết định 69" and "NĐ 111/2015" style short forms.
    text = ("Quyết định 69/2013/QĐ-TTg đã hết hiệu lực. Theo Quyết định 69, giá điện được điều chỉnh. "
            "Nghị định số 111/2015/NĐ-CP quy định. NĐ 111/2015 cũng nêu rõ.")
    found = refs(text)
    assert [(r.text, r.refers_to) for r in found] == [
        ("Quyết định 69/2013/QĐ-TTg", None),
        ("Quyết định 69", "69/2013/QĐ-TTg"),
        ("Nghị định số 111/2015/NĐ-CP", None),
        ("NĐ 111/2015", "111/2015/NĐ-CP"),
    ]


# Not legal references. Source: TTXVN 2023-07-28 ("16/28 tỉnh thành", "ngày 03/11/2015"),
# dev 025 (image URLs with dates), dev 003 ("Điện 1/2"), written cases for scores and ratios.
NEGATIVES = [
    "16/28 tỉnh thành cao hơn mức tăng trưởng cả nước",
    "Ngày 03/11/2015, hội nghị diễn ra.",
    "![ảnh](https://hddtvn.com/wp-content/uploads/2021/01/2537_1A8A87BA-0C1B-4635-96AF-6F4B5FA610AC.jpg)",
    "www.chinhphu.vn/2020/11/NĐ-CP-moi",
    "Đội tuyển thắng 3/1 trong trận chung kết.",
    "Công ty CP Tư vấn Xây dựng Điện 1/2 đơn vị",
    "tỷ lệ 1/3 GDP, quý I/2025 và tháng 6/2023",
    "Luật Công nghiệp hỗ trợ và Quy hoạch điện VIII chưa có số.",
    "Covid-19 và G20 không phải văn bản.",
    # Spaced fractions, dates and scores (written from the TTXVN sentence above and sports pages).
    "16 / 28 tỉnh thành cao hơn mức tăng trưởng cả nước",
    "Ngày 03 / 11 / 2015, hội nghị diễn ra.",
    "Đội tuyển thắng 3 - 1 / trong trận chung kết, tỷ lệ 1 / 3 GDP, quý I / 2025",
    "Phòng 12 / Tầng 3 - Khu A là nơi tiếp dân.",
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_negatives(sentence):
    assert refs(sentence) == []


def test_ttxvn_article():
    path = MAIN_CORPUS / "ttxvn-2023-07-28-hoi-nghi-cong-thuong.txt"
    if not path.exists():
        path = CORPUS / "ttxvn-2023-07-28-hoi-nghi-cong-thuong.txt"
    art = vnextract.extract(path.read_text(encoding="utf-8"))
    assert [(r.number, r.serial, r.year, r.type_code, r.issuer, r.issuer_name, r.signed_on) for r in art.legal_refs] == [
        ("111/2015/NĐ-CP", "111", 2015, "NĐ", "CP", "Chính phủ", dt.date(2015, 11, 3))]
    # The related teaser's 165/QĐ-TTg is there only with include_related.
    rel = vnextract.extract(path.read_text(encoding="utf-8"), include_related=True)
    assert "165/QĐ-TTg" in [r.number for r in rel.legal_refs]


@pytest.mark.parametrize("text", ["1 / " * 10000, "1 - " * 10000, "111 / 2015 / NĐ - " * 3000, "5 / A - " * 5000])
def test_spaced_separators_do_not_backtrack(text):
    import time
    start = time.perf_counter()
    vnextract.extract(text)
    assert time.perf_counter() - start < 5


def test_numbers_are_not_read_again_as_dates():
    art = vnextract.extract("Thông tư 01/2021/TT-BCT có hiệu lực.")
    assert all(not (d.start < 20 and d.end > 11) for d in art.dates)


# A number alone after the type word (no "số", no year) is the document's number: dev 214 ("Nghị
# định 67", "Nghị quyết 19"), dev 410 ("Nghị quyết 39 của Bộ Chính trị"), dev 412 ("Văn bản 178
# gửi"), 2017 archive sentences. (sentence, number, issuer, text)
BARE = [
    ("dự thảo Nghị định sửa đổi, bổ sung một số điều của Nghị định 67 về chính sách phát triển thủy sản.",
     "67", "CP", "Nghị định 67"),
    ("phải bám vào Nghị quyết 19 để tiếp tục cải thiện môi trường kinh doanh.", "19", None, "Nghị quyết 19"),
    ("sau 2 năm triển khai Nghị quyết 39 của Bộ Chính trị về tinh giản biên chế", "39", "TW", "Nghị quyết 39"),
    ("Thông tư 332 có hiệu lực từ ngày 10.2 bổ sung nhiều quy định.", "332", None, "Thông tư 332"),
    ("Đẩy mạnh thực hiện Chỉ thị 05 của Bộ Chính trị về học tập và làm theo.", "05", "TW", "Chỉ thị 05"),
    ("nhà đầu tư dự án đã có Văn bản 178 gửi Bộ GTVT đề nghị Kiểm toán Nhà nước", "178", None, "Văn bản 178"),
    ("theo yêu cầu của Thủ tướng tại văn bản 10285 ngày 29/11/2016.", "10285", None, "văn bản 10285"),
]


@pytest.mark.parametrize("sentence,number,issuer,text", BARE)
def test_bare_serial_after_type_word(sentence, number, issuer, text):
    (r,) = refs(sentence)
    assert (r.number, r.issuer, r.text, r.year) == (number, issuer, text, None)


@pytest.mark.parametrize("sentence", [
    "Kế hoạch 100 ngày nhằm thúc đẩy hợp tác",           # a plan's length, not a number (2017 archive)
    "Đề án 941 Akula là lớp tàu ngầm hạt nhân",           # a ship class
    "Quyết định 5 của hội đồng chưa được công bố.",       # a single digit
    "Nghị quyết 30 ngày phải được công bố.",              # a count after it
    "văn bản 3, văn bản 12 và các tài liệu khác",         # a công văn number only before ngày/của/gửi
    "đã tổ chức 12 cuộc thanh tra, trong đó có kết luận 02 cuộc.",  # "kết luận", "quyết định" as verbs
    "Hội đồng quyết định 15 trường hợp được miễn.",
])
def test_bare_serial_negatives(sentence):
    assert refs(sentence) == []


def test_bare_mention_before_the_full_number_refers_to_it():
    # dev 018: "Quyết định 24" before "Quyết định số 24/2017/QĐ-TTg" is the same document
    found = refs("Theo Quyết định 24, giá điện được điều chỉnh. Quyết định số 24/2017/QĐ-TTg vừa được ký.")
    assert [(r.text, r.number, r.refers_to) for r in found] == [
        ("Quyết định 24", "24/2017/QĐ-TTg", "24/2017/QĐ-TTg"),
        ("Quyết định số 24/2017/QĐ-TTg", "24/2017/QĐ-TTg", None)]


def test_a_count_after_a_bare_number_is_no_document_number():
    # "Nghị quyết 30 ngày phải được công bố" (a duration) as against "Nghị quyết 30 của HĐND tỉnh":
    # the words of a count are data/counted_after.tsv's bare_number rows, each refused after the number
    from vnextract.resources import read_by

    words = read_by("counted_after.tsv", "bare_number", key="word")
    assert {"ngày", "tháng", "năm", "điều", "%"} <= set(words)
    assert [r.text for r in refs("Nghị quyết 30 của HĐND tỉnh đã được công bố.")] == ["Nghị quyết 30"]
    for w in words:
        assert refs(f"Nghị quyết 30 {w} đã được công bố.") == [], w
    assert refs("Nghị quyết 30% đã được công bố.") == []
    # its date after it keeps it a document's number: "văn bản 10285 ngày 29/11/2016"
    assert [r.text for r in refs("Theo Nghị quyết 30 ngày 29/11/2016 của HĐND tỉnh.")] == ["Nghị quyết 30"]


# Codes spelled with a lower-case letter, 2017 archive (baomoi): (sentence, number, type_code, issuer).
MIXED_CASE = [
    ("Từ cuối năm 2016, Thủ tướng Chính phủ đã có Quyết định số 58/2016/QĐ-Ttg về tiêu chí phân loại doanh"
     " nghiệp nhà nước.", "58/2016/QĐ-TTg", "QĐ", "TTg"),
    ("Ủy ban nhân dân tỉnh Kon Tum đã ban hành Chương trình số 3303/CTr-UBND ngày 29/12/2016 thực hiện các"
     " Nghị quyết của Chính phủ.", "3303/CTr-UBND", "CTr", "UBND"),
    ("Theo đề nghị của Cục Thuế Nghệ An tại Tờ trình số 60/TTr-CT ngày 10/1/2017 về việc bãi bỏ các quyết"
     " định.", "60/TTr-CT", "TTr", "CT"),
]


@pytest.mark.parametrize("sentence,number,type_code,issuer", MIXED_CASE)
def test_mixed_case_codes(sentence, number, type_code, issuer):
    (r,) = refs(sentence)
    assert (r.number, r.type_code, r.issuer) == (number, type_code, issuer)


def test_every_code_spelling_of_the_data_files_is_read():
    """Each code spelling of doc_types.tsv, issuers.tsv and code_variants.tsv, mixed case too
    ("TTg", "QyĐ", the press's "Ttg"), is read whole in the archive's sentences and gives its
    canonical code: a spelling added to a file is read without editing the pattern."""
    from vnextract.resources import load_tsv

    canon = {r["variant"]: r["canonical"] for r in load_tsv("code_variants.tsv")}
    types = {r["code"] for r in load_tsv("doc_types.tsv")}
    issuers = {r["code"] for r in load_tsv("issuers.tsv")}
    for spelled, code in [*((c, c) for c in types | issuers), *canon.items()]:
        if code in types:
            (r,) = refs(f"Ủy ban nhân dân tỉnh Kon Tum đã ban hành văn bản số 3303/{spelled}-UBND ngày 29/12/2016.")
            assert (r.number, r.type_code) == (f"3303/{code}-UBND", code), spelled
        if code in issuers:
            (r,) = refs(f"Thủ tướng Chính phủ đã có Quyết định số 58/2016/QĐ-{spelled} về tiêu chí phân loại.")
            assert (r.number, r.issuer) == (f"58/2016/QĐ-{code}", code), spelled


def test_a_type_of_one_issuer_completes_its_short_number():
    """A short number after the type word of a type with one issuer (type_words.tsv issuer: a
    Nghị định is the Government's) is the full number (dev 005, "Nghị định 23/2020")."""
    from vnextract.resources import load_tsv

    rows = [r for r in load_tsv("type_words.tsv") if r["issuer"]]
    assert rows
    for r in rows:
        (ref,) = refs(f"thực hiện nghiêm túc {r['word']} 23/2020 bởi các việc")
        assert (ref.number, ref.type_code, ref.issuer) == (f"23/2020/{r['code']}-{r['issuer']}", r["code"], r["issuer"])


def test_numbers_of_the_legislature_carry_no_type_code():
    """"16/2011/UBTVQH12" (2017 archive) and "59/2020/QH14" name their issuer and its term after the
    year, no type code: issuers.tsv's numbered_alone rows."""
    (r,) = refs("quy định của Pháp lệnh quản lý, sử dụng vũ khí, vật liệu nổ, công cụ hỗ trợ số 16/2011/UBTVQH12"
                " của Ủy ban Thường vụ Quốc hội.")
    assert (r.number, r.type_code, r.issuer, r.issuer_name) == (
        "16/2011/UBTVQH12", None, "UBTVQH12", "Ủy ban Thường vụ Quốc hội")
    from vnextract.resources import read_by

    for code in read_by("issuers.tsv", "numbered_alone", key="code"):
        (r,) = refs(f"quy định của Pháp lệnh quản lý, sử dụng vũ khí, vật liệu nổ, công cụ hỗ trợ số 16/2011/{code}12.")
        assert (r.number, r.type_code, r.issuer) == (f"16/2011/{code}12", None, f"{code}12"), code
