"""``corpora.render``: format dispatch and the properties ingest tests rely on."""

from __future__ import annotations

import io
import zipfile

import pytest

from corpora.render import FORMATS, build_zip, render
from tests.ingest.conftest import DECISION


def test_unknown_format_lists_the_known_ones():
    with pytest.raises(ValueError, match="pdf-text"):
        render(DECISION, "rtf")


@pytest.mark.parametrize("fmt, magic", [("pdf-text", b"%PDF-"), ("docx", b"PK"), ("ofd", b"PK"),
                                        ("html", b"<!DOCTYPE html>"), ("txt-utf16", b"\xff\xfe"),
                                        ("png", b"\x89PNG"), ("pdf-scan", b"%PDF-")])
def test_each_format_has_its_magic(fmt, magic):
    assert fmt in FORMATS
    options = {"dpi": 72} if fmt in ("png", "pdf-scan") else {}
    assert render(DECISION, fmt, **options).startswith(magic)


def test_text_pdf_is_reproducible_and_encrypts_on_request():
    assert render(DECISION, "pdf-text") == render(DECISION, "pdf-text")
    assert b"/Encrypt" in render(DECISION, "pdf-text", password="x")


def test_ofd_package_layout():
    names = set(zipfile.ZipFile(io.BytesIO(render(DECISION, "ofd"))).namelist())
    assert {"OFD.xml", "Doc_0/Document.xml", "Doc_0/Pages/Page_0/Content.xml"} <= names


def test_build_zip_nests_archives_and_keeps_bytes():
    inner = build_zip({"a/b.txt": b"x"})
    outer = zipfile.ZipFile(io.BytesIO(build_zip({"inner.zip": inner, "c.txt": b"y"})))
    assert outer.read("inner.zip") == inner and outer.read("c.txt") == b"y"
