"""Article structure: title, lead, body, captions, byline, boilerplate and related links.

Works on the normalised text and returns paragraph blocks in clean offsets; the pipeline maps
them back to the user's string. Written by hand because the layouts are those of Vietnamese press
dumps (TTXVN's "Chú thích ảnh" markers, "Tin, ảnh: ..." bylines, baomoi/hddtvn markdown teasers,
"[img]" markers), which neither trafilatura (HTML only) nor underthesea (sentences only) know.

A paragraph is a non-empty line: press dumps use a newline, or a blank line, between paragraphs.
The rules, in the order they are applied:
1. Page chrome ("Chia sẻ:", "In bài", "Xem với cỡ chữ", markdown rules "====", image markdown,
   "[img]", "Chú thích ảnh") is ``boilerplate``; lines after a "Các tin khác"/"Tin liên quan"
   heading and markdown teasers ("[Xem chi tiết ở đây](...)", "more(...)") are ``related``.
2. The line after a caption marker (``Chú thích ảnh``, ``[img]``, image markdown) and a line that
   ends with a photo credit ("Ảnh: Văn Ngân", "(Ảnh: TTXVN)") is a ``caption``.
3. The first line is the ``title`` when it reads like a headline (short, no final full stop, more
   text follows); the first body paragraph after it is the ``lead``.
4. The ``byline`` is a closing credit line ("Tin, ảnh: Đức Hiếu (TTXVN)", "Theo VOV",
   "Nguyễn Khánh", "HỒNG HÀ (Thực hiện)"); what follows a byline is ``related`` (other articles'
   headlines and teasers) unless it is chrome.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .data import agencies
from .rules import Words, fast_path, first_chars, from_end

# Pieces of the line patterns below that several of them read, written once: a caption's marker
# ("Chú thích ảnh:", "[img]"), an illustration's credit ("ảnh minh họa", also "minh hoa"), the
# links to more articles ("Xem thêm", "Đọc thêm"), and the word that credits a source ("Theo VOV").
_CAPTION_MARK = r"chú\s*thích\s*ảnh|\[img\]"
_ILLUSTRATION = r"minh\s*h[oọ]a"
_SEE_MORE = r"xem\s*thêm|đọc\s*thêm"
_BY_SOURCE = r"(?i:theo)"  # "Theo VOV": the word that opens a trailing credit to a source
# The word of a photo's credit ("Ảnh: Quang Quyết/TTXVN", "ảnh minh họa"): the chrome line, the
# caption's credit and the credit word read it, and every _CREDIT_WORD match holds it (the cheap
# test before the search, _PHOTO.may_hold).
_PHOTO = Words("ảnh")

# Lines that are page chrome wherever they stand (matched against the stripped line).
_CHROME = regex.compile(
    r"""
    (?:chia\s*sẻ|share|in\s*bài|gửi|gửi\s*bài|bình\s*luận|lưu|xem\s*với\s*cỡ\s*chữ|
       theo\s*dõi.*trên\s*google\s*news|tags?|từ\s*khóa|%s|
       (?:%s)\s*%s|quảng\s*cáo|video|top|trở\s*về\s*đầu\s*trang|
       các\s*đơn\s*vị\s*thông\s*tin\s*của\s*\w+|doanh\s*nghiệp\s*-\s*sản\s*phẩm\s*-\s*dịch\s*vụ.*|
       bản\s*quyền.*|copyright.*|©.*)
    \s*:?\s*
    """ % (_CAPTION_MARK, _PHOTO.alt(), _ILLUSTRATION),
    regex.VERBOSE | regex.IGNORECASE,
)
_RULE = regex.compile(r"[=\-_*~#]{3,}\s*")  # markdown underline / horizontal rule
_IMAGE_MD = regex.compile(r"!\[[^\]\n]*\]\([^)\n]*\)\s*")
_CAPTION_MARKER = regex.compile(rf"(?i:{_CAPTION_MARK})\s*:?\s*")
_RELATED_HEADING = regex.compile(
    r"(?i:các\s*tin\s*(?:khác|liên\s*quan|cùng\s*chuyên\s*mục)|tin\s*liên\s*quan|"
    r"tin\s*cùng\s*chuyên\s*mục|bài\s*viết\s*liên\s*quan|tin\s*mới\s*nhất|tin\s*nổi\s*bật|"
    rf"{_SEE_MORE})\s*:?\s*"
)
# A teaser line opens with a "see details" link to a page ("[:gift:Xem chi tiết ở đây:gift:](url)
# excerpt …"). Only a line that *starts* with one is a teaser: a body paragraph that merely
# contains a link, or the word "more(", is the article's. (hddtvn's closing "more(HDDTVN) – ..."
# paragraph is the article's own lead moved to the end by the scraper, so it is body.)
# WordPress reposts end with the article's own excerpt: "more(HDDTVN) – Năm 2020, ...".
_EXCERPT = regex.compile(r"more\s*\([^)\n]{1,30}\)\s*[-–]")
_TEASER = regex.compile(rf"(?i:\[[^\]\n]{{0,80}}(?:xem\s*chi\s*tiết|{_SEE_MORE})[^\]\n]{{0,80}}\]\()")
# A photo credit ends a caption: "(Ảnh: Văn Ngân).", "Ảnh: Quang Quyết/TTXVN", "- Ảnh minh họa".
_PHOTO_CREDIT = regex.compile(
    rf"(?i:\(?\s*(?:{_PHOTO.alt()})\s*(?:{_ILLUSTRATION})?\s*:?\s*[^\n]{{0,60}}\)?\s*\.?\s*)$"
)
_CREDIT_WORD = regex.compile(
    rf"(?i:(?:^|[\s(.\-])(?:{_PHOTO.alt()})(?:\s*{_ILLUSTRATION})?\s*[:\-)]|(?:{_PHOTO.alt()})\s*{_ILLUSTRATION}\s*\.?\s*$)")
fast_path("structure._CREDIT_WORD", _CREDIT_WORD, "search", _PHOTO.may_hold, ["Ảnh minh họa", "(ảnh:", "- Ảnh:"])

# Bylines. "Tin, ảnh: Đức Hiếu (TTXVN)", "Tin và ảnh: ...", "Bài, ảnh: ...", "Theo VOV",
# "Nguyễn Văn Cảnh (TTXVN)", "HỒNG HÀ (Thực hiện)", "**Thu Dịu**".
_NAME_WORD = r"(?:\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}{2,})"
# What a byline credits, one or several joined: "Tin, ảnh:", "Bài và ảnh:", "Video:".
_CREDITED = Words("tin|bài") + _PHOTO + Words("video|clip")
_BYLINE_CREDIT = regex.compile(
    rf"(?i:(?:{_CREDITED.alt()})(?:\s*(?:,|và|\+|&)\s*(?:{_CREDITED.alt()}))*\s*:)\s*\S.{{0,80}}"
)
_BYLINE_THEO = regex.compile(rf"{_BY_SOURCE}\s+[\w.\-]+(?:\.(?:vn|com|net)[\w./-]*)?(?:\s+[\w.\-]+){{0,3}}\s*\.?")
_BYLINE_NAME = regex.compile(
    rf"\**\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}(?:\s*\([^)\n]{{2,30}}\))?\s*\**\s*"
)
# Byline glued to the end of the last paragraph: "... trên địa bàn Thành phố. Nguyễn Văn Cảnh  (TTXVN)".
# It starts after a sentence end and its spaces (_SENTENCE_GAP); _trailing_byline() tries it only
# there, which is what a search led by the look-behind "(?<=[.!?…\"”]\s+)" gives, without the
# engine testing that look-behind at every character of a long paragraph.
_SENTENCE_GAP = regex.compile(r"[.!?…\"”]\s+")
_AGENCY_BRACKET = rf"\((?:{agencies.PATTERN})\)"  # "(TTXVN)": how a trailing name byline ends
_TRAILING_BYLINE = regex.compile(
    rf"(?:{_BY_SOURCE}\s+[\w.\-]+(?:\s+[\w.\-]+){{0,2}}|{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}\s*{_AGENCY_BRACKET})\s*$"
)
# Whether a line ends with an agency in brackets, as every match of _TRAILING_BYLINE's name form
# does (its "\s*$" follows the bracket): searched from the end backwards (rules.from_end), one
# engine call. Without it only the "theo" form can match.
_ENDS_WITH_AGENCY = from_end(regex.compile(rf"{_AGENCY_BRACKET}\s*$"))
# "theo" where a gap ends (the gap's "\s+" is greedy: it ends where the spaces after its
# punctuation mark stop), found in one scan by the engine: where the credit to a source can start.
_BY_SOURCE_AFTER_GAP = regex.compile(rf"(?<={_SENTENCE_GAP.pattern}){_BY_SOURCE}")

# The characters a match of each line pattern can start with, tested before the pattern is tried
# on a line: a call into the regex engine costs more than a line's other work, and most lines
# start with none of them. Derived from each pattern by the regex engine (rules.first_chars:
# partial matches of one character), so a pattern edited here needs no table kept in step;
# registered below and checked on every code point of the BMP (tests/test_fast_paths.py).
_RELATED_HEADING_FIRST = first_chars(_RELATED_HEADING)
_CAPTION_MARKER_FIRST = first_chars(_CAPTION_MARKER)
_RULE_FIRST = first_chars(_RULE)
_IMAGE_MD_FIRST = first_chars(_IMAGE_MD)
_CHROME_FIRST = first_chars(_CHROME)
_TEASER_FIRST = first_chars(_TEASER)
_BYLINE_CREDIT_FIRST = first_chars(_BYLINE_CREDIT)
for _name, _pat, _first, _words in (
        ("_RELATED_HEADING", _RELATED_HEADING, _RELATED_HEADING_FIRST, ["Tin liên quan", "XEM THÊM:", "Đọc thêm"]),
        ("_CAPTION_MARKER", _CAPTION_MARKER, _CAPTION_MARKER_FIRST, ["Chú thích ảnh:", "[img]"]),
        ("_RULE", _RULE, _RULE_FIRST, ["---", "***", "===", "___", "~~~", "###"]),
        ("_IMAGE_MD", _IMAGE_MD, _IMAGE_MD_FIRST, ["![ảnh](https://baomoi.com/a.jpg)"]),
        ("_CHROME", _CHROME, _CHROME_FIRST, ["Chia sẻ", "In bài", "Tags:", "Từ khóa:", "Quảng cáo", "© Bản quyền"]),
        ("_TEASER", _TEASER, _TEASER_FIRST, ["[Xem chi tiết ở đây](https://a.vn)"]),
        ("_BYLINE_CREDIT", _BYLINE_CREDIT, _BYLINE_CREDIT_FIRST, ["Tin, ảnh: Đức Hiếu (TTXVN)", "Bài và ảnh: Thu Hà"])):
    fast_path(f"structure.{_name}", _pat, "match", lambda s, p, first=_first: s[p] in first, _words)


@dataclass
class Block:
    """A paragraph in clean offsets."""

    start: int
    end: int
    kind: str


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    """Trim white space, and markdown emphasis around a whole line ("**Thu Dịu**")."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    while b - a > 4 and text.startswith(("**", "__"), a) and text[b - 2:b] in ("**", "__"):
        a, b = a + 2, b - 2
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
    return a, b


