"""Naughty inputs: bad input gets a clear error or an empty result, never a crash or a hang.

The hang guard runs each case in a subprocess with a generous wall-clock limit: it catches
catastrophic back-tracking (minutes), it is not a speed test (speed lives in benchmarks/).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

import vnextract
from vnextract import DecodeError, InputError


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\t \u00a0\u200b", "\ufeff"])
def test_empty_and_whitespace(text):
    art = vnextract.extract(text)
    assert art.text == text and art.paragraphs == [] and art.quantities == []


def test_lone_surrogates_do_not_crash():
    text = "Giá tăng \ud800 5% \udfff."
    art = vnextract.extract(text)
    assert art.text == text
    for r in art.spans():
        assert text[r.start:r.end] == r.text


def test_wrong_type_is_a_clear_error():
    with pytest.raises(InputError, match="str or bytes"):
        vnextract.extract(12345)


def test_bad_published_is_a_clear_error():
    with pytest.raises(InputError, match="published"):
        vnextract.extract("Ngày 28/7", published="tomorrow")


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    b"%PDF-1.7\n" + bytes(range(256)) * 4,
    bytes(range(256)) * 40,
    b"\x00\x01\x02\x03" * 1000,
])
def test_binary_bytes_raise_decode_error(data):
    with pytest.raises(DecodeError) as exc:
        vnextract.extract(data)
    assert str(exc.value)  # says what was found
    assert isinstance(exc.value, ValueError)


def test_bytes_decode_as_utf8_and_utf16():
    s = "Bộ Công Thương phối hợp với tỉnh Quảng Ninh tổ chức Hội nghị."
    assert vnextract.extract(s.encode("utf-8")).text == s
    assert vnextract.extract(b"\xef\xbb\xbf" + s.encode("utf-8")).text == s
    assert vnextract.extract(s.encode("utf-16")).text == s


NAUGHTY = {
    "twenty_mb": "(open('corpora/ttxvn-2023-07-28-hoi-nghi-cong-thuong.txt', encoding='utf-8').read() * 2600)",
    "digits": "'1' * 20000",
    "parens": "'(' * 10000",
    "dots": "'.' * 100000",
    "ellipses": "'…' * 50000",
    "slashes": "'1/' * 50000",
    "dashes": "'-' * 100000",
    "caps": "'A ' * 50000",
    "abbrev": "'TP. ' * 30000",
    "number_groups": "'1.000.' * 20000",
    "glued_units": "'5tỷUSD' * 20000",
    "titles": "'Bộ trưởng ' * 10000",
    "html_soup": "'<div><p>Giá <b>tăng</b> 5%</p></div>' * 5000",
}


@pytest.mark.parametrize("name", sorted(NAUGHTY))
def test_naughty_inputs_finish(name):
    code = textwrap.dedent(f"""
        import vnextract
        text = {NAUGHTY[name]}
        art = vnextract.extract(text)
        bad = [r for r in art.spans() if text[r.start:r.end] != r.text]
        assert not bad, bad[:3]
        print(len(text), len(art.paragraphs))
    """)
    limit = 240 if name == "twenty_mb" else 60
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=limit,
                          cwd=__import__("pathlib").Path(__file__).resolve().parents[1])
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_edits_bound_is_at_most_one_and_a_half_times_the_length():
    # extract(max_records=...) counts the edits (pipeline._edits_bound) only for a text whose
    # length could reach the limit: the count of single characters and of pairs is at most
    # len + len // 2, on any text
    import random

    from vnextract import pipeline

    rng = random.Random(7)
    alphabet = "oOuUàáẠèẺyýỵ a\t\u00a0\u0301\u200b\u201c\u2013\n\r\u0410Đ\ufe0f😀"
    texts = ["", "oà", "oàoà", "\t" * 9, "hoà " * 5, "oà\u00a0" * 7]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 40))) for _ in range(3000)]
    for text in texts:
        assert pipeline._edits_bound(text) <= len(text) + len(text) // 2, text
