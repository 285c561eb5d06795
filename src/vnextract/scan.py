"""Fast scanning: try a costly pattern only where a cheap trigger says a match can start.

Why: a pattern that opens with look-behinds or optional words ("(?<=\\p{Ll}\\s)(?<!thời gian
...)", "(?:đầu|cuối)?\\s*tháng") makes the regex engine do real work at every character of the
text; a trigger that opens with a literal or a character class ("\\d+", "tháng|quý") is found by
the engine's fast scan. ``finditer(pattern, trigger, text)`` gives exactly what
``pattern.finditer(text)`` gives (same matches, same order, same non-overlapping rule) as long as
every position where ``pattern`` can match is the start of a ``trigger`` match: each pattern's
trigger says why next to it. ``match(text, pos)`` sees the whole string, so look-behinds behave as
in a search.
"""

from __future__ import annotations

import collections
import functools
import itertools
import re
from typing import Any, Iterable, Iterator, Sequence

import ahocorasick
import regex

from . import alphabet


# Match.start and Match.group as functions, for map(): the starts or words of many matches read
# in C, without a Python step (a comprehension) per match.
_MATCH_START = regex.Match.start
_MATCH_GROUP = regex.Match.group
_RE_START = re.Match.start  # the same for the standard engine's matches
_RE_GROUP = re.Match.group


def finditer(pattern: regex.Pattern, trigger: regex.Pattern, text: str,
             pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match]:
    """``pattern.finditer(text, pos, endpos)``, trying ``pattern`` only where ``trigger`` matches.

    ``trigger`` must match at every position where ``pattern`` can start a match (a superset is
    fine: the pattern decides), and no such position may lie inside another ``trigger`` match
    (a trigger that consumes a whole number "\\d+" or a whole word is safe when the pattern can
    only start at the first digit or letter). ``pattern`` must not match the empty string.
    """
    if endpos is None:
        endpos = len(text)
    yield from finditer_at(pattern, map(_MATCH_START, trigger.finditer(text, pos, endpos)), text, endpos, pos)


def finditer_at(pattern: regex.Pattern, starts: Iterable[int], text: str,
                endpos: int | None = None, pos: int = 0) -> Iterator[regex.Match]:
    """Non-overlapping matches of ``pattern`` tried at ``starts`` (ascending), as finditer gives them.

    Only starts in ``[pos, endpos)`` are tried, like ``pattern.finditer(text, pos, endpos)``.
    """
    if endpos is None:
        endpos = len(text)
    end = pos
    match = pattern.match
    for p in starts:
        if p < end:
            continue
        if p >= endpos:
            break
        m = match(text, p, endpos)
        if m is not None:
            yield m
            end = m.end()


@functools.lru_cache(maxsize=None)
def _compiled(trigger: str, flags: int) -> regex.Pattern:
    return regex.compile(trigger, flags)


_LITERAL = regex.compile(r"[^\\\[\](){}.*+?^$|]+")
# What IGNORECASE cannot change in a pattern: ASCII characters other than letters and "\\".
_CASELESS = frozenset(map(chr, range(0x20, 0x7F))) - frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\\")


@functools.lru_cache(maxsize=4096)
def _kind_of(word: str) -> tuple[bool, bool]:
    """(a literal word for str.find, a pattern IGNORECASE does not change such as "\\d+").

    Kept per trigger word (the callers' constants): the test costs a regex call.
    """
    literal = _LITERAL.fullmatch(word) is not None
    caseless = not literal and _CASELESS.issuperset(word.replace("\\d", ""))
    return literal, caseless


# Characters that match a Vietnamese letter case-insensitively in the regex engine but whose
# str.lower() is not that letter (Turkish dotted/dotless i, long s): with one of them in the
# text, the lower-cased copy cannot stand for case-insensitive matching.
_FOLD_ODD = ("\u0130", "\u0131", "\u017f")
# A capitalised word: its letters only, so that a pattern that may start after a digit or "&"
# ("5Bộ") still finds its word here. Its two classes are named: the plain-text pattern
# (_plain_text_patterns) is made of the characters of each.
_CAP_FIRST, _CAP_REST = r"\p{Lu}", r"[\p{L}\p{M}]"
_CAP_WORD = regex.compile(rf"{_CAP_FIRST}{_CAP_REST}*")


def caseless_lower(s: str) -> str | None:
    """``s.lower()`` (same offsets) if it compares words as the regex engine's IGNORECASE does,
    else None (a character whose lower case is longer, or one of _FOLD_ODD)."""
    low = s.lower()
    if len(low) != len(s) or any(c in s for c in _FOLD_ODD):
        return None
    return low


