"""``ocr_image``: one page image in, an ``OcrPage`` out (preprocess → engine → map → clean → cache)."""

from __future__ import annotations

import hashlib
import io
import statistics

import numpy as np
from PIL import Image

from analysis.errors import LeadMinerError, OCRError
from analysis.ocr.base import ENGINES, EngineLine, OcrEngine, OcrPage, engine_registry_name, get_engine
from analysis.ocr.cache import OcrCache, cache_key
from analysis.ocr.cleanup import clean_row
from analysis.ocr.preprocess import PREPROCESS_VERSION, PreparedImage, parse_steps, preprocess
from analysis.record import Box, TextUnit
from analysis.settings import AnalysisSettings


def engine_for(settings: AnalysisSettings) -> OcrEngine:
    """The engine named by ``settings.ocr_engine``, with the languages of the settings."""
    full = engine_registry_name(settings.ocr_engine)
    engine_class = ENGINES.get(full)
    options = engine_class.options_class(languages=settings.ocr_languages)
    return get_engine(full, options)


def page_sha256(image: Image.Image) -> str:
    """sha256 of the page as PNG (fast compression: the hash only needs to be deterministic)."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)
    return hashlib.sha256(buffer.getvalue()).hexdigest()


def ocr_image(image: Image.Image, settings: AnalysisSettings, page_number: int) -> OcrPage:
    """Read one page image; raises ``OCRError`` (E101 engine missing, E102 page failed)."""
    engine = engine_for(settings)
    steps = parse_steps(settings.ocr_preprocess)
    cache = OcrCache(settings.ocr_cache_dir) if settings.ocr_cache_dir else None
    key = None
    if cache is not None:
        key = cache_key(page_sha256(image), engine.kind, engine.version, engine.options.languages,
                        f"{','.join(steps)}|{PREPROCESS_VERSION}|{engine.preprocess_policy}",
                        engine.options.model_dump_json())
        hit = cache.get(key)
        if hit is not None:
            return hit
    page = _read_page(engine, image, steps, page_number)
    if cache is not None and key is not None:
        cache.put(key, page)
    return page


def _read_page(engine: OcrEngine, image: Image.Image, steps: tuple[str, ...], page_number: int) -> OcrPage:
    try:
        rgb = np.asarray(image if image.mode == "RGB" else image.convert("RGB"))
        prepared = preprocess(rgb, steps, engine.preprocess_policy)
        lines = engine.read(prepared.image)
    except LeadMinerError as exc:
        exc.page = page_number
        raise
    except Exception as exc:  # a broken image or an engine crash fails this page only
        raise OCRError("E102", page=page_number, detail=f"{type(exc).__name__}: {exc}") from exc
    page = assemble_page(lines, prepared, engine.unit_level)
    page.engine = engine.label
    page.width, page.height = image.size
    return page


def assemble_page(lines: list[EngineLine], prepared: PreparedImage, unit_level: str) -> OcrPage:
    """Order units into rows, clean their text, map boxes back and build the page text."""
    rows = _rows(lines, unit_level)
    row_texts: list[str] = []
    units: list[TextUnit] = []
    offset = 0
    for row in rows:
        row_text, spans = clean_row([line.text for line in row])
        if not row_text.strip():
            continue
        if row_texts:
            offset += 1  # the newline between rows
        for line, (start, end) in zip(row, spans, strict=True):
            if start == end:
                continue
            x0, y0, x1, y1 = prepared.box_to_original(line.box)
            units.append(TextUnit(text=row_text[start:end], start=offset + start, end=offset + end,
                                  box=Box(x0=x0, y0=y0, x1=x1, y1=y1), confidence=line.confidence))
        row_texts.append(row_text)
        offset += len(row_text)
    confidences = [u.confidence for u in units if u.confidence is not None]
    return OcrPage(text="\n".join(row_texts), units=units,
                   confidence=statistics.fmean(confidences) if confidences else None,
                   engine="", preprocessing=list(prepared.steps), unit_level=unit_level)  # type: ignore[arg-type]


def _rows(lines: list[EngineLine], unit_level: str) -> list[list[EngineLine]]:
    """Group units into text rows: by the engine's line ids (words) or by vertical overlap (lines)."""
    if unit_level == "word":
        rows: dict[int, list[EngineLine]] = {}
        for line in lines:
            rows.setdefault(line.line_id, []).append(line)
        return [sorted(row, key=lambda u: u.box[0]) for row in rows.values()]
    ordered = sorted(lines, key=lambda u: (u.box[1] + u.box[3]) / 2)
    grouped: list[list[EngineLine]] = []
    for line in ordered:
        centre = (line.box[1] + line.box[3]) / 2
        height = line.box[3] - line.box[1]
        if grouped:
            last = grouped[-1]
            last_centre = statistics.fmean((u.box[1] + u.box[3]) / 2 for u in last)
            if abs(centre - last_centre) < 0.5 * max(height, min(u.box[3] - u.box[1] for u in last)):
                last.append(line)
                continue
        grouped.append([line])
    return [sorted(row, key=lambda u: u.box[0]) for row in grouped]
