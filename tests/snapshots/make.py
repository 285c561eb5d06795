"""Build (or compare) the output snapshot that guards refactoring: ``extract()`` on every corpus
article, every Vietnamese string of the test tables and README, and a fixed sample of 500
articles of the 2017 archive.

    python tests/snapshots/make.py            # rewrite the snapshot files
    python tests/snapshots/make.py --diff     # say which documents changed, and how

The snapshot is the library's output as it is, not a gold standard: a deliberate output change
rewrites it in its own commit that says why (tests/test_snapshot.py compares byte for byte).
Inputs of the string set are stored with the outputs, so adding a test does not change the
snapshot; rerun with ``--refresh-strings`` to take in the strings of new tests.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import json
import re
import sys
from pathlib import Path
from typing import Iterator

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ARCHIVE = ROOT.parent / "shared" / "archive" / "baomoi-2017.jsonl.gz"
# Every 70th line of the archive, the first 500 of them: a fixed, spread sample of 2017 press.
ARCHIVE_STEP, ARCHIVE_COUNT = 70, 500
VIET = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĐ]", re.I)
IDS = HERE / "archive_ids.txt"
FILES = {"corpus": HERE / "corpus.jsonl.gz", "strings": HERE / "strings.jsonl.gz",
         "archive": HERE / "archive.jsonl.gz"}


def dump(text: str, published: str | None = None, doc_id: str | None = None) -> str:
    """The snapshot line of one document: the Article as sorted JSON, without the input text."""
    import vnextract

    art = vnextract.extract(text, published=published, doc_id=doc_id)
    data = art.model_dump(mode="json")
    data.pop("text", None)
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def corpus_docs() -> Iterator[tuple[str, str, str | None]]:
    """(key, text, published) of every corpus article, published as its gold gives it."""
    golds = {}
    for g in sorted((ROOT / "corpora" / "gold").glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        golds[gold["doc"]] = gold.get("published")
    for p in sorted((ROOT / "corpora").rglob("*.txt")):
        rel = str(p.relative_to(ROOT / "corpora"))
        yield rel, p.read_text(encoding="utf-8"), golds.get(rel)


def archive_docs() -> Iterator[tuple[str, str, None]]:
    with gzip.open(ARCHIVE, "rt", encoding="utf-8") as f:
        n = 0
        for i, line in enumerate(f):
            if i % ARCHIVE_STEP:
                continue
            d = json.loads(line)
            yield d["id"], d["text"], None
            n += 1
            if n == ARCHIVE_COUNT:
                return


def test_strings() -> list[str]:
    """Vietnamese string constants of tests/*.py and README.md, deduplicated, in file order."""
    seen: dict[str, None] = {}
    for p in sorted((ROOT / "tests").glob("test_*.py")):
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and VIET.search(node.value):
                seen.setdefault(node.value, None)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for m in re.finditer(r'"([^"\n]{6,})"', readme):
        if VIET.search(m.group(1)):
            seen.setdefault(m.group(1), None)
    return list(seen)


def stored_strings() -> list[str]:
    return [json.loads(line.split("\t", 1)[0])["key"] for line in read("strings")]


def docs(kind: str, refresh: bool = False) -> Iterator[tuple[str, str, str | None]]:
    if kind == "corpus":
        yield from corpus_docs()
    elif kind == "archive":
        yield from archive_docs()
    else:
        strings = test_strings() if refresh or not FILES["strings"].exists() else stored_strings()
        for s in strings:
            yield s, s, None


def lines(kind: str, refresh: bool = False) -> Iterator[str]:
    for key, text, published in docs(kind, refresh):
        out = dump(text, published, doc_id="snapshot" if kind == "strings" else key)
        yield json.dumps({"key": key, "published": published}, ensure_ascii=False) + "\t" + out


def read(kind: str) -> list[str]:
    with gzip.open(FILES[kind], "rb") as f:
        return f.read().decode("utf-8", "surrogatepass").split("\n")[:-1]


def write(kind: str, refresh: bool = False) -> int:
    rows = list(lines(kind, refresh))
    # mtime=0: the same output gives the same bytes
    with open(FILES[kind], "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        # surrogatepass: some test strings hold lone surrogates on purpose
        gz.write(("\n".join(rows) + "\n").encode("utf-8", "surrogatepass"))
    return len(rows)


def held_out(line: str) -> bool:
    """A document of the test split: its changes are counted, never shown (it is not read while
    rules are written)."""
    return json.loads(line.split("\t", 1)[0])["key"].startswith("test/")


def first_difference(old: str, new: str) -> str:
    if held_out(old):
        return "(test split: not shown)"
    a, b = json.loads(old.split("\t", 1)[1]), json.loads(new.split("\t", 1)[1])
    for k in sorted(set(a) | set(b)):
        if a.get(k) != b.get(k):
            va, vb = a.get(k), b.get(k)
            if isinstance(va, list) and isinstance(vb, list):
                for i, (x, y) in enumerate(zip(va, vb)):
                    if x != y:
                        return f"{k}[{i}]: {json.dumps(x, ensure_ascii=False)[:300]} -> {json.dumps(y, ensure_ascii=False)[:300]}"
                return f"{k}: {len(va)} records -> {len(vb)}"
            return f"{k}: {str(va)[:200]} -> {str(vb)[:200]}"
    return "(same)"


def diff(kind: str, limit: int = 20) -> list[str]:
    old = read(kind)
    new = list(lines(kind))
    out = []
    if len(old) != len(new):
        out.append(f"{kind}: {len(old)} documents stored, {len(new)} now")
    keys_old = {o.split("\t", 1)[0]: o for o in old}
    for n in new:
        key = n.split("\t", 1)[0]
        o = keys_old.get(key)
        if o is None:
            out.append(f"{kind}: new document {'(test split)' if held_out(n) else key[:80]}")
        elif o != n:
            name = "(a test-split article)" if held_out(o) else repr(json.loads(key)["key"][:80])
            out.append(f"{kind}: {name}: {first_difference(o, n)}")
        if len(out) >= limit:
            break
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--diff", action="store_true", help="compare, do not write")
    ap.add_argument("--refresh-strings", action="store_true", help="re-read the strings of tests/ and README")
    ap.add_argument("kinds", nargs="*", default=list(FILES))
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    for kind in args.kinds:
        if kind == "archive" and not ARCHIVE.exists():
            print(f"archive: {ARCHIVE} not found, skipped")
            continue
        if args.diff:
            rows = diff(kind)
            print("\n".join(rows) if rows else f"{kind}: unchanged")
        else:
            print(f"{kind}: {write(kind, args.refresh_strings)} documents written")
            if kind == "archive":
                IDS.write_text("\n".join(k for k, _t, _p in archive_docs()) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
