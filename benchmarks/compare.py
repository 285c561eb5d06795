"""extract() against underthesea.word_tokenize, for this tree and an earlier one, in the same run.

    python benchmarks/compare.py REV_OR_SRC [--rounds 5] [--passes 5] [--archive PATH] [--docs 300]

A speed change is judged by the ratio extract / word_tokenize (chars/s over the same texts), which
cancels most of what the machine's load does to both; but load changes from minute to minute, so
two ratios measured an hour apart differ by more than most changes. This script measures the
current tree and an earlier one (a git revision, "e05e113", exported to a temporary folder with
``git archive``; or the path of a ``src`` folder) in alternating child processes, ``--rounds``
times each, and prints the best ratio of each side and their quotient, then the quotient of each
round (this tree's child against the other's next to it) and their median, for the ratios and for
extract's chars/s alone.

Each child imports vnextract from its own tree, warms up on one article, then times ``--passes``
passes of ``extract`` over the corpus articles (corpora/*.txt, corpora/dev/*.txt of THIS tree,
for both sides) alternating with passes of ``word_tokenize`` over the same texts line by line,
in CPU seconds of the process (``time.process_time``: what other processes do weighs less than
on a wall clock); best pass of each. Only the extraction is compared: outputs may differ.

The corpus passes read the same texts again and again, which flatters any cache keyed by pieces
of text. With ``--archive`` (a JSONL, optionally gzipped, of ``{"text": ...}`` lines such as
../shared/archive/baomoi-2017.jsonl.gz) each child also times ONE pass of ``extract`` over
``--docs`` articles it has never seen (every 37th line, after the corpus passes) and one pass of
``word_tokenize`` over their lines: the figure for a batch run over an archive.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = r"""
import json, sys, time
from pathlib import Path
root, passes, archive, docs = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
files = sorted((root / "corpora").glob("*.txt")) + sorted((root / "corpora" / "dev").glob("*.txt"))
texts = [p.read_text(encoding="utf-8") for p in files]
lines = [ln for t in texts for ln in t.split("\n") if ln.strip()]
import vnextract
from underthesea import word_tokenize

def timed(fn, items):
    t0 = time.process_time()
    for x in items:
        fn(x)
    return time.process_time() - t0

vnextract.extract(texts[0])
word_tokenize(lines[0])
ex = wt = float("inf")
for _ in range(passes):
    ex = min(ex, timed(vnextract.extract, texts))
    wt = min(wt, timed(word_tokenize, lines))
chars = sum(map(len, texts))
got = {"module": vnextract.__file__, "chars": chars, "extract": chars / ex, "word_tokenize": chars / wt}
if archive:
    import gzip
    fresh = []
    with (gzip.open if archive.endswith(".gz") else open)(archive, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % 37 == 5:
                fresh.append(json.loads(line)["text"])
                if len(fresh) == docs:
                    break
    n = sum(map(len, fresh))
    got["fresh_extract"] = n / timed(vnextract.extract, fresh)
    got["fresh_word_tokenize"] = n / timed(word_tokenize, [ln for t in fresh for ln in t.split("\n") if ln.strip()])
print(json.dumps(got))
"""


def _export(rev: str, into: Path) -> Path:
    """The ``src`` folder of git revision ``rev`` of this repository, written under ``into``."""
    archive = into / "src.tar"
    with archive.open("wb") as f:
        subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], stdout=f, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def _measure(src: Path, passes: int, archive: str, docs: int) -> dict:
    env = dict(os.environ, PYTHONPATH=str(src))
    out = subprocess.run([sys.executable, "-c", _CHILD, str(ROOT), str(passes), archive, str(docs)], env=env,
                         capture_output=True, text=True, check=True).stdout
    got = json.loads(out.strip().splitlines()[-1])
    if not got["module"].startswith(str(src)):
        raise SystemExit(f"imported {got['module']}, not the tree under {src}")
    return got


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("other", help="a git revision of this repository, or the path of a src folder")
    ap.add_argument("--rounds", type=int, default=5, help="child processes per side, alternating")
    ap.add_argument("--passes", type=int, default=5, help="timed passes in each child (best kept)")
    ap.add_argument("--archive", default="", help="JSONL(.gz) of articles for the one-pass figure on unseen texts")
    ap.add_argument("--docs", type=int, default=300, help="articles of --archive in that pass")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="vnextract-compare-") as tmp:
        other = Path(args.other).resolve()
        if not (other / "vnextract").is_dir():
            other = _export(args.other, Path(tmp))
        sides = {"this tree": (ROOT / "src").resolve(), args.other: other}
        best: dict[str, dict] = {}
        rounds: dict[str, list[dict]] = {name: [] for name in sides}
        for k in range(args.rounds):
            for name, src in sides.items():
                got = _measure(src, args.passes, args.archive, args.docs)
                got["ratio"] = got["extract"] / got["word_tokenize"]
                line = (f"round {k + 1} {name:<12} extract {got['extract']:>10,.0f} chars/s  "
                        f"word_tokenize {got['word_tokenize']:>9,.0f} chars/s  ratio {got['ratio']:.2f}x")
                if args.archive:
                    got["fresh_ratio"] = got["fresh_extract"] / got["fresh_word_tokenize"]
                    line += f"  | unseen: extract {got['fresh_extract']:>10,.0f} ratio {got['fresh_ratio']:.2f}x"
                print(line, flush=True)
                rounds[name].append(got)
                for key in ("ratio", "fresh_ratio"):
                    if key in got and got[key] > best.setdefault(name, {}).get(key, 0.0):
                        best[name][key] = got[key]
    print()
    for key, what in (("ratio", "corpus, best pass"), ("fresh_ratio", "unseen articles, one pass")):
        if key in best["this tree"]:
            this, that = best["this tree"][key], best[args.other][key]
            print(f"{what:<26} this tree {this:.2f}x  {args.other} {that:.2f}x  quotient {this / that:.3f}")
    # The best ratio of each side can be set by one slow word_tokenize pass (the same code and
    # texts on both sides): the quotients of the rounds, each side's child against the other's
    # next to it, say how far one figure is from the spread; and the extraction's own speed,
    # whose quotient has no word_tokenize in it.
    print()
    for key, what in (("ratio", "corpus ratio"), ("extract", "corpus extract chars/s"),
                      ("fresh_ratio", "unseen ratio"), ("fresh_extract", "unseen extract chars/s")):
        if key in rounds["this tree"][0]:
            qs = [a[key] / b[key] for a, b in zip(rounds["this tree"], rounds[args.other])]
            print(f"{what:<23} quotient by round {' '.join(f'{q:.3f}' for q in qs)}  "
                  f"median {statistics.median(qs):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
