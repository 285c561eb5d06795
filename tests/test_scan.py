"""Triggers (scan.py) give exactly what the plain patterns give.

Each costly pattern is tried only where its trigger says a match can start; these tests run
every such pattern both ways over the corpus articles (corpora/*.txt, corpora/dev/*.txt) and
over hand-written press sentences and defects, and compare the matches. A pattern edited
without its trigger fails here.
"""

from __future__ import annotations

import pathlib

import pytest
import regex

from vnextract import dates, legal_refs, normalize, officials, organizations, quantities, scan
from vnextract.pipeline import build_doc

ROOT = pathlib.Path(__file__).resolve().parents[1]
CORPUS = sorted((ROOT / "corpora").glob("*.txt")) + sorted((ROOT / "corpora" / "dev").glob("*.txt"))

# Written for these tests: the shapes each trigger must not miss (case, glued words, numbers
# inside identifiers, words after digits or "&").
SENTENCES = [
    "NGÀY 28/7/2023, Bộ Công Thương tổ chức hội nghị; Từ 16-22/4 và từ ngày 1 đến ngày 5/5.",
    "Trong 9 tháng, kim ngạch đạt 98,6 tỷ USD. 6 tháng đầu năm nay, quý III/2024, nửa đầu năm.",
    "Tổng mức bán lẻ hàng hóa 9 tháng ước đạt 4.000 nghìn tỷ đồng; cùng kỳ năm trước, tháng trước.",
    "giai đoạn 2021-2025, năm 2020 và 2021, Từ 2011 đến nay, cuối năm, cả năm 2023, những tháng cuối năm 2020.",
    "Phó Thủ tướng Chính phủ Trần Hồng Hà, nguyên Bộ trưởng, Quyền Chủ tịch UBND tỉnh Quảng Ninh.",
    "A5Bộ Tài chính, X&Sở KH&CN, 5Bộ Công Thương, (UBND TP.HCM), phòng CSGT (CA tỉnh), Công an Hà Nội.",
    "siêu thị OceanMart, hãng tin Reuters, Tổng Giám đốc NTT East Inoue Fukuzo, CEO Samsung Electronics.",
    "Nghị định 23/2020, Nghị định số 52/2013, NĐ 111/2015, nghị định 23, Thông tư số 01/2021/TT-BCT.",
    "hai mươi lăm tấn, một triệu rưỡi đồng, Ba nghìn người, MƯỜI HAI tỷ, 5tỷUSD, 43.489ha.",
    "ſáu tháng đầu năm, İstanbul ngày 3/4, ıx tháng, Kelvin \u212a, NĐ-СР, Hoà Bình, thuỷ điện.",
]


def _texts():
    out = [build_doc(p.read_text(encoding="utf-8")).clean for p in CORPUS]
    return out + SENTENCES + ["\n".join(SENTENCES)]


TEXTS = _texts()


def _spans(ms):
    return [m.span() for m in ms]


@pytest.mark.parametrize("kind,trigger,pattern", dates._PATTERNS, ids=[k for k, _, _ in dates._PATTERNS])
def test_date_triggers(kind, trigger, pattern):
    for text in TEXTS:
        got = _spans(scan.finditer_at(pattern, scan.Starts(text)(trigger), text))
        assert got == _spans(pattern.finditer(text)), (kind, text[:80])


def test_title_and_legal_triggers():
    for text in TEXTS:
        st = scan.Starts(text)
        tr = officials._title_re()
        assert _spans(scan.finditer_at(tr, st(officials._title_trigger()), text)) == _spans(tr.finditer(text))
        sr = legal_refs._short_after_word()
        assert _spans(scan.finditer_at(sr, st(legal_refs._short_trigger()), text)) == _spans(sr.finditer(text))


