"""Table layouts derived from the pydantic records, so every sink follows the models.

Nothing here names a record field: the layouts are read off :class:`vnextract.models.Article`
at import time, so a field added to a model (or a new record kind) gets its column (or table)
in SQLite, PostgreSQL and Parquet without touching this file.

Rules, with the current models as examples:

* The scalar fields of ``Article`` (``id``, ``url``, ``title``, ``published``, ``byline``,
  ``source``, ``text``) are the columns of the ``articles`` table, and its one nested record,
  ``published_inferred``, prefixed columns of it (``published_inferred_value``), plus ``extractor_version``
  and ``input_source`` (where the document was read: a file path, ``dump.jsonl:17``, a WARC
  record).
* Each ``list[Record]`` field of ``Article`` is a table of its own with the field's name
  (``legal_refs``, ``provinces``, ``organizations``, ``officials``, ``quantities``, ``dates``,
  ``indicators``, and ``paragraphs``, ``sentences``), keyed by ``(article_id, position)`` where
  ``position`` is the record's index in the Article's list.
* A nested record is flattened into prefixed columns: ``Indicator.quantity.value`` becomes
  ``quantity_value``, ``Indicator.change.direction`` becomes ``change_direction``; a nested
  record whose columns are all NULL reads back as ``None``.
* A list nested in a record is a child table named ``<table>_<field>``:
  ``Official.mentions`` -> ``officials_mentions`` keyed by ``(article_id, parent_position,
  position)``.
* ``failures`` holds documents that did not become articles: ``id`` (the document id, or its
  source location when no id could be read), ``source``, ``reason``, ``error`` (the exception
  class), ``failed_at``, ``extractor_version``. An id can be in ``failures`` and ``articles`` at
  once: a re-run that failed on a document keeps the article stored before and records the
  failure beside it.
* ``vnextract_meta`` (``key``, ``value``) records ``schema_version`` (:data:`SCHEMA_VERSION`),
  ``vnextract_version``, ``layout`` (:func:`layout_fingerprint`) and ``migrated_at`` of the last
  run that set the tables up. A run adds the tables and columns the models gained since (old
  rows hold NULL there, and their own ``extractor_version``); a column whose type changed, or a
  database of a newer schema version, is refused with one line saying what to do.

Values travel between processes as ``Article.model_dump(mode="json")`` dicts (dates as ISO
strings); :func:`flatten_article` turns one into typed rows and :func:`unflatten_article`
rebuilds the same dict from rows, which is what the round-trip tests check.
"""

from __future__ import annotations

import datetime as dt
import functools
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Literal, Union

from pydantic import BaseModel

from ..models import Article

# The version of the rules above (not of the models: a new field or record kind is picked up
# and added to an existing database without a new version). Raise it when a rule changes in a
# way a run cannot apply to an existing database by adding tables and columns.
SCHEMA_VERSION = 2  # 1: before vnextract_meta existed
META_TABLE = "vnextract_meta"

# Columns the batch adds to ``articles`` beside the Article's own scalar fields.
ARTICLE_EXTRA: tuple[tuple[str, type], ...] = (("extractor_version", str), ("input_source", str))
# Columns of ``failures``.
FAILURE_COLUMNS: tuple[tuple[str, type], ...] = (
    ("id", str), ("source", str), ("reason", str), ("error", str), ("failed_at", dt.datetime),
    ("extractor_version", str),
)


@dataclass(frozen=True)
class Column:
    name: str
    path: tuple[str, ...]  # keys into the record dict ("quantity", "value")
    type: type  # str, int, float, bool, datetime.date, datetime.datetime
    nullable: bool


@dataclass
class TableSpec:
    name: str
    field: str  # the list field of the parent holding these records
    columns: list[Column]
    children: list["TableSpec"] = field(default_factory=list)
    parent: "TableSpec | None" = None

    @property
    def key(self) -> list[str]:
        if self.parent is None:
            return ["article_id", "position"]
        return ["article_id", "parent_position", "position"]


def _unwrap(tp: Any) -> tuple[Any, bool]:
    """``Optional[X]`` -> (X, True); anything else -> (tp, False)."""
    origin = typing.get_origin(tp)
    if origin is Union or origin is types.UnionType:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return tp, False


def classify(tp: Any) -> tuple[str, Any, bool]:
    """('scalar', python type, nullable) | ('model', Model, nullable) | ('list', item, nullable)."""
    base, nullable = _unwrap(tp)
    origin = typing.get_origin(base)
    if origin is list:
        return "list", typing.get_args(base)[0], nullable
    if origin is Literal:
        return "scalar", type(typing.get_args(base)[0]), nullable
    if isinstance(base, type) and issubclass(base, BaseModel):
        return "model", base, nullable
    if base in (str, int, float, bool, dt.date, dt.datetime):
        return "scalar", base, nullable
    raise TypeError(f"no column type for {tp!r}")


