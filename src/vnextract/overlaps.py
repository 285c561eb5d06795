"""The overlap rule, the only one: among spans that compete for the same characters, the longest
wins, then the earliest, then whatever ``rank`` puts first.

Every place that must choose among overlapping spans calls ``keep_longest``: the extractors
inside one kind of record (dates: "6 tháng đầu năm 2023" over "năm 2023"; organisations:
"UBND tỉnh Quảng Ninh" over "tỉnh Quảng Ninh"), and the spaCy component across kinds (through
``vnextract.pipeline.resolve_overlaps``, which ranks kinds by the pipeline's order). Between
kinds inside ``extract()`` the same order decides by claims: a kind earlier in
``pipeline.COMPONENTS`` claims its characters first (``Doc.claim``), so a legal identifier is
never read again as a date, nor a date as a quantity.
"""

from __future__ import annotations

import bisect
from typing import Any, Callable, Iterable, TypeVar

T = TypeVar("T")


class Taken:
    """Sorted, disjoint, non-empty spans already taken; ``free`` tells whether a span touches none."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for s, e in spans:
            self.take(s, e)

    def free(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.starts, start)
        return not ((k and self.ends[k - 1] > start) or (k < len(self.starts) and self.starts[k] < end))

    def take(self, start: int, end: int) -> None:
        k = bisect.bisect_right(self.starts, start)
        self.starts.insert(k, start)
        self.ends.insert(k, end)


def keep_longest(items: Iterable[T], span: Callable[[T], tuple[int, int]],
                 rank: Callable[[T], Any] | None = None,
                 taken: Iterable[tuple[int, int]] = ()) -> list[T]:
    """The items whose spans overlap no better item's, in text order.

    Better means longer, then earlier (``rank`` may replace that order: the spaCy component
    measures a record by its own characters, not by the whole tokens its entity covers, and
    breaks exact ties by kind); items that tie keep their input order. ``taken`` are spans that
    are not free to begin with. Spans are ``[start, end)`` and must not be empty.
    """
    if rank is None:
        def rank(x: T) -> tuple[int, int]:
            s, e = span(x)
            return -(e - s), s
    taken_spans = Taken(taken)
    kept: list[tuple[int, T]] = []
    for x in sorted(items, key=rank):
        s, e = span(x)
        if taken_spans.free(s, e):
            taken_spans.take(s, e)
            kept.append((s, x))
    kept.sort(key=lambda t: t[0])
    return [x for _s, x in kept]
