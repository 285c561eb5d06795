"""Vietnamese personal names: the surname table and the shape of a full name.

A Vietnamese name is the family name, optional middle names and the given name, each one
capitalised syllable: "Phan Thị Thắng", "Cao Tường Huy", "Nguyễn Xuân Phúc". vnextract
recognises a name as 2-4 such syllables that begin with a surname from ``surnames.tsv`` and
contain no organisation or place word. No library does this offline for Vietnamese (the NER
models need Java or torch and tag "Bộ Công Thương" as a person).

Surnames marked ambiguous ("Văn", "Thanh", "Mai", "Hà": also given names or ordinary words)
only start a name of 3-4 syllables ("Mai Tiến Dũng"), never a 2-syllable one ("Mai Anh" may be a
given name alone).
"""

from __future__ import annotations

import functools

import regex

from . import alphabet, places
from .resources import load_tsv, word_list
from .rules import Words

# One capitalised syllable: "Thắng", "Huy" (not "UBND", not "TP.").
SYLLABLE = r"\p{Lu}[\p{Ll}\p{M}]{0,7}"
# A run of capitalised syllables separated by single spaces (the longest run is cut later).
RUN = regex.compile(rf"(?<![\p{{L}}\p{{M}}\d]){SYLLABLE}(?:\ {SYLLABLE}){{1,7}}(?![\p{{L}}\p{{M}}\d])")

# Words that open a sentence: a headline run on into the next sentence ends the name there
# ("Thống đốc Lê Minh Hưng Nhiều cán bộ ...", dev 210; issue 12).
SENTENCE_OPENERS = word_list("sentence_opener")  # data/word_lists.tsv
# Syllables that never belong to a personal name in the press: organisation and place heads;
# and the words that open a sentence.
_NOT_NAME = word_list("not_name") | SENTENCE_OPENERS  # data/word_lists.tsv
_GIVEN_LAST = word_list("given_last")  # data/word_lists.tsv: "Viện" ends "Vũ Văn Viện"


@functools.lru_cache(maxsize=1)
def _surnames() -> dict[str, bool]:
    return {r["surname"]: r["ambiguous"] == "1" for r in load_tsv("surnames.tsv")}


def is_surname(word: str) -> bool:
    return word in _surnames()


def is_surname_or_middle(word: str) -> bool:
    """A word that, right before a place name, makes it part of a person's name."""
    s = _surnames()
    return (word in s and not s[word]) or word in ("Văn", "Thị")


def name_ok(syllables: list[str], free: bool = False, honored: bool = False) -> bool:
    """Whether these capitalised syllables can be a full personal name.

    ``free``: the name stands between an honorific and a post in apposition ("ông Nguyễn Văn Huyện,
    Tổng cục trưởng ...", "Ông Lê Bộ Lĩnh - Phó Tổng thư ký"), so its middle and given names may be
    words that are otherwise heads ("Huyện", "Đài", "Ban", "Bộ"; 2017 archive, dev 603), though not
    words that open a sentence ("Có").
    ``honored``: the name starts right after an honorific ("bà Mai Kiều Liên", "ông Hà Hoàng Việt
    Phương", "anh Thạch Hoàng Bạch"), so an ambiguous surname followed by a surname opens it: no
    place or body can end there (issue 12; 2017 archive lines i % 7 == 3: 5 such, all lost their
    first syllable)."""
    n = len(syllables)
    if not 2 <= n <= 4:
        return False
    s = _surnames()
    first = syllables[0]
    if first not in s or (s[first] and n < 3):
        return False
    if s[first] and s.get(syllables[1]) is False and not honored:
        return False  # "Bệnh viện Bạch Mai Nguyễn Quốc Anh": "Mai" ends the hospital's name
    not_name = SENTENCE_OPENERS if free else _NOT_NAME
    if any(x in not_name for x in syllables[:-1]) or (syllables[-1] in not_name and syllables[-1] not in _GIVEN_LAST):
        return False  # "Ông Cao Tường Huy": Ông is the honorific; "Vũ Văn Viện" is a name
    text = " ".join(syllables)
    for i in range(n - 1):  # "Hàn Quốc", "Trung Quốc": a country, not a person
        if places.is_country(" ".join(syllables[i:i + 2])):
            return False
    for i in range(n - 1):  # "Thanh Hóa ..." or "... Hà Nội": a place, not a person
        if places.is_province_name(" ".join(syllables[i:i + 2])) and not (i == n - 2 and n >= 3):
            return False
    return not places.is_province_name(text)


