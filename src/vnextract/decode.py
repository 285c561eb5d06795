"""Turn the bytes of a Vietnamese news text into ``str``, or refuse with a reason.

``decode_bytes(data) -> (text, encoding_name)`` is the only public call. What it does, in order:

1. Byte order marks: UTF-32 LE/BE, UTF-8 (the BOM is dropped), UTF-16 LE/BE. Bytes that carry a
   BOM but do not decode under it are refused (E104), never re-guessed.
2. Binary data is refused (E101): file signatures (PDF, ZIP/DOCX, PNG, GZIP, JPEG, GIF, MS Office
   OLE2 .doc, 7z, RAR, xz, bzip2, zstd, ELF), NUL bytes that do not form a UTF-16 pattern, or more
   than 2% control bytes in the first 64 KB.
3. UTF-16 without a BOM is *decoded* when its NUL pattern is unambiguous (at least 16 bytes; at
   least half of the bytes at one parity are NUL and at most 2% at the other), and the result is
   clean text (no more than 1% control, unassigned, private-use or surrogate characters);
   otherwise it is refused (E105). UTF-32 without a BOM is treated as binary.
4. Strict UTF-8 (the fast path: one C-level decode, so 20 MB take a few tens of milliseconds).
   The result is returned as is, not normalised: offsets downstream index exactly this string.
5. Otherwise the Vietnamese legacy encodings are tried on a sample (the first 64 KB, cut at a
   space): Windows-1258 ("cp1258", decoded with Python's codec and NFC-composed, since cp1258
   writes tones as combining marks), TCVN3 ("tcvn3", the ABC/.VnTime font encoding) and VNI
   ("vni", VNI-Windows fonts: base letter followed by a diacritic byte). Each candidate is scored
   by the share of its words containing non-ASCII letters that are well-formed Vietnamese
   syllables (onset, vowel nucleus, coda, at most one tone, and the stop-coda tone rule). A
   candidate is chosen only with clear evidence: at least 5 such words, a score of at least 0.75
   and a lead of at least 0.25 over the next candidate; the whole input is then converted and
   NFC-composed. Anything else is refused (E102) with every candidate's score in the message.

A latin-1 (or cp1252) reading of UTF-8 or of cp1258 is never returned: those are not candidates.

6. Double-encoded UTF-8 (step 4 succeeded, but the text is UTF-8 that someone read as cp1252 or
   latin-1 and saved as UTF-8 again: "Há»£p tÃ¡c" for "Hợp tác", "Ä‘" for "đ", "Æ°" for "ư").
   The first 64 KB of text are searched for the pairs such a reading leaves (a UTF-8 lead byte
   0xC3/0xC4/0xC6 read as "Ã"/"Ä"/"Æ" followed by a continuation byte 0x80-0xBF read as cp1252,
   or as the C1 control latin-1 gives for the five bytes cp1252 leaves undefined: 0x81 0x8D 0x8F
   0x90 0x9D; or "áº"/"á»", the start of ạ..ỹ; or "â€", the start of curly quotes and dashes).
   Vietnamese letters followed by punctuation ("Hà”", "Hòa…") are not such pairs. With fewer than 5 such pairs the text is returned untouched: ordinary Vietnamese never
   has them and a Portuguese "João" or "SÃO PAULO" has none. Otherwise the sample is encoded back
   through cp1252 (latin-1 for the five undefined bytes) and decoded as strict UTF-8; when that is
   clean and the result scores as Vietnamese with the syllable check (>= 5 words, >= 0.75, a lead
   >= 0.25 over the text as read), the whole text is repaired the same way and returned as
   "utf-8 (double-encoded via cp1252)" ("via latin-1" when C1 controls other than those five
   occur). When the pairs are clear evidence (at least 5, in at least 20% of the words with
   non-ASCII letters) but the repair is not clean (U+FFFD left by errors="replace", a mix of
   repaired and mojibake text, a byte lost by errors="ignore") the bytes are refused (E106) with
   what was found. A text that quotes one or two mojibake words is left alone.

Why hand-written: no maintained Python library converts TCVN3 or VNI (Python ships no codec for
either, and VNI is not even a one-byte-per-character encoding), and general charset detectors
(chardet, charset-normalizer) do not know these font encodings, so they report them as
Windows-1252 or similar and hand back exactly the mojibake this module exists to prevent. The
TCVN3 and VNI tables are data files (``data/tcvn3.tsv``, ``data/vni.tsv``) whose headers cite the
public sources they were cross-checked against; they are loaded once, lazily.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Callable

from vnextract import alphabet
from vnextract.errors import E101, E102, E103, E104, E105, E106, DecodeError

__all__ = ["decode_bytes", "ENCODINGS"]

#: Every encoding name ``decode_bytes`` can return.
ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "utf-16-le",
    "utf-16-be",
    "utf-32-le",
    "utf-32-be",
    "cp1258",
    "tcvn3",
    "vni",
    "utf-8 (double-encoded via cp1252)",
    "utf-8 (double-encoded via latin-1)",
    "utf-8-sig (double-encoded via cp1252)",
    "utf-8-sig (double-encoded via latin-1)",
)

SAMPLE_SIZE = 64 * 1024
MIN_EVIDENCE = 5  # words with non-ASCII letters needed before any legacy guess
MIN_SCORE = 0.75
MIN_LEAD = 0.25
MAX_CONTROL_SHARE = 0.02

# --------------------------------------------------------------------------------------------
# Binary signatures

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file signature (%PDF-)"),
    (b"PK\x03\x04", "a ZIP archive signature (PK\\x03\\x04; also .docx/.xlsx/.odt)"),
    (b"PK\x05\x06", "an empty ZIP archive signature"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image signature"),
    (b"\x1f\x8b", "a gzip signature (\\x1f\\x8b)"),
    (b"\xff\xd8\xff", "a JPEG image signature"),
    (b"GIF87a", "a GIF image signature"),
    (b"GIF89a", "a GIF image signature"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an MS Office OLE2 signature (.doc/.xls); save it as text first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive signature"),
    (b"Rar!\x1a\x07", "a RAR archive signature"),
    (b"\xfd7zXZ\x00", "an xz signature"),
    (b"\x28\xb5\x2f\xfd", "a zstd signature"),
    (b"\x7fELF", "an ELF executable signature"),
)
_BZIP2 = re.compile(rb"BZh[1-9]\x31\x41\x59\x26\x53\x59")

# C0 controls other than TAB, LF, VT, FF, CR, and DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_TEXT_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_NOT_CLEAN_CATEGORIES = {"Cc", "Cn", "Co", "Cs"}
_ALLOWED_CC = set("\t\n\x0b\x0c\r\x85")

# --------------------------------------------------------------------------------------------
# Legacy tables (lazy, loaded once per process)


@dataclass(frozen=True)
class _Tables:
    tcvn3: str  # 256-character decoding table for codecs.charmap_decode; "\ufffe" = undefined
    vni: dict[int, str]  # byte -> text (a diacritic byte -> combining marks); missing = undefined


def _read_tsv(name: str) -> list[tuple[bytes, str]]:
    rows = []
    text = resources.files("vnextract").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        raw = bytes.fromhex(fields[0])
        chars = "".join(chr(int(cp, 16)) for cp in fields[1].split())
        rows.append((raw, chars))
    return rows


def _cp1252_char(b: int) -> str | None:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return None


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    # TCVN3: ASCII, Windows-1252 punctuation in 0x80-0x9F, the table for 0xA0-0xFF.
    tcvn = [chr(b) for b in range(0x80)] + [_cp1252_char(b) or "\ufffe" for b in range(0x80, 0x100)]
    for raw, chars in _read_tsv("tcvn3.tsv"):
        if len(raw) != 1 or len(chars) != 1 or raw[0] < 0xA0:
            raise RuntimeError(f"bad tcvn3.tsv row: {raw!r} {chars!r}")
        tcvn[raw[0]] = chars

    # VNI: a diacritic byte draws its marks over the letter before it, so it decodes to the
    # combining marks it stands for (taken from the "a"/"A" + byte rows) and NFC composes them
    # with that letter; this gives every two-byte row of vni.tsv, checked below. Bytes the table
    # does not name are ASCII or Windows-1252, as VNI fonts show them.
    vni: dict[int, str] = {b: chr(b) for b in range(0x80)}
    for b in range(0x80, 0x100):
        if (mapped := _cp1252_char(b)) is not None:
            vni[b] = mapped
    rows = _read_tsv("vni.tsv")
    for raw, chars in rows:
        if len(raw) == 1:
            vni[raw[0]] = chars
        elif len(raw) == 2 and raw[:1] in (b"a", b"A"):
            vni[raw[1]] = unicodedata.normalize("NFD", chars)[1:]
    for raw, chars in rows:
        got = unicodedata.normalize("NFC", "".join(vni[b] for b in raw))
        if got != chars:
            raise RuntimeError(f"vni.tsv row {raw.hex()} -> {chars!r} decodes as {got!r}")
    return _Tables("".join(tcvn), vni)


# --------------------------------------------------------------------------------------------
# Candidate decoders. Each returns (text, offset of first undefined byte or -1); text is NFC.


def _decode_cp1258(data: bytes) -> tuple[str, int]:
    try:
        text = data.decode("cp1258")
        bad = -1
    except UnicodeDecodeError as exc:
        bad = exc.start
        text = data.decode("cp1258", errors="replace")
    return unicodedata.normalize("NFC", text), bad


def _decode_charmap(data: bytes, table: str) -> tuple[str, int]:
    """Decode with a shipped byte table; ``bad`` is the offset of the first undefined byte."""
    try:
        text, _ = codecs.charmap_decode(data, "strict", table)
        bad = -1
    except UnicodeDecodeError as exc:
        bad = exc.start
        text, _ = codecs.charmap_decode(data, "replace", table)
    return unicodedata.normalize("NFC", text), bad


def _decode_tcvn3(data: bytes) -> tuple[str, int]:
    return _decode_charmap(data, _tables().tcvn3)


def _decode_vni(data: bytes) -> tuple[str, int]:
    return _decode_charmap(data, _tables().vni)


_LEGACY: tuple[tuple[str, Callable[[bytes], tuple[str, int]]], ...] = (
    ("cp1258", _decode_cp1258),
    ("tcvn3", _decode_tcvn3),
    ("vni", _decode_vni),
)

# --------------------------------------------------------------------------------------------
# Vietnamese syllable check

_TONES = frozenset(alphabet.TONE_MARKS)  # grave acute hook tilde dot
_STOP_TONES = {"\u0301", "\u0323"}  # the only tones a syllable ending in c/ch/p/t can carry
_QUALITY = {"\u0302", "\u0306", "\u031b"}  # circumflex, breve, horn
_ONSETS = list(alphabet.ONSETS)
# Nuclei (with glides) that may be followed by a coda, and those that end the syllable.
_NUCLEI_CLOSABLE = "uyê iê yê oa oă oe oo uâ uê uô ươ uy a ă â e ê i y o ô ơ u ư".split()
_NUCLEI_OPEN = (
    "iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyu "
    "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui uơ ưa ưi ưu"
).split()
_CODAS = list(alphabet.CODAS)


def _alt(items: list[str]) -> str:
    return "|".join(sorted(items, key=len, reverse=True))


_SYLLABLE = re.compile(
    rf"(?:{_alt(_ONSETS)})?"
    rf"(?:(?:{_alt(_NUCLEI_CLOSABLE)})(?P<coda>{_alt(_CODAS)})?|(?:{_alt(_NUCLEI_OPEN)}))"
)
_EDGE_PUNCT = "\"'()[]{}<>.,;:!?…“”‘’–—-/\\*&%#@^_=+|~`$•"


@lru_cache(maxsize=65536)
def _is_syllable(word: str) -> bool:
    """True when ``word`` (one word, any case, NFC or NFD) is a well-formed Vietnamese syllable."""
    nfd = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in nfd if c in _TONES]
    if len(tones) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES))
    if not base or any(unicodedata.combining(c) for c in base):
        return False
    m = _SYLLABLE.fullmatch(base)
    if m is None:
        return False
    if m.group("coda") in ("c", "ch", "p", "t") and tones and tones[0] not in _STOP_TONES:
        return False
    return True


_ASCII_SPACE = re.compile(r"[ \t\r\n\f\v]+")


def _syllable_score(text: str) -> tuple[float, int]:
    """Share of the words with non-ASCII characters that are Vietnamese syllables, and their count.

    Words are split on ASCII whitespace and hyphens only, so every candidate decoding of the same
    bytes yields the same words (all candidates read ASCII as ASCII).
    """
    total = valid = 0
    for token in _ASCII_SPACE.split(text):
        if token.isascii():
            continue
        for word in token.split("-"):
            if word.isascii():
                continue
            word = word.strip(_EDGE_PUNCT)
            if not word:
                continue
            total += 1
            if _is_syllable(word):
                valid += 1
    return (valid / total if total else 0.0), total


# --------------------------------------------------------------------------------------------
# Helpers


def _fail(template: str, *, encoding: str, evidence: str, **fields: object) -> DecodeError:
    return DecodeError(
        template.format(evidence=evidence, encoding=encoding, **fields),
        encoding=encoding,
        evidence=evidence,
    )


def _control_share(sample: bytes) -> tuple[float, int]:
    n = len(sample.translate(None, _TEXT_BYTES))  # what is left are the control bytes
    return (n / len(sample) if sample else 0.0), n


def _unclean_chars(text: str) -> int:
    return sum(
        1
        for c in text
        if c not in _ALLOWED_CC and unicodedata.category(c) in _NOT_CLEAN_CATEGORIES
    )


def _check_clean(text: str, encoding: str, template: str) -> None:
    sample = text[: SAMPLE_SIZE // 2]
    bad = _unclean_chars(sample)
    if sample and bad / len(sample) > 0.01:
        raise _fail(
            template,
            encoding=encoding,
            evidence=f"{bad} of the first {len(sample)} characters are control, unassigned, "
            "private-use or surrogate code points",
        )


def _decode_bom(data: bytes) -> tuple[str, str] | None:
    for bom, codec, name in (
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
    ):
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise _fail(
                    E104,
                    encoding=name,
                    evidence=f"{exc.reason} at byte {exc.start + len(bom)}",
                ) from None
            _check_clean(text, name, E104)
            return text, name
    return None


def binary_evidence(data: bytes, max_control_share: float = 0.02) -> str | None:
    """Why ``data`` is no text file, or None: a binary file signature, or (without a UTF-16/32
    byte order mark) more than ``max_control_share`` control bytes, NULs included, in the first
    64 KB. The test the decoder applies before it guesses an encoding; batch applies it to HTML."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        return None
    what = _magic(data)
    if what:
        return what
    share, n = _control_share(data[:65536])
    if share > max_control_share:
        return f"{n:,} control bytes in the first {min(len(data), 65536):,}"
    return None


