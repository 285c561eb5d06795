"""Archive intelligence: indicator series, officials' careers and a citation index, read from a
``vnextract batch`` destination.

>>> from vnextract.archive import Archive                                   # doctest: +SKIP
>>> arc = Archive("sqlite:///news.db")                                     # doctest: +SKIP
>>> arc.series("cpi")                  # one row per figure reported         # doctest: +SKIP
>>> arc.career("Nguyễn Thiện Nhân")    # posts in time order                 # doctest: +SKIP
>>> arc.citations(top=20)              # the documents the press cites most  # doctest: +SKIP

An outer wing of vnextract: it reads the tables :mod:`vnextract.batch` writes (SQLite or
PostgreSQL, one code path through SQLAlchemy Core) and imports nothing but the face
(``vnextract.extract``, used to read the canonical province in a scope or organisation name).
Filtering, joining and grouping run in the database, on the indexes the batch sink creates
(``indicators.measure``, ``officials.name``, ``legal_refs.number``/``refers_to``); Python only
sees grouped rows (one per figure, per name x title x organisation, per document) and does there
what needs the face or a graph: canonical names, namesakes, conflicts.

Dates: every row carries the date of the articles it rests on (``first_reported``,
``first_seen``/``last_seen``, ``first_cited``/``last_cited``): the article's ``published`` date,
else the date inferred from its text (``published_inferred_value``); ``date_inferred`` is true when
any of the row's dates is an inferred one.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from .pipeline import (fold, local_bodies, nation_words, province_city_names, province_unit_abbreviations,
                       province_unit_words, title_modifiers, yeared_doc_types)

__all__ = ["Archive", "ArchiveError", "NATIONWIDE", "canonical_scope", "canonical_title", "canonical_org"]

NATIONWIDE = "cả nước"

# Scopes that mean the whole country ("CPI cả nước", "toàn quốc": pipeline.nation_words, and "cả
# năm cả nước" as the extractor reads a period run into it); NULL (no region named) too.
_NATIONWIDE_WORDS = nation_words() | {"cả năm cả nước"}
# The centrally-run cities are "TP", every other province "tỉnh" ("UBND TP Hà Nội", "UBND tỉnh
# Quảng Ninh"; Luật Tổ chức chính quyền địa phương 2015, art. 2): the units whose official name in
# provinces.tsv is "Thành phố <name>" (pipeline.province_city_names).
_CITIES = province_city_names()
# Words in front of a province name that only say what kind of unit it is: the units' words of
# provinces.tsv ("tỉnh", "thành phố"; pipeline.province_unit_words), their abbreviations as the
# press writes them ("TP", "T.P.", "Tp."; pipeline.province_unit_abbreviations), "toàn tỉnh", "địa bàn".
_UNIT = "|".join(province_unit_words())
_ABBREVIATIONS, _ABBREVIATION_FORMS, _DOTTED_FORMS, _CITY_WORDS = province_unit_abbreviations()
_UNIT_WORDS = re.compile(rf"(?i)(?:\s|^)(?:{_UNIT}|{_ABBREVIATION_FORMS}|toàn (?:{_UNIT})|địa bàn)\s*$")
# A unit word closing a name that names no single province ("Sở Y tế TP"), and a name that is
# nothing but one.
_UNIT_TAIL = re.compile(rf"(?i)\s+(?:{'|'.join(map(re.escape, _ABBREVIATIONS))}|{_UNIT})$")
_UNIT_ONLY = frozenset({*_ABBREVIATIONS, *(w.upper() for w in province_unit_words())})
# The people's committee and council, each its abbreviation and its name spelled out ("UBND", "Ủy
# ban nhân dân"), and the Party committee of each level ("Tỉnh ủy", "Thành ủy"), as the
# organisations reader declares them (pipeline.local_bodies).
_BODIES = local_bodies()


def _the_one(values: Iterable[str], what: str) -> str:
    """The one value of ``values``; a data file that gives none or several fails at import with
    a message naming what archive expected, not an unpacking error."""
    found = tuple(values)
    if len(found) != 1:
        raise RuntimeError(f"vnextract.archive expects one {what} in the data files, found {found!r}")
    return found[0]


# A province's unit word and a centrally-run city's, and the city's as a people's body's name
# abbreviates it ("UBND tỉnh Quảng Ninh", "UBND TP Hà Nội"): "tỉnh", "thành phố", "TP"; each has
# its Party committee ("Tỉnh ủy", "Thành ủy").
_PROVINCE_WORD = _the_one((w for w in province_unit_words() if w not in _CITY_WORDS), "province unit word")
_CITY_WORD = _the_one(_CITY_WORDS, "city unit word")
_CITY_ABBREVIATION = _the_one(_ABBREVIATIONS, "abbreviation of a unit word")
if not {_PROVINCE_WORD, _CITY_WORD} <= _BODIES.party.keys():
    raise RuntimeError("vnextract.archive: org_heads.tsv names no Party committee (column level) for "
                       f"{sorted({_PROVINCE_WORD, _CITY_WORD} - _BODIES.party.keys())}")

_TABLES = ("articles", "indicators", "officials", "legal_refs", "failures")


class ArchiveError(Exception):
    """A destination that cannot be read as a vnextract batch archive (the message is one line)."""


def _ws(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip(" ,.;:-")


_PROVINCES: dict[str, tuple[tuple[int, int, str], ...]] = {}
_SEP = ".\n"


def _provinces(s: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, canonical name) of the provinces named in ``s``, read by vnextract itself."""
    got = _PROVINCES.get(s)
    if got is None:
        _read_provinces([s])
        got = _PROVINCES[s]
    return got


