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