def test_organization_triggers():
    t = organizations._tables()
    fw = organizations._first_words()
    for text in TEXTS:
        st = scan.Starts(text)
        for pattern, starts in [
            (t.named, st.cap_words_in(fw["named"], ignorecase=True)),
            (t.council, st.cap_words_in(fw["council"])),
            (t.police, st.cap_words_in(fw["council"])),
            (t.heads, st.cap_words_in(fw["heads"])),
            (t.lower_heads, st(organizations._LOWER_HEAD_WORDS)),
            (t.company_cue, st(organizations._COMPANY_CUE_WORDS)),
            (t.company_title, st(organizations._COMPANY_TITLE_WORDS)),
        ]:
            assert _spans(scan.finditer_at(pattern, starts, text)) == _spans(pattern.finditer(text)), pattern.pattern[:60]


def test_number_word_trigger():
    words_re = quantities._regexes()[5]
    for text in TEXTS:
        got = scan.finditer_at(words_re, scan.Starts(text)(quantities._first_number_words()), text)
        assert _spans(got) == _spans(words_re.finditer(text))


def test_first_character_patterns_match_as_the_whole():
    _units, unit_re, unit_ci, noun_re, scale_re, *_ = quantities._regexes()
    for text in TEXTS:
        for p in range(len(text)):
            for by in (unit_re, unit_ci, noun_re, scale_re):
                a, b = by.match(text, p), by.full.match(text, p)
                assert (a and a.span()) == (b and b.span()), (text[p:p + 20])


def test_normalize_triggers():
    raw = [p.read_text(encoding="utf-8") for p in CORPUS[:3]] + SENTENCES
    import unicodedata
    raw += [unicodedata.normalize("NFD", s) for s in raw] + [s.replace("\n", "\r\n") for s in raw]
    for text in raw:
        got = scan.finditer_at(normalize._SPECIAL, normalize._before_and_at(normalize._SPECIAL_CHAR, text), text)
        assert _spans(got) == _spans(normalize._SPECIAL.finditer(text))
        pairs = (m.start() for m in normalize._OLD_STYLE_PAIR.finditer(text))
        assert normalize._sub_at(normalize._OLD_STYLE, normalize._move_tone, pairs, text) == \
            normalize._OLD_STYLE.sub(normalize._move_tone, text)


def test_starts_lower_case_copy_and_fallback():
    # the lower-cased copy finds "Ngày"/"NGÀY"; with a Turkish dotless i the regex engine is asked
    assert scan.Starts("Ngày 5, NGÀY 6, ngàyy").of("ngày") == [0, 8, 16]
    assert scan.Starts("ıx NGÀY").of("ngày") == [3]
    assert regex.compile("ngày", regex.IGNORECASE).search("ıx NGÀY").start() == 3


def _found(text: str, word: str) -> list[int]:
    low, out = scan.caseless_lower(text), []
    if low is None:  # the regex engine is asked (test_starts_lower_case_copy_and_fallback)
        return [m.start() for m in regex.finditer(regex.escape(word), text, regex.IGNORECASE, overlapped=True)]
    p = low.find(word)
    while p >= 0:
        out.append(p)
        p = low.find(word, p + 1)
    return out


def test_starts_index_finds_what_find_finds():
    # a text asked many words reads them from one index (scan._words_index): every occurrence,
    # inside words and overlapping ones included, as a str.find loop gives them
    words = ["ngày", "tháng", "năm", "bộ", "ana", "nana", "a", "đ", "ương", "công", "thương", "tỷ",
             "quý", "chủ", "tịch", "ủy", "ban", "x"]
    # (characters outside the BMP before a word: the automaton counts code points as str does)
    for text in TEXTS + ["banana nanana, ĐÔNG đông;bộbộ\tXx\u00a0năm", "", "😀𝕏 năm 12 ngày😀tháng"]:
        for rounds in range(2):  # the second text of a word is read from an index holding it
            starts = scan.Starts(text)
            for w in words:
                assert starts.of(w) == _found(text, w), (w, text[:40])
            assert starts._index is not None or starts.lowered() is None
    assert set(words) <= set(scan._VOCAB)
    assert "" not in scan._VOCAB and scan.Starts("ab c").of("") == [0, 1, 2, 3, 4]  # not a word