def _read_provinces(strings: list[str]) -> None:
    """Read the provinces of many short names at once: one ``extract()`` over them, a sentence
    and line each (a call per name costs far more than its few characters). Ended by a full stop:
    a bare "Đà Nẵng" on a line of its own reads as a dateline, not as a mention."""
    from . import extract

    todo = [x for x in dict.fromkeys(strings) if x not in _PROVINCES and "\n" not in x]
    for k in range(0, len(todo), 2000):
        part = todo[k:k + 2000]
        starts, at = [], 0
        for x in part:
            starts.append(at)
            at += len(x) + len(_SEP)
        found: list[list[tuple[int, int, str]]] = [[] for _ in part]
        for p in extract("".join(x + _SEP for x in part), include_related=True).provinces:
            i = bisect.bisect_right(starts, p.start) - 1
            found[i].append((p.start - starts[i], p.end - starts[i], p.name))
        for x, f in zip(part, found):
            _PROVINCES[x] = tuple(f)
    for x in strings:
        if x not in _PROVINCES:  # a name with a line break in it
            _PROVINCES[x] = tuple((p.start, p.end, p.name) for p in extract(x, include_related=True).provinces)


# Hồ Chí Minh City is shown with its unit's abbreviation (a bare "Hồ Chí Minh" reads as the
# president's name), the abbreviation the people's bodies take: "TP Hồ Chí Minh".
_HCM = "Hồ Chí Minh"
_HCM_CITY = f"{_CITY_ABBREVIATION} {_HCM}"


def _place_display(name: str) -> str:
    return _HCM_CITY if name == _HCM else name


# --- scopes ----------------------------------------------------------------------------------

@lru_cache(maxsize=20000)
def canonical_scope(raw: str | None) -> str:
    """The scope of a figure as one name: "cả nước" for nationwide (and for no scope at all), a
    province by its canonical name ("TP.HCM", "thành phố Hồ Chí Minh" -> "Hồ Chí Minh"), anything
    else as written (whitespace tidied)."""
    if raw is None or not raw.strip():
        return NATIONWIDE
    s = _ws(raw)
    if s.lower() in _NATIONWIDE_WORDS:
        return NATIONWIDE
    found = _provinces(s)
    names = {n for _, _, n in found}
    if len(names) == 1:
        start, end = found[0][0], found[-1][1]
        before, after = s[:start], s[end:].strip(" ,.")
        if not after and (not before.strip() or _UNIT_WORDS.search(before)):
            return found[0][2]
    return s


# --- titles and organisations ----------------------------------------------------------------

# The words that make a post one held before ("nguyên", "cựu") or newly taken ("tân"), as officials
# reads them (pipeline.title_modifiers).
_PAST_WORDS, _NEW_WORDS = title_modifiers()
_PAST = re.compile(rf"(?i)^(?:{'|'.join(_PAST_WORDS)})\s+")
_NEW = re.compile(rf"(?i)^(?:{'|'.join(_NEW_WORDS)})\s+")


def canonical_title(raw: str | None) -> tuple[str | None, bool]:
    """(title key, past): the post a title names, lower-cased, without "nguyên" (former, which
    sets ``past``) or "tân" (newly appointed), and only its last part when several are listed
    ("Ủy viên Bộ Chính trị, Bí thư" -> "bí thư": the organisation named next belongs to it)."""
    if raw is None or not raw.strip():
        return None, False
    s = _ws(raw).split(",")[-1].strip()
    past = bool(_PAST.match(s)) or bool(_PAST.match(_ws(raw)))
    s = _NEW.sub("", _PAST.sub("", s))
    return (s.lower() or None), past


def _fold(s: str) -> str:
    """Lower case without diacritics (đ -> d): the letters an abbreviation keeps."""
    s = unicodedata.normalize("NFD", s.lower().replace("đ", "d"))
    return "".join(c for c in s if not unicodedata.combining(c))


# One form for what is written several ways (after the old-style tone placement is folded as
# normalize() folds it, _org_text): a people's body spelled out as the abbreviation that names it
# ("Ủy ban nhân dân" -> "UBND", "Hội đồng nhân dân" -> "HĐND": pipeline.local_bodies); the press's
# short forms of "Trung ương" and "Ủy ban" ("TW" -> "TƯ", "UBTW", "UB"); Hồ Chí Minh City ("HCM").
_EXPAND = [
    *((re.compile(rf"(?i)\b{re.escape(spelled)}\b"), abbreviation)
      for abbreviation, spelled in (_BODIES.committee, _BODIES.council)),
    (re.compile(r"\bTW\b"), "TƯ"),
    (re.compile(r"\bUBTW\b"), "Ủy ban TƯ"),
    (re.compile(r"\bUB\b"), "Ủy ban"),
    (re.compile(rf"(?i)\b(?:(?:{_ABBREVIATION_FORMS})\s*|(?:{'|'.join(_CITY_WORDS)})\s+)?HCM\b"), _HCM_CITY),
    (re.compile(rf"(?i)\b(?:{_DOTTED_FORMS})\s*"), f"{_CITY_ABBREVIATION} "),
]
_SKIP_WORDS = {"và", "&", "-", "–", "của"}


def _initials(s: str) -> str:
    """The letters that identify an organisation however it is abbreviated: the first letter of
    each spelled-out word, every letter of an all-capital abbreviation ("Bộ Kế hoạch và Đầu tư",
    "Bộ KH&ĐT", "Bộ KH-ĐT" -> "bkhdt"; "Ủy ban Trung ương MTTQ Việt Nam" -> "ubtumttqvn")."""
    out = []
    for w in re.split(r"[\s,&/\-–]+|(?<=\w)\.(?=\w)", s):
        w = w.strip(".()\"'")
        if not w or w.lower() in _SKIP_WORDS:
            continue
        letters = [c for c in w if c.isalpha()]
        if len(letters) > 1 and all(c.isupper() for c in letters):
            out.append("".join(letters))
        elif letters:
            out.append(letters[0])
    return _fold("".join(out))


