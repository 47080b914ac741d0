"""Run the field extractor on a text the way the pipeline does."""

from __future__ import annotations

from pathlib import Path

from analysis.extract.component import FieldExtractor
from analysis.record import DocumentRecord, Fields, Source

HANDWRITTEN = Path(__file__).parent / "data" / "handwritten"


def extract(text: str) -> Fields:
    record = FieldExtractor()(DocumentRecord(document_id="t", source=Source(name="t.txt"), text=text))
    assert record.fields is not None
    return record.fields


def handwritten(name: str) -> str:
    return (HANDWRITTEN / name).read_text(encoding="utf-8")


def amounts(fields: Fields) -> set[tuple[str, float]]:
    return {(a.role, a.value) for a in fields.amounts}


def statutes(fields: Fields) -> set[tuple]:
    return {(s.law, s.article, s.paragraph, s.item, s.role) for s in fields.statutes}
