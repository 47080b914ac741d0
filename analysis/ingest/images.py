"""Image parser: PNG, JPEG (EXIF orientation honoured), TIFF (every frame) → one OCR'd page each.

The pixel count is checked from the header before any pixel is decoded
(``settings.max_image_pixels``, E005); PIL's own decompression-bomb limit is set to the same
value while the file is open and its error is caught too.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from analysis.errors import InputError
from analysis.ingest.assemble import add_code
from analysis.ingest.base import PARSERS, Parser
from analysis.ingest.ocr_bridge import ocr_page
from analysis.record import DocumentRecord
from analysis.settings import AnalysisSettings

MAGIC = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"II*\x00": "image/tiff",
    b"MM\x00*": "image/tiff",
}


@contextmanager
def pixel_limit(max_pixels: int) -> Iterator[None]:
    """PIL's decompression-bomb limit set to ``max_pixels`` (restored afterwards)."""
    previous = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = max_pixels
    try:
        with warnings.catch_warnings():
            # PIL raises DecompressionBombError above twice the limit and only warns between
            # once and twice; _check_pixels turns that range into E005 too, so the warning is noise
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            yield
    finally:
        Image.MAX_IMAGE_PIXELS = previous


def media_type(head: bytes) -> str | None:
    for magic, kind in MAGIC.items():
        if head.startswith(magic):
            return kind
    return None


@PARSERS.register("parser.image.v1")
class ImageParser(Parser):
    name = "parser.image.v1"
    media_types = ("image/png", "image/jpeg", "image/tiff")
    extensions = ("png", "jpg", "jpeg", "tif", "tiff")

    def content_score(self, head: bytes, data: bytes | None) -> float:
        return 1.0 if media_type(head) else 0.0

    def parse(self, data: bytes, record: DocumentRecord, settings: AnalysisSettings) -> None:
        record.source.media_type = media_type(data[:16]) or record.source.media_type
        with pixel_limit(settings.max_image_pixels):
            try:
                image = Image.open(io.BytesIO(data))
            except Image.DecompressionBombError as error:
                raise InputError("E005", detail=str(error)) from error
            except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
                raise InputError("E003", detail=f"image: {error}") from error
            _check_pixels(image, settings.max_image_pixels)
            for index, frame in enumerate(ImageSequence.Iterator(image)):
                if index >= settings.max_pages:
                    add_code(record, "E005", detail=f"only the first {settings.max_pages} frames read")
                    break
                self._frame(frame, index + 1, record, settings)

    def _frame(self, frame: Image.Image, number: int, record: DocumentRecord,
               settings: AnalysisSettings) -> None:
        try:
            _check_pixels(frame, settings.max_image_pixels)
            upright = to_rgb(ImageOps.exif_transpose(frame))
        except InputError as error:
            add_code(record, error.code, page=number, detail=error.detail)
            return
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
            add_code(record, "E003", page=number, detail=f"image frame: {error}")
            return
        record.pages.append(ocr_page(upright, record, settings, number))


def to_rgb(image: Image.Image) -> Image.Image:
    """RGB for OCR: transparency laid on white paper, 16-bit greys scaled to 8 bits, fax bits widened."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        high = max(image.getextrema()[1], 1)
        image = image.convert("I").point(lambda value: value * 255 / high).convert("L")
    if image.mode == "P" and "transparency" in image.info:
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA", "PA"):
        paper = Image.new("RGB", image.size, "white")
        paper.paste(image.convert("RGBA"), mask=image.convert("RGBA").getchannel("A"))
        return paper
    return image.convert("RGB")


def _check_pixels(image: Image.Image, max_pixels: int) -> None:
    pixels = image.width * image.height
    if pixels > max_pixels:
        raise InputError("E005", detail=f"{image.width}x{image.height} = {pixels} pixels > {max_pixels}")
