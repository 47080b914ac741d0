"""Turn a page image into an OCR'd ``Page`` through ``analysis.ocr`` (imported lazily).

A page that fails OCR gets a page error (E101 engine missing, E102 failed, ...) and an
empty text; the other pages go on. Pixel units: ``unit="px"``, width/height of the image.
"""

from __future__ import annotations

import io
import logging
import time

from PIL import Image

from analysis.errors import LeadMinerError
from analysis.ingest.assemble import add_code, add_exception
from analysis.record import DocumentRecord, Page
from analysis.settings import AnalysisSettings

log = logging.getLogger(__name__)


def ocr_page(image: Image.Image, record: DocumentRecord, settings: AnalysisSettings,
             number: int) -> Page:
    """The OCR'd page ``number`` of ``record`` (errors recorded on the record)."""
    page = Page(number=number, text_source="ocr", unit="px",
                width=float(image.width), height=float(image.height))
    if getattr(settings, "keep_page_images", False):
        page.image = png_bytes(image)
    try:
        from analysis.ocr import ocr_image
    except ImportError as error:
        add_code(record, "E101", page=number, detail=f"analysis.ocr: {error}")
        return page
    started = time.perf_counter()
    try:
        result = ocr_image(image, settings, number)
    except LeadMinerError as error:
        add_exception(record, error, page=number)
        return page
    except Exception as error:  # an engine crash on one page must not sink the dossier
        log.warning("OCR crashed on page %s of %s", number, record.source.name, exc_info=True)
        add_code(record, "E102", page=number, detail=f"{type(error).__name__}: {error}"[:500])
        return page
    finally:
        timings = record.provenance.timings
        timings["ocr"] = round(timings.get("ocr", 0.0) + time.perf_counter() - started, 4)
    page.text = result.text
    page.units = list(result.units)
    page.confidence = result.confidence
    page.ocr_engine = result.engine
    page.ocr_preprocessing = list(result.preprocessing)
    page.unit_level = result.unit_level if page.units else "none"
    return page


def png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
