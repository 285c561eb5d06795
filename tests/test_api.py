"""The public API of CONTRACT.md: cheap import, frozen records, JSON schema, ids, extract_many."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys
from pathlib import Path

import pydantic
import pytest

import vnextract
from vnextract.models import Article, LegalRef

ROOT = Path(__file__).resolve().parents[1]
TTXVN = (ROOT / "corpora" / "ttxvn-2023-07-28-hoi-nghi-cong-thuong.txt").read_text(encoding="utf-8")


def test_import_loads_no_model_and_no_extractor():
    code = ("import sys, vnextract; "
            "heavy = [m for m in ('underthesea', 'spacy', 'vnextract.pipeline', 'vnextract.quantities') if m in sys.modules]; "
            "print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_id_is_sha256_of_text_or_doc_id():
    art = vnextract.extract("Giá điện tăng 3%.")
    assert art.id == "sha256:" + hashlib.sha256("Giá điện tăng 3%.".encode()).hexdigest()
    assert vnextract.extract("Giá điện tăng 3%.", doc_id="a-1").id == "a-1"


def test_records_are_frozen():
    art = vnextract.extract(TTXVN)
    with pytest.raises(pydantic.ValidationError):
        art.title = "x"
    with pytest.raises(pydantic.ValidationError):
        art.legal_refs[0].number = "x"


def test_model_dump_and_schema():
    art = vnextract.extract(TTXVN, published=dt.date(2023, 7, 28), url="https://example.vn/a")
    data = art.model_dump(mode="json")
    assert data["published"] == "2023-07-28" and data["url"] == "https://example.vn/a"
    assert Article.model_validate(data) == art
    schema = vnextract.Article.model_json_schema()
    assert set(schema["properties"]) >= {"id", "text", "title", "published", "byline", "source", "paragraphs",
                                         "sentences", "legal_refs", "provinces", "organizations", "officials",
                                         "quantities", "dates", "indicators"}
    assert "LegalRef" in schema["$defs"]


def test_published_accepts_iso_string_and_anchors_dates():
    art = vnextract.extract("Ngày 28/7, hội nghị khai mạc.", published="2023-07-30")
    assert art.published == dt.date(2023, 7, 30)
    assert [d.value for d in art.dates] == ["2023-07-28"]


def test_extract_many_preserves_order_and_takes_dicts():
    items = ["Giá điện tăng 3%.", {"id": "b", "text": "Ngày 28/7/2023, hội nghị khai mạc."}, "Nghị định số 111/2015/NĐ-CP."]
    arts = list(vnextract.extract_many(items))
    assert [a.text for a in arts] == ["Giá điện tăng 3%.", "Ngày 28/7/2023, hội nghị khai mạc.",
                                     "Nghị định số 111/2015/NĐ-CP."]
    assert arts[1].id == "b"


def test_extract_many_with_workers_matches_serial():
    texts = [TTXVN, "Giá điện tăng 3%.", TTXVN[:500]]
    serial = [a.model_dump() for a in vnextract.extract_many(texts)]
    parallel = [a.model_dump() for a in vnextract.extract_many(texts, workers=2)]
    assert serial == parallel


def test_legal_ref_record_fields():
    ref = LegalRef(start=0, end=3, text="abc", number="111/2015/NĐ-CP")
    assert ref.year is None and ref.refers_to is None


@pytest.mark.parametrize("text,published", [
    # datelines of agency copy: the date the article states is its publication date
    ("Hà Nội, 28/7/2023 (TTXVN) - Ngày 28/7, hội nghị khai mạc.", dt.date(2023, 7, 28)),
    ("Tin ngày 3/11/2015. Chính phủ ban hành Nghị định số 111/2015/NĐ-CP.", dt.date(2015, 11, 3)),
])
def test_published_found_in_a_dateline(text, published):
    art = vnextract.extract(text)
    assert art.published == published


def test_extract_many_workers_in_an_unguarded_script(tmp_path):
    # A plain script without `if __name__ == "__main__"` must not hang or crash its workers.
    script = tmp_path / "run.py"
    script.write_text("import vnextract\n"
                      "arts = list(vnextract.extract_many(['Giá điện tăng 3%.', 'Nghị định số 111/2015/NĐ-CP.'], workers=2))\n"
                      "print([len(a.quantities) for a in arts], [len(a.legal_refs) for a in arts])\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "[1, 0] [0, 1]"