@lru_cache(maxsize=50000)
def _org_text(raw: str) -> str:
    # the names a user passes (canonical_org, Archive.people(org=...)) or a destination holds may
    # write the old-style tone placement ("Uỷ ban nhân dân", "Thành uỷ"): folded as the extractor's
    # text is (pipeline.fold)
    s = _ws(fold(raw))
    for rx, rep in _EXPAND:
        s = rx.sub(rep, s)
    return _ws(s)


def _tail_probes(s: str) -> list[tuple[int, str]]:
    """(offset, "tỉnh " + the last capitalised words: _PROVINCE_WORD) for a province written bare
    at the end."""
    words = s.split()
    out = []
    for k in (2, 3, 1):
        tail = words[-k:]
        if len(words) > k and all(w[:1].isupper() for w in tail):
            joined = " ".join(tail)
            out.append((len(s) - len(joined), f"{_PROVINCE_WORD} {joined}"))
    return out


def _prefetch_orgs(raws: Any) -> None:
    """Read the provinces of many organisation names in two ``extract()`` calls."""
    texts = [t for t in (_org_text(r) for r in raws if r) if t]
    _read_provinces(texts)
    _read_provinces([p for t in texts if not _PROVINCES.get(t) for _, p in _tail_probes(t)])


@lru_cache(maxsize=50000)
def _org_parts(raw: str, title_key: str | None) -> tuple[str, str | None, str] | None:
    """(initials of the organisation without its place, canonical province or None, the
    organisation as it reads without its place) or None when nothing is named."""
    s = _org_text(raw)
    if not s:
        return None
    found = _provinces(s)
    if not found:
        # a province named bare at the end ("Sở Tài nguyên và Môi trường Yên Bái"), which the
        # extractor reads only with its prefix
        for at, probe in _tail_probes(s):
            got = _provinces(probe)
            if len(got) == 1 and got[0][1] == len(probe):
                found = ((at, len(s), got[0][2]),)
                break
    names = {n for _, _, n in found}
    place = None
    head = s
    if len(names) == 1:
        place = found[0][2]
        head = s[: found[0][0]]
        head = _UNIT_WORDS.sub("", head).strip(" ,.-")
    else:
        head = _UNIT_TAIL.sub("", s).strip(" ,.-")
        if head.upper() in _UNIT_ONLY:
            head = ""
    t = title_key or ""
    if not head and place:
        # "Chủ tịch Hà Nội": the chair of the city's people's committee; "Bí thư TP.HCM": of its
        # party committee.
        if t.endswith("chủ tịch"):
            head = _BODIES.committee[0]
        elif t.endswith("bí thư"):
            head = _party_committee(place)
    if not head and not place:
        return None
    return _initials(head), place, head


def _party_committee(place: str) -> str:
    """The Party committee of a province or centrally-run city: "Tỉnh ủy", "Thành ủy"."""
    return _BODIES.party[_CITY_WORD if place in _CITIES else _PROVINCE_WORD]


# The heads _compose names with their place's unit, folded: "ubnd", "hdnd"; "tinh uy", "thanh uy".
_PEOPLES_KEYS = frozenset(_fold(body[0]) for body in (_BODIES.committee, _BODIES.council))
_PARTY_KEYS = frozenset(_fold(_BODIES.party[w]) for w in (_PROVINCE_WORD, _CITY_WORD))


def _compose(head: str, place: str | None) -> str:
    if place is None:
        return head
    city = place in _CITIES
    h = _fold(head)
    if h in _PEOPLES_KEYS:
        return f"{head} {_CITY_ABBREVIATION if city else _PROVINCE_WORD} {place}"
    if h in _PARTY_KEYS:
        return f"{_party_committee(place)} {_place_display(place)}"
    if not head:
        return _place_display(place)
    return f"{head} {_place_display(place)}"


def canonical_org(raw: str | None, title: str | None = None) -> str | None:
    """One name for an organisation however it is written: "UBND TP.Hà Nội", "UBND thành phố Hà
    Nội", "Ủy ban nhân dân TP Hà Nội" -> "UBND TP Hà Nội"; with the title "Chủ tịch", "Hà Nội"
    -> "UBND TP Hà Nội". (Abbreviated and spelled-out ministries share a key; this function
    names the form given, :class:`Archive` picks the spelled-out one seen most.)"""
    if raw is None:
        return None
    parts = _org_parts(raw, canonical_title(title)[0])
    if parts is None:
        return None
    return _compose(parts[2], parts[1])


_ACRONYM_WORD = re.compile(r"(?<!\w)[A-ZĐƯ]{2,}(?!\w)")  # "MTTQ", "UBND", "TƯ"


def _spelled_out(head: str) -> bool:
    # "Bộ Kế hoạch và Đầu tư" rather than "Bộ KH&ĐT"
    words = head.split()[1:]
    return any(len(w) > 1 and w[0].isupper() and w[1:].islower() for w in words) or any(w.islower() for w in words)


# --- the archive -----------------------------------------------------------------------------

def _engine_url(dest: str) -> str:
    low = dest.lower()
    m = re.match(r"(?i)(postgres|postgresql)(\+\w+)?://", dest)
    if m:
        if m.group(2):
            return dest
        try:
            import psycopg2  # noqa: F401

            return "postgresql+psycopg2://" + dest[m.end():]
        except ImportError:
            return "postgresql+psycopg://" + dest[m.end():]
    if low.startswith("sqlite"):
        path = dest.split("///", 1)[1] if "///" in dest else ""
        if not path or path == ":memory:":
            raise ArchiveError(f"{dest}: an in-memory database holds no archive")
        if not Path(path).is_file():
            raise ArchiveError(f"{dest}: no such database ({path} does not exist)")
        return f"sqlite:///file:{Path(path).resolve()}?mode=ro&uri=true"
    if "://" not in dest and (low.endswith(".db") or low.endswith(".sqlite") or low.endswith(".sqlite3")):
        return _engine_url("sqlite:///" + dest)
    if low.endswith((".jsonl", ".ndjson", ".parquet")):
        raise ArchiveError(
            f"{dest}: the archive queries read SQL destinations; write the archive with "
            f"'vnextract batch INPUT --out sqlite:///x.db' (or postgresql://...)"
        )
    raise ArchiveError(f"{dest}: not a vnextract batch destination (use sqlite:///x.db or postgresql://...)")


