"""Shared fixtures: a throwaway PostgreSQL server for the batch sink tests.

The server is started once per test session from the machine's PostgreSQL binaries (``initdb``
and ``pg_ctl`` on PATH or under /usr/lib/postgresql/*/bin; ``.ci/services`` installs them on a
machine that lacks them): a fresh cluster in a temporary folder, listening on 127.0.0.1 on a free
port, with fsync off, stopped and deleted after the session. PostgreSQL refuses to run as root,
so under root the cluster belongs to the ``postgres`` user (or a ``vnextract-pg`` user created
with useradd). Without binaries the PostgreSQL tests are skipped, except under ``CI=true``, where
they fail: CI must test the real thing.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid

import pytest


class PgUnavailable(Exception):
    pass


def _pg_bin(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    cands = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    if cands:
        return cands[-1]
    raise PgUnavailable(f"{name} not found (install PostgreSQL, e.g. with .ci/services)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run_as(user: str | None, cmd: list[str]) -> subprocess.CompletedProcess:
    if user is not None:
        cmd = ["runuser", "-u", user, "--"] + cmd
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def _server_user() -> str | None:
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "vnextract-pg"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    r = subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "vnextract-pg"],
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise PgUnavailable(f"cannot create a user to run PostgreSQL: {r.stderr.strip()}")
    return "vnextract-pg"


@pytest.fixture(scope="session")
def postgres_server():
    """``postgresql://postgres@127.0.0.1:PORT`` of a server that lives for the session."""
    base = None
    data = None
    user = None
    pg_ctl = None
    try:
        initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
        user = _server_user()
        base = tempfile.mkdtemp(prefix="vnextract-pg-")
        os.chmod(base, 0o755)
        data = os.path.join(base, "data")
        if user is not None:
            pw = pwd.getpwnam(user)
            os.chown(base, pw.pw_uid, pw.pw_gid)
        r = _run_as(user, [initdb, "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"])
        if r.returncode != 0:
            raise PgUnavailable(f"initdb failed: {r.stderr.strip()[-500:]}")
        port = _free_port()
        opts = f"-p {port} -h 127.0.0.1 -k {base} -F"
        r = _run_as(user, [pg_ctl, "-D", data, "-l", os.path.join(base, "log"), "-o", opts, "-w", "-t", "60", "start"])
        if r.returncode != 0:
            log = open(os.path.join(base, "log")).read()[-800:] if os.path.exists(os.path.join(base, "log")) else ""
            raise PgUnavailable(f"pg_ctl start failed: {r.stderr.strip()[-300:]} {log}")
    except (PgUnavailable, OSError, subprocess.SubprocessError) as exc:
        if base:
            shutil.rmtree(base, ignore_errors=True)
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL could not be started under CI: {exc}")
        pytest.skip(f"PostgreSQL not available: {exc}")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        _run_as(user, [pg_ctl, "-D", data, "-m", "immediate", "-w", "stop"])
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server):
    """A fresh, empty database on the session's server."""
    import sqlalchemy as sa

    from vnextract.batch.sinks import engine_url

    name = "t_" + uuid.uuid4().hex[:12]
    eng = sa.create_engine(engine_url(postgres_server + "/postgres"), isolation_level="AUTOCOMMIT")
    with eng.connect() as conn:
        conn.execute(sa.text(f"CREATE DATABASE {name}"))
    eng.dispose()
    yield f"{postgres_server}/{name}"
    eng = sa.create_engine(engine_url(postgres_server + "/postgres"), isolation_level="AUTOCOMMIT")
    with eng.connect() as conn:
        conn.execute(sa.text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    eng.dispose()


# --- a news archive with good and broken documents -------------------------------------------

import gzip  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
from pathlib import Path  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "corpora"


def corpus_texts() -> list[tuple[str, str]]:
    """(name, text) of the dev articles in corpora/dev (real Vietnamese press, see sources.tsv)."""
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((CORPUS / "dev").glob("*.txt"))]


