"""``vnextract batch`` against hostile input and archive mistakes (issue 14, the input side).

Each test builds its hostile input here, from real Vietnamese press text (corpora/dev, see
sources.tsv, and sentences in the style of GSO/TTXVN reports), and checks that every document
ends as one article or one failure row, that the run ends, and that the closing line and exit
status say so. Hangs are tested in a subprocess with a generous timeout that must not be
reached; nothing here measures time.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

import vnextract
from vnextract.batch import read_articles, read_failures, run
from vnextract.batch.inputs import MAX_ID_BYTES, InputStats, iter_documents, storable
from vnextract.batch.runner import Summary

from conftest import corpus_texts, html_page, write_warc

SRC = Path(__file__).resolve().parents[1] / "src"
HANG_LIMIT = 300  # seconds a run may take before the test calls it a hang

SENTENCE = "Kim ngạch xuất khẩu của tỉnh Quảng Ninh ước đạt 1,5 tỷ USD, tăng 12,1% so với cùng kỳ."
DECREE = "Chính phủ ban hành Nghị định 111/2015/NĐ-CP về phát triển công nghiệp hỗ trợ."


def env_with(*paths: Path) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([*map(str, paths), str(SRC), env.get("PYTHONPATH", "")])
    return env


def cli(args: list[str], cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "vnextract.cli", "batch", *args], cwd=cwd,
                          env=env or env_with(), capture_output=True, text=True, timeout=HANG_LIMIT)


def closing(stdout: str) -> tuple[int, int, int]:
    m = re.search(r"^([\d,]+) documents?: ([\d,]+) articles?, ([\d,]+) failures?", stdout, re.M)
    assert m, stdout
    return tuple(int(g.replace(",", "")) for g in m.groups())


def write_jsonl(path: Path, rows: list[dict]) -> None:
    # ensure_ascii=True writes a lone surrogate as the escape "\ud800", as real dumps do.
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="ascii")


def hashed(raw_id: str) -> str:
    return "sha256-id:" + hashlib.sha256(raw_id.encode("utf-8", "surrogatepass")).hexdigest()


def local(text: str, doc_id: str, **kw) -> dict:
    return vnextract.extract(text, doc_id=doc_id, **kw).model_dump(mode="json")


# --- 1. lone surrogates, NULs, over-long ids: one rule for every sink ---------------------------

def poisoned_rows() -> list[dict]:
    texts = [t for _, t in corpus_texts()[:2]]
    return [
        {"id": "ok-1", "text": texts[0]},
        {"id": "sur-text", "text": SENTENCE.replace("Quảng Ninh", "Quảng \ud800Ninh")},
        {"id": "sur-id-\udc80", "text": DECREE},
        {"id": "nul-text", "text": DECREE.replace("ban hành", "ban\x00hành"), "url": "https://baochinhphu.vn/a\x00b"},
        {"id": "long-" + "đ" * 2000, "text": SENTENCE},  # 4,005 bytes of UTF-8
        {"id": "bad-date", "text": SENTENCE, "published": "hôm \ud800qua"},
        {"id": "ok-2", "text": texts[1]},
    ]


def check_poisoned(dest: str) -> None:
    texts = [t for _, t in corpus_texts()[:2]]
    arts = {a["id"]: a for a in read_articles(dest)}
    fails = {f["id"]: f for f in read_failures(dest)}
    assert set(arts) == {"ok-1", "sur-text", hashed("sur-id-\udc80"), "nul-text", hashed("long-" + "đ" * 2000), "ok-2"}
    assert set(fails) == {"bad-date"}
    # One character for one: the text keeps its length and the records their offsets.
    want = SENTENCE.replace("Quảng Ninh", "Quảng \ufffdNinh")
    assert arts["sur-text"] == local(want, "sur-text")
    assert arts["sur-text"]["text"] == want and len(want) == len(SENTENCE) + 1
    assert arts["nul-text"]["text"] == DECREE.replace("ban hành", "ban\ufffdhành")
    assert arts["nul-text"]["url"] == "https://baochinhphu.vn/a\ufffdb"
    assert [r["number"] for r in arts["nul-text"]["legal_refs"]] == ["111/2015/NĐ-CP"]
    assert arts[hashed("sur-id-\udc80")]["legal_refs"][0]["number"] == "111/2015/NĐ-CP"
    assert arts["ok-1"] == local(texts[0], "ok-1") and arts["ok-2"] == local(texts[1], "ok-2")
    assert "published" in fails["bad-date"]["reason"] and "hôm" in fails["bad-date"]["reason"]


@pytest.mark.parametrize("dest", ["out.jsonl", "out.parquet", "sqlite:///{tmp}/out.db"])
def test_lone_surrogates_nul_and_long_ids_are_cleaned_in_every_sink(tmp_path, dest):
    dest = dest.format(tmp=tmp_path) if "://" in dest else str(tmp_path / dest)
    write_jsonl(tmp_path / "in.jsonl", poisoned_rows())
    s = run([str(tmp_path / "in.jsonl")], dest, workers=1)
    assert (s.documents, s.articles, s.failures) == (7, 6, 1) and s.accounted
    check_poisoned(dest)
    again = run([str(tmp_path / "in.jsonl")], dest, workers=1, resume=True)  # every id is found again
    assert (again.documents, again.skipped, again.articles, again.failures) == (7, 7, 0, 0)


def test_poisoned_dump_through_the_cli_with_workers(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", poisoned_rows())
    r = cli(["in.jsonl", "--out", "sqlite:///out.db", "--workers", "2", "--chunk-size", "2"], tmp_path)
    assert r.returncode == 0, r.stderr
    assert closing(r.stdout) == (7, 6, 1)
    assert "Traceback" not in r.stderr
    check_poisoned(f"sqlite:///{tmp_path}/out.db")


def test_storable_rule():
    assert storable("Hà Nội") == "Hà Nội"
    assert storable("a\x00b\ud800c") == "a\ufffdb\ufffdc"
    assert storable("x" * MAX_ID_BYTES, key=True) == "x" * MAX_ID_BYTES
    long_id = "x" * (MAX_ID_BYTES + 1)
    assert storable(long_id, key=True) == hashed(long_id) != storable(long_id + "y", key=True)
    assert storable("a\x00", key=True) == hashed("a\x00")
    # two different bad ids stay two ids (replacing characters would have merged them)
    assert storable("a\ud800", key=True) != storable("a\ud801", key=True)


# --- 3. PostgreSQL: NUL in text, url or id; an id past the btree limit ------------------------

def test_postgresql_takes_nul_and_long_ids(postgres_url, tmp_path):
    rows = [
        {"id": "nul-text", "text": DECREE.replace("ban hành", "ban\x00hành")},
        {"id": "nul-url", "text": SENTENCE, "url": "https://vnexpress.net/\x00"},
        {"id": "nul-\x00-id", "text": DECREE},
        {"id": "long-" + "ư" * 1500, "text": SENTENCE},  # 3,005 bytes: past PostgreSQL's ~2,700
        {"id": "ok", "text": corpus_texts()[0][1]},
    ]
    write_jsonl(tmp_path / "in.jsonl", rows)
    r = cli(["in.jsonl", "--out", postgres_url, "--workers", "1"], tmp_path)
    assert r.returncode == 0, r.stderr
    assert closing(r.stdout) == (5, 5, 0)
    arts = {a["id"]: a for a in read_articles(postgres_url)}
    assert set(arts) == {"nul-text", "nul-url", hashed("nul-\x00-id"), hashed("long-" + "ư" * 1500), "ok"}
    assert arts["nul-text"] == local(DECREE.replace("ban hành", "ban\ufffdhành"), "nul-text")
    assert arts["nul-url"]["url"] == "https://vnexpress.net/\ufffd"
    assert arts["ok"] == local(corpus_texts()[0][1], "ok")
    r = cli(["in.jsonl", "--out", postgres_url, "--resume"], tmp_path)
    assert r.returncode == 0, r.stderr
    assert "0 articles, 0 failures, 5 skipped" in r.stdout


# --- 2. a valid .warc.gz that used to loop forever; WARC bombs ---------------------------------

def big_table_page() -> bytes:
    rows = "".join(f"<tr><td>Tỉnh {k % 200}</td><td>{k % 200 * 7919}</td><td>{k % 200},5%</td></tr>"
                   for k in range(60_000))
    return f"<html><body><table>{rows}</table></body></html>".encode()


def test_warc_gz_with_a_highly_compressible_record_ends(tmp_path):
    texts = corpus_texts()
    big = big_table_page()
    ratio = len(big) / len(zlib.compress(big, 6))
    assert len(big) > 2 << 20 and 16 < ratio < 200  # the shape that looped, below the bomb limit
    write_warc(tmp_path / "crawl.warc.gz", [
        ("https://example.vn/bang.json", "200 OK", "application/json", big),
        ("https://example.vn/bai.html", "200 OK", "text/html; charset=utf-8", html_page(texts[3][1]).encode()),
        ("https://example.vn/bang.html", "200 OK", "text/css", big),
        ("https://example.vn/cuoi.html", "200 OK", "text/html", html_page(texts[4][1]).encode()),
    ])
    r = cli(["crawl.warc.gz", "--out", "out.jsonl", "--workers", "1"], tmp_path)
    assert r.returncode == 0, r.stderr
    assert closing(r.stdout) == (2, 2, 0)
    urls = sorted(a["url"] for a in read_articles(str(tmp_path / "out.jsonl")))
    assert urls == ["https://example.vn/bai.html", "https://example.vn/cuoi.html"]


def test_warc_gz_bomb_is_refused(tmp_path):
    text = corpus_texts()[5][1]
    write_warc(tmp_path / "bomb.warc.gz", [
        ("https://example.vn/ok.html", "200 OK", "text/html", html_page(text).encode()),
        ("https://example.vn/zero.bin", "200 OK", "application/octet-stream", bytes(40 << 20)),
        ("https://example.vn/after.html", "200 OK", "text/html", html_page(text).encode()),
    ])
    assert (tmp_path / "bomb.warc.gz").stat().st_size < 200_000
    r = cli(["bomb.warc.gz", "--out", "out.jsonl", "--workers", "1"], tmp_path)
    assert r.returncode == 0, r.stderr
    assert closing(r.stdout) == (2, 1, 1)
    (f,) = read_failures(str(tmp_path / "out.jsonl"))
    assert "decompression bomb refused" in f["reason"] and f["source"].startswith("bomb.warc.gz#")
    assert [a["url"] for a in read_articles(str(tmp_path / "out.jsonl"))] == ["https://example.vn/ok.html"]


# --- 4. FIFOs and other non-regular files ------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_in_an_input_folder_is_a_failure_not_a_hang(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SENTENCE, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(folder / "pipe.jsonl")
    os.mkfifo(tmp_path / "named.warc.gz")
    r = cli(["in", "named.warc.gz", "--out", "out.jsonl", "--workers", "1"], tmp_path)
    assert r.returncode == 0, r.stderr
    assert closing(r.stdout) == (4, 1, 3)
    fails = {f["id"]: f["reason"] for f in read_failures(str(tmp_path / "out.jsonl"))}
    assert set(fails) == {"pipe.txt", "pipe.jsonl", "named.warc.gz"}
    assert all("FIFO" in why for why in fails.values())
    assert [a["id"] for a in read_articles(str(tmp_path / "out.jsonl"))] == ["a.txt"]


# --- 5. workers die with the batch -------------------------------------------------------------

HOOK = """\
import os, time
from vnextract import pipeline
_real = pipeline.extract
def _extract(text, **kw):
    if 'CHẬM' in text:
        open(os.path.join({marks!r}, str(os.getpid())), 'w').close()
        time.sleep(3600)
    return _real(text, **kw)
