"""Officials: named people holding a position, one record per person with all their mentions.

Written by hand because the Vietnamese NER models need Java or torch and still read "Thứ trưởng
Bộ Công Thương" as a location; and none links "ông Huy" back to "Cao Tường Huy". The press
writes a position in three ways, and all are read:

- title, organisation, name: "Thứ trưởng Bộ Công Thương Phan Thị Thắng", "Phó Thủ tướng Chính
  phủ Trần Hồng Hà", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng", "Cục trưởng Cục
  Quản lý giá (Bộ Tài chính) Nguyễn Anh Tuấn", "Chủ tịch HĐTV EVN Dương Quang Thành";
  "Bộ trưởng Tài chính" / "Bộ trưởng GTVT" mean the ministry ("Bộ Tài chính");
- name, then title: "Ông Cao Tường Huy, Quyền Chủ tịch UBND tỉnh Quảng Ninh", "Đại tá Tăng Văn
  Chi - Tổng giám đốc Tổng công ty xây dựng Lũng Lô";
- title [org], honorific, name: "Chủ tịch UBND tỉnh, ông Nguyễn Văn Yên", "Đại biện Đại sứ quán
  Hợp chúng quốc Hoa Kỳ tại Việt Nam, bà Caryn McClelland".

Foreign names ("Donald Trump", "Inoue Fukuzo", "Ursula von der Leyen") have no Vietnamese surname;
they are read only after a strong cue: a head-of-state, diplomatic or chief-executive title
("Tổng thống Donald Trump", "Thủ tướng Nhật Bản Kishida Fumio": the country is the ``org``), a
title with an organisation ("Tổng Giám đốc NTT East Inoue Fukuzo"), an honorific with a title in
apposition ("ông Lim Chiew Seng, Giám đốc Công ty ..."), or "title, ông/bà name". The words must
be Latin script and one at least impossible as a Vietnamese syllable (``names.looks_foreign``).

Titles come from ``titles.tsv`` with the prefixes that change them: Quyền (acting), Phó (deputy),
nguyên (former), Thường trực (standing); "tân" (newly appointed) is dropped from ``title``. A
name is 2-4 capitalised syllables starting with a surname (``names.py``). A Party post before
the post held keeps the whole title ("Bí thư Ban cán sự, Bộ trưởng"); "chính quyền" and "thẩm
quyền" are not "quyền" (acting). ``org`` is the organisation as written beside the title ("Bộ
NN&PTNT", "EVN"; a spelling that differs only in case gives the canonical name), else the first
later mention that gives one; "Bộ trưởng Tài chính" writes no body, so ``org`` is the ministry's
name "Bộ Tài chính". ``org_name`` is always the canonical name ("Bộ Nông nghiệp và Phát triển
nông thôn").

Later mentions join the person's ``mentions``: the full name again, "ông Huy" / "bà Thắng" /
"đồng chí Tuấn" / "Bộ trưởng Thể" (honorific or title + given name, when one person has that
given name), and the title alone when it can only be that person ("Quyền Chủ tịch UBND tỉnh Quảng
Ninh cho biết", "Thủ tướng yêu cầu"; not the institution "Thủ tướng Chính phủ"). A title with no
name (an unnamed title-holder), a byline and a citizen are not officials.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

import regex

from . import names, numbers, organizations, places, provinces, scan
from .rules import ONE_SPACE, Words, fast_path, from_end
from .models import Mention, Official
from .resources import load_tsv, read_by, word_list

# The pipeline component (pipeline.COMPONENTS): the Article field it fills and the earlier
# components it reads (none).
ASSIGNS = "officials"
READS: tuple[str, ...] = ()

# The honorifics (names.honorifics, data/honorifics.tsv): before a given name alone ("ông Huy",
# "bà Thắng", "đồng chí Tuấn"); of a person named in a clause about a post ("là ông", "cho bà");
# after a post and a comma ("Chủ tịch UBND tỉnh, ông X", "..., Mr. Lim"); before a foreign name.
_SHORT_HONORIFICS = names.honorifics("given")
_PERSON_HONORIFICS = names.honorifics("person")
_POST_HONORIFICS = names.honorifics("after_post")
_POST_FOREIGN_HONORIFICS = names.honorifics("after_post", foreign=True)
_NAME_SYL = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]{0,7}(?![\p{L}\p{M}\d])")
_LM = regex.compile(r"[\p{L}\p{M}]")  # a letter or a mark: what the name boundaries exclude
_LU = regex.compile(r"\p{Lu}")

_IS_UPPER = scan.CharIs(_LU)  # where a capitalised syllable (_NAME_SYL, \p{Lu} first) may start
_IS_LETTER = scan.CharIs(_LM)  # what the look-behinds (?<![\p{L}\p{M}]) refuse before a word
_PAREN = regex.compile(r"\ ?\([^()\n]{1,80}\)")


# The Party body a secretary leads inside the organisation named after the next title: "Bí thư
# Ban cán sự (đảng), Bộ trưởng Bộ Tài chính", "Bí thư Đảng đoàn, Chủ tịch ...": one title, kept whole.
_PARTY_BODY = r"(?:Ban\ cán\ sự(?:\ (?i:đảng))?|Đảng\ đoàn)"
# A company name in Latin script before a Vietnamese name: "Vietjet Air", "Samsung Việt Nam" no.
_LATIN_RUN = regex.compile(r"[A-Z][A-Za-z0-9&.-]*(?:\ [A-Z][A-Za-z0-9&.-]*){0,3}(?=\ \p{Lu})")
_PARTICLES = "|".join(sorted(names.PARTICLES, key=len, reverse=True))
_PARTICLE = regex.compile(rf"(?:{_PARTICLES})(?=\ [A-Z])")
_SPACE_CAP = regex.compile(r"\ \p{Lu}")
_LATIN_TAIL = regex.compile(rf"(?:(?:[A-Z][\p{{L}}-]*|{_PARTICLES})\ ){{1,5}}[A-Z][\p{{L}}-]*$")
# "Ông Cao Tường Huy, Quyền Chủ tịch", "Bùi Đạt – Bí thư Tỉnh ủy", "Trần Thị Bích Tuyền (Giám
# đốc Công ty ...)" (dev 213; archive).
_APPOSITION = regex.compile(r"(?:,|\ ?[-–—]|\ \()\ ?$")  # also "Huỳnh Khánh Toàn- Phó Chủ tịch" (archive)
# Military ranks, in the press's capitals ("Đại tướng Ngô Xuân Lịch", "Chuẩn Đô đốc").
# The ranks of titles.tsv (kind rank), and the navy's, left out of the titles there for speed
# (Luật Sĩ quan Quân đội nhân dân 1999, Điều 10: Chuẩn Đô đốc, Phó Đô đốc, Đô đốc Hải quân).
_RANK_WORDS = Words([r["title"] for r in load_tsv("titles.tsv") if r["kind"] == "rank"]) + Words(
    "Chuẩn Đô đốc|Phó Đô đốc|Đô đốc")
# A rank is a title only when no post is written with the name ("Đại tá Tăng Văn Chi - Tổng giám
# đốc ..." is "Tổng giám đốc", dev 003; "Thượng tá Nguyễn Văn A cho biết" is "Thượng tá").
_RANK_TITLE = regex.compile(rf"(?i:{_RANK_WORDS.alt(ONE_SPACE)})")
_GIVEN_AFTER = regex.compile(r"\ (?P<g>\p{Lu}[\p{Ll}\p{M}]{0,7})(?![\p{L}\p{M}\d])(?!\ \p{Lu})")
_HON_GIVEN = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:{_SHORT_HONORIFICS.alt(ONE_SPACE)})\ (?P<g>\p{{Lu}}[\p{{Ll}}\p{{M}}]{{0,7}})$")
_BRACKET_APPOSITION = regex.compile(r"\ \([^()\n]{1,35}\)(?:,|\ [-–—])\ $")
_RANKS = _RANK_WORDS.alt(ONE_SPACE)
# A rank right before a foreign name, as an honorific: "Thiếu tướng Tim Gall - Tư lệnh Các lực lượng hỗn
# hợp New Zealand", "Đại tướng Udomdej Sitabutr, Thứ trưởng Bộ Quốc phòng" (2017 archive: 125 such
# rank + name + comma or dash, world news; issue 12).
_RANK_END = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:{_RANKS})\ $")
# Academic titles before a name ("GS.TS Nguyễn Văn A", "PGS Trần B", "ThS Lê C").
_ACADEMIC = Words("GS|PGS|TS|ThS")
_RANK_BEFORE = regex.compile(rf"(?:,)?\ (?:{_RANKS}|(?:{_ACADEMIC.alt()})\.?(?:\ ?TS\.?)?)(?=\ \p{{Lu}})")
# What opens a personal name right after it: an honorific, a rank or an academic title ("bà Mai
# Kiều Liên", "Đại tá Nguyễn Văn A", "PGS.TS Trần B").
_HONORIFIC = regex.compile(rf"(?:(?i:{_SHORT_HONORIFICS.alt(ONE_SPACE)})|{_RANKS}|(?:{_ACADEMIC.alt()})\.?)\ $")
# "Chủ tịch UBND tỉnh, ông Nguyễn Văn Yên": title, a short phrase for the body, honorific. A dash
# instead of the comma: "Chủ tịch UBND tỉnh Nghệ An - ông Nguyễn Xuân Đường", "Thứ trưởng Bộ Tài
# chính - ông Trần Xuân Hà", "Cục trưởng Cục chống tham nhũng (Thanh tra Chính phủ) - ông Phạm Trọng
# Đạt" (2017 archive, lines i % 7 == 3: 16 such in 5,000 articles, none read before; issue 12).
_COMMA_HON_SEPS = (",", " -", " –", " —")  # what parts the post from the honorific, a space after it
_TITLE_COMMA_HON = regex.compile(
    r"(?P<o>\ [\p{Lu}][^,.;:()\n]{0,40}?)?(?:\ \([^()\n]{1,40}\))?"  # "(Thanh tra Chính phủ)": its parent
    rf"(?:{'|'.join(map(regex.escape, _COMMA_HON_SEPS))})\ "
    rf"(?:(?i:{_POST_HONORIFICS.alt(ONE_SPACE)})|(?:{_POST_FOREIGN_HONORIFICS.alt()})\.?)\ ")
# Every match of _TITLE_COMMA_HON holds one of its separators and the space after it: where none
# stands before the window's end (most titles with no name after them: ~60% on archive text), the
# pattern (~7 us a try, its lazy body tried at every length) is not asked (_comma_hon_may).
_COMMA_HON_SEP = regex.compile("|".join(regex.escape(sep + " ") for sep in _COMMA_HON_SEPS))


def _comma_hon_may(clean: str, pos: int, end: int | None = None) -> bool:
    """Whether _TITLE_COMMA_HON may match at ``pos`` within ``end``: a separator and its space
    stand in the window (one search of the literal separators)."""
    return _COMMA_HON_SEP.search(clean, pos, len(clean) if end is None else end) is not None


fast_path("officials._TITLE_COMMA_HON", _TITLE_COMMA_HON, "match", _comma_hon_may,
          lambda: list(_POST_HONORIFICS) + [f for w in _POST_FOREIGN_HONORIFICS for f in (w, w + ".")]
          + ["Bộ Tài chính", "(Thanh tra Chính phủ)"]
          + [sep + " " for sep in _COMMA_HON_SEPS])
# The levels of the units people's committees and councils govern, declared in organizations:
# "UBND tỉnh", "Hội đồng nhân dân huyện" (_GENERIC_BODY, _LEVEL_END, _BARE_BODY).
_UNIT_LEVELS = organizations.UNIT_LEVELS
# "... là ông/bà" after a title [a short body]: "Bí thư Tỉnh ủy là ông", "Phó chủ tịch quận Ngô
# Quyền là ông", "Giám đốc công ty khi đó là ông".
# Words that date a post to the time spoken of, before "là": "khi đó là", "lúc đó là", "hiện nay là"
# (also _APPOINT, after a name).
_THEN_WORDS = Words("khi đó|lúc đó|hiện nay")
_TITLE_IS_HON = regex.compile(
    rf"(?P<o>\ (?:(?:{organizations.UNIT_LEVELS_BUT_TOWN.alt(ONE_SPACE)})\ )?\p{{Lu}}[^,.;:()\n]{{0,40}}?)?"  # a body not read
    rf"(?:\ (?:{(_THEN_WORDS + Words('hiện|lúc này')).alt(ONE_SPACE)}))?\ là\ (?:{_PERSON_HONORIFICS.alt(ONE_SPACE)})\ (?=\p{{Lu}})")
# Where a sentence or a line opens, before a name: the text start, a new line, ". ", ": ".
_SENTENCE_START = regex.compile(r"(?:^|\n|[.!?:]\ )$")
# Honorifics right before a name; a foreign name is accepted after one of these.
_HON_BEFORE = regex.compile(rf"(?:(?i:{names.honorifics('foreign_name').alt(ONE_SPACE)})"
                         rf"|(?:{names.honorifics('foreign_name', foreign=True).alt()})\.?)\ $")


# Words that may open a title before the title itself (_title_re): "nguyên"/"cựu"/"tân" (former,
# former, newly appointed; "cựu Giám đốc FBI James Comey", 2017 archive, issue 12), "quyền"
# (acting), "phó" (deputy).
PAST_WORDS = Words("nguyên|cựu")  # a post held before (archive.py: a past post)
NEW_WORDS = Words("tân")  # a post newly taken
_FORMER = PAST_WORDS + NEW_WORDS
_ACTING = "quyền"
_DEPUTY = "phó"
_TITLE_PREFIXES = _FORMER + Words([_ACTING, _DEPUTY])


@functools.lru_cache(maxsize=1)
def _title_trigger() -> str:
    """Where a title can start (scan.py): a prefix of _title_re() or the first word of a title."""
    firsts = {r["title"].split(" ")[0].lower() for r in load_tsv("titles.tsv")}
    return "|".join(sorted(firsts | set(_TITLE_PREFIXES.first_words())))


@functools.lru_cache(maxsize=1)
def _title_begins() -> tuple[str, ...]:
    """What a match of _title_re() starts with, lower-cased: a prefix word and its space, or a
    title. On ``Starts.lowered()`` (which compares as IGNORECASE) this leaves out most trigger
    words ("bộ" of "cán bộ", "thị" of "thị trường") before the costly match."""
    return tuple(sorted(set(_TITLE_PREFIXES.openings()) | {r["title"].lower() for r in load_tsv("titles.tsv")}))


@functools.lru_cache(maxsize=1)
def _begins_by_word() -> tuple[tuple[str, ...], ...]:
    """For each word of _title_trigger(), the beginnings (_title_begins) that may stand where it
    starts (scan.openings_by_word): two a word where its first character has eight."""
    return scan.openings_by_word(_title_trigger(), _title_begins())


def _title_tried(clean: str, starts: scan.Starts) -> list[int]:
    """The starts of _title_trigger() where a title may begin (see _title_begins).

    Every beginning opens with a trigger word (a title's first word, a prefix), and the text
    holds a beginning at a start exactly when it holds one of those its word may open
    (_begins_by_word): each word's starts tested against them (``Starts.opening``), the few
    kept (883 of 10,380 on 300 unseen articles) merged."""
    low = starts.lowered()
    if low is None:
        return starts(_title_trigger())
    return starts.opening(_title_trigger(), _begins_by_word(), low)


fast_path("officials._title_re", lambda: _title_re(), "match",
          lambda s, p: p in _title_tried(s, scan.Starts(s)),
          lambda: [r["title"] for r in load_tsv("titles.tsv")] + list(_TITLE_PREFIXES))


@functools.lru_cache(maxsize=1)
def _title_re() -> regex.Pattern:
    # Case-insensitive: the press writes "Tổng bí thư", "Phó trưởng đoàn", "Trưởng ban" (dev 308, 410).
    # The titles longest first as a tree of common prefixes (Words.tree: the same matches, in the
    # same order of preference, as their flat alternation; the engine tries one branch per first
    # letter, not each of the 88 titles at every start).
    alts = "(?i:" + Words(r["title"] for r in load_tsv("titles.tsv")).tree(ONE_SPACE) + ")"
    # "Phó Chủ tịch chuyên trách Ủy ban ATGT Quốc gia Khuất Việt Hùng" (2017 archive): full-time
    one = rf"(?:(?i:{_DEPUTY})\ )?(?:{alts})(?:\ (?i:thường\ trực|chuyên\ trách))?"
    return regex.compile(
        rf"""
        (?<![\p{{L}}\p{{M}}])
        (?P<title>
          (?:(?P<mod>(?i:{_FORMER.alt()}))\ )?   # former / newly appointed
          (?:(?<!(?i:chính|thẩm|nhân|chủ|đặc|ủy|phân|toàn|trao)\ )  # not "chính quyền" (government),
             (?i:{_ACTING})\ )?                 # "thẩm quyền" (authority): acting
          {one}                             # "Phó Thủ tướng", "Chủ tịch HĐTV"
          (?:(?:\ {_PARTY_BODY})?,\ {one})?  # "Bộ trưởng, Chủ nhiệm"; "Bí thư Ban cán sự, Bộ trưởng"
        )
        (?![\p{{L}}\p{{M}}])
        """,
        regex.VERBOSE,
    )


@dataclass
class _Person:
    name: str
    start: int
    end: int
    title: str | None
    org: str | None
    org_name: str | None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    weak: bool = False  # the title is a post given by an appointment verb; a title written with the name wins
    listed: bool = False  # named in the list after a plural title (weak: a post of its own wins, with a body)


fast_path("officials._NAME_SYL", _NAME_SYL, "match", lambda s, p: _IS_UPPER[s[p:p + 1]],
          lambda: names._surnames())
fast_path("officials._GIVEN_AFTER", _GIVEN_AFTER, "match",
          lambda s, p: s.startswith(" ", p) and _IS_UPPER[s[p + 1:p + 2]], lambda: names._surnames())
fast_path("officials.FOREIGN_WORD", names.FOREIGN_WORD, "match", lambda s, p: _IS_UPPER[s[p:p + 1]],
          lambda: sorted(names.PARTICLES))


def _syllables_at(clean: str, pos: int) -> list:
    """Up to 5 capitalised name syllables from ``pos``, single-spaced (regex matches)."""
    if not _IS_UPPER[clean[pos:pos + 1]]:
        return []  # no capital there (most places a name is asked for): no syllable
    syl = []
    p = pos
    while len(syl) < 5:
        m = _NAME_SYL.match(clean, p)
        if not m:
            break
        syl.append(m)
        if clean[m.end():m.end() + 1] != " ":
            break
        p = m.end() + 1
    return syl


def _per_text(fn):
    """``fn(clean, pos)``, a pure function, remembered for the text last asked (by identity): the
    readers of one title ask at the same place several times (the title's pattern, the chain, the
    body, the org reader). Nothing is kept across texts: one text's results at most."""
    last: list = [(None, {})]  # [(the text, {pos: result})], swapped whole (threads see a consistent pair)

    @functools.wraps(fn)
    def remembered(clean: str, pos: int):
        text, memo = last[0]
        if text is not clean:
            memo = {}
            last[0] = (clean, memo)
        out = memo.get(pos, memo)  # the dict itself: not asked yet (None is a result)
        if out is memo:
            out = memo[pos] = fn(clean, pos)
        return out

    return remembered


@_per_text
def _name_after(clean: str, pos: int) -> tuple[int, int] | None:
    """A personal name starting at ``pos`` that ends where the capitalised run ends."""
    syl = _syllables_at(clean, pos)
    words = [m.group() for m in syl]
    for k in range(min(len(syl), 4), 1, -1):
        # "Lê Minh Hưng Nhiều cán bộ ...": a word that opens a sentence ends the name (dev 210)
        if (k == len(syl) or words[k] in names.SENTENCE_OPENERS) and names.name_ok(words[:k]):
            return pos, syl[k - 1].end()
    return None


def _foreign_after(clean: str, pos: int, country: bool = True) -> tuple[int, int] | None:
    """A foreign name at ``pos`` ("Donald Trump") that the capitalised run does not go past."""
    if not _IS_UPPER[clean[pos:pos + 1]]:
        return None  # the country (_CAP_WORDS) and the name's first word (FOREIGN_WORD) open with a capital
    for k in (3, 2) if country else ():
        # "Bộ trưởng Ngoại giao Bồ Đào Nha Augusto Santos Silva" (2017 archive): a country in
        # Vietnamese syllables, then the name
        m = _CAP_WORDS[k].match(clean, pos, pos + 40)
        if m and organizations.is_country(m.group()):
            return _foreign_after(clean, m.end() + 1, False)
    words = []
    p = pos
    while len(words) < 6:
        m = names.FOREIGN_WORD.match(clean, p) or (
            words and _PARTICLE.match(clean, p))  # "Ursula von der Leyen"
        if not m:
            break
        words.append(m)
        if clean[m.end():m.end() + 1] != " ":
            break
        p = m.end() + 1
    if words and _SPACE_CAP.match(clean, words[-1].end(), words[-1].end() + 2):
        return None  # the run goes on with a word that is not part of a foreign name
    for k in (1, 2, 3):
        if len(words) >= k + 2 and organizations.is_country(clean[words[0].start():words[k - 1].end()]) \
                and names.foreign_name_ok([m.group() for m in words[k:]]):
            # "Bộ trưởng Tài chính Anh Philip Hammond", "Thứ trưởng Ngoại giao Nga Sergey Ryabkov",
            # "Bộ trưởng Ngoại giao Bồ Đào Nha Augusto Santos Silva" (2017 archive): the ministry's
            # country, then the name
            return words[k].start(), words[-1].end()
    if names.foreign_name_ok([m.group() for m in words]):
        return pos, words[-1].end()
    return None


def _foreign_before(clean: str, end: int) -> tuple[int, int] | None:
    """A foreign name ending at ``end`` right after an honorific ("ông Inoue Fukuzo")."""
    m = _LATIN_TAIL_AT_END.search(clean[max(0, end - 60):end])
    if not m:
        return None
    s = end - len(m.group())
    words = m.group().split(" ")
    for k in range(2, len(words) + 1):  # the shortest run after the honorific
        ws = words[-k:]
        start = end - len(" ".join(ws))
        if (_HON_BEFORE_AT_END.search(clean[max(0, start - 6):start]) or _RANK_END_AT_END.search(clean, max(0, start - 16), start)) \
                and names.foreign_name_ok(ws):
            return start, end
    return None


def _name_before(clean: str, end: int) -> tuple[int, int] | None:
    """A personal name ending at ``end`` ("Ông Cao Tường Huy" + ", Quyền Chủ tịch")."""
    words = []
    p = end
    while len(words) < 6:
        m = _CAP_SYL_END.search(clean[max(0, p - 10):p])
        if not m:
            break
        s = p - len(m.group(1))
        if s > 0 and (clean[s - 1].isalpha() or clean[s - 1].isdigit()):
            break
        words.insert(0, (s, p, m.group(1)))
        if s == 0 or clean[s - 1] != " ":
            break
        p = s - 1
    if len(words) < 2:
        return None  # a name has two syllables at least
    # "bà Mai Kiều Liên": after an honorific the name opens the run (names.name_in_run)
    opened = bool(_HONORIFIC_AT_END.search(clean, max(0, words[0][0] - 20), words[0][0]))
    cut = names.name_in_run(words, opened)
    if not cut:
        return None
    i, _ = cut
    return words[i][0], end


# 2-4 capitalised syllables right after "ông"/"bà", ending at a given point.
_HONORED_RUN = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:{_PERSON_HONORIFICS.alt(ONE_SPACE)})\ (?P<n>\p{{Lu}}[\p{{Ll}}\p{{M}}]{{0,7}}(?:\ \p{{Lu}}[\p{{Ll}}\p{{M}}]{{0,7}}){{1,3}})$")


