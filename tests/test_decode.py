"""Tests for vnextract.decode: round trips through every supported encoding, BOMs, refusals."""

from __future__ import annotations

import codecs
import gzip
import shutil
import subprocess
import time
import unicodedata
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vnextract import decode
from vnextract.decode import ENCODINGS, decode_bytes
from vnextract.errors import DecodeError

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "vnextract" / "data"
ARTICLE = ROOT / "corpora" / "ttxvn-2023-07-28-hoi-nghi-cong-thuong.txt"

SENTENCES = [
    "Bộ Công Thương phối hợp với tỉnh Quảng Ninh tổ chức Hội nghị ngành công thương 28 tỉnh, "
    "thành phố khu vực phía Bắc",
    "Thứ trưởng Bộ Công thương Phan Thị Thắng phát biểu tại Hội nghị.",
    "Đây là hội nghị quan trọng nhằm đánh giá tình hình thực hiện nhiệm vụ phát triển ngành "
    "công thương của các tỉnh, thành phố khu vực phía Bắc năm 2022 và 6 tháng đầu năm 2023.",
    "Đồng thời, ngành công thương các tỉnh, thành phố phía Bắc sẽ cùng nhau thảo luận kinh "
    "nghiệm nhằm tháo gỡ những khó khăn, vướng mắc có liên quan trong công tác quản lý nhà nước.",
    "Người dân ở huyện miền núi được hỗ trợ giống cây trồng, phân bón và vay vốn ưu đãi để "
    "khôi phục sản xuất sau lũ quét.",
]

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


# ---------------------------------------------------------------------------------------------
# Encoders used to build test inputs (the reverse of what decode_bytes does)


def _read_table(name: str) -> dict[str, bytes]:
    """Unicode character -> bytes, from one of the shipped data files."""
    table = {}
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        raw, cps = line.split("\t")[:2]
        chars = "".join(chr(int(cp, 16)) for cp in cps.split())
        if len(chars) == 1 and not unicodedata.combining(chars) and chars != "\xa0":
            table[chars] = bytes.fromhex(raw)
    return table


TCVN3 = _read_table("tcvn3.tsv")
VNI = _read_table("vni.tsv")


def to_cp1258(text: str, *, precomposed: bool = False) -> bytes:
    """Windows-1258 as Windows writes it: base letter (with ă/â/ê/ô/ơ/ư/đ) then a tone mark.

    With ``precomposed`` the letters cp1258 has as single bytes (á, à, é, ...) stay single.
    """
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if precomposed:
            try:
                out += ch.encode("cp1258")
                continue
            except UnicodeEncodeError:
                pass
        nfd = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in nfd if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in TONES))
        out += (base + tone).encode("cp1258")
    return bytes(out)


def to_tcvn3(text: str) -> tuple[bytes, str]:
    """TCVN3 bytes and the text they stand for.

    TCVN3 (VN3) has no codes for most capital toned vowels; .VnTime users type them with the
    lowercase code (shown capitalised by the .VnTimeH font), so they come back lowercase.
    """
    out, expected = bytearray(), []
    for ch in unicodedata.normalize("NFC", text):
        if ch.isascii():
            out.append(ord(ch))
        elif ch in TCVN3:
            out += TCVN3[ch]
        elif not ch.isalpha():
            out += ch.encode("cp1252")  # punctuation and NBSP: TCVN3 fonts keep Windows' codes
        else:
            ch = ch.lower()
            out += TCVN3[ch]
        expected.append(ch)
    return bytes(out), "".join(expected)


def to_vni(text: str) -> bytes:
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ch.isascii():
            out.append(ord(ch))
        elif ch in VNI:
            out += VNI[ch]
        else:
            out += ch.encode("cp1252")  # punctuation and NBSP: VNI fonts keep Windows' codes
    return bytes(out)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# ---------------------------------------------------------------------------------------------
# Round trips


