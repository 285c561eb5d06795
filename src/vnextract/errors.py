"""Errors raised by vnextract.

Every error message vnextract shows a user is built here, so messages stay consistent and
searchable (the spaCy convention of numbered message constants).
"""

from __future__ import annotations


class VnextractError(Exception):
    """Base class of every error vnextract raises on purpose."""


class DecodeError(VnextractError, ValueError):
    """Bytes that cannot be decoded to Vietnamese text without guessing.

    ``encoding`` names what was found ("binary", "utf-16 without BOM", "unknown 8-bit", ...) and
    ``evidence`` says why, so a batch job can log the reason next to the document.
    """

    def __init__(self, message: str, *, encoding: str | None = None, evidence: str | None = None):
        super().__init__(message)
        self.encoding = encoding
        self.evidence = evidence


class InputError(VnextractError, TypeError):
    """An argument of the wrong type (e.g. ``extract(123)``)."""


class TooLargeError(VnextractError, ValueError):
    """A text that would need more records than ``pipeline.MAX_LINES`` / ``pipeline.MAX_RECORDS``
    allow: refused before memory grows past what one document may take (a batch records it as a
    failure)."""


# Numbered messages (E0xx: input, E1xx: decoding, E2xx: batch and sinks, E3xx: CLI).
E001 = "E001: extract() takes str or bytes, got {type}."
E002 = "E002: published must be a datetime.date or an ISO 'YYYY-MM-DD' string, got {value!r}."
E003 = "E003: the text is too large for one article: {what} (the limit is {limit:,}); split it into articles."
E101 = "E101: the bytes look like binary data, not text ({evidence})."
E102 = "E102: the bytes are not UTF-8 and no Vietnamese legacy encoding fits them clearly ({evidence})."
E103 = "E103: the bytes decode as {encoding} but the result is not Vietnamese text ({evidence})."
E104 = "E104: the bytes start with a {encoding} byte order mark but are not {encoding} text ({evidence})."
E105 = "E105: the bytes look like {encoding} without a byte order mark but do not decode to clean text ({evidence})."
E106 = "E106: the bytes are UTF-8 text that was itself UTF-8 read as {encoding} and encoded again (mojibake such as 'Há»£p' for 'Hợp'), and it cannot be repaired cleanly ({evidence})."