def _honored_name_before(clean: str, end: int) -> tuple[int, int] | None:
    """A name between "ông/bà" and a post in apposition with a word that is otherwise a head: "ông
    Nguyễn Văn Huyện - Tổng cục trưởng Tổng cục Đường bộ Việt Nam", "Ông Trương Văn Đài, Phó giám
    đốc" (2017 archive: 29 such; issue 12), "Ông Lê Bộ Lĩnh - Phó Tổng thư ký" (dev 603)."""
    m = _HONORED_RUN.search(clean, max(0, end - 40), end)
    if m and names.name_ok(m.group("n").split(" "), free=True):
        return m.start("n"), end
    return None


_MINISTER = regex.compile(rf"(?i:{organizations.MINISTER_POSTS.alt(ONE_SPACE)})$")
_MINISTRY_WORDS = regex.compile(r"(?:[\p{Lu}][\p{L}\p{M}&]*(?:-\p{Lu}[\p{L}\p{M}&]*)*|[a-zđ\p{Ll}\p{M}]+)(?:(?:,|\ -)?\ [\p{L}\p{M}&]+){0,7}")  # "Văn hóa, Thể thao và Du lịch", "TN-MT"
# k capitalised words before another one: "Nhật Bản" in "Thủ tướng Nhật Bản Shinzo Abe"
_CAP_WORDS = {k: regex.compile(rf"(?:\p{{Lu}}[\p{{L}}\p{{M}}]*\ ){{{k - 1}}}\p{{Lu}}[\p{{L}}\p{{M}}]*(?=\ \p{{Lu}})")
              for k in (1, 2, 3)}
