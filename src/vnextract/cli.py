"""The ``vnextract`` command line: extract, batch, series, people, citations, eval and schema.

Errors a user can cause (a missing file, a directory, undecodable bytes, a bad date) print one
line on stderr and exit with status 2; they never print a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Sequence

from . import __version__
from .errors import DecodeError, VnextractError


def _fail(message: str, code: int = 2) -> int:
    print(f"vnextract: error: {message}", file=sys.stderr)
    return code


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _cmd_extract(args: argparse.Namespace) -> int:
    from .pipeline import extract

    if args.path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        path = Path(args.path)
        if path.is_dir():
            return _fail(f"{path} is a directory; use 'vnextract batch {path} --out DEST' for folders")
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return _fail(f"no such file: {path}")
        except OSError as exc:
            return _fail(f"cannot read {path}: {exc.strerror or exc}")
        name = str(path)
    try:
        art = extract(data, published=args.published, include_related=args.include_related)
    except DecodeError as exc:
        return _fail(f"{name}: {exc}")
    except VnextractError as exc:
        return _fail(f"{name}: {exc}")
    payload = art.model_dump(mode="json")
    if args.format == "jsonl":
        print(json.dumps(payload, ensure_ascii=False))
    else:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from .models import Article

    print(json.dumps(Article.model_json_schema(), ensure_ascii=False, indent=2))
    return 0


def _cmd_batch(args: argparse.Namespace) -> int:
    try:
        from .batch import run_cli
    except ImportError as exc:  # pragma: no cover - batch extras missing
        return _fail(f"batch needs the batch dependencies: {exc}")
    return run_cli(args)


def _cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import run_cli

    return run_cli(args)


def _cmd_archive(args: argparse.Namespace) -> int:
    """series, people, citations: an archive query, as a table or into --out."""
    try:
        from .archive import Archive, ArchiveError
    except ImportError as exc:  # pragma: no cover - batch extras missing
        return _fail(f"{args.command} needs the batch dependencies: {exc}")
    if args.out and not args.out.lower().endswith((".csv", ".parquet")):
        return _fail(f"--out {args.out}: write a .csv or a .parquet file")
    try:
        with Archive(args.dest) as arc:
            if args.command == "series":
                df = arc.series(args.measure, scope=args.scope, breakdown=args.breakdown)
            elif args.command == "people":
                df = arc.career(args.name) if args.name and not args.org else arc.people(name=args.name, org=args.org)
            else:
                df = arc.citations(number=args.number, top=args.top)
    except ArchiveError as exc:
        return _fail(str(exc))
    if args.out:
        try:
            if args.out.lower().endswith(".csv"):
                df.to_csv(args.out, index=False)
            else:
                df.to_parquet(args.out, index=False)
        except (OSError, ImportError) as exc:
            return _fail(f"cannot write {args.out}: {exc}")
        print(f"{len(df):,} rows -> {args.out}")
        return 0
    import pandas as pd

    shown = df.drop(columns=[c for c in ("article_ids",) if c in df.columns])
    with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 200,
                           "display.max_colwidth", 60):
        print(shown.to_string(index=False) if len(shown) else f"no rows ({args.command})")
    return 0


class _Parser(argparse.ArgumentParser):
    """Usage mistakes print one line (and the hint to ask for --help), not the usage block."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="vnextract", description="Structured records from Vietnamese news articles.")
    p.add_argument("--version", action="version", version=f"vnextract {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    e = sub.add_parser("extract", help="extract one article and print it as JSON")
    e.add_argument("path", help="a text file, or - for standard input")
    e.add_argument("--format", choices=("json", "jsonl"), default="json")
    e.add_argument("--published", type=_date, help="publication date YYYY-MM-DD (anchors 'ngày 28/7')")
    e.add_argument("--include-related", action="store_true", help="keep records from related-article teasers")
    e.set_defaults(func=_cmd_extract)

    s = sub.add_parser("schema", help="print the JSON Schema of the Article record")
    s.set_defaults(func=_cmd_schema)

    b = sub.add_parser("batch", help="extract a folder, JSONL or WARC archive into a database or file")
    b.add_argument("inputs", nargs="+", metavar="INPUT")
    b.add_argument("--out", default=None, help="x.jsonl, x.parquet, sqlite:///x.db (default), postgresql://...")
    b.add_argument("--workers", type=int, default=None, help="processes (default: all cores)")
    b.add_argument("--resume", action="store_true", help="skip documents already in DEST")
    b.add_argument("--retry-failures", action="store_true",
                   help="extract only the documents stored in DEST as failures (and not as articles)")
    b.add_argument("--dask", default=None, metavar="tcp://HOST:PORT", help="run on an existing Dask cluster")
    b.add_argument("--chunk-size", type=int, default=64)
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.add_argument("--max-doc-mb", type=float, default=None, metavar="MB",
                   help="refuse (as a failure) any document larger than this (default 16)")
    b.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                   help="give up on a document after this long (default 120)")
    b.set_defaults(func=_cmd_batch)

    dest_help = "a vnextract batch database: sqlite:///x.db (or x.db), postgresql://..."
    out_help = "write the rows to a .csv or .parquet file instead of printing a table"
    r = sub.add_parser("series", help="an indicator's figures across the archive (one row per figure reported)")
    r.add_argument("dest", metavar="DEST", help=dest_help)
    r.add_argument("--measure", required=True, help="measure id from data/measures.tsv: cpi, exports, iip, ...")
    r.add_argument("--scope", default=None, help='a province or "cả nước" (nationwide)')
    r.add_argument("--breakdown", default=None, help="a product, sector or partner ('gạo')")
    r.add_argument("--out", default=None, help=out_help)
    r.set_defaults(func=_cmd_archive)

    o = sub.add_parser("people", help="officials' posts across the archive (with --name: a career in time order)")
    o.add_argument("dest", metavar="DEST", help=dest_help)
    o.add_argument("--name", default=None, help='a full name, e.g. "Nguyễn Đức Chung"')
    o.add_argument("--org", default=None, help='an organisation, e.g. "UBND TP Hà Nội"')
    o.add_argument("--out", default=None, help=out_help)
    o.set_defaults(func=_cmd_archive)

    c = sub.add_parser("citations", help="legal documents cited across the archive, the most cited first")
    c.add_argument("dest", metavar="DEST", help=dest_help)
    c.add_argument("--top", type=int, default=None, help="only the N most cited")
    c.add_argument("--number", default=None, help="one document, e.g. 67/2014/NĐ-CP")
    c.add_argument("--out", default=None, help=out_help)
    c.set_defaults(func=_cmd_archive)

    v = sub.add_parser("eval", help="score the extractor against a gold corpus")
    v.add_argument("gold_dir", metavar="GOLD_DIR")
    v.add_argument("--field", action="append", default=None, help="only this field (repeatable)")
    v.add_argument("--show-errors", action="store_true", help="list misses and false positives")
    v.add_argument("--json", action="store_true", help="print the scores as JSON, by split")
    v.add_argument("--split", choices=("all", "dev", "test"), default="all",
                   help="score one split (default: each split found, one table each; errors of the "
                        "test split are shown only when it is asked for by name)")
    v.add_argument("--against", choices=("vnextract", "underthesea"), default="vnextract",
                   help="score underthesea's ner (PER, LOC) on the same rules instead")
    v.set_defaults(func=_cmd_eval)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