def _date_value(v: Any) -> Any:
    """SQLite hands dates computed by COALESCE/MIN back as ISO text: make them dates."""
    import datetime as dt

    if isinstance(v, str):
        try:
            return dt.date.fromisoformat(v[:10])
        except ValueError:
            return v
    if isinstance(v, dt.datetime):
        return v.date()
    return v


class Archive:
    """The archive-level view of a ``vnextract batch`` destination (``sqlite:///x.db``, a path
    to a ``.db`` file, or ``postgresql://...``). Read-only: SQLite files are opened read-only."""

    def __init__(self, dest: str):
        import sqlalchemy as sa

        self.sa = sa
        self.dest = dest
        url = _engine_url(str(dest))
        try:
            self.engine = sa.create_engine(url)
            insp = sa.inspect(self.engine)
            have = set(insp.get_table_names())
        except ArchiveError:
            raise
        except Exception as exc:  # a server that does not answer, a file that is not a database
            msg = str(getattr(exc, "orig", exc)).strip().splitlines()
            raise ArchiveError(f"{dest}: cannot open ({msg[0] if msg else type(exc).__name__})") from None
        missing = [t for t in _TABLES if t not in have]
        if missing:
            self.engine.dispose()
            raise ArchiveError(f"{dest}: not written by vnextract batch (no table {', '.join(missing)})")
        md = sa.MetaData()
        md.reflect(self.engine, only=list(_TABLES))
        self.t = md.tables
        if "extractor_version" not in self.t["articles"].c:
            self.engine.dispose()
            raise ArchiveError(f"{dest}: not written by vnextract batch (articles has no extractor_version)")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- shared pieces ------------------------------------------------------------------------

    def _article_date(self) -> tuple[Any, Any]:
        """(date, inferred) column expressions of ``articles``: the published date, else the one
        inferred from the text; inferred is 1 when the date came from the text."""
        sa = self.sa
        a = self.t["articles"]
        inferred_col = a.c.get("published_inferred_value")
        if inferred_col is None:  # a destination written before dates were inferred
            return a.c.published, sa.literal(0)
        date = sa.func.coalesce(a.c.published, inferred_col)
        inferred = sa.case((sa.and_(a.c.published.is_(None), inferred_col.isnot(None)), 1), else_=0)
        return date, inferred

    def _rows(self, query: Any) -> list[dict]:
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    @staticmethod
    def _ids(joined: str | None) -> set[str]:
        return set(filter(None, (joined or "").split(",")))

    # -- series -------------------------------------------------------------------------------

    SERIES_COLUMNS = [
        "measure", "name", "scope", "breakdown", "period", "period_start", "period_end", "value",
        "value_min", "value_max", "unit", "change_value", "change_unit", "change_direction",
        "change_basis", "status", "articles", "article_ids", "first_reported", "date_inferred",
        "conflict", "superseded",
    ]

    def series(self, measure: str, scope: str | None = None, breakdown: str | None = None):
        """One row per figure reported for ``measure`` (a ``data/measures.tsv`` id: ``cpi``,
        ``exports``): the articles reporting the same (scope, breakdown, period, status, basis,
        value) are one row with their count. Different values for the same key are kept, each
        flagged ``conflict``; an estimate of a key that also has an actual is ``superseded``.
        ``scope`` is matched on canonical names ("cả nước", "Hồ Chí Minh")."""
        import pandas as pd

        sa = self.sa
        i, a = self.t["indicators"], self.t["articles"]
        date, inferred = self._article_date()
        keys = [
            i.c.scope, i.c.breakdown, i.c.period_value, i.c.period_start_date, i.c.period_end_date,
            i.c.status, i.c.change_basis, i.c.quantity_value, i.c.quantity_min, i.c.quantity_max,
            i.c.quantity_unit, i.c.change_value, i.c.change_unit, i.c.change_direction,
        ]
        # one row per figure and article, then one per figure
        per_article = (
            sa.select(*keys, i.c.article_id, sa.func.min(i.c.name).label("name"),
                      sa.func.min(date).label("date"), sa.func.max(inferred).label("inferred"))
            .select_from(i.join(a, a.c.id == i.c.article_id))
            .where(i.c.measure == measure)
            .group_by(*keys, i.c.article_id)
            .subquery("per_article")
        )
        pk = [per_article.c[c.name] for c in keys]
        q = sa.select(
            *pk,
            sa.func.min(per_article.c.name).label("name"),
            sa.func.count().label("articles"),
            sa.func.aggregate_strings(per_article.c.article_id, ",").label("article_ids"),
            sa.func.min(per_article.c.date).label("first_reported"),
            sa.func.max(per_article.c.inferred).label("date_inferred"),
        ).group_by(*pk)
        rows = self._rows(q)
        _read_provinces([_ws(r["scope"]) for r in rows if r["scope"]])
        want_scope = canonical_scope(scope) if scope is not None else None
        merged: dict[tuple, dict] = {}
        for r in rows:
            sc = canonical_scope(r["scope"])
            if want_scope is not None and sc != want_scope:
                continue
            bd = _ws(r["breakdown"]) if r["breakdown"] else None
            if breakdown is not None and (bd or "").lower() != _ws(breakdown).lower():
                continue
            key = (sc, bd, r["period_value"], r["status"], r["change_basis"], r["quantity_value"],
                   r["quantity_min"], r["quantity_max"], r["quantity_unit"], r["change_value"],
                   r["change_unit"], r["change_direction"])
            ids = self._ids(r["article_ids"])
            d = _date_value(r["first_reported"])
            m = merged.get(key)
            if m is None:
                merged[key] = {
                    "measure": measure, "name": r["name"], "scope": sc, "breakdown": bd,
                    "period": r["period_value"], "period_start": _date_value(r["period_start_date"]),
                    "period_end": _date_value(r["period_end_date"]), "value": r["quantity_value"],
                    "value_min": r["quantity_min"], "value_max": r["quantity_max"],
                    "unit": r["quantity_unit"], "change_value": r["change_value"],
                    "change_unit": r["change_unit"], "change_direction": r["change_direction"],
                    "change_basis": r["change_basis"], "status": r["status"], "ids": ids,
                    "first_reported": d, "date_inferred": bool(r["date_inferred"]),
                }
            else:
                m["ids"] |= ids
                if d is not None and (m["first_reported"] is None or d < m["first_reported"]):
                    m["first_reported"] = d
                m["date_inferred"] = m["date_inferred"] or bool(r["date_inferred"])
                m["name"] = min(m["name"], r["name"]) if m["name"] and r["name"] else (m["name"] or r["name"])
        out = list(merged.values())
        _flag_conflicts(out)
        for m in out:
            m["articles"] = len(m["ids"])
            m["article_ids"] = ",".join(sorted(m.pop("ids")))
        df = pd.DataFrame(out, columns=self.SERIES_COLUMNS)
        if len(df):
            df = df.sort_values(
                ["period_start", "scope", "breakdown", "change_basis", "status", "articles"],
                ascending=[True, True, True, True, True, False], na_position="last", kind="stable",
            ).reset_index(drop=True)
        return df

    # -- people -------------------------------------------------------------------------------

    PEOPLE_COLUMNS = [
        "person_id", "name", "title", "org", "first_seen", "last_seen", "articles", "article_ids",
        "past", "date_inferred",
    ]

    def people(self, name: str | None = None, org: str | None = None):
        """One row per person x title x organisation (canonical names). A person is a name and
        the organisations it is seen with: namesakes who never share an organisation (nor an
        article) stay apart, ``person_id`` telling them apart ("Nguyễn Văn Hùng#2"). ``past``:
        the post was written as a former one ("nguyên Bộ trưởng")."""
        import pandas as pd

        sa = self.sa
        o, a = self.t["officials"], self.t["articles"]
        date, inferred = self._article_date()
        org_col = sa.func.coalesce(o.c.org_name, o.c.org) if "org_name" in o.c else o.c.org
        where = []
        if name is not None:
            where.append(o.c.name == _ws(name))
        if org is not None:
            names = self._names_at(org)
            if not names:
                return pd.DataFrame(columns=self.PEOPLE_COLUMNS)
            where.append(o.c.name.in_(sorted(names)))
        per_article = (
            sa.select(o.c.name, o.c.title, org_col.label("org"), o.c.article_id,
                      sa.func.min(date).label("date"), sa.func.max(inferred).label("inferred"))
            .select_from(o.join(a, a.c.id == o.c.article_id))
            .where(*where)
            .group_by(o.c.name, o.c.title, org_col, o.c.article_id)
            .subquery("per_article")
        )
        p = per_article.c
        q = sa.select(
            p.name, p.title, p.org,
            sa.func.aggregate_strings(p.article_id, ",").label("article_ids"),
            sa.func.min(p.date).label("first_seen"), sa.func.max(p.date).label("last_seen"),
            sa.func.max(p.inferred).label("date_inferred"),
        ).group_by(p.name, p.title, p.org)
        rows = self._rows(q)
        _prefetch_orgs({r["org"] for r in rows})
        out = _people(rows)
        if org is not None:
            want = self._org_key(org)
            out = [r for r in out if r.pop("_org_key") == want]
        else:
            for r in out:
                r.pop("_org_key")
        df = pd.DataFrame(out, columns=self.PEOPLE_COLUMNS)
        if len(df):
            df = df.sort_values(["name", "person_id", "first_seen", "title"], na_position="last",
                                kind="stable").reset_index(drop=True)
        return df

    def career(self, name: str):
        """The posts of ``name`` in the order they were first seen (namesakes apart by
        ``person_id``, the most reported first); ``past`` marks posts written as former ones."""
        df = self.people(name=name)
        if not len(df):
            return df
        weight = df.groupby("person_id")["articles"].transform("sum")
        df = df.assign(_w=-weight).sort_values(["_w", "person_id", "first_seen", "last_seen"],
                                               na_position="last", kind="stable")
        return df.drop(columns="_w").reset_index(drop=True)

    def _org_key(self, org: str) -> tuple[str, str | None] | None:
        parts = _org_parts(org, None)
        return None if parts is None else (parts[0], parts[1])

    def _names_at(self, org: str) -> set[str]:
        """Names of officials seen with an organisation whose canonical key is ``org``'s."""
        sa = self.sa
        o = self.t["officials"]
        want = self._org_key(org)
        if want is None:
            return set()
        org_col = sa.func.coalesce(o.c.org_name, o.c.org) if "org_name" in o.c else o.c.org
        pairs = self._rows(sa.select(org_col.label("org"), o.c.title).where(org_col.isnot(None)).distinct())
        _prefetch_orgs({r["org"] for r in pairs})
        raws = {r["org"] for r in pairs if _key_of(r["org"], r["title"]) == want}
        if not raws:
            return set()
        q = sa.select(o.c.name).where(org_col.in_(sorted(raws))).distinct()
        return {r["name"] for r in self._rows(q)}

    # -- citations ----------------------------------------------------------------------------

    CITATION_COLUMNS = [
        "number", "doc_type", "issuer_name", "signed_on", "articles", "mentions", "short_mentions",
        "first_cited", "last_cited", "date_inferred", "co_cited", "article_ids",
    ]

    def citations(self, number: str | None = None, top: int | None = None, co_cited: int = 5):
        """One row per legal document cited, the most cited first. Short mentions ("Nghị định 67")
        count for the document they abbreviate: ``refers_to`` when the article gives the full
        number; a number written in part ("Nghị định 67/CP", "Thông tư 15/2015") counts for the
        whole number of that type and serial (and year and issuer, when given) the archive cites
        in the most articles, unless two tie. ``co_cited``: the documents most often cited in the
        same articles, as "number (articles)"."""
        import pandas as pd

        sa = self.sa
        lr, a = self.t["legal_refs"], self.t["articles"]
        date, inferred = self._article_date()

        def is_short(t: Any) -> Any:
            # no type code ("Nghị định 67", "67/CP", "Thông tư 15/2015"), or no year where the
            # type's numbers carry one ("67/NĐ-CP"); "13/CT-TTg", "35/NQ-CP" are whole numbers
            # without a year. Laws and công văn have no type code: they are never candidates.
            return sa.or_(t.c.type_code.is_(None), sa.and_(t.c.year.is_(None), t.c.doc_type.in_(sorted(yeared_doc_types()))))

        full = (
            sa.select(lr.c.number, lr.c.doc_type, lr.c.serial, lr.c.year, lr.c.issuer,
                      sa.func.count(sa.distinct(lr.c.article_id)).label("n"))
            .where(lr.c.refers_to.is_(None), sa.not_(is_short(lr)))
            .group_by(lr.c.number, lr.c.doc_type, lr.c.serial, lr.c.year, lr.c.issuer).cte("full_docs")
        )
        # Partial numbers ("67/CP", "Thông tư 15/2015", a bare "67" with its type) resolved once
        # each: to the whole number of that type and serial (and year and issuer, when given)
        # cited in the most articles; a tie leaves them as written.
        partial = (
            sa.select(lr.c.number, lr.c.doc_type, lr.c.serial, lr.c.year, lr.c.issuer)
            .where(lr.c.refers_to.is_(None), is_short(lr)).distinct().subquery("partial")
        )
        candidates = (
            sa.select(partial.c.number, partial.c.doc_type, full.c.number.label("target"),
                      sa.func.rank().over(partition_by=[partial.c.number, partial.c.doc_type],
                                          order_by=full.c.n.desc()).label("rk"))
            .select_from(partial.join(full, sa.and_(
                full.c.doc_type == partial.c.doc_type, full.c.serial == partial.c.serial,
                sa.or_(partial.c.year.is_(None), full.c.year == partial.c.year),
                sa.or_(partial.c.issuer.is_(None), full.c.issuer == partial.c.issuer))))
            .subquery("candidates")
        )
        resolved = (
            sa.select(candidates.c.number, candidates.c.doc_type, sa.func.min(candidates.c.target).label("target"))
            .where(candidates.c.rk == 1)
            .group_by(candidates.c.number, candidates.c.doc_type)
            .having(sa.func.count(sa.distinct(candidates.c.target)) == 1)
            .cte("resolved")
        )
        via_ref, via_own = resolved.alias("via_ref"), resolved.alias("via_own")
        # an unresolved bare serial ("Chỉ thị số 13") is named with its type
        bare = sa.case(
            (sa.and_(lr.c.number.not_like("%/%"), lr.c.doc_type.isnot(None)), lr.c.doc_type + " " + lr.c.number),
            else_=lr.c.number,
        )
        doc = sa.func.coalesce(via_ref.c.target, lr.c.refers_to, via_own.c.target, bare)
        short = sa.case((sa.or_(lr.c.refers_to.isnot(None), via_own.c.target.isnot(None)), 1), else_=0)
        refs = (
            sa.select(lr.c.article_id, doc.label("doc"), short.label("short"),
                      date.label("date"), inferred.label("inferred"))
            .select_from(
                lr.outerjoin(via_ref, sa.and_(via_ref.c.number == lr.c.refers_to, via_ref.c.doc_type == lr.c.doc_type))
                .outerjoin(via_own, sa.and_(lr.c.refers_to.is_(None), via_own.c.number == lr.c.number,
                                            via_own.c.doc_type == lr.c.doc_type))
                .join(a, a.c.id == lr.c.article_id))
            .cte("refs")
        )
        details = (
            sa.select(lr.c.number, sa.func.max(lr.c.doc_type).label("doc_type"),
                      sa.func.max(lr.c.issuer_name).label("issuer_name"),
                      sa.func.min(lr.c.signed_on).label("signed_on"))
            .where(lr.c.refers_to.is_(None)).group_by(lr.c.number).cte("details")
        )
        per_article = (
            sa.select(refs.c.doc, refs.c.article_id).distinct().subquery("per_article")
        )
        ids = (
            sa.select(per_article.c.doc, sa.func.aggregate_strings(per_article.c.article_id, ",").label("article_ids"))
            .group_by(per_article.c.doc).cte("ids")
        )
        counts = (
            sa.select(
                refs.c.doc.label("number"),
                sa.func.count(sa.distinct(refs.c.article_id)).label("articles"),
                sa.func.count().label("mentions"),
                sa.func.sum(refs.c.short).label("short_mentions"),
                sa.func.min(refs.c.date).label("first_cited"),
                sa.func.max(refs.c.date).label("last_cited"),
                sa.func.max(refs.c.inferred).label("date_inferred"),
            ).group_by(refs.c.doc).cte("counts")
        )
        q = (
            sa.select(counts, details.c.doc_type, details.c.issuer_name, details.c.signed_on, ids.c.article_ids)
            .select_from(counts.outerjoin(details, details.c.number == counts.c.number)
                         .join(ids, ids.c.doc == counts.c.number))
            .order_by(counts.c.articles.desc(), counts.c.mentions.desc(), counts.c.number)
        )
        if number is not None:
            q = q.where(counts.c.number == number)
        if top is not None:
            q = q.limit(top)
        rows = self._rows(q)
        docs = [r["number"] for r in rows]
        co: dict[str, list[str]] = defaultdict(list)
        if docs and co_cited:
            pairs = sa.select(refs.c.article_id, refs.c.doc).distinct().cte("pairs")
            p2 = pairs.alias("p2")
            cq = (
                sa.select(pairs.c.doc.label("doc"), p2.c.doc.label("other"), sa.func.count().label("n"))
                .select_from(pairs.join(p2, sa.and_(p2.c.article_id == pairs.c.article_id, p2.c.doc != pairs.c.doc)))
                .where(pairs.c.doc.in_(docs))
                .group_by(pairs.c.doc, p2.c.doc)
                .order_by(pairs.c.doc, sa.func.count().desc(), p2.c.doc)
            )
            for r in self._rows(cq):
                if len(co[r["doc"]]) < co_cited:
                    co[r["doc"]].append(f"{r['other']} ({r['n']})")
        out = []
        for r in rows:
            out.append({
                "number": r["number"], "doc_type": r["doc_type"], "issuer_name": r["issuer_name"],
                "signed_on": _date_value(r["signed_on"]), "articles": int(r["articles"]),
                "mentions": int(r["mentions"]), "short_mentions": int(r["short_mentions"] or 0),
                "first_cited": _date_value(r["first_cited"]), "last_cited": _date_value(r["last_cited"]),
                "date_inferred": bool(r["date_inferred"]), "co_cited": "; ".join(co.get(r["number"], [])),
                "article_ids": ",".join(sorted(self._ids(r["article_ids"]))),
            })
        return pd.DataFrame(out, columns=self.CITATION_COLUMNS)