for _k, _p in _CAP_WORDS.items():
    fast_path(f"officials._CAP_WORDS[{_k}]", _p, "match", lambda s, p: _IS_UPPER[s[p:p + 1]],
              lambda: sorted(places.countries()))
fast_path("officials._LATIN_RUN", _LATIN_RUN, "match", lambda s, p: _IS_UPPER[s[p:p + 1]],
          lambda: sorted(word_list("company_words")))
_TAN = regex.compile(rf"^(?i:{NEW_WORDS.alt(ONE_SPACE)})\ ")  # "tân" (NEW_WORDS)

# Titles that end with the head word of their body: "Trưởng Ban Tổ chức Trung ương" is the head
# of "Ban Tổ chức Trung ương", "Chánh Văn phòng Thành ủy" of "Văn phòng Thành ủy", "Phó trưởng
# đoàn đại biểu Quốc hội tỉnh Quảng Bình" of that delegation (dev 410, 212; the politics batch
# convention in corpora/ANNOTATION.md).
_TITLE_HEADS = organizations.TITLE_BODY_HEADS + organizations.INSPECTORATE + organizations.POLICE
_HEAD_IN_TITLE = regex.compile(rf"(?i:\ (?P<h>{_TITLE_HEADS.alt(ONE_SPACE)}))$")


_NOT_NAME_START = word_list("not_body_start")  # data/word_lists.tsv


def _head_in_title_org(clean: str, pos: int, title: str) -> tuple[str, str, int] | None:
    """(as written, canonical name, end) of the body a title's last word heads, or None."""
    hm = _HEAD_IN_TITLE.search(title)
    if hm is None or _name_after(clean, pos) or not clean.startswith(" ", pos - 1):
        return None
    head = hm.group("h")[0].upper() + hm.group("h")[1:].lower()
    tail = clean[pos - 1:pos + 239]
    first = tail[1:].split(" ", 1)[0]
    if first.lower() == head.split(" ")[0].lower():
        return None  # "Trưởng ban Ban Cơ yếu Chính phủ": the body is written whole
    tries = [head + tail]
    if first.islower() and first not in _NOT_NAME_START:
        tries.append(head + tail[:2].upper() + tail[2:])  # "Trưởng ban tổ chức Trung ương" (dev 410)
    for k, s in enumerate(tries):
        f = organizations.find_at(s, 0, len(s))
        if k and f is not None and not any(c.isupper() for c in s[len(head) + 1 + len(first):f.end]):
            f = None  # "Trưởng ban chỉ đạo": no name is written, only the kind of board
        if f is not None and f.end > len(head) + 1:
            break
    else:
        return None
    end = pos - 1 + f.end - len(head)
    written = " ".join((head + clean[pos - 1:end]).split())
    return written, f.name, end


# Titles that hold their body: a post in a chain that names its own body, like one with an
# organisation ("Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương").
# The rows of titles.tsv of kind body, lower-cased.
_BODY_TITLES = frozenset(r["title"].lower() for r in load_tsv("titles.tsv") if r["kind"] == "body")
# A body written after a title that no rule reads ("Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch"):
# capitalised words up to the next post of the chain.
# Not across an honorific or "do"/"là" ("Đoàn đại biểu Đảng Cộng sản Trung Quốc do đồng chí Lưu Kỳ
# Bảo, Ủy viên Bộ Chính trị, ...": the body is read with the person's own chain; archive 2017).
_UNREAD_BODY = regex.compile(rf"\ \p{{Lu}}(?:(?!\ (?:{_SHORT_HONORIFICS.alt(ONE_SPACE)}|do|là)\ )[^,;:()\n]){{0,50}}?(?=[,;:.)]|\ [-–—]\ |$)")


def _unread_may(clean: str, pos: int) -> bool:
    """Whether _UNREAD_BODY may match at ``pos``: a space and a capital (\\p{Lu}) open it."""
    return clean.startswith(" ", pos) and _IS_UPPER[clean[pos + 1:pos + 2]]


fast_path("officials._UNREAD_BODY", _UNREAD_BODY, "match", _unread_may, lambda: sorted(organizations.head_words()))
# A lower-case word, then a post: a clause, not a body ("... nồng nhiệt chào đón Phó Thủ tướng"; "Đoàn
# Chủ tịch" is a body). The posts are those of titles.tsv (_title_re), see _clause_post.
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*\ ")


def _clause_post(body: str) -> bool:
    """Whether ``body`` has a lower-case word followed by a post that _title_re reads (titles.tsv):
    "Quốc hội Bồ Đào Nha nồng nhiệt chào đón Phó Thủ tướng" is a clause, no body."""
    title = _title_re().match
    return any(title(body, m.end()) for m in _LOWER_WORD.finditer(body))

_CHAIN_SEP = regex.compile(r"(?:,|\ [-–—])\ ")
# Party bodies with no name of their own: a post in them shares the body of the next post
# ("Bí thư Đảng ủy, Giám đốc Bệnh viện X" is kept whole).
_SHARED_BODY = regex.compile(r"\ (?:Đảng\ ủy|Chi\ bộ|Đảng\ đoàn|Ban\ cán\ sự(?:\ (?i:đảng))?)(?=,\ )")


# What a title that ends with a state's body ends with (" Quốc hội"): most titles do not.
_STATE_BODY_ENDS = tuple(" " + b for b in organizations.STATE_BODIES)


def _state_body_split(clean: str, title: str, te: int) -> tuple[str, int]:
    """A title that ends with a state's body ("Chủ tịch Quốc hội") whose name goes on with a foreign
    country: the post alone, ended before the body ("Chủ tịch Quốc hội Cộng hòa Cu Ba Juan Esteban
    Lazo Hernandez", "Chủ tịch Quốc hội Lào Pany Yathotou"; dev 605, 2017 archive). "Chủ tịch Quốc
    hội Nguyễn Thị Kim Ngân" keeps its title."""
    sb = (next((b for b in organizations.STATE_BODIES if title.endswith(" " + b)), None)
          if title.endswith(_STATE_BODY_ENDS) else None)
    if sb:
        f = organizations.find_at(clean, te - len(sb), min(len(clean), te + 80))
        if f and f.end > te:
            return title[:-len(sb) - 1], te - len(sb) - 1
    return title, te


def _chain(clean: str, title: str, org, org_name, te: int, pos: int):
    """The post of a chain of posts that the person is named with: (title, org, org_name, end).

    "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương Phạm Minh Chính",
    "Đại tướng Ngô Xuân Lịch, Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ
    Quốc phòng" (dev 211, 212): posts that name different bodies give the last one ("Trưởng Ban",
    "Ban Tổ chức Trung ương"; "Bộ trưởng", "Bộ Quốc phòng"); posts with no body of their own go
    with the next one ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"; "Bí thư Đảng ủy, Giám đốc").
    """
    subs = title.split(", ")
    # (post, org, org_name, names a body, the separator written before it)
    items = [(t, None, None, t.lower() in _BODY_TITLES, ", ") for t in subs[:-1]]
    last = subs[-1]
    unread = None
    # (a rank heads no body: "Đại tướng Udomdej Sitabutr, Thứ trưởng ..." names a foreign person)
    if org is None and not _name_after(clean, te + 1) and not _RANK_TITLE.fullmatch(last):
        sb = _SHARED_BODY.match(clean, te)
        if sb:
            last, pos = last + sb.group(), sb.end()
        else:
            unread = _UNREAD_BODY.match(clean, te) if _unread_may(clean, te) else None
            sep = _CHAIN_SEP.match(clean, unread.end()) if unread else None
            # not over a clause with a post in it: "Chủ tịch Quốc hội Bồ Đào Nha nồng nhiệt chào đón Phó
            # Thủ tướng, Bộ trưởng Phạm Bình Minh" (2017 archive) is no chain
            if sep and _title_re().match(clean, sep.end()) and not _clause_post(unread.group()):
                pos = unread.end()  # only before the next post of a chain
            else:
                unread = None
    if unread is not None and len(unread.group().split()) <= 5:
        org = org_name = unread.group().strip()  # "Chủ tịch HĐND tỉnh", "Bí thư Tỉnh ủy"
    items.append((last, org, org_name, org is not None or unread is not None or last.lower() in _BODY_TITLES,
                  ", "))
    end = pos
    for _ in range(5):
        sep = _CHAIN_SEP.match(clean, end)
        if sep is None or _name_after(clean, te + 1):
            break
        tm = _title_re().match(clean, sep.end())
        if tm is None or tm.group("title") != tm.group("title").lstrip():
            break
        t2, t2e = _state_body_split(clean, _clean_title(tm.group("title")), tm.end())
        o2, n2, p2 = _org_at(clean, t2e + 1, t2) if clean[t2e:t2e + 1] == " " else (None, None, t2e)
        if o2 is None:
            p2 = t2e
        pm = _PAREN.match(clean, p2)
        if pm:
            p2 = pm.end()
        subs2 = t2.split(", ")
        for i2, t in enumerate(subs2[:-1]):
            items.append((t, None, None, t.lower() in _BODY_TITLES, ", " if i2 else sep.group()))
        last2, unread2 = subs2[-1], None
        if o2 is None and not _name_after(clean, t2e + 1):
            sb = _SHARED_BODY.match(clean, t2e)
            if sb:
                last2, p2 = last2 + sb.group(), sb.end()
            else:
                unread2 = _UNREAD_BODY.match(clean, t2e) if _unread_may(clean, t2e) else None
                if unread2:
                    p2 = unread2.end()
        if unread2 is not None and len(unread2.group().split()) <= 5:
            o2 = n2 = unread2.group().strip()
        items.append((last2, o2, n2, o2 is not None or unread2 is not None or last2.lower() in _BODY_TITLES,
                      ", " if len(subs2) > 1 else sep.group()))
        end = p2
        te = t2e
    if len(items) == 1:
        return items[0][0], items[0][1], items[0][2], pos, False
    # a deputy's mandate written last is not the post ("Ủy viên Bộ chính trị, Bí thư Thành ủy Thành phố
    # Hồ Chí Minh, đại biểu Quốc hội khóa XIV": "Bí thư"; 2017 archive, issue 12)
    k = max((i for i, it in enumerate(items) if it[3] and it[0].lower() not in _DEPUTY_TITLES),
            default=None)
    if k is None:
        k = max((i for i, it in enumerate(items) if it[3]), default=len(items) - 1)
    j = k
    while j > 0 and not items[j - 1][3]:
        j -= 1
    chosen = items[k]
    # the posts joined as written: "Phó Tổng thư ký - Phó Chủ nhiệm", "Tổng thư ký – Chủ nhiệm"
    # (dev 603 gold), "Bí thư Ban cán sự, Bộ trưởng"
    joined = items[j][0] + "".join(it[4] + it[0] for it in items[j + 1:k + 1])
    return joined, chosen[1], chosen[2], end, True


