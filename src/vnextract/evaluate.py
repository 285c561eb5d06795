"""Scoring vnextract against a gold corpus: ``vnextract eval GOLD_DIR``.

``GOLD_DIR`` is a corpus folder with a ``gold/`` subfolder (``corpora/``) or the ``gold/`` folder
itself. Each gold file (format: ``corpora/GOLD_FORMAT.md``) names its article in ``doc``, relative
to the corpus folder, and the ``published`` date that anchors relative dates.

Matching rules (precision, recall and F1 are micro-averaged over articles):

- ``legal_refs``: by canonical ``number``, distinct per article.
- ``provinces``: by canonical ``name``, distinct per article.
- ``organizations``: by canonical ``name`` (case-folded), distinct per article.
- ``officials``: by ``name`` (case-folded), distinct per article; on the matched ones, ``title``
  accuracy and ``org`` accuracy (case-folded equality) are reported too.
- ``quantities``: every occurrence, in text order: the longest order-preserving alignment of gold
  and predicted items where ``value`` (or ``min``/``max``) agree within 1e-6 relative and the
  units agree (counted-noun units agree when one is a prefix of the other: "chợ" ~ "chợ đầu mối").
- ``dates``: every occurrence, in text order, aligned the same way on ``value``; "found any year"
  is the share of gold dates aligned when years are not compared (its gap to recall is the share
  missed only by a wrong or unknown year).
- ``indicators``: a gold and a predicted indicator match when their quantities match (or, when
  gold has no quantity, their changes do) and their names share at least half the syllables of the
  shorter name; matched greedily in text order. On the matched ones, ``period`` (value),
  ``change`` (direction and value), ``status`` and ``scope`` (presence) accuracy are reported; "period any year" compares periods with
  their years blanked.

The gate (``tests/test_eval_gate.py``) fails when a field's F1 falls below ``corpora/baseline.json``.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from .pipeline import fold, province_unit_abbreviations, province_unit_words, standard_units as _standard_units

# The order the score table prints the components in (tests/test_evaluate.py: each of
# pipeline.COMPONENTS once).
FIELDS = ("legal_refs", "provinces", "organizations", "officials", "quantities", "dates", "indicators")

# Currency and measure units (``pipeline.standard_units``) compare exactly; anything else is a
# counted Vietnamese noun.

@dataclass
class Score:
    tp: int = 0
    gold: int = 0
    pred: int = 0
    extra: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, total]

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else (1.0 if not self.pred else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add_extra(self, name: str, ok: bool) -> None:
        right_total = self.extra.setdefault(name, [0, 0])
        right_total[0] += int(ok)
        right_total[1] += 1

    def as_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4), "gold": self.gold, "pred": self.pred, "tp": self.tp,
        }
        for name, (right, total) in self.extra.items():
            d[f"{name}_accuracy"] = round(right / total, 4) if total else None
        return d


@dataclass
class ErrorItem:
    doc: str
    field: str
    kind: str  # "miss" or "false positive"
    what: str
    sentence: str


# --- comparison helpers -------------------------------------------------------------------

def _key(s: str | None) -> str:
    return fold(s or "").casefold().strip()


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def _unit_match(a: str | None, b: str | None) -> bool:
    a, b = _key(a), _key(b)
    if a == b:
        return True
    if not a or not b:
        return False
    std = _standard_units()
    if a in std or b in std:
        return False
    return a.startswith(b) or b.startswith(a)


def _qty_match(g: dict | None, p: dict | None) -> bool:
    if not g or not p:
        return False
    if g.get("value") is not None:
        ok = _close(g["value"], p.get("value"))
    else:
        ok = _close(g.get("min"), p.get("min")) and _close(g.get("max"), p.get("max"))
    return ok and _unit_match(g.get("unit"), p.get("unit"))


def _align(gold: Sequence[Any], pred: Sequence[Any], same: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """Longest order-preserving alignment (LCS) of two sequences under ``same``."""
    n, m = len(gold), len(pred)
    eq = [[same(g, p) for p in pred] for g in gold]
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        row, up, e = dp[i], dp[i - 1], eq[i - 1]
        for j in range(1, m + 1):
            row[j] = up[j - 1] + 1 if e[j - 1] else max(up[j], row[j - 1])
    pairs: list[tuple[int, int]] = []
    i, j = n, m
    while i > 0 and j > 0:
        if eq[i - 1][j - 1] and dp[i][j] == dp[i - 1][j - 1] + 1:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    pairs.reverse()
    return pairs


def _syllables(s: str | None) -> set[str]:
    return {w for w in _key(s).replace(",", " ").split() if w}


def _name_overlap(a: str | None, b: str | None) -> bool:
    sa, sb = _syllables(a), _syllables(b)
    if not sa or not sb:
        return False
    return len(sa & sb) >= 0.5 * min(len(sa), len(sb))


# --- per-field scoring ------------------------------------------------------------------------

def _describe_qty(q: dict | None) -> str:
    if not q:
        return "-"
    if q.get("value") is not None:
        v = f"{q['value']:g}"
    else:
        v = f"{q.get('min'):g}..{q.get('max'):g}" if q.get("min") is not None else "?"
    return f"{v} {q.get('unit') or ''}".strip()


class _Doc:
    """One article: its text, gold, prediction, and how to find a span's sentence."""

    def __init__(self, name: str, text: str, gold: dict, pred: dict):
        self.name, self.text, self.gold, self.pred = name, text, gold, pred

    def sentence_of(self, start: int | None = None, needle: str | None = None) -> str:
        if start is None and needle:
            start = self.text.find(needle)
            if start < 0:
                start = fold(self.text).find(fold(needle))
        if start is None or start < 0:
            return ""
        for s in self.pred.get("sentences", []):
            if s["start"] <= start < s["end"]:
                return s["text"]
        a = max(self.text.rfind("\n", 0, start) + 1, start - 150)
        b = self.text.find("\n", start)
        b = len(self.text) if b < 0 else min(b, start + 150)
        return self.text[a:b]