# Trigger words made of letters, lower-cased, asked of any Starts in this process: one pass over a
# text finds them all (``_words_index``), where ``str.find`` read the whole text once per word (an
# article is asked some 150 of them).
_VOCAB: dict[str, None] = {}
# The words of _VOCAB the automaton is made for, and the automaton (remade when _VOCAB grows; a new
# pair, never changed in place, so that threads see a consistent one).
_TABLE: tuple[frozenset[str], Any] = (frozenset(), None)
# The trigger words are the callers' constants (a few hundred); a caller asking words without end
# (each text's names) would remake the automaton at each new one: past this many, words are
# searched with str.find.
_VOCAB_MAX = 2_000
# The letters of the words the index holds (ASCII and Vietnamese).
_INDEX_LETTERS = alphabet.LETTERS
_INDEX_AFTER = 8  # words searched with str.find in a text before the index is built for it


def _learn(word: str) -> None:
    """Put ``word`` in the index of the next texts (up to _VOCAB_MAX words)."""
    if word not in _VOCAB and len(_VOCAB) < _VOCAB_MAX:
        _VOCAB[word] = None


# The one trigger asked of every text that is no word: the runs of digits (legal_refs, dates,
# quantities, published), kept in the index under this key.
DIGIT_RUNS = r"\d+"
_DIGIT_RUN = regex.compile(DIGIT_RUNS)  # the same, compiled (the index reads the runs with it)


def _automaton() -> tuple[frozenset[str], Any]:
    """(the words of _VOCAB, an Aho-Corasick automaton of them), made again when _VOCAB has grown.

    pyahocorasick (a C library) finds every occurrence of every word in one pass over the text,
    overlaps included, as a ``str.find`` loop per word does; each occurrence comes back as
    (index of its last character, (word, len(word) - 1)).
    """
    global _TABLE
    table = _TABLE
    if len(table[0]) != len(_VOCAB):
        words = tuple(_VOCAB)
        auto = ahocorasick.Automaton()
        for w in words:
            auto.add_word(w, (w, len(w) - 1))
        auto.make_automaton()
        table = _TABLE = (frozenset(words), auto)
    return table


def _words_index(low: str, digit_run: regex.Pattern = _DIGIT_RUN) -> tuple[frozenset[str], dict[str, list[int]]]:
    """(the words indexed, each one's starts in ``low``, a lower-cased text, ascending): what a
    ``str.find`` loop gives for every word of _VOCAB, and the starts of the runs of digits (under
    DIGIT_RUNS), from one pass of the automaton and one of the regex engine over the text
    (``digit_run``: _DIGIT_RUN, or a pattern that finds the same runs in this text).

    The cost is one step per occurrence, whatever the text: a text seen for the first time costs
    what a text seen before does (the table of pieces this replaced was fast only on pieces of text
    met before).
    """
    indexed, auto = _automaton()
    index: dict[str, list[int]] = collections.defaultdict(list)
    if indexed:
        for end, (word, back) in auto.iter(low):
            index[word].append(end - back)
    runs = [m.start() for m in digit_run.finditer(low)]
    if runs:
        index[DIGIT_RUNS] = runs
    return indexed, index


# The code points of plain press text: newline, printable ASCII, the Latin letters with their
# diacritics (Latin-1, Latin Extended-A and -B, IPA and the spacing modifiers, Latin Extended
# Additional: Vietnamese). On a text whose other characters are no letters, marks or digits
# (most articles: "…", "°", "•"), the capitalised words and the runs of digits are found with
# classes of these characters alone, which the engines scan faster than a Unicode property
# (``Starts(odd=...)``). Ranges of code points (grammar, as normalize's plain classes), not a
# word list: what each class holds is asked of the regex engine (_plain_text_patterns).
_PLAIN_TEXT = frozenset(chr(c) for a, b in ((0x0A, 0x0A), (0x20, 0x7E), (0xC0, 0x2FF), (0x1E00, 0x1EFF))
                        for c in range(a, b + 1))


