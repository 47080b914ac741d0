"""Which pages go to OCR, at what size, and how OCR results land on pages (OCR stand-in)."""

from __future__ import annotations

import io
import re
import sys

import pytest
from PIL import Image

from analysis.ingest import ingest_bytes
from analysis.ingest.garbled import ink_problem, text_layer_problem
from corpora.render import render
from tests.ingest.conftest import DECISION, FakeOcr
from tests.ingest.scans import encode, image_pdf, text_image

LINES = DECISION.split("\n")


def one(data, name, settings):
    records = list(ingest_bytes(data, name, settings))
    assert len(records) == 1
    return records[0]


def test_scanned_pdf_pages_are_rendered_at_the_configured_dpi(settings, fake_ocr):
    settings.render_dpi = 100
    record = one(image_pdf(text_image(LINES), pages=2), "扫描件.pdf", settings)
    assert [number for number, _ in fake_ocr.calls] == [1, 2]
    width, height = fake_ocr.calls[0][1]
    assert width == pytest.approx(210 / 25.4 * 100, abs=2) and height == pytest.approx(297 / 25.4 * 100, abs=2)
    page = record.pages[0]
    assert page.text_source == "ocr" and page.unit == "px" and page.width == width
    assert page.ocr_engine == "fake-ocr 1.0" and page.confidence == 0.9
    assert record.status == "ok" and record.text == "第1页识别文字\n第2页识别文字"
    assert page.image is None
    assert record.provenance.timings["ocr"] <= record.provenance.timings["ingest"]


def test_page_images_are_kept_only_on_request(settings, fake_ocr):
    settings.render_dpi = 50
    settings.keep_page_images = True
    record = one(image_pdf(text_image(LINES)), "扫描件.pdf", settings)
    assert record.pages[0].image.startswith(b"\x89PNG")
    assert "image" not in record.to_json_dict()["pages"][0]


def test_image_page_with_a_small_caption_goes_to_ocr_by_ink(settings, fake_ocr):
    settings.render_dpi = 72
    record = one(image_pdf(text_image(LINES), caption="第1页 共1页"), "扫描件.pdf", settings)
    assert len(fake_ocr.calls) == 1 and record.pages[0].text_source == "ocr"


def test_blank_page_is_not_sent_to_ocr(settings, fake_ocr):
    from reportlab.pdfgen import canvas

    from corpora.render.pdf_text import A4, cjk_font_name

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.showPage()  # a blank separator sheet
    pdf.setFont(cjk_font_name(), 12)
    pdf.drawString(72, 700, LINES[1])
    pdf.showPage()
    pdf.save()
    record = one(buffer.getvalue(), "a.pdf", settings)
    assert fake_ocr.calls == [] and record.status == "ok"
    assert [page.text for page in record.pages] == ["", LINES[1]] and record.text == "\n" + LINES[1]


