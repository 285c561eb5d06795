"""Agency abbreviations as one regex alternation (longest first), from ``agencies.tsv``."""

from __future__ import annotations

import regex

from ..resources import load_tsv

NAMES = {row["abbr"]: row["name"] for row in load_tsv("agencies.tsv")}
PATTERN = "|".join(regex.escape(a) for a in sorted(NAMES, key=len, reverse=True))
