"""Where a PDF page's characters and boxes come from: pdfium (default) or pdfplumber.

Both give pdfplumber-style character dicts (``text, x0, x1, top, bottom, size``) in points
with the origin at the top-left of the page as displayed (``/Rotate`` applied, see
``display_transform``; pdfium backend), so ``pdf_layout`` treats them alike.

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
    to_display = display_transform(page)
    upright = page.get_rotation() % 360 == 0
    left, _, _, top = page.get_cropbox()
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
            if upright:  # the common case, without a call per character
                box = (rect.left - left, top - rect.top, rect.right - left, top - rect.bottom)
            else:
                box = to_display(rect.left, rect.bottom, rect.right, rect.top)
            chars.append({"text": char, "x0": box[0], "x1": box[2], "top": box[1], "bottom": box[3],
                          "size": max(box[3] - box[1], 1.0)})
    finally:
        textpage.close()
        page.close()
    return chars, float(width), float(height)


def display_transform(page):
    """A function mapping a PDF user-space rectangle to the page as displayed (points, origin top-left).

    Characters come in user space; a page with ``/Rotate`` 90/180/270 is shown turned clockwise
    by that angle, and its size (``get_size``) and rendering are already the displayed ones.
    """
    rotation = page.get_rotation() % 360
    left, bottom, right, top = page.get_cropbox()
    page_w, page_h = right - left, top - bottom

    def point(x: float, y: float) -> tuple[float, float]:
        u, v = x - left, top - y  # unrotated, origin top-left
        if rotation == 90:
            return page_h - v, u
        if rotation == 180:
            return page_w - u, page_h - v
        if rotation == 270:
            return v, page_w - u
        return u, v

    def rect(x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        (ax, ay), (bx, by) = point(x0, y0), point(x1, y1)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    return rect


def plumber_chars(plumber, index: int) -> tuple[list[dict], float, float]:
    """pdfplumber's characters of page ``index`` (pdfminer; ``(cid:NNN)`` for unmapped glyphs)."""
    page = plumber.pages[index]
    try:
        return page.chars, float(page.width), float(page.height)
    finally:
        page.close()