def _score_sets(doc: _Doc, fieldname: str, key: Callable[[dict], str], score: Score, errors: list[ErrorItem]) -> None:
    gold = {key(g): g for g in doc.gold.get(fieldname, []) if key(g)}
    pred: dict[str, dict] = {}
    for p in doc.pred.get(fieldname, []):
        pred.setdefault(key(p), p)
    score.gold += len(gold)
    score.pred += len(pred)
    both = gold.keys() & pred.keys()
    score.tp += len(both)
    for k in gold.keys() - pred.keys():
        g = gold[k]
        errors.append(ErrorItem(doc.name, fieldname, "miss", g.get("name") or g.get("number") or k,
                                doc.sentence_of(needle=g.get("text") or g.get("name") or g.get("number"))))
    for k in pred.keys() - gold.keys():
        p = pred[k]
        errors.append(ErrorItem(doc.name, fieldname, "false positive",
                                f"{p.get('name') or p.get('number')} ({p.get('text')})", doc.sentence_of(p.get("start"))))
    if fieldname == "officials":
        for k in both:
            g, p = gold[k], pred[k]
            score.add_extra("title", _key(g.get("title")) == _key(p.get("title")))
            score.add_extra("org", _key(g.get("org")) == _key(p.get("org")))


def _score_sequence(doc: _Doc, fieldname: str, same: Callable[[dict, dict], bool],
                    describe: Callable[[dict], str], score: Score, errors: list[ErrorItem]) -> None:
    gold = doc.gold.get(fieldname, [])
    pred = doc.pred.get(fieldname, [])
    pairs = _align(gold, pred, same)
    score.gold += len(gold)
    score.pred += len(pred)
    score.tp += len(pairs)
    gi = {i for i, _ in pairs}
    pj = {j for _, j in pairs}
    for i, g in enumerate(gold):
        if i not in gi:
            errors.append(ErrorItem(doc.name, fieldname, "miss", f"{g.get('text')!r} = {describe(g)}",
                                    doc.sentence_of(needle=g.get("text"))))
    for j, p in enumerate(pred):
        if j not in pj:
            errors.append(ErrorItem(doc.name, fieldname, "false positive", f"{p.get('text')!r} = {describe(p)}",
                                    doc.sentence_of(p.get("start"))))