def html_page(text: str) -> str:
    """A news page around a corpus article: headline, paragraphs, and page chrome around them."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    title, body = lines[0], lines[1:]
    paras = "\n".join(f"<p>{ln}</p>" for ln in body)
    return (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>"
        f"<title>{title} | Báo Kinh tế</title>"
        "<meta property='article:published_time' content='2021-04-27T09:30:00+07:00'></head><body>"
        "<nav><a href='/'>Trang chủ</a> <a href='/kinh-te'>Kinh tế</a> <a href='/xa-hoi'>Xã hội</a></nav>"
        f"<main><article><h1>{title}</h1>{paras}</article></main>"
        "<footer>Bản quyền thuộc về Báo Kinh tế. Liên hệ quảng cáo: 024 3333 3333</footer></body></html>"
    )


def write_warc(path: Path, pages: list[tuple[str, str, str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        w = WARCWriter(out, gzip=path.name.endswith(".gz"))
        for url, status, ctype, body in pages:
            h = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=h))


def gzip_members(lines: list[bytes]) -> bytes:
    """One gzip member per line (how appended logs look), so a cut falls between known lines."""
    return b"".join(gzip.compress(ln) for ln in lines)


def build_archive(root: Path) -> dict:
    """A folder of good and broken documents; returns what a run over it must report.

    Good: 6 corpus articles as .txt, one as an HTML page, 4 in a .jsonl.gz, 2 HTML pages in a
    .warc.gz (beside an image and a 404, which are not documents). Broken, one failure each: an
    empty file, a blank file, binary junk, undecodable bytes, a malformed JSON line, a JSON array
    line, an object without text, a bad "published", a 50 MB line, a gzip cut inside its third
    line, a decompression bomb, a WARC cut inside its second page.
    """
    texts = corpus_texts()
    root.mkdir(parents=True, exist_ok=True)
    (root / "txt").mkdir()
    for name, text in texts[:6]:
        (root / "txt" / f"{name}.txt").write_text(text, encoding="utf-8")
    (root / "notes.md").write_text("not an article", encoding="utf-8")  # other suffix: ignored
    (root / "page.html").write_text(html_page(texts[6][1]), encoding="utf-8")
    good = [{"id": f"dump-{k}", "text": t, "url": f"https://example.vn/{k}", "published": "2021-04-27"}
            for k, (_, t) in enumerate(texts[7:11])]
    (root / "dump.jsonl.gz").write_bytes(gzip.compress(
        b"".join(json.dumps(d, ensure_ascii=False).encode() + b"\n" for d in good)))
    write_warc(root / "crawl.warc.gz", [
        ("https://example.vn/a.html", "200 OK", "text/html; charset=utf-8", html_page(texts[11][1]).encode()),
        ("https://example.vn/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        ("https://example.vn/gone.html", "404 Not Found", "text/html", b"<html>404</html>"),
        ("https://example.vn/b.html", "200 OK", "text/html", html_page(texts[12][1]).encode()),
    ])
    broken = root / "broken"
    broken.mkdir()
    (broken / "empty.txt").write_bytes(b"")
    (broken / "blank.txt").write_bytes(b"  \n\n\t \n")
    (broken / "junk.txt").write_bytes(bytes(range(256)) * 40)
    (broken / "legacy.txt").write_bytes(bytes(range(0x80, 0x100)) * 16)
    (broken / "lines.jsonl").write_bytes(
        b'{"id": "ok-1", "text": "B\xe1\xbb\x99 C\xc3\xb4ng Th\xc6\xb0\xc6\xa1ng ban h\xc3\xa0nh Th\xc3\xb4ng t\xc6\xb0 s\xe1\xbb\x91 01/2021/TT-BCT."}\n'
        b'{"id": "bad-json", "text": \n'
        b'[1, 2, 3]\n'
        b'{"id": "no-text", "title": "x"}\n'
        b'{"id": "bad-date", "text": "H\xc3\xa0 N\xe1\xbb\x99i", "published": "h\xc3\xb4m qua"}\n'
    )
    with open(broken / "huge.jsonl", "wb") as f:
        f.write(b'{"id": "huge", "text": "' + b"a" * (50 << 20) + b'"}\n')
        f.write(b'{"id": "after-huge", "text": "T\xe1\xbb\x89nh Qu\xe1\xba\xa3ng Ninh"}\n')
    lines = [json.dumps({"id": f"cut-{k}", "text": t}, ensure_ascii=False).encode() + b"\n"
             for k, (_, t) in enumerate(texts[13:16])]
    whole = gzip_members(lines)
    last = gzip.compress(lines[2])
    (broken / "cut.jsonl.gz").write_bytes(whole[: len(whole) - len(last) // 2])
    bomb_member = gzip.compress(bytes(1 << 20), 9)
    (broken / "bomb.jsonl.gz").write_bytes(bomb_member * 200)  # 200 MiB of zeros from ~200 KB
    write_warc(broken / "cut.warc.gz", [
        ("https://example.vn/c.html", "200 OK", "text/html", html_page(texts[0][1]).encode()),
        ("https://example.vn/d.html", "200 OK", "text/html", html_page(texts[1][1]).encode()),
    ])
    data = (broken / "cut.warc.gz").read_bytes()
    (broken / "cut.warc.gz").write_bytes(data[: len(data) - 400])
    expected_failures = {
        "broken/empty.txt", "broken/blank.txt", "broken/junk.txt", "broken/legacy.txt",
        "broken/lines.jsonl:2", "broken/lines.jsonl:3", "no-text", "bad-date", "broken/huge.jsonl:1",
        "broken/cut.jsonl.gz:3", "broken/bomb.jsonl.gz:1",
    }
    return {
        "documents": 6 + 1 + 4 + 2 + 4 + 5 + 2 + 3 + 1 + 2,
        "articles": 6 + 1 + 4 + 2 + 1 + 1 + 2 + 1,
        "failure_ids": expected_failures,  # plus one for the cut WARC (its id is a WARC-Record-ID)
        "failures": len(expected_failures) + 1,
    }
