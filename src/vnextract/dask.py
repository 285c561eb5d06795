"""vnextract on Dask: a bag of texts in, a bag of Article dicts out.

``extract_bag(bag)`` is ``bag.map`` over the same function ``vnextract.extract_many`` uses, so a
record computed on a cluster is identical to one computed locally. Items are ``str``/``bytes``
or ``{"id", "text", "url"?, "published"?}`` dicts; results are
``Article.model_dump(mode="json")`` dicts (plain JSON, cheap to move between workers and to
write with ``bag.to_textfiles`` or ``dask.dataframe``).

>>> import dask.bag as db                                                     # doctest: +SKIP
>>> from distributed import Client                                            # doctest: +SKIP
>>> client = Client("tcp://scheduler:8786")                                   # doctest: +SKIP
>>> texts = db.read_text("s3://archive/*.jsonl").map(json.loads)              # doctest: +SKIP
>>> from vnextract.dask import extract_bag                                    # doctest: +SKIP
>>> extract_bag(texts).map(json.dumps).to_textfiles("out/*.jsonl")            # doctest: +SKIP

With ``errors="record"`` a document that cannot be extracted gives a failure dict
``{"id", "source", "reason", "error", ...}`` (the rows ``vnextract batch`` writes to ``failures``)
instead of failing the whole computation, and a document that runs longer than ``timeout``
seconds (120 by default) is such a failure too ("Timeout"; Dask runs tasks on worker threads,
where the limit is enforced by raising an exception in the thread, see
:mod:`vnextract.batch.work`). Text, ids and urls follow the batch's storable rule
(:func:`vnextract.batch.inputs.storable`). The command line uses the cluster the same way:
``vnextract batch archive/ --out postgresql://... --dask tcp://scheduler:8786`` reads the
archive here, runs the extraction on the cluster's workers and writes from here; ``--timeout``
holds there as it does locally.
"""

from __future__ import annotations

from functools import partial
from typing import Any, Literal

from .batch.work import DEFAULT_TIMEOUT  # seconds for one document, as in ``vnextract batch``


def _extract_dict(item: Any) -> dict:
    from .pipeline import extract_item

    return extract_item(item).model_dump(mode="json")


def _extract_or_failure(item: Any, timeout: float | None = DEFAULT_TIMEOUT) -> dict:
    from .batch.work import process_chunk
    from .batch.inputs import storable, text_id

    if isinstance(item, dict):
        doc = dict(item)
        doc["data"] = doc.pop("text", None)
        if "id" not in doc and isinstance(doc["data"], str):
            doc["id"] = text_id(doc["data"])
    else:
        doc = {"id": text_id(item) if isinstance(item, str) else None, "data": item}
    if isinstance(doc.get("id"), str):
        doc["id"] = storable(doc["id"], key=True)
    doc.setdefault("kind", "text")
    doc.setdefault("source", doc.get("id"))
    result = process_chunk([doc], timeout)[0]
    return result[1]


def extract_bag(bag: Any, errors: Literal["raise", "record"] = "raise",
                timeout: float | None = DEFAULT_TIMEOUT) -> Any:
    """Map a ``dask.bag.Bag`` of texts or document dicts to a bag of Article dicts.

    ``timeout`` (seconds per document, None for none) applies with ``errors="record"``.
    """
    if errors not in ("raise", "record"):
        raise ValueError("errors must be 'raise' or 'record'")
    if errors == "raise":
        return bag.map(_extract_dict)
    return bag.map(partial(_extract_or_failure, timeout=timeout))