def test_starts_share_index_reads_what_its_own_reads():
    # a Starts that shares another's lowered text and index (the pipeline's bounded Starts after
    # published.py's) gives every trigger what a Starts of its own gives, asked before or after
    # the other built its index, and a subclass's check of what is asked still runs
    triggers = ["ngày", "tháng|năm|bộ", "zzqy", scan.DIGIT_RUNS, "ana|" + scan.DIGIT_RUNS, "Bộ"]
    for text in TEXTS + ["banana nanana, ĐÔNG đông;bộbộ 12 năm", "", "ıx NGÀY 5"]:
        for asked in ([], ["ngày"], ["tháng|năm|bộ", "ana"]):
            other = scan.Starts(text, index_after=0)
            for t in asked:
                other(t)
            starts = scan.Starts(text)
            starts.share_index(other)
            for t in triggers:
                assert list(starts(t)) == list(scan.Starts(text)(t)), (t, text[:40])
                assert list(starts(t, ignorecase=False)) == list(scan.Starts(text)(t, ignorecase=False))

    class Counted(scan.Starts):
        def of(self, word, ignorecase=True):
            self.asked.append(word)
            return super().of(word, ignorecase)

    other = scan.Starts("ngày 5 tháng 6", index_after=0)
    other("ngày|tháng")
    counted = Counted("ngày 5 tháng 6")
    counted.asked = []
    counted.share_index(other)
    assert counted("ngày|tháng") == [0, 7] and counted.asked == ["ngày", "tháng"]
    with pytest.raises(ValueError):
        scan.Starts("x").share_index(other)


def test_bounded_starts_checks_what_the_index_gives_as_of_does():
    # the pipeline's bounded Starts reads a trigger's alternatives from the index at once (each,
    # self(trigger)) and refuses the first over its limit, with the message its of() gives
    from vnextract import errors, pipeline

    trigger = "tháng|bộ|ngày|" + scan.DIGIT_RUNS
    text = "ngày 5 tháng 6 " * 3 + "Bộ Công an, bộ ngành; " * 5
    for limit in (2, 4, 6, 100):
        want = []
        for w in trigger.split("|"):  # of() asked word by word, as before the index is read at once
            try:
                want.append(pipeline._BoundedStarts(text, limit).of(w))
            except errors.TooLargeError as e:
                want = str(e)
                break
        for ask in ("each", "call"):
            other = scan.Starts(text, index_after=0)
            other("ngày")  # builds its index
            starts = pipeline._BoundedStarts(text, limit)
            starts.share_index(other)
            try:
                got = starts.each(trigger) if ask == "each" else starts(trigger)
            except errors.TooLargeError as e:
                got = str(e)
            assert starts._index is not None
            if isinstance(want, str):
                assert got == want, (limit, ask)
            elif ask == "each":
                assert [list(p) for p in got] == want
            else:
                assert got == sorted(p for w in want for p in w)


def test_starts_each_reads_each_alternative_as_of():
    # Starts.each: one list per alternative, what of() gives for it, from the index or not
    trigger = "ngày|tháng|năm|bộ|ana|zzqy|" + scan.DIGIT_RUNS
    for text in TEXTS + ["banana nanana, ĐÔNG đông;bộbộ 12 năm", "", "ıx NGÀY 5"]:
        for after in (0, 8):
            starts = scan.Starts(text, index_after=after)
            want = [scan.Starts(text).of(w) for w in trigger.split("|")]
            assert [list(p) for p in starts.each(trigger)] == want, text[:40]
            assert [list(p) for p in starts.each(trigger)] == want, text[:40]  # the index built now


