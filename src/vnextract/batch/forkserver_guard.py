"""Imported once, by the multiprocessing forkserver of ``vnextract batch`` (it is the first
module of the forkserver's preload list in :mod:`vnextract.batch.runner`), and nowhere else.

Importing it makes the importing process die with its parent (Linux PR_SET_PDEATHSIG): the
forkserver then ends the moment the batch does, even after SIGKILL, and its children, the
worker processes, which set the same on themselves (:func:`vnextract.batch.work.worker_init`),
end with it. Without this the forkserver waits for its workers and the workers for work: both
stay forever. Do not import this module in a process that should outlive its parent.
"""

from __future__ import annotations

import os

from .work import die_with_parent

_PARENT = os.getppid()
die_with_parent()
if os.getppid() != _PARENT:  # pragma: no cover - the batch died while the forkserver started
    os._exit(1)
