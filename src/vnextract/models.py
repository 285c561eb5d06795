"""The records vnextract returns: frozen pydantic v2 models, as described in CONTRACT.md.

Every record with a position carries ``start``, ``end`` and ``text`` and the invariant
``article.text[start:end] == text`` holds for all of them: offsets index the string the user gave
(after byte decoding), never the normalised text the extractors read.
"""

from __future__ import annotations

import datetime as _dt
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

ParagraphKind = Literal["title", "lead", "body", "caption", "byline", "boilerplate", "related"]
OrgKind = Literal["ministry", "people's committee", "department", "agency", "company", "party", "other"]
Bound = Literal["gt", "ge", "lt", "le"]
Grain = Literal["day", "month", "quarter", "half", "year", "span"]
Direction = Literal["increase", "decrease"]
Status = Literal["actual", "estimate", "target"]

__all__ = [
    "Record", "Span", "Paragraph", "Sentence", "Token", "LegalRef", "ProvinceMention",
    "Organization", "Mention", "Official", "Quantity", "Change", "DateMention", "Indicator",
    "InferredDate", "Article",
]


class Record(BaseModel):
    """Base of every record: immutable, and strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(Record):
    """A record that points into ``Article.text``."""

    start: int = Field(ge=0, description="offset of the first character in Article.text")
    end: int = Field(ge=0, description="offset after the last character in Article.text")
    text: str = Field(description="Article.text[start:end], exactly")


class Paragraph(Span):
    kind: ParagraphKind


class Sentence(Span):
    paragraph: int = Field(description="index into Article.paragraphs")


class Token(Span):
    """A word-segmented token (see ``vnextract.tokenize``)."""


class LegalRef(Span):
    number: str = Field(description="canonical identifier, e.g. '111/2015/NĐ-CP'")
    serial: Optional[str] = None
    year: Optional[int] = None
    doc_type: Optional[str] = Field(None, description="full type name, e.g. 'Nghị định'")
    type_code: Optional[str] = Field(None, description="e.g. 'NĐ'; null for laws and công văn")
    issuer: Optional[str] = Field(None, description="issuer code, e.g. 'CP', 'TTg', 'QH14'")
    issuer_name: Optional[str] = None
    signed_on: Optional[_dt.date] = None
    refers_to: Optional[str] = Field(None, description="for short mentions: the full number")


class ProvinceMention(Span):
    name: str = Field(description="canonical name without prefix, e.g. 'Quảng Ninh'")
    code: str = Field(description="GSO code of the unit named")
    status: Literal["current", "merged"]
    current_name: str
    current_code: str


class Organization(Span):
    name: str = Field(description="canonical name")
    kind: OrgKind


class Mention(Span):
    """One span that refers to an official ("Phan Thị Thắng", "ông Huy")."""


class Official(Span):
    name: str = Field(description="full name as first given")
    title: Optional[str] = None
    org: Optional[str] = Field(
        default=None,
        description="the organisation as written beside the title ('Bộ NN&PTNT'); 'Bộ trưởng "
        "Tài chính' gives 'Bộ Tài chính'",
    )
    org_name: Optional[str] = Field(
        default=None, description="canonical name of org ('Bộ Nông nghiệp và Phát triển nông thôn')"
    )
    mentions: list[Mention] = Field(default_factory=list)


class Quantity(Span):
    value: Optional[float] = None
    min: Optional[float] = None
    max: Optional[float] = None
    unit: Optional[str] = None
    dimension: Optional[str] = None
    approximate: bool = False
    bound: Optional[Bound] = None


class Change(Quantity):
    """A Quantity that reports a change ("tăng 28,8% so với cùng kỳ")."""

    direction: Optional[Direction] = None
    basis: Optional[str] = Field(
        None, description="yoy | previous_period | plan | other (what the change is measured against)"
    )


class DateMention(Span):
    value: str = Field(description="ISO 8601 / TIMEX3 style value, e.g. '2023-07-28', '2023-H1'")
    start_date: Optional[_dt.date] = None
    end_date: Optional[_dt.date] = None
    grain: Grain
    year_known: bool = True


class Indicator(Span):
    name: str = Field(description="what is measured, as written ('tổng kim ngạch xuất khẩu')")
    measure: Optional[str] = Field(
        None, description="canonical measure id from data/measures.tsv ('exports', 'cpi'), null when none fits"
    )
    breakdown: Optional[str] = Field(
        None, description="sector, product, partner or segment the figure is broken down by ('gạo', 'khu vực dịch vụ')"
    )
    quantity: Optional[Quantity] = None
    change: Optional[Change] = None
    period: Optional[DateMention] = None
    status: Status = "actual"
    scope: Optional[str] = None
    sentence: Optional[int] = None


class InferredDate(Span):
    """The article's date as its own text shows it, when ``published`` was not given.

    The span is the evidence ("Chiều 9/6", a dated dateline, "năm nay 2017"); ``grain`` says how
    much of the date the evidence fixes (a month-grain date is the first of that month). When the
    text gives the day but never its year ("Chiều 8/6" and no year stated), ``year_known`` is
    false, ``value`` is null and ``timex`` keeps the day ("XXXX-06-08").
    """

    value: Optional[_dt.date] = Field(None, description="first day of what the evidence fixes; null when the year is unknown")
    grain: Literal["day", "month", "year"] = "day"
    year_known: bool = True
    timex: str = Field(description="TIMEX3 style as DateMention.value: '2017-06-09', '2017-05', '2017', 'XXXX-06-08'")


class Article(Record):
    id: str
    text: str
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[_dt.date] = None
    published_inferred: Optional[InferredDate] = Field(
        None, description="when published is not given: the date the article's own text shows, with its evidence span"
    )
    byline: Optional[str] = None
    source: Optional[str] = None
    paragraphs: list[Paragraph] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    legal_refs: list[LegalRef] = Field(default_factory=list)
    provinces: list[ProvinceMention] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    officials: list[Official] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)

    def tokens(self) -> list[Token]:
        """Word-segmented tokens of the whole text, with offsets into ``text``: the same as
        ``vnextract.tokenize(article.text)`` (underthesea, run only when this is called).

        Kept from the first release (CONTRACT.md names it). Records import nothing of the library,
        so the face registers its tokenizer here (``use_tokenizer``) when it is imported.
        """
        if _TOKENIZER is None:
            import importlib

            importlib.import_module("vnextract.pipeline")  # registers vnextract.tokenize
        return _TOKENIZER(self.text)  # type: ignore[misc]

    def spans(self) -> list[Span]:
        """Every positioned record of the article (paragraphs and sentences excluded)."""
        out: list[Span] = []
        for field in ("legal_refs", "provinces", "organizations", "quantities", "dates", "indicators"):
            out.extend(getattr(self, field))
        for off in self.officials:
            out.extend(off.mentions)
        return out


# The word segmenter behind Article.tokens(), set by the face (pipeline.py) when it is imported.
_TOKENIZER = None


def use_tokenizer(fn) -> None:
    """Called by ``vnextract.pipeline`` with its ``tokenize``: records stay free of imports."""
    global _TOKENIZER
    _TOKENIZER = fn
