"""Detect text layers that cannot be trusted, page by page, so those pages go to OCR.

Signs, each measured on one page's text layer:
- ``(cid:NNN)`` glyphs: the font has no Unicode map, pdfminer prints glyph ids;
- U+FFFD replacement characters, private-use code points, control characters and runs of
  Latin-1 accented letters: broken or missing ToUnicode maps (pdfium returns raw glyph codes);
- CJK characters separated by spaces: a layer written glyph by glyph with spacing;
- little text but much ink on the rendered page: the visible text is an image (a scanned page
  with only a page number or a stamp caption as text).
"""

from __future__ import annotations

import re

CID = re.compile(r"\(cid:\d+\)")
SPACED_CJK = re.compile(r"[\u3400-\u9fff][ \u00a0]+(?=[\u3400-\u9fff])")
CJK = re.compile(r"[\u3400-\u9fff]")
GLYPH_SHARE = 0.05  # share of cid/replacement glyphs that makes a layer garbled
PRIVATE_USE_SHARE = 0.10
LATIN1_SHARE = 0.20
SPACED_SHARE = 0.30
MIN_CJK_FOR_SPACING = 10
LITTLE_TEXT = 60  # pages with fewer visible characters get the ink check
INK_PER_GLYPH_AREA = 0.35  # dark share of a character box for ordinary printed text
MIN_INK = 0.01  # a rendered page darker than this has real content


def text_layer_problem(text: str) -> str | None:
    """Why this page's text layer is garbled, or None when it looks like real text."""
    cid_count = len(CID.findall(text))
    visible = [char for char in CID.sub("\x00", text) if not char.isspace()]
    if not visible:
        return None
    total = len(visible)
    if cid_count / total > GLYPH_SHARE:
        return f"cid glyphs ({cid_count} of {total})"
    replacement = sum(char == "\ufffd" for char in visible)
    if replacement / total > GLYPH_SHARE:
        return f"replacement characters ({replacement} of {total})"
    private = sum(0xE000 <= ord(char) <= 0xF8FF for char in visible)
    if private / total > PRIVATE_USE_SHARE:
        return f"private-use glyphs ({private} of {total})"
    controls = sum(ord(char) < 0x20 or 0x7F <= ord(char) < 0xA0 for char in visible)
    if controls / total > GLYPH_SHARE:
        return f"control characters ({controls} of {total})"
    latin1 = sum(0xC0 <= ord(char) <= 0xFF for char in visible)
    if latin1 / total > LATIN1_SHARE:
        return f"raw glyph codes shown as Latin-1 letters ({latin1} of {total})"
    cjk = len(CJK.findall(text))
    spaced = len(SPACED_CJK.findall(text))
    if cjk >= MIN_CJK_FOR_SPACING and spaced / cjk > SPACED_SHARE:
        return f"CJK characters separated by spaces ({spaced} of {cjk})"
    return None


def needs_ink_check(text: str) -> bool:
    return sum(not char.isspace() for char in text) < LITTLE_TEXT


def ink_problem(dark_share: float, glyph_area_share: float, max_ratio: float) -> str | None:
    """Garbled when the rendered page has far more ink than its text-layer glyphs explain.

    ``dark_share``: share of dark pixels on the rendered page; ``glyph_area_share``: the sum
    of the text layer's character box areas over the page area.
    """
    if dark_share < MIN_INK:
        return None
    explained = max(glyph_area_share * INK_PER_GLYPH_AREA, 1e-4)
    ratio = dark_share / explained
    if ratio > max_ratio:
        return f"ink {dark_share:.3f} is {ratio:.0f}x what the text layer explains"
    return None