def _trailing_byline(line: str) -> regex.Match | None:
    """The first _TRAILING_BYLINE match that starts right after a _SENTENCE_GAP.

    The byline starts with a letter, so only the end of a whole gap (the greedy ``\\s+``) can
    start it; gaps found left to right give the leftmost match, as a search would. A gap is tried
    only where one of the two forms can start: "theo" (any case), or a name when the line ends
    with an agency in brackets (_ENDS_WITH_AGENCY), so a long paragraph costs a few engine calls, not one per
    sentence. Without a name, the gaps before "theo" are found by the engine in one scan
    (_BY_SOURCE_AFTER_GAP), not read one by one in Python.
    """
    if line.rstrip().endswith(")") and _ENDS_WITH_AGENCY.search(line) is not None:
        starts = (gap.end() for gap in _SENTENCE_GAP.finditer(line))
    else:
        starts = (m.start() for m in _BY_SOURCE_AFTER_GAP.finditer(line))
    for p in starts:
        m = _TRAILING_BYLINE.match(line, p)
        if m is not None:
            return m
    return None


def _is_headline(line: str) -> bool:
    """Whether a line reads like a headline: 2 to 40 words, at most 250 characters, no closing
    punctuation. The length is tested first: a long paragraph is not split into words."""
    if len(line) > 250:
        return False
    words = line.split()
    if not (1 < len(words) <= 40):
        return False
    return not line.rstrip().endswith((".", ":", ";", ","))