def _columns(model: type[BaseModel], prefix: tuple[str, ...], nullable: bool, lists: list) -> list[Column]:
    cols: list[Column] = []
    for name, info in model.model_fields.items():
        what, tp, opt = classify(info.annotation)
        path = prefix + (name,)
        if what == "scalar":
            cols.append(Column("_".join(path), path, tp, nullable or opt or not info.is_required()))
        elif what == "model":
            cols.extend(_columns(tp, path, True, lists))
        else:
            if prefix:
                raise TypeError(f"list inside a nested record is not supported: {path}")
            lists.append((name, tp))
    return cols


def _table(name: str, field_name: str, model: type[BaseModel], parent: TableSpec | None) -> TableSpec:
    lists: list = []
    spec = TableSpec(name=name, field=field_name, columns=_columns(model, (), False, lists), parent=parent)
    for child_field, child_model in lists:
        spec.children.append(_table(f"{name}_{child_field}", child_field, child_model, spec))
    return spec


def _article_layout() -> tuple[list[Column], list[TableSpec]]:
    scalars: list[Column] = []
    tables: list[TableSpec] = []
    for name, info in Article.model_fields.items():
        what, tp, opt = classify(info.annotation)
        if what == "scalar":
            scalars.append(Column(name, (name,), tp, name != "id"))
        elif what == "list":
            tables.append(_table(name, name, tp, None))
        else:  # a single nested record (published_inferred): prefixed columns of articles
            scalars.extend(_columns(tp, (name,), True, []))
    return scalars, tables


ARTICLE_COLUMNS, RECORD_TABLES = _article_layout()


def all_tables() -> list[TableSpec]:
    """Every record table, parents before children."""
    out: list[TableSpec] = []

    def walk(t: TableSpec) -> None:
        out.append(t)
        for c in t.children:
            walk(c)

    for t in RECORD_TABLES:
        walk(t)
    return out


def layout_fingerprint() -> str:
    """A short digest of every table, column and column type: changes when the models do."""
    import hashlib

    parts = ["articles:" + ",".join(f"{c.name}={c.type.__name__}" for c in ARTICLE_COLUMNS)]
    for t in all_tables():
        parts.append(f"{t.name}:" + ",".join(t.key + [f"{c.name}={c.type.__name__}" for c in t.columns]))
    parts.append("failures:" + ",".join(f"{n}={t.__name__}" for n, t in FAILURE_COLUMNS))
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


# --- values ----------------------------------------------------------------------------------