# --- helpers that work on grouped rows -------------------------------------------------------

def _flag_conflicts(rows: list[dict]) -> None:
    """``conflict``: another row gives a different value for the same (scope, breakdown, period,
    status, basis, unit); ``superseded``: an estimate whose key also has an actual. Rows without
    a period are about no stated time and are never compared."""
    levels: dict[tuple, set] = defaultdict(set)
    changes: dict[tuple, set] = defaultdict(set)
    actual_keys: set[tuple] = set()
    for r in rows:
        r["conflict"] = False
        r["superseded"] = False
        if r["period"] is None:
            continue
        base = (r["scope"], r["breakdown"], r["period"])
        if r["value"] is not None or r["value_min"] is not None or r["value_max"] is not None:
            levels[base + (r["status"], r["unit"])].add((r["value"], r["value_min"], r["value_max"]))
            if r["status"] == "actual":
                actual_keys.add(("level",) + base + (r["unit"],))
        if r["change_value"] is not None:
            changes[base + (r["status"], r["change_basis"], r["change_unit"])].add((r["change_value"], r["change_direction"]))
            if r["status"] == "actual":
                actual_keys.add(("change",) + base + (r["change_basis"], r["change_unit"]))
    for r in rows:
        if r["period"] is None:
            continue
        base = (r["scope"], r["breakdown"], r["period"])
        has_level = r["value"] is not None or r["value_min"] is not None or r["value_max"] is not None
        has_change = r["change_value"] is not None
        if has_level and len(levels[base + (r["status"], r["unit"])]) > 1:
            r["conflict"] = True
        if has_change and len(changes[base + (r["status"], r["change_basis"], r["change_unit"])]) > 1:
            r["conflict"] = True
        if r["status"] == "estimate":
            if (has_level and ("level",) + base + (r["unit"],) in actual_keys) or (
                has_change and ("change",) + base + (r["change_basis"], r["change_unit"]) in actual_keys
            ):
                r["superseded"] = True