def _is_byline(line: str) -> bool:
    s = line.strip()
    if len(s) > 90:
        return False
    if _BYLINE_CREDIT.fullmatch(s):
        return True
    if _BYLINE_THEO.fullmatch(s):
        return True
    if _BYLINE_NAME.fullmatch(s):
        # A name line: 2-4 capitalised words, maybe an agency or "(Thực hiện)" in brackets.
        core = _BRACKETS_OR_STARS.sub("", s).split()
        return 1 <= len(core) <= 4
    return False


# Compiled once: regex.search(str, ...) looks its pattern up in regex's cache on every call, and
# that look-up alone costs more than these searches on a byline.
_BRACKETS_OR_STARS = regex.compile(r"\([^)]*\)|\*")
_SOURCE_BRACKETED = regex.compile(rf"\(\s*({agencies.PATTERN})\s*\)")
_SOURCE_THEO = regex.compile(rf"{_BY_SOURCE}\s+(.+?)\s*\.?$")
_SOURCE_WORD = regex.compile(rf"\b({agencies.PATTERN})\b")


def source_of(byline: str) -> str | None:
    """The agency or outlet a byline names: "(TTXVN)" -> "TTXVN", "Theo VOV" -> "VOV"."""
    m = _SOURCE_BRACKETED.search(byline)
    if m:
        return m.group(1)
    m = _SOURCE_THEO.match(byline.strip())
    if m:
        return m.group(1)
    m = _SOURCE_WORD.search(byline)
    return m.group(1) if m else None