pipeline.extract = _extract
"""


def descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                ppid = int(Path(f"/proc/{d}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(d))
    out, todo = set(), [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            out.add(c)
            todo.append(c)
    return out


def alive(pid: int, started: str) -> bool:
    """The process ``pid`` still runs (same start time, so not a re-used pid; not a zombie)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return False
    return fields[19] == started and fields[0] != "Z"


def start_time(pid: int) -> str:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_die_with_the_batch(tmp_path, sig):
    hook, marks = tmp_path / "hook", tmp_path / "marks"
    hook.mkdir()
    marks.mkdir()
    (hook / "sitecustomize.py").write_text(HOOK.format(marks=str(marks)), encoding="utf-8")
    write_jsonl(tmp_path / "in.jsonl", [{"id": f"d{k}", "text": f"Hà Nội CHẬM {k}."} for k in range(6)])
    p = subprocess.Popen([sys.executable, "-m", "vnextract.cli", "batch", "in.jsonl", "--out", "o.jsonl",
                          "--workers", "2", "--chunk-size", "1", "--timeout", "3600"], cwd=tmp_path,
                         env=env_with(hook), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    procs: dict[int, str] = {}
    try:
        deadline = time.monotonic() + HANG_LIMIT
        while len(os.listdir(marks)) < 2:  # both workers are inside a document
            assert p.poll() is None, "the batch ended before it could be killed"
            assert time.monotonic() < deadline, "the workers never started"
            time.sleep(0.05)
        workers = {int(m) for m in os.listdir(marks)}
        tree = descendants(p.pid)
        assert workers <= tree
        for pid in tree:
            try:
                procs[pid] = start_time(pid)
            except OSError:
                pass
        p.send_signal(sig)
        p.wait(timeout=HANG_LIMIT)
        deadline = time.monotonic() + HANG_LIMIT
        while any(alive(pid, st) for pid, st in procs.items()) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [pid for pid, st in procs.items() if alive(pid, st)], "processes outlived the batch"
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
        for pid, st in procs.items():  # whatever this test started and is still there
            if alive(pid, st):
                os.kill(pid, signal.SIGKILL)


# --- 6. --timeout on Dask ----------------------------------------------------------------------

BUSY_HOOK = """\
import time
from vnextract import pipeline
_real = pipeline.extract
def _extract(text, **kw):
    if 'BẬN' in text:  # a document the extractor works on for a minute, as a quadratic case would
        end = time.monotonic() + 120
        while time.monotonic() < end:
            pass
    return _real(text, **kw)
pipeline.extract = _extract
"""


@pytest.fixture(scope="module")
def busy_cluster(tmp_path_factory):
    distributed = pytest.importorskip("distributed")
    hook = tmp_path_factory.mktemp("hook")
    (hook / "sitecustomize.py").write_text(BUSY_HOOK, encoding="utf-8")
    saved = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join([str(hook), str(SRC), saved or ""])  # the workers' path
    try:
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                      dashboard_address=None, silence_logs=40) as c:
            with distributed.Client(c) as client:
                from vnextract.batch.work import warm_up

                client.run(warm_up)  # compiled before the clock runs: a cold start is no timeout
                yield client
    finally:
        if saved is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = saved


