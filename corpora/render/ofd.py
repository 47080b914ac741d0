"""OFD (GB/T 33190-2016) rendering: a ZIP of XML with one TextObject per line.

Layout: ``OFD.xml`` → ``Doc_0/Document.xml`` → ``Doc_0/Pages/Page_N/Content.xml``; sizes
and positions in millimetres; ``TextCode`` X/Y are relative to the object's ``Boundary``
and Y is the baseline.
"""

from __future__ import annotations

import random
from xml.sax.saxutils import escape, quoteattr

from corpora.render.native import build_zip, decision_lines

NS = "http://www.ofdspec.org/2016"
PAGE_MM = (210.0, 297.0)
MARGIN_MM = 25.0


def _char_width(char: str, size: float) -> float:
    return size if ord(char) > 0x2E7F else size / 2


def _wrap(line: str, size: float, width: float) -> list[str]:
    pieces, current, used = [], "", 0.0
    for char in line:
        step = _char_width(char, size)
        if current and used + step > width:
            pieces.append(current)
            current, used = "", 0.0
        current += char
        used += step
    return [*pieces, current] if current else pieces


def _text_object(obj_id: int, piece: str, x: float, y: float, size: float, ctm: bool = False) -> str:
    """One line; with ``ctm`` the glyphs are laid out at size 1 and scaled by the object's CTM."""
    widths = [_char_width(char, size) for char in piece]
    boundary = f"{x:g} {y:g} {sum(widths):g} {size * 1.2:g}"
    unit = size if ctm else 1.0
    delta = " ".join(f"{w / unit:g}" for w in widths[:-1])
    transform = f' CTM="{size:g} 0 0 {size:g} 0 0"' if ctm else ""
    return (f'<ofd:TextObject ID="{obj_id}" Boundary="{boundary}" Font="3" Size="{size / unit:g}"{transform}>'
            f'<ofd:TextCode X="0" Y="{size / unit:g}" DeltaX={quoteattr(delta)}>{escape(piece)}</ofd:TextCode>'
            "</ofd:TextObject>")


def _layout(lines: list[str], size: float) -> list[list[tuple[str, float, float, float]]]:
    """Pages of (text, x, y, size) rows in millimetres."""
    width = PAGE_MM[0] - 2 * MARGIN_MM
    pages: list[list[tuple[str, float, float, float]]] = [[]]
    y = MARGIN_MM
    for index, line in enumerate(lines):
        line_size = size * 1.6 if index == 1 else size
        body = line if index < 3 else "\u3000\u3000" + line
        for piece in _wrap(body, line_size, width):
            if y + line_size * 1.8 > PAGE_MM[1] - MARGIN_MM:
                pages.append([])
                y = MARGIN_MM
            piece_width = sum(_char_width(char, line_size) for char in piece)
            x = (PAGE_MM[0] - piece_width) / 2 if index < 3 else MARGIN_MM
            pages[-1].append((piece, round(x, 2), round(y, 2), line_size))
            y += line_size * 1.8
    return pages


TEMPLATE_ID = 900


def render_ofd(text: str, *, font_size: float = 4.2, shuffle: bool = False, seed: int = 0,
               ctm: bool = False, template: str | None = None) -> bytes:
    """OFD bytes; ``shuffle`` writes each page's text objects in random order (reading-order test);
    ``ctm`` scales unit-size glyphs with each object's CTM, as some OFD writers do; ``template``:
    a letterhead line drawn on a template page (``TemplatePage``) that every page uses."""
    pages = _layout(decision_lines(text), font_size)
    members: dict[str, bytes] = {"OFD.xml": _ofd_xml(), "Doc_0/PublicRes.xml": _public_res()}
    use_template = ""
    if template:
        width = sum(_char_width(char, font_size) for char in template)
        letterhead = _text_object(90, template, round((PAGE_MM[0] - width) / 2, 2), 10.0, font_size)
        members["Doc_0/Tpls/Tpl_0/Content.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{NS}"><ofd:Content>'
            f'<ofd:Layer ID="9">{letterhead}</ofd:Layer></ofd:Content></ofd:Page>').encode()
        use_template = f'<ofd:Template TemplateID="{TEMPLATE_ID}" ZOrder="Background"/>'
    rng = random.Random(seed)
    page_refs = []
    for number, rows in enumerate(pages):
        objects = [_text_object(100 + i, *row, ctm=ctm) for i, row in enumerate(rows)]
        if shuffle:
            rng.shuffle(objects)
        content = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{NS}">{use_template}'
                   f'<ofd:Content><ofd:Layer ID="{10 + number}">{"".join(objects)}</ofd:Layer></ofd:Content></ofd:Page>')
        members[f"Doc_0/Pages/Page_{number}/Content.xml"] = content.encode("utf-8")
        page_refs.append(f'<ofd:Page ID="{number + 1}" BaseLoc="Pages/Page_{number}/Content.xml"/>')
    templates = (f'<ofd:TemplatePage ID="{TEMPLATE_ID}" BaseLoc="Tpls/Tpl_0/Content.xml"/>'
                 if template else "")
    members["Doc_0/Document.xml"] = _document_xml(page_refs, templates)
    return build_zip(members)


def _ofd_xml() -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD">'
            "<ofd:DocBody><ofd:DocInfo><ofd:DocID>leadminer-render</ofd:DocID><ofd:Title>行政处罚决定书"
            "</ofd:Title></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody>"
            "</ofd:OFD>").encode()


def _public_res() -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{NS}" BaseLoc="Res">'
            '<ofd:Fonts><ofd:Font ID="3" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>'
            ).encode()


def _document_xml(page_refs: list[str], templates: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
            f"<ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 {PAGE_MM[0]:g} "
            f"{PAGE_MM[1]:g}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
            f"{templates}</ofd:CommonData><ofd:Pages>{''.join(page_refs)}</ofd:Pages></ofd:Document>").encode()
