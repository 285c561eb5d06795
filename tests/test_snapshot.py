"""The output snapshot: refactoring must leave ``extract()`` byte for byte as it was.

``tests/snapshots/make.py`` wrote the snapshot from the library's output on every corpus
article, the Vietnamese strings of the tests and README, and 500 articles of the 2017 archive
(every 70th line). A change that means to change output rewrites the snapshot with
``python tests/snapshots/make.py`` in its own commit that says why; ``--diff`` shows what moved.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("snapshot_make", HERE / "snapshots" / "make.py")
make = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make)


@pytest.mark.parametrize("kind", ["corpus", "strings", "archive"])
def test_output_unchanged(kind):
    if kind == "archive" and not make.ARCHIVE.exists():
        pytest.skip(f"the 2017 archive is not at {make.ARCHIVE}")
    stored = make.read(kind)
    now = list(make.lines(kind))
    assert len(now) == len(stored), f"{kind}: {len(stored)} documents in the snapshot, {len(now)} now"
    changed = [(o, n) for o, n in zip(stored, now) if o != n]
    detail = "; ".join(("(test split)" if make.held_out(o) else o.split(chr(9), 1)[0][:60])
                       + f": {make.first_difference(o, n)}" for o, n in changed[:3])
    assert not changed, (f"{kind}: {len(changed)} of {len(now)} documents changed output ({detail}); "
                         "if deliberate, run python tests/snapshots/make.py and commit it on its own")


def test_archive_sample_is_fixed():
    if not make.ARCHIVE.exists():
        pytest.skip(f"the 2017 archive is not at {make.ARCHIVE}")
    ids = [key for key, _text, _pub in make.archive_docs()]
    assert len(set(ids)) == 500
    assert ids == make.IDS.read_text(encoding="utf-8").split()
