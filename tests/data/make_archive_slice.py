"""Cut the test slice tests/data/baomoi-2017-slice.jsonl.gz out of the full archive.

    python tests/data/make_archive_slice.py [../shared/archive/baomoi-2017.jsonl.gz]

The slice is real press text (see ../shared/archive/README.md: baomoi.com, February-July 2017,
for development and testing only), chosen by regular expressions on the raw text, so that it
does not depend on what the extractor finds, and spread over the months (the baomoi ids grow
with time, so every k-th match is taken). Each group gives the archive queries something to show:

* CPI: every article reporting a consumer price index figure ("CPI tháng 5 giảm 0,53%").
* exports: articles with a province's export figure ("kim ngạch xuất khẩu ... đạt ... triệu USD").
* officials: two people who changed post in 2017 (Nguyễn Thiện Nhân, from Chủ tịch Ủy ban Trung
  ương MTTQ Việt Nam to Bí thư Thành ủy TP.HCM in April; Đinh La Thăng, from that post to Phó
  Trưởng Ban Kinh tế Trung ương in May), Nguyễn Đức Chung under the many spellings of his post,
  and articles with former posts ("nguyên Bộ trưởng") and appointments ("bổ nhiệm").
* citations: articles citing decrees by full number ("67/2014/NĐ-CP") or short mention.

Line order and text are kept as they are in the archive (no character changed).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "baomoi-2017-slice.jsonl.gz"
DEFAULT = HERE.parents[2] / "shared" / "archive" / "baomoi-2017.jsonl.gz"

NUM = r"\d+(?:,\d+)?"
GROUPS: list[tuple[str, int, list[str]]] = [
    # (group, at most, patterns that must all match)
    ("cpi", 60, [r"CPI|[Cc]hỉ số giá tiêu dùng", rf"(?:tăng|giảm) {NUM}\s?%"]),
    ("exports", 60, [rf"xuất khẩu[^.]{{0,80}} {NUM} (?:triệu|tỷ) USD", r"\b(?:[Tt]ỉnh|thành phố|TP\.?) ?[A-ZĐ]"]),
    ("nhan", 16, [r"Nguyễn Thiện Nhân", r"Mặt trận|MTTQ|Thành ủy"]),
    ("thang", 16, [r"Đinh La Thăng"]),
    ("thang-moved", 8, [r"Đinh La Thăng", r"Phó [Tt]rưởng [Bb]an Kinh tế"]),
    ("chung", 10, [r"Chủ tịch (?:UBND )?(?:TP\.? ?|thành phố )?Hà Nội Nguyễn Đức Chung"]),
    ("former", 25, [r"\bnguyên (?:Bộ trưởng|Thứ trưởng|Chủ tịch|Bí thư|Phó Chủ tịch|Phó Thủ tướng)"]),
    ("appointed", 20, [r"bổ nhiệm", r"giữ chức"]),
    ("decrees", 60, [r"\d+/20\d\d/NĐ-CP"]),
]


def main(src: Path) -> None:
    rows: list[tuple[str, bytes]] = []
    with gzip.open(src, "rb") as f:
        for line in f:
            d = json.loads(line)
            rows.append((d["text"], line))
    chosen: dict[int, None] = {}
    for group, cap, patterns in GROUPS:
        rx = [re.compile(p) for p in patterns]
        hits = [k for k, (text, _) in enumerate(rows) if all(r.search(text) for r in rx)]
        step = max(1, len(hits) // cap)
        picked = hits[::step][:cap]
        print(f"{group}: {len(hits)} matching, {len(picked)} taken", file=sys.stderr)
        chosen.update(dict.fromkeys(picked))
    lines = [rows[k][1] for k in sorted(chosen)]
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.writelines(lines)
    print(f"{len(lines)} articles -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
