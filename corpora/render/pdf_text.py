"""Text-layer PDF of a decision (reportlab, embedded CJK TrueType font, A4, multi-page)."""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from corpora.render.native import decision_lines

# TrueType (glyf) CJK fonts reportlab can embed; Noto CJK is CFF-based and cannot be used.
CJK_TRUETYPE_FONTS = (
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
)
FONT_NAME = "LeadMinerCJK"
A4 = (595.2756, 841.8898)
MARGIN = 72.0


@lru_cache(maxsize=1)
def cjk_font_name() -> str:
    """Register the first available CJK TrueType font with reportlab and return its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for path in CJK_TRUETYPE_FONTS:
        if path.exists():
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
            return FONT_NAME
    raise FileNotFoundError("no CJK TrueType font found; install fonts-wqy-zenhei "
                            f"(looked for {', '.join(map(str, CJK_TRUETYPE_FONTS))})")


def wrap_line(line: str, font: str, size: float, width: float) -> list[str]:
    """Split ``line`` into pieces that fit ``width`` points at ``size``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pieces, current = [], ""
    for char in line:
        if current and stringWidth(current + char, font, size) > width:
            pieces.append(current)
            current = ""
        current += char
    if current:
        pieces.append(current)
    return pieces or [""]


def render_pdf_text(text: str, *, font_size: float = 12.0, title_size: float = 20.0,
                    fake_bold: bool = False, password: str | None = None,
                    owner_password: str | None = None, indent: bool = True) -> bytes:
    """A4 pages: agency and title centered, decision number centered, body wrapped.

    ``fake_bold`` draws the title twice 0.3 pt apart, as word processors do for bold CJK
    without a bold font, so the text layer holds duplicate characters. ``password`` encrypts
    the file with that user password.
    """
    from reportlab.pdfgen import canvas

    font = cjk_font_name()
    encrypt = None
    if password is not None:
        from reportlab.lib.pdfencrypt import StandardEncryption

        encrypt = StandardEncryption(password, ownerPassword=owner_password or password + "-owner")
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt, invariant=1)
    pdf.setTitle("行政处罚决定书")
    _draw_decision(pdf, decision_lines(text), font, font_size, title_size, fake_bold, indent)
    pdf.save()
    return buffer.getvalue()


def _draw_decision(pdf, lines: list[str], font: str, size: float, title_size: float,
                   fake_bold: bool, indent: bool) -> None:
    width, height = A4
    y = height - MARGIN
    for index, line in enumerate(lines):
        heading = index < 3
        line_size = title_size if index == 1 else (size + 2 if heading else size)
        body = ("\u3000\u3000" + line) if (indent and not heading) else line
        for piece in wrap_line(body, font, line_size, width - 2 * MARGIN):
            if y < MARGIN + line_size:
                pdf.showPage()
                y = height - MARGIN
            y -= line_size * 1.6
            pdf.setFont(font, line_size)
            if heading:
                pdf.drawCentredString(width / 2, y, piece)
                if fake_bold and index == 1:
                    pdf.drawCentredString(width / 2 + 0.3, y, piece)
            else:
                pdf.drawString(MARGIN, y, piece)
        if index == 2:
            y -= size


def turn_pages(data: bytes, rotation: int) -> bytes:
    """The same PDF stored turned: each page's content rotated counter-clockwise by ``rotation``
    degrees and the page's ``/Rotate`` set to ``rotation``, so viewers show it exactly as before
    (as scanners and converters that keep landscape-fed pages do). ``rotation``: 90, 180 or 270.
    """
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(data)
    turned = pdfium.PdfDocument.new()
    for index in range(len(source)):
        width, height = source[index].get_size()
        page = turned.new_page(*((height, width) if rotation in (90, 270) else (width, height)))
        content = source.page_as_xobject(index, turned).as_pageobject()
        matrix = pdfium.PdfMatrix().rotate(rotation, ccw=True)
        corners = [matrix.on_point(x, y) for x, y in ((0, 0), (width, 0), (0, height), (width, height))]
        content.transform(matrix.translate(-min(c[0] for c in corners), -min(c[1] for c in corners)))
        page.insert_obj(content)
        page.gen_content()
        page.set_rotation(rotation)
    buffer = io.BytesIO()
    turned.save(buffer)
    return buffer.getvalue()
