"""Characters of a PDF text layer (pdfplumber ``chars``) → page text with one box per character.

Boxes are in PDF points with the origin at the top-left (pdfplumber's ``x0, top, x1, bottom``).
Fake bold (the same glyph drawn twice a fraction of a point apart) is removed, characters are
grouped into lines by vertical overlap and ordered left to right. A space is inserted for a
wide gap only next to a non-CJK character: Chinese text has no spaces between characters.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from analysis.record import TextUnit

Char = dict[str, Any]
FAKE_BOLD_TOLERANCE = 0.15  # share of the font size within which a same-glyph duplicate is fake bold
GAP_SPACE = 0.4  # share of the font size above which a gap between Latin characters is a space


def is_cjk(char: str) -> bool:
    code = ord(char[0]) if char else 0
    return (0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x2FFFF
            or 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF)


def _size(char: Char) -> float:
    return float(char.get("size") or (char["bottom"] - char["top"]) or 10.0)


def remove_fake_bold(chars: Iterable[Char]) -> list[Char]:
    """Drop a character when the same glyph already sits at nearly the same position.

    Kept glyphs are indexed in a grid of cells twice the tolerance wide, so a duplicate within
    the tolerance is in one of the two nearest cells on each axis (four look-ups per glyph).
    """
    kept: list[Char] = []
    grid: dict[tuple[str, int, int], list[Char]] = {}
    for char in chars:
        tolerance = max(0.5, FAKE_BOLD_TOLERANCE * _size(char))
        fx, fy = char["x0"] / (2 * tolerance), char["top"] / (2 * tolerance)
        cx, cy = int(fx // 1), int(fy // 1)
        nx = cx - 1 if fx - cx < 0.5 else cx + 1
        ny = cy - 1 if fy - cy < 0.5 else cy + 1
        text = char["text"]
        if not any(abs(other["x0"] - char["x0"]) <= tolerance and abs(other["top"] - char["top"]) <= tolerance
                   for key in ((text, cx, cy), (text, nx, cy), (text, cx, ny), (text, nx, ny))
                   for other in grid.get(key, ())):
            kept.append(char)
            grid.setdefault((text, cx, cy), []).append(char)
    return kept


def group_lines(chars: Sequence[Char]) -> list[list[Char]]:
    """Characters grouped into lines (top to bottom), each line sorted left to right."""
    lines: list[list[Char]] = []
    middles: list[float] = []
    for char in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        middle = (char["top"] + char["bottom"]) / 2
        if lines and abs(middle - middles[-1]) < 0.5 * _size(char):
            lines[-1].append(char)
            continue
        lines.append([char])
        middles.append(middle)
    return [sorted(line, key=lambda c: c["x0"]) for line in lines]


def layout_text(chars: Iterable[Char]) -> tuple[str, list[TextUnit]]:
    """Page text and one character unit per glyph, ``start``/``end`` into that text."""
    parts: list[str] = []
    units: list[TextUnit] = []
    offset = 0
    for line_index, line in enumerate(group_lines(remove_fake_bold(chars))):
        if line_index:
            parts.append("\n")
            offset += 1
        previous: Char | None = None
        for char in line:
            if previous is not None and _needs_space(previous, char):
                parts.append(" ")
                offset += 1
            text = char["text"]
            box = {"x0": char["x0"], "y0": char["top"], "x1": char["x1"], "y1": char["bottom"]}
            # one validation per unit (nested dict) is a third cheaper than building Box first
            units.append(TextUnit.model_validate({"text": text, "start": offset,
                                                  "end": offset + len(text), "box": box}))
            parts.append(text)
            offset += len(text)
            previous = char
    return "".join(parts), units


def _needs_space(previous: Char, char: Char) -> bool:
    if previous["text"].isspace() or char["text"].isspace():
        return False
    if is_cjk(previous["text"]) and is_cjk(char["text"]):
        return False
    return char["x0"] - previous["x1"] > GAP_SPACE * _size(char)