# A plural before a title: the names listed after it hold it ("các Thứ trưởng: Thượng tướng A,
# Trung tướng B"; "các Thứ trưởng Bộ Giáo dục và Đào tạo Phạm Mạnh Hùng và Bùi Văn Ga", archive).
# (the number words are those that count alone before a noun, number_words.tsv: "hai", "ba", ...)
_PLURAL_WORDS = Words("các|những") + Words(sorted(numbers.words_alone("count"), key=lambda w: (-len(w), w)))
_PLURAL = regex.compile(rf"(?:(?<![\p{{L}}\p{{M}}])(?i:{_PLURAL_WORDS.alt(ONE_SPACE)})|(?<!\d)[2-9])\ $")
_LIST_SEP = regex.compile(r"(?:,|;|\ và)\ ")
_LIST_PREFIX = regex.compile(rf"(?:(?i:{_SHORT_HONORIFICS.alt(ONE_SPACE)})|{_RANKS})\ ")


def _listed_names(clean: str, pos: int) -> list[tuple[int, int]]:
    """The names listed at ``pos`` after a plural title [org] (":" allowed first), or []."""
    p = pos + 1 if clean.startswith(":", pos) else pos
    if clean.startswith(" là ", p):  # "bổ nhiệm 2 Thẩm phán TAND tối cao là ông A và ông B" (archive)
        p += 3
    gm = _LIST_INTRO.match(clean, p)
    colon = clean.startswith(":", pos)
    if gm:  # "8 phó trưởng ban, gồm các ông Cao Đức Phát, ...; Ngô Đông Hải; ..." (archive)
        p, colon = gm.end() - 1, colon or gm.group().endswith(": ")
    if not clean.startswith(" ", p):
        return []
    p += 1
    out = []
    for _ in range(8):
        pm = _LIST_PREFIX.match(clean, p)
        q = pm.end() if pm else p
        span = _name_after(clean, q)
        if span is None:
            break
        out.append(span)
        post = _OWN_POST.match(clean, span[1])
        if post and _title_re().match(clean, span[1] + 2):
            # "Cao Đức Phát, Phó trưởng ban Thường trực; Ngô Đông Hải": a post of his own, then ";"
            p = post.end()
            continue
        sep = _LIST_SEP.match(clean, span[1])
        if sep is None or (_title_re().match(clean, sep.end()) and not _LIST_PREFIX.match(clean, sep.end())):
            break  # "A, Phó Giám đốc ...": the list is over ("A, Trung tướng B" goes on)
        p = sep.end()
    return out if len(out) >= 2 or (out and colon) else []


# "gồm (có) (các) ông/bà/đồng chí(:)" before the names of a plural title's list.
_LIST_INTRO = regex.compile(r"(?:\ \p{Lu}[\p{L}\p{M}.&]*){0,3}"  # a short body not read: "5 Phó Chủ tịch UBND gồm"
                         rf",?\ (?:bao\ )?gồm(?:\ có)?(?:\ các)?(?:\ (?:{_SHORT_HONORIFICS.alt(ONE_SPACE)}))?(?:,?\ (?:{_PERSON_HONORIFICS.alt(ONE_SPACE)}))?:?\ ")
# A listed name's own post up to the ";" that ends its item.
_OWN_POST = regex.compile(r",\ [^;.\n]{1,80};\ ")


# Pattern E (extract): the noun of a post before it, "chức vụ", "chức danh", "(làm) nhiệm vụ"; after
# the post [a body no rule reads] [the term], "đối với / với / cho" + ông/bà, then the name.
_POST_NOUN = regex.compile(r"(?<![\p{L}\p{M}])(?:chức\ vụ|chức\ danh|nhiệm\ vụ(?:\ làm)?)\ $")
_POST_FOR = regex.compile(
    r"(?P<o>\ (?!đối\ với\ |với\ |cho\ |(?i:khóa)\ )[^,.;:()\n]{1,50}?)?"  # "Phó Tổng giám đốc Sabeco"
    r"(?:\ (?i:khóa)\ [IVXLC]+)?"           # "đại biểu Quốc hội khóa XIV"
    rf"\ (?:đối\ với|với|cho)\ (?:{_PERSON_HONORIFICS.alt(ONE_SPACE)})\ (?=\p{{Lu}})")
# A deputy's delegation written after the name or the post: "ông Võ Kim Cự, đoàn ĐBQH tỉnh Hà Tĩnh"
# (dev 603), "ông Võ Kim Cự, đại biểu Quốc hội khóa XIV thuộc Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh"
# (2017 archive, 3 articles).
_MP_WORDS = Words("đại biểu Quốc hội|ĐBQH")  # also in _DELEGATION
_DEPUTY_TITLES = frozenset(w.lower() for w in _MP_WORDS)
_DELEGATION_AFTER = regex.compile(
    rf"(?:,\ (?:{_MP_WORDS.alt(ONE_SPACE)}))?(?:\ (?i:khóa)\ [IVXLC]+)?(?:,|\ thuộc)"
    rf"(?=\ (?i:đoàn)\ (?:{_MP_WORDS.alt(ONE_SPACE)})\ )")


def _delegation_after(clean: str, end: int) -> str | None:
    """The delegation written after a deputy's name ("đoàn ĐBQH tỉnh Hà Tĩnh"), as written, or None."""
    m = _DELEGATION_AFTER.match(clean, end)
    dm = _DELEGATION.match(clean, m.end()) if m else None
    pe = organizations.ppat_match(clean, dm.end()) if dm else None
    return clean[m.end() + 1:pe] if pe else None


# The body after a post whose holder is named before it ("Ông X, Giám đốc Trung tâm ... cho biết"),
# read on past where the organisation reader stops, up to a punctuation mark, a dash, a verb of
# saying or a word that ends a body: "ông Đào Nghĩa Nhuận, Phó chủ tịch Hội Khoa học và kỹ thuật
# nông nghiệp Hà Tĩnh cho rằng", "TS Nguyễn Tùng Lâm – Chủ tịch Hội tâm lý giáo dục Hà Nội, có",
# "bà Nguyễn Thị Thu Hà- Phó Chánh văn phòng Cục Quản lý đấu thầu (Bộ Kế hoạch và Đầu tư)" (2017
# archive lines i % 7 == 3, issue 12: the org of ~60 of 158 such posts was missing or cut).
_SAID = regex.compile(rf"\ (?:{Words(word_list('subject_verbs')).longest_first().alt(ONE_SPACE)})(?![\p{{L}}\p{{M}}])")
# Lower-case words that end such a body: function words, the verbs after a subject, the verbs that
# never go on a name (data: body_end, not_word_rest); "Trưởng phòng Tổ chức cán bộ Viện Kiểm sát Nhân
# dân tỉnh Quảng Trị bằng hình thức: Cách chức" (dev 602). Not "và" ("Hội Khoa học và kỹ thuật") nor
# words that open a field inside a name ("phát triển", "ngoại giao", "dự án", "công nghệ").
_BODY_STOP = word_list("body_end") | word_list("not_word_rest")
_BODY_CAP_STOP = names.SENTENCE_OPENERS | word_list("org_cap_stop")  # "... Việt Nam Tại hội nghị"
_BODY_WORD = regex.compile(r"\ ([^\s,.;:()\[\]\"'!?…“”–—-][^\s,.;:()\[\]\"'!?…“”]*(?<![-–—]))")
_BODY_CLOSE = regex.compile(r"\ ?[,.;:()\[\]\"'!?…“”]|\ ?[-–—]\ |\s*$")


# The words of a body after a title up to the name: no punctuation, at most 12 words.
_BODY_SPAN = regex.compile(r"\ [^,;:.()\[\]\n\"“”–—-]{2,90}")
_CAP_START = regex.compile(r"(?<=\ )\p{Lu}")


def _body_then_name(clean: str, te: int) -> tuple[str, tuple[int, int]] | None:
    """(body, name span) of a title + a body that opens with a head word + a full name whose family
    name is unambiguous ("Trưởng Ban Trọng tài Nguyễn Văn Mùi"); None when the organisation reader
    reads the name into the body ("Hiệu trưởng Trường THPT Chu Văn An")."""
    m = _BODY_SPAN.match(clean, te)
    if m is None or organizations.head_at(clean[te + 1].upper() + clean[te + 2:te + 40], 0) is None:
        return None
    body_end = None  # where the body the organisation reader reads ends (-1: none), asked when needed
    for c in _CAP_START.finditer(clean, te + 2, m.end()):
        p = c.start()
        span = _name_after(clean, p)
        if span is None or names._surnames().get(clean[p:clean.find(" ", p)]) is not False:
            continue
        if body_end is None:
            f = organizations.find_at(clean, te + 1, min(len(clean), te + 240))
            body_end = f.end if f is not None else -1
        if body_end > p:
            return None
        body = clean[te + 1:p - 1]
        if body.count(" ") > 11 or any(w in _BODY_STOP or w in _BODY_CAP_STOP or w in _SHORT_HONORIFICS
                                       for w in body.split(" ")) or _SAID.search(" " + body):
            return None  # "Giám đốc Sở Nội vụ hiện nay là ông Trần Huy Sáng": a clause, not a body
        if span[1] - p < 10 or clean.count(" ", p, span[1]) < 2:
            return None  # "CTCP tập đoàn Hoàng Gia": two syllables may close a body's name
        return body, span
    return None


