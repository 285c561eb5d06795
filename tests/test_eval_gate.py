"""The evaluation gate: no change may make a field's score on corpora/ fall below its pin.

Scores come from ``vnextract.evaluate`` over the hand-written gold in ``corpora/gold/``; the
pins live in ``corpora/baseline.json`` and only ever go up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vnextract import evaluate

ROOT = Path(__file__).resolve().parents[1]
BASELINE = json.loads((ROOT / "corpora" / "baseline.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def scores():
    result, _errors = evaluate.evaluate(ROOT / "corpora")
    return result


@pytest.mark.parametrize("field", evaluate.FIELDS)
def test_f1_not_below_pin(scores, field):
    pin = BASELINE[field]
    f1 = scores[field].f1
    assert f1 >= pin, f"{field} F1 {f1:.3f} fell below the pinned {pin} (corpora/baseline.json)"


def test_official_titles_not_below_pin(scores):
    right, total = scores["officials"].extra["title"]
    assert total > 0
    assert right / total >= BASELINE["officials_title_accuracy"]


def test_every_article_has_gold():
    texts = sorted(p for p in (ROOT / "corpora").rglob("*.txt"))
    _root, golds = evaluate.gold_files(ROOT / "corpora")
    docs = {json.loads(g.read_text(encoding="utf-8"))["doc"] for g in golds}
    assert {str(t.relative_to(ROOT / "corpora")) for t in texts} == docs
