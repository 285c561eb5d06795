"""The dates fast path asks the regex engine, not a table: where a pattern can start is its own
partial match on the text's next few characters (dates._tried), so a pattern that changes
carries its fast path with it. tests/test_rules.py checks each against its pattern on the corpus
and generated text (the dates.<kind> fast paths); these check the machinery itself."""

from __future__ import annotations

from pathlib import Path

import regex

from vnextract import dates, scan

CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "dev"


def _kept(kind: str, text: str) -> list[int]:
    return dates._tries(scan.Starts(text), kind)


def test_the_window_is_asked_of_the_pattern():
    text = "Ngày 28/7, ngày mai, cùng kỳ năm trước, cùng nhau, 17.000 tấn, 9 tháng đầu năm, 9 tỷ đồng"
    assert text.index("Ngày 28/7") in _kept("dayshort", text)
    assert text.index("ngày mai") not in _kept("dayshort", text)
    assert text.index("cùng kỳ") in _kept("sameperiod", text)
    assert text.index("cùng nhau") not in _kept("sameperiod", text)
    assert text.index("17.000") not in _kept("dayshort", text)
    assert text.index("9 tháng") in _kept("nmonths", text) and text.index("9 tỷ") not in _kept("nmonths", text)


def test_a_changed_pattern_changes_its_fast_path(monkeypatch):
    # "ngày mai" read as a day: the fast path follows the pattern, no table to edit
    text = "Hội nghị diễn ra ngày mai tại Hà Nội."
    assert text.index("ngày") not in _kept("daylong", text)
    monkeypatch.setitem(dates._PATTERN_OF, "daylong", regex.compile(r"ngày\s+mai", regex.IGNORECASE))
    monkeypatch.setattr(dates, "_SEEN", {})
    dates._contexts_of.cache_clear()
    dates._askers.cache_clear()
    try:
        assert text.index("ngày") in _kept("daylong", text)
    finally:
        dates._contexts_of.cache_clear()
        dates._askers.cache_clear()


def test_a_look_behind_that_needs_a_word_is_asked_after_it():
    # "từ 16-22/4", "(4-17/9)", "năm 2020 và 2021", "so với 2015;": the number alone cannot start them
    assert dates._contexts_of("dayrange", dates._NUMBER) == ("(", "từ ")
    assert "và " in dates._contexts_of("bareyear", dates._NUMBER)
    assert dates._contexts_of("compareyear", dates._NUMBER) == ("so với ",)
    text = "Từ 2011 đến nay, xuất khẩu tăng; năm 2020 và 2021; tăng 6,8% so với 2015;"
    assert text.index("2011") in _kept("sinceyear", text)
    assert text.index("2021") in _kept("bareyear", text)
    assert text.index("2015") in _kept("compareyear", text)


def test_no_pattern_asserts_what_a_window_cannot_see():
    # partial matching reads an assertion at a window's end as "may go on", but \B as false
    for kind, _trigger, pattern in dates._PATTERNS:
        assert r"\B" not in pattern.pattern, kind


def test_only_a_bracket_opens_what_the_bracket_context_alone_opens():
    # dates._tried asks the bracket context only where the text has a "(" before the window: a
    # pattern that may start after some other character must also may after another context
    windows = ["4-17/9", "20 - 21", "2016-2", "16 đến", "2023 đ", "15 ngư", "1-2/5)", "3/2023"]
    others = sorted(scan._PLAIN - {dates._BRACKET}) + ["\n", "\x01"]
    for kind, trigger, pattern in dates._PATTERNS:
        for w in trigger.split("|"):
            contexts = dates._contexts_of(kind, w)
            if dates._BRACKET not in contexts:
                continue
            for window in windows if w == dates._NUMBER else [f"{w} 2016-2", f"{w} (4-17"]:
                if dates._may_open(kind, w, window, bracket=False):
                    continue
                for c in others:
                    assert pattern.match(c + window, 1, partial=True) is None, (kind, w, c, window)


def test_the_bracket_before_a_number_is_asked():
    text = "tại Myanmar (4-17/9), trong 2 đêm (20 - 21/5) và 4-17 người"
    kept = _kept("dayrange", text)
    assert text.index("4-17/9") in kept and text.index("20 - 21/5") in kept
    assert text.index("4-17 người") not in kept


def test_partial_is_asked_by_position():
    # dates._opened gives partial=True by position (match(string, pos, endpos, concurrent,
    # partial)): the keyword costs more; the same question
    assert regex.compile("ngày").match("ng", 0, None, None, True).partial
    for kind, _trigger, pattern in dates._PATTERNS:
        for window in ("28/7/2", "ngày 2", "2015 v", "cùng k", "17.000", "từ 16-2"):
            for pos in (0, 3):
                a = pattern.match(window, pos, None, None, True)
                b = pattern.match(window, pos, partial=True)
                assert (a is None) == (b is None) and (a is None or a.partial == b.partial), (kind, window)


def test_a_number_window_opens_what_its_digits_class_opens():
    # dates._DIGIT_CLASS: the patterns at a number read a digit as \d but in the declared numbers
    # (centuries, bare month counts), so 3-8 are read alike and a window is asked as its class
    assert {chr(k): chr(v) for k, v in dates._DIGIT_CLASS.items()} == dict.fromkeys("45678", "3")
    digits = "0123456789"
    windows = {a + b for a in digits for b in digits}
    windows |= {f"{a}{b}{c}{d}" for a in "129" for b in "09" for c in digits for d in digits}
    tails = [" tháng", " năm ", "/7/20", ".4.19", "-22/4", " đến ", "-2020", " và 2", ", 201", "/2018",
             "-1/2/", " tháng,", " tháng qua"]
    windows |= {f"{n}{t}"[:6] for n in ("1", "5", "9", "10", "11", "12", "28", "2017", "1987", "2099")
                for t in tails}
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))[:20])
    windows |= {text[p:p + 6] for p in scan.Starts(text).of(dates._NUMBER)}
    for window in sorted(windows):
        canonical = window.translate(dates._DIGIT_CLASS)
        for kind in dates._KINDS_OF[dates._NUMBER]:
            assert dates._may_open(kind, dates._NUMBER, window) == dates._may_open(kind, dates._NUMBER, canonical), \
                (kind, window)


def test_the_starts_kept_are_those_the_whole_windows_open():
    # dates._tried looks a window up by its first part (_FIRST) and by the whole window only where
    # the part opens a pattern, and a number's new window as its digits' class: the same starts
    # as asking the engine about every whole window
    for path in sorted(CORPUS.glob("*.txt"))[:12]:
        text = path.read_text(encoding="utf-8") + " (4-17/9) Từ 16-22/4"
        starts = scan.Starts(text)
        after = {i + 1 for i, c in enumerate(text) if c == dates._BRACKET}
        expected: dict[str, list[int]] = {}
        for w, (size, _shortest) in dates._SIZES.items():
            for p in starts.of(w):
                for kind in dates._opened(w, dates._KINDS_OF[w], text[p:p + size], p in after):
                    expected.setdefault(kind, []).append(p)
        assert dates._tried(starts) == {k: sorted(v) for k, v in expected.items()}, path.name
