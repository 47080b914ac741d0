from analysis.errors import CATALOG, InputError
from analysis.record import Box, DocumentRecord, Page, Source, TextUnit


def _record() -> DocumentRecord:
    first = Page(number=1, text="罚款五万元", start=0, end=5, unit="pt", unit_level="char",
                 units=[TextUnit(text=ch, start=i, end=i + 1,
                                 box=Box(x0=10 + 10 * i, y0=20, x1=20 + 10 * i, y1=30))
                        for i, ch in enumerate("罚款五万元")])
    second = Page(number=2, text="第二页", start=6, end=9)
    return DocumentRecord(document_id="abc", source=Source(name="a.pdf"),
                          text="罚款五万元\n第二页", pages=[first, second])


def test_evidence_maps_span_to_page_and_merged_line_box():
    record = _record()
    evidence = record.evidence(2, 5)
    assert evidence.page == 1
    assert evidence.text == "五万元"
    assert len(evidence.boxes) == 1
    box = evidence.boxes[0]
    assert (box.x0, box.x1) == (30, 60)


def test_span_on_second_page_has_no_boxes_but_a_page():
    evidence = _record().evidence(6, 9)
    assert evidence.page == 2 and evidence.boxes == []


def test_json_form_uses_schema_alias_and_drops_units_on_request():
    data = _record().to_json_dict(with_units=False)
    assert data["schema"] == "leadminer.analysis/1"
    assert "units" not in data["pages"][0]
    assert "image" not in data["pages"][0]


def test_every_error_code_has_stage_and_chinese_message():
    for code, (stage, message) in CATALOG.items():
        assert code[0] == "E" and len(code) == 4
        assert stage and message
    error = InputError("E004")
    assert error.stage == "ingest" and "密码" in error.message
