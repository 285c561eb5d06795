"""One declaration per rule: a word list, from which both the pattern's alternation and the
fast-path tables that spare regex calls are derived; and the registry of those fast paths.

A fast path is a cheap exact test that says "this pattern cannot match here" before the regex
engine is asked: the last words of an end-anchored alternation (``scan.may_end_with``), the first
letters of one that must open a string (``may_open``). Written by hand beside the pattern, such a
table drifts from it when a word is added; derived from the same ``Words`` it cannot. Each fast
path is registered here with its pattern, and ``tests/test_rules.py`` walks the registry and checks
every one against its pattern on the corpus and on generated text: wherever the pattern matches,
the fast path must say it may.

    _TRAIL_WORDS = Words("đã|sẽ|tiếp tục|có thể")
    _TRAIL = regex.compile(rf"(?:\\s+(?:{_TRAIL_WORDS.alt()}))+\\s*$", regex.IGNORECASE)
    _TRAIL_LAST = _TRAIL_WORDS.last_words()
    fast_path("indicators.naming._TRAIL", _TRAIL, "search", lambda s: scan.may_end_with(s, _TRAIL_LAST),
              _TRAIL_WORDS)
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Callable, Iterable, Union

import regex

from . import alphabet, scan


# What a space of a word becomes in a pattern: any run of spaces (the default), or one space
# (also in a VERBOSE pattern).
SPACES = r"\s+"
ONE_SPACE = r"\ "


class Words:
    """The words or phrases of an alternation, in the order the pattern tries them; a space
    stands for any run of spaces (``\\s+``) in the pattern."""

    def __init__(self, words: Union[str, Iterable[str]]) -> None:
        if isinstance(words, str):
            words = words.split("|")
        self.words: tuple[str, ...] = tuple(words)
        if any(not w or w != " ".join(w.split()) for w in self.words):
            raise ValueError(f"Words: an empty word or a double space in {self.words!r}")
        self._folded = tuple(tuple(w.casefold() for w in phrase.split()) for phrase in self.words)
        # per phrase, its last Vietnamese letter with a mark, in both cases (the only characters
        # IGNORECASE reads as it: alphabet.py): a text holding none of them holds no phrase
        marks = [next((c for c in reversed(w.lower()) if c in alphabet.LETTERS and not c.isascii()), None)
                 for w in self.words]
        self._marks = None if None in marks else tuple(dict.fromkeys(x for c in marks for x in (c, c.upper())))

    def __iter__(self):
        return iter(self.words)

    def __add__(self, other: "Words") -> "Words":
        return Words(self.words + tuple(other))

    def alt(self, space: str = SPACES, guards: dict[str, str] | None = None, capital: bool = False) -> str:
        """The alternation for a pattern: "tính\\s+đến|đến\\s+hết" (``space``: what a space becomes;
        ``guards``: a look-around to put before a word, {"trường": "(?<!thị\\ )"}; ``capital``: in a
        case-sensitive pattern, the first letter also upper-case, as a sentence opens: "[Ss]o")."""
        guards = guards or {}
        if set(guards) - set(self.words):
            raise ValueError(f"guards for words not in the list: {sorted(set(guards) - set(self.words))}")

        def one(w: str) -> str:
            if capital and w[0].isalpha():
                return f"[{w[0].upper()}{w[0]}]" + regex.escape(w[1:]).replace(r"\ ", space)
            return regex.escape(w).replace(r"\ ", space)

        return "|".join(guards.get(w, "") + one(w) for w in self.words)

    def longest_first(self) -> "Words":
        """The words without repeats, longest first (equal lengths in their order): the order a
        flat alternation of words read from a data file must try them in ("tỷ USD" before "tỷ")."""
        return Words(sorted(dict.fromkeys(self.words), key=len, reverse=True))

    def tree(self, space: str = SPACES, fold=str.lower) -> str:
        """The alternation of ``longest_first()``, a space standing for any run of spaces, written
        as a tree of common prefixes (``scan.trie``): "tăng(?:\\s+(?:thêm|trưởng)|)" for "tăng
        thêm|tăng trưởng|tăng". Same matches as the flat ``longest_first().alt(space)``, but the
        engine tries one branch per distinct first letter (90 measure nouns: not 90 tries); ``fold``:
        ``str.lower`` for an IGNORECASE pattern, ``str`` for an exact one."""
        words = self.longest_first()
        return scan.trie([[space if c == " " else regex.escape(c) for c in w] for w in words], fold)

    def last_words(self, ignorecase: bool = True) -> tuple[str, ...]:
        """The last word of each phrase, for ``scan.may_end_with``."""
        return scan.last_words(self.words, ignorecase)

    def first_words(self) -> tuple[str, ...]:
        """The first word of each phrase, lower-cased, without repeats, in order."""
        return tuple(dict.fromkeys(w.split()[0].lower() for w in self.words))

    def openings(self) -> tuple[str, ...]:
        """Each phrase with the space after it, but those another one opens ("hãng tin " is opened
        by "hãng "): what a match of "(?:phrases)\\ " starts with, for ``str.startswith``."""
        out = list(dict.fromkeys(w + " " for w in self.words))
        return tuple(o for o in out if not any(p != o and o.startswith(p) for p in out))

    def triggers(self) -> tuple[str, ...]:
        """Where a match must start, for ``scan.Starts``: for each first word, the words all its
        phrases share ("cả nước", then "toàn" for "toàn quốc|toàn tỉnh"; "khu vực" for "khu
        vực|khu vực kinh tế"), in order, without repeats."""
        groups: dict[str, list[list[str]]] = {}
        for w in self.words:
            groups.setdefault(w.split()[0], []).append(w.split())
        out = []
        for phrases in groups.values():
            n = 0
            while all(len(ws) > n and ws[n] == phrases[0][n] for ws in phrases):
                n += 1
            out.append(" ".join(phrases[0][:n]))
        return tuple(out)

    def firsts(self) -> frozenset[str]:
        """The first letters, lower-cased, for ``may_open``."""
        return frozenset(w[:1].lower() for w in self.words)

    def may_contain(self, s: str) -> bool:
        """False only when ``s`` holds no phrase read case-insensitively because it holds none of
        their marked letters (per phrase its last Vietnamese letter with a mark, in either case:
        the only characters IGNORECASE reads as it, alphabet.py): "ỳ" or "Ỳ" for "cùng kỳ". No
        lower-cased copy of ``s`` is made (for a long text whose search costs little more). True
        when a phrase has no such letter."""
        if self._marks is None:
            return True
        for c in self._marks:
            if c in s:
                return True
        return False

    def may_hold(self, s: str) -> bool:
        """False only when no phrase is in ``s`` read case-insensitively, a space standing for any
        run of whitespace (``str.isspace()``, all of ``\\s``): "năm  nay", "Cùng\\nKỳ". The cheap
        test before a search every match of which holds one of the phrases."""
        return self.may_contain(s) and self.held_in(s.casefold())

    def held_in(self, folded: str) -> bool:
        """``may_hold`` of a text already case-folded (``str.casefold()``), read once for several tests."""
        size = len(folded)
        for first, *rest in self._folded:
            p = folded.find(first)
            while p >= 0:
                q = p + len(first)
                for w in rest:
                    if q >= size or not folded[q].isspace():
                        break
                    while q < size and folded[q].isspace():
                        q += 1
                    if not folded.startswith(w, q):
                        break
                    q += len(w)
                else:
                    return True
                p = folded.find(first, p + 1)
        return False

    def letters(self) -> str:
        """Every letter the words hold, sorted, once each (for a character class)."""
        return "".join(sorted({c for w in self.words for c in w if c.isalpha()}))


def may_open(s: str, firsts: frozenset[str]) -> bool:
    """False only when no word with first letters ``firsts`` can match (IGNORECASE) at the start
    of ``s``: its first character is an ASCII or Vietnamese one (scan._PLAIN, whose case is what
    str.lower() says) that none of them has. A regex call costs far more than this test."""
    c = s[:1]
    return c not in scan._PLAIN or c.lower() in firsts


def first_chars(pattern: regex.Pattern, how: str = "match") -> frozenset[str]:
    """Every character a match of ``pattern`` can start with, as the regex engine says: the
    characters ``c`` for which ``pattern.<how>(c, partial=True)`` matches, a one-character string
    that can begin a match. Asking the engine about every code point would take half a second,
    so it is asked about the characters that can matter: those written in the pattern and those
    the engine folds to them ("İ" to "i", "ſ" to "s", "K" to "k": a caseless class of the written
    characters searched over the blocks where such letters live, _FOLDING_BLOCKS). That holds for a pattern whose opening element is written with
    its characters (words, "[=\\-_*~#]", "!"), not one opening with a class such as ``\\p{Lu}``
    or ``\\S``: ``tests/test_fast_paths.py`` checks each set against every code point of the BMP."""
    written = frozenset(pattern.pattern)
    caseless = regex.compile("[%s]" % "".join(regex.escape(c) for c in sorted(written)), regex.IGNORECASE)
    candidates = written | frozenset(caseless.findall(_folding_blocks()))
    test = getattr(pattern, how)
    return frozenset(c for c in candidates if test(c, partial=True) is not None)


# The blocks whose letters case-fold to Latin, Greek or Cyrillic letters: Latin, IPA, Greek,
# Cyrillic; Latin Extended Additional and Greek Extended; Letterlike Symbols (Kelvin, Ångström);
# Latin Extended-C and -D; fullwidth forms.
_FOLDING_BLOCKS = ((0x0000, 0x0590), (0x1E00, 0x2000), (0x2100, 0x2150), (0x2C60, 0x2C80),
                   (0xA720, 0xA800), (0xFF00, 0xFFF0))
@functools.cache
def _folding_blocks() -> str:
    """Every character of _FOLDING_BLOCKS, as one string (built once)."""
    return "".join(chr(i) for a, b in _FOLDING_BLOCKS for i in range(a, b))


@dataclass(frozen=True)
class FastPath:
    """A cheap test that must say True wherever the pattern matches: ``may(s)`` where
    ``pattern.search(s)`` matches (how="search": end-anchored patterns read the text before a
    point), ``may(s, pos)`` where ``pattern.match(s, pos)`` does (how="match")."""

    name: str
    pattern: Union[regex.Pattern, Callable[[], regex.Pattern]]  # or a function that builds it
    how: str  # "search" or "match"
    may: Callable[..., bool]
    words: Union[tuple[str, ...], Callable[[], Iterable[str]]] = ()  # to generate text from

    def compiled(self) -> regex.Pattern:
        return self.pattern if isinstance(self.pattern, regex.Pattern) else self.pattern()

    def word_list(self) -> tuple[str, ...]:
        return tuple(self.words() if callable(self.words) else self.words)


REGISTRY: dict[str, FastPath] = {}


def fast_path(name: str, pattern, how: str, may: Callable[..., bool],
              words: Union[Iterable[str], Callable[[], Iterable[str]]] = ()) -> None:
    """Register a fast path for the generic test (see the module docstring)."""
    if how not in ("search", "match"):
        raise ValueError(f"fast_path {name}: how must be 'search' or 'match', not {how!r}")
    REGISTRY[name] = FastPath(name, pattern, how, may, words if callable(words) else tuple(words))


def first_char_split(name: str, get: Callable[[], scan.ByFirstChar]) -> None:
    """Register a ``scan.ByFirstChar`` (built lazily by ``get``): wherever its whole pattern
    matches, the pattern of the first character must give the same match."""
    def same(s: str, pos: int) -> bool:
        split = get()
        m = split.match(s, pos)
        return m is not None and m.span() == split.full.match(s, pos).span()

    fast_path(name, lambda: get().full, "match", same, lambda: get().words)


def from_end(pattern: regex.Pattern) -> regex.Pattern:
    """``pattern``, anchored at the end with ``$``, searched from the end of the text backwards
    (``regex.REVERSE``): whether it matches is the same as for the forward search, which tries
    every start of the window before the anchor fails. Built from the pattern itself; its
    callers' tests hold each copy to its pattern (tests/test_provinces.py, test_officials.py)."""
    return regex.compile(pattern.pattern, pattern.flags | regex.REVERSE)