def _indicator_match(g: dict, p: dict) -> bool:
    if g.get("quantity"):
        if not _qty_match(g["quantity"], p.get("quantity")):
            return False
    elif g.get("change"):
        if p.get("quantity") or not _qty_match(g["change"], p.get("change")):
            return False
    else:
        return False
    return _name_overlap(g.get("name"), p.get("name"))


def _period_value(x: Any) -> str | None:
    if isinstance(x, dict):
        return x.get("value")
    return x


def _score_indicators(doc: _Doc, score: Score, errors: list[ErrorItem]) -> None:
    gold = doc.gold.get("indicators", [])
    pred = doc.pred.get("indicators", [])
    used: set[int] = set()
    score.gold += len(gold)
    score.pred += len(pred)
    for g in gold:
        hit = next((j for j, p in enumerate(pred) if j not in used and _indicator_match(g, p)), None)
        if hit is None:
            errors.append(ErrorItem(doc.name, "indicators", "miss",
                                    f"{g.get('name')!r} = {_describe_qty(g.get('quantity') or g.get('change'))}",
                                    doc.sentence_of(needle=g.get("sentence"))))
            continue
        used.add(hit)
        score.tp += 1
        p = pred[hit]
        gp, pp = _period_value(g.get("period")), _period_value(p.get("period"))
        score.add_extra("period", gp == pp)
        score.add_extra("period any year", _without_year(gp) == _without_year(pp))
        gc, pc = g.get("change"), p.get("change")
        score.add_extra("change", (not gc and not pc) or bool(
            gc and pc and gc.get("direction") == pc.get("direction") and _qty_match(gc, pc)))
        score.add_extra("status", (g.get("status") or "actual") == (p.get("status") or "actual"))
        score.add_extra("scope", bool(g.get("scope")) == bool(p.get("scope")))
        # measure and breakdown are scored where the gold says them (older gold may not)
        if "measure" in g:
            score.add_extra("measure", g.get("measure") == p.get("measure"))
        if "breakdown" in g:
            gb, pb = g.get("breakdown"), p.get("breakdown")
            score.add_extra("breakdown", (not gb and not pb) or bool(gb and pb and _name_overlap(gb, pb)))
    for j, p in enumerate(pred):
        if j not in used:
            errors.append(ErrorItem(doc.name, "indicators", "false positive",
                                    f"{p.get('name')!r} = {_describe_qty(p.get('quantity') or p.get('change'))}",
                                    doc.sentence_of(p.get("start"))))


def _year_of_date(value: Any) -> str:
    """"2017" of "2017-06-09" / "2017-05" / "2017"; "XXXX" of an unknown year or no date."""
    v = str(value or "XXXX")[:4]
    return v if v.isdigit() else "XXXX"


def _date_same(g: dict, p: dict) -> bool:
    return g.get("value") == p.get("value")


_YEAR = re.compile(r"(?<![0-9])(?:[0-9]{4}|XXXX)(?![0-9])")


def _without_year(value: Any) -> str:
    """A date value with every year (known or "XXXX") blanked: "2017-06-09" -> "Y-06-09"."""
    return _YEAR.sub("Y", str(value))


def _date_same_any_year(g: dict, p: dict) -> bool:
    return _without_year(g.get("value")) == _without_year(p.get("value"))


