"""A spaCy tokenizer whose tokens are Vietnamese words, registered as ``vnextract.Tokenizer.v1``.

Vietnamese writes one syllable per space-separated unit, so a whitespace tokenizer gives
syllables ("Bộ", "Công", "Thương"), not words ("Bộ Công Thương"). spaCy's own ``vi`` tokenizer
segments words with pyvi; this one uses what vnextract already ships, ``vnextract.tokenize()``
(underthesea's segmenter, with legal identifiers and Vietnamese numbers kept whole), so no pyvi
is needed and "111/2015/NĐ-CP" or "843,5" stay one token.

The one rule that matters: ``doc.text == text`` for every input. Segmenter words are laid on
the text by their offsets; everything they do not cover becomes tokens of its own:
- one U+0020 space after a word is the word's trailing space (``token.whitespace_``), as spaCy
  does for every language: "Hạ Long (tỉnh" -> "Hạ Long", "(", "tỉnh" with spaces after
  "Hạ Long" only;
- any other whitespace (a second space, "\\n\\n" between paragraphs, NBSP, tab) is a whitespace
  token: "năm 2023.\\n\\nChú thích" keeps "\\n\\n" as one token;
- characters the segmenter dropped (zero-width spaces, control characters) become tokens, split
  at whitespace, so nothing is ever lost.

A token can contain a space: it is one word of several syllables ("Hợp tác", "Quảng Ninh"), as
in spaCy's pyvi-based tokenizer.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from spacy.tokens import Doc
from spacy.util import DummyTokenizer, registry
from spacy.vocab import Vocab

__all__ = ["Tokenizer", "create_tokenizer", "words_and_spaces"]


def _word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the segmenter's words in ``text``: in order, non-empty, non-overlapping."""
    from ..pipeline import tokenize

    out: list[tuple[int, int]] = []
    last = 0
    for tok in tokenize(text):
        s, e = tok.start, tok.end
        # Defensive: keep only spans that move forward and are not pure whitespace.
        if s < last or e <= s or not text[s:e].strip():
            continue
        out.append((s, e))
        last = e
    return out


def words_and_spaces(text: str, spans: Iterable[tuple[int, int]]) -> tuple[list[str], list[bool]]:
    """spaCy ``words``/``spaces`` covering all of ``text``, built from word spans in order.

    ``"".join(w + (" " if sp else "") for w, sp in zip(words, spaces)) == text`` always holds.
    """
    words: list[str] = []
    spaces: list[bool] = []

    def gap(a: int, b: int) -> None:
        # Text between two words: a single space belongs to the previous word; other whitespace
        # runs and stray non-space characters become tokens of their own.
        i = a
        while i < b:
            if text[i] == " " and words and not spaces[-1] and not words[-1].isspace():
                spaces[-1] = True
                i += 1
                continue
            j = i
            is_ws = text[i].isspace()
            while j < b and text[j].isspace() == is_ws:
                j += 1
            words.append(text[i:j])
            spaces.append(False)
            i = j

    pos = 0
    for s, e in spans:
        gap(pos, s)
        words.append(text[s:e])
        spaces.append(False)
        pos = e
    gap(pos, len(text))
    return words, spaces


class Tokenizer(DummyTokenizer):
    """``nlp.tokenizer`` that gives Vietnamese words (see the module docstring)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces = words_and_spaces(text, _word_spans(text))
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __reduce__(self):
        # Pickled by vocab only (nlp.pipe(n_process=...) with the spawn start method).
        return Tokenizer, (self.vocab,)


@registry.tokenizers("vnextract.Tokenizer.v1")
def create_tokenizer():
    """Registered function: ``[nlp.tokenizer] @tokenizers = "vnextract.Tokenizer.v1"``."""

    def make(nlp) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make
