"""The house rules that are not about output: components declare what they read and assign,
in an order that lets them read it; the outer wings reach the library through its face.

The import layers themselves are checked by ``lint-imports`` (contracts in pyproject.toml).
"""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path

import pytest

import vnextract
from vnextract import pipeline
from vnextract.models import Article


def _source(name: str) -> str:
    """The source of a component: of every module of it when it is a package (indicators)."""
    module = importlib.import_module(f"vnextract.{name}")
    if not hasattr(module, "__path__"):
        return inspect.getsource(module)
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(Path(module.__path__[0]).glob("*.py")))


def test_components_load_and_assign_their_own_article_field():
    names = [name for name, _fn in pipeline.loaded_components()]
    assert names == list(pipeline.COMPONENTS)
    for name in names:
        assert name in Article.model_fields
        assert importlib.import_module(f"vnextract.{name}").ASSIGNS == name


@pytest.mark.parametrize("name", pipeline.COMPONENTS)
def test_reads_are_declared_and_run_before(name):
    module = importlib.import_module(f"vnextract.{name}")
    src = _source(name)
    earlier = pipeline.COMPONENTS[:pipeline.COMPONENTS.index(name)]
    read = set(re.findall(r'doc\.results(?:\.get\(|\[)"(\w+)"', src))
    assert read <= set(module.READS), f"{name} reads {sorted(read - set(module.READS))} undeclared"
    if "doc.claimed(" in src:  # it reads the claims of every earlier component that claims
        claimers = {c for c in earlier if "doc.claim(" in _source(c)}
        assert claimers and claimers <= set(module.READS)
    assert set(module.READS) <= set(earlier)


def test_a_component_that_reads_a_later_one_is_refused(monkeypatch):
    monkeypatch.setattr(importlib.import_module("vnextract.dates"), "READS", ("quantities",))
    with pytest.raises(RuntimeError, match="dates: READS"):
        pipeline.loaded_components.__wrapped__()


def test_resolve_overlaps_keeps_longest_then_earliest_then_earlier_kind():
    # "UBND tỉnh Quảng Ninh" (ORG, 0-20) over "Quảng Ninh" (PROVINCE, 10-20); of two spans of
    # the same length that overlap, the earlier; on an exact tie the kind that runs first.
    items = [(10, 20, "provinces"), (0, 20, "organizations"), (30, 35, "quantities"),
             (32, 37, "dates"), (40, 45, "quantities"), (40, 45, "dates")]
    kept = pipeline.resolve_overlaps(items, span=lambda t: t[:2], kind=lambda t: t[2])
    assert kept == [(0, 20, "organizations"), (30, 35, "quantities"), (40, 45, "dates")]


def test_find_word_is_whole_word_and_case_sensitive_on_nfd_text():
    text = "Bộ trưởng Trần Hồng Hà cho biết không thể chậm trễ; ông Thể"
    assert pipeline.find_word(text, "Thể") == (len(text) - 3, len(text))
    nfd = "Ông Nguyễn Hoà".replace("à", "a\u0300")
    a, b = pipeline.find_word(nfd, "Hòa")
    assert nfd[a:b] == "Hoa\u0300"
    assert pipeline.find_word(text, "Hồng Hà cho biết thể") is None


def test_tokenize_is_public():
    words = [t.text for t in vnextract.tokenize("Bộ Công Thương ban hành Thông tư 01/2021/TT-BCT.")]
    assert "01/2021/TT-BCT" in words