def test_timeout_holds_on_dask_workers(busy_cluster, tmp_path):
    write_jsonl(tmp_path / "in.jsonl", [
        {"id": "a", "text": SENTENCE}, {"id": "busy", "text": "BẬN " + DECREE}, {"id": "b", "text": DECREE}])
    out = str(tmp_path / "o.jsonl")
    s = run([str(tmp_path / "in.jsonl")], out, dask=busy_cluster, timeout=5, chunk_size=1)
    assert (s.documents, s.articles, s.failures) == (3, 2, 1)
    (f,) = read_failures(out)
    assert f["id"] == "busy" and f["error"] == "Timeout" and "longer than 5 s" in f["reason"]
    arts = {a["id"]: a for a in read_articles(out)}
    assert arts["b"] == local(DECREE, "b")
    # The worker threads are free again: the next documents are extracted as usual.
    write_jsonl(tmp_path / "more.jsonl", [{"id": "c", "text": SENTENCE}, {"id": "d", "text": DECREE}])
    s = run([str(tmp_path / "more.jsonl")], out, dask=busy_cluster, timeout=5, chunk_size=1)
    assert (s.documents, s.articles, s.failures) == (2, 2, 0)


def test_extract_bag_timeout(busy_cluster):
    import dask.bag as db

    from vnextract.dask import extract_bag

    items = [{"id": "busy", "text": "BẬN " + SENTENCE}, {"id": "ok", "text": SENTENCE}]
    got = extract_bag(db.from_sequence(items, npartitions=2), errors="record", timeout=5).compute()
    assert got[0]["id"] == "busy" and got[0]["error"] == "Timeout"
    assert got[1] == local(SENTENCE, "ok")


