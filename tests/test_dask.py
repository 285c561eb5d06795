"""Dask: a real ``distributed.LocalCluster`` with 2 worker processes gives the local records.

Texts are the corpus articles of corpora/dev (real Vietnamese press, see sources.tsv).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import vnextract
from vnextract.batch import read_articles, read_failures

from conftest import corpus_texts

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture(scope="module")
def cluster():
    saved = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = str(SRC) + os.pathsep + (saved or "")  # workers import this tree
    try:
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                      dashboard_address=None, silence_logs=40) as c:
            with distributed.Client(c) as client:
                yield c, client
    finally:
        if saved is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = saved


def test_extract_bag_equals_local_extract(cluster):
    from vnextract.dask import extract_bag

    _, client = cluster
    texts = [t for _, t in corpus_texts()]
    items = [{"id": f"n{k}", "text": t, "url": f"https://example.vn/{k}"} for k, t in enumerate(texts)]
    got = extract_bag(dask_bag.from_sequence(items + texts, npartitions=4)).compute()
    local = [a.model_dump(mode="json") for a in vnextract.extract_many(items + texts)]
    assert got == local
    assert len({w for w in client.run(os.getpid).values()}) == 2  # two worker processes did it


def test_extract_bag_records_failures_when_asked(cluster):
    from vnextract.dask import extract_bag

    items = [{"id": "good", "text": "Tỉnh Quảng Ninh."}, {"id": "junk", "text": b"\x00\x01\x02binary"}]
    got = extract_bag(dask_bag.from_sequence(items, npartitions=2), errors="record").compute()
    assert got[0]["id"] == "good" and got[0]["text"] == "Tỉnh Quảng Ninh."
    assert got[1]["id"] == "junk" and got[1]["error"] == "DecodeError"
    with pytest.raises(ValueError):
        extract_bag(dask_bag.from_sequence(items), errors="ignore")


def test_cli_on_the_cluster_writes_what_a_local_run_writes(cluster, tmp_path):
    c, _ = cluster
    texts = corpus_texts()
    (tmp_path / "in").mkdir()
    for name, text in texts:
        (tmp_path / "in" / f"{name}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    env = dict(os.environ)
    outs = {}
    for how, extra in (("local", ["--workers", "1"]), ("dask", ["--dask", c.scheduler_address])):
        db = tmp_path / f"{how}.db"
        r = subprocess.run([sys.executable, "-m", "vnextract.cli", "batch", "in", "--out", f"sqlite:///{db}",
                            "--chunk-size", "3", *extra], cwd=tmp_path, env=env, capture_output=True,
                           text=True, timeout=300)
        assert r.returncode == 0, r.stderr
        n = len(texts) + 1
        assert re.match(rf"{n} documents: {n - 1} articles, 1 failure in ", r.stdout)
        outs[how] = f"sqlite:///{db}"
    assert read_articles(outs["dask"]) == read_articles(outs["local"])
    strip = [{k: v for k, v in f.items() if k != "failed_at"} for f in read_failures(outs["dask"])]
    assert strip == [{k: v for k, v in f.items() if k != "failed_at"} for f in read_failures(outs["local"])]
