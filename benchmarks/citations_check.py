"""Check ``Archive.citations(top=20)`` against a count made by reading the raw texts.

    python benchmarks/citations_check.py sqlite:///archive.db [--archive PATH] [--top 20] [--show NUMBER ...]

For each of the documents the query ranks first, the articles of the archive are read with
regular expressions written from how the press writes a number (not from the extractor):

* ``full no.``: articles giving the number whole, however spaced ("301/BGDĐT – GDMN") or
  without its code ("Nghị định số 49/2017");
* ``missed``: of those, the articles the query does not count (an extractor miss, or a false hit
  of the reading: "tháng 02/2017" is a date, not Thông tư 02/2017);
* ``by short``: articles the query counts that give no full number, only a short mention
  ("Nghị định 67/CP", "Chỉ thị số 05 của Bộ Chính trị"): ``--show NUMBER`` prints them to read;
* ``short, not recorded``: articles with a short mention of that type and serial ("Nghị định
  67") that the query does not count, because the extractor recorded no reference there.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from archive_bench import default_archive  # noqa: E402

# How the press names each type in a short mention.
WORDS = {
    "Nghị định": "(?:nghị định|nđ)", "Thông tư": "(?:thông tư|tt)", "Chỉ thị": "chỉ thị",
    "Nghị quyết": "nghị quyết", "Quyết định": "(?:quyết định|qđ)", "Công văn": "(?:công văn|văn bản)",
    "Luật": "luật",
}
DASH = r"\s*[-–]\s*"


def full_pattern(number: str) -> re.Pattern:
    """The number however spaced and dashed, or its serial/year without the code."""
    parts = [DASH.join(re.escape(x).replace("Đ", "[ĐÐđ]") for x in p.split("-")) for p in number.split("/")]
    pats = [r"(?<![\d/])" + r"\s*/\s*".join(parts)]
    serial = re.match(r"\d+", number)
    year = re.search(r"/(\d{4})(?:/|$)", number)
    if serial and year:
        pats.append(r"(?<![\d/])" + serial.group(0) + r"\s*/\s*" + year.group(1) + r"(?!\d)(?!\s*/\s*\w)")
    return re.compile("|".join(pats), re.I)


def short_pattern(number: str, doc_type: str | None) -> re.Pattern | None:
    serial = re.match(r"\d+", number)
    if not serial or doc_type not in WORDS:
        return None
    return re.compile(r"\b" + WORDS[doc_type] + r"\s+(?:số\s+)?" + serial.group(0) + r"(?!\d)(?!\s*/\s*\d{4})", re.I)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dest", help="the vnextract batch database of the archive")
    ap.add_argument("--archive", type=Path, default=default_archive())
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--show", nargs="*", default=[], metavar="NUMBER", help="print the short-mention articles of these")
    args = ap.parse_args(argv)

    from vnextract.archive import Archive

    with Archive(args.dest) as arc:
        df = arc.citations(top=args.top)
    opener = gzip.open if args.archive.name.endswith(".gz") else open
    with opener(args.archive, "rt", encoding="utf-8") as f:
        texts = {d["id"]: d["text"] for d in map(json.loads, f)}
    print(f"{'document':<20}{'query':>6}{'full no.':>9}{'missed':>7}{'by short':>9}{'short, not recorded':>21}")
    for r in df.itertuples():
        counted = set(r.article_ids.split(","))
        frx, srx = full_pattern(r.number), short_pattern(r.number, r.doc_type)
        full = {i for i, t in texts.items() if frx.search(t)}
        unrecorded = {i for i, t in texts.items() if srx and i not in counted and i not in full and srx.search(t)}
        print(f"{r.number:<20}{r.articles:>6}{len(full):>9}{len(full - counted):>7}{len(counted - full):>9}"
              f"{len(unrecorded):>21}")
        if r.number in args.show:
            for i in sorted(counted - full):
                m = srx.search(texts[i]) if srx else None
                at = m.start() if m else 0
                print(f"    {i}: ...{texts[i][max(0, at - 60):at + 80]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