@pytest.mark.parametrize("trigger,flat,lowered", [
    (lambda: officials._title_trigger(), lambda: officials._title_begins(), True),
    (lambda: organizations._COMPANY_CUE_WORDS, lambda: organizations._COMPANY_CUE_STARTS, False),
    (lambda: organizations._COMPANY_TITLE_WORDS, lambda: organizations._COMPANY_TITLE_STARTS, True),
    (lambda: organizations._LOWER_HEAD_WORDS, lambda: organizations._lower_head_starts(), False),
], ids=["titles", "company_cue", "company_title", "lower_heads"])
def test_starts_opening_keeps_what_the_merged_test_keeps(trigger, flat, lowered):
    # Starts.opening (each word's places against its own openings, scan.openings_by_word) keeps
    # the places the merged trigger's test against all the openings keeps
    trigger, flat = trigger(), tuple(flat())
    by_word = scan.openings_by_word(trigger, flat)
    odd = ["Bộ trưởng, BAN Tổng cục, phòng CSGT, Công ty, CÔNG TY, siêu thị Ban, tổng cục Thuế, ngườii"]
    for text in TEXTS + odd:
        starts = scan.Starts(text, index_after=0)
        if not starts.caseless_ok():
            continue  # (the callers read the merged trigger there)
        hay = starts.lowered() if lowered else text
        want = [p for p in starts(trigger) if hay.startswith(flat, p)]
        assert starts.opening(trigger, by_word, hay) == want, text[:40]


def test_starts_index_reads_runs_of_digits_as_the_regex_engine_does():
    # the runs of digits ("\\d+") come from the same index once it is built (index_after=0 builds
    # it at the first ask): the same starts as a scan of the whole text, Unicode digits included
    import regex

    for text in TEXTS + ["12 ab\u0663\u0664 5\t6\n7 x1y22  2017", "  1  2 ", "", "\u0661\u0662 3", "İ 12 34"]:
        expected = [m.start() for m in regex.finditer(r"\d+", text)]
        for after in (0, 8):
            starts = scan.Starts(text, index_after=after)
            assert starts.of(scan.DIGIT_RUNS) == expected == starts.of(scan.DIGIT_RUNS, ignorecase=False)
            assert starts(scan.DIGIT_RUNS + "|năm") == sorted(expected + _found(text, "năm"))


def test_starts_index_full_leaves_new_words_to_find(monkeypatch):
    # past _VOCAB_MAX words the index takes no more: a new word is searched with str.find
    monkeypatch.setattr(scan, "_VOCAB_MAX", len(scan._VOCAB))
    text = TEXTS[0]
    starts = scan.Starts(text)
    words = [f"{w}q" for w in "abcdefghijk"] + ["ngày", "tháng", "zzqz", "năm"]
    for w in words:
        assert starts.of(w) == _found(text, w)
    assert "zzqz" not in scan._VOCAB


def test_qualifiers_search_starts_after_the_last_foreign_character():
    from vnextract.indicators import words as indicators

    for text in TEXTS:
        for i in range(0, len(text) + 1, 37):
            piece = text[max(0, i - 300):i]
            assert indicators._qualifiers_at_end(piece).span() == indicators._QUALIFIERS.search(piece).span()
    for piece in ["ước đạt ", "tăng khoảng gần ", "ƯỚC TÍNH ", "con  số", "xấp xỉ\n", "ıt nhất ", ""]:
        assert indicators._qualifiers_at_end(piece).span() == indicators._QUALIFIERS.search(piece).span()


# Written for these tests: spaces and line breaks around the words the bounded patterns expect.
SPACED = [
    "Trong 9   tháng đầu\nnăm 2023, ngày  28 / 7 / 2023; 6 tháng\t\tcuối năm; quý  III/2024.",
    "9 tháng" + " " * scan.SPACE_RUN_MAX + "đầu năm 2020 và 9 tháng" + " " * (scan.SPACE_RUN_MAX + 1) + "đầu năm 2021.",
]