@functools.lru_cache(maxsize=None)
def honorifics(column: str, foreign: bool = False) -> Words:
    """The honorifics of data/honorifics.tsv that the rule of ``column`` reads ("given", "person",
    "after_post", "foreign_name", "run"), in the file's order: the Vietnamese ones, read in any
    case ("ông", "bà", "đồng chí"), or with ``foreign`` the foreign ones, in exact case ("Mr",
    "Ms"). The one declaration of the honorifics; officials reads its sets from here."""
    return Words(r["word"] for r in load_tsv("honorifics.tsv")
                 if r[column] == "yes" and (r["foreign"] == "yes") == foreign)


# Honorifics that, capitalised, open a run of capitalised words ("Bà Mai Kiều Liên, Tổng giám
# đốc"): "Ông", "Bà", "Anh", "Chị".
_HONORIFIC_WORDS = frozenset(w.capitalize() for w in honorifics("run"))


def name_in_run(words: list[tuple[int, int, str]], opened: bool = False) -> tuple[int, int] | None:
    """Index range (i, j) of the personal name at the END of a run of capitalised words.

    "Bộ Công Thương Phan Thị Thắng" -> the words of "Phan Thị Thắng": the leftmost surname from
    which the rest of the run is a valid 2-4 syllable name. ``opened``: the run follows an
    honorific ("bà Mai Kiều Liên"), as does a run after a capitalised one ("Bà Mai Kiều Liên").
    """
    n = len(words)
    for i in range(max(0, n - 4), n - 1):
        honored = (i == 0 and opened) or (i > 0 and words[i - 1][2] in _HONORIFIC_WORDS)
        if name_ok([w[2] for w in words[i:]], honored=honored):
            return i, n
    return None


# --- foreign names -----------------------------------------------------------------------------
# Foreign personal names ("Donald Trump", "Caryn McClelland", "Inoue Fukuzo", "Lim Chiew Seng")
# have no Vietnamese surname, so they are accepted only where the sentence says a person is named:
# right after a title ("Tổng thống Donald Trump"), after an honorific with a title in apposition
# ("ông Inoue Fukuzo, Tổng Giám đốc NTT East") or after "title, ông/bà" ("Đại biện ..., bà Caryn
# McClelland"). officials.py decides where; this says what such a name looks like.

# One word of a foreign name in Latin script, no Vietnamese letter: "Trump", "McClelland", "Jae-in".
FOREIGN_WORD = regex.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Za-z][a-z]+)?(?![\p{L}\p{M}\d])")

# A syllable that Vietnamese spelling allows (without tone marks): onset, vowel nucleus, coda.
# "Lim", "Seng" fit; "Trump" (-mp), "Donald" (-ld), "Fukuzo" (f-), "Inoue" (five vowels) do not.
_VN_SYLLABLE = regex.compile(
    r"""
    (?:%s)?             # onset (alphabet.ONSETS)
    [aeiouy]{1,3}       # vowel nucleus
    (?:%s)?             # coda (alphabet.CODAS)
    """ % ("|".join(sorted(alphabet.ONSETS, key=len, reverse=True)), "|".join(sorted(alphabet.CODAS, key=len, reverse=True))),
    regex.VERBOSE | regex.IGNORECASE,
)
# English words that are capitalised in company and product names, never in a person's name.
_NOT_PERSON = word_list("not_person")  # data/word_lists.tsv


def looks_foreign(word: str) -> bool:
    """Whether a Latin-script word cannot be a Vietnamese syllable ("Trump" yes, "Lim" no)."""
    return "-" in word or not _VN_SYLLABLE.fullmatch(word)


# Lowercase particles inside European and Arabic names: "Ursula von der Leyen", "Luiz Inácio da Silva".
PARTICLES = word_list("name_particles")  # data/word_lists.tsv


def foreign_name_ok(words: list[str]) -> bool:
    """Whether 2-4 Latin-script capitalised words (particles aside) can be a foreign person's name."""
    if words and (words[0] in PARTICLES or words[-1] in PARTICLES):
        return False
    words = [w for w in words if w not in PARTICLES]
    if not 2 <= len(words) <= 4:
        return False
    if any(not FOREIGN_WORD.fullmatch(w) or w in _NOT_PERSON or w in _NOT_NAME for w in words):
        return False
    return any(looks_foreign(w) for w in words)