# --- 7. file ids: relative to the input root, whatever its spelling ---------------------------

def test_file_ids_do_not_depend_on_how_the_folder_is_spelled(tmp_path):
    texts = corpus_texts()
    root = tmp_path / "corpora"
    (root / "dev").mkdir(parents=True)
    for name, text in texts[:3]:
        (root / "dev" / f"{name}.txt").write_text(text, encoding="utf-8")
    write_jsonl(root / "dump.jsonl", [{"id": "j1", "text": SENTENCE}, {"text": "{not an id}"}, {}])
    db = tmp_path / "out.db"
    runs = [(["corpora"], tmp_path), ([str(root)], Path("/")), (["."], root), (["./corpora/"], tmp_path)]
    for args, cwd in runs:
        r = cli([*args, "--out", f"sqlite:///{db}", "--workers", "1"], cwd)
        assert r.returncode == 0, r.stderr
        assert closing(r.stdout) == (6, 5, 1)
    con = sqlite3.connect(db)
    ids = sorted(r[0] for r in con.execute("select id from articles"))
    assert ids == sorted([f"dev/{n}.txt" for n, _ in texts[:3]] + ["j1", vnextract.extract("{not an id}").id])
    assert [r[0] for r in con.execute("select id from failures")] == ["dump.jsonl:3"]
    sources = {r[0] for r in con.execute("select input_source from articles")}
    assert {"dump.jsonl:1", "dump.jsonl:2"} <= sources
    r = cli([str(root), "--out", f"sqlite:///{db}", "--resume"], tmp_path)
    assert "0 articles, 0 failures, 6 skipped" in r.stdout
    # A file named as INPUT has its own name as id.
    (f,) = iter_documents([str(root / "dev" / f"{texts[0][0]}.txt")])
    assert f["id"] == f"{texts[0][0]}.txt"


