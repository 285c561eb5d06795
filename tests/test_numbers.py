"""Vietnamese number parsing: digits with "." thousands and "," decimals, and number words."""

import math

import pytest
from hypothesis import given, settings, strategies as st

from vnextract.numbers import parse_digits, parse_words

# Figures as written in the corpus articles (TTXVN 2023-07-28, dev/005, dev/034) and GSO releases.
DIGITS = [
    ("43.489", {}, 43489),
    ("28,8", {}, 28.8),
    ("1.196,4", {}, 1196.4),
    ("478.020,733", {}, 478020.733),
    ("917.289", {}, 917289),
    ("64 .000", {}, 64000),            # odd spacing seen in press copy
    ("2.157", {}, 2157),
    ("1092", {}, 1092),
    ("441,857", {}, 441.857),          # decimal by default
    ("33,293", {"whole": True}, 33293),  # a head count: a comma before 3 digits groups thousands
    ("100,000", {"whole": True}, 100000),
    ("1,234,567", {}, 1234567),        # English grouping, several groups
    ("12,500.75", {}, 12500.75),
    ("2.5", {}, 2.5),                  # a dot not followed by 3 digits is a decimal dot
]


@pytest.mark.parametrize("raw,kw,expected", DIGITS)
def test_parse_digits(raw, kw, expected):
    assert parse_digits(raw, **kw) == pytest.approx(expected)


@pytest.mark.parametrize("raw", ["", "abc", ",5", "1.2.3", "12,34,56"])
def test_parse_digits_rejects(raw):
    assert parse_digits(raw) is None


# Number words (Vietnamese grammar of numerals; press examples "hai mươi lăm", "một triệu tư").
WORDS = [
    ("hai mươi lăm", 25),
    ("mười lăm", 15),
    ("hai mươi mốt", 21),
    ("hai mươi tư", 24),
    ("một trăm linh năm", 105),
    ("một trăm lẻ tám", 108),
    ("năm trăm", 500),
    ("hai trăm rưỡi", 250),
    ("một triệu tư", 1_400_000),
    ("một triệu rưỡi", 1_500_000),
    ("hai nghìn ba", 2300),
    ("ba nghìn tỷ", 3e12),
    ("một tỷ hai trăm triệu", 1.2e9),
    ("chín mươi chín nghìn chín trăm chín mươi chín", 99999),
    ("hai chục", 20),
]


@pytest.mark.parametrize("words,expected", WORDS)
def test_parse_words(words, expected):
    assert parse_words(words) == pytest.approx(expected)


@pytest.mark.parametrize("words", ["mốt", "hai ba", "lăm", "một mươi", "linh năm", "xin chào"])
def test_parse_words_rejects(words):
    assert parse_words(words) is None


def vi_format(int_part: int, decimals: str) -> str:
    """Write a number the Vietnamese way: "." every three digits, "," before the decimals."""
    s = f"{int_part:,}".replace(",", ".")
    return s + ("," + decimals if decimals else "")


@given(st.integers(min_value=0, max_value=10**15),
       st.text(alphabet="0123456789", min_size=0, max_size=4))
def test_vietnamese_format_reads_back(int_part, decimals):
    written = vi_format(int_part, decimals)
    expected = float(f"{int_part}.{decimals or '0'}")
    assert math.isclose(parse_digits(written), expected, rel_tol=1e-12)


# match_digits reads a bare run of digits in Python: it must give what DIGITS_RE gives at every
# digit, on runs of figures, marks, spaces, other scripts' digits and letters
_FIGURE_TEXT = st.lists(st.sampled_from(
    ["1", "12", "123", "1234", "843,5", "43.489", "64 .000", "1,234,567", "12.5", "2.000.000",
     "1234567890123456", "99999999999999999", "٣", "３", ",", ".", " ", "  ", " .", "\n", "%", "-",
     "/", "a", "tỷ", "Đ", "\u00a0", "\t"]), max_size=25).map("".join)


@given(_FIGURE_TEXT)
def test_match_digits_is_the_digits_pattern(text):
    from vnextract.numbers import DIGITS_RE, match_digits

    for p in range(len(text)):
        m = DIGITS_RE.match(text, p)
        assert match_digits(text, p) == (None if m is None else (m.end(), m.group())), (text, p)


def test_number_words_alone_read_from_the_tsv():
    """What a number word does alone (number_words.tsv, column alone) decides the quantities' word
    sets: the digits that count a listed noun ("hai công ty"), and the words that are a figure only
    with a scale word ("năm" a year, "một" an article, "lăm" only after a ten)."""
    from vnextract import numbers, quantities

    assert {"hai", "ba", "bốn", "sáu", "bảy", "bẩy", "tám", "chín"} == quantities._COUNTING_WORDS
    assert {"một", "năm", "tư", "không", "mốt", "lăm", "nhăm", "linh", "lẻ", "chục", "trăm"} == quantities._WORDS_NEED_SCALE
    assert not numbers.words_alone("count") & numbers.words_alone("other_sense", "after_ten")


# DIGITS (the figure the extractors find) and parse_digits (its value) are held together: every
# figure DIGITS finds reads as a number in either style.
@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["1", "12", "123", "4", "0", ".", ",", " ", " .", "000", "489", "x", "%"]),
                max_size=14).map("".join))
def test_every_digits_match_parses(text):
    from vnextract.numbers import DIGITS_RE

    for m in DIGITS_RE.finditer(text):
        assert parse_digits(m.group()) is not None, m.group()
        assert parse_digits(m.group(), style="en") is not None, m.group()
