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

import functools
import heapq
from typing import Iterable, Iterator

import regex


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
    yield from finditer_at(pattern, (t.start() for t in trigger.finditer(text, pos, endpos)), text, endpos)


def finditer_at(pattern: regex.Pattern, starts: Iterable[int], text: str,
                endpos: int | None = None) -> Iterator[regex.Match]:
    """Non-overlapping matches of ``pattern`` tried at ``starts`` (ascending), as finditer gives them."""
    if endpos is None:
        endpos = len(text)
    end = -1
    match = pattern.match
    for p in starts:
        if p < end:
            continue
        m = match(text, p, endpos)
        if m is not None:
            yield m
            end = m.end()


@functools.lru_cache(maxsize=None)
def _compiled(trigger: str, flags: int) -> regex.Pattern:
    return regex.compile(trigger, flags)


class Starts:
    """Where trigger words start in one text, each word scanned once and shared by all patterns.

    The regex engine finds one literal ("tháng") or one class ("\\\\d+") very fast, but an
    alternation of many words ("ngày|tháng|năm|...") slowly; so each alternative of a trigger is
    scanned on its own, once per text, and the positions are merged.
    """

    def __init__(self, text: str, flags: int = regex.IGNORECASE) -> None:
        self.text = text
        self.flags = flags
        self._seen: dict[str, list[int]] = {}

    def of(self, word: str) -> list[int]:
        found = self._seen.get(word)
        if found is None:
            found = self._seen[word] = [m.start() for m in _compiled(word, self.flags).finditer(self.text)]
        return found

    def __call__(self, trigger: str) -> Iterable[int]:
        """Ascending start positions of the alternatives of ``trigger`` ("ngày|hôm|\\\\d+")."""
        lists = [self.of(w) for w in trigger.split("|")]
        return lists[0] if len(lists) == 1 else heapq.merge(*lists)
