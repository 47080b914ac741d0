"""PDF pages stored turned with ``/Rotate`` read upright, with boxes on the page as displayed."""

from __future__ import annotations

import pytest

from analysis.ingest import ingest_bytes
from corpora.render import render
from corpora.render.pdf_text import turn_pages
from tests.ingest.conftest import DECISION, squeeze


def only(records):
    records = list(records)
    assert len(records) == 1
    return records[0]


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_text_layer_of_a_turned_page_reads_upright_with_displayed_boxes(settings, rotation):
    settings.pdf_text_backend = "pdfium"
    data = render(DECISION, "pdf-text")
    upright = only(ingest_bytes(data, "a.pdf", settings)).pages[0]
    page = only(ingest_bytes(turn_pages(data, rotation), "a.pdf", settings)).pages[0]
    assert page.text_source == "text_layer"
    assert squeeze(page.text) == squeeze(DECISION)
    assert (page.width, page.height) == pytest.approx((upright.width, upright.height), abs=0.5)
    assert len(page.units) == len(upright.units)
    for turned, plain in zip(page.units, upright.units, strict=True):
        assert turned.text == plain.text
        for a, b in zip((turned.box.x0, turned.box.y0, turned.box.x1, turned.box.y1),
                        (plain.box.x0, plain.box.y0, plain.box.x1, plain.box.y1), strict=True):
            assert a == pytest.approx(b, abs=1.0)


@pytest.mark.parametrize("rotation", [90, 270])
def test_scanned_turned_page_goes_to_ocr_as_displayed(settings, fake_ocr, rotation):
    settings.render_dpi = 72
    data = turn_pages(render(DECISION, "pdf-scan", dpi=100), rotation)
    record = only(ingest_bytes(data, "扫描件.pdf", settings))
    (number, (width, height)), = fake_ocr.calls
    assert number == 1 and width < height  # portrait, as a viewer shows it
    assert record.pages[0].text_source == "ocr"
