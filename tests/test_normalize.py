"""Normalisation and the offset map: the clean text extractors read, and offsets that always
point into the user's string (examples from real press defects, then hypothesis)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import vnextract
from vnextract.normalize import fold, normalize

FOLDS = [
    # (input, clean) — each a defect seen in Vietnamese press dumps
    ("Khánh Hoà", "Khánh Hòa"),                      # old-style tone placement
    ("thuỷ điện, Uỷ ban, khoẻ", "thủy điện, Ủy ban, khỏe"),
    ("hoàng, ngoài, quỷ, quý", "hoàng, ngoài, quỷ, quý"),  # closed syllables and "qu" onset untouched
    ("Nghị định 111/2015/NÐ-CP", "Nghị định 111/2015/NĐ-CP"),  # U+00D0 look-alike
    ("QĐ\u2013TTg \u2014 7\u20138%", "QĐ-TTg - 7-8%"),  # en/em dashes
    ("\u201cVề đích\u201d", '"Về đích"'),
    ("28\u00a0tỉnh", "28 tỉnh"),                        # NBSP
    ("Bộ\u200b Công\u200dThương", "Bộ CôngThương"),     # zero-width characters dropped
    ("dòng 1\r\ndòng 2\rdòng 3", "dòng 1\ndòng 2\ndòng 3"),
    ("NĐ-СР", "NĐ-CP"),                                  # Cyrillic С and Р
    ("１２３", "123"),                                     # fullwidth digits
]


@pytest.mark.parametrize("raw,clean", FOLDS)
def test_fold(raw, clean):
    assert fold(raw) == clean


def test_nfd_folds_to_nfc():
    s = "Quảng Ninh, Hòa Bình, Đắk Lắk"
    assert fold(unicodedata.normalize("NFD", s)) == s


def test_span_maps_back_to_original():
    raw = unicodedata.normalize("NFD", "Tại tỉnh Khánh Hoà,\u200b\r\nNÐ-CP")
    n = normalize(raw)
    i = n.clean.index("Khánh Hòa")
    s, e, t = n.span(i, i + len("Khánh Hòa"))
    assert t == raw[s:e]
    assert unicodedata.normalize("NFC", t) == "Khánh Hoà"
    j = n.clean.index("NĐ-CP")
    s, e, t = n.span(j, j + 5)
    assert t == "NÐ-CP"


def test_clean_text_is_identity_object_when_nothing_to_fold():
    text = "Bộ Công Thương phối hợp với tỉnh Quảng Ninh."
    assert normalize(text).clean is text


# --- properties -------------------------------------------------------------------------------

VIET = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐÐ"
NASTY = " \n\r\t\u00a0\u200b\u200d\ufeff\u00ad\u2013\u2014\u201c\u201d.,;:/()%-0123456789\u0300\u0301\u0309\u0303\u0323"
text_strategy = st.text(alphabet=st.sampled_from(list(VIET + VIET.upper() + NASTY)), max_size=300) | st.text(max_size=200)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_every_span_maps_into_original(text):
    n = normalize(text)
    for a in range(0, len(n.clean) + 1, max(1, len(n.clean) // 17)):
        for b in (a, a + 1, a + 5, len(n.clean)):
            if b > len(n.clean) or b < a:
                continue
            s, e, t = n.span(a, b)
            assert 0 <= s <= e <= len(text)
            assert text[s:e] == t



def test_same_offsets_when_no_edit_changes_a_length():
    # curly quotes and en dashes made plain, an old-style tone moved: every offset stays
    n = normalize("\u201cKhánh Hoà\u201d tăng 7\u20138%")
    assert n.clean == '"Khánh Hòa" tăng 7-8%' and n.same_offsets
    assert n.span(1, 10) == (1, 10, "Khánh Hoà")
    # a decomposed letter or a dropped zero-width space shifts what follows
    assert not normalize(unicodedata.normalize("NFD", "Hòa Bình")).same_offsets
    assert not normalize("Bộ\u200b Công Thương").same_offsets


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_same_offsets_shortcut_is_what_the_pieces_give(text):
    import dataclasses
    n = normalize(text)
    slow = dataclasses.replace(n, same_offsets=False)
    if n.clean is n.original:
        return
    for a in range(0, len(n.clean) + 1):
        assert n.to_clean(a) == slow.to_clean(a)
        for b in (a, a + 1, a + 7, len(n.clean)):
            if b <= len(n.clean):
                assert n.span(a, b) == slow.span(a, b)

@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_extract_never_fails_and_offsets_exact(text):
    art = vnextract.extract(text)
    assert art.text == text
    for group in (art.paragraphs, art.sentences, art.spans()):
        for r in group:
            assert text[r.start:r.end] == r.text
    for ind in art.indicators:
        for part in (ind.quantity, ind.change, ind.period):
            if part is not None:
                assert text[part.start:part.end] == part.text


SENTENCES = [
    "Ngày 28/7, tại thành phố Hạ Long (tỉnh Quảng Ninh), Bộ Công Thương phối hợp với tỉnh Quảng Ninh tổ chức Hội nghị.",
    "Chính phủ sớm sửa đổi, bổ sung Nghị định số 111/2015/NĐ-CP ngày 03/11/2015 của Chính phủ.",
    "Tổng kim ngạch xuất khẩu của 28 tỉnh, thành phía Bắc 6 tháng đầu năm 2023 ước đạt 98,6 tỷ USD, giảm 6,1% so với cùng kỳ.",
    "Ông Cao Tường Huy, Quyền Chủ tịch UBND tỉnh Khánh Hòa chia sẻ tại hội nghị.",
    "Thứ trưởng Bộ Công Thương Phan Thị Thắng phát biểu, thủy điện Hòa Bình đạt 1.132 MW.",
]


def _records(art):
    out = []
    for name in ("legal_refs", "provinces", "organizations", "officials", "quantities", "dates", "indicators"):
        for r in getattr(art, name):
            d = r.model_dump(mode="json", exclude={"start", "end", "text", "mentions", "quantity", "change", "period"})
            out.append((name, tuple(sorted((k, str(v)) for k, v in d.items()))))
    return out


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4),
       st.sampled_from(["NFD", "old-tones", "crlf-nbsp-zw"]))
def test_decomposed_or_dirty_input_gives_same_records(parts, how):
    clean = "\n".join(parts)
    if how == "NFD":
        dirty = unicodedata.normalize("NFD", clean)
    elif how == "old-tones":
        dirty = clean.replace("Hòa", "Hoà").replace("thủy", "thuỷ")
    else:
        dirty = clean.replace("\n", "\r\n").replace(" tỉnh", "\u00a0tỉnh").replace("Bộ", "B\u200bộ")
    a, b = vnextract.extract(clean), vnextract.extract(dirty)
    assert _records(a) == _records(b)
    assert len(a.spans()) == len(b.spans())
    for ra, rb in zip(a.spans(), b.spans()):
        assert dirty[rb.start:rb.end] == rb.text
        assert fold(rb.text) == fold(ra.text)  # the same words, at their place in the dirty text


def test_special_characters_trigger_every_edit():
    """normalize() tries its edits only at the characters _SPECIAL_CHAR finds (and one before,
    for a base letter with combining marks): every character an edit can start with, or a
    combining mark, must be one of them, over all of Unicode."""
    from vnextract import normalize as nz

    missed = []
    for cp in range(0x110000):
        c = chr(cp)
        if (nz._SPECIAL.match(c) or nz._SPECIAL.match("a" + c)) and not nz._SPECIAL_CHAR.match(c):
            missed.append(hex(cp))
    assert missed == []
    # and the plain letters of Vietnamese text are not among them
    assert not nz._SPECIAL_CHAR.search("Thủ tướng Chính phủ Phạm Minh Chính: Quảng Ninh, Đắk Lắk 28%")


def test_old_style_pairs_are_the_only_starts():
    """Old-style tone placement is tried only at the pairs _OLD_STYLE_PAIR finds."""
    from vnextract import normalize as nz

    vowels = "aàáảãạeèéẻẽẹyỳýỷỹỵ"
    for first in "oOuUqQ":
        for second in vowels + vowels.upper():
            s = first + second
            if nz._OLD_STYLE.match(s + " "):
                assert nz._OLD_STYLE_PAIR.match(s), s


def test_open_pairs_are_the_pairs_before_no_letter():
    """_old_style_starts (_OPEN_PAIR, the letter test made by the engine) gives the pairs of
    _OLD_STYLE_PAIR not followed by a letter of alphabet.LETTERS, as a Python test of each gave."""
    from vnextract import alphabet
    from vnextract import normalize as nz

    texts = ["Hoà bình, khoẻ, thuỷ lợi, toàn quốc, hoạt động, Uỷ ban, hoà", "oà", "oàn", "hoà\nhoà.",
             "OÀ OÁn uý uýt uý1 oẹ\u0301 oà\u00e0", ""]
    root = Path(__file__).resolve().parents[1]
    texts += [p.read_text(encoding="utf-8") for p in sorted(root.glob("corpora/dev/*.txt"))]
    for text in texts:
        want = [m.start() for m in nz._OLD_STYLE_PAIR.finditer(text) if text[m.start() + 2:m.start() + 3] not in alphabet.LETTERS]
        assert list(nz._old_style_starts(text)) == want


def test_one_table_makes_the_pattern_and_the_edits():
    """_SPECIAL's single-character classes and _replace() are both made from _CHAR_EDITS: every
    character the table lists is matched alone, and becomes what its kind says."""
    from vnextract import normalize as nz

    for c, clean in nz._CHAR_EDIT.items():
        m = nz._SPECIAL.match(c + "a")
        assert m is not None and m.group() == c, hex(ord(c))
        assert nz._replace(c) == clean
    assert [nz._replace(c) for c in "\u00a0\u2013\u00d0\u0410\uff21\u200b\u201c\u2019\r"] == \
        [" ", "-", "Đ", "A", "A", "", '"', "'", "\n"]


ODD_TEXTS = ["Giá vàng … 30°C • α-Ω", "số \u0663\u0664 và 12", "Hoa\u0301 Bi\u0300nh, NÐ-CP, １２３ Ａ", "ǅ Ⱥ İ ſ 𝐀 𝟙 Ⅻ",
             "Ｈà Nội\u2013 \u201cxin\u201d \u00a0", "\u0301đầu", "хин CPCP Ꙁ", ""]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy | st.text(alphabet=st.sampled_from(list(VIET + NASTY + "…°•αΩ٣𝟙ⅫǅȺİſАСхЅ１Ａ\u0345\U0001D400")), max_size=80))
def test_odd_holds_the_clean_characters_outside_the_plain_classes(text):
    n = normalize(text)
    assert {c for c in n.clean if _special_char(c)} <= n.odd


def _special_char(c):
    from vnextract import normalize as nz

    return nz._SPECIAL_CHAR.match(c) is not None


def test_odd_on_press_text_and_odd_characters():
    # what scan.Starts(odd=...) reads: a superset of the clean text's characters outside the
    # plain classes, and those are all outside scan._PLAIN_TEXT's (every code point)
    from vnextract import scan

    root = Path(__file__).resolve().parents[1]
    texts = ODD_TEXTS + [p.read_text(encoding="utf-8") for p in sorted(root.glob("corpora/dev/*.txt"))]
    for text in texts:
        n = normalize(text)
        assert {c for c in n.clean if _special_char(c)} <= n.odd, text[:40]
    assert all(_special_char(chr(cp)) for cp in range(0x110000)
               if not 0xD800 <= cp < 0xE000 and chr(cp) not in scan._PLAIN_TEXT)
