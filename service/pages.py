"""Page images rendered on request from the stored original (pdfium for PDFs; images as they
are), and the original bytes of a document (a ZIP member is read back out of its dossier)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from service.db.models import Document
from service.storage import FileStore

IMAGE_TYPES = ("image/png", "image/jpeg", "image/tiff", "image/bmp", "image/gif", "image/webp")


class NoPageImage(Exception):
    """The document has no page image (plain text, Word, HTML...)."""


def original_bytes(store: FileStore, document: Document) -> bytes:
    data = store.get(document.file_sha256)
    if not document.member:
        return data
    return _member_bytes(data, document.member)


def _member_bytes(data: bytes, member: str) -> bytes:
    """Read ``member`` (``a/b.pdf``, or ``inner.zip/b.pdf`` for nested archives) from a ZIP."""
    from analysis.ingest.archive import member_name  # the names ingest gave the members (GBK too)

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = {member_name(info): info for info in archive.infolist()}
        if member in infos:
            return archive.read(infos[member])
        parts = member.split("/")
        for cut in range(1, len(parts)):
            head = "/".join(parts[:cut])
            if head in infos and head.lower().endswith(".zip"):
                return _member_bytes(archive.read(infos[head]), "/".join(parts[cut:]))
    raise KeyError(member)


def _media_type(document: Document) -> str:
    if document.media_type != "application/octet-stream":
        return document.media_type
    suffix = Path(document.member or document.name).suffix.lower()
    return {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg",
            ".jpeg": "image/jpeg", ".tif": "image/tiff", ".tiff": "image/tiff"}.get(suffix, "")


def render_page(store: FileStore, document: Document, number: int, dpi: int, cache_dir: Path) -> bytes:
    """PNG of page ``number`` (1-based), cached on disk by document, page and resolution."""
    cached = cache_dir / f"{document.document_id}-{number}-{dpi}.png"
    if cached.exists():
        return cached.read_bytes()
    media_type = _media_type(document)
    data = original_bytes(store, document)
    if media_type == "application/pdf":
        png = _render_pdf(data, number, dpi)
    elif media_type in IMAGE_TYPES:
        png = _image_frame(data, number)
    else:
        raise NoPageImage(media_type)
    cache_dir.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(png)
    return png


def _render_pdf(data: bytes, number: int, dpi: int) -> bytes:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        if not 1 <= number <= len(pdf):
            raise IndexError(number)
        image = pdf[number - 1].render(scale=dpi / 72).to_pil()
    finally:
        pdf.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()


def _image_frame(data: bytes, number: int) -> bytes:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        frames = getattr(image, "n_frames", 1)
        if not 1 <= number <= frames:
            raise IndexError(number)
        image.seek(number - 1)
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, format="PNG")
        return buffer.getvalue()