@pytest.mark.parametrize("sentence", SENTENCES)
def test_utf8_returned_as_is(sentence):
    assert decode_bytes(sentence.encode("utf-8")) == (sentence, "utf-8")


def test_utf8_nfd_is_not_normalised():
    text = unicodedata.normalize("NFD", SENTENCES[0])
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")


@pytest.mark.parametrize("precomposed", [False, True])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_cp1258_round_trip(sentence, precomposed):
    data = to_cp1258(sentence, precomposed=precomposed)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode_bytes(data) == (nfc(sentence), "cp1258")


@pytest.mark.parametrize("sentence", SENTENCES)
def test_tcvn3_round_trip(sentence):
    data, expected = to_tcvn3(sentence)
    assert decode_bytes(data) == (expected, "tcvn3")


@pytest.mark.parametrize("sentence", SENTENCES)
def test_vni_round_trip(sentence):
    assert decode_bytes(to_vni(sentence)) == (nfc(sentence), "vni")


def test_tcvn3_known_bytes():
    # "Bảo Thắng", "Mường Khương" as typed in .VnTime (ư is 0xAD, a soft hyphen in Windows-1252)
    text, name = decode_bytes(
        b"Huy\xd6n B\xb6o Th\xbeng, huy\xd6n M\xad\xeang Kh\xad\xacng, huy\xd6n B\xb8t X\xb8t"
    )
    assert (text, name) == ("Huyện Bảo Thắng, huyện Mường Khương, huyện Bát Xát", "tcvn3")


def test_vni_known_bytes():
    text, name = decode_bytes(b"Xin cha\xf8o ca\xf9c ba\xefn, chu\xf9ng to\xe2i \xf1e\xe1n t\xf6\xf8 Vie\xe4t Nam")
    assert (text, name) == ("Xin chào các bạn, chúng tôi đến từ Việt Nam", "vni")


@pytest.mark.parametrize("encoding", ["cp1258", "tcvn3", "vni"])
def test_whole_article_longer_than_the_sample(encoding):
    article = nfc(ARTICLE.read_text(encoding="utf-8"))
    article = "\n\n".join([article] * 16)  # > 64 KB: detection samples, conversion is whole
    if encoding == "cp1258":
        data, expected = to_cp1258(article), article
    elif encoding == "tcvn3":
        data, expected = to_tcvn3(article)
    else:
        data, expected = to_vni(article), article
    assert len(data) > decode.SAMPLE_SIZE
    assert decode_bytes(data) == (expected, encoding)


# ---------------------------------------------------------------------------------------------
# Byte order marks


