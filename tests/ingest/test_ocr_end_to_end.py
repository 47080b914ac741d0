"""Scanned input read by the real OCR engine (marked ``ocr``: a few seconds per page)."""

from __future__ import annotations

import pytest

from analysis.ingest import ingest_bytes
from corpora.render import render
from tests.ingest.conftest import DECISION, squeeze

pytestmark = pytest.mark.ocr
pytest.importorskip("analysis.ocr")


def _read(fmt: str, name: str, settings, **options):
    records = list(ingest_bytes(render(DECISION, fmt, **options), name, settings))
    assert len(records) == 1
    return records[0]


def test_sealed_skewed_scanned_pdf_is_read_by_ocr(settings):
    settings.render_dpi = 200
    record = _read("pdf-scan", "扫描件.pdf", settings, dpi=200, seal=True, skew_deg=1.2)
    assert record.status == "ok", record.errors
    page = record.pages[0]
    assert page.text_source == "ocr" and page.unit == "px" and page.ocr_engine
    for key in ("行政处罚决定书", "伍万贰仟元整", "食品安全法"):
        assert key in squeeze(record.text)
    assert page.units and all(0 <= u.box.x0 < u.box.x1 <= page.width + 1 for u in page.units)
    found = record.text.index("行政处罚决定书")
    assert record.evidence(found, found + 7).boxes


def test_phone_photo_jpeg_with_exif_rotation_is_read(settings):
    record = _read("jpeg", "手机拍照.jpg", settings, dpi=200, exif_orientation=6)
    assert record.status == "ok", record.errors
    assert record.pages[0].width < record.pages[0].height  # turned upright before OCR
    assert "行政处罚决定书" in squeeze(record.text)


def test_scanned_pdf_stored_turned_with_rotate_is_read_upright(settings):
    from corpora.render.pdf_text import turn_pages

    settings.render_dpi = 200
    data = turn_pages(render(DECISION, "pdf-scan", dpi=200, seal=True), 90)
    record = list(ingest_bytes(data, "扫描件.pdf", settings))[0]
    page = record.pages[0]
    assert page.text_source == "ocr" and page.width < page.height
    assert "行政处罚决定书" in squeeze(record.text) and "伍万贰仟元整" in squeeze(record.text)
