"""Every registered fast path reads as its pattern (rules.REGISTRY, see rules.py).

A fast path says "the pattern cannot match here" without asking the regex engine; wherever the
pattern does match, it must say "may". Checked on the corpus articles (the text before and after
every word boundary, as the extractors cut their windows) and on text generated from each rule's
own words: in lower, title and upper case, glued to letters, after and before other words, with
odd spaces, commas and the \\x00 that masks dates.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from vnextract import pipeline, rules
from vnextract.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
pipeline.loaded_components()  # import every extractor: each registers its fast paths
CORPUS = [normalize(p.read_text(encoding="utf-8")).clean for p in sorted((ROOT / "corpora").rglob("*.txt"))]
# Words around the generated phrases: press words, the rules' neighbours, letters that glue.
AROUND = ["kim ngạch", "xuất khẩu", "nước", "tăng", "đạt", "của", "Bộ", "tỉnh", "năm 2023", "7,8%", "x",
          "đó", "(", ")", "-", "", "", ""]
SEPS = [" ", " ", " ", "  ", "\n", "\t", "\x00", " \x00 ", ", ", ",", ""]


def _windows(text: str, step: int):
    """The text before word boundaries (for end-anchored patterns, how="search")."""
    for i in range(0, len(text), step):
        if i and not (text[i - 1].isspace() or text[i].isspace()):
            continue
        yield text[max(0, i - 80):i]


def _boundaries(s: str):
    """Positions where a word or a mark may begin (how="match" tries each)."""
    for p in range(len(s)):
        if p == 0 or not (s[p - 1].isalnum() and s[p].isalnum()):
            yield p


def _case(w: str, rnd: random.Random) -> str:
    return rnd.choice([w, w.lower(), w.capitalize(), w.upper(), w.title()])


def _generated(fp: rules.FastPath, n: int = 400):
    rnd = random.Random(fp.name)
    words = list(fp.word_list()) or ["x"]
    for _ in range(n):
        parts = []
        for _k in range(rnd.randint(1, 4)):
            parts.append(_case(rnd.choice(words), rnd) if rnd.random() < 0.6 else rnd.choice(AROUND))
            parts.append(rnd.choice(SEPS))
        s = "".join(parts)
        yield s
        yield s.rstrip()
        yield s.lstrip()


def _samples(fp: rules.FastPath):
    if fp.how == "search":
        for text in CORPUS:
            yield from _windows(text, 3)
    else:  # paragraphs: a pattern's look-behinds see what is before the position
        for text in CORPUS:
            yield from (line for line in text.split("\n") if line.strip())
    yield from _generated(fp)


@pytest.mark.parametrize("name", sorted(rules.REGISTRY))
def test_fast_path_reads_as_its_pattern(name):
    fp = rules.REGISTRY[name]
    pattern = fp.compiled()
    matched = 0
    for s in _samples(fp):
        if fp.how == "search":
            if pattern.search(s):
                matched += 1
                assert fp.may(s), f"{name}: the pattern matches {s!r} but the fast path says it cannot"
            continue
        for p in _boundaries(s):
            if pattern.match(s, p):
                matched += 1
                assert fp.may(s, p), f"{name}: the pattern matches {s[p:p + 60]!r} at {p} of {s[:200]!r} but the fast path says it cannot"
    assert matched, f"{name}: no sample matched; the test proves nothing"


def test_every_fast_path_has_words_to_generate_from():
    assert len(rules.REGISTRY) >= 60
    assert all(fp.word_list() for fp in rules.REGISTRY.values())


def test_a_word_missing_from_a_table_is_caught():
    # the test itself: a table derived from all but one word must fail on that word
    w = rules.Words("tính đến|đến hết")
    import regex

    pat = regex.compile(rf"(?:{w.alt()})\s*$", regex.IGNORECASE)
    last = rules.Words("tính đến").last_words()
    from vnextract import scan

    fp = rules.FastPath("t", pat, "search", lambda s: scan.may_end_with(s, last), w.words)
    assert fp.word_list() == ("tính đến", "đến hết")
    assert any(pat.search(s) and not fp.may(s) for s in _generated(fp, 50))


def test_a_first_character_split_that_loses_a_word_is_caught():
    from vnextract import scan
    import regex

    def build(ws):
        return regex.compile("(?:" + "|".join(ws) + r")(?!\w)")

    split = scan.ByFirstChar(["tháng", "tuần", "quý"], build)
    split.table["t"] = build(["tháng"])  # "tuần" lost
    rules.first_char_split("test.broken", lambda: split)
    try:
        fp = rules.REGISTRY["test.broken"]
        assert not fp.may("cuối tuần", 5) and fp.compiled().match("cuối tuần", 5)
    finally:
        del rules.REGISTRY["test.broken"]


def test_words_alt_with_a_capital_for_a_case_sensitive_pattern():
    # dates' comparison base: "tăng 6,8% so với 2015;" and a sentence opening "So với 2015, ..."
    import regex

    alt = rules.Words("so với|so").alt(capital=True)
    pat = regex.compile(rf"(?:{alt})\s+2015")
    assert pat.fullmatch("so với 2015") and pat.fullmatch("So  với 2015") and pat.fullmatch("So 2015")
    assert not pat.fullmatch("SO VỚI 2015") and not pat.fullmatch("sO với 2015")


def test_words_triggers_are_what_every_phrase_of_a_first_word_shares():
    # indicators' scope: "toàn quốc|toàn tỉnh" start at "toàn", "khu vực kinh tế" at "khu vực"
    w = rules.Words("cả nước|toàn quốc|toàn khu vực|toàn tỉnh") + rules.Words("khu vực|khu vực kinh tế|TP")
    assert w.triggers() == ("cả nước", "toàn", "khu vực", "TP")


def test_words_tree_matches_as_the_flat_longest_first_alternation():
    # indicators' growth nouns: "tốc độ tăng trưởng" before "tốc độ tăng", and any run of spaces
    import regex

    w = rules.Words("tăng|tốc độ tăng|tốc độ tăng trưởng|tỷ lệ tăng|mức tăng trưởng|tăng trưởng")
    assert w.longest_first().words[0] == "tốc độ tăng trưởng"
    tree = regex.compile(rf"(?:{w.tree()})", regex.IGNORECASE)
    flat = regex.compile(rf"(?:{w.longest_first().alt()})", regex.IGNORECASE)
    for s in ["Tốc độ  tăng trưởng GDP", "tốc độ tăng 7%", "TĂNG trưởng", "tỷ lệ tăng", "mức tăng", "tăng"]:
        assert tree.match(s).group() == flat.match(s).group() if flat.match(s) else tree.match(s) is None
    assert tree.match("Tốc độ  tăng trưởng GDP").group() == "Tốc độ  tăng trưởng"


def test_words_may_hold_reads_as_the_pattern_of_its_phrases():
    # published's cheap tests were written by hand ("năm nay" in the text, "kỳ" or "KỲ") and
    # missed "năm  nay" and "Cùng Kỳ", which the patterns match; may_hold reads the declaration
    import regex

    w = rules.Words("năm nay|cùng kỳ")
    pat = regex.compile(rf"(?:{w.alt()})", regex.IGNORECASE)
    for s in ["năm  nay 2017", "Năm\nnay", "so Cùng Kỳ 2016", "CÙNG KỲ", "năm nay"]:
        assert pat.search(s) and w.may_hold(s) and w.may_contain(s), s
    assert not w.may_hold("năm 2017, cùng tháng") and not pat.search("năm 2017, cùng tháng")
    # may_contain reads the marked letters only ("ă", "ỳ"): no copy of the text is made
    assert not rules.Words("cùng kỳ").may_contain("cùng tháng, CÙNG KI") and rules.Words("so").may_contain("x")