@pytest.mark.parametrize(
    "bom, codec, name",
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
def test_bom(bom, codec, name):
    text = SENTENCES[0]
    assert decode_bytes(bom + text.encode(codec)) == (text, name)


def test_python_utf16_codec_output():
    assert decode_bytes(SENTENCES[1].encode("utf-16")) == (SENTENCES[1], "utf-16-le")


def test_bom_with_wrong_payload_is_refused():
    with pytest.raises(DecodeError, match="E104") as info:
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8")  # lone surrogate
    assert info.value.encoding == "utf-16-le"
    with pytest.raises(DecodeError, match="E104"):
        decode_bytes(codecs.BOM_UTF8 + to_cp1258(SENTENCES[0]))


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_decoded(codec):
    text = SENTENCES[2]
    assert decode_bytes(text.encode(codec)) == (text, codec)


def test_short_utf16_without_bom_is_refused():
    with pytest.raises(DecodeError, match="E101"):
        decode_bytes("Hà Nội".encode("utf-16-le"))


# ---------------------------------------------------------------------------------------------
# Refusals


PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


@pytest.mark.parametrize(
    "data, seen",
    [
        (PNG_HEADER, "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00word/document.xml", "ZIP"),
        (gzip.compress(SENTENCES[0].encode()), "gzip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "OLE2"),
        (b"ab\x00\x00\x01\x02cd\x00\xff\x00\x13" * 10, "NUL"),
        (bytes(range(1, 32)) * 4, "control bytes"),
        (zlib.compress(bytes(range(256)) * 8), None),
    ],
)
def test_binary_is_refused(data, seen):
    with pytest.raises(DecodeError) as info:
        decode_bytes(data)
    message = str(info.value)
    assert message.startswith(("E101", "E102"))
    if seen is not None:
        assert message.startswith("E101") and seen in message
        assert info.value.encoding == "binary"


def test_decode_error_is_a_value_error_with_evidence():
    with pytest.raises(ValueError) as info:
        decode_bytes(PNG_HEADER)
    assert isinstance(info.value, DecodeError)
    assert info.value.evidence and "PNG" in info.value.evidence


@pytest.mark.parametrize(
    "data",
    [
        b"\xe1",
        b"caf\xe9",
        b"Vi\xea\xf2t",
        b"ca\xf9c ba\xefn",  # two VNI words: too little evidence to choose
        to_cp1258("Hà Nội"),
        to_tcvn3("Hà Nội")[0],
    ],
)
def test_short_ambiguous_bytes_are_refused_not_guessed(data):
    with pytest.raises(DecodeError, match="E102") as info:
        decode_bytes(data)
    message = str(info.value)
    for name in ("cp1258", "tcvn3", "vni"):
        assert name in message
    assert info.value.encoding == "unknown 8-bit"


@pytest.mark.parametrize(
    "text, codec",
    [
        ("Le gouvernement français a présenté mercredi un projet de loi sur l'énergie "
         "et les économies d'électricité dans les collectivités régionales.", "cp1252"),
        ("Die Bundesregierung hat am Mittwoch einen Gesetzentwurf für größere Förderungen "
         "der Städte und Gemeinden vorgelegt, über den später abgestimmt wird.", "latin-1"),
    ],
)
def test_other_8bit_text_is_not_decoded_as_vietnamese(text, codec):
    with pytest.raises(DecodeError, match="E102"):
        decode_bytes(text.encode(codec))


def test_utf8_with_a_stray_byte_is_not_read_as_latin1():
    data = SENTENCES[0].encode("utf-8")
    data = data[:40] + b"\xff" + data[40:]
    with pytest.raises(DecodeError, match="E102") as info:
        decode_bytes(data)
    assert "0xFF at offset 40" in str(info.value)


def test_legacy_scores_are_reported():
    with pytest.raises(DecodeError) as info:
        decode_bytes("Grüße aus München, schöne Grüße, schöne Tage, Grüße".encode("latin-1"))
    assert "Vietnamese syllables" in str(info.value)
    assert "need >= 5 words" in str(info.value)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes_only_raise_decode_error(data):
    try:
        text, name = decode_bytes(data)
    except DecodeError as exc:
        assert str(exc).startswith("E1")
    else:
        assert isinstance(text, str) and name in ENCODINGS


_TEXTISH = st.lists(
    st.one_of(
        st.sampled_from([b" ", b"\n", b"a", b"n", b"g", b"h", b"o", b"t", b"i", b"u", b"Th"]),
        st.integers(0x80, 0xFF).map(lambda b: bytes([b])),
    ),
    max_size=400,
).map(b"".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTISH)
def test_random_8bit_text_only_raises_decode_error(data):
    try:
        text, name = decode_bytes(data)
    except DecodeError as exc:
        assert str(exc).startswith(("E102", "E103"))
    else:
        assert name in ENCODINGS


# ---------------------------------------------------------------------------------------------
# Pieces


@pytest.mark.parametrize(
    "word",
    ["nghiêng", "quốc", "người", "khuya", "giữ", "gìn", "hoạt", "tuyết", "chuyện", "thuở",
     "Đồng", "ƯU", "ánh", "oẳn", "xoong", "yêu", "khuếch"],
)
def test_valid_syllables(word):
    assert decode._is_syllable(word)


@pytest.mark.parametrize(
    "word",
    ["tồt", "ngưòi", "café", "xyz", "Ð", "th¾ng", "chaøo", "huyÖn", "aa", "nghiêngg", "hóà"],
)
def test_invalid_syllables(word):
    assert not decode._is_syllable(word)


def test_tables_are_loaded_once():
    decode._tables.cache_clear()
    for _ in range(3):
        decode_bytes(to_vni(SENTENCES[0]))
        decode_bytes(to_tcvn3(SENTENCES[0])[0])
    info = decode._tables.cache_info()
    assert info.misses == 1 and info.hits >= 5


def test_table_sizes():
    assert len(TCVN3) == 96 - 6  # 0xA0-0xFF minus NBSP and the five combining tone marks
    assert len(VNI) == 134  # 67 letters (a..y with tones, đ) in both cases


@pytest.mark.skipif(shutil.which("iconv") is None, reason="needs iconv")
def test_tcvn3_table_agrees_with_glibc_tcvn5712():
    probe = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=b"a",
                           capture_output=True)
    if probe.returncode != 0:
        pytest.skip("iconv has no TCVN5712-1")
    for ch, raw in TCVN3.items():
        out = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=raw,
                             capture_output=True, check=True).stdout.decode()
        assert out == ch, (raw.hex(), ch, out)