def _foreign_in_body(clean: str, start: int, end: int) -> int | None:
    """End of a body read after a title that runs on into its holder's foreign name: "Chủ tịch Ủy ban
    châu Âu Jean-Claude Juncker hy vọng", "Chủ tịch Nghị viện châu Âu Antonio Tajani" (2017 archive
    lines i % 7 == 3: 9 such after a European body; issue 12). The name ends the capitalised run."""
    for c in _CAP_START.finditer(clean, start + 2, end):
        fw = names.FOREIGN_WORD.match(clean, c.start())
        before = clean[clean.rfind(" ", start, c.start() - 1) + 1:c.start() - 1]
        if fw and not before.isascii() and before.isalpha() and names.looks_foreign(fw.group()):
            # the body ends with a Vietnamese word ("châu Âu"), not a Latin one ("Cty Lens
            # Technology", "Công ty New Talent"); the name's first word is no Vietnamese syllable
            # ("Liên bang Nga Matvienko", "Bồ Đào Nha Eduardo": a country's last word)
            span = _foreign_after(clean, c.start(), False)
            if span and span[0] == c.start() and span[1] >= end - 4:
                return c.start() - 1
    return None


def _bare_head(org: str) -> bool:
    """Whether a body is its head word alone ("Bệnh viện", "Trường"), a name to follow."""
    he = organizations.head_at(org[:1].upper() + org[1:] + " x", 0)  # a head is followed by a word
    return he is not None and he == len(org)


def _body_written_on(clean: str, te: int, org, org_name, pos: int):
    """(org, org_name, end) with the body after a post read on to where it is closed (_SAID above);
    unchanged when no head word opens it or nothing closes it within 8 words. A body the
    organisation reader read is read on only up to a punctuation mark, a dash or a verb of saying
    ("Tổng biên tập Báo Hải quan điều phối phiên 1 của ...", dev 025, stays "Báo Hải quan")."""
    start = te + 1
    if not clean.startswith(" ", te) or (org is not None and not clean.startswith(org, start)):
        return org, org_name, pos  # a chain, or a body named by the title's head ("Phòng ...")
    p = pos = start + len(org) if org is not None else pos  # (not after a bracket read past it)
    if org is None:
        w = clean[start:start + 40]
        he = organizations.head_at(w[:1].upper() + w[1:], 0) if w else None
        if he is None:
            return org, org_name, pos  # "Trưởng khoa Nhiễm": no body named
        p = pos = start + he  # the head alone is no body: a word must follow it
    for _ in range(8):
        if _BODY_CLOSE.match(clean, p) or _SAID.match(clean, p):
            break
        m = _BODY_WORD.match(clean, p)
        if m is None or m.group(1) in _BODY_STOP or m.group(1) in _BODY_CAP_STOP:
            if org is not None:
                return org, org_name, pos
            break
        p = m.end()
    else:
        return org, org_name, pos
    written = clean[start:p]
    while written.endswith((" và", " của")):
        written = written.rsplit(" ", 1)[0]  # "Viện nghiên cứu giới và" + a verb
    p = start + len(written)
    if p <= pos:
        return org, org_name, pos
    if org is None and written[:1].islower() and not _LU.search(written, len(written.split(" ", 1)[0])):
        return org, org_name, pos  # "bộ phận sản phẩm điện thoại": a lower-case head names no body
    if org is not None and not _LU.search(clean, pos, p):
        return org, org_name, pos  # "Báo Hải quan" + "điều phối phiên 1": no name goes on in lower case
    return written, written, p


# Appointment verbs before a post: "giữ chức (vụ)", "làm", "hiện là", "được bầu giữ chức".
_APPOINT = regex.compile(
    r"\ (?:(?:được\ (?:bầu|bổ\ nhiệm|điều\ động|phân\ công)\ )?(?:giữ\ chức(?:\ vụ)?|làm)"
    rf"|(?:[-–]\ )?(?:(?:{(_THEN_WORDS + Words('đồng thời')).alt(ONE_SPACE)})\ )?"  # "bà X - khi đó là", "ông X đồng thời là"
    rf"(?:hiện|đang|{PAST_WORDS.alt(ONE_SPACE)})?\ ?(?:là|giữ\ chức(?:\ vụ)?))\ $"  # "nguyên là"
)
# The same pattern in the standard engine: ~3x faster on this search back from a title (its
# alternatives are tried at each of 40 positions); it holds nothing the engines read otherwise
# (no \s, class or case rule; tests/test_officials.py checks both agree).
_APPOINT_STD = re.compile(_APPOINT.pattern)
# "Mai Xuân Sáng (57 tuổi, Phó bí thư, ...", "Lê Đình Kình (82 tuổi, nguyên Bí thư ...": a bracket
# with the age (or the year of birth) opens the post (2017 archive, court and discipline news).
_AGE_BRACKET = regex.compile(r"\ \((?:\d{1,3}\ tuổi|SN\ \d{4}|sinh\ năm\ \d{4})[,;]\ $")
# "đoàn tỉnh Bình Định" after "Đại biểu Quốc hội" (the delegation a deputy sits in).
_DELEGATION = regex.compile(
    rf"\ (?i:đoàn)(?:\ (?:{_MP_WORDS.alt(ONE_SPACE)}))?\ (?:(?i:{provinces.UNIT_WORDS.alt(ONE_SPACE)})\ |(?:{provinces.UNIT_ABBREVIATIONS.alt()})\.?\ ?)?(?=\p{{Lu}})"
)


# People's committees and councils (_GENERIC_BODY, _BARE_BODY).
_PEOPLES_BODIES = organizations.PEOPLES_BODIES
_GENERIC_BODY = regex.compile(rf"(?:{_PEOPLES_BODIES.alt(ONE_SPACE)})(?:\ (?:{_UNIT_LEVELS.alt(ONE_SPACE)}))?")
# A body read up to its level word, no place named ("UBND phường", "Công an huyện").
_LEVEL_END = regex.compile(rf"\ (?:{_UNIT_LEVELS.alt(ONE_SPACE)})$")


# An envoy's post, then "(Đặc mệnh toàn quyền) Việt Nam tại" + the host country and the name.
# The envoys' posts are titles.tsv's rows that take envoy ("Đại sứ", "Tổng Lãnh sự", "Tham tán
# Thương mại"); a title ending with one ("Phó Đại sứ") is an envoy's.
_ENVOY_POSTS = Words(read_by("titles.tsv", "envoy", key="title", column="takes"))
_ENVOY_TITLE = regex.compile(rf"(?i:{_ENVOY_POSTS.alt(ONE_SPACE)})$")
_PLENIPOTENTIARY = Words("đặc mệnh toàn quyền")  # "Đại sứ Đặc mệnh toàn quyền"
_ENVOY_AT = regex.compile(rf"\ (?:(?i:{_PLENIPOTENTIARY.alt(ONE_SPACE)})\ )?(?:Việt\ Nam|nước\ ta)\ tại\ ")
# A foreign state's envoy to Vietnam: "Đại sứ Mỹ tại Việt Nam Ted Osius", "Đại sứ Trung Quốc tại Việt
# Nam Hồng Tiểu Dũng", "Đại sứ Hà Lan tại Việt Nam Nienke Trootser" (2017 archive lines i % 7 == 3:
# 10 such, none read; issue 12). The sending state is checked with organizations.is_country.
_ENVOY_FROM = regex.compile(rf"\ (?:(?i:{_PLENIPOTENTIARY.alt(ONE_SPACE)})\ )?(?P<c>\p{{Lu}}[\p{{L}}\p{{M}}]*(?:\ \p{{Lu}}[\p{{L}}\p{{M}}]*){{0,2}})\ tại\ (?=Việt\ Nam\ )")
_CAP_RUN = regex.compile(r"\p{Lu}[\p{L}\p{M}-]*(?:\ \p{Lu}[\p{L}\p{M}-]*){1,7}(?![\p{L}\p{M}])")


def _org_ends_in_name(clean: str, pos: int, end: int):
    """(org, org_name, end) without the person's name an organisation read runs into, or None.

    "UBND thành phố Lê Văn Xuân", "Tập đoàn Lê Văn Yên": the words after the head (or the level)
    are exactly a personal name, so the name is the person and the body is the head as written.
    """
    words = clean[pos:end].split(" ")
    for k in (4, 3, 2):
        if len(words) > k and names.name_ok(words[-k:]) and all(_NAME_SYL.fullmatch(w) for w in words[-k:]):
            head = " ".join(words[:-k])
            if not (_GENERIC_BODY.fullmatch(head) or head in organizations.head_words()):
                return None  # "Sở Công Thương Bình Dương" is a named body
            if any(provinces.is_province_name(" ".join(words[i:i + 2])) for i in range(len(words) - k, len(words) - 1)):
                return None
            return head, head, pos + len(head)
    return None


def _transcribed_after(clean: str, pos: int) -> tuple[int, int] | None:
    """2-4 capitalised syllables at ``pos`` that end where the run ends ("Tập Cận Bình")."""
    syl = _syllables_at(clean, pos)
    if clean[syl[-1].end():syl[-1].end() + 1] == "-" if syl else True:
        return None  # "Moon Jae-in": a foreign name, read by _foreign_after
    if (2 <= len(syl) <= 4 and not any(m.group() in names._NOT_NAME and m.group() != "Tập" for m in syl)
            and any(not m.group().isascii() for m in syl)):  # Vietnamese syllables: "Lý Khắc Cường"
        return pos, syl[-1].end()
    return None


