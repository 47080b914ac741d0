"""The text view all extractors share: original text plus a whitespace-free ``compact`` view.

OCR and PDF text layers put spaces inside words (``罚 款``) and wrap lines mid-number; the
extractors therefore match on ``compact`` (all whitespace removed) and map spans back to
original offsets with ``span()``, so every value still points at the right characters.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from analysis.record import Box, DocumentRecord


@dataclass
class Document:
    text: str
    record: DocumentRecord | None = None
    compact: str = field(init=False)
    offsets: list[int] = field(init=False, repr=False)
    line_starts: set[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        text = self.text
        self.offsets = [match.start() for match in _NON_SPACE.finditer(text)]
        self.compact = "".join(text[i] for i in self.offsets)
        line_starts = {0}
        for newline in _NEWLINE.finditer(text):
            line_starts.add(bisect.bisect_left(self.offsets, newline.end()))
        self.line_starts = {i for i in line_starts if i < len(self.offsets)} | {0}

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the compact span [start, end)."""
        if not self.offsets:
            return 0, 0
        start = min(max(start, 0), len(self.offsets) - 1)
        end = min(max(end, start + 1), len(self.offsets))
        return self.offsets[start], self.offsets[end - 1] + 1

    def to_compact(self, original: int) -> int:
        """Compact index of the first non-space character at or after original offset."""
        return bisect.bisect_left(self.offsets, original)

    def provenance(self, start: int, end: int, producer: str, confidence: float) -> dict:
        """Keyword arguments of ``Extracted`` for the compact span [start, end)."""
        o_start, o_end = self.span(start, end)
        page: int | None = None
        boxes: list[Box] = []
        if self.record is not None and self.record.pages:
            evidence = self.record.evidence(o_start, o_end)
            page, boxes = evidence.page, evidence.boxes
        return {"text": self.text[o_start:o_end], "start": o_start, "end": o_end, "page": page,
                "boxes": boxes, "confidence": round(confidence, 3), "producer": producer}

    @cached_property
    def sentence_bounds(self) -> list[int]:
        """Compact offsets just after each sentence end (。；! ?); line wraps are not ends."""
        return [0] + [m.end() for m in re.finditer(r"[。；;！？!?]", self.compact)]

    def sentence_start(self, index: int) -> int:
        bounds = self.sentence_bounds
        position = bisect.bisect_right(bounds, index) - 1
        return bounds[position] if position >= 0 else 0

    def clause_start(self, index: int) -> int:
        """Start of the comma-delimited clause containing ``index``."""
        low = max(self.sentence_start(index), index - 200)
        cut = low
        for match in _CLAUSE_MARK.finditer(self.compact, low, index):
            cut = match.end()
        return cut


_NON_SPACE = re.compile(r"\S")
_NEWLINE = re.compile(r"\n")
_CLAUSE_MARK = re.compile(r"[。；;：:]|(?<!\d)[，,]|[，,](?!\d{3})")
