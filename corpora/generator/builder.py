"""A text builder that remembers where every labeled piece landed.

Templates are written with placeholders (``{A:sales_amount}``, ``{Q:hazwaste}``, ``{P}``...);
``TextBuilder.template`` writes literal pieces (which may get typos or punctuation noise)
and asks a resolver for each placeholder, recording the span of every placeholder whose
resolver returns a label. Spans are end-exclusive offsets into the final text.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

PLACEHOLDER = re.compile(r"\{([A-Za-z0-9_]+(?::[A-Za-z0-9_]+)?)\}")

# common confusions in published decisions (never applied inside labeled spans)
TYPOS = {"的": "地", "已": "己", "账": "帐", "即": "既", "做": "作", "部": "步", "按": "安", "经": "径", "报": "抱"}


@dataclass
class Piece:
    """One placeholder resolved to text; ``label`` and ``data`` describe the span for the gold."""

    text: str
    label: str | None = None
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class LabeledSpan:
    label: str
    start: int
    end: int
    text: str
    data: dict[str, Any]


class TextBuilder:
    def __init__(self, rng: random.Random, typo_rate: float = 0.0) -> None:
        self.rng = rng
        self.typo_rate = typo_rate
        self._parts: list[str] = []
        self._length = 0
        self.spans: list[LabeledSpan] = []
        self.sections: dict[str, list[int]] = {}

    @property
    def length(self) -> int:
        return self._length

    def literal(self, text: str) -> None:
        if self.typo_rate and text:
            text = self._noise(text)
        self._write(text)

    def raw(self, text: str) -> None:
        self._write(text)

    def piece(self, piece: Piece) -> LabeledSpan | None:
        start = self._length
        self._write(piece.text)
        if piece.label is None or not piece.text:
            return None
        span = LabeledSpan(piece.label, start, self._length, piece.text, piece.data)
        self.spans.append(span)
        if "echo" in piece.data:  # 伍佰肆拾伍元整（¥545元）: the same amount written twice, both labeled
            text, (left, right) = piece.data["echo"]
            self._write(left)
            self.spans.append(LabeledSpan(piece.label, self._length, self._length + len(text), text,
                                          {k: v for k, v in piece.data.items() if k != "echo"}))
            self._write(text + right)
        return span

    def template(self, template: str, resolve: Callable[[str], Piece]) -> None:
        position = 0
        for match in PLACEHOLDER.finditer(template):
            self.literal(template[position:match.start()])
            self.piece(resolve(match.group(1)))
            position = match.end()
        self.literal(template[position:])

    def section(self, name: str, start: int) -> None:
        self.sections[name] = [start, self._length]

    def text(self) -> str:
        return "".join(self._parts)

    def _write(self, text: str) -> None:
        self._parts.append(text)
        self._length += len(text)

    def _noise(self, text: str) -> str:
        rng = self.rng
        chars = list(text)
        for i, ch in enumerate(chars):
            if ch in TYPOS and rng.random() < self.typo_rate:
                chars[i] = TYPOS[ch]
            elif ch == "，" and rng.random() < self.typo_rate * 0.6:
                chars[i] = ","
            elif ch == "：" and rng.random() < self.typo_rate:
                chars[i] = ":"
            elif ch == "。" and rng.random() < self.typo_rate * 0.3:
                chars[i] = ""
        return "".join(chars)