@functools.lru_cache(maxsize=1)
def _plain_text_patterns() -> tuple[re.Pattern, regex.Pattern]:
    """(_CAP_WORD, _DIGIT_RUN) for a text whose characters outside _PLAIN_TEXT match neither
    _CAP_REST nor \\d: each class holds the characters of _PLAIN_TEXT the engine matches with it
    (\\p{Lu}, [\\p{L}\\p{M}], \\d: "0-9"), so both find the same matches there. The capitalised
    words' classes (hundreds of letters) are read by ``re`` (a table look-up per character), the
    digits (ten) by ``regex``: each engine where it scans fastest."""
    chars = sorted(_PLAIN_TEXT)

    def cls(pattern: str) -> str:
        # the characters the engine matches, runs of code points written as ranges ("0-9": the
        # engine scans a range faster than ten characters)
        test = regex.compile(pattern)
        held = [ord(c) for c in chars if test.fullmatch(c)]
        out = []
        for _k, run in itertools.groupby(enumerate(held), lambda x: x[1] - x[0]):
            cps = [cp for _i, cp in run]
            first, last = cps[0], cps[-1]
            out.append(re.escape(chr(first)) + ("-" + re.escape(chr(last)) if last > first else ""))
        return "[" + "".join(out) + "]"

    return re.compile(f"{cls(_CAP_FIRST)}{cls(_CAP_REST)}*"), regex.compile(f"{cls(DIGIT_RUNS[:-1])}+")


def _plain_outside(odd: Iterable[str], test: "CharIs") -> bool:
    """Whether no character of ``odd`` outside _PLAIN_TEXT passes ``test``."""
    for c in odd:
        if c not in _PLAIN_TEXT and test[c]:
            return False
    return True


