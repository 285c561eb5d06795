"""Where batch results go: JSONL files, a Parquet dataset, or a SQL database (SQLAlchemy).

Every sink has the same calls: ``existing(ids)`` (which of these ids are already there, as
articles or failures: what ``--resume`` skips), ``retryable(ids)`` (which are failures and not
articles: what ``--retry-failures`` extracts), ``write(articles, failures)`` (one chunk, all or
nothing), ``close()`` and the class method ``read`` (see :func:`read_articles`). Writing an
article whose id is present replaces it and clears a failure of that id (upsert), so a second
run adds no rows. A failure never replaces an article: when a re-run fails on a document that
is stored as an article (a timeout on a busy machine, a new limit), the article and its records
stay and the failure is recorded beside it (``kept_articles`` counts these).

Layouts
-------
``sqlite:///x.db``, ``postgresql://user@host/db``
    The normalised schema of :mod:`vnextract.batch.schema`: ``articles`` (primary key ``id``),
    one table per record kind keyed by ``(article_id, position)``, ``failures``, and
    ``vnextract_meta`` (the schema version). Each chunk is one transaction: articles and failures
    are upserted (``INSERT ... ON CONFLICT``), an article's records deleted and inserted again.
    Tables are set up under a lock (PostgreSQL advisory lock), so runs that start together into
    one database do not race. Columns added to the models later are added to existing tables
    (``ALTER TABLE ADD``); a column whose type changed is refused (see schema.py).
``x.jsonl``
    One ``Article.model_dump(mode="json")`` a line, plus ``input_source``, ``extractor_version``;
    failures in ``x.failures.jsonl`` beside it. Each chunk is appended and fsynced; a line cut by
    a crash is trimmed when the file is opened again. Re-written ids are compacted away at close.
``x.parquet``
    A folder (a Parquet dataset, as Spark and pyarrow.dataset read it) with one sub-folder per
    table: ``articles/`` holds one row per article with every record kind as a nested list of
    structs; ``legal_refs/``, ``provinces/``, ... hold the same flat rows as the SQL tables;
    ``failures/``. Rows are buffered and written as ``part-NNNNNN.parquet`` files (every
    table's part ``N`` first, then ``articles/part-N`` last as the commit mark: a part without
    its ``articles`` file is a crash leftover and is removed on open).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import time
from pathlib import Path
from typing import Any, Iterable, Iterator

from .. import __version__
from ..models import Article
from . import schema as S

DEFAULT_DEST = "sqlite:///vnextract.db"


class SinkError(Exception):
    pass


def open_sink(dest: str, resume: bool = False) -> "Sink":
    low = dest.lower()
    if "://" in dest and (low.startswith("sqlite") or low.startswith("postgres")):
        return SqlSink(dest)
    if low.endswith(".jsonl") or low.endswith(".ndjson"):
        return JsonlSink(Path(dest))
    if low.endswith(".parquet"):
        return ParquetSink(Path(dest))
    raise SinkError(
        f"unsupported destination {dest!r}: use x.jsonl, x.parquet, sqlite:///x.db or postgresql://..."
    )


class Sink:
    prepare: str | None = None  # what workers turn an Article into for this sink (work._prepare)
    kept_articles = 0  # failures written for ids whose stored article was kept (a re-run never loses one)

    def own_paths(self) -> list[Path]:
        """Files and folders the sink writes (never read as input)."""
        return []

    def existing(self, ids: list[str]) -> set[str]:
        """Which of ``ids`` are stored, as articles or failures (what ``--resume`` skips)."""
        raise NotImplementedError

    def retryable(self, ids: list[str]) -> set[str]:
        """Which of ``ids`` are failures and not articles (what ``--retry-failures`` extracts)."""
        raise NotImplementedError

    def write(self, articles: list[tuple[dict, str | None]], failures: list[dict]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass


def _iso(v: Any) -> Any:
    """A date or datetime as the ISO text SQLite stores (what SQLAlchemy writes and reads back)."""
    if isinstance(v, dt.datetime):
        return v.isoformat(sep=" ")
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


def _extra(source: str | None) -> dict:
    return {"extractor_version": __version__, "input_source": source}


# --- SQL -------------------------------------------------------------------------------------

def engine_url(dest: str) -> str:
    """``postgresql://`` with the driver that is installed (psycopg 3 or psycopg2)."""
    m = re.match(r"(?i)(postgres|postgresql)://", dest)
    if m:
        try:
            import psycopg2  # noqa: F401

            return "postgresql+psycopg2://" + dest[m.end():]
        except ImportError:
            return "postgresql+psycopg://" + dest[m.end():]
    return dest