@lru_cache(maxsize=50000)
def _ranks(raw: str | None) -> frozenset[str]:
    """Memberships listed with a title, which a person keeps when moving post ("Ủy viên Bộ Chính
    trị, Bí thư" -> {"ủy viên bộ chính trị"}; "Ủy viên Trung ương Đảng" alone is one too). The
    old-style tone placement ("Uỷ viên") is folded as the extractor's text is (pipeline.fold)."""
    if not raw:
        return frozenset()
    parts = [_PAST.sub("", p.strip()).lower() for p in _ws(fold(raw)).split(",") if p.strip()]
    ranks = {p for p in parts[:-1] if p.startswith("ủy viên")}
    if parts and parts[-1].startswith(("ủy viên bộ chính trị", "ủy viên trung ương")):
        ranks.add(parts[-1])
    return frozenset(ranks)


def _key_of(org: str | None, title: str | None) -> tuple[str, str | None] | None:
    if org is None:
        return None
    parts = _org_parts(org, canonical_title(title)[0])
    return None if parts is None else (parts[0], parts[1])


class _Union:
    def __init__(self) -> None:
        self.up: dict[Any, Any] = {}

    def find(self, x: Any) -> Any:
        self.up.setdefault(x, x)
        while self.up[x] != x:
            self.up[x] = self.up[self.up[x]]
            x = self.up[x]
        return x

    def join(self, a: Any, b: Any) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.up[rb] = ra


