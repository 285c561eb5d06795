"""Every code block of README.md runs.

- ``pycon`` blocks run as one doctest session, from the repository root;
- ``sh`` blocks run with bash from the repository root, with this interpreter's ``bin`` first on
  PATH; the two install commands are special: the second is what ``.ci/run`` runs (checked
  verbatim), the first is run verbatim when the tests run in the repository's own ``.venv``
  (as in CI), where it reinstalls in place and prints the bundled article's records;
- ``text`` blocks are synopses and are not run.
"""

from __future__ import annotations

import doctest
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"^```(\w*)\n(.*?)^```", README, flags=re.S | re.M)
SH = [code.strip() for lang, code in BLOCKS if lang == "sh"]
INSTALL_RUN, INSTALL_TEST = SH[0], SH[1]


def test_every_block_has_a_known_language():
    assert BLOCKS
    assert {lang for lang, _ in BLOCKS} <= {"sh", "pycon", "text"}


def test_ci_runs_the_second_command_verbatim():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert INSTALL_TEST in ci.splitlines()


def test_pycon_blocks(monkeypatch):
    monkeypatch.chdir(ROOT)
    source = "\n".join(code for lang, code in BLOCKS if lang == "pycon")
    parser = doctest.DocTestParser()
    test = parser.get_doctest(source, {}, "README.md", str(ROOT / "README.md"), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted > 0
    assert result.failed == 0, f"{result.failed} README example(s) failed; see the output above"


def _env():
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return env


@pytest.mark.parametrize("code", SH[2:], ids=lambda c: c.splitlines()[0][:60])
def test_sh_blocks(code):
    proc = subprocess.run(["bash", "-euo", "pipefail", "-c", code], cwd=ROOT, env=_env(), capture_output=True,
                          text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]


def test_first_command_installs_and_prints_records():
    if Path(sys.prefix).resolve() != (ROOT / ".venv").resolve():
        pytest.skip("runs the install command only inside the repository's own .venv (as .ci/run does)")
    proc = subprocess.run(["bash", "-c", INSTALL_RUN], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    art = json.loads(proc.stdout)
    assert art["source"] == "TTXVN"
    assert art["legal_refs"][0]["number"] == "111/2015/NĐ-CP"


# The score tables of README's Evaluation section are what ``vnextract eval`` prints, not pasted
# numbers: the first is vnextract's on both splits, the second underthesea's on the test split (its
# NER runs about a minute).
SCORE_TABLES = [code for lang, code in BLOCKS if lang == "text" and re.search(r"^field +P +R +F1", code, re.M)]


def _eval_output(capsys, monkeypatch, *args: str) -> str:
    from vnextract.cli import main

    monkeypatch.chdir(ROOT)
    capsys.readouterr()
    assert main(["eval", "corpora", *args]) in (0, None)
    return "".join(line.rstrip() + "\n" for line in capsys.readouterr().out.splitlines())


def test_readme_scores_are_what_eval_prints(capsys, monkeypatch):
    assert len(SCORE_TABLES) == 2
    assert _eval_output(capsys, monkeypatch) == SCORE_TABLES[0]


def test_readme_underthesea_scores_are_what_eval_prints(capsys, monkeypatch):
    pytest.importorskip("underthesea")
    assert _eval_output(capsys, monkeypatch, "--against", "underthesea", "--split", "test") == SCORE_TABLES[1]

