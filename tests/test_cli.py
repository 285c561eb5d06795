"""The ``vnextract`` command: JSON output, and one-line errors (never a traceback)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from vnextract.cli import main

ROOT = Path(__file__).resolve().parents[1]
TTXVN = ROOT / "corpora" / "ttxvn-2023-07-28-hoi-nghi-cong-thuong.txt"


def test_extract_prints_article_json(capsys):
    assert main(["extract", str(TTXVN), "--published", "2023-07-28"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "Hợp tác phát triển ngành công thương các tỉnh, thành phố phía Bắc"
    assert data["published"] == "2023-07-28"
    assert data["source"] == "TTXVN"
    text = TTXVN.read_text(encoding="utf-8")
    assert data["text"] == text
    for field in ("legal_refs", "provinces", "quantities", "dates"):
        for r in data[field]:
            assert text[r["start"]:r["end"]] == r["text"]


def test_extract_jsonl_from_stdin():
    proc = subprocess.run([sys.executable, "-m", "vnextract.cli", "extract", "-", "--format", "jsonl"],
                          input="Bộ Công Thương ban hành Thông tư số 01/2021/TT-BCT.".encode(),
                          capture_output=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.decode().strip().splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["text"] == "Bộ Công Thương ban hành Thông tư số 01/2021/TT-BCT."


@pytest.mark.parametrize("args,needle", [
    (["extract", "does/not/exist.txt"], "no such file"),
    (["extract", str(ROOT / "corpora")], "is a directory"),
])
def test_user_errors_are_one_line(args, needle, capsys):
    assert main(args) == 2
    err = capsys.readouterr().err
    assert needle in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_undecodable_bytes_are_one_line_error(tmp_path):
    bad = tmp_path / "junk.txt"
    bad.write_bytes(bytes(range(256)) * 10)
    proc = subprocess.run([sys.executable, "-m", "vnextract.cli", "extract", str(bad)], capture_output=True, text=True,
                          cwd=ROOT)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "junk.txt" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("args,needle", [
    (["extract", str(TTXVN), "--published", "28/07/2023"], "not a date"),
    (["extract", str(TTXVN), "--format", "xml"], "invalid choice"),
])
def test_usage_mistakes_are_one_line(args, needle, capsys):
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert needle in err and len(err.strip().splitlines()) == 1


def test_schema_command(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Article"
    for field in ("legal_refs", "provinces", "organizations", "officials", "quantities", "dates", "indicators"):
        assert field in schema["properties"]