def _magic(data: bytes) -> str | None:
    for sig, what in _MAGIC:
        if data.startswith(sig):
            return what
    if _BZIP2.match(data):
        return "a bzip2 signature"
    return None


def _utf16_without_bom(data: bytes) -> tuple[str, str]:
    """Decode NUL-patterned bytes as UTF-16, or raise E101/E105."""
    sample = data[:SAMPLE_SIZE]
    nuls = sample.count(0)
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    n_even, n_odd = len(sample[0::2]), len(sample[1::2])
    seen = f"{nuls} NUL bytes in the first {len(sample)} bytes ({even} at even, {odd} at odd offsets)"
    if len(data) < 16 or len(data) % 2:
        raise _fail(E101, encoding="binary", evidence=f"{seen}; too short or odd-sized for UTF-16")
    share_even, share_odd = even / n_even, odd / n_odd
    if share_odd >= 0.5 and share_even <= 0.02:
        codec = "utf-16-le"
    elif share_even >= 0.5 and share_odd <= 0.02:
        codec = "utf-16-be"
    else:
        raise _fail(E101, encoding="binary", evidence=f"{seen}, not the pattern of UTF-16 text")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise _fail(
            E105, encoding=codec, evidence=f"{seen}; but {exc.reason} at byte {exc.start}"
        ) from None
    _check_clean(text, codec, E105)
    return text, codec


