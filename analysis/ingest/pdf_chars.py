"""Where a PDF page's characters and boxes come from: pdfium (default) or pdfplumber.

Both give pdfplumber-style character dicts (``text, x0, x1, top, bottom, size``) in points
with the origin at the top-left, so ``pdf_layout`` treats them alike.

- ``pdfium`` (``settings.pdf_text_backend = "pdfium"``): PDFium's text page in C, about ten
  times faster than pdfminer on dense Chinese pages (benchmark in
  ``docs/benchmarks/ingest_text.md``); characters pdfium makes up itself (spaces and line
  breaks it infers) are skipped, so only glyphs drawn in the file remain.
- ``pdfplumber``: pdfminer's characters; unmapped glyphs come out as ``(cid:NNN)``.
It is also the fallback when pdfplumber cannot open a damaged file that pdfium repaired.
"""

from __future__ import annotations

import ctypes
import threading

BACKENDS = ("pdfium", "pdfplumber")
# PDFium is not thread-safe: every call into it goes through this lock (OCR runs outside it).
PDFIUM_LOCK = threading.RLock()


def _page_text_units(pdfium_c, raw, count: int) -> str:
    """The page's text as UTF-16 code units, one per pdfium character index."""
    buffer = ctypes.create_string_buffer(2 * (count + 1))
    pdfium_c.FPDFText_GetText(raw, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    return buffer.raw[: 2 * count].decode("utf-16-le", errors="surrogatepass")


def pdfium_chars(document, index: int) -> tuple[list[dict], float, float]:
    """Characters drawn on page ``index`` with their loose (font-height) boxes, via PDFium."""
    with PDFIUM_LOCK:
        return _pdfium_chars(document, index)


def _pdfium_chars(document, index: int) -> tuple[list[dict], float, float]:
    import pypdfium2.raw as pdfium_c

    page = document[index]
    width, height = page.get_size()
    textpage = page.get_textpage()
    raw = textpage.raw
    rect = pdfium_c.FS_RECTF()
    chars = []
    try:
        count = pdfium_c.FPDFText_CountChars(raw)
        text = _page_text_units(pdfium_c, raw, count)
        for position, char in enumerate(text):
            if char in "\r\n\x00" or "\ud800" <= char <= "\udfff":
                continue  # line breaks; surrogate halves of non-BMP characters (rare in decisions)
            if pdfium_c.FPDFText_IsGenerated(raw, position) == 1:
                continue
            if not pdfium_c.FPDFText_GetLooseCharBox(raw, position, rect):
                continue
            chars.append({"text": char, "x0": rect.left, "x1": rect.right, "top": height - rect.top,
                          "bottom": height - rect.bottom, "size": max(rect.top - rect.bottom, 1.0)})
    finally:
        textpage.close()
        page.close()
    return chars, float(width), float(height)


def plumber_chars(plumber, index: int) -> tuple[list[dict], float, float]:
    """pdfplumber's characters of page ``index`` (pdfminer; ``(cid:NNN)`` for unmapped glyphs)."""
    page = plumber.pages[index]
    try:
        return page.chars, float(page.width), float(page.height)
    finally:
        page.close()
