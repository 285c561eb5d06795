"""The notebooks in notebooks/ run from top to bottom: every cell is executed with nbclient in a
kernel of the interpreter running the tests, and a failing cell fails the test.

Notebooks are committed without outputs (checked here too), so the diff of a notebook is its
code. ``archive.ipynb`` drives ``vnextract batch``; it is skipped only while ``vnextract.batch``
is not importable.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("pandas")
pytest.importorskip("matplotlib")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
KERNEL = "vnextract-tests"

HAS_BATCH = importlib.util.find_spec("vnextract.batch") is not None


@pytest.fixture(scope="module")
def kernel_env(tmp_path_factory):
    """A kernelspec that runs this interpreter, found through JUPYTER_PATH."""
    root = tmp_path_factory.mktemp("jupyter")
    spec = root / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "vnextract tests", "language": "python",
    }))
    old = {k: os.environ.get(k) for k in ("JUPYTER_PATH", "PATH")}
    os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [str(root), old["JUPYTER_PATH"]]))
    # The `vnextract` command of this environment first on PATH, as in an activated venv.
    os.environ["PATH"] = os.pathsep.join(filter(None, [str(Path(sys.executable).parent), old["PATH"]]))
    yield
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


def _run(name: str):
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = nbclient.NotebookClient(
        nb, kernel_name=KERNEL, timeout=300, resources={"metadata": {"path": str(NOTEBOOKS)}}
    )
    client.execute()  # raises CellExecutionError naming the cell that failed
    return nb


def _outputs(nb) -> str:
    """All text and HTML the notebook displayed, as one string."""
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            parts.append(out.get("text", ""))
            for mime in ("text/plain", "text/html"):
                parts.append(str(out.get("data", {}).get(mime, "")))
    return "\n".join(parts)


@pytest.mark.parametrize("name", ["quickstart.ipynb", "archive.ipynb", "archive_insights.ipynb"])
def test_committed_without_outputs(name):
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


def test_quickstart(kernel_env):
    nb = _run("quickstart.ipynb")
    shown = _outputs(nb)
    # The displaCy rendering of the TTXVN article, with vnextract's labels.
    assert "111/2015/NĐ-CP" in shown and "LEGAL_REF" in shown and "PROVINCE" in shown
    # The indicator table and the chart.
    assert "tổng kim ngạch xuất khẩu" in shown
    assert any("image/png" in out.get("data", {}) for c in nb.cells for out in c.get("outputs", []))


@pytest.mark.skipif(not HAS_BATCH, reason="vnextract.batch is not importable yet (batch branch not merged)")
def test_archive(kernel_env):
    db = NOTEBOOKS / "archive.db"
    db.unlink(missing_ok=True)
    try:
        nb = _run("archive.ipynb")
    finally:
        db.unlink(missing_ok=True)
    shown = _outputs(nb)
    assert "NĐ-CP" in shown  # a decree in the "cited most often" table
    assert "Quảng Ninh" in shown  # a province in the "by mention" table


@pytest.mark.skipif(not HAS_BATCH, reason="vnextract.batch is not importable yet (batch branch not merged)")
def test_archive_insights(kernel_env):
    """On the archive slice of tests/data: careers, the cited documents, the series tables."""
    db = NOTEBOOKS / "archive_insights.db"
    db.unlink(missing_ok=True)
    try:
        nb = _run("archive_insights.ipynb")
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
    shown = _outputs(nb)
    assert "216 documents: 216 articles, 0 failures" in shown
    assert "Thành ủy TP Hồ Chí Minh" in shown and "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" in shown
    assert "UBND TP Hà Nội" in shown
    assert "67/2014/NĐ-CP" in shown and "Chính phủ" in shown