def score_doc(doc: _Doc, fields: Iterable[str], scores: dict[str, Score], errors: list[ErrorItem]) -> None:
    for f in fields:
        sc = scores.setdefault(f, Score())
        if f == "legal_refs":
            _score_sets(doc, f, lambda r: (r.get("number") or "").strip(), sc, errors)
        elif f in ("provinces", "organizations", "officials"):
            _score_sets(doc, f, lambda r: _key(r.get("name")), sc, errors)
        elif f == "quantities":
            _score_sequence(doc, f, _qty_match, _describe_qty, sc, errors)
        elif f == "dates":
            _score_sequence(doc, f, _date_same, lambda d: str(d.get("value")), sc, errors)
            # how many gold dates are found when years are not compared: the gap to recall is
            # the part of the misses that is a wrong (or unknown) year, not a missed date
            any_year = len(_align(doc.gold.get(f, []), doc.pred.get(f, []), _date_same_any_year))
            right_total = sc.extra.setdefault("found any year", [0, 0])
            right_total[0] += any_year
            right_total[1] += len(doc.gold.get(f, []))
            if doc.gold.get("published") is None and "published_inferred" in doc.gold:
                # the year of the article's own date: right when it is the gold's, or both unknown
                # (gold null or "XXXX-..."); scored on articles that give no publication date
                inferred = doc.pred.get("published_inferred") or {}
                sc.add_extra("inferred year", _year_of_date(doc.gold["published_inferred"])
                             == _year_of_date(inferred.get("timex")))
        elif f == "indicators":
            _score_indicators(doc, sc, errors)


# --- corpus -------------------------------------------------------------------------------------

def gold_files(gold_dir: str | Path) -> tuple[Path, list[Path]]:
    """The corpus root (where ``doc`` paths start) and the gold files under ``gold_dir``."""
    root = Path(gold_dir)
    if (root / "gold").is_dir():
        return root, sorted((root / "gold").glob("*.json"))
    if root.is_dir() and any(root.glob("*.json")):
        return root.parent, sorted(root.glob("*.json"))
    raise FileNotFoundError(f"no gold files in {root} (expected {root}/gold/*.json or {root}/*.json)")


SPLITS = ("dev", "test")


def split_of(gold: dict) -> str:
    """``test`` for articles under ``test/`` (scored, never read while writing rules), else ``dev``."""
    return "test" if str(gold.get("doc", "")).startswith("test/") else "dev"


def load_corpus(gold_dir: str | Path, split: str | None = None) -> list[tuple[str, str, dict]]:
    """``(name, text, gold)`` for every gold file (of ``split`` only, when given)."""
    root, files = gold_files(gold_dir)
    out = []
    for f in files:
        gold = json.loads(f.read_text(encoding="utf-8"))
        if split is not None and split_of(gold) != split:
            continue
        text = (root / gold["doc"]).read_text(encoding="utf-8")
        out.append((f.stem, text, gold))
    return out


def splits_in(gold_dir: str | Path) -> list[str]:
    """The splits that have at least one gold file, in SPLITS order."""
    _root, files = gold_files(gold_dir)
    found = {split_of(json.loads(f.read_text(encoding="utf-8"))) for f in files}
    return [s for s in SPLITS if s in found]


def evaluate(gold_dir: str | Path, fields: Sequence[str] | None = None,
             predict: Callable[[str, dict], dict] | None = None, split: str | None = None,
             published: bool = True) -> tuple[dict[str, Score], list[ErrorItem]]:
    """Score ``predict`` (default: ``vnextract.extract``) on the gold corpus (one ``split`` of it).

    ``predict(text, gold)`` returns an Article-shaped dict; pass another function to score another
    tool on the same rules (see :func:`underthesea_predict`). ``published=False`` scores the
    default extractor as if no publication date were known (the gold stays as written).
    """
    from .pipeline import extract

    if predict is None:
        def predict(text: str, gold: dict) -> dict:
            return extract(text, published=gold.get("published") if published else None).model_dump(mode="json")

    fields = list(fields or FIELDS)
    scores: dict[str, Score] = {}
    errors: list[ErrorItem] = []
    for name, text, gold in load_corpus(gold_dir, split):
        pred = predict(text, gold)
        score_doc(_Doc(name, text, gold, pred), fields, scores, errors)
    return scores, errors