@pytest.mark.parametrize("kind,trigger,pattern", dates._PATTERNS, ids=[k for k, _t, _p in dates._PATTERNS])
def test_bounded_spaces_match_as_the_original(kind, trigger, pattern):
    """scan.bounded() gives the original's matches on texts with no longer whitespace run."""
    fast = scan.bounded(pattern)
    assert fast.pattern != pattern.pattern or r"\s+" not in pattern.pattern
    for text in _texts() + SPACED:
        got = scan.Starts(text).fast(pattern)
        assert (got is fast) == scan.short_spaces(text)
        assert [m.span() for m in got.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_bounded_keeps_classes_comments_and_escapes():
    """Only a bare \\s+ / \\s* is bounded: not inside a class, a comment or after a backslash."""
    src = regex.compile(r"""[\s+]\s+x\\s+ # a comment \s+ [
        \s*?y""", regex.VERBOSE)
    assert scan.bounded(src).pattern == r"""[\s+]\s{1,%d}x\\s+ # a comment \s+ [
        \s{0,%d}?y""" % (scan.SPACE_RUN_MAX, scan.SPACE_RUN_MAX)
    assert not scan.short_spaces(SPACED[1]) and scan.short_spaces(SPACED[0])


# may_end_with: windows before figures in corpora/*.txt and corpora/dev/*.txt (and variants with
# tabs, newlines, masks and odd letters); it may say True where the pattern finds nothing, never
# False where the pattern matches.
_QUAL_WORDS = ("khoảng", "ước tính", "hơn", "không quá")
_QUAL = regex.compile(r"(?:^|[^\p{L}])(?:khoảng|ước\s+tính|hơn|không\s+quá)\s*$", regex.IGNORECASE)
_END_CASES = [
    ("kim ngạch xuất khẩu ước đạt khoảng ", True),
    ("tổng vốn đầu tư ước tính ", True),
    ("thu hút hơn\n", True),
    ("thu hút Hơn ", True),
    ("mức tăng không   quá ", True),  # several spaces inside the cue
    ("lợi nhuận đạt ", False),
    ("tăng trưởng GRDP đạt mức ", False),
    ("giảm \x00\x00\x00 còn ", False),
    ("chừng khoảng\t", True),  # a tab: the pattern decides
    ("\u0130 khoảng ", True),  # a Turkish capital I before the cue: only the end is read
]


@pytest.mark.parametrize("window,maybe", _END_CASES)
def test_may_end_with(window, maybe):
    words = scan.last_words(_QUAL_WORDS)
    assert scan.may_end_with(window, words) is maybe
    if _QUAL.search(window):
        assert maybe


def test_may_end_with_last_character_first():
    # last_words gives a Tails: a last character no word ends with answers False at once, even
    # after a character the tail's test cannot read ("\u0130"), where a plain tuple says True
    words = scan.last_words(_QUAL_WORDS)
    assert isinstance(words, scan.Tails) and words.maxlen == len("khoảng")
    assert not scan.may_end_with("\u0130 đạt ", words)
    assert scan.may_end_with("\u0130 đạt ", tuple(words))
    assert scan.may_end_with("Tổng KHOẢNG ", words) and scan.may_end_with("tăng hơn", words)
    assert not scan.may_end_with("KHOẢNG ", scan.last_words(["khoảng"], ignorecase=False), ignorecase=False)


def test_may_end_with_tails_agree_with_the_pattern_on_corpus_windows():
    # every window before a digit in the corpus, and its end cut a character at a time: False
    # only where the pattern finds nothing; the same answer as the plain tuple wherever the
    # tail is plain
    words = scan.last_words(_QUAL_WORDS)
    text = " ".join(p.read_text(encoding="utf-8") for p in CORPUS)
    seen = 0
    for m in regex.finditer(r"\d+", text):
        for cut in range(0, 4):
            window = text[max(0, m.start() - 30):m.start() - cut]
            fast = scan.may_end_with(window, words)
            if not fast:
                assert not _QUAL.search(window)
            tail = window.rstrip(" \n")[-words.maxlen:]
            if scan.plain_lower(tail) is not None:
                assert fast == scan.may_end_with(window, tuple(words))
            seen += 1
    assert seen > 1000


ODD = ["Giá vàng … 30°C • α-Ω Ωmega", "số \u0663\u0664 và 12, ٣ năm", "Hòa Bình NĐ-CP 123 A", "ǅa Ⱥb İc 𝐀d 𝟙 Ⅻ",
       "a\u0301b Á\u0301c", "ΑΒΓ 12 xin", "Хин 3 ꙀB", "1 2 Q", "", "…"]


@pytest.mark.parametrize("lowered", [False, True])
def test_starts_with_odd_reads_capitalised_words_and_digits_as_the_engine_does(lowered):
    # Starts(odd=...) (the characters outside _PLAIN_TEXT, as normalize lists them) finds the
    # capitalised words and the runs of digits with the plain-text patterns where no odd character
    # is a letter, a mark or a digit: the same matches as _CAP_WORD and \d+ give
    texts = TEXTS + ODD + [a + " " + b for a in ODD for b in SENTENCES[:3]]
    plain = 0
    for text in texts:
        n = normalize.normalize(text)
        clean = n.clean.lower() if lowered else n.clean
        odd = {c for c in clean if c not in scan._PLAIN_TEXT} | (set(n.odd) if not lowered else set())
        starts = scan.Starts(clean, index_after=0, odd=odd)
        assert starts.cap_words() == [(m.start(), m.group()) for m in scan._CAP_WORD.finditer(clean)], text[:40]
        assert starts.of(scan.DIGIT_RUNS) == [m.start() for m in regex.finditer(r"\d+", clean)], text[:40]
        plain += starts._plain_cap is not None and starts._plain_digits is not None
    assert plain > len(TEXTS)  # the plain-text patterns are read on press text


def test_plain_text_patterns_read_each_plain_character_as_the_engine_does():
    cap, digits = scan._plain_text_patterns()
    first, rest = regex.compile(scan._CAP_FIRST), regex.compile(scan._CAP_REST)
    for c in sorted(scan._PLAIN_TEXT):
        assert (cap.fullmatch(c) is not None) == (first.fullmatch(c) is not None), repr(c)
        assert (cap.fullmatch("A" + c) is not None) == (rest.fullmatch(c) is not None), repr(c)
        assert (digits.fullmatch(c) is not None) == (regex.fullmatch(r"\d", c) is not None), repr(c)


def test_odd_characters_may_come_as_any_iterable():
    """Starts(odd=...) reads the odd characters twice (letters, then digits): a generator holding
    Arabic-Indic digits must still keep the general digit pattern, which finds "٢٠١٧" too."""
    from vnextract import scan

    text = "Năm ٢٠١٧ và năm 2017, kim ngạch đạt 843,5 nghìn tỷ đồng"
    starts = scan.Starts(text, odd=(c for c in "٢٠١٧"))
    assert starts.of(scan.DIGIT_RUNS) == [4, 16, 36, 40]


def test_the_pipeline_hands_normalize_odd_characters_to_the_index():
    """build_doc (and Doc.starts' fallback, for a Doc made without its index) pass
    Normalized.odd alone to Starts: on press text and on text with Greek, Cyrillic, Arabic-Indic
    or mathematical letters and digits, the capitalised words and digit runs are those the
    general patterns find."""
    from vnextract import pipeline

    for text in TEXTS + ODD + [a + " " + b for a in ODD for b in SENTENCES[:3]]:
        doc = pipeline.build_doc(text)
        for starts in (doc.starts, _fallback_starts(doc)):
            assert starts.cap_words() == [(m.start(), m.group()) for m in scan._CAP_WORD.finditer(doc.clean)], text[:40]
            assert starts.of(scan.DIGIT_RUNS) == [m.start() for m in regex.finditer(r"\d+", doc.clean)], text[:40]


def _fallback_starts(doc):
    doc._starts = None
    return doc.starts