# --- 13. failure rows capped per input file ----------------------------------------------------

def test_a_small_gzip_of_empty_objects_gives_a_bounded_number_of_rows(tmp_path):
    n = 349_525
    data = gzip.compress(b"{}\n" * n, 9)
    assert len(data) < 2_000
    (tmp_path / "empty.jsonl.gz").write_bytes(data)
    write_jsonl(tmp_path / "good.jsonl", [{"id": "g", "text": SENTENCE}])
    out = str(tmp_path / "o.jsonl")
    s = run([str(tmp_path)], out, workers=1, chunk_size=256)
    assert (s.documents, s.articles, s.failures) == (n + 1, 1, n) and s.accounted
    assert s.summarised == n - 1000
    assert f"{n:,} failures ({n - 1000:,} of them in per-file summary rows)" in s.line()
    fails = read_failures(out)
    assert len(fails) == 1001
    summary = [f for f in fails if f["error"] == "FailuresCapped"]
    assert len(summary) == 1 and summary[0]["id"] == "empty.jsonl.gz#more-failures"
    assert f"{n - 1000:,} more failures" in summary[0]["reason"]
    assert [a["id"] for a in read_articles(out)] == ["g"]


# --- 14. WARC lengths that lie, HTML that is not text ------------------------------------------

def lying_warc(path: Path, delta: int) -> list[str]:
    """Four real pages; record 2 says its block is ``delta`` bytes longer than it is."""
    texts = corpus_texts()
    urls = [f"https://example.vn/{k}.html" for k in range(4)]
    plain = path.with_name("plain.warc")
    write_warc(plain, [(u, "200 OK", "text/html", html_page(texts[k][1]).encode()) for k, u in enumerate(urls)])
    records = plain.read_bytes().split(b"WARC/1.0\r\n")[1:]
    m = re.search(rb"Content-Length: (\d+)", records[1])
    records[1] = records[1][:m.start(1)] + str(int(m.group(1)) + delta).encode() + records[1][m.end(1):]
    records = [b"WARC/1.0\r\n" + r for r in records]
    plain.unlink()
    if path.name.endswith(".gz"):
        path.write_bytes(b"".join(gzip.compress(r) for r in records))  # one member per record
    else:
        path.write_bytes(b"".join(records))
    return urls


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
@pytest.mark.parametrize("delta", [5000, -300, 40])
def test_warc_record_whose_length_lies_is_a_failure_and_the_rest_is_read(tmp_path, name, delta):
    urls = lying_warc(tmp_path / name, delta)
    r = cli([name, "--out", "out.jsonl", "--workers", "1"], tmp_path)
    assert r.returncode == 0, r.stderr
    assert closing(r.stdout) == (4, 3, 1)
    assert "WARNING" not in r.stderr  # warcio's own warning is replaced by the failure row
    arts = read_articles(str(tmp_path / "out.jsonl"))
    assert sorted(a["url"] for a in arts) == [urls[0], urls[2], urls[3]]
    texts = dict(corpus_texts())
    assert all(a["text"].split("\n")[0] in texts[sorted(texts)[int(a["url"][-6])]] for a in arts)
    (f,) = read_failures(str(tmp_path / "out.jsonl"))
    assert f["source"] == f"{name}#2" and f["id"].startswith("<urn:uuid:")
    assert "length" in f["reason"]


