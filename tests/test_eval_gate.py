"""The evaluation gate: no change may make a field's score on corpora/ fall below its pin.

Scores come from ``vnextract.evaluate`` over the hand-written gold in ``corpora/gold/``, for
each split (``dev``: read while rules are written; ``test``: never); the pins live in
``corpora/baseline.json`` and only ever go up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vnextract import evaluate

ROOT = Path(__file__).resolve().parents[1]
BASELINE = json.loads((ROOT / "corpora" / "baseline.json").read_text(encoding="utf-8"))


SPLITS = [s for s in evaluate.SPLITS if s in BASELINE]
_SCORES: dict = {}


def scores_of(split: str, published: bool = True):
    key = (split, published)
    if key not in _SCORES:
        _SCORES[key] = evaluate.evaluate(ROOT / "corpora", split=split, published=published)[0]
    return _SCORES[key]


@pytest.mark.parametrize("split", SPLITS)
@pytest.mark.parametrize("field", evaluate.FIELDS)
def test_f1_not_below_pin(split, field):
    pin = BASELINE[split][field]
    f1 = scores_of(split)[field].f1
    assert f1 >= pin, f"{split} {field} F1 {f1:.3f} fell below the pinned {pin} (corpora/baseline.json)"


@pytest.mark.parametrize("split", SPLITS)
def test_pinned_extras_not_below_pin(split):
    """Accuracies on matched records (officials' titles, indicators' period/status/measure) and
    dates scored with no publication date given, where the baseline pins them."""
    pins = BASELINE[split]
    for key, pin in pins.items():
        if key == "dates_no_date":
            got = scores_of(split, published=False)["dates"].f1
        elif "_" in key and key.rsplit("_", 1)[1] == "accuracy":
            field, extra = key[:-len("_accuracy")].split("_", 1)
            right, total = scores_of(split)[field].extra[extra]
            assert total > 0, key
            got = right / total
        else:
            continue
        assert got >= pin, f"{split} {key} {got:.3f} fell below the pinned {pin}"


def test_every_article_has_gold():
    texts = sorted(p for p in (ROOT / "corpora").rglob("*.txt"))
    _root, golds = evaluate.gold_files(ROOT / "corpora")
    docs = {json.loads(g.read_text(encoding="utf-8"))["doc"] for g in golds}
    assert {str(t.relative_to(ROOT / "corpora")) for t in texts} == docs