def test_20mb_utf8_is_fast():
    article = ARTICLE.read_bytes()
    data = article * (20_000_000 // len(article) + 1)
    decode_bytes(data[:1000])  # warm up
    start = time.perf_counter()
    text, name = decode_bytes(data)
    elapsed = time.perf_counter() - start
    assert name == "utf-8" and len(text) > 10_000_000
    assert elapsed < 0.8, elapsed


def test_empty_and_ascii():
    assert decode_bytes(b"") == ("", "utf-8")
    assert decode_bytes(b"TP.HCM, 28/7") == ("TP.HCM, 28/7", "utf-8")
    assert decode_bytes(bytearray(b"abc")) == ("abc", "utf-8")


@pytest.mark.parametrize("encoding", ["cp1258", "tcvn3", "vni"])
def test_undefined_byte_in_chosen_encoding_is_refused(encoding):
    text = " ".join(SENTENCES)
    data = {"cp1258": to_cp1258, "tcvn3": lambda t: to_tcvn3(t)[0], "vni": to_vni}[encoding](text)
    with pytest.raises(DecodeError, match="E103") as info:
        decode_bytes(data + b" \x81 ")
    assert info.value.encoding == encoding
    assert "0x81" in str(info.value)


# ---------------------------------------------------------------------------------------------
# Double-encoded UTF-8: UTF-8 read as cp1252/latin-1 and saved as UTF-8 again


def double_encode(text: str, how: str) -> bytes:
    """The mojibake a tool writes after reading UTF-8 bytes as cp1252/latin-1.

    "cp1252-c1": what browsers and Excel do (the five bytes cp1252 leaves undefined become the
    C1 controls with the same number); "latin-1"; "cp1252-replace"/"cp1252-ignore": Python's
    cp1252 codec with errors=..., which loses those bytes.
    """
    raw = text.encode("utf-8")
    if how == "cp1252-c1":
        read = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in raw)
    elif how == "latin-1":
        read = raw.decode("latin-1")
    else:
        read = raw.decode("cp1252", errors=how.split("-")[1])
    return read.encode("utf-8")


# Source: SENTENCES above (TTXVN 2023-07-28 article and dev corpus style sentences) and a
# headline "Hợp tác kinh tế Việt - Lào ..." written for this table; cases of how they were read.
DOUBLE_REPAIRED = [
    (SENTENCES[0], "cp1252-c1", "utf-8 (double-encoded via cp1252)"),
    (SENTENCES[2], "cp1252-c1", "utf-8 (double-encoded via cp1252)"),
    (SENTENCES[4], "latin-1", "utf-8 (double-encoded via latin-1)"),
    ("Hợp tác kinh tế Việt - Lào đạt nhiều kết quả “đáng ghi nhận” trong năm 2023",
     "cp1252-c1", "utf-8 (double-encoded via cp1252)"),
    # Sentences without any of the five undefined bytes survive Python's cp1252 codec intact.
    ("Hợp tác kinh tế Việt Nam và Lào đạt kết quả tốt", "cp1252-replace",
     "utf-8 (double-encoded via cp1252)"),
]