def _org_at(clean: str, pos: int, title: str) -> tuple[str | None, str | None, int]:
    """The organisation named right after a title: (as written, canonical name, end)."""
    hit = _head_in_title_org(clean, pos, title)
    if hit:
        return hit
    if clean.startswith("Chính phủ", pos):  # "Thủ tướng Chính phủ Nguyễn Xuân Phúc"
        return "Chính phủ", "Chính phủ", pos + len("Chính phủ")
    f = organizations.find_at(clean, pos, min(len(clean), pos + 240))
    cut = _foreign_in_body(clean, pos, f.end) if f else None
    if cut:
        written = " ".join(clean[pos:cut].split())
        return written, written, cut
    if f:
        # "Cục trưởng Cục Điều tiết điện lực, Bộ Công Thương": the first body is the post.
        written = " ".join(clean[pos:f.end].split())
        if written.casefold() == f.name.casefold():  # "Bộ Công thương": a spelling of the name
            written = f.name
        return written, f.name, f.end
    if _MINISTER_AT_END.search(title):
        words = _MINISTRY_WORDS.match(clean[pos:pos + 60])
        if words:
            canon = organizations.canonical_names()
            parts = words.group().split(" ")
            for k in range(len(parts), 0, -1):  # "Bộ trưởng Tài chính" -> "Bộ Tài chính"
                written = " ".join(parts[:k]).rstrip(",")  # "Bộ trưởng Công Thương, chỉ đạo"
                key = ("Bộ " + written.replace(" & ", " và ")).lower()  # "Kế hoạch & Đầu tư"
                # "Bộ trưởng Kế hoạch đầu tư", "Bộ trưởng TN-MT": the fields joined otherwise
                hit = canon.get(key) or organizations.loose_ministry(written)
                if not hit and k >= 2 and _name_after(clean, pos + len(written) + 1):
                    # The first field of a ministry of two, a name right after: "Bộ trưởng Nông
                    # nghiệp Nguyễn Xuân Cường" (2017 archive) is Bộ Nông nghiệp và Phát triển
                    # nông thôn, when one ministry only is named so
                    longer = {v for c, v in canon.items() if c.startswith(key + " và ") and v.startswith("Bộ ")}
                    hit = longer.pop() if len(longer) == 1 else None
                if hit:
                    # Nothing whole is written: the ministry's name stands for it.
                    return hit, hit, pos + len(written)
    if _IS_UPPER[clean[pos:pos + 1]]:
        # the next three read capitalised words from pos on (a Latin capital, \p{Lu}): not tried
        # before a lower-case word, a digit or a mark (the fast paths officials._LATIN_RUN,
        # officials._CAP_WORDS; foreign_company_at reads its run with a [A-Z] first)
        e = organizations.foreign_company_at(clean, pos)
        if e:  # "Tổng Giám đốc NTT East"
            return clean[pos:e], clean[pos:e], e
        lm = _LATIN_RUN.match(clean, pos)
        if lm and _name_after(clean, lm.end() + 1):  # "Tổng Giám đốc Vietjet Air Đinh Việt Phương"
            return lm.group(), lm.group(), lm.end()
        for k in (3, 2, 1):  # "Thủ tướng Nhật Bản Shinzo Abe", "Tổng thống Mỹ Joe Biden"
            m = _CAP_WORDS[k].match(clean, pos, pos + 40)  # (no look-behind: as on clean[pos:pos + 40])
            if m and organizations.is_country(m.group()):
                return m.group(), m.group(), m.end()
    m = _BARE_BODY.match(clean, pos)
    if m and (not _LU.match(clean, m.end() + 1) or _name_after(clean, m.end() + 1)):
        # "Phó Chủ tịch Thường trực UBND tỉnh cho biết": the article's province; "Bí thư Thành
        # ủy Hoàng Trung Hải" (a name, not a place, after it)
        return m.group(), m.group(), m.end()
    he = organizations.head_at(clean, pos)
    if he and _name_after(clean, he + 1):
        # "Phó Chủ tịch Quân ủy Phạm Trường Long", "Chủ tịch HĐTV Tập đoàn Lê Văn Yên": the head
        # alone stands for the body, its holder's name follows (2017 archive)
        return clean[pos:he], clean[pos:he], he
    lv = _PLACE_LEVEL.match(clean, pos)
    pe = organizations.ppat_match(clean, lv.end() if lv else pos)
    if pe and clean.startswith(" ", pe) and _name_after(clean, pe + 1):
        # "Bí thư tỉnh Yên Bái Phạm Thị Thanh Trà", "Bí thư Hà Nội Hoàng Trung Hải" (2017
        # archive): the place stands for its body; the name follows it
        return clean[pos:pe], clean[pos:pe], pe
    return None, None, pos


# "tỉnh " / "thành phố " / "TP " / "TP." before a province written after a title ("Chủ tịch TP.Hà Nội").
_PLACE_LEVEL = regex.compile(rf"(?:(?:{provinces.UNIT_WORDS.alt(ONE_SPACE)})\ |(?:{provinces.UNIT_ABBREVIATIONS.alt()})(?:\.\ ?|\ ))")


# A committee, council, police or Party committee of a level with no place named: the one of the
# article's place ("Chủ tịch UBND tỉnh", "Bí thư Tỉnh ủy", "Giám đốc Công an tỉnh").
_BARE_BODY = regex.compile(
    rf"(?:(?:{(_PEOPLES_BODIES + organizations.POLICE).alt(ONE_SPACE)})\ (?:{_UNIT_LEVELS.alt(ONE_SPACE)}|{provinces.UNIT_ABBREVIATIONS.alt()})"
    rf"(?:(?<={organizations.NUMBERED_LEVELS.alt(ONE_SPACE)})\ \d{{1,2}})?"  # "Phó Chủ tịch UBND quận 2 Huỳnh Thanh Khiết" (2017 archive)
    rf"|{organizations.PARTY_COMMITTEES.alt(ONE_SPACE)})(?![\p{{L}}\p{{M}}\d.])"
)


# Titles after which a foreign name may follow directly, with no organisation between: heads of
# state and government, diplomats, mayors, chief executives ("Tổng thống Donald Trump").
# (organizations.FOREIGN_HOLDER_POSTS: "tổng thư ký", "đại sứ", "ceo", "giám đốc điều hành").
# The heads of state and government, diplomats and mayors are titles.tsv's rows that take foreign_name.
_FOREIGN_HEADS = Words(read_by("titles.tsv", "foreign_name", key="title", column="takes"))
_FOREIGN_CUES = regex.compile(
    rf"(?i:(?:phó\ )?(?:{(_FOREIGN_HEADS + organizations.FOREIGN_HOLDER_POSTS).alt(ONE_SPACE)}))$"
)


_CHAIR = regex.compile(r"(?i:chủ\ tịch)")


# The end-anchored patterns only asked whether they match before a point (a title, a name) or
# at the end of a title, searched from there backwards (regex.REVERSE): the same answer, without
# trying every start of the window (tests/test_officials.py holds each to its pattern).
_FROM_END = {name: from_end(p) for name, p in (
    ("_PLURAL", _PLURAL), ("_POST_NOUN", _POST_NOUN), ("_HONORIFIC", _HONORIFIC), ("_MINISTER", _MINISTER),
    ("_FOREIGN_CUES", _FOREIGN_CUES), ("_ENVOY_TITLE", _ENVOY_TITLE), ("_RANK_END", _RANK_END),
    ("_LEVEL_END", _LEVEL_END), ("_HON_BEFORE", _HON_BEFORE), ("_APPOINT", _APPOINT), ("_LATIN_TAIL", _LATIN_TAIL))}
(_PLURAL_AT_END, _POST_NOUN_AT_END, _HONORIFIC_AT_END, _MINISTER_AT_END, _FOREIGN_CUES_AT_END, _ENVOY_TITLE_AT_END,
 _RANK_END_AT_END, _LEVEL_END_AT_END, _HON_BEFORE_AT_END) = (_FROM_END[n] for n in (
    "_PLURAL", "_POST_NOUN", "_HONORIFIC", "_MINISTER", "_FOREIGN_CUES", "_ENVOY_TITLE", "_RANK_END", "_LEVEL_END",
    "_HON_BEFORE"))
_APPOINT_AT_END = _FROM_END["_APPOINT"]
# _LATIN_TAIL's match is read too: backwards, its greedy words reach as far left as the forward
# search's leftmost start (the same match; tests/test_officials.py compares them), ~0.5 us where
# the forward search tried every start of its 60 characters (~11 us)
_LATIN_TAIL_AT_END = _FROM_END["_LATIN_TAIL"]


def _foreign_cue(title: str) -> bool:
    return bool(_FOREIGN_CUES_AT_END.search(title))


def _clean_title(t: str) -> str:
    """The title without "tân" (newly appointed) before it: ``_TAN.sub("", t)``, the one match
    at the start cut off (no new string when there is none, most titles)."""
    m = _TAN.match(t)
    return t[m.end():] if m else t


_CAP_SYL_END = regex.compile(r"(\p{Lu}[\p{Ll}\p{M}]{0,7})$")
_INSTITUTION_OR_NAME = regex.compile(r"\ (?:Chính\ phủ|\p{Lu})")


# What given names are made of (letters, marks, the hyphen of "Jae-in"): _given_at's assumption.
_GIVEN_CHARS = regex.compile(r"[\p{L}\p{M}-]+")
_GIVEN_RUN = regex.compile(r"[\p{L}\p{M}-]*")  # where such characters from a point end (_given_at)
_SHORT_HON = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:{_SHORT_HONORIFICS.alt(ONE_SPACE)})\ ")
_SHORT_TRIGGER = "|".join(_SHORT_HONORIFICS)


def _letter(clean: str, i: int) -> bool:
    """Whether ``clean[i]`` is a letter or a mark (\\p{L} or \\p{M}, as the regex engine says)."""
    c = clean[i]
    if c < "\x80":
        return c.isalpha()  # ASCII: the same letters as \p{L}, no marks
    return _LM.match(c) is not None


def _full_mentions(clean: str, people: dict[str, _Person]) -> list[tuple[int, int, _Person]]:
    """Mentions of the full names, as ``(?<!L)(?:names, longest first)(?!L)`` finditer gives them.

    Each name is found with str.find; at one position the longest name wins (the alternation
    tries it first), and a match hides those that start inside it (finditer goes on at its end).
    """
    n = len(clean)
    found = []
    for name, p in people.items():
        k = len(name)
        i = clean.find(name)
        while i >= 0:
            e = i + k
            if (i == 0 or not _letter(clean, i - 1)) and (e >= n or not _letter(clean, e)):
                found.append((i, -k, p))
            i = clean.find(name, i + 1)
    found.sort(key=lambda x: (x[0], x[1]))
    out = []
    last = 0
    for i, negk, p in found:
        if i >= last:
            out.append((i, i - negk, p))
            last = i - negk
    return out


def _given_at(clean: str, q: int, given: dict[str, int], limit: int, after_title: bool = False):
    """(end, given name) of the given name at ``q`` that the alternation of ``given`` (in its
    order) matches there before a non-letter, ``clean`` read up to ``limit``; None if none.

    Given names are letters, marks and hyphens (_GIVEN_CHARS), so a match ends at the end of
    the letters at ``q`` or at a hyphen inside them. ``after_title``: also not before a space
    and a capital (another word of a name).
    """
    if q >= limit:
        return None
    # the letters, marks and hyphens from q (one regex match, not a call per character); a name
    # may end at each hyphen after the first character, or where they end
    j = _GIVEN_RUN.match(clean, q, limit).end()
    best = None
    h = clean.find("-", q + 1, j)
    while h >= 0:
        k = given.get(clean[q:h])
        if k is not None and (best is None or k < best[0]):
            best = (k, h)
        h = clean.find("-", h + 1, j)
    if j > q:
        k = given.get(clean[q:j])
        if k is not None and (best is None or k < best[0]):
            best = (k, j)
    if best is None:
        return None
    k, e = best
    if after_title and e + 1 < limit and clean[e] == " " and _LU.match(clean, e + 1):
        # the alternation's first choice fails here: try the others in their order
        rest = {g: i for g, i in given.items() if i != k}
        return _given_at(clean, q, rest, limit, after_title) if rest else None
    return e, clean[q:e]


def _honorifics(clean: str, starts) -> list[tuple[int, int]]:
    """(start, end) of each "ông ", "bà ", "đồng chí " in the text (_SHORT_HON), in order.

    Most starts of the trigger words are inside a word ("không", "công", "bàn": three in four on
    archive text), where the pattern's look-behind fails: the character before is read first
    (_IS_LETTER, the look-behind's class), without a regex call."""
    out = []
    for p in starts(_SHORT_TRIGGER):
        if p and _IS_LETTER[clean[p - 1]]:
            continue
        m = _SHORT_HON.match(clean, p)
        if m is not None:
            out.append((p, m.end()))
    return out


fast_path("officials._SHORT_HON", _SHORT_HON, "match",
          lambda s, p: any(a == p for a, _ in _honorifics(s, scan.Starts(s))), _SHORT_HONORIFICS)


def _short_mentions(clean: str, honorifics: list[tuple[int, int]], given: dict[str, int],
                    firsts: frozenset[str]):
    """(start, end, given) of "ông Huy", "bà Thắng", "đồng chí Tuấn", as finditer would give them;
    ``honorifics``: the text's _honorifics(); ``firsts``: the first letters of ``given`` (no
    given name is read after an honorific that another letter follows)."""
    n = len(clean)
    last = 0
    for p, e in honorifics:
        if p < last or clean[e:e + 1] not in firsts:
            continue
        hit = _given_at(clean, e, given, n)
        if hit:
            yield p, hit[0], hit[1]
            last = hit[0]