def to_python(value: Any, tp: type) -> Any:
    """A JSON value to the column's Python type (ISO strings to dates)."""
    if value is None:
        return None
    if tp is dt.date and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if tp is dt.datetime and isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def to_json(value: Any) -> Any:
    """A column value back to its JSON form (dates to ISO strings)."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _get(d: dict, path: tuple[str, ...]) -> Any:
    for k in path:
        if d is None:
            return None
        d = d.get(k)
    return d


def _record_row(spec: TableSpec, rec: dict) -> dict:
    return {c.name: to_python(_get(rec, c.path), c.type) for c in spec.columns}


def flatten_article(art: dict, extra: dict | None = None) -> tuple[dict, dict[str, list[dict]]]:
    """An Article JSON dict -> (articles row, {table name: rows})."""
    row = {c.name: to_python(_get(art, c.path), c.type) for c in ARTICLE_COLUMNS}
    for name, _ in ARTICLE_EXTRA:
        row[name] = (extra or {}).get(name)
    tables: dict[str, list[dict]] = {}
    aid = art["id"]

    def emit(spec: TableSpec, records: Iterable[dict], parent_pos: int | None) -> None:
        rows = tables.setdefault(spec.name, [])
        for pos, rec in enumerate(records):
            r = {"article_id": aid}
            if parent_pos is not None:
                r["parent_position"] = parent_pos
            r["position"] = pos
            r.update(_record_row(spec, rec))
            rows.append(r)
            for child in spec.children:
                emit(child, rec.get(child.field) or [], pos)

    for spec in RECORD_TABLES:
        emit(spec, art.get(spec.field) or [], None)
    return row, tables


def row_columns(spec: TableSpec | None = None) -> list[str]:
    """Column names, in order, of the tuples :func:`flatten_rows` gives for ``spec`` (None:
    the ``articles`` table)."""
    if spec is None:
        return [c.name for c in ARTICLE_COLUMNS] + [n for n, _ in ARTICLE_EXTRA]
    return spec.key + [c.name for c in spec.columns]


def _iso_date(v: Any) -> Any:
    # ISO strings from model_dump(mode="json") are kept as they are
    return v.isoformat() if isinstance(v, dt.date) else v


def _iso_datetime(v: Any) -> Any:
    # SQLite keeps datetimes as ISO text with a space (what SQLAlchemy writes and reads back)
    if isinstance(v, str):
        v = dt.datetime.fromisoformat(v)
    return v if v is None else v.isoformat(sep=" ")


def _getter(col: Column, iso: bool) -> Callable[[dict], Any]:
    """A function reading ``col`` off a record dict, typed as :func:`to_python` types it (or as
    ISO text for SQLite when ``iso``), built once per column instead of walking the path and
    testing the type for every value."""
    path, tp = col.path, col.type
    if len(path) == 1:
        key = path[0]

        def raw(rec: dict) -> Any:
            return rec.get(key)
    else:
        def raw(rec: dict) -> Any:
            return _get(rec, path)
    if tp in (dt.date, dt.datetime, float):
        if iso and tp is not float:
            conv = _iso_date if tp is dt.date else _iso_datetime
        else:
            def conv(v: Any) -> Any:
                return to_python(v, tp)
        return lambda rec: conv(raw(rec))
    return raw


@functools.lru_cache(maxsize=None)
def _plan(iso: bool) -> tuple[list[Callable[[dict], Any]], list[tuple[TableSpec, list[Callable[[dict], Any]]]]]:
    art = [_getter(c, iso) for c in ARTICLE_COLUMNS]
    return art, [(t, [_getter(c, iso) for c in t.columns]) for t in all_tables()]


def flatten_rows(art: dict, extra: dict | None = None, iso_dates: bool = False
                 ) -> tuple[tuple, dict[str, list[tuple]]]:
    """:func:`flatten_article` as tuples in :func:`row_columns` order: what workers send to a SQL
    sink (smaller to pickle than dicts, and ready for ``executemany`` with no per-row work in
    the single writer process). ``iso_dates``: dates and datetimes as ISO text (SQLite)."""
    art_getters, tables_plan = _plan(iso_dates)
    extra = extra or {}
    row = tuple([g(art) for g in art_getters] + [extra.get(n) for n, _ in ARTICLE_EXTRA])
    aid = art["id"]
    tables: dict[str, list[tuple]] = {}
    getters = {t.name: g for t, g in tables_plan}

    def emit(spec: TableSpec, records: list[dict], parent_pos: int | None) -> None:
        gs = getters[spec.name]
        rows = tables.setdefault(spec.name, [])
        for pos, rec in enumerate(records):
            key = (aid, pos) if parent_pos is None else (aid, parent_pos, pos)
            rows.append(key + tuple([g(rec) for g in gs]))
            for child in spec.children:
                emit(child, rec.get(child.field) or [], pos)

    for spec in RECORD_TABLES:
        emit(spec, art.get(spec.field) or [], None)
    return row, tables


def _set(d: dict, path: tuple[str, ...], value: Any) -> None:
    for k in path[:-1]:
        d = d.setdefault(k, {})
    d[path[-1]] = value


def _record_from_row(columns: list[Column], row: dict) -> dict:
    rec: dict = {}
    for c in columns:
        _set(rec, c.path, to_json(row.get(c.name)))
    # A nested record whose values are all NULL was absent.
    for k, v in list(rec.items()):
        if isinstance(v, dict) and all(x is None for x in _leaves(v)):
            rec[k] = None
    return rec


def _leaves(d: dict) -> Iterable[Any]:
    for v in d.values():
        if isinstance(v, dict):
            yield from _leaves(v)
        else:
            yield v


def unflatten_article(row: dict, tables: dict[str, list[dict]]) -> dict:
    """The inverse of :func:`flatten_article`: rows -> the Article JSON dict."""
    art: dict = _record_from_row(ARTICLE_COLUMNS, row)

    def build(spec: TableSpec, parent_pos: int | None) -> list[dict]:
        rows = [
            r for r in tables.get(spec.name, [])
            if parent_pos is None or r.get("parent_position") == parent_pos
        ]
        rows.sort(key=lambda r: r["position"])
        out = []
        for r in rows:
            rec = _record_from_row(spec.columns, r)
            for child in spec.children:
                rec[child.field] = build(child, r["position"])
            out.append(rec)
        return out

    for spec in RECORD_TABLES:
        art[spec.field] = build(spec, None)
    return art


def _walk(model: type[BaseModel], data: Any, scalar: Callable[[Any, Any], Any]) -> Any:
    """Walk a dict along ``model``, converting every scalar field with ``scalar(value, type)``."""
    if data is None:
        return None
    out = {}
    for name, info in model.model_fields.items():
        what, tp, _ = classify(info.annotation)
        v = data.get(name)
        if what == "scalar":
            out[name] = scalar(v, tp)
        elif what == "model":
            out[name] = _walk(tp, v, scalar)
        else:
            out[name] = [_walk(tp, x, scalar) for x in (v or [])]
    return out


def model_to_python(model: type[BaseModel], data: Any) -> Any:
    """Walk a JSON dict along ``model`` turning ISO strings into dates (for Arrow)."""
    return _walk(model, data, to_python)


def model_to_json(model: type[BaseModel], data: Any) -> Any:
    """The inverse of :func:`model_to_python`."""
    return _walk(model, data, lambda v, _tp: to_json(v))