def _legacy_sample(data: bytes) -> bytes:
    if len(data) <= SAMPLE_SIZE:
        return data
    sample = data[:SAMPLE_SIZE]
    cut = max(sample.rfind(b" "), sample.rfind(b"\n"))
    return sample[:cut] if cut > 0 else sample


def _decode_legacy(data: bytes, utf8_error: UnicodeDecodeError) -> tuple[str, str]:
    bad_byte = data[utf8_error.start]
    why_not_utf8 = f"not UTF-8: byte 0x{bad_byte:02X} at offset {utf8_error.start} ({utf8_error.reason})"
    sample = _legacy_sample(data)
    scores = []
    n_words = 0
    for name, decoder in _LEGACY:
        text, _bad = decoder(sample)
        score, n = _syllable_score(text)
        n_words = max(n_words, n)
        scores.append((score, name))
    scores.sort(reverse=True)
    listing = ", ".join(f"{name} {score:.2f}" for score, name in scores)
    rule = f"need >= {MIN_EVIDENCE} words, a score >= {MIN_SCORE} and a lead >= {MIN_LEAD}"
    evidence = (
        f"{why_not_utf8}; share of the {n_words} words with non-ASCII letters in the first "
        f"{len(sample)} bytes that are Vietnamese syllables: {listing}; {rule}"
    )
    (best, name), (second, _) = scores[0], scores[1]
    if n_words < MIN_EVIDENCE or best < MIN_SCORE or best - second < MIN_LEAD:
        raise _fail(E102, encoding="unknown 8-bit", evidence=evidence)
    decoder = dict(_LEGACY)[name]
    text, bad = decoder(data)
    if bad >= 0:
        raise _fail(
            E103,
            encoding=name,
            evidence=f"byte 0x{data[bad]:02X} at offset {bad} is undefined in {name}; {evidence}",
        )
    return text, name