def _short_mentions_re(clean: str, given: dict[str, int]):
    """_short_mentions and the title + given name reader by regexes built for this text."""
    given_alts = "|".join(regex.escape(g) for g in given)
    short = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?i:{_SHORT_HONORIFICS.alt(ONE_SPACE)})\ (?P<g>{given_alts})(?![\p{{L}}\p{{M}}])"
    )
    after_title = regex.compile(rf"\ (?P<g>{given_alts})(?![\p{{L}}\p{{M}}\ ]\p{{Lu}})(?![\p{{L}}\p{{M}}])")

    def after(te):
        g = after_title.match(clean, te, te + 12)
        return (g.end(), g.group("g")) if g else None

    shorts = [(m.start(), m.end(), m.group("g")) for m in short.finditer(clean)]
    return shorts, after


class _Cover:
    """Which positions fall inside a set of spans, in O(log n) per question."""

    def __init__(self, spans) -> None:
        ordered = sorted((s, e) for s, e, *_ in spans)
        self.starts = [s for s, _ in ordered]
        self.max_end = []
        m = -1
        for _, e in ordered:
            m = max(m, e)
            self.max_end.append(m)

    def covers(self, pos: int) -> bool:
        k = bisect.bisect_right(self.starts, pos)
        return k > 0 and self.max_end[k - 1] > pos