def sql_metadata():
    import sqlalchemy as sa

    types = {
        str: sa.Text, int: sa.BigInteger, float: sa.Float, bool: sa.Boolean,
        dt.date: sa.Date, dt.datetime: sa.DateTime,
    }
    md = sa.MetaData()
    cols = [sa.Column("id", sa.Text, primary_key=True)]
    cols += [sa.Column(c.name, types[c.type]()) for c in S.ARTICLE_COLUMNS if c.name != "id"]
    cols += [sa.Column(n, types[t]()) for n, t in S.ARTICLE_EXTRA]
    sa.Table("articles", md, *cols)
    for spec in S.all_tables():
        key = [sa.Column(k, sa.Text if k == "article_id" else sa.Integer, primary_key=True) for k in spec.key]
        sa.Table(spec.name, md, *key, *[sa.Column(c.name, types[c.type]()) for c in spec.columns])
    sa.Table(
        "failures", md,
        *[sa.Column(n, types[t](), primary_key=(n == "id")) for n, t in S.FAILURE_COLUMNS],
    )
    sa.Table(S.META_TABLE, md, sa.Column("key", sa.Text, primary_key=True), sa.Column("value", sa.Text))
    return md


_SCHEMA_LOCK = 0x766E6578  # "vnex": the advisory lock key PostgreSQL runs take to set up the tables


def _kind(t: Any) -> Any:
    """What a column type holds, for comparing a reflected type with a model's (a PostgreSQL
    DOUBLE PRECISION is the Float the models ask for, SQLite's DATETIME a DateTime)."""
    try:
        return t.python_type
    except NotImplementedError:
        return type(t).__name__


# Columns the archive queries (vnextract.archive) look rows up by: a measure's figures, a
# person's posts, a document's citations (joins go through the primary keys).
QUERY_INDEXES = (
    ("indicators", "measure"), ("officials", "name"), ("legal_refs", "number"), ("legal_refs", "refers_to"),
)


def create_query_indexes(conn: Any) -> None:
    """Create :data:`QUERY_INDEXES` where missing (``IF NOT EXISTS``, SQLite and PostgreSQL), on
    the connection that sets the tables up."""
    import sqlalchemy as sa

    for table, column in QUERY_INDEXES:
        conn.execute(sa.text(f'CREATE INDEX IF NOT EXISTS ix_{table}_{column} ON {table} ("{column}")'))


