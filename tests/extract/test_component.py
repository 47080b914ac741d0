"""The pipeline components: same-length normalization and fields with page and box provenance."""

from __future__ import annotations

import analysis.extract.component  # noqa: F401  (registers extract.fields.v1)
import analysis.text.normalize  # noqa: F401  (registers normalize.text.v1)
from analysis.pipeline import Pipeline
from analysis.record import Box, DocumentRecord, Page, Source, TextUnit


def _record(lines: list[str]) -> DocumentRecord:
    """One page, one character box per character (10 pt wide, 20 pt per line)."""
    text = "\n".join(lines)
    units, offset = [], 0
    for row, line in enumerate(lines):
        for column, char in enumerate(line):
            box = Box(x0=10.0 * column, y0=20.0 * row, x1=10.0 * column + 10, y1=20.0 * row + 18)
            units.append(TextUnit(text=char, start=offset + column, end=offset + column + 1, box=box))
        offset += len(line) + 1
    page = Page(number=1, text=text, text_source="ocr", units=units, unit_level="char", start=0, end=len(text))
    return DocumentRecord(document_id="d", source=Source(name="scan.png"), text=text, pages=[page])


def test_pipeline_normalizes_in_place_and_keeps_spans_on_boxes():
    lines = ["某市市场监督管理局", "行政处罚决定书", "某市监罚〔２０２３〕１２号", "当事人：某某有限公司",
             "经查，当事人销售过期食品，货值金额１２，０００元。", "本局决定：罚款人民币５万元。", "某市市场监督管理局", "２０２３年５月１０日"]
    record = _record(lines)
    original_length = len(record.text)
    record = Pipeline(names=["normalize.text.v1", "extract.fields.v1"])(record)
    assert len(record.text) == original_length and "２" not in record.text
    assert record.provenance.stages == ["normalize.text.v1", "extract.fields.v1"]
    fine = next(a for a in record.fields.amounts if a.role == "fine")
    assert (fine.value, fine.page) == (50000.0, 1)
    assert record.text[fine.start:fine.end] == fine.text
    assert len(fine.boxes) == 1 and fine.boxes[0].y0 == 100.0  # sixth line
    assert record.fields.decision_date.value == "2023-05-10"
    assert record.fields.decision_number.value == "某市监罚〔2023〕12号"
    assert record.fields.sections["signature"][0] < record.fields.decision_date.start


def test_a_failing_family_is_recorded_and_the_others_still_fill(monkeypatch):
    import analysis.extract.component as component

    def broken(doc):
        raise ValueError("boom")

    monkeypatch.setattr(component, "extract_amounts", broken)
    record = _record(["某局", "行政处罚决定书", "某罚〔2023〕1号", "当事人：某某有限公司", "本局决定：罚款5万元。"])
    record = Pipeline(names=["extract.fields.v1"])(record)
    assert record.status == "partial"
    assert any(e.code == "E201" and "amounts" in (e.detail or "") for e in record.errors)
    assert record.fields.amounts == [] and record.fields.parties[0].name == "某某有限公司"