def extract(doc) -> list[Official]:
    clean = doc.clean
    people: dict[str, _Person] = {}
    used_titles: list[tuple[int, int]] = []
    bare_titles: list[tuple[int, int, str, str | None]] = []
    title_spans: list[tuple[int, int]] = []
    tried = _title_tried(clean, doc.starts)
    chain_end = -1
    honored: dict[str, list[tuple[int, int]]] | None = None  # given name -> "ông/bà + full name" spans
    hons: list[tuple[int, int]] | None = None  # the text's _honorifics(), read once when needed

    def honorifics() -> list[tuple[int, int]]:
        nonlocal hons
        if hons is None:
            hons = _honorifics(clean, doc.starts)
        return hons

    def named_by_honorific() -> dict[str, list[tuple[int, int]]]:
        """People named in full after "ông", "bà", "đồng chí" anywhere in the text, by given name."""
        nonlocal honored
        if honored is None:
            honored = {}
            for _, e in honorifics():
                sp = _name_after(clean, e)
                if sp:
                    nm = clean[sp[0]:sp[1]]
                    spans_ = honored.setdefault(nm.rsplit(" ", 1)[-1], [])
                    if all(clean[a:b] != nm for a, b in spans_):
                        spans_.append(sp)
        return honored

    def by_given_name(g: str) -> tuple[int, int] | None:
        """The one person of that given name, titled already or named after an honorific."""
        same = {q.name: (q.start, q.end) for q in people.values() if q.name.rsplit(" ", 1)[-1] == g}
        for a, b in named_by_honorific().get(g, ()):
            same.setdefault(clean[a:b], (a, b))
        return next(iter(same.values())) if len(same) == 1 else None

    for tm in scan.finditer_at(_title_re(), tried, clean):
        ts, te = tm.span()
        if ts < chain_end:
            continue  # a later post of a chain already read
        title_spans.append((ts, te))
        title = _clean_title(tm.group("title"))
        title, te = _state_body_split(clean, title, te)
        # Pattern A: title [org] [(org)] name.
        org, org_name, pos = _org_at(clean, te + 1, title) if clean[te:te + 1] == " " else (None, None, te)
        if org is None:
            pos = te
        pm = _PAREN.match(clean, pos)
        if pm:
            pos = pm.end()
        title, org, org_name, pos, chained = _chain(clean, title, org, org_name, te, pos)
        if chained:
            chain_end = pos
        rk = _RANK_BEFORE.match(clean, pos)
        if rk and _name_after(clean, rk.end() + 1):
            pos = rk.end()  # "Bộ trưởng Bộ Quốc phòng Đại tướng Ngô Xuân Lịch"
        if org is None:
            dm = _DELEGATION.match(clean, pos)
            pm2 = organizations.ppat_match(clean, dm.end()) if dm else None
            if pm2 and _name_after(clean, pm2 + 1):
                # "Đại biểu Quốc hội đoàn tỉnh Bình Định Nguyễn Văn Cảnh"
                org = org_name = clean[pos + 1:pm2]
                pos = pm2
        if org is not None and not _name_after(clean, pos + 1):
            cut = _org_ends_in_name(clean, te + 1, pos)
            if cut:  # "Phó Chủ tịch UBND thành phố Lê Văn Xuân": the person, not the city
                org, org_name, pos = cut
            elif " " in org:
                head, _, g = org.rpartition(" ")
                if (head in organizations.head_words() or _BARE_BODY.fullmatch(head)) and _NAME_SYL.fullmatch(g) \
                        and by_given_name(g):
                    # "Bí thư Tỉnh ủy Hùng", with "đồng chí Nguyễn Văn Hùng" elsewhere
                    org = org_name = head
                    pos = pos - len(g) - 1
        if _PLURAL_AT_END.search(clean, max(0, ts - 12), ts):
            # "các Thứ trưởng: Thượng tướng Lê Quý Vương, Trung tướng Bùi Văn Nam" (issue 12)
            listed = _listed_names(clean, pos)
            if listed:
                for a, b in listed:
                    nm = clean[a:b]
                    if nm not in people:
                        # weak: a post written with the name in the list wins ("các Ủy viên T.Ư
                        # Đảng: Ngô Thị Thanh Hằng, Phó Bí thư Thường trực Thành ủy; ...")
                        people[nm] = _Person(nm, a, b, title, org, org_name, weak=True, listed=True)
                used_titles.append((ts, te))
                continue
        while clean.startswith("  ", pos) and pos - te < 240:
            pos += 1  # "Bộ trưởng  Trần Tuấn Anh": a doubled space (scraped text)
        span = _name_after(clean, pos + 1) if clean[pos:pos + 1] == " " else None
        if span is None and _ENVOY_TITLE_AT_END.search(title):
            # "Đại sứ Việt Nam tại Mỹ Phạm Quang Vinh", "Tham tán Thương mại Việt Nam tại Canada
            # Hoàng Anh Dũng" (dev 502 gold: no org), "Đại sứ Đặc mệnh toàn quyền Việt Nam tại Nhật
            # Bản Nguyễn Quốc Cường" (2017 archive ~100): the host country, then the envoy's name
            em = _ENVOY_AT.match(clean, te)
            run = _CAP_RUN.match(clean, em.end()) if em else None
            cand = _name_before(clean, run.end()) if run else None
            if cand and cand[0] > em.end():
                span, org, org_name, pos = cand, None, None, cand[1]
            fm = None if em else _ENVOY_FROM.match(clean, te)
            if fm and organizations.is_country(fm.group("c")):
                # "Đại sứ Mỹ tại Việt Nam Ted Osius", "Đại sứ Trung Quốc tại Việt Nam Hồng Tiểu Dũng"
                run = _CAP_RUN.match(clean, fm.end())
                cand = _name_before(clean, run.end()) if run else None
                if not (cand and cand[0] > fm.end() + len("Việt Nam")):
                    cand = _foreign_after(clean, fm.end())
                if not cand and clean.startswith("Việt Nam ", fm.end()):
                    cand = _transcribed_after(clean, fm.end() + len("Việt Nam "))  # "Hồng Tiểu Dũng"
                if cand and cand[0] > fm.end() + len("Việt Nam"):
                    span, org, org_name, pos = cand, None, None, cand[1]
        if span is None and org is not None and clean.startswith(", ", pos):
            # "Cục trưởng Cục Chống tham nhũng, Thanh tra Chính phủ Phạm Trọng Đạt" (dev 604): the
            # parent body after a comma, then the name; the first body is the post's
            parent = organizations.find_at(clean, pos + 2, min(len(clean), pos + 240))
            if parent and clean.startswith(" ", parent.end):
                span = _name_after(clean, parent.end + 1)
        if span and org and (_LEVEL_END_AT_END.search(org) or _bare_head(org)) and _APPOSITION.search(clean[max(0, ts - 3):ts]):
            # "ông Dương Tuấn Anh, Chủ tịch UBND phường Phạm Đình Hổ cho biết" (2017 archive): the
            # person is named before the post; the words after the level name the ward after a person.
            # So after a bare head: "Ông Nguyễn Quốc Anh, Giám đốc Bệnh viện Bạch Mai", "Hiệu trưởng
            # Trường Lê Quý Đôn" (issue 12; the hospital was read as a person "Bạch Mai")
            e = ts - len(_APPOSITION.search(clean[max(0, ts - 3):ts]).group())
            before = _name_before(clean, e)
            if before and _HON_BEFORE_AT_END.search(clean, max(0, before[0] - 8), before[0]):
                org = org_name = org + " " + clean[span[0]:span[1]]
                pos, span = span[1], before
        if span is None and clean[pos:pos + 1] == " " and org and organizations.is_country(org):
            # "Chủ tịch nước Trung Quốc Tập Cận Bình": a foreign name in Vietnamese syllables
            span = _transcribed_after(clean, pos + 1)
        if span is None and clean[pos:pos + 1] == " " and (org or _foreign_cue(title)):
            # "Tổng thống Donald Trump", "Tổng Giám đốc NTT East Inoue Fukuzo"
            span = _foreign_after(clean, pos + 1)
        if span is None and org is None and clean[pos:pos + 1] == " " and _CHAIR.fullmatch(title):
            # "Chủ tịch Fidel Castro", "Chủ tịch Kim Jong-un" (dev 605; 2017 archive ~15 per 900
            # articles): a chairman's foreign name of two words; a longer run may hold a company or
            # a club ("Chủ tịch Real Madrid Florentino Perez")
            cand = _foreign_after(clean, pos + 1)
            if cand and clean.count(" ", cand[0], cand[1]) == 1:
                span = cand
        if span is None:
            # Pattern B: name, title [org]: "Ông Cao Tường Huy, Quyền Chủ tịch ...",
            # "ông Inoue Fukuzo, Tổng Giám đốc NTT East".
            sep = _APPOSITION.search(clean[max(0, ts - 3):ts])
            if sep:
                e = ts - len(sep.group())
                while e > 0 and clean[e - 1] == " " and ts - e < 6:
                    e -= 1  # "ông  Đinh La Thăng  , Ủy viên Trung ương Đảng" (dev 212 spacing)
                span = _name_before(clean, e) or _foreign_before(clean, e) or _honored_name_before(clean, e)
            if span is None and not sep and clean[ts - 1:ts] == " ":
                # "Ông Nguyễn Văn Tiến Chủ tịch UBND xã Phù Chẩn chia sẻ", "Nguyễn Đức Chung Chủ
                # tịch TP.Hà Nội" (2017 archive): no comma, the name after an honorific or opening
                # a sentence
                cand = _name_before(clean, ts - 1)
                if cand and (_HON_BEFORE_AT_END.search(clean, max(0, cand[0] - 8), cand[0])
                             or _SENTENCE_START.search(clean, max(0, cand[0] - 3), cand[0])):
                    span = cand
            if span is None:
                am = _AGE_BRACKET.search(clean, max(0, ts - 25), ts)
                if am:  # "ông Mai Xuân Sáng (57 tuổi, Phó bí thư, Chủ tịch UBND xã ..."
                    span = _name_before(clean, am.start())
            if span is None:
                # "Nguyễn Văn A (SN 1965), nguyên Giám đốc ...": a bracket between name and post
                bm = _BRACKET_APPOSITION.search(clean, max(0, ts - 45), ts)
                if bm:
                    span = _name_before(clean, bm.start())
            if span is None and sep:
                # "Đại tá Nguyễn Văn An cho biết ... Ông An, Trưởng Công an huyện, cho hay": the
                # post of a person named before by the given name alone
                gm = _HON_GIVEN.search(clean, max(0, ts - len(sep.group()) - 20), ts - len(sep.group()))
                if gm:
                    span = by_given_name(gm.group("g"))
            if span is not None and not chained:
                # the holder named before the post: the body after it runs to a close
                org, org_name, _ = _body_written_on(clean, te, org, org_name, pos)
        if span is None:
            # Pattern C: title [org], ông/bà name: "Đại biện Đại sứ quán Hoa Kỳ, bà Caryn McClelland".
            # Without an org read, a short phrase may stand for one: "Chủ tịch UBND tỉnh, ông Nguyễn Văn Yên".
            cm = (_TITLE_COMMA_HON.match(clean, pos, pos + 60)  # (no look-behind: as on clean[pos:pos + 60])
                  if _comma_hon_may(clean, pos, pos + 60) else None)
            if cm and (org is None or not cm.group("o")):
                q = cm.end()
                span = _name_after(clean, q) or _foreign_after(clean, q)
                if span and cm.group("o"):
                    org = org_name = cm.group("o").strip()
            elif org is not None and clean.startswith(", ", pos):
                # "Giám đốc Sở Y tế, Nguyễn Văn An, cho biết": a full name of three syllables or more
                # right after the comma, ended by punctuation or a lowercase word
                cand = _name_after(clean, pos + 2)
                if cand and clean[cand[0]:cand[1]].count(" ") >= 2 and not _LU.match(clean, cand[1] + 1):
                    span = cand
        if span is None:
            # "Bí thư Tỉnh ủy là ông Phạm Duy Cường", "Phó chủ tịch quận Ngô Quyền là ông Trần Hữu
            # Xuân" (2017 archive): title [org], "là" + honorific, the holder's name
            im = _TITLE_IS_HON.match(clean, pos, pos + 60)
            if im and (org is None or not im.group("o")):
                span = _name_after(clean, im.end()) or _foreign_after(clean, im.end())
                if span and im.group("o"):
                    org = org_name = im.group("o").strip()
        weak = False
        if span is None and _POST_NOUN_AT_END.search(clean, max(0, ts - 16), ts):
            # Pattern E: a post given or taken away "for" a person, named after it: "cho thôi nhiệm
            # vụ đại biểu Quốc hội đối với ông Võ Kim Cự" (dev 603), "bổ nhiệm có thời hạn chức vụ Vụ
            # trưởng Vụ Tài chính ... cho bà Phan Thị Thu Hiền" (dev 601), "miễn nhiệm chức danh Phó
            # Tổng giám đốc Sabeco đối với ông Vũ Quang Hải" (2017 archive: 10 in the lines i % 7 ==
            # 3). A post written with the name wins (weak), as after an appointment verb.
            fm = _POST_FOR.match(clean, pos)
            if fm and (org is not None or not fm.group("o") or _LU.match(fm.group("o"), 1)):
                span = _name_after(clean, fm.end())
                if span:
                    weak = True
                    if fm.group("o"):
                        # "Sabeco" after a post with no body read; the rest of a body read short
                        # ("Vụ Tài chính" + " các ngân hàng và Tổ chức tài chính")
                        org = org_name = ((org or "") + fm.group("o")).strip()
        if span is None and clean[pos:pos + 1] == " " and _IS_UPPER[clean[pos + 1:pos + 2]]:
            # "Giám đốc Sở Y tế Hùng cho biết", with "ông Nguyễn Văn Hùng" elsewhere: a title given
            # with the given name of one person the article names in full after an honorific
            # (_GIVEN_AFTER: a space and a capital first)
            gm = _GIVEN_AFTER.match(clean, pos)
            sp = by_given_name(gm.group("g")) if gm else None
            if sp and clean[sp[0]:sp[1]] not in people:  # a titled person's later mentions are read below
                span = sp
        if span is None:
            # Pattern D: ông/bà name + appointment verb + title: "ông Đỗ Như Tuấn giữ chức vụ Tổng
            # giám đốc" (archive 2017); the post held, written with the name elsewhere, wins.
            # whether an appointment verb ends there asked backwards first (_APPOINT_AT_END, fails at
            # once before most titles), the leftmost start then read forwards
            vm = (_APPOINT_STD.search(clean, max(0, ts - 40), ts)
                  if _APPOINT_AT_END.search(clean, max(0, ts - 40), ts) else None)
            if vm:
                cand = _name_before(clean, vm.start())
                if cand and _HON_BEFORE_AT_END.search(clean, max(0, cand[0] - 8), cand[0]):
                    span, weak = cand, True
                elif cand is None:
                    # "Bà Hường giữ chức Chủ tịch Hội đồng thành viên", "ông Phong là Trưởng Ban Bạn
                    # đọc" (2017 archive): the given name of one person named in full elsewhere
                    gm = _HON_GIVEN.search(clean, max(0, vm.start() - 20), vm.start())
                    cand = by_given_name(gm.group("g")) if gm else None
                    if cand:
                        span, weak = cand, True
        if span is None and not sep:  # (span is None here only if pattern B read sep for this title)
            # a body the organisation reader stops inside or cannot read, then the name: "Giám đốc
            # Trung tâm cai nghiện Thanh Đa Nguyễn Phan Minh", "Chủ nhiệm Ủy ban Pháp luật của QH
            # Nguyễn Khắc Định" (2017 archive; issue 12); a post written with the name elsewhere,
            # with a body read whole, wins (weak)
            cand = _body_then_name(clean, te)
            if cand:
                (org, span), org_name, pos, weak = cand, cand[0], cand[1][1], True
        if span is None:
            bare_titles.append((ts, pos if org else te, title, org_name))
            continue
        if org is None and span[1] <= ts and clean.startswith(" ", te):
            # "Ông Nguyễn Đức Chung, Chủ tịch TP.Hà Nội cho biết" (2017 archive): the person named
            # before the post, a place after it stands for its body
            lv = _PLACE_LEVEL.match(clean, te + 1)
            pe = organizations.ppat_match(clean, lv.end() if lv else te + 1)
            if pe and not _LU.match(clean, pe + 1):
                org = org_name = clean[te + 1:pe]
        if org is None and title.lower() in _DEPUTY_TITLES:
            # "đại biểu Quốc hội khóa XIV thuộc Đoàn ...", "ông Võ Kim Cự, đoàn ĐBQH tỉnh Hà Tĩnh"
            org = org_name = _delegation_after(clean, te) or _delegation_after(clean, span[1])
        name = clean[span[0]:span[1]]
        # A deputy named in a debate ("đại biểu Phạm Minh Chính") whose post is written elsewhere
        # ("ông Phạm Minh Chính - Trưởng ban tổ chức Trung ương"): the post wins (dev 410).
        weak = weak or title.lower() == "đại biểu" or bool(_RANK_TITLE.fullmatch(title))
        p = people.get(name)
        if p is None:
            people[name] = _Person(name, span[0], span[1], title, org, org_name, weak=weak)
        elif p.weak and not weak and (org or not p.org or not p.listed):
            # (not "Thứ trưởng Hoàng Quốc Vượng" after "các thứ trưởng Bộ Công Thương Hoàng Quốc
            # Vượng, Cao Quốc Hưng": the body of the list stays)
            p.title, p.org, p.org_name, p.weak = title, org, org_name, False
        elif org and (p.org is None or (p.org in organizations.head_words() and org.startswith(p.org + " "))):
            # "Bí thư Thành ủy Nguyễn Thiện Nhân" then "Bí thư Thành ủy TP.HCM Nguyễn Thiện Nhân"
            p.org, p.org_name = org, org_name
            if p.title and title.lower().startswith((p.title.lower() + ", ", p.title.lower() + " - ")):
                # "Phó Thủ tướng Phạm Bình Minh" then "Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình
                # Minh" (2017 archive): the chain that names the body is the post, whole
                p.title = title
        used_titles.append((ts, te))

    if not people:
        return []
    by_given: dict[str, list[_Person]] = {}
    for p in people.values():
        by_given.setdefault(p.name.split(" ")[-1], []).append(p)
    # Every mention of a full name, as a finditer of the alternation of the names (longest
    # first) between non-letters would give them, found with str.find (no regex built per text).
    spans: list[tuple[int, int, _Person]] = _full_mentions(clean, people)
    covered = _Cover(spans)  # the full-name spans (in text order, disjoint)
    # "ông Huy", "bà Thắng", "Bộ trưởng Thể": honorific or title + given name.
    given = {g: k for k, g in enumerate(g for g in by_given if len(by_given[g]) == 1)}
    if given:
        if all(_GIVEN_CHARS.fullmatch(g) for g in given):
            # a given name is read only where one of their first letters stands (_given_at gives
            # None elsewhere): most titles and many honorifics are followed by another word
            firsts = frozenset(g[:1] for g in given)
            shorts = _short_mentions(clean, honorifics(), given, firsts)
            after = lambda te: (_given_at(clean, te + 1, given, min(len(clean), te + 12), after_title=True)
                                if clean[te + 1:te + 2] in firsts else None)
        else:  # a given name of other characters (never seen): the alternation itself
            shorts, after = _short_mentions_re(clean, given)
        for s, e, g in shorts:
            if not covered.covers(e - len(g)):
                spans.append((s, e, by_given[g][0]))
        for ts, te in title_spans:
            hit = after(te) if clean.startswith(" ", te) else None
            if hit and not covered.covers(te + 1):
                spans.append((ts, hit[0], by_given[hit[1]][0]))
    # A title alone that can only be one person: "Quyền Chủ tịch UBND tỉnh Quảng Ninh cho biết".
    spans.sort(key=lambda x: x[0])
    named = _Cover(spans)
    by_title: dict[str, list[_Person]] = {}  # people by their title, lower-cased (people order)
    for p in people.values():
        if p.title:
            by_title.setdefault(p.title.lower(), []).append(p)
    for ts, te, title, org in bare_titles:
        if named.covers(ts):
            continue
        if org is None and _INSTITUTION_OR_NAME.match(clean, te, te + 12):
            continue  # "Thủ tướng Chính phủ" is the institution; a capital may be an unread name
        cands = [p for p in by_title.get(title.lower(), ()) if org is None or p.org_name == org]
        if len(cands) == 1:
            spans.append((ts, te, cands[0]))
    spans.sort(key=lambda x: x[0])
    out = []
    by_person: dict[int, list[tuple[int, int]]] = {}
    for st, en, q in spans:
        if doc.in_scope(st):
            by_person.setdefault(id(q), []).append((st, en))
    for p in people.values():
        mine = by_person.get(id(p), [])
        ms = [doc.make(Mention, s, e) for s, e in mine]
        # The record points at the first mention of the full name that belongs to the article
        # (a teaser above the headline may name the person first).
        first = next(((s, e) for s, e in mine if clean[s:e] == p.name), (p.start, p.end))
        out.append((first[0], doc.make(Official, first[0], first[1], name=p.name, title=p.title,
                                       org=p.org, org_name=p.org_name, mentions=ms)))
    out.sort(key=lambda x: x[0])
    return [o for _, o in out]