def test_files_named_warc_that_are_not_warc_are_one_failure_each(tmp_path):
    (tmp_path / "notes.warc").write_text("Ghi chú: " + SENTENCE * 2000, encoding="utf-8")  # no WARC header
    (tmp_path / "plain.warc.gz").write_bytes(b"WARC/1.0\r\n")  # not gzip
    (tmp_path / "page.warc.gz").write_bytes(gzip.compress(html_page(corpus_texts()[0][1]).encode()))
    (tmp_path / "empty.warc").write_bytes(b"")
    docs = list(iter_documents([str(tmp_path)]))
    assert [(d["source"], d["error"].split(":")[0]) for d in docs] == [
        ("notes.warc#1", "not a WARC file"), ("page.warc.gz#1", "not a WARC file"),
        ("plain.warc.gz#1", "not a gzip file, though named .gz")]


def test_random_bytes_and_symbol_soup_named_html_are_failures(tmp_path):
    import random

    rnd = random.Random(14)
    (tmp_path / "junk.html").write_bytes(bytes(rnd.getrandbits(8) for _ in range(200_000)))
    soup = "".join(f"<p>{' '.join(''.join(rnd.choices('#$%&*+-/=@^_|~0123456789.,;:!?', k=6)) for _ in range(30))}</p>"
                   for _ in range(40))
    (tmp_path / "soup.html").write_text(f"<html><body><article>{soup}</article></body></html>", encoding="utf-8")
    (tmp_path / "bai.html").write_text(html_page(corpus_texts()[2][1]), encoding="utf-8")
    out = str(tmp_path / "o.jsonl")
    s = run([str(tmp_path)], out, workers=1)
    assert (s.documents, s.articles, s.failures) == (3, 1, 2)
    fails = {f["id"]: f for f in read_failures(out)}
    assert fails["junk.html"]["error"] == "NotText" and "binary" in fails["junk.html"]["reason"]
    assert fails["soup.html"]["error"] == "NotText" and "letters" in fails["soup.html"]["reason"]
    assert [a["id"] for a in read_articles(out)] == ["bai.html"]


# --- 15. resume rate, links, hidden names ------------------------------------------------------

def test_resume_rate_counts_only_documents_worked_on():
    s = Summary(documents=25_700, articles=0, failures=0, skipped=25_700, seconds=1.0)
    assert s.line().endswith("(0 docs/s)")
    s = Summary(documents=300, articles=90, failures=10, skipped=200, seconds=2.0)
    assert s.line().endswith("in 2.0 s (50 docs/s)")


def test_links_are_followed_once_and_hidden_names_are_skipped_and_counted(tmp_path):
    texts = corpus_texts()
    root, outside = tmp_path / "in", tmp_path / "outside"
    (root / "real").mkdir(parents=True)
    outside.mkdir()
    (root / "real" / "a.txt").write_text(texts[0][1], encoding="utf-8")
    (outside / "b.txt").write_text(texts[1][1], encoding="utf-8")
    (root / "link-out").symlink_to(outside, target_is_directory=True)
    (root / "link-real").symlink_to(root / "real", target_is_directory=True)  # the same folder again
    (root / "real" / "loop").symlink_to(root, target_is_directory=True)  # a loop
    (root / ".hidden").mkdir()
    (root / ".hidden" / "c.txt").write_text(texts[2][1], encoding="utf-8")
    (root / ".d.txt").write_text(texts[3][1], encoding="utf-8")
    stats = InputStats()
    ids = [d["id"] for d in iter_documents([str(root)], stats=stats)]
    assert ids == ["link-out/b.txt", "link-real/a.txt"]  # sorted walk: link-real reaches real/ first
    assert stats.ignored == 4  # .d.txt, .hidden/, real/ and real/loop reached again
    r = cli(["in", "--out", "o.jsonl", "--workers", "1"], tmp_path)
    assert r.returncode == 0, r.stderr
    assert closing(r.stdout) == (2, 2, 0)
    assert "4 files or WARC records ignored" in r.stderr
    # A hidden file or folder named as INPUT is read.
    assert [d["id"] for d in iter_documents([str(root / ".hidden"), str(root / ".d.txt")])] == ["c.txt", ".d.txt"]

