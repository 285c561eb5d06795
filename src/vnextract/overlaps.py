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
from operator import itemgetter
from typing import Any, Callable, Iterable, TypeVar

T = TypeVar("T")


def keep_longest(items: Iterable[T], span: Callable[[T], tuple[int, int]],
                 rank: Callable[[T], Any] | None = None,
                 taken: Iterable[tuple[int, int]] = ()) -> list[T]:
    """The items whose spans overlap no better item's, in text order.

    Better means longer, then earlier (``rank`` may replace that order: the spaCy component
    measures a record by its own characters, not by the whole tokens its entity covers, and
    breaks exact ties by kind); items that tie keep their input order. ``taken`` are spans that
    are not free to begin with. Spans are ``[start, end)`` and must not be empty.
    """
    spanned = [(span(x), x) for x in items]  # span: operator.attrgetter("start", "end") costs least
    # sorted by the rule, ties in input order (the index), without a key function per item
    if rank is None:
        keyed = sorted([(s - e, s, i) for i, ((s, e), _x) in enumerate(spanned)])
    else:
        keyed = sorted([(rank(x), i) for i, (_se, x) in enumerate(spanned)])
    spanned = [spanned[t[-1]] for t in keyed]
    # the taken spans, sorted and disjoint: a span is free when it overlaps neither the one that
    # starts at or before it nor the next one
    starts: list[int] = []
    ends: list[int] = []
    for s, e in sorted(taken):
        starts.append(s)
        ends.append(e)
    kept: list[tuple[int, T]] = []
    bisect_right = bisect.bisect_right
    for (s, e), x in spanned:
        k = bisect_right(starts, s)
        if (k and ends[k - 1] > s) or (k < len(starts) and starts[k] < e):
            continue
        starts.insert(k, s)
        ends.insert(k, e)
        kept.append((s, x))
    kept.sort(key=itemgetter(0))
    return [x for _s, x in kept]
