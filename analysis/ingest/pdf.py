"""PDF parser: the text layer where it can be trusted, OCR of the rendered page where not.

pypdfium2 opens the file first (encrypted → E004, unreadable → E003) and renders pages;
the characters with their boxes come from pdfium (default, fast) or pdfplumber
(``settings.pdf_text_backend``, see ``pdf_chars``). A page with no text, or with a garbled
text layer (see ``garbled``), is rendered at ``settings.render_dpi`` and sent to OCR.
A file cut short (no ``%%EOF`` at its end) is read as far as it goes and flagged E003.
"""

from __future__ import annotations

import io
import logging

from analysis.errors import ConfigError, InputError
from analysis.ingest import garbled
from analysis.ingest.assemble import add_code
from analysis.ingest.base import PARSERS, Parser
from analysis.ingest.ocr_bridge import ocr_page, png_bytes
from analysis.ingest.pdf_chars import BACKENDS, PDFIUM_LOCK, pdfium_chars, plumber_chars
from analysis.ingest.pdf_layout import layout_text
from analysis.record import DocumentRecord, Page
from analysis.settings import AnalysisSettings

log = logging.getLogger(__name__)
INK_CHECK_DPI = 36
DARK_LEVEL = 128
BLANK_LEVEL = 240  # any pixel darker than this is ink, however faint (pale scans included)
BLANK_SHARE = 0.001  # a page with less ink than this is blank (separator sheets)


def open_pdfium(data: bytes):
    """A pypdfium2 document, or InputError E004 (needs a password) / E003 (unreadable)."""
    import pypdfium2 as pdfium

    try:
        with PDFIUM_LOCK:
            return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise InputError("E004", detail=str(error)) from error
        raise InputError("E003", detail=f"pdfium: {error}") from error


def render_page(document, index: int, dpi: int, max_pixels: int):
    """Page ``index`` as an RGB PIL image at ``dpi``, scaled down to stay under ``max_pixels``."""
    with PDFIUM_LOCK:
        page = document[index]
        width, height = page.get_size()
        scale = dpi / 72
        pixels = width * scale * height * scale
        if pixels > max_pixels:
            scale *= (max_pixels / pixels) ** 0.5
        image = page.render(scale=scale).to_pil().convert("RGB")
        page.close()
    return image


def blank_image(image) -> bool:
    """True for a page with (almost) nothing drawn on it (separator sheets): no need to OCR it."""
    step = max(1, round(image.width / 300))  # the histogram of a ~36 dpi copy is enough
    histogram = image.reduce(step).convert("L").histogram()
    return sum(histogram[:BLANK_LEVEL]) / sum(histogram) < BLANK_SHARE


def _page_chars(document, plumber, index: int) -> tuple[list[dict], float, float]:
    """pdfplumber's characters when it is the chosen backend and could open the file, else pdfium's."""
    if plumber is not None:
        return plumber_chars(plumber, index)
    return pdfium_chars(document, index)


def _open_plumber(data: bytes, record: DocumentRecord):
    import pdfplumber

    try:
        return pdfplumber.open(io.BytesIO(data))
    except Exception as error:  # pdfminer raises many kinds on damaged files
        log.info("pdfplumber cannot open %s (%r); using pdfium's text", record.source.name, error)
        return None


@PARSERS.register("parser.pdf.v1")
class PdfParser(Parser):
    name = "parser.pdf.v1"
    media_types = ("application/pdf",)
    extensions = ("pdf",)

    def content_score(self, head: bytes, data: bytes | None) -> float:
        return 1.0 if b"%PDF-" in head[:1024] else 0.0

    def parse(self, data: bytes, record: DocumentRecord, settings: AnalysisSettings) -> None:
        if settings.pdf_text_backend not in BACKENDS:
            raise ConfigError("E901", detail=f"pdf_text_backend {settings.pdf_text_backend!r}; known: {BACKENDS}")
        document = open_pdfium(data)
        try:
            with PDFIUM_LOCK:
                count = len(document)
            if count > settings.max_pages:
                add_code(record, "E005", detail=f"{count} pages; only the first {settings.max_pages} read")
                count = settings.max_pages
            if b"%%EOF" not in data[-2048:]:
                add_code(record, "E003", detail="the file ends early (no %%EOF); pages read as far as possible")
            plumber = _open_plumber(data, record) if settings.pdf_text_backend == "pdfplumber" else None
            try:
                for index in range(count):
                    record.pages.append(self._page(document, plumber, index, record, settings))
            finally:
                if plumber is not None:
                    plumber.close()
        finally:
            with PDFIUM_LOCK:
                document.close()

    def _page(self, document, plumber, index: int, record: DocumentRecord,
              settings: AnalysisSettings) -> Page:
        number = index + 1
        try:
            chars, width, height = _page_chars(document, plumber, index)
        except Exception as error:  # a damaged page object; try OCR on pdfium's rendering
            log.info("text layer of page %s unreadable: %r", number, error)
            chars, width, height = [], None, None
        text, units = layout_text(chars)
        if not text.strip():  # a scanned or blank page: rendered once, for the blank test and OCR
            return self._ocr(document, index, record, settings, blank_size=(width, height))
        problem = garbled.text_layer_problem(text)
        if problem is None and text.strip() and garbled.needs_ink_check(text) and width and height:
            problem = self._ink_problem(document, index, units, width * height, settings)
        if text.strip() and problem is None:
            page = Page(number=number, text=text, text_source="text_layer", width=width, height=height,
                        unit="pt", units=units, unit_level="char")
            if settings.keep_page_images:  # boxes stay in pt: scale by image.width / page.width
                page.image = png_bytes(render_page(document, index, settings.render_dpi,
                                                   settings.max_image_pixels))
            return page
        if problem:
            log.info("page %s text layer garbled: %s", number, problem)
        return self._ocr(document, index, record, settings)

    def _histogram(self, document, index: int, settings: AnalysisSettings) -> list[int] | None:
        """Grey-level histogram of the page rendered small (None when pdfium cannot draw it)."""
        try:
            return render_page(document, index, INK_CHECK_DPI, settings.max_image_pixels).convert("L").histogram()
        except Exception:  # an unrenderable page; the caller decides without it
            return None

    def _ink_problem(self, document, index: int, units, page_area: float,
                     settings: AnalysisSettings) -> str | None:
        histogram = self._histogram(document, index, settings)
        if histogram is None:
            return None
        dark_share = sum(histogram[:DARK_LEVEL]) / max(sum(histogram), 1)
        glyph_area = sum((u.box.x1 - u.box.x0) * (u.box.y1 - u.box.y0) for u in units)
        return garbled.ink_problem(dark_share, glyph_area / page_area, settings.garbled_ink_ratio)

    def _ocr(self, document, index: int, record: DocumentRecord, settings: AnalysisSettings,
             blank_size: tuple[float | None, float | None] | None = None) -> Page:
        """OCR of the page rendered at ``render_dpi``; with ``blank_size``, a blank page is skipped."""
        number = index + 1
        try:
            image = render_page(document, index, settings.render_dpi, settings.max_image_pixels)
        except Exception as error:  # pdfium could not draw this page
            add_code(record, "E104", page=number, detail=f"{type(error).__name__}: {error}")
            return Page(number=number, text_source="ocr", unit="px")
        if blank_size is not None and blank_image(image):
            width, height = blank_size
            return Page(number=number, text="", text_source="text_layer", width=width, height=height)
        return ocr_page(image, record, settings, number)
