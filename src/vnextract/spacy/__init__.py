"""vnextract in spaCy: a Vietnamese word tokenizer and a pipeline component, found by entry points.

With vnextract installed (no import needed, spaCy finds both through entry points)::

    import spacy
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vnextract.Tokenizer.v1"}}})
    nlp.add_pipe("vnextract")
    doc = nlp(text)
    doc.ents          # LEGAL_REF, PROVINCE, ORG, PER, QUANTITY, DATE
    doc._.article     # the vnextract.Article with every record

- :mod:`vnextract.spacy.tokenizer`: ``vnextract.Tokenizer.v1``, tokens are Vietnamese words
  ("Bộ Công Thương", "111/2015/NĐ-CP") and ``doc.text == text`` always. It needs no pyvi.
- :mod:`vnextract.spacy.component`: the ``vnextract`` factory, its overlap rule (longest, then
  earliest) and its alignment of records to tokens (``alignment_mode="expand"``).
- :func:`displacy_options`: labels and one colour per label for ``displacy.render``. The colours
  of LEGAL_REF, PROVINCE and PER are also registered with displaCy (entry point
  ``spacy_displacy_colors``), so ``displacy.render(doc, style="ent")`` shows them without options.

This is hand-written because no spaCy package covers Vietnamese news records: spaCy ships no
Vietnamese NER, and its ``vi`` tokenizer needs pyvi.
"""

from __future__ import annotations

from .component import (
    ARTICLE_KEY, COLORS, LABELS, VnextractComponent, displacy_colors, displacy_options,
    make_component,
)
from .tokenizer import Tokenizer, create_tokenizer, words_and_spaces

__all__ = [
    "Tokenizer", "create_tokenizer", "words_and_spaces", "VnextractComponent", "make_component",
    "LABELS", "COLORS", "ARTICLE_KEY", "displacy_options", "displacy_colors", "blank",
]


def blank(**component_config):
    """``spacy.blank("vi")`` with the vnextract tokenizer and the ``vnextract`` pipe added.

    >>> nlp = blank()
    >>> nlp.pipe_names
    ['vnextract']
    """
    import spacy

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vnextract.Tokenizer.v1"}}})
    nlp.add_pipe("vnextract", config=component_config)
    return nlp