class Starts:
    """Where trigger words start in one text, each word searched once and shared by all patterns.

    The regex engine finds one literal ("tháng") or one class ("\\d+") fast, but an alternation
    of many words ("ngày|tháng|năm|...") or a case-insensitive word slowly; so each alternative of
    a trigger is searched on its own, once per text, in a lower-cased copy (``str.find``, same
    length, same offsets), and the positions are merged. Superset semantics: overlapping
    occurrences are all reported.
    """

    def __init__(self, text: str, index_after: int = _INDEX_AFTER, odd: Iterable[str] | None = None) -> None:
        """``index_after``: how many words of letters are searched with ``str.find`` before the
        index of all trigger words is built (``_indexed``); 0 for a text that will be asked many
        (the pipeline asks some 150 of every article). ``odd``: if the caller knows them, the
        characters of ``text`` outside _PLAIN_TEXT (or more: a superset), as normalize() lists
        them (``Normalized.odd``); where none is a letter, a mark or a digit, the capitalised
        words and the runs of digits are found with the plain-text patterns
        (_plain_text_patterns): the same matches, found faster."""
        self.text = text
        self._index_after = index_after
        # the plain-text patterns this text may be read with: (capitalised words, runs of digits)
        self._plain_cap: re.Pattern | None = None
        self._plain_digits: regex.Pattern | None = None
        if odd is not None:
            odd = frozenset(odd)  # read twice below: a generator would be spent by the first
            cap, digits = _plain_text_patterns()
            if _plain_outside(odd, _IS_LETTER_OR_MARK):
                self._plain_cap = cap
            if _plain_outside(odd, _IS_DIGIT):
                self._plain_digits = digits
        self._lower: str | None = None
        self._seen: dict[tuple[str, bool], list[int]] = {}
        self._cap_words: list[tuple[int, str]] | None = None
        self._short: bool | None = None
        self._index: dict[str, list[int]] | None = None  # see _indexed()
        self._indexed_words: frozenset[str] = frozenset()  # the _VOCAB words the index holds
        self._found_alone = 0  # words of letters searched with str.find before the index is built

    def _lowered(self) -> str | None:
        if self._lower is None:
            self._lower = caseless_lower(self.text) or ""
        return self._lower or None

    def of(self, word: str, ignorecase: bool = True) -> list[int]:
        """Start positions of one trigger: a literal word, or a regex such as "\\d+"."""
        key = (word, ignorecase)
        found = self._seen.get(key)
        if found is not None:
            return found
        if ignorecase and self._index is not None:
            # a lower-case word the index holds (most asks): its entry, as _one_indexed reads it
            found = self._index.get(word, []) if word in self._indexed_words else self._one_indexed(word)
            if found is not None:
                self._seen[key] = found
                return found
        literal, caseless = _kind_of(word)
        if caseless:  # "\\d+": the same positions either way, searched once
            found = self._seen.get((word, not ignorecase))
            if found is None and word == DIGIT_RUNS and self._lowered() is not None:
                found = self._digit_runs()
            if found is not None:
                self._seen[key] = found
                return found
        hay = None
        if literal:
            hay = self._lowered() if ignorecase else self.text
            if ignorecase and hay is not None:
                word = word.lower()
                if word and _INDEX_LETTERS.issuperset(word):
                    found = self._indexed(word)
                    if found is not None:
                        self._seen[key] = found
                        return found
        if hay is not None:
            found = []
            find = hay.find
            p = find(word)
            while p >= 0:
                found.append(p)
                p = find(word, p + 1)
        else:
            flags = regex.IGNORECASE if ignorecase else 0
            found = list(map(_MATCH_START, _compiled(word, flags).finditer(self.text)))
        self._seen[key] = found
        return found

    def _one_indexed(self, word: str) -> list[int] | None:
        """``of(word)`` (case-insensitive) once the index is built, when the index holds the word
        or it is DIGIT_RUNS (``_index_plan``): what the steps of ``of()`` read from the index then
        (``_indexed``, ``_digit_runs``), looked up at once; None otherwise."""
        index = self._index
        plan = _index_plan(word)
        if plan is None or len(plan[0]) != 1 or not plan[1] <= self._indexed_words:
            return None
        return index.get(plan[0][0], [])

    def _indexed(self, word: str) -> list[int] | None:
        """The starts of a lower-case word of letters in the lower-cased text, from the index of
        all such trigger words (``_words_index``); None where the index cannot say: a word not yet
        in ``_VOCAB`` (added for the next texts), or a text asked fewer than ``index_after`` words
        (``str.find`` is cheaper there). Either way the same positions."""
        if self._index is None:
            _learn(word)
            if not self._index_ready():
                self._found_alone += 1
                return None
        if word not in self._indexed_words:
            _learn(word)
            return None
        return self._index.get(word, [])

    def _digit_runs(self) -> list[int] | None:
        """The starts of the runs of digits (DIGIT_RUNS) from the index of the lower-cased text
        (``_words_index``: str.lower() leaves digits as they are), or None before the index is
        built (a text asked fewer than ``index_after`` words: the regex engine then)."""
        return self._index.get(DIGIT_RUNS, []) if self._index_ready() else None

    def _index_ready(self) -> bool:
        """Whether the index of the text's trigger words is there (``_words_index``), building it
        once ``index_after`` words have been searched alone (``str.find`` is cheaper before)."""
        if self._index is None:
            if self._found_alone < self._index_after:
                return False
            # the runs of digits of the lowered text are the text's (str.lower() makes no digit)
            self._indexed_words, self._index = _words_index(self._lower or "", self._plain_digits or _DIGIT_RUN)
        return True

    def share_index(self, other: "Starts") -> None:
        """Take the lowered text and the index of trigger words (``_words_index``) ``other`` has
        built for the same text, instead of building them again: the pipeline's bounded Starts
        (``max_records``) after the plain one published.py read. Only these are taken: they give
        each word the positions ``str.find`` gives, whoever asks and whenever (a word the index
        lacks is searched alone, as before it is built); the starts already asked are not, so a
        subclass's checks of what is asked (``of``) run as on a new Starts."""
        if other.text != self.text:
            raise ValueError("share_index: another text")
        if other._lower is not None and self._lower is None:
            self._lower = other._lower
        if other._index is not None and self._index is None:
            self._indexed_words, self._index = other._indexed_words, other._index

    def fast(self, pattern: regex.Pattern) -> regex.Pattern:
        """``bounded(pattern)`` where it gives the same matches in this text, else ``pattern``."""
        if self._short is None:
            self._short = short_spaces(self.text)
        return bounded(pattern) if self._short else pattern

    def lowered(self) -> str | None:
        """``text.lower()`` (same offsets) if it compares as IGNORECASE does (``caseless_ok``), else None."""
        return self._lowered()

    def caseless_ok(self) -> bool:
        """Whether ``str.lower()`` compares words as the regex engine's IGNORECASE does here."""
        return self._lowered() is not None

    def cap_words(self) -> list[tuple[int, str]]:
        """Every capitalised word (start, its letters): "Bộ", "UBND", "KH" of "KH&ĐT"."""
        found = self._cap_words
        if found is None:
            # the start and letters of each match read by map() over the Match methods: no
            # Python step per word (a news article has a few hundred)
            if self._plain_cap is not None:  # the same matches, by ``re`` (see __init__)
                matches = list(self._plain_cap.finditer(self.text))
                found = self._cap_words = list(zip(map(_RE_START, matches), map(_RE_GROUP, matches)))
            else:
                matches = list(_CAP_WORD.finditer(self.text))
                found = self._cap_words = list(zip(map(_MATCH_START, matches), map(_MATCH_GROUP, matches)))
        return found

    def cap_words_in(self, firsts: frozenset[str], ignorecase: bool = False) -> list[int]:
        """Starts of the capitalised words in ``firsts`` (lower-cased when ``ignorecase``)."""
        if ignorecase:
            if not self.caseless_ok():
                return [p for p, _ in self.cap_words()]
            return [p for p, w in self.cap_words() if w.lower() in firsts]
        return [p for p, w in self.cap_words() if w in firsts]

    def __call__(self, trigger: str, ignorecase: bool = True) -> Iterable[int]:
        """Ascending start positions of the alternatives of ``trigger`` ("ngày|hôm|\\d+")."""
        if "|" not in trigger:
            return self.of(trigger, ignorecase)
        key = (trigger, ignorecase)  # no single word holds "|": no clash with of()'s keys
        found = self._seen.get(key)
        if found is None:
            found = self._all_indexed(trigger) if ignorecase else None
            if found is None:
                # merged once per text and kept (a sort in C, not heapq.merge's generator per use)
                found = sorted(itertools.chain.from_iterable(
                    self.of(w, ignorecase) for w in trigger.split("|")))
            self._seen[key] = found
        return found

    def each(self, trigger: str) -> list[Sequence[int]]:
        """The starts of each alternative of ``trigger`` (case-insensitive), in its order:
        ``[self.of(w) for w in trigger.split("|")]``, read from the index in one go (like
        ``_all_indexed``) when it holds them all. For a caller that tests each word's places
        apart (a test that depends on the word), without merging them first."""
        lists = self._indexed_lists(trigger)
        if lists is not None:
            return lists
        return [self.of(w) for w in trigger.split("|")]

    def opening(self, trigger: str, openings: tuple[tuple[str, ...], ...], hay: str) -> list[int]:
        """The starts of the alternatives of ``trigger`` (case-insensitive) where ``hay`` (the
        text, or ``lowered()``) opens with one of that alternative's ``openings``
        (``openings_by_word``), ascending: ``[p for p in self(trigger) if hay.startswith(flat,
        p)]`` for ``flat`` all the openings, when ``caseless_ok()`` (the caller's to check).

        Why: a trigger word's places mostly open no longer phrase ("người" of "người dân", not
        "người phát ngôn"); tested word by word (``each``), each place against its word's few
        openings, and only those kept merged, not all places merged first and then each tested
        against every opening."""
        found: list[int] = []
        for places, begins in zip(self.each(trigger), openings):
            if places:
                found += [p for p in places if hay.startswith(begins, p)]
        found.sort()
        return found

    def _all_indexed(self, trigger: str) -> list[int] | None:
        """``self(trigger)`` (case-insensitive) read from the index in one go when every
        alternative is a word the index holds or DIGIT_RUNS: what ``of()`` gives for each of them
        then (``_indexed``, ``_digit_runs``), merged, without a call per word. None otherwise
        (see ``_indexed_lists``)."""
        lists = self._indexed_lists(trigger)
        return None if lists is None else sorted(itertools.chain.from_iterable(lists))

    def _indexed_lists(self, trigger: str) -> list[Sequence[int]] | None:
        """What ``of()`` gives each alternative of ``trigger`` (case-insensitive), in order, read
        from the index at once, when it holds them all (words it holds, DIGIT_RUNS); None otherwise:
        the index not built yet, a word it does not hold, or a subclass with its own ``of()`` that
        does not check these lists as its ``of()`` would (``_check_indexed``)."""
        index = self._index
        if index is None or (type(self).of is not Starts.of
                             and type(self)._check_indexed is Starts._check_indexed):
            return None
        plan = _index_plan(trigger)
        if plan is None or not plan[1] <= self._indexed_words:
            return None
        lists = list(map(index.get, plan[0], itertools.repeat(())))
        self._check_indexed(trigger, lists)
        return lists

    def _check_indexed(self, trigger: str, lists: list[Sequence[int]]) -> None:
        """Nothing here. A subclass whose ``of()`` checks what it gives (the pipeline's bounded
        Starts) checks here, as its ``of()`` would and in the same order, the starts of each
        alternative of ``trigger`` that ``each`` and ``self(trigger)`` read from the index at once."""


