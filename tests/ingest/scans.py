"""Small page images and image-only PDFs made in the tests (the scan renderer is another module)."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from corpora.render.pdf_text import CJK_TRUETYPE_FONTS


def text_image(lines: list[str], size: tuple[int, int] = (1240, 1754), font_px: int = 36) -> Image.Image:
    """A white page with black CJK text lines, like a 150 dpi scan of a decision."""
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    font_path = next(path for path in CJK_TRUETYPE_FONTS if path.exists())
    font = ImageFont.truetype(str(font_path), font_px)
    y = 120
    for line in lines:
        draw.text((100, y), line, fill="black", font=font)
        y += int(font_px * 1.8)
    return image


def image_pdf(image: Image.Image, caption: str | None = None, pages: int = 1) -> bytes:
    """A PDF whose A4 pages are ``image`` (no text layer), with an optional small text caption."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from corpora.render.pdf_text import A4, cjk_font_name

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for _ in range(pages):
        pdf.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
        if caption:
            pdf.setFont(cjk_font_name(), 9)
            pdf.drawString(280, 20, caption)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def encode(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()