class SqlSink(Sink):
    prepare = "sql"

    def __init__(self, dest: str):
        import sqlalchemy as sa

        self.sa = sa
        url = engine_url(dest)
        kwargs: dict[str, Any] = {}
        if url.startswith("sqlite"):
            path = url.split("///", 1)[1] if "///" in url else ""
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.engine = sa.create_engine(url, **kwargs)
        self.is_sqlite = url.startswith("sqlite")
        # workers send typed tuples in column order, dates already ISO text for SQLite
        self.prepare = "sql-rows-iso" if self.is_sqlite else "sql-rows"
        self._plans: dict[str, tuple] = {}
        self._tuple_sql: dict[Any, str] = {}
        self.kept_articles = 0  # failures written for ids whose stored article was kept
        if url.startswith("sqlite"):
            @sa.event.listens_for(self.engine, "connect")
            def _pragmas(conn, _rec):  # WAL: readers during a run, safe on SIGKILL
                cur = conn.cursor()
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
                cur.close()

        self.md = sql_metadata()
        self.articles = self.md.tables["articles"]
        self.failures = self.md.tables["failures"]
        self.meta = self.md.tables[S.META_TABLE]
        self.record_tables = [self.md.tables[s.name] for s in S.all_tables()]
        self.dest = dest
        try:
            self._set_up()
        except sa.exc.OperationalError as exc:
            raise SinkError(f"cannot open {dest}: {exc.orig}") from None

    def _set_up(self) -> None:
        """Create what is missing, add new columns, refuse what cannot be migrated, record the
        schema version: in one transaction, under a lock (PostgreSQL: an advisory lock; SQLite:
        the database's write lock), so runs that start together do not race to create tables."""
        sa = self.sa
        for attempt in range(3):
            try:
                with self.engine.begin() as conn:
                    if not self.is_sqlite:
                        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _SCHEMA_LOCK})
                    self._check_version(conn)
                    self.md.create_all(conn)
                    self._migrate(conn)
                    create_query_indexes(conn)
                    self._write_version(conn)
                return
            except (sa.exc.IntegrityError, sa.exc.ProgrammingError, sa.exc.OperationalError) as exc:
                # SQLite: another run created a table between our check and our CREATE. Once more,
                # now that it is there. (PostgreSQL: the lock above rules that out.)
                if attempt == 2 or "already exists" not in str(exc.orig):
                    raise

    def _check_version(self, conn: Any) -> None:
        insp = self.sa.inspect(conn)
        if not insp.has_table(S.META_TABLE):
            return
        rows = dict(conn.execute(self.sa.select(self.meta.c.key, self.meta.c.value)).all())
        theirs = rows.get("schema_version")
        if theirs is not None and int(theirs) > S.SCHEMA_VERSION:
            raise SinkError(
                f"{self.dest} has vnextract schema version {theirs} (written by vnextract "
                f"{rows.get('vnextract_version', '?')}), newer than this vnextract's {S.SCHEMA_VERSION}: "
                f"upgrade vnextract, or write to a new database")

    def _migrate(self, conn: Any) -> None:
        """Columns the models gained since the tables were made are added (NULL in old rows);
        a column whose type changed is not migrated: refused with what to do."""
        insp = self.sa.inspect(conn)
        for table in self.md.sorted_tables:
            have = {c["name"]: c["type"] for c in insp.get_columns(table.name)}
            for col in table.columns:
                if col.name not in have:
                    ctype = col.type.compile(dialect=self.engine.dialect)
                    name = self.engine.dialect.identifier_preparer.quote(col.name)
                    conn.execute(self.sa.text(f"ALTER TABLE {table.name} ADD COLUMN {name} {ctype}"))
                elif _kind(have[col.name]) != _kind(col.type):
                    theirs = have[col.name].compile(dialect=self.engine.dialect)
                    ours = col.type.compile(dialect=self.engine.dialect)
                    raise SinkError(
                        f"{self.dest}: column {table.name}.{col.name} is {theirs} but vnextract "
                        f"{__version__} (schema version {S.SCHEMA_VERSION}) writes {ours}, which is not an "
                        f"additive change: write to a new database, or convert that column yourself "
                        f"(ALTER TABLE {table.name} ALTER COLUMN {col.name} ...) and run again")

    def _write_version(self, conn: Any) -> None:
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None).isoformat(timespec="seconds")
        rows = [("schema_version", str(S.SCHEMA_VERSION)), ("vnextract_version", __version__),
                ("layout", S.layout_fingerprint()), ("migrated_at", now)]
        have = dict(conn.execute(self.sa.select(self.meta.c.key, self.meta.c.value)).all())
        if all(have.get(k) == v for k, v in rows[:3]):
            return
        conn.execute(self.meta.delete())
        conn.execute(self.meta.insert(), [{"key": k, "value": v} for k, v in rows])

    def own_paths(self) -> list[Path]:
        db = self.engine.url.database if self.engine.url.get_backend_name() == "sqlite" else None
        if not db or db == ":memory:":
            return []
        return [Path(db + s) for s in ("", "-wal", "-shm", "-journal")]

    def existing(self, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        sa = self.sa
        q = sa.union(
            sa.select(self.articles.c.id).where(self.articles.c.id.in_(ids)),
            sa.select(self.failures.c.id).where(self.failures.c.id.in_(ids)),
        )
        with self.engine.connect() as conn:
            return {r[0] for r in conn.execute(q)}

    def retryable(self, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        sa = self.sa
        q = sa.select(self.failures.c.id).where(self.failures.c.id.in_(ids)).except_(
            sa.select(self.articles.c.id).where(self.articles.c.id.in_(ids)))
        with self.engine.connect() as conn:
            return {r[0] for r in conn.execute(q)}

    def write(self, articles: list[tuple[Any, str | None]], failures: list[dict]) -> None:
        """One chunk in one transaction. ``articles`` holds (Article JSON dict, source) pairs, or
        what a worker prepared: (row dict, tables) from ``schema.flatten_article``, or
        (row tuple, tables of tuples) from ``schema.flatten_rows``.

        An article replaces the stored article of its id (and its records) and clears a failure
        row of that id; a failure is upserted into ``failures`` and never touches a stored
        article. Article rows are upserted first, in id order: that locks each id's row
        (PostgreSQL) until the transaction ends, so two runs writing the same ids take turns
        on the records of an id and never meet on a primary key; the same order in every run
        means they cannot deadlock."""
        art_rows: dict[str, Any] = {}
        rec_rows: dict[str, dict[str, list[Any]]] = {}
        id_at = S.row_columns().index("id")
        for art, source in articles:
            row, tables = art if isinstance(art, tuple) else S.flatten_article(art, _extra(source))
            aid = row[id_at] if isinstance(row, tuple) else row["id"]
            art_rows.pop(aid, None)
            art_rows[aid] = row  # a repeated id in one chunk: the last one wins
            rec_rows[aid] = tables
        fail_rows: dict[str, dict] = {}
        for f in failures:
            fail_rows[f["id"]] = {n: S.to_python(f.get(n), t) for n, t in S.FAILURE_COLUMNS}
        if not art_rows and not fail_rows:
            return
        aids = sorted(art_rows)
        for attempt in range(8):
            try:
                self.kept_articles += self._write_chunk(aids, art_rows, rec_rows, fail_rows)
                return
            except self.sa.exc.DBAPIError as exc:
                # PostgreSQL ends one of two transactions that wait on each other (a deadlock, say
                # one run storing x and z as articles while another stores them as failures):
                # the chunk is all or nothing, so it is written again.
                code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
                if code not in ("40P01", "40001") or attempt == 7:
                    raise
                time.sleep(0.05 * (attempt + 1))

    def _write_chunk(self, aids: list[str], art_rows: dict, rec_rows: dict, fail_rows: dict) -> int:
        kept = 0
        with self.engine.begin() as conn:
            if aids:
                self._upsert(conn, self.articles, [art_rows[i] for i in aids])
                for t in self.record_tables:
                    conn.execute(t.delete().where(t.c.article_id.in_(aids)))
                for t in self.record_tables:
                    rows = [r for i in aids for r in rec_rows[i].get(t.name, [])]
                    if rows:
                        self._insert(conn, t, rows)
                conn.execute(self.failures.delete().where(self.failures.c.id.in_(aids)))
            if fail_rows:
                stored = {r[0] for r in conn.execute(
                    self.sa.select(self.articles.c.id).where(self.articles.c.id.in_(list(fail_rows))))}
                kept = len(stored)
                self._upsert(conn, self.failures, [fail_rows[i] for i in sorted(fail_rows)])
        return kept

    def _upsert(self, conn: Any, table: Any, rows: list[Any]) -> None:
        """INSERT ... ON CONFLICT (id) DO UPDATE: SQLite and PostgreSQL spell it the same way."""
        if not rows:
            return
        tuples = isinstance(rows[0], tuple)
        names = S.row_columns() if tuples else [c.name for c in table.columns]
        key = ("upsert", table.name, tuples)
        sql = self._tuple_sql.get(key)
        if sql is None:
            prep = self.engine.dialect.identifier_preparer
            mark = "?" if self.engine.dialect.paramstyle == "qmark" else "%s"
            cols = ", ".join(prep.quote(n) for n in names)
            sets = ", ".join(f"{prep.quote(n)} = excluded.{prep.quote(n)}" for n in names if n != "id")
            sql = self._tuple_sql[key] = (
                f"INSERT INTO {prep.format_table(table)} ({cols}) VALUES ({', '.join([mark] * len(names))}) "
                f"ON CONFLICT (id) DO UPDATE SET {sets}")
        if tuples:
            params: list = rows
        elif self.is_sqlite:  # sqlite3's date adapters are deprecated: ISO text, as SQLAlchemy stores
            params = [tuple(_iso(r.get(n)) for n in names) for r in rows]
        else:
            params = [tuple(r.get(n) for n in names) for r in rows]
        conn.exec_driver_sql(sql, params)

    def _insert(self, conn: Any, table: Any, rows: list[Any]) -> None:
        if rows and isinstance(rows[0], tuple):
            self._insert_tuples(conn, table, rows)
        else:
            self._insert_dicts(conn, table, rows)

    def _insert_tuples(self, conn: Any, table: Any, rows: list[tuple]) -> None:
        """executemany of rows that are already tuples in ``schema.row_columns`` order, typed
        for this database (schema.flatten_rows): the writer only hands them to the driver."""
        sql = self._tuple_sql.get(table.name)
        if sql is None:
            spec = None if table.name == "articles" else next(t for t in S.all_tables() if t.name == table.name)
            names = S.row_columns(spec)
            prep = self.engine.dialect.identifier_preparer
            mark = "?" if self.engine.dialect.paramstyle == "qmark" else "%s"
            sql = self._tuple_sql[table.name] = (
                f"INSERT INTO {prep.format_table(table)} ({', '.join(prep.quote(n) for n in names)}) "
                f"VALUES ({', '.join([mark] * len(names))})"
            )
        conn.exec_driver_sql(sql, rows)

    def _insert_dicts(self, conn: Any, table: Any, rows: list[dict]) -> None:
        """executemany with a statement compiled once per table.

        The rows are already typed (schema.flatten_article), so SQLAlchemy's per-row parameter
        processing is skipped: it cost more than the database itself (a 3x faster writer).
        """
        plan = self._plans.get(table.name)
        if plan is None:
            comp = table.insert().compile(dialect=self.engine.dialect)
            pos = comp.positiontup
            binds = [comp.binds[name].key for name in pos] if pos else None
            dates = [c.key for c in table.columns if isinstance(c.type, (self.sa.Date, self.sa.DateTime))]
            plan = self._plans[table.name] = (str(comp), binds, [c.key for c in table.columns], dates)
        sql, binds, cols, dates = plan
        if self.is_sqlite and dates:  # sqlite3's date adapters are deprecated: ISO text, as SQLAlchemy stores
            for r in rows:
                for k in dates:
                    v = r.get(k)
                    if v is not None:
                        r[k] = v.isoformat(sep=" ") if isinstance(v, dt.datetime) else v.isoformat()
        if binds is not None:
            params: list = [tuple(r.get(k) for k in binds) for r in rows]
        else:
            params = [{k: r.get(k) for k in cols} for r in rows]
        conn.exec_driver_sql(sql, params)

    def close(self) -> None:
        self.engine.dispose()

    # reading back
    def read_articles(self, batch: int = 500) -> Iterator[dict]:
        sa = self.sa
        with self.engine.connect() as conn:
            ids = [r[0] for r in conn.execute(sa.select(self.articles.c.id).order_by(self.articles.c.id))]
            for k in range(0, len(ids), batch):
                part = ids[k:k + batch]
                rows = {r["id"]: dict(r) for r in conn.execute(
                    sa.select(self.articles).where(self.articles.c.id.in_(part))).mappings()}
                per: dict[str, dict[str, list[dict]]] = {i: {} for i in part}
                for t in self.record_tables:
                    for r in conn.execute(sa.select(t).where(t.c.article_id.in_(part))).mappings():
                        per[r["article_id"]].setdefault(t.name, []).append(dict(r))
                for i in part:
                    yield S.unflatten_article(rows[i], per[i])

    def read_failures(self) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(self.sa.select(self.failures).order_by(self.failures.c.id)).mappings()
            return [{k: S.to_json(v) for k, v in r.items()} for r in rows]


# --- JSONL -----------------------------------------------------------------------------------

def _trim_partial_line(path: Path) -> None:
    """Cut a last line left incomplete by a crash (no newline at the end)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb+") as f:
        f.seek(-1, os.SEEK_END)
        if f.read(1) == b"\n":
            return
        size = f.seek(0, os.SEEK_END)
        pos = size
        while pos > 0:
            step = min(1 << 16, pos)
            f.seek(pos - step)
            block = f.read(step)
            nl = block.rfind(b"\n")
            if nl >= 0:
                f.truncate(pos - step + nl + 1)
                return
            pos -= step
        f.truncate(0)


def _line_id(line: bytes) -> str | None:
    try:
        return json.loads(line)["id"]
    except (ValueError, KeyError, TypeError):
        return None


class JsonlSink(Sink):
    prepare = "jsonl"

    def __init__(self, path: Path):
        self.path = path
        self.fpath = path.with_name(path.name[: -len(path.suffix)] + ".failures" + path.suffix)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.arts: set[str] = set()  # ids with an article line
        self.fails: set[str] = set()  # ids with a failure line that stands
        self.superseded: set[str] = set()  # ids written more than once: compacted at close
        self.kept_articles = 0
        for p, ids in ((self.path, self.arts), (self.fpath, self.fails)):
            _trim_partial_line(p)
            if p.exists():
                with open(p, "rb") as f:
                    for line in f:
                        i = _line_id(line)
                        if i is not None:
                            if i in ids:
                                self.superseded.add(i)  # left by a run killed before compaction
                            ids.add(i)
        self.fa = open(self.path, "ab")
        self.ff = open(self.fpath, "ab")

    def own_paths(self) -> list[Path]:
        return [self.path, self.fpath, self.path.with_name(self.path.name + ".tmp"), self.fpath.with_name(self.fpath.name + ".tmp")]

    def existing(self, ids: list[str]) -> set[str]:
        return {i for i in ids if i in self.arts or i in self.fails}

    def retryable(self, ids: list[str]) -> set[str]:
        return {i for i in ids if i in self.fails and i not in self.arts}

    def write(self, articles: list[tuple[dict, str | None]], failures: list[dict]) -> None:
        for art, source in articles:
            if isinstance(art, tuple):  # prepared by the worker: (id, line)
                self._note_article(art[0])
                self.fa.write(art[1])
                continue
            self._note_article(art["id"])
            payload = dict(art)
            payload.update(_extra(source))
            self.fa.write(json.dumps(payload, ensure_ascii=False).encode() + b"\n")
        for f in failures:
            i = f["id"]
            if i in self.fails:
                self.superseded.add(i)
            if i in self.arts:
                self.kept_articles += 1  # the stored article stays; the failure is recorded beside it
            self.fails.add(i)
            self.ff.write(json.dumps(f, ensure_ascii=False).encode() + b"\n")
        for fh in (self.fa, self.ff):
            fh.flush()
            os.fsync(fh.fileno())

    def _note_article(self, i: str) -> None:
        if i in self.arts or i in self.fails:
            self.superseded.add(i)  # an older article line, or a failure this article clears
        self.arts.add(i)
        self.fails.discard(i)

    def close(self) -> None:
        self.fa.close()
        self.ff.close()
        if self.superseded:
            self._compact()

    def _compact(self) -> None:
        """One article line per id (the last) and one failure line per id (the last, and only
        while no article was written after it: ``self.fails``)."""
        files = [self.path, self.fpath]
        lasts: list[dict[str, int]] = [{}, {}]
        for fi, p in enumerate(files):
            with open(p, "rb") as f:
                for ln, line in enumerate(f):
                    i = _line_id(line)
                    if i in self.superseded:
                        lasts[fi][i] = ln
        for fi, p in enumerate(files):
            tmp = p.with_name(p.name + ".tmp")
            with open(p, "rb") as src, open(tmp, "wb") as dst:
                for ln, line in enumerate(src):
                    i = _line_id(line)
                    if i in self.superseded and (lasts[fi].get(i) != ln or (fi == 1 and i not in self.fails)):
                        continue
                    dst.write(line)
                dst.flush()
                os.fsync(dst.fileno())
            os.replace(tmp, p)
        self.superseded.clear()

    @staticmethod
    def read_path(path: Path) -> Iterator[dict]:
        with open(path, "rb") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)

    def read_articles(self) -> Iterator[dict]:
        for d in self.read_path(self.path):
            for n, _ in S.ARTICLE_EXTRA:
                d.pop(n, None)
            yield d

    def read_failures(self) -> list[dict]:
        return sorted(self.read_path(self.fpath), key=lambda d: d["id"]) if self.fpath.exists() else []


# --- Parquet ---------------------------------------------------------------------------------

def _arrow_type(tp: Any):
    import pyarrow as pa

    return {
        str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(),
        dt.date: pa.date32(), dt.datetime: pa.timestamp("s"),
    }[tp]


def _arrow_struct_fields(model) -> list:
    import pyarrow as pa

    fields = []
    for name, info in model.model_fields.items():
        what, tp, _ = S.classify(info.annotation)
        if what == "scalar":
            fields.append(pa.field(name, _arrow_type(tp)))
        elif what == "model":
            fields.append(pa.field(name, pa.struct(_arrow_struct_fields(tp))))
        else:
            fields.append(pa.field(name, pa.list_(pa.struct(_arrow_struct_fields(tp)))))
    return fields


def arrow_schemas() -> dict:
    """The Arrow schema of every table of the Parquet layout."""
    import pyarrow as pa

    out = {"articles": pa.schema(_arrow_struct_fields(Article) + [pa.field(n, _arrow_type(t)) for n, t in S.ARTICLE_EXTRA])}
    for spec in S.all_tables():
        key = [pa.field(k, pa.string() if k == "article_id" else pa.int64()) for k in spec.key]
        out[spec.name] = pa.schema(key + [pa.field(c.name, _arrow_type(c.type)) for c in spec.columns])
    out["failures"] = pa.schema([pa.field(n, _arrow_type(t)) for n, t in S.FAILURE_COLUMNS])
    return out


_PART = re.compile(r"part-(\d{6})\.parquet$")


class ParquetSink(Sink):
    flush_rows = 2000  # articles + failures buffered before a part is written

    def __init__(self, path: Path):
        import pyarrow.parquet as pq

        self.pq = pq
        self.path = path
        if path.exists() and not path.is_dir():
            raise SinkError(f"{path} exists and is not a Parquet dataset folder")
        self.schemas = arrow_schemas()
        for name in self.schemas:
            (path / name).mkdir(parents=True, exist_ok=True)
        committed = self._parts("articles")
        # Crash leftovers: parts of other tables without their articles part, temp files.
        for name in self.schemas:
            for p in (path / name).iterdir():
                m = _PART.search(p.name)
                if p.name.endswith(".tmp") or (name != "articles" and m and int(m.group(1)) not in committed):
                    p.unlink()
        self.seq = max(committed, default=-1) + 1
        # id -> the part holding its last article / its last failure (for compaction)
        self.seen_art: dict[str, int] = {}
        self.seen_fail: dict[str, int] = {}
        self.superseded: set[str] = set()
        self.kept_articles = 0
        for name, seen in (("articles", self.seen_art), ("failures", self.seen_fail)):
            for seq, p in self._part_files(name):
                for i in pq.read_table(p, columns=["id"]).column("id").to_pylist():
                    if i in seen:
                        self.superseded.add(i)
                    seen[i] = max(seq, seen.get(i, -1))
        for i, seq in list(self.seen_fail.items()):
            if self.seen_art.get(i, -1) > seq:  # a later article cleared the failure (crash before compaction)
                self.superseded.add(i)
                del self.seen_fail[i]
        self.buf_articles: dict[str, tuple[dict, str | None]] = {}
        self.buf_failures: dict[str, dict] = {}

    def own_paths(self) -> list[Path]:
        return [self.path]

    def _part_files(self, name: str) -> list[tuple[int, Path]]:
        out = []
        for p in (self.path / name).iterdir():
            m = _PART.search(p.name)
            if m:
                out.append((int(m.group(1)), p))
        return sorted(out)

    def _parts(self, name: str) -> set[int]:
        return {s for s, _ in self._part_files(name)}

    def existing(self, ids: list[str]) -> set[str]:
        return {i for i in ids if i in self.seen_art or i in self.seen_fail}

    def retryable(self, ids: list[str]) -> set[str]:
        return {i for i in ids if i in self.seen_fail and i not in self.seen_art}

    def write(self, articles: list[tuple[dict, str | None]], failures: list[dict]) -> None:
        for art, source in articles:
            i = art["id"]
            if i in self.seen_art or i in self.seen_fail:
                self.superseded.add(i)
            self.buf_failures.pop(i, None)
            self.seen_fail.pop(i, None)  # an article clears the failure of its id
            self.seen_art[i] = self.seq
            self.buf_articles[i] = (art, source)
        for f in failures:
            i = f["id"]
            if i in self.seen_fail:
                self.superseded.add(i)
            if i in self.seen_art:
                self.kept_articles += 1  # the stored article stays; the failure is recorded beside it
            self.seen_fail[i] = self.seq
            self.buf_failures[i] = f
        if len(self.buf_articles) + len(self.buf_failures) >= self.flush_rows:
            self.flush()

    def _write_table(self, name: str, rows: list[dict]) -> None:
        import pyarrow as pa

        target = self.path / name / f"part-{self.seq:06d}.parquet"
        tmp = target.with_name(target.name + ".tmp")
        table = pa.Table.from_pylist(rows, schema=self.schemas[name])
        self.pq.write_table(table, tmp)
        os.replace(tmp, target)

    def flush(self) -> None:
        if not self.buf_articles and not self.buf_failures:
            return
        flat: dict[str, list[dict]] = {s.name: [] for s in S.all_tables()}
        nested = []
        for art, source in self.buf_articles.values():
            _, tables = S.flatten_article(art, None)
            for name, rows in tables.items():
                flat[name].extend(rows)
            row = S.model_to_python(Article, art)
            row.update(_extra(source))
            nested.append(row)
        fails = [{n: S.to_python(f.get(n), t) for n, t in S.FAILURE_COLUMNS} for f in self.buf_failures.values()]
        for name, rows in flat.items():
            self._write_table(name, rows)
        self._write_table("failures", fails)
        self._write_table("articles", nested)  # last: the commit mark of this part
        self.buf_articles.clear()
        self.buf_failures.clear()
        self.seq += 1

    def close(self) -> None:
        self.flush()
        if self.superseded:
            self._compact()

    def _compact(self) -> None:
        """Keep the rows of a re-written id only in the part that holds its last article (every
        table but failures) and its last failure (failures, while no article came after it)."""
        import pyarrow as pa

        for name in self.schemas:
            fails = name == "failures"
            col = "article_id" if name not in ("articles", "failures") else "id"
            seen = self.seen_fail if fails else self.seen_art
            for seq, p in self._part_files(name):
                table = self.pq.read_table(p)
                ids = table.column(col).to_pylist()
                keep = [not (i in self.superseded and seen.get(i) != seq) for i in ids]
                if all(keep):
                    continue
                table = table.filter(pa.array(keep))
                tmp = p.with_name(p.name + ".tmp")
                self.pq.write_table(table, tmp)
                os.replace(tmp, p)
        self.superseded.clear()

    def _read(self, name: str) -> Iterator[dict]:
        for _, p in self._part_files(name):
            yield from self.pq.read_table(p, schema=self.schemas[name]).to_pylist()

    def read_articles(self) -> Iterator[dict]:
        for row in self._read("articles"):
            for n, _ in S.ARTICLE_EXTRA:
                row.pop(n, None)
            yield S.model_to_json(Article, row)

    def read_flat(self, name: str) -> list[dict]:
        return [{k: S.to_json(v) for k, v in r.items()} for r in self._read(name)]

    def read_failures(self) -> list[dict]:
        return sorted(({k: S.to_json(v) for k, v in r.items()} for r in self._read("failures")), key=lambda d: d["id"])


def read_articles(dest: str) -> list[dict]:
    """Every article stored in ``dest``, as ``Article.model_dump(mode="json")`` dicts, by id."""
    sink = _reader(dest)
    try:
        return sorted(sink.read_articles(), key=lambda d: d["id"])
    finally:
        _close_reader(sink)


def read_failures(dest: str) -> list[dict]:
    """Every failure row stored in ``dest``, by id."""
    sink = _reader(dest)
    try:
        return sink.read_failures()
    finally:
        _close_reader(sink)


def _reader(dest: str) -> Sink:
    low = dest.lower()
    if low.endswith(".jsonl") or low.endswith(".ndjson"):
        s = JsonlSink.__new__(JsonlSink)
        s.path = Path(dest)
        s.fpath = s.path.with_name(s.path.name[: -len(s.path.suffix)] + ".failures" + s.path.suffix)
        return s
    if low.endswith(".parquet"):
        return ParquetSink(Path(dest))
    return open_sink(dest)


def _close_reader(sink: Sink) -> None:
    if isinstance(sink, SqlSink):
        sink.close()
