"""Loading of the data files under ``vnextract/data/``: once, on first use, then cached."""

from __future__ import annotations

import csv
import functools
from importlib import resources

from .normalize import fold


@functools.lru_cache(maxsize=None)
def read_text(name: str) -> str:
    """The text of a data file, by file name."""
    return resources.files("vnextract.data").joinpath(name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=None)
def load_tsv(name: str, *, normalize: bool = True) -> tuple[dict[str, str], ...]:
    """Rows of a TSV data file as dicts keyed by its header row.

    Lines starting with ``#`` are comments (sources, notes). Values are folded with
    ``normalize.fold`` so data and text compare equal whatever tone placement either uses.
    """
    lines = [ln for ln in read_text(name).splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    rows = []
    for rec in reader:
        rec = rec + [""] * (len(header) - len(rec))
        row = {h: (fold(v.strip()) if normalize else v.strip()) for h, v in zip(header, rec)}
        rows.append(row)
    return tuple(rows)


@functools.lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """The words of one list of ``word_lists.tsv`` (stop words, company words, ...), folded."""
    words = frozenset(r["word"] for r in load_tsv("word_lists.tsv") if r["list"] == name)
    if not words:
        raise KeyError(f"word_lists.tsv has no list {name!r}")
    return words


@functools.lru_cache(maxsize=None)
def read_by(name: str, rule: str, key: str = "cue", kinds: tuple[str, ...] = (),
            column: str = "reads") -> tuple[str, ...]:
    """The ``key`` values of the rows of the data file ``name`` whose ``column`` (``reads``, or
    another column of rule names: titles.tsv ``takes``) names ``rule`` (and whose ``kind`` is one
    of ``kinds``, if given), in the file's order, without repeats: the words a rule reads beyond
    its kind's patterns, declared beside them in the file (quantity_cues.tsv, indicator_cues.tsv,
    date_words.tsv)."""
    return tuple(dict.fromkeys(r[key] for r in load_tsv(name) if rule in r[column].split()
                               and (not kinds or r["kind"] in kinds)))
