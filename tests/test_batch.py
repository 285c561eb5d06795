"""``vnextract batch``: nothing lost, nothing duplicated, resumable, same rows in every sink.

The archive (tests/conftest.py: build_archive) holds real articles from corpora/dev as .txt,
HTML, JSONL.gz and WARC, and one document for each way an archive breaks (empty, blank, binary,
undecodable, malformed JSON, 50 MB line, cut gzip, decompression bomb, cut WARC). Records are
compared with what ``vnextract.extract`` gives for the same text, whatever the extractors find
today: the tables follow the models, so they fill in as extractors land.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import vnextract
from vnextract.batch import read_articles, read_failures, run
from vnextract.batch import schema as S
from vnextract.batch.inputs import Limits, iter_documents
from vnextract.batch.sinks import arrow_schemas, open_sink, sql_metadata
from vnextract.models import (
    Article, Change, DateMention, Indicator, LegalRef, Mention, Official, Organization,
    ProvinceMention, Quantity,
)

from conftest import build_archive, corpus_texts, gzip_members

SRC = Path(__file__).resolve().parents[1] / "src"


def cli(args: list[str], cwd: Path, **kw) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run([sys.executable, "-m", "vnextract.cli", "batch", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300, **kw)


def closing_counts(stdout: str) -> tuple[int, int, int]:
    m = re.search(r"^([\d,]+) documents?: ([\d,]+) articles?, ([\d,]+) failures?", stdout, re.M)
    assert m, stdout
    return tuple(int(g.replace(",", "")) for g in m.groups())


def stable(failures: list[dict]) -> list[tuple]:
    """Failure rows without the time they were written."""
    return sorted((f["id"], f["source"], f["reason"], f["error"]) for f in failures)


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("archive")
    return root, build_archive(root)


@pytest.fixture(scope="module")
def sqlite_run(archive, tmp_path_factory):
    """One CLI run over the archive into SQLite with 2 workers (shared by several tests)."""
    root, _ = archive
    db = tmp_path_factory.mktemp("db") / "news.db"
    r = cli([".", "--out", f"sqlite:///{db}", "--workers", "2", "--chunk-size", "4"], cwd=root)
    return db, r


# --- nothing lost ----------------------------------------------------------------------------

def test_every_document_ends_as_an_article_or_a_failure(archive, sqlite_run):
    root, want = archive
    db, r = sqlite_run
    assert r.returncode == 0, r.stderr
    assert closing_counts(r.stdout) == (want["documents"], want["articles"], want["failures"])
    assert re.search(r" in \d+\.\d s \([\d,]+ docs/s\)$", r.stdout.strip().splitlines()[-1])
    dest = f"sqlite:///{db}"
    arts, fails = read_articles(dest), read_failures(dest)
    assert len(arts) == want["articles"] and len(fails) == want["failures"]
    assert want["failure_ids"] <= {f["id"] for f in fails}
    assert not {a["id"] for a in arts} & {f["id"] for f in fails}
    assert "ignored" in r.stderr  # notes.md, the image and the 404 are not documents


# Why each broken document failed (the reason is what a user reads in the failures table).
FAILURE_REASONS = [
    ("broken/empty.txt", "empty document"),
    ("broken/blank.txt", "empty document"),
    ("broken/junk.txt", "undecodable bytes"),
    ("broken/legacy.txt", "undecodable bytes"),
    ("broken/lines.jsonl:2", "malformed JSON line"),
    ("broken/lines.jsonl:3", "not an object"),
    ("no-text", "no string 'text'"),
    ("bad-date", "published"),
    ("broken/huge.jsonl:1", "line too long"),
    ("broken/cut.jsonl.gz:3", "truncated or corrupt file after line 2"),
    ("broken/bomb.jsonl.gz:1", "decompression bomb refused"),
]


@pytest.mark.parametrize("doc_id, reason", FAILURE_REASONS)
def test_failure_reasons(sqlite_run, doc_id, reason):
    db, _ = sqlite_run
    fails = {f["id"]: f for f in read_failures(f"sqlite:///{db}")}
    assert reason in fails[doc_id]["reason"]
    assert fails[doc_id]["source"]
    dt.datetime.fromisoformat(fails[doc_id]["failed_at"])


def test_cut_warc_loses_one_page_not_the_file(sqlite_run):
    db, _ = sqlite_run
    arts = read_articles(f"sqlite:///{db}")
    fails = read_failures(f"sqlite:///{db}")
    assert sum(1 for a in arts if a["url"] == "https://example.vn/c.html") == 1
    cut = [f for f in fails if f["source"].startswith("broken/cut.warc.gz#")]
    assert len(cut) == 1 and "truncated" in cut[0]["reason"]


def test_records_equal_local_extract(archive, sqlite_run):
    """Every stored article equals vnextract.extract of the same text (txt and JSONL inputs)."""
    root, _ = archive
    db, _ = sqlite_run
    arts = {a["id"]: a for a in read_articles(f"sqlite:///{db}")}
    for name, text in corpus_texts()[:6]:
        ref = vnextract.extract(text, doc_id=f"txt/{name}.txt").model_dump(mode="json")
        assert arts[f"txt/{name}.txt"] == ref
    for k, (_, text) in enumerate(corpus_texts()[7:11]):
        ref = vnextract.extract(text, doc_id=f"dump-{k}", url=f"https://example.vn/{k}",
                                published="2021-04-27").model_dump(mode="json")
        assert arts[f"dump-{k}"] == ref


def test_html_pages_keep_headline_and_drop_page_chrome(sqlite_run):
    """trafilatura takes the article out of the page: the headline is the title, nav/footer go."""
    db, _ = sqlite_run
    texts = dict(corpus_texts())
    name = sorted(texts)[6]
    title = texts[name].splitlines()[0].strip()
    arts = {a["id"]: a for a in read_articles(f"sqlite:///{db}")}
    page = arts["page.html"]
    assert page["text"].startswith(title)
    assert "Trang chủ" not in page["text"] and "Liên hệ quảng cáo" not in page["text"]
    assert page["published"] == "2021-04-27"
    warc = [a for a in arts.values() if a["url"] == "https://example.vn/a.html"]
    assert len(warc) == 1 and warc[0]["id"].startswith("<urn:uuid:")


def test_sql_tables_hold_the_records(sqlite_run):
    db, _ = sqlite_run
    con = sqlite3.connect(db)
    n_articles = con.execute("select count(*) from articles").fetchone()[0]
    n_paras = con.execute("select count(*) from paragraphs").fetchone()[0]
    total = sum(len(a["paragraphs"]) for a in read_articles(f"sqlite:///{db}"))
    assert n_articles == 18 and n_paras == total > 0
    # offsets index the stored text
    for aid, start, end, text in con.execute("select article_id, start, \"end\", text from sentences limit 200"):
        full = con.execute("select text from articles where id=?", (aid,)).fetchone()[0]
        assert full[start:end] == text
    ver = {r[0] for r in con.execute("select distinct extractor_version from articles")}
    assert ver == {vnextract.__version__}


# --- no duplicates, resume -------------------------------------------------------------------

def table_counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    names = [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
    return {n: con.execute(f'select count(*) from "{n}"').fetchone()[0] for n in names}


def test_second_run_adds_no_rows_and_resume_skips_everything(archive, tmp_path):
    root, want = archive
    db = tmp_path / "twice.db"
    r1 = cli([".", "--out", f"sqlite:///{db}", "--workers", "1"], cwd=root)
    before = table_counts(db)
    r2 = cli([".", "--out", f"sqlite:///{db}", "--workers", "1"], cwd=root)
    assert r1.returncode == r2.returncode == 0
    assert table_counts(db) == before
    r3 = cli([".", "--out", f"sqlite:///{db}", "--resume"], cwd=root)
    assert r3.returncode == 0
    assert f"0 articles, 0 failures, {want['documents']} skipped" in r3.stdout
    assert table_counts(db) == before


def kill_archive(root: Path, n: int = 120) -> Path:
    """A JSONL of n distinct documents made of corpus articles (long enough to kill mid-way)."""
    texts = [t for _, t in corpus_texts()]
    with open(root / "many.jsonl", "w", encoding="utf-8") as f:
        for k in range(n):
            f.write(json.dumps({"id": f"doc-{k:04d}", "text": texts[k % len(texts)] + f"\nBài số {k}."},
                               ensure_ascii=False) + "\n")
        f.write("{not json}\n")
    return root / "many.jsonl"


def run_and_kill(args: list[str], cwd: Path, ready) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    p = subprocess.Popen([sys.executable, "-m", "vnextract.cli", "batch", *args], cwd=cwd, env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            if p.poll() is not None:
                pytest.fail("the run finished before it could be killed")
            if ready():
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()
                return
            time.sleep(0.01)
        pytest.fail("no rows written in 120 s")
    finally:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()


def sqlite_rows(db: Path) -> int:
    try:
        con = sqlite3.connect(db, timeout=1)
        try:
            return con.execute("select count(*) from articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


@pytest.mark.parametrize("workers", ["1", "2"])
def test_sigkill_then_resume_equals_clean_run_sqlite(tmp_path, workers):
    kill_archive(tmp_path)
    clean, killed = tmp_path / "clean.db", tmp_path / "killed.db"
    r = cli(["many.jsonl", "--out", f"sqlite:///{clean}", "--workers", workers, "--chunk-size", "4"], cwd=tmp_path)
    assert r.returncode == 0 and closing_counts(r.stdout) == (121, 120, 1)
    run_and_kill(["many.jsonl", "--out", f"sqlite:///{killed}", "--workers", workers, "--chunk-size", "4"],
                 tmp_path, lambda: sqlite_rows(killed) >= 8)
    partial = sqlite_rows(killed)
    assert 8 <= partial < 120
    r = cli(["many.jsonl", "--out", f"sqlite:///{killed}", "--workers", workers, "--resume", "--chunk-size", "4"],
            cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    m = re.search(r"([\d,]+) skipped", r.stdout)
    assert m and int(m.group(1)) >= partial
    assert read_articles(f"sqlite:///{killed}") == read_articles(f"sqlite:///{clean}")
    assert stable(read_failures(f"sqlite:///{killed}")) == stable(read_failures(f"sqlite:///{clean}"))
    assert table_counts(killed) == table_counts(clean)


def jsonl_lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except OSError:
        return 0


def test_sigkill_then_resume_equals_clean_run_jsonl(tmp_path):
    kill_archive(tmp_path)
    clean, killed = tmp_path / "clean.jsonl", tmp_path / "killed.jsonl"
    assert cli(["many.jsonl", "--out", str(clean), "--workers", "1", "--chunk-size", "4"], cwd=tmp_path).returncode == 0
    run_and_kill(["many.jsonl", "--out", str(killed), "--workers", "1", "--chunk-size", "4"],
                 tmp_path, lambda: jsonl_lines(killed) >= 8)
    r = cli(["many.jsonl", "--out", str(killed), "--workers", "1", "--resume"], cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert read_articles(str(killed)) == read_articles(str(clean))
    assert stable(read_failures(str(killed))) == stable(read_failures(str(clean)))


def test_jsonl_trims_a_line_cut_by_a_crash(tmp_path):
    (tmp_path / "in.jsonl").write_text(
        '{"id": "x1", "text": "Tỉnh Quảng Ninh."}\n{"id": "x2", "text": "Bộ Công Thương."}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "x1", "text": "Tỉnh Quảng Ninh.", "paragr', encoding="utf-8")  # cut mid-line
    s = run([str(tmp_path / "in.jsonl")], str(out), workers=1, resume=True)
    assert (s.documents, s.articles, s.skipped) == (2, 2, 0)
    assert [a["id"] for a in read_articles(str(out))] == ["x1", "x2"]


@pytest.mark.parametrize("dest", ["out.jsonl", "out.parquet", "sqlite:///{tmp}/out.db"])
def test_rerun_upserts_in_every_sink(tmp_path, dest):
    """A re-run replaces rows; an id that failed before and now succeeds leaves failures; a
    repeated id in one run is a duplicate (the first is kept); a document that fails on a re-run
    keeps its stored article (issue 14, findings 8 and 9: tests/test_batch_db.py)."""
    dest = dest.format(tmp=tmp_path)
    if "://" not in dest:
        dest = str(tmp_path / dest)
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "Hà Nội."}\n{"id": "b", "text": "Bộ Công Thương."}\n{"id": "c"}\n',
                   encoding="utf-8")
    run([str(src)], dest, workers=1)
    src.write_text('{"id": "a", "text": "Hà Nội."}\n{"id": "c", "text": "Tỉnh Bắc Ninh."}\n'
                   '{"id": "d", "text": "Đà Nẵng."}\n{"id": "d", "text": "Thành phố Đà Nẵng."}\n', encoding="utf-8")
    s = run([str(src)], dest, workers=1)
    assert (s.documents, s.articles, s.duplicates) == (4, 3, 1)
    arts = {a["id"]: a["text"] for a in read_articles(dest)}
    assert arts == {"a": "Hà Nội.", "b": "Bộ Công Thương.", "c": "Tỉnh Bắc Ninh.", "d": "Đà Nẵng."}
    assert read_failures(dest) == []
    src.write_text('{"id": "b"}\n', encoding="utf-8")  # b now fails: its article stays, the failure is recorded
    s = run([str(src)], dest, workers=1)
    assert (s.failures, s.kept_articles) == (1, 1)
    assert {a["id"]: a["text"] for a in read_articles(dest)}["b"] == "Bộ Công Thương."
    assert [f["id"] for f in read_failures(dest)] == ["b"]


# --- sinks: same records everywhere -----------------------------------------------------------

def filled_article() -> dict:
    """An Article with records of every kind, offsets into a real press sentence.

    The sentence is written in the style of GSO/TTXVN trade reports; the records are what the
    CONTRACT says an extractor returns for it, built by hand so the sink tests do not wait for
    the extractors.
    """
    text = ("Theo Nghị định 111/2015/NĐ-CP, ngày 28/7/2023 Thứ trưởng Phan Thị Thắng (Bộ Công Thương) "
            "cho biết kim ngạch xuất khẩu của tỉnh Quảng Ninh ước đạt 1,5 tỷ USD, tăng 12,1% so với cùng kỳ.")

    def span(s: str, start_at: int = 0) -> dict:
        i = text.index(s, start_at)
        return {"start": i, "end": i + len(s), "text": s}

    q = Quantity(**span("1,5 tỷ USD"), value=1.5e9, unit="USD", dimension="currency", approximate=True)
    ch = Change(**span("12,1%"), value=12.1, unit="%", direction="increase", basis="yoy")
    d = DateMention(**span("28/7/2023"), value="2023-07-28", start_date=dt.date(2023, 7, 28),
                    end_date=dt.date(2023, 7, 28), grain="day")
    art = Article(
        id="filled", text=text, title=None, published=dt.date(2023, 7, 28),
        legal_refs=[LegalRef(**span("111/2015/NĐ-CP"), number="111/2015/NĐ-CP", serial="111", year=2015,
                             doc_type="Nghị định", type_code="NĐ", issuer="CP", issuer_name="Chính phủ",
                             signed_on=dt.date(2015, 11, 3))],
        provinces=[ProvinceMention(**span("Quảng Ninh"), name="Quảng Ninh", code="22", status="current",
                                   current_name="Quảng Ninh", current_code="22")],
        organizations=[Organization(**span("Bộ Công Thương"), name="Bộ Công Thương", kind="ministry")],
        officials=[Official(**span("Phan Thị Thắng"), name="Phan Thị Thắng", title="Thứ trưởng", org="Bộ Công Thương",
                            mentions=[Mention(**span("Phan Thị Thắng"))])],
        quantities=[q, Quantity(**span("12,1%"), value=12.1, unit="%")],
        dates=[d],
        indicators=[Indicator(**span("kim ngạch xuất khẩu của tỉnh Quảng Ninh ước đạt 1,5 tỷ USD, tăng 12,1%"),
                              name="kim ngạch xuất khẩu", quantity=q, change=ch, period=None, status="estimate",
                              scope="Quảng Ninh", sentence=0)],
    )
    for r in art.spans():
        assert text[r.start:r.end] == r.text
    return art.model_dump(mode="json")


def test_every_record_kind_has_a_table():
    kinds = {"legal_refs", "provinces", "organizations", "officials", "quantities", "dates", "indicators"}
    md = sql_metadata()
    assert kinds | {"articles", "failures", "officials_mentions", "paragraphs", "sentences"} <= set(md.tables)
    for t in kinds:
        assert {"article_id", "position"} <= set(md.tables[t].columns.keys())
    assert set(md.tables["articles"].primary_key.columns.keys()) == {"id"}
    assert {"quantity_value", "change_direction", "period_value"} <= set(md.tables["indicators"].columns.keys())
    assert set(arrow_schemas()) == set(md.tables) - {"vnextract_meta"}  # the schema version: SQL only


def test_flatten_round_trip_of_every_kind():
    art = filled_article()
    row, tables = S.flatten_article(art)
    assert tables["indicators"][0]["quantity_value"] == 1.5e9 and tables["indicators"][0]["period_value"] is None
    assert tables["officials_mentions"][0]["parent_position"] == 0
    assert S.unflatten_article(row, tables) == art


@pytest.mark.parametrize("iso", [False, True])
def test_flatten_rows_are_the_flattened_dicts_in_column_order(iso):
    art = filled_article()
    extra = {"extractor_version": "v", "input_source": "hand"}
    row, tables = S.flatten_article(art, extra)
    trow, ttables = S.flatten_rows(art, extra, iso_dates=iso)

    def want(d: dict, cols: list[str]) -> tuple:
        return tuple(d.get(c).isoformat() if iso and isinstance(d.get(c), dt.date) else d.get(c) for c in cols)

    assert trow == want(row, S.row_columns())
    assert trow[S.row_columns().index("published")] == ("2023-07-28" if iso else dt.date(2023, 7, 28))
    for spec in S.all_tables():
        assert ttables.get(spec.name, []) == [want(r, S.row_columns(spec)) for r in tables.get(spec.name, [])]
    specs = {t.name: t for t in S.all_tables()}
    assert ttables["indicators"][0][S.row_columns(specs["indicators"]).index("quantity_value")] == 1.5e9
    mentions = specs["officials_mentions"]
    assert ttables["officials_mentions"][0][:3] == ("filled", 0, 0)
    assert ttables["officials_mentions"][0][S.row_columns(mentions).index("text")] == "Phan Thị Thắng"


def test_sqlite_sink_reads_back_worker_prepared_rows(tmp_path):
    """What a worker prepares for SQLite (tuples, ISO dates) reads back as the Article dict."""
    from vnextract.batch.work import _prepare

    dest = f"sqlite:///{tmp_path}/o.db"
    sink = open_sink(dest)
    assert sink.prepare == "sql-rows-iso"
    art = filled_article()
    prepared = _prepare(("article", art, "hand"), sink.prepare)
    sink.write([(prepared[1], "hand")], [])
    sink.close()
    assert read_articles(dest) == [art]


@pytest.mark.parametrize("kind", ["jsonl", "parquet", "sqlite"])
def test_sinks_round_trip_every_kind(tmp_path, kind):
    dest = {"jsonl": str(tmp_path / "o.jsonl"), "parquet": str(tmp_path / "o.parquet"),
            "sqlite": f"sqlite:///{tmp_path}/o.db"}[kind]
    art = filled_article()
    plain = vnextract.extract(corpus_texts()[0][1], doc_id="plain").model_dump(mode="json")
    sink = open_sink(dest)
    sink.write([(art, "hand"), (plain, "corpus")], [])
    sink.close()
    assert read_articles(dest) == [art, plain]


def test_postgresql_round_trip_and_rerun(postgres_url, archive):
    root, want = archive
    art = filled_article()
    sink = open_sink(postgres_url)
    sink.write([(art, "hand")], [])
    sink.close()
    assert read_articles(postgres_url) == [art]
    r = cli([".", "--out", postgres_url, "--workers", "2"], cwd=root)
    assert r.returncode == 0, r.stderr
    assert closing_counts(r.stdout) == (want["documents"], want["articles"], want["failures"])
    first = read_articles(postgres_url)
    assert len(first) == want["articles"] + 1
    assert len(read_failures(postgres_url)) == want["failures"]
    r = cli([".", "--out", postgres_url, "--workers", "1"], cwd=root)
    assert r.returncode == 0
    assert read_articles(postgres_url) == first
    assert len(read_failures(postgres_url)) == want["failures"]
    ref = vnextract.extract(corpus_texts()[0][1], doc_id=f"txt/{corpus_texts()[0][0]}.txt").model_dump(mode="json")
    assert next(a for a in first if a["id"] == ref["id"]) == ref


def test_parquet_layout(archive, tmp_path):
    import pyarrow.parquet as pq

    root, want = archive
    out = tmp_path / "news.parquet"
    r = cli([".", "--out", str(out), "--workers", "1"], cwd=root)
    assert r.returncode == 0
    nested = pq.read_table(out / "articles")
    assert nested.num_rows == want["articles"]
    assert str(nested.schema.field("legal_refs").type).startswith("list<")
    assert pq.read_table(out / "failures").num_rows == want["failures"]
    flat = pq.read_table(out / "paragraphs")
    assert flat.num_rows == sum(len(a["paragraphs"]) for a in read_articles(str(out)))
    r = cli([".", "--out", str(out), "--workers", "1"], cwd=root)
    assert pq.read_table(out / "articles").num_rows == want["articles"]
    assert pq.read_table(out / "paragraphs").num_rows == flat.num_rows


# --- inputs ----------------------------------------------------------------------------------

def test_jsonl_without_id_gets_the_article_id(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "Tỉnh Quảng Ninh."}\n', encoding="utf-8")
    (doc,) = iter_documents([str(tmp_path / "a.jsonl")])
    assert doc["id"] == vnextract.extract("Tỉnh Quảng Ninh.").id


def test_gzip_cut_between_members_keeps_earlier_lines(tmp_path):
    lines = [json.dumps({"id": f"g{k}", "text": "Hà Nội."}).encode() + b"\n" for k in range(4)]
    data = gzip_members(lines)
    last = len(gzip.compress(lines[3]))
    (tmp_path / "g.jsonl.gz").write_bytes(data[: len(data) - last // 2])  # cut inside line 4
    docs = list(iter_documents([str(tmp_path / "g.jsonl.gz")]))
    assert [d["id"] for d in docs[:3]] == ["g0", "g1", "g2"]
    assert len(docs) == 4 and "truncated" in docs[3]["error"] and docs[3]["source"].endswith(":4")
    # Cut inside the trailer: line 4 is whole, the loss after it is still recorded.
    (tmp_path / "g.jsonl.gz").write_bytes(data[:-5])
    docs = list(iter_documents([str(tmp_path / "g.jsonl.gz")]))
    assert [d.get("error") is None for d in docs] == [True] * 4 + [False]


def test_size_limit_applies_to_plain_files(tmp_path):
    (tmp_path / "big.txt").write_bytes("Hà Nội. ".encode() * 1000)
    (doc,) = iter_documents([str(tmp_path / "big.txt")], Limits(max_doc_bytes=1000))
    assert "too large" in doc["error"]


def test_destination_inside_the_input_folder_is_not_read(tmp_path):
    (tmp_path / "a.txt").write_text("Tỉnh Quảng Ninh.", encoding="utf-8")
    out = str(tmp_path / "out.jsonl")
    run([str(tmp_path)], out, workers=1)
    s = run([str(tmp_path)], out, workers=1)
    assert (s.documents, s.articles) == (1, 1)


def test_extractor_crash_and_hang_become_failures(tmp_path, monkeypatch):
    from vnextract import pipeline

    real = pipeline.extract

    def flaky(text, **kw):
        if "CRASH" in text:
            raise RuntimeError("extractor bug")
        if "HANG" in text:
            time.sleep(30)
        return real(text, **kw)

    monkeypatch.setattr(pipeline, "extract", flaky)
    (tmp_path / "in.jsonl").write_text(
        '{"id": "ok", "text": "Hà Nội."}\n{"id": "crash", "text": "CRASH"}\n{"id": "hang", "text": "HANG"}\n',
        encoding="utf-8")
    s = run([str(tmp_path / "in.jsonl")], str(tmp_path / "o.jsonl"), workers=1, timeout=0.5)
    assert (s.documents, s.articles, s.failures) == (3, 1, 2)
    reasons = {f["id"]: f["reason"] for f in read_failures(str(tmp_path / "o.jsonl"))}
    assert reasons["crash"] == "RuntimeError: extractor bug"
    assert "longer than 0.5 s" in reasons["hang"]


def test_worker_process_death_is_one_failure(tmp_path):
    """A document that kills its worker process (os._exit, as a segfault would) fails alone."""
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(
        "import os\n"
        "from vnextract import pipeline\n"
        "_real = pipeline.extract\n"
        "def _extract(text, **kw):\n"
        "    if 'KILL-THE-WORKER' in text:\n"
        "        os._exit(3)\n"
        "    return _real(text, **kw)\n"
        "pipeline.extract = _extract\n", encoding="utf-8")
    lines = [json.dumps({"id": f"d{k}", "text": "Tỉnh Quảng Ninh." if k != 5 else "KILL-THE-WORKER"}) for k in range(12)]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(hook), str(SRC), env.get("PYTHONPATH", "")])
    r = subprocess.run([sys.executable, "-m", "vnextract.cli", "batch", "in.jsonl", "--out", "o.jsonl",
                        "--workers", "2", "--chunk-size", "4"], cwd=tmp_path, env=env, capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert closing_counts(r.stdout) == (12, 11, 1)
    (f,) = read_failures(str(tmp_path / "o.jsonl"))
    assert f["id"] == "d5" and "worker process died" in f["reason"]


def test_progress_bar_is_quiet_off_a_terminal(archive, tmp_path):
    root, _ = archive
    r = cli(["txt", "--out", str(tmp_path / "o.jsonl"), "--workers", "1"], cwd=root)
    assert r.returncode == 0
    assert "docs/s]" not in r.stderr and "it/s" not in r.stderr
    assert r.stdout.strip().startswith("6 documents: 6 articles, 0 failures in ")


def test_missing_input_and_bad_destination_are_user_errors(tmp_path):
    r = cli(["nowhere", "--out", str(tmp_path / "o.jsonl")], cwd=tmp_path)
    assert r.returncode == 2 and "no such file or folder: nowhere" in r.stderr
    (tmp_path / "a.txt").write_text("Hà Nội.", encoding="utf-8")
    r = cli(["a.txt", "--out", "out.csv"], cwd=tmp_path)
    assert r.returncode == 2 and "unsupported destination" in r.stderr
