"""Lay a decision text out on A4 pages: fonts, line wrapping, positions (no pixels yet).

Text contract: the first line is the issuing agency, the second the title (both centred, large);
a short third line ending in 号 is the decision number (centred); the remaining lines are
paragraphs (first-line indent of two characters, wrapped to the page width); a closing agency
name and date (the last two short lines, the last one a date) are right-aligned as the
signature, where a seal goes. Every drawn line keeps its text and box, which is the ground
truth for character error rates and box tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

A4_MM = (210.0, 297.0)
MARGIN_MM = (26.0, 30.0, 26.0, 30.0)  # left, top, right, bottom
TITLE_PT, BODY_PT, LINE_SPACING = 20.0, 14.0, 1.75
FONT_CANDIDATES = (
    ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", "SC"),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "SC"),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", ""),
)
# Characters that may not start a line (GB/T 15834 line breaking): they hang at the line end.
NO_LINE_START = set("，。、；：？！）》」』】〕”’…%")
_DATE = re.compile(r"^\s*[0-9〇零一二三四五六七八九十]{2,4}\s*年.{1,3}月.{1,3}日\s*$")


@dataclass(frozen=True)
class DrawnLine:
    """One line of text as drawn: ``box`` is (x0, y0, x1, y1) in page pixels before skewing."""

    text: str
    x: float
    y: float
    size_px: int
    kind: str  # agency | title | number | body | signature
    page: int

    def char_box(self, index: int, dpi: int) -> tuple[float, float, float, float]:
        """The box of the ``index``-th character (for tests that locate a known word)."""
        font = cjk_font(self.size_px)
        left = self.x + font.getlength(self.text[:index])
        right = self.x + font.getlength(self.text[: index + 1])
        return (left, self.y, right, self.y + self.size_px)

    @property
    def box(self) -> tuple[float, float, float, float]:
        width = cjk_font(self.size_px).getlength(self.text)
        return (self.x, self.y, self.x + width, self.y + self.size_px)


@dataclass(frozen=True)
class PageGeometry:
    dpi: int

    @property
    def size(self) -> tuple[int, int]:
        return (mm_to_px(A4_MM[0], self.dpi), mm_to_px(A4_MM[1], self.dpi))

    @property
    def text_left(self) -> float:
        return mm_to_px(MARGIN_MM[0], self.dpi)

    @property
    def text_right(self) -> float:
        return self.size[0] - mm_to_px(MARGIN_MM[2], self.dpi)

    @property
    def text_top(self) -> float:
        return mm_to_px(MARGIN_MM[1], self.dpi)

    @property
    def text_bottom(self) -> float:
        return self.size[1] - mm_to_px(MARGIN_MM[3], self.dpi)


def mm_to_px(mm: float, dpi: int) -> int:
    return round(mm / 25.4 * dpi)


def pt_to_px(pt: float, dpi: int) -> int:
    return max(6, round(pt / 72.0 * dpi))


@lru_cache(maxsize=64)
def cjk_font(size_px: int) -> ImageFont.FreeTypeFont:
    """A Simplified-Chinese font from the Debian packages (fonts-noto-cjk or fonts-wqy-zenhei)."""
    for path, wanted in FONT_CANDIDATES:
        if not Path(path).exists():
            continue
        for index in range(10):
            try:
                font = ImageFont.truetype(path, size_px, index=index)
            except OSError:
                break
            if wanted in font.getname()[0]:
                return font
    raise FileNotFoundError("no CJK font found: install fonts-noto-cjk (scripts/bootstrap.sh)")


def wrap(text: str, font: ImageFont.FreeTypeFont, first_width: float, width: float) -> list[str]:
    """Break ``text`` into lines no wider than the widths (character by character, as CJK wraps)."""
    lines: list[str] = []
    current = ""
    limit = first_width
    for ch in text:
        if current and font.getlength(current + ch) > limit and ch not in NO_LINE_START:
            lines.append(current)
            current, limit = "", width
        current += ch
    if current or not lines:
        lines.append(current)
    return lines


def _kinds(paragraphs: list[str]) -> list[str]:
    kinds = ["body"] * len(paragraphs)
    if paragraphs:
        kinds[0] = "agency"
    if len(paragraphs) > 1:
        kinds[1] = "title"
    if len(paragraphs) > 2 and len(paragraphs[2]) <= 30 and paragraphs[2].rstrip().endswith("号"):
        kinds[2] = "number"
    if len(paragraphs) > 4 and _DATE.match(paragraphs[-1]) and len(paragraphs[-2]) <= 24:
        kinds[-1] = kinds[-2] = "signature"
    return kinds


def layout_pages(text: str, dpi: int = 300) -> list[list[DrawnLine]]:
    """Positions of every line on every page for ``text`` at ``dpi``."""
    geometry = PageGeometry(dpi)
    paragraphs = [p.strip() for p in text.strip("\n").split("\n") if p.strip()]
    pages: list[list[DrawnLine]] = [[]]
    y = geometry.text_top
    for paragraph, kind in zip(paragraphs, _kinds(paragraphs), strict=True):
        size = pt_to_px(TITLE_PT if kind in ("agency", "title") else BODY_PT, dpi)
        font = cjk_font(size)
        step = size * LINE_SPACING
        if kind == "signature" and paragraph is paragraphs[-2]:
            y += step  # a blank line before the signature block
        for x, line in _place(paragraph, kind, font, geometry):
            if y + size > geometry.text_bottom:
                pages.append([])
                y = geometry.text_top
            pages[-1].append(DrawnLine(text=line, x=x, y=y, size_px=size, kind=kind, page=len(pages) - 1))
            y += step
        if kind == "title":
            y += step * 0.5
    return pages


def _place(paragraph: str, kind: str, font: ImageFont.FreeTypeFont, geometry: PageGeometry):
    left, right = geometry.text_left, geometry.text_right
    width = right - left
    if kind in ("agency", "title", "number"):
        for line in wrap(paragraph, font, width, width):
            yield left + (width - font.getlength(line)) / 2, line
        return
    if kind == "signature":
        indent_right = 4 * font.size
        for line in wrap(paragraph, font, width, width):
            yield right - indent_right - font.getlength(line), line
        return
    indent = 2 * font.size
    for index, line in enumerate(wrap(paragraph, font, width - indent, width)):
        yield (left + indent if index == 0 else left), line


def page_texts(pages: list[list[DrawnLine]]) -> list[str]:
    """The ground-truth text of each page: its drawn lines joined by newlines."""
    return ["\n".join(line.text for line in page) for page in pages]