def segment(clean: str) -> list[Block]:
    """Split clean text into typed paragraph blocks (see the module docstring for the rules)."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for piece in clean.split("\n"):  # a line: a maximal run of characters other than "\n"
        end = pos + len(piece)
        if piece:
            a, b = _strip_span(clean, pos, end)
            if b > a:
                lines.append((a, b))
        pos = end + 1
    if not lines:
        return []

    # Split a byline glued to the end of the last line.
    la, lb = lines[-1]
    last = clean[la:lb]
    m = _trailing_byline(last) if len(last) > 120 else None
    if m:
        cut = la + m.start()
        a, b = _strip_span(clean, la, cut)
        lines[-1:] = [(a, b), (cut, lb)]

    kinds: list[str | None] = [None] * len(lines)
    texts = [clean[a:b] for a, b in lines]

    after_marker = False
    in_related = False
    for i, s in enumerate(texts):
        c = s[0]  # lines are not empty
        if in_related:
            kinds[i] = "boilerplate" if c in _CHROME_FIRST and _CHROME.fullmatch(s) else "related"
            continue
        if c in _RELATED_HEADING_FIRST and _RELATED_HEADING.fullmatch(s):
            kinds[i] = "boilerplate"
            in_related = True
            continue
        caption_marker = c in _CAPTION_MARKER_FIRST and _CAPTION_MARKER.fullmatch(s) is not None
        # a rule starts with three of its characters
        if caption_marker or (_RULE_FIRST.issuperset(s[:3]) and _RULE.fullmatch(s)):
            kinds[i] = "boilerplate"
            after_marker = caption_marker
            continue
        if c in _IMAGE_MD_FIRST and _IMAGE_MD.fullmatch(s):
            kinds[i] = "boilerplate"
            after_marker = True
            continue
        if c in _CHROME_FIRST and _CHROME.fullmatch(s):
            kinds[i] = "boilerplate"
            continue
        if c in _TEASER_FIRST and _TEASER.match(s):
            kinds[i] = "related"
            continue
        if after_marker:
            kinds[i] = "caption"
            after_marker = False
            continue
        if c in _BYLINE_CREDIT_FIRST and ":" in s and _BYLINE_CREDIT.fullmatch(s):
            continue  # "Tin, ảnh: Đức Hiếu (TTXVN)" is a byline, not a photo caption
        if (len(s) < 300 and _PHOTO.may_hold(s)
                and _CREDIT_WORD.search(s) and _PHOTO_CREDIT.search(s)):
            kinds[i] = "caption"

    # Title: the first content line if it reads like a headline.
    content = [i for i, k in enumerate(kinds) if k is None]
    title_i = None
    if len(content) >= 2 and content[0] == _first_non_chrome(kinds) and _is_headline(texts[content[0]]):
        title_i = content[0]
        kinds[title_i] = "title"

    # Byline: scan from the end over related/chrome lines for a closing credit line.
    byline_i = None
    # A credit line ("Tin, ảnh: ...") is the byline wherever it stands in the second half.
    for i in range(len(lines) - 1, len(lines) // 2 - 1, -1):
        if (kinds[i] is None and i != title_i and texts[i][0] in _BYLINE_CREDIT_FIRST
                and ":" in texts[i] and _BYLINE_CREDIT.fullmatch(texts[i])):
            byline_i = i
            break
    for i in range(len(lines) - 1, -1, -1):
        if byline_i is not None:
            break
        if kinds[i] in ("boilerplate",):
            continue
        if kinds[i] is None and _is_byline(texts[i]) and i != title_i and _credit_context(texts, kinds, i):
            byline_i = i
            break
        if i < len(lines) - 12:
            break
    if byline_i is not None:
        kinds[byline_i] = "byline"
        for j in range(byline_i + 1, len(lines)):
            if _EXCERPT.match(texts[j]):
                continue  # the article's own excerpt, moved below the byline by the scraper
            if kinds[j] is None or kinds[j] == "caption":
                kinds[j] = "related"

    # Lead: the first body paragraph after the title (a short subheading is skipped).
    if title_i is not None:
        for i in range(title_i + 1, len(lines)):
            if kinds[i] is None and _is_headline(texts[i]) and len(texts[i]) < 100:
                continue
            if kinds[i] is None:
                kinds[i] = "lead"
                break
            if kinds[i] not in ("boilerplate", "caption", "related"):
                break

    return [Block(a, b, k or "body") for (a, b), k in zip(lines, kinds)]


def _first_non_chrome(kinds: list[str | None]) -> int | None:
    for i, k in enumerate(kinds):
        if k != "boilerplate":
            return i
    return None


def _credit_context(texts: list[str], kinds: list[str | None], i: int) -> bool:
    """A credit line is always a byline; a name-only line only when body text comes before it
    (a name on the first content line is a headline or a caption, not a signature)."""
    s = texts[i].strip()
    if _BYLINE_CREDIT.fullmatch(s) or _BYLINE_THEO.fullmatch(s):
        return True
    return any(k is None for k in kinds[:i])