@pytest.mark.parametrize("sentence, how, name", DOUBLE_REPAIRED)
def test_double_encoded_utf8_is_repaired(sentence, how, name):
    data = double_encode(sentence, how)
    assert data.decode("utf-8") != sentence  # the input really is mojibake
    assert decode_bytes(data) == (sentence, name)


def test_double_encoded_with_bom_drops_the_bom():
    data = double_encode("\ufeff" + SENTENCES[1], "cp1252-c1")
    assert decode_bytes(data) == (SENTENCES[1], "utf-8 (double-encoded via cp1252)")


def test_double_encoded_long_text_is_repaired_beyond_the_sample():
    text = "\n".join(SENTENCES) * 400  # > 64 KB: the sample decides, the whole text is repaired
    data = double_encode(text, "cp1252-c1")
    assert decode_bytes(data) == (text, "utf-8 (double-encoded via cp1252)")


# Source: SENTENCES above ("người", "nghiệm", "Bắc" carry bytes 0x9D, 0x81, 0x8F that Python's
# cp1252 codec cannot read) and a mix of a mojibake head with a clean UTF-8 tail.
DOUBLE_REFUSED = [
    (double_encode(SENTENCES[3], "cp1252-replace"), "U+FFFD"),
    (double_encode(SENTENCES[4], "cp1252-ignore"), "invalid"),
    (double_encode(SENTENCES[1], "cp1252-c1") + " ".encode() + SENTENCES[3].encode("utf-8"),
     "no cp1252 reader produces"),
    ((double_encode("\n".join(SENTENCES) * 300, "cp1252-c1") + "\n".encode()
      + SENTENCES[3].encode("utf-8")), "whole text does not"),
]


@pytest.mark.parametrize("data, why", DOUBLE_REFUSED)
def test_double_encoded_that_cannot_be_repaired_is_refused(data, why):
    with pytest.raises(DecodeError, match="E106") as info:
        decode_bytes(data)
    assert why in str(info.value)
    assert info.value.encoding in ("cp1252", "latin-1")


def test_extract_reports_double_encoding_through_the_public_api():
    import vnextract

    with pytest.raises(vnextract.DecodeError, match="E106"):
        vnextract.extract(double_encode(SENTENCES[3], "cp1252-replace"))
    art = vnextract.extract(double_encode(SENTENCES[0], "cp1252-c1"))
    assert art.text == SENTENCES[0]


# Source: realistic press sentences written for this table: Portuguese/Brazilian names with
# "Ã"/"ã", Vietnamese letters right before curly quotes, ellipses and dashes (pairs a naive
# detector would take for mojibake), and an article that quotes two mojibake words.
NOT_DOUBLE = [
    "Tiền đạo JOÃO PEDRO và hậu vệ Conceição của CLB SÃO PAULO đã đến Hà Nội.",
    "Ông Đoàn Văn Hà” – người dân xã Mỹ Hòa… cho biết: “Tôi rất vui”.",
    "Bà Nguyễn Thị Thu Hà—Giám đốc Sở—nói rằng giá cà phê đạt 120.000 đồng/kg…",
    "Lỗi phông chữ khiến chữ “Hợp tác” hiện thành “Há»£p tÃ¡c” trên một số trang; "
    "bạn đọc phản ánh nhiều lần về lỗi này trong các bài viết về kinh tế, xã hội và đời sống.",
    "Bộ Công Thương phối hợp với tỉnh Quảng Ninh tổ chức Hội nghị ngành công thương",
]


@pytest.mark.parametrize("text", NOT_DOUBLE)
def test_text_with_a_few_latin_letters_is_untouched(text):
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")