@functools.lru_cache(maxsize=4096)
def _index_plan(trigger: str) -> tuple[tuple[str, ...], frozenset[str]] | None:
    """(the index keys of the alternatives of ``trigger``, in order: each word lower-cased, or
    DIGIT_RUNS; the words among them) when ``Starts.of`` reads every alternative from the index
    (a literal word of index letters, or DIGIT_RUNS), else None. Kept per trigger (the callers'
    constants)."""
    keys = []
    for w in trigger.split("|"):
        if w == DIGIT_RUNS:
            keys.append(w)
            continue
        low = w.lower()
        if not (_kind_of(w)[0] and low and _INDEX_LETTERS.issuperset(low)):
            return None
        keys.append(low)
    return tuple(keys), frozenset(keys) - {DIGIT_RUNS}


def openings_by_word(trigger: str, openings: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """For each alternative of ``trigger``, in order, the ``openings`` (in their order) that a
    text can hold where the alternative starts, compared lower-cased: those it opens or that
    open it (where the lowered text holds a word, a string that neither opens nor is opened by
    it cannot stand). For ``Starts.opening``."""
    openings = tuple(openings)
    out = []
    for w in trigger.split("|"):
        w = w.lower()
        out.append(tuple(o for o in openings if o.lower().startswith(w) or w.startswith(o.lower())))
    return tuple(out)


# Characters whose case-insensitive matches in the regex engine are exactly their str.lower()/
# str.upper() pair: printable ASCII and the Vietnamese letters (Turkish i and long s are not).
_PLAIN = alphabet.PLAIN


class ByFirstChar:
    """``match()`` of an alternation of words, with one pattern per first character.

    The regex engine tries the alternatives of "(?:tỷ|triệu|tấn|...)" one after the other; most
    cannot start with the character at hand. ``build(words)`` must give the pattern for any
    subset of the words (same order, same surroundings), so the sub-pattern for the first
    character gives the same match as the whole one. With ``ignorecase``, characters outside
    ASCII and Vietnamese letters go to the whole pattern.
    """

    def __init__(self, words, build, ignorecase: bool = False, full: regex.Pattern | None = None) -> None:
        words = list(words)
        self.words = tuple(words)
        self.full: regex.Pattern = full if full is not None else build(words)  # ``full``: already built
        self.ignorecase = ignorecase
        groups: dict[str, list[str]] = {}
        for w in words:
            groups.setdefault(w[0].lower() if ignorecase else w[0], []).append(w)
        table = {k: build(ws) for k, ws in groups.items()}
        if ignorecase:
            # every character of _PLAIN whose lower case opens a group (str.lower() is the
            # engine's case there) keys its group's pattern: match() looks the character up as
            # written, without lowering it first
            table = {c: table[c.lower()] for c in sorted(_PLAIN) if c.lower() in table}
        self.table: dict[str, regex.Pattern] | None = table
        if ignorecase and not all(w[0] in _PLAIN for w in words):
            self.table = None  # an unusual first letter: no shortcut

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
        """``full.match(text, pos, endpos)``, trying ``pattern_at(text[pos])`` (inlined: hot)."""
        table = self.table
        if endpos is None:
            endpos = len(text)
        if table is None or pos >= endpos:
            return self.full.match(text, pos, endpos)
        c = text[pos]
        p = table.get(c)
        if p is not None:
            return p.match(text, pos, endpos)
        if self.ignorecase and c not in _PLAIN:
            return self.full.match(text, pos, endpos)
        return None

    def pattern_at(self, c: str) -> regex.Pattern | None:
        """The pattern ``match`` tries at a position holding the character ``c``: that first
        character's pattern, the whole one (no table, or ``c`` no plain character of a
        case-insensitive split), or None (no word starts with ``c``)."""
        if self.table is None:
            return self.full
        p = self.table.get(c)
        if p is None and self.ignorecase and c not in _PLAIN:
            return self.full
        return p

    def fullmatch(self, s: str) -> regex.Match | None:
        if not s:
            return self.full.fullmatch(s)
        p = self.pattern_at(s[0])
        return p.fullmatch(s) if p is not None else None


def trie(seqs: list[list[str]], fold=str.lower) -> str:
    """One alternation of token lists (regex atoms) that shares their common prefixes, in order
    of preference: "tăng(?:\\s+(?:thêm|trưởng)|)" for "tăng thêm|tăng trưởng|tăng". An empty
    list is a word ending here; it is tried after the words before it and before those after.

    Why: the regex engine tries the alternatives of a flat list one after the other at every
    position; the tree tries one branch per distinct first token. Tokens are compared after
    ``fold`` (``str.lower`` for an IGNORECASE pattern; ``str`` for an exact one), so the branches
    of a step start with different tokens and at most one of them can go on.
    """
    parts: list[str] = []
    groups: dict[str, list[list[str]]] = {}  # first token (folded) -> the rests, in order

    def flush() -> None:
        # the branches of one run start with different tokens: their order does not matter
        for rests in groups.values():
            if len(rests) == 1:
                parts.append("".join(rests[0]))
                continue
            n = 1  # the tokens all the rests share (after fold)
            while all(len(r) > n and fold(r[n]) == fold(rests[0][n]) for r in rests):
                n += 1
            parts.append("".join(rests[0][:n]) + "(?:" + trie([r[n:] for r in rests], fold) + ")")
        groups.clear()

    for seq in seqs:
        if not seq:
            flush()  # a word ending here is tried after the words before it, before those after
            parts.append("")
        else:
            groups.setdefault(fold(seq[0]), []).append(seq)
    flush()
    return "|".join(parts)


# Whitespace runs longer than this make ``bounded()`` patterns differ from their originals.
SPACE_RUN_MAX = 400
_LONG_SPACE = regex.compile(r"\s{%d}" % (SPACE_RUN_MAX + 1))


def short_spaces(text: str) -> bool:
    """Whether no whitespace run of ``text`` is longer than SPACE_RUN_MAX (see ``bounded``)."""
    return _LONG_SPACE.search(text) is None


@functools.lru_cache(maxsize=None)
def bounded(pattern: regex.Pattern) -> regex.Pattern:
    """``pattern`` with each ``\\s+``/``\\s*`` bounded to SPACE_RUN_MAX characters.

    Why: before trying a match, the regex engine looks for the literal that must follow an
    unbounded ``\\s+`` ("\\d{1,2}\\s+tháng") in the whole rest of the text, so a match tried at
    a number costs as much as a scan of the text; with a bound it looks only that far. On a
    text where ``short_spaces()`` holds, the two patterns give the same matches.
    """
    src, flags = pattern.pattern, pattern.flags
    verbose = bool(flags & regex.VERBOSE)
    out: list[str] = []
    i, n, in_class = 0, len(src), False
    while i < n:
        c = src[i]
        if c == "\\":
            if (not in_class and src[i + 1:i + 2] == "s" and i + 2 < n and src[i + 2] in "+*"):
                out.append(r"\s{%d,%d}" % (1 if src[i + 2] == "+" else 0, SPACE_RUN_MAX))
                i += 3
                continue
            out.append(src[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            out.append(c)
            i += 1
            if src[i:i + 1] == "^":
                out.append("^")
                i += 1
            if src[i:i + 1] == "]":  # a "]" first in a class is literal
                out.append("]")
                i += 1
            continue
        elif verbose and c == "#":  # a comment runs to the end of the line
            j = src.find("\n", i)
            j = n if j < 0 else j
            out.append(src[i:j])
            i = j
            continue
        out.append(c)
        i += 1
    return regex.compile("".join(out), flags & ~regex.DEBUG)


# Characters of a window that ``may_end_with`` reads itself: ASCII, Vietnamese letters, newline,
# and the control characters that stand for masked text (\x00) or brackets (\x01, \x02): none is
# whitespace or has a case.
_PLAIN_NL = _PLAIN | frozenset("\n\x00\x01\x02")


class Tails(tuple):
    """The last words ``last_words`` gives (a tuple of them, sorted), with what ``may_end_with``
    reads of them at every call worked out once: the longest one's length (``maxlen``) and, per
    way of comparing, the plain characters (_PLAIN_NL) none of the words ends with (``no_end``:
    as written; ``no_end_lower``: lower-cased first, as IGNORECASE compares on plain characters):
    a window whose last character, once its spaces and newlines are stripped, is one of those
    ends in none of the words (``may_end_with``'s first answer)."""

    maxlen: int
    no_end: frozenset[str]
    no_end_lower: frozenset[str]


def last_words(alternatives: Iterable[str], ignorecase: bool = True) -> Tails:
    """The last word of each alternative ("ước tính đạt" -> "đạt"), for ``may_end_with``."""
    out = {a.split()[-1] for a in alternatives}
    words = Tails(sorted(w.lower() for w in out) if ignorecase else sorted(out))
    words.maxlen = max(map(len, words), default=0)
    lasts = {w[-1] for w in words}
    words.no_end = frozenset(c for c in _PLAIN_NL if c not in lasts)
    words.no_end_lower = frozenset(c for c in _PLAIN_NL if c.lower() not in lasts)
    return words


def may_end_with(window: str, words: tuple[str, ...], ignorecase: bool = True) -> bool:
    """False only when no pattern "...(?:alternatives)\\s*$" can match in ``window``.

    Why: a search for an alternation anchored at the end of a short window ("khoảng\\s*$")
    still tries every start position of the window; most windows (the words before a figure)
    end in none of the alternatives, which ``str.endswith`` tells at once. ``words`` are the last
    words of the alternatives (``last_words``); the alternatives must end with a letter. Only the
    window's end is read: after stripping spaces and newlines (what ``\\s*`` matches there), its
    last characters must be ASCII, Vietnamese letters or \\x00-\\x02, else the answer is True
    (the pattern decides); on those ``str.lower`` compares as the regex engine's IGNORECASE does.
    With ``words`` from ``last_words`` (a ``Tails``), a last character of those no word ends
    with is enough for False, whatever comes before it.
    """
    window = window.rstrip(" \n")
    if type(words) is Tails:
        # the last character first: a plain one no word ends with answers at once (half the
        # windows before figures), without the tail's lookup below
        if window[-1:] in (words.no_end_lower if ignorecase else words.no_end):
            return False
        n = words.maxlen
    else:
        n = _MAXLEN.get(words)
        if n is None:
            n = _MAXLEN[words] = max(map(len, words), default=0)
    tail = window[-n:]
    low = _PLAIN_TAILS.get(tail)
    if low is None:
        low = _plain_tail(tail)
    if low is False:
        return True
    return (low if ignorecase else tail).endswith(words)


_MAXLEN: dict[tuple[str, ...], int] = {}
# Per distinct short string (a window's tail, a window's last word), False when it is not all
# _PLAIN_NL, else the string lower-cased: a set test builds a set of the string's characters (a new
# str object for each Vietnamese letter), and lowering makes a new string, at every call, and those
# strings ("tăng", "ước đạt", "khoảng") repeat across figures and texts. Bounded: emptied when full.
_PLAIN_TAILS: dict[str, str | bool] = {}
_PLAIN_TAILS_MAX = 20_000


def _plain_tail(tail: str) -> str | bool:
    """``tail.lower()`` if ``_PLAIN_NL.issuperset(tail)``, else False; kept in _PLAIN_TAILS."""
    if len(_PLAIN_TAILS) >= _PLAIN_TAILS_MAX:
        _PLAIN_TAILS.clear()
    low = _PLAIN_TAILS[tail] = tail.lower() if _PLAIN_NL.issuperset(tail) else False
    return low


def plain_lower(s: str) -> str | None:
    """``s.lower()`` where every character of ``s`` is plain (_PLAIN_NL: there ``str.lower``
    compares as the regex engine's IGNORECASE does), else None; from the memo ``may_end_with``
    keeps (_PLAIN_TAILS)."""
    low = _PLAIN_TAILS.get(s)
    if low is None:
        low = _plain_tail(s)
    return None if low is False else low


def listed_cap_words(starts: Starts) -> list[tuple[int, str]] | None:
    """``starts.cap_words()`` if an earlier reader of the text has listed them already, else None
    (without listing them): a caller with a cheaper scan of its own uses the list only when it
    comes for free (organizations, after provinces)."""
    return starts._cap_words


def holds_any(text: str, words: Iterable[str], start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds one of ``words`` as written (``str.find``; a plain loop,
    no generator per call: it is asked per sentence and per figure)."""
    if start == 0 and end is None:
        for w in words:
            if w in text:
                return True
        return False
    find = text.find
    for w in words:
        if find(w, start, end) >= 0:
            return True
    return False


def by_first_char(strings: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Non-empty ``strings`` grouped by their first character, each group in the given order: a
    place of a text holds one of them only if it holds one of its character's group
    (``text.startswith(groups.get(text[p], ()), p)``)."""
    out: dict[str, list[str]] = {}
    for w in strings:
        out.setdefault(w[0], []).append(w)
    return {c: tuple(ws) for c, ws in out.items()}


class CharIs(dict):
    """A character ("" for none) -> whether ``pattern`` (a test of one character: a class, a
    property, "^(?:\\p{Lu}|\\d)") matches it, asked of the regex engine once per character:
    ``IS_UPPER[text[p:p + 1]]`` is ``pattern.match(text, p) is not None`` for a pattern that reads
    one character, without a regex call at each place. Bounded by the characters met."""

    def __init__(self, pattern: regex.Pattern) -> None:
        super().__init__()
        self.pattern = pattern

    def __missing__(self, c: str) -> bool:
        r = self[c] = bool(c) and self.pattern.match(c) is not None
        return r


# Whether a character matches _CAP_REST (a letter or a mark; _CAP_FIRST's capitals are letters)
# or \d (what _DIGIT_RUN reads): for the characters of a text outside _PLAIN_TEXT (Starts(odd=...)).
_IS_LETTER_OR_MARK = CharIs(regex.compile(_CAP_REST))
_IS_DIGIT = CharIs(_DIGIT_RUN)
