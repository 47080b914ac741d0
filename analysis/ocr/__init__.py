"""OCR of page images behind an engine registry (RapidOCR by default, Tesseract per job).

    from analysis.ocr import ocr_image
    page = ocr_image(pil_image, settings, page_number=1)   # -> OcrPage

``OcrPage`` carries the cleaned text, line or word ``TextUnit``s whose boxes are in the
ORIGINAL image's pixels, the mean confidence, the engine label (``"rapidocr 1.4.4"``) and
the preprocessing steps applied. Engines: ``ENGINES`` (``ocr.rapidocr.v1``,
``ocr.tesseract.v1``); settings name them by kind (``ocr_engine = "rapidocr"``).
"""

from analysis.ocr import rapid, tess  # noqa: F401  (register the engines)
from analysis.ocr.base import ENGINES, EngineLine, EngineOptions, OcrEngine, OcrPage, get_engine
from analysis.ocr.rapid import RapidOcrEngine, RapidOcrOptions
from analysis.ocr.service import engine_for, ocr_image
from analysis.ocr.tess import TesseractEngine, TesseractOptions

__all__ = [
    "ENGINES", "EngineLine", "EngineOptions", "OcrEngine", "OcrPage", "RapidOcrEngine",
    "RapidOcrOptions", "TesseractEngine", "TesseractOptions", "engine_for", "get_engine", "ocr_image",
]
