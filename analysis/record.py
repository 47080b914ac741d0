"""The one typed record that flows through the pipeline (see docs/OUTPUT.md in shared design).

``DocumentRecord`` is produced by ingest (source, pages, text, status, errors), then each
stage fills only its own part: extraction fills ``fields``, classification fills
``classification``, scoring fills ``findings`` and ``scores``. Its JSON form is the stable
analysis record ``leadminer.analysis/1``.

Coordinates: a page's ``width``/``height`` and every ``Box`` are in the page's own ``unit``
(``pt`` for PDF pages, ``px`` for images and rendered pages), origin top-left.
Spans (``start``/``end``) are end-exclusive character offsets into ``DocumentRecord.text``
unless the model says they are page-relative.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "leadminer.analysis/1"

TextSource = Literal["text_layer", "ocr", "native"]
Status = Literal["ok", "partial", "failed"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Box(Model):
    x0: float
    y0: float
    x1: float
    y1: float

    def union(self, other: Box) -> Box:
        return Box(x0=min(self.x0, other.x0), y0=min(self.y0, other.y0),
                   x1=max(self.x1, other.x1), y1=max(self.y1, other.y1))


class TextUnit(Model):
    """A character, word or line on a page, with its box; ``start``/``end`` index ``Page.text``."""

    text: str
    start: int
    end: int
    box: Box
    confidence: float | None = None


class Page(Model):
    number: int
    text: str = ""
    text_source: TextSource = "native"
    ocr_engine: str | None = None
    ocr_preprocessing: list[str] = Field(default_factory=list)
    confidence: float | None = None
    width: float | None = None
    height: float | None = None
    unit: Literal["pt", "px"] = "pt"
    units: list[TextUnit] = Field(default_factory=list, description="char/word/line boxes")
    unit_level: Literal["char", "word", "line", "none"] = "none"
    start: int = 0
    end: int = 0
    image: bytes | None = Field(default=None, exclude=True, description="PNG, only on request")


class Source(Model):
    name: str
    media_type: str = "application/octet-stream"
    sha256: str = ""
    size: int = 0
    member: str | None = None
    container_sha256: str | None = None
    pages: int = 0
    parser: str | None = None


class ErrorRecord(Model):
    code: str
    stage: str
    message: str
    page: int | None = None
    detail: str | None = None


class Evidence(Model):
    start: int
    end: int
    page: int | None = None
    boxes: list[Box] = Field(default_factory=list)
    text: str | None = None
    document_id: str | None = Field(default=None, description="set when the span is in another document")


class Extracted(Model):
    """Provenance every extracted value carries."""

    text: str = ""
    start: int = -1
    end: int = -1
    page: int | None = None
    boxes: list[Box] = Field(default_factory=list)
    confidence: float = 1.0
    producer: str = ""


class TextField(Extracted):
    value: str


class Party(Extracted):
    name: str
    kind: Literal["organization", "individual"] = "organization"
    credit_code: str | None = None
    credit_code_valid: bool | None = None
    id_number: str | None = None
    legal_representative: str | None = None
    address: str | None = None


AmountRole = Literal["fine", "confiscated_gains", "illegal_gains", "goods_value", "sales_amount",
                     "tax_evaded", "damage", "other"]


class Amount(Extracted):
    role: AmountRole = "other"
    value: float
    label: str | None = Field(default=None, description="what names it where its own words do not: a table cell's "
                                                         "column header and the table's caption")


class Quantity(Extracted):
    value: float
    unit: str
    normalized_value: float | None = None
    normalized_unit: str | None = None
    subject: str | None = None


class Statute(Extracted):
    law: str
    article: int | None = None
    paragraph: int | None = None
    item: int | None = None
    role: Literal["violated", "basis", "other"] = "other"
    version: str | None = None
    exists: bool | None = None


PenaltyKind = Literal["warning", "fine", "confiscation", "suspension", "license_revocation",
                      "detention", "order_to_correct", "other"]


class Penalty(Extracted):
    kind: PenaltyKind = "other"


class Fields(Model):
    model_config = ConfigDict(extra="allow", populate_by_name=True)

    title: TextField | None = None
    decision_number: TextField | None = None
    agency: TextField | None = None
    decision_date: TextField | None = None
    facts_date: TextField | None = None
    parties: list[Party] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    statutes: list[Statute] = Field(default_factory=list)
    penalties: list[Penalty] = Field(default_factory=list)
    sections: dict[str, list[int]] = Field(default_factory=dict, description="name -> [start, end]")


class Classification(Model):
    domain: str = "other"
    confidence: float = 0.0
    violation: str | None = None
    violation_confidence: float | None = None
    producer: str = ""


FindingKind = Literal["criminal_transfer", "public_interest", "enforcement_irregularity", "repeat_offender"]


class Finding(Model):
    model_config = ConfigDict(extra="allow", populate_by_name=True)

    kind: FindingKind
    rule: str
    explanation: str
    source: str
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = 0.5
    offense: str | None = None
    criminal_law_article: int | None = None
    field: str | None = None
    threshold_id: str | None = None
    observed: float | None = None
    threshold: float | None = None
    unit: str | None = None


class Scores(Model):
    criminal_transfer: float = 0.0
    public_interest: float = 0.0
    enforcement_irregularity: float = 0.0
    priority: float = 0.0


class Provenance(Model):
    leadminer: str = "0.1.0"
    models: dict[str, str] = Field(default_factory=dict)
    rules: str | None = None
    stages: list[str] = Field(default_factory=list)
    config: dict[str, Any] = Field(default_factory=dict)
    timings: dict[str, float] = Field(default_factory=dict)


class DocumentRecord(Model):
    schema_: str = Field(default=SCHEMA, alias="schema")
    document_id: str
    source: Source
    status: Status = "ok"
    errors: list[ErrorRecord] = Field(default_factory=list)
    text: str = ""
    pages: list[Page] = Field(default_factory=list)
    fields: Fields | None = None
    classification: Classification | None = None
    findings: list[Finding] = Field(default_factory=list)
    scores: Scores | None = None
    provenance: Provenance = Field(default_factory=Provenance)

    def add_error(self, code: str, stage: str, message: str, page: int | None = None,
                  detail: str | None = None) -> None:
        self.errors.append(ErrorRecord(code=code, stage=stage, message=message, page=page, detail=detail))

    def to_json_dict(self, *, with_units: bool = True) -> dict[str, Any]:
        exclude: dict[str, Any] = {}
        if not with_units:
            exclude = {"pages": {"__all__": {"units"}}}
        return self.model_dump(mode="json", by_alias=True, exclude=exclude)

    def page_at(self, offset: int) -> Page | None:
        for page in self.pages:
            if page.start <= offset < page.end or (offset == page.end and page is self.pages[-1]):
                return page
        return None

    def evidence(self, start: int, end: int) -> Evidence:
        """Page and boxes of a document span, from the page's text units."""
        page = self.page_at(start)
        if page is None:
            return Evidence(start=start, end=end, text=self.text[start:end])
        local_start, local_end = start - page.start, end - page.start
        boxes: list[Box] = []
        for unit in page.units:
            if unit.end > local_start and unit.start < local_end:
                boxes.append(unit.box)
        return Evidence(start=start, end=end, page=page.number, boxes=_merge_lines(boxes),
                        text=self.text[start:end])


def _merge_lines(boxes: list[Box]) -> list[Box]:
    """Merge character boxes that sit on one line into one box per line."""
    merged: list[Box] = []
    for box in boxes:
        if merged:
            last = merged[-1]
            height = max(last.y1 - last.y0, 1e-6)
            same_line = abs(box.y0 - last.y0) < 0.5 * height and box.x0 >= last.x0 - height
            if same_line:
                merged[-1] = last.union(box)
                continue
        merged.append(box)
    return merged