# --------------------------------------------------------------------------------------------
# Double-encoded UTF-8

# The five bytes Windows-1252 leaves undefined; decoders that do not fail (browsers, latin-1) give
# the C1 control with the same number.
_CP1252_UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
# Byte -> character as a cp1252 reader shows it (latin-1 for the undefined five).
_CP1252_READ = "".join(_cp1252_char(b) or chr(b) for b in range(256))
# Character -> byte, for encoding mojibake back (both the cp1252 and the latin-1 readings of
# 0x80-0x9F are accepted: a latin-1 reader gives C1 controls for all of them).
_MOJI_ENCODE = {ord(c): b for b, c in enumerate(_CP1252_READ)}
_MOJI_ENCODE.update({b: b for b in range(0x80, 0xA0)})
_CONT_CHARS = "".join(sorted({_CP1252_READ[b] for b in range(0x80, 0xC0)} | {chr(b) for b in range(0x80, 0xA0)}))
_MOJI_PAIR = re.compile(
    "[\u00c3\u00c4\u00c6]"                # lead bytes 0xC3 0xC4 0xC6 read as cp1252: "Ã" (à á â ã è é ê
                                             # ì í ò ó ô õ ù ú ý), "Ä" (ă đ Đ ĩ), "Æ" (ơ ư ũ)
    f"[{re.escape(_CONT_CHARS)}\ufffd]"     # then a continuation byte read as cp1252 ("¡", "‘", "°"), a
                                             # C1 control (latin-1) or U+FFFD (errors="replace")
    "|\u00e1[\u00ba\u00bb]"               # or "áº", "á»": E1 BA / E1 BB, the start of ạ..ỹ
    "|\u00e2\u20ac"                        # or "â€": E2 80, the start of “ ” – — …
)
_LATIN1_ONLY = re.compile("[\u0080\u0082-\u008c\u008e\u0091-\u009c\u009e\u009f]")


