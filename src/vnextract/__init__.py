"""vnextract: structured records from Vietnamese news articles.

>>> import vnextract
>>> art = vnextract.extract("Bộ Công Thương ban hành Thông tư số 01/2021/TT-BCT.")
>>> art.text[art.sentences[0].start:art.sentences[0].end] == art.sentences[0].text
True

The public entry points are :func:`extract`, :func:`extract_many`, :func:`tokenize` and
:class:`Article`; the record types live in :mod:`vnextract.models`. Importing this package loads
no model and reads no data file: everything is loaded on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import DecodeError, InputError, VnextractError

__version__ = "0.1.0"

__all__ = [
    "extract", "extract_many", "tokenize", "Article", "DecodeError", "InputError", "VnextractError",
    "__version__",
]

if TYPE_CHECKING:  # pragma: no cover
    from .models import Article
    from .pipeline import extract, extract_many, tokenize


def __getattr__(name: str) -> Any:
    # Lazy imports keep `import vnextract` cheap (no regex compilation, no data files).
    if name in ("extract", "extract_many", "tokenize"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "Article":
        from .models import Article

        return Article
    if name in ("models", "errors", "normalize", "evaluate", "pipeline"):
        import importlib

        return importlib.import_module(f"vnextract.{name}")
    raise AttributeError(f"module 'vnextract' has no attribute {name!r}")
