"""The pipeline component ``extract.fields.v1``: sections and every field family into ``record.fields``.

Each family runs on its own: one that fails (a programming slip on an odd document) is
recorded as E201 with the family's name, and the others still fill their fields, so a bad
paragraph never costs the whole record. A cited article that does not exist in the version in
force on the decision date is recorded as E202 (the record stays ``ok``: it is a finding about
the decision, not a processing failure).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from analysis.extract.amounts import extract_amounts
from analysis.extract.document import Document
from analysis.extract.header import agency, decision_date, decision_number, facts_date, title
from analysis.extract.parties import extract_parties
from analysis.extract.penalties import decision_zone, extract_penalties
from analysis.extract.quantities import extract_quantities
from analysis.extract.sections import original_sections, split_sections
from analysis.extract.statutes import extract_statutes
from analysis.ocr.cleanup import fix_legal_confusions
from analysis.pipeline import COMPONENTS
from analysis.record import DocumentRecord, Fields, Penalty
from analysis.text.normalize import normalize_text

NAME = "extract.fields.v1"
CORE = ("decision_number", "parties", "amounts", "statutes", "penalties")


def _run(record: DocumentRecord, family: str, function: Callable[[], Any], default: Any) -> Any:
    try:
        return function()
    except Exception as error:  # noqa: BLE001 - recorded, never raised through a batch
        record.add_error("E201", "extract", "未能从文书中识别出部分字段，请人工核对。",
                         detail=f"{family}: {type(error).__name__}: {error}")
        record.status = "partial" if record.status == "ok" else record.status
        return default


def _zone(doc: Document, sections: dict[str, tuple[int, int]]) -> tuple[int, int] | None:
    return decision_zone(doc, sections) if {"decision", "basis"} & set(sections) else None


def extract_fields(record: DocumentRecord) -> Fields:
    """Fields of one record (``record.text`` should already be normalized)."""
    doc = Document(record.text, record)
    sections = _run(record, "sections", lambda: split_sections(doc), {})
    number = _run(record, "decision_number", lambda: decision_number(doc), None)
    date = _run(record, "decision_date", lambda: decision_date(doc, sections), None)
    fields = Fields(
        title=_run(record, "title", lambda: title(doc), None),
        decision_number=number,
        agency=_run(record, "agency", lambda: agency(doc, sections, number), None),
        decision_date=date,
        facts_date=_run(record, "facts_date", lambda: facts_date(doc, sections), None),
        parties=_run(record, "parties", lambda: extract_parties(doc, sections), []),
        amounts=_run(record, "amounts", lambda: extract_amounts(doc, _zone(doc, sections)), []),
        quantities=_run(record, "quantities", lambda: extract_quantities(doc, sections), []),
        statutes=_run(record, "statutes",
                      lambda: extract_statutes(doc, sections, date.value if date else None), []),
        penalties=_run(record, "penalties", lambda: extract_penalties(doc, sections), []),
        sections=original_sections(doc, sections),
    )
    _fine_from_amounts(fields)
    return fields


def _fine_from_amounts(fields: Fields) -> None:
    """A fine amount is a fine imposed even when OCR garbled the word 罚款 in the decision list."""
    if any(p.kind in ("fine", "other") for p in fields.penalties):  # other: 加付赔偿金 is not a fine
        return
    decision = fields.sections.get("decision")
    for amount in fields.amounts:
        if amount.role == "fine" and decision and decision[0] <= amount.start < decision[1]:
            fields.penalties.append(Penalty(kind="fine", text=amount.text, start=amount.start, end=amount.end,
                                            page=amount.page, boxes=amount.boxes, confidence=0.6,
                                            producer="extract.penalties.v1"))
            fields.penalties.sort(key=lambda p: p.start)
            return


def repair_ocr_pages(record: DocumentRecord) -> None:
    """Legal words misread by OCR restored on OCR pages (same length), also for pages read before
    the cleanup knew them (the OCR cache keeps pages as they were cleaned then)."""
    text = record.text
    for page in record.pages:
        if page.text_source != "ocr" or text[page.start:page.end] != page.text:
            continue
        repaired = fix_legal_confusions(page.text)
        if repaired != page.text and len(repaired) == len(page.text):
            text = text[:page.start] + repaired + text[page.end:]
            page.text = repaired
    record.text = text


def _report_missing(record: DocumentRecord, fields: Fields) -> None:
    if record.text.strip() and not any(getattr(fields, name) for name in CORE):
        record.add_error("E201", "extract", detail="no decision number, party, amount, statute or penalty found",
                         message="未能从文书中识别出处罚决定的主要内容。")
        record.status = "partial" if record.status == "ok" else record.status
    for statute in fields.statutes:
        if statute.exists is False:
            record.add_error("E202", "extract", "引用的法律条文在该文书作出时施行的版本中不存在。",
                             page=statute.page, detail=f"{statute.law} 第{statute.article}条 ({statute.version})")


@COMPONENTS.register(NAME)
class FieldExtractor:
    """Fill ``record.fields``; normalizes the text char-for-char first (spans unchanged)."""

    name = NAME
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("fields",)

    def __call__(self, record: DocumentRecord) -> DocumentRecord:
        normalized = normalize_text(record.text)
        if normalized != record.text:
            record.text = normalized
            for page in record.pages:
                page.text = normalize_text(page.text)
        repair_ocr_pages(record)
        fields = extract_fields(record)
        _report_missing(record, fields)
        record.fields = fields
        return record