def _undo_double(text: str) -> str:
    """Encode mojibake back to the bytes it was read from and decode them as UTF-8 (strict)."""
    return text.translate(_MOJI_ENCODE_STR).encode("latin-1").decode("utf-8")


# str.translate table: every character a cp1252/latin-1 reader can produce -> the latin-1
# character with the byte's number, so .encode("latin-1") gives the original bytes. Characters
# no such reader produces (a real "ạ") are absent and make the latin-1 encode fail.
_MOJI_ENCODE_STR = {cp: chr(b) for cp, b in _MOJI_ENCODE.items()}


def _words_with_pairs(sample: str) -> tuple[int, int]:
    """(words with non-ASCII letters, those that contain a mojibake pair)."""
    total = hit = 0
    for token in _ASCII_SPACE.split(sample):
        if token.isascii():
            continue
        total += 1
        if _MOJI_PAIR.search(token):
            hit += 1
    return total, hit


def _check_double_encoded(text: str, name: str) -> tuple[str, str]:
    """Return (text, name) untouched, or repaired double-encoded UTF-8, or raise E106."""
    sample = text[:SAMPLE_SIZE]
    pairs = len(_MOJI_PAIR.findall(sample))
    if pairs < MIN_EVIDENCE:
        return text, name
    if len(text) > SAMPLE_SIZE:
        cut = max(sample.rfind(" "), sample.rfind("\n"))
        sample = sample[:cut] if cut > 0 else sample
    via = "latin-1" if _LATIN1_ONLY.search(sample) else "cp1252"
    fixed_name = f"{name} (double-encoded via {via})"
    n_words, n_hit = _words_with_pairs(sample)
    seen = (
        f"{pairs} cp1252-read UTF-8 sequences such as {_MOJI_PAIR.search(sample).group()!r} in "
        f"the first {len(sample)} characters; {n_hit} of {n_words} words with non-ASCII "
        "letters contain one"
    )
    clear = n_hit >= MIN_EVIDENCE and n_hit >= 0.2 * n_words
    try:
        repaired = _undo_double(sample)
    except UnicodeError as exc:
        if not clear:
            return text, name
        if isinstance(exc, UnicodeDecodeError):
            where = f"{exc.reason} at byte {exc.start} of the bytes encoded back"
        elif exc.object[exc.start] == "\ufffd":
            where = "U+FFFD (bytes were lost when the text was read as cp1252)"
        else:
            where = f"{exc.object[exc.start]!r}, which no cp1252 reader produces"
        if not isinstance(exc, UnicodeDecodeError):
            where += f" at character {exc.start} ({sample[max(0, exc.start - 10):exc.start + 10]!r})"
        raise _fail(
            E106, encoding=via, evidence=f"{seen}; encoding back fails: {where}",
        ) from None
    before, _ = _syllable_score(sample)
    score, n = _syllable_score(repaired)
    if n < MIN_EVIDENCE or score < MIN_SCORE or score - before < MIN_LEAD:
        if not clear:
            return text, name
        raise _fail(
            E106, encoding=via, evidence=f"{seen}; repaired text is not Vietnamese: {n} words, "
            f"syllable score {score:.2f} against {before:.2f} as read",
        )
    try:
        whole = repaired if len(sample) == len(text) else _undo_double(text)
    except UnicodeError as exc:
        raise _fail(
            E106, encoding=via, evidence=f"{seen}; the sample repairs to Vietnamese (syllable "
            f"score {score:.2f}) but the whole text does not: {exc.reason} at {exc.start}",
        ) from None
    if whole.startswith("\ufeff"):  # a BOM that was double-encoded too ("ï»¿")
        whole = whole[1:]
    return whole, fixed_name


