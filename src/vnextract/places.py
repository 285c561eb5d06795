"""Place names that several readers must recognise: the provinces' canonical names (the 63 of
``provinces.tsv``, the 34 of ``provinces_new34.tsv``) and the countries (``countries.txt``).

Kept apart from the extractors so that the personal-name rules (``names.py``: "Hàn Quốc" is a
country, "Thanh Hóa" a province, not a person) need neither ``provinces`` nor
``organizations``, which themselves use ``names``.
"""

from __future__ import annotations

import functools

from .normalize import fold
from .resources import load_tsv, read_text


@functools.lru_cache(maxsize=1)
def province_names() -> frozenset[str]:
    """Canonical names of the 63 provinces before July 2025 ("Quảng Ninh", "Hồ Chí Minh")."""
    return frozenset(r["name"] for r in load_tsv("provinces.tsv"))


@functools.lru_cache(maxsize=1)
def new_province_names() -> frozenset[str]:
    """Canonical names of the 34 provincial units from 1 July 2025 (``provinces_new34.tsv``)."""
    return frozenset(r["name"] for r in load_tsv("provinces_new34.tsv") if r["name"])


def is_province_name(s: str) -> bool:
    return s in province_names()


@functools.lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Country names as the press writes them ("Hàn Quốc", "Trung Quốc", "Hoa Kỳ")."""
    return frozenset(
        fold(ln.strip()) for ln in read_text("countries.txt").splitlines()
        if ln.strip() and not ln.startswith("#")
    )


def is_country(s: str) -> bool:
    return s in countries()
