"""Bad input becomes coded errors on the document or page, in a clerk's words; the rest goes on."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from analysis.errors import CATALOG
from analysis.ingest import ingest_bytes
from corpora.render import render
from tests.ingest.conftest import DECISION, squeeze


def one(data: bytes, name: str, settings):
    records = list(ingest_bytes(data, name, settings))
    assert len(records) == 1
    return records[0]


def codes(record) -> list[str]:
    return [error.code for error in record.errors]


def long_pdf() -> bytes:
    return render(DECISION + "\n" + "\n".join([DECISION.split("\n")[4]] * 40), "pdf-text")


@pytest.mark.parametrize("fmt", ["pdf-text", "ofd"])
def test_pages_beyond_the_limit_are_flagged(settings, fmt):
    settings.max_pages = 1
    record = one(render(DECISION + "\n" + "\n".join([DECISION] * 3), fmt), "多页", settings)
    assert len(record.pages) == 1 and codes(record) == ["E005"] and record.status == "partial"


def test_empty_file(settings):
    record = one(b"", "空白.pdf", settings)
    assert codes(record) == ["E001"] and record.status == "failed"
    assert record.errors[0].message == CATALOG["E001"][1] and record.errors[0].stage == "ingest"


def test_truncated_pdf_is_reported_as_damaged(settings):
    data = long_pdf()
    record = one(data[: len(data) // 2], "截断.pdf", settings)
    assert codes(record) == ["E003"] and record.status == "failed"
    assert "损坏" in record.errors[0].message


@pytest.mark.parametrize("cut_at", [b"%%EOF", b"xref"])
def test_pdf_missing_its_end_is_read_as_far_as_it_goes(pdf_settings, cut_at):
    data = long_pdf()
    record = one(data[: data.rindex(cut_at)], "缺尾.pdf", pdf_settings)
    assert codes(record) == ["E003"] and record.status == "partial"
    assert squeeze(DECISION) in squeeze(record.text)
    assert all(page.text_source == "text_layer" and page.units for page in record.pages)


def test_encrypted_pdf_says_it_needs_a_password(settings):
    record = one(render(DECISION, "pdf-text", password="secret"), "加密.pdf", settings)
    assert codes(record) == ["E004"] and record.status == "failed"
    assert "密码" in record.errors[0].message


def test_pdf_with_only_an_owner_password_opens(settings):
    record = one(render(DECISION, "pdf-text", password="", owner_password="owner"), "a.pdf", settings)
    assert record.status == "ok" and "行政处罚决定书" in record.text


def test_lying_extension_warns_and_parses_by_content(settings):
    record = one(render(DECISION, "docx"), "决定书.pdf", settings)
    assert codes(record) == ["E008"] and record.status == "ok"
    assert record.source.parser == "parser.docx.v1"
    assert "行政处罚决定书" in record.text


def test_pdf_named_txt_is_read_as_pdf(settings):
    record = one(render(DECISION, "pdf-text"), "readme.txt", settings)
    assert codes(record) == ["E008"] and record.pages[0].text_source == "text_layer"


def test_unsupported_type(settings):
    elf = b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 4
    record = one(elf, "tool.exe", settings)
    assert codes(record) == ["E002"] and record.status == "failed"


def test_legacy_doc_is_unsupported(settings):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8
    assert codes(one(ole, "旧文书.doc", settings)) == ["E002"]


def huge_png(width: int, height: int) -> bytes:
    """A valid PNG header claiming width x height pixels, with a tiny IDAT."""
    def chunk(kind: bytes, payload: bytes) -> bytes:
        body = kind + payload
        return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64))
            + chunk(b"IEND", b""))


def test_decompression_bomb_image_is_refused_before_decoding(settings):
    record = one(huge_png(100_000, 100_000), "照片.png", settings)
    assert codes(record) == ["E005"] and record.status == "failed"


def test_image_just_over_the_pixel_setting_is_refused(settings):
    settings.max_image_pixels = 10_000
    buffer = io.BytesIO()
    Image.new("L", (200, 100), 255).save(buffer, format="PNG")
    assert codes(one(buffer.getvalue(), "a.png", settings)) == ["E005"]


def test_damaged_image(settings):
    buffer = io.BytesIO()
    Image.new("RGB", (300, 300), "white").save(buffer, format="JPEG")
    record = one(buffer.getvalue()[:200], "photo.jpg", settings)
    assert codes(record)[0] == "E003" and record.status == "failed"


def test_undecodable_text_file(settings):
    assert codes(one(bytes(range(0, 32)) * 20, "notes.txt", settings)) == ["E009"]


def test_html_without_a_body(settings):
    record = one(b"<!DOCTYPE html><html><head><title>x</title></head><body></body></html>", "a.html", settings)
    assert "E010" in codes(record) and record.status == "failed"


def test_failed_ocr_page_does_not_stop_the_others(settings, fake_ocr):
    buffer = io.BytesIO()
    frames = [Image.new("RGB", (400, 300), "white") for _ in range(3)]
    frames[0].save(buffer, format="TIFF", save_all=True, append_images=frames[1:])
    fake_ocr.fail_pages = {2}
    record = one(buffer.getvalue(), "扫描件.tif", settings)
    assert [page.number for page in record.pages] == [1, 2, 3]
    assert [(e.code, e.page) for e in record.errors] == [("E102", 2)]
    assert record.status == "partial"
    assert record.pages[1].text == "" and record.pages[2].text == "第3页识别文字"
    assert record.text == "第1页识别文字\n\n第3页识别文字"


def test_engine_crash_on_a_page_is_a_page_error(settings, fake_ocr):
    frames = [Image.new("RGB", (400, 300), "white") for _ in range(2)]
    buffer = io.BytesIO()
    frames[0].save(buffer, format="TIFF", save_all=True, append_images=frames[1:])
    fake_ocr.crash_pages = {1}
    record = one(buffer.getvalue(), "扫描件.tif", settings)
    assert [(e.code, e.page) for e in record.errors] == [("E102", 1)]
    assert "RuntimeError" in record.errors[0].detail and record.status == "partial"


def test_one_bad_file_in_a_batch_leaves_the_others(settings):
    from corpora.render import build_zip

    data = build_zip({"empty.pdf": b"", "ok.txt": render(DECISION, "txt-utf8"),
                      "enc.pdf": render(DECISION, "pdf-text", password="x")})
    statuses = {r.source.member: (r.status, codes(r)) for r in ingest_bytes(data, "a.zip", settings)}
    assert statuses == {"empty.pdf": ("failed", ["E001"]), "ok.txt": ("ok", []),
                        "enc.pdf": ("failed", ["E004"])}