# --------------------------------------------------------------------------------------------
# Public API


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding_name). Raise vnextract.errors.DecodeError (a ValueError) with a message that says what was found.

    ``encoding_name`` is one of :data:`ENCODINGS`. UTF-8/16/32 text is returned exactly as
    decoded; legacy encodings (cp1258, tcvn3, vni) are converted to NFC. See the module docstring
    for the detection rules.
    """
    if not isinstance(data, bytes):
        data = bytes(memoryview(data))
    if not data:
        return "", "utf-8"

    found = _decode_bom(data)
    if found is not None:
        return found
    name = "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        data, name = data[len(codecs.BOM_UTF8) :], "utf-8-sig"

    what = _magic(data)
    if what is not None:
        raise _fail(E101, encoding="binary", evidence=f"starts with {what}")

    if b"\x00" in data:
        if name == "utf-8-sig":
            raise _fail(
                E104, encoding=name, evidence=f"NUL byte at offset {data.index(0) + 3}"
            )
        return _utf16_without_bom(data)

    share, n = _control_share(data[:SAMPLE_SIZE])
    if share > MAX_CONTROL_SHARE:
        raise _fail(
            E101,
            encoding="binary",
            evidence=f"{n} control bytes in the first {min(len(data), SAMPLE_SIZE)} bytes "
            f"({share:.0%})",
        )

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if name == "utf-8-sig":
            raise _fail(
                E104,
                encoding=name,
                evidence=f"byte 0x{data[exc.start]:02X} at offset {exc.start + 3} ({exc.reason})",
            ) from None
        return _decode_legacy(data, exc)
    return _check_double_encoded(text, name)