def _people(rows: list[dict]) -> list[dict]:
    """Group (name, title, org) rows into people and their posts (see :meth:`Archive.people`)."""
    by_name: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if r["name"]:
            by_name[r["name"]].append(r)
    # Display forms, chosen over every row so that a post reads the same in every answer.
    title_forms: dict[str, Counter] = defaultdict(Counter)
    head_forms: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        tk, _ = canonical_title(r["title"])
        if tk:
            last = _NEW.sub("", _PAST.sub("", _ws(r["title"]).split(",")[-1].strip()))
            title_forms[tk][last] += 1
        if r["org"]:
            parts = _org_parts(r["org"], tk)
            if parts and parts[2]:
                head_forms[parts[0]][parts[2]] += 1

    def title_display(tk: str | None) -> str | None:
        if tk is None:
            return None
        forms = title_forms[tk]
        return max(forms, key=lambda f: (forms[f], f[:1].isupper(), f)) if forms else tk

    def org_display(key: tuple[str, str | None] | None) -> str | None:
        if key is None:
            return None
        forms = head_forms.get(key[0]) or Counter()
        spelled = [f for f in forms if _spelled_out(f)]
        # "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" rather than "... MTTQ Việt Nam": no word in
        # capitals, when a form has none
        whole = [f for f in spelled if not _ACRONYM_WORD.search(f)]
        pool = whole or spelled or list(forms)
        head = max(pool, key=lambda f: (forms[f], len(f), f)) if pool else ""
        return _compose(head, key[1])

    out: list[dict] = []
    for name, rs in by_name.items():
        entries = []
        for r in rs:
            tk, past = canonical_title(r["title"])
            entries.append({
                "title": tk, "past": past, "org": _key_of(r["org"], r["title"]), "ranks": _ranks(r["title"]),
                "ids": Archive._ids(r["article_ids"]), "first": _date_value(r["first_seen"]),
                "last": _date_value(r["last_seen"]), "inferred": bool(r["date_inferred"]),
            })
        weight: Counter = Counter()
        for e in entries:
            if e["org"] is not None:
                weight[e["org"]] += len(e["ids"])
        # An organisation named in part ("UBND TP", "UB Trung") is the fuller one of this name
        # that it begins, the most seen one.
        # "Ủy viên Trung ương Đảng TP HCM": a place alone is that place's body seen most.
        fuller = {}
        for k in weight:
            if not k[0] and k[1] is not None:
                cands = [f for f in weight if f != k and f[1] == k[1] and f[0]]
            else:
                # ... or ends ("MTTQ VN" of "Ủy ban Trung ương MTTQ Việt Nam")
                cands = [f for f in weight if f != k and (k[1] is None or f[1] == k[1])
                         and (f[0] != k[0] or k[1] is None)
                         and ((len(k[0]) >= 2 and f[0].startswith(k[0])) or (len(k[0]) >= 4 and f[0].endswith(k[0])))]
            if cands:
                fuller[k] = max(cands, key=lambda f: (weight[f], f[0], f[1] or ""))
        for e in entries:
            while e["org"] in fuller:
                e["org"] = fuller[e["org"]]
        # People: posts linked by a shared organisation, a shared rank ("Ủy viên Bộ Chính trị,
        # Bí thư ..." and "Ủy viên Bộ Chính trị, Chủ tịch ...": one person moving post) or a
        # shared article.
        uf = _Union()
        by_article: dict[str, int] = {}
        for n, e in enumerate(entries):
            for rank in e["ranks"]:
                uf.join(("rank", rank), n)
            if e["org"] is not None:
                uf.join(("org", e["org"]), n)
                for i in e["ids"]:
                    if i in by_article:
                        uf.join(by_article[i], n)
                    else:
                        by_article[i] = n
        with_org = [n for n, e in enumerate(entries) if e["org"] is not None or e["ranks"]]
        size: Counter = Counter()
        for n in with_org:
            size[uf.find(n)] += len(entries[n]["ids"])
        for n, e in enumerate(entries):
            if e["org"] is not None or e["ranks"]:
                continue
            # A post named without its organisation: the person of this name holding that
            # title, else the one seen most; one person when none is named with one.
            same_title = Counter({uf.find(m): size[uf.find(m)] for m in with_org if entries[m]["title"] == e["title"]})
            linked = [uf.find(by_article[i]) for i in e["ids"] if i in by_article]
            if linked:
                uf.join(linked[0], n)
            elif same_title:
                uf.join(same_title.most_common(1)[0][0], n)
            elif size:
                uf.join(size.most_common(1)[0][0], n)
            else:
                uf.join("no-org", n)
        people: dict[Any, list[dict]] = defaultdict(list)
        for n, e in enumerate(entries):
            people[uf.find(n)].append(e)
        ranked = sorted(people.values(), key=lambda es: (-len(set().union(*(e["ids"] for e in es))),
                                                         sorted(min(e["ids"]) for e in es)))
        for k, es in enumerate(ranked, 1):
            # A title named without its organisation is the post of that title the person is
            # seen with most ("Bí thư" alone, "Bí thư Thành ủy TP.HCM").
            seen_at: dict[str | None, Counter] = defaultdict(Counter)
            for e in es:
                if e["org"] is not None:
                    seen_at[e["title"]][e["org"]] += len(e["ids"])
            posts: dict[tuple, dict] = {}
            for e in es:
                org_key = e["org"]
                if org_key is None and seen_at.get(e["title"]):
                    org_key = max(seen_at[e["title"]], key=lambda k: (seen_at[e["title"]][k], k))
                key = (e["title"], org_key)
                p = posts.setdefault(key, {"ids": set(), "first": None, "last": None, "past": False, "inferred": False})
                p["ids"] |= e["ids"]
                p["past"] = p["past"] or e["past"]
                p["inferred"] = p["inferred"] or e["inferred"]
                if e["first"] is not None and (p["first"] is None or e["first"] < p["first"]):
                    p["first"] = e["first"]
                if e["last"] is not None and (p["last"] is None or e["last"] > p["last"]):
                    p["last"] = e["last"]
            for (tk, ok), p in posts.items():
                out.append({
                    "person_id": f"{name}#{k}", "name": name, "title": title_display(tk),
                    "org": org_display(ok), "first_seen": p["first"], "last_seen": p["last"],
                    "articles": len(p["ids"]), "article_ids": ",".join(sorted(p["ids"])),
                    "past": p["past"], "date_inferred": p["inferred"], "_org_key": ok,
                })
    return out