# The units' words of provinces.tsv ("thành phố", "tỉnh") and their abbreviations ("tp. ", "tp ").
_PREFIXES = tuple(f"{w} " for w in province_unit_words()) + tuple(
    f"{a.lower()}{dot} " for a in province_unit_abbreviations().abbreviations for dot in (".", ""))


def underthesea_predict(text: str, gold: dict) -> dict:
    """underthesea's ``ner`` mapped onto the fields it covers: PER -> officials' names,
    LOC -> provinces (prefix "tỉnh"/"thành phố" dropped). Scored by the same rules."""
    from underthesea import ner

    officials, provinces = [], []
    for line in text.splitlines():
        if not line.strip():
            continue
        cur: list[str] = []
        label = None
        for tok in ner(line) + [("", "", "", "O")]:
            word, tag = tok[0], tok[-1]
            if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and tag[2:] != label):
                if cur and label in ("PER", "LOC"):
                    name = " ".join(cur)
                    if label == "PER":
                        officials.append({"name": name})
                    else:
                        low = name.casefold()
                        for pre in _PREFIXES:
                            if low.startswith(pre):
                                name = name[len(pre):]
                                break
                        provinces.append({"name": name})
                cur, label = ([word], tag[2:]) if tag != "O" else ([], None)
            else:
                cur.append(word)
    return {"officials": officials, "provinces": provinces, "sentences": []}


def format_table(scores: dict[str, Score]) -> str:
    lines = [f"{'field':<16}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}{'tp':>6}  details"]
    for f, s in scores.items():
        extra = ", ".join(f"{k} {r / t:.2f}" for k, (r, t) in s.extra.items() if t)
        lines.append(f"{f:<16}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.gold:>7}{s.pred:>7}{s.tp:>6}  {extra}")
    return "\n".join(lines)


def format_errors(errors: list[ErrorItem]) -> str:
    out = []
    for e in errors:
        sent = " ".join(e.sentence.split())
        if len(sent) > 220:
            sent = sent[:217] + "..."
        out.append(f"[{e.doc}] {e.field} {e.kind}: {e.what}\n    in: {sent}")
    return "\n".join(out)


def run_cli(args: argparse.Namespace) -> int:
    fields = args.field or list(FIELDS)
    unknown = [f for f in fields if f not in FIELDS]
    if unknown:
        print(f"vnextract: error: unknown field(s) {', '.join(unknown)}; choose from {', '.join(FIELDS)}", file=sys.stderr)
        return 2
    predict = None
    if getattr(args, "against", None) == "underthesea":
        fields = [f for f in fields if f in ("officials", "provinces")]
        predict = underthesea_predict
    want = getattr(args, "split", None) or "all"
    try:
        splits = splits_in(args.gold_dir) if want == "all" else [want]
        results = {}
        for sp in splits:
            scores, errors = evaluate(args.gold_dir, fields, predict, split=sp)
            if predict is None and "dates" in fields:
                # the same gold scored as if no publication date were known
                nodate, _ = evaluate(args.gold_dir, ["dates"], None, split=sp, published=False)
                scores["dates (no date)"] = nodate["dates"]
            results[sp] = (scores, errors)
    except (FileNotFoundError, KeyError, json.JSONDecodeError) as exc:
        print(f"vnextract: error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps({sp: {f: s.as_dict() for f, s in sc.items()} for sp, (sc, _e) in results.items()},
                         ensure_ascii=False, indent=2))
    else:
        for i, (sp, (scores, _e)) in enumerate(results.items()):
            n = len(load_corpus(args.gold_dir, sp))
            print(("\n" if i else "") + f"{sp} ({n} articles)")
            print(format_table(scores))
    if args.show_errors:
        for sp, (_s, errors) in results.items():
            if sp == "test" and want == "all":
                # the test split is scored, never read for error analysis: ask for it by name
                continue
            print()
            print(format_errors(errors))
    return 0
