"""The Vietnamese alphabet, written once.

The 26 ASCII letters and the Vietnamese letters with their marks (ă â đ ê ô ơ ư, each vowel with
its five tones), lower and upper case. On these characters ``str.lower()``/``str.upper()`` agree
with the regex engine's IGNORECASE, and ``\\p{L}``/``\\p{Lu}`` are what the case says, so the fast
paths (scan.py, sentences.py, organisations' trigger scan) read them in Python and leave every
other character to the regex engine.
"""

from __future__ import annotations

import unicodedata

LOWER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz"
UPPER = LOWER.upper()
LETTERS = frozenset(LOWER + UPPER)
# The vowels (a, ă, â, e, ê, i, o, ô, ơ, u, ư, y with their tones): "hoà" has the nucleus "oà".
VOWELS = "".join(c for c in LOWER if unicodedata.normalize("NFD", c)[0] in "aeiouy")
# Printable ASCII and the Vietnamese letters: the characters whose case the fast paths compare
# with str.lower() (Turkish dotted/dotless i and long s are not among them).
PLAIN = frozenset(map(chr, range(0x20, 0x7F))) | LETTERS

# The five tone marks, as combining characters: huyền, sắc, hỏi, ngã, nặng ("à á ả ã ạ").
TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"
# The onsets and codas of a Vietnamese syllable, written without tone marks: what the syllable
# checks read (decode: is a decoding Vietnamese; names: can a Latin word be a Vietnamese syllable).
ONSETS = tuple("ngh ng gh gi kh nh ph th tr ch qu b c d đ g h k l m n p r s t v x".split())
CODAS = tuple("ch ng nh c m n p t".split())
