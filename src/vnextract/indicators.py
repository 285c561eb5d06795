"""Extractor for ``indicators``: not written yet (see the issue tracker). Returns no records."""

from __future__ import annotations


def extract(doc) -> list:
    return []