def test_faint_scan_is_not_mistaken_for_a_blank_page(settings, fake_ocr):
    settings.render_dpi = 50
    faint = text_image(LINES).point(lambda value: 255 - (255 - value) // 4)  # grey 192 text
    one(image_pdf(faint), "淡.pdf", settings)
    assert len(fake_ocr.calls) == 1


def test_ordinary_text_pdf_never_reaches_ocr(settings, fake_ocr):
    short = "\n".join(LINES[:3])
    for text in (DECISION, short):
        record = one(render(text, "pdf-text"), "a.pdf", settings)
        assert record.pages[0].text_source == "text_layer"
    assert fake_ocr.calls == []


def test_text_layer_with_spaced_cjk_goes_to_ocr(pdf_settings, fake_ocr):
    spaced = "\n".join(" ".join(line) for line in LINES)
    record = one(render(spaced, "pdf-text"), "乱码.pdf", pdf_settings)
    assert record.pages[0].text_source == "ocr" and len(fake_ocr.calls) == 1


def test_text_layer_without_unicode_map_goes_to_ocr(pdf_settings, fake_ocr):
    data = render(DECISION, "pdf-text")
    assert b"/ToUnicode" in data
    # blank out the font's ToUnicode reference (same length, so the xref offsets stay right)
    broken = re.sub(rb"/ToUnicode \d+ 0 R", lambda match: b" " * len(match.group()), data)
    record = one(broken, "无映射.pdf", pdf_settings)
    assert record.pages[0].text_source == "ocr" and len(fake_ocr.calls) == 1


@pytest.mark.parametrize("text, reason", [
    ("(cid:1234)(cid:88)(cid:21)行政处罚", "cid"),
    ("行政\ufffd\ufffd决定\ufffd书当事人", "replacement"),
    ("\ue001\ue002\ue003行政处罚决定书", "private-use"),
    ("\x01\x04\x05\x062023\x16282023\x17\x18", "control"),
    ("ÄÅÇÉÑÖÜáàâäãå913", "Latin-1"),
    ("行 政 处 罚 决 定 书 当 事 人 某 某", "separated by spaces"),
])
def test_garbled_text_layer_signs(text, reason):
    assert reason in text_layer_problem(text)


def test_clean_text_layers_pass():
    assert text_layer_problem(DECISION) is None
    assert text_layer_problem("行 政 处 罚 决 定 书\n" + DECISION) is None  # a letter-spaced title alone
    assert text_layer_problem("Case No. 12 (see page 3)") is None


def test_ink_rule():
    assert ink_problem(0.06, 0.0005, 4.0) is not None
    assert ink_problem(0.02, 0.05, 4.0) is None
    assert ink_problem(0.002, 0.0, 4.0) is None  # a blank page


def test_jpeg_exif_orientation_is_honoured(settings, fake_ocr):
    image = Image.new("RGB", (400, 200), "white")
    exif = image.getexif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    record = one(encode(image, "JPEG", exif=exif), "手机拍照.jpg", settings)
    assert fake_ocr.calls == [(1, (200, 400))]
    assert record.source.media_type == "image/jpeg" and record.pages[0].width == 200


def test_multipage_tiff_gives_one_page_per_frame(settings, fake_ocr):
    frames = [Image.new("L", (300 + i, 200), 255) for i in range(3)]
    data = encode(frames[0], "TIFF", save_all=True, append_images=frames[1:])
    record = one(data, "卷宗.tiff", settings)
    assert [size for _, size in fake_ocr.calls] == [(300, 200), (301, 200), (302, 200)]
    assert record.source.media_type == "image/tiff" and len(record.pages) == 3


def test_png_is_ocred(settings, fake_ocr):
    record = one(encode(Image.new("RGB", (50, 40), "white"), "PNG"), "a.png", settings)
    assert record.source.media_type == "image/png" and record.pages[0].text == "第1页识别文字"


def test_missing_ocr_engine_is_a_page_error(settings, monkeypatch):
    monkeypatch.setitem(sys.modules, "analysis.ocr", None)
    record = one(encode(Image.new("RGB", (50, 40), "white"), "PNG"), "a.png", settings)
    assert [(e.code, e.page) for e in record.errors] == [("E101", 1)] and record.status == "failed"


@pytest.mark.parametrize("mode, fmt", [("RGBA", "PNG"), ("LA", "PNG"), ("I;16", "PNG"), ("1", "TIFF")])
def test_image_modes_reach_ocr_as_black_text_on_white(settings, monkeypatch, mode, fmt):
    seen = []

    def remember(image, settings, page_number):
        seen.append(image)
        return FakeOcr().ocr_image(image, settings, page_number)

    module = type(sys)("analysis.ocr")
    module.ocr_image = remember
    monkeypatch.setitem(sys.modules, "analysis.ocr", module)
    page = text_image(LINES[:2], size=(600, 200), font_px=30).convert("L")
    if mode in ("RGBA", "LA"):  # text drawn on a transparent canvas, as screenshots are
        alpha = page.point(lambda value: 255 - value)
        page = Image.merge("LA", (Image.new("L", page.size, 0), alpha)).convert(mode)
    elif mode == "I;16":
        page = page.convert("I").point(lambda value: value * 257).convert("I;16")
    else:
        page = page.convert("1")
    one(encode(page, fmt), f"a.{fmt.lower()}", settings)
    grey = seen[0].convert("L")
    assert seen[0].mode == "RGB" and grey.getpixel((5, 5)) > 200
    assert grey.getextrema()[0] < 60  # the text is still dark
