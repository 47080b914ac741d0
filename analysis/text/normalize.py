"""Char-for-char text normalization: the result has exactly the input's length.

Why same length: ``record.text`` spans point at page character boxes; a normalizer that
inserted or removed characters would shift every span. So we only *substitute*:
full-width ASCII letters/digits/symbols → half-width, the ideographic space → space, and a
few OCR confusions that keep length (``O``/``o`` → ``0`` and ``l``/``I`` → ``1`` between digits,
``〇`` lookalikes inside Chinese year numerals). Chinese punctuation (，。；：（）) is kept: it
carries sentence structure the extractors rely on.
"""

from __future__ import annotations

import re

from analysis.pipeline import COMPONENTS
from analysis.record import DocumentRecord

# Full-width forms whose half-width twin is unambiguous and never sentence punctuation.
_KEEP_FULLWIDTH = set("，。；：（）！？、“”‘’")
_TABLE: dict[int, str] = {}
for _code in range(0xFF01, 0xFF5F):
    _char = chr(_code)
    if _char not in _KEEP_FULLWIDTH:
        _TABLE[_code] = chr(_code - 0xFEE0)
_TABLE[0x3000] = " "  # ideographic space
_TABLE[0x00A0] = " "  # no-break space
_TABLE[0xFFE5] = "¥"  # full-width yen sign
_TABLE[0x2014] = "—"
_TABLE[0x2212] = "-"  # minus sign
_TABLE[ord("笫")] = "第"  # OCR: 笫 (a bamboo mat) is read for 第 in article numbers

_DIGIT_CONFUSIONS = {"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "S": "5"}
# a confusable letter directly between two digits (or digit and decimal point)
_BETWEEN_DIGITS = re.compile(r"(?<=[0-9.,])([OolI|S])(?=[0-9])|(?<=[0-9])([OolI|S])(?=[0-9.,])")
# 〇 written as O/0/○/◯ inside a Chinese year such as 二O二三年
_YEAR_ZERO = re.compile(r"(?<=[二〇零一三四五六七八九])[O0○◯Ｏ](?=[〇零一二三四五六七八九O0○◯]{1,3}年)"
                        r"|(?<=[二〇一])[O0○◯](?=[一二三四五六七八九〇]年)")


_DAY_YUE = re.compile(r"(?<=[0-9一二三四五六七八九十])曰")  # OCR: 10曰 → 10日
_KUAN = re.compile(r"(?<=第[一二三四五六七八九十])[教欵]")  # OCR: 第一教 → 第一款


def _digit_for(text: str, match: re.Match[str]) -> str:
    """The digit a confusable letter stands for; a bar on a line of bars is a table's cell border
    (受票单位|份数|税额 then 江门某公司|8|42,300.00), not a 1."""
    if match.group(0) == "|":
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        if text[line_start:line_end if line_end >= 0 else len(text)].count("|") >= 2:
            return "|"
    return _DIGIT_CONFUSIONS[match.group(0)]


def normalize_text(text: str) -> str:
    """Return ``text`` normalized without changing its length."""
    out = text.translate(_TABLE)
    out = _DAY_YUE.sub("日", out)
    out = _KUAN.sub("款", out)
    out = _BETWEEN_DIGITS.sub(lambda m: _digit_for(out, m), out)
    for _ in range(2):  # overlapping year digits (二O O三) need a second pass
        out = _YEAR_ZERO.sub("〇", out)
    assert len(out) == len(text)
    return out


@COMPONENTS.register("normalize.text.v1")
class TextNormalizer:
    """Pipeline component: normalize ``record.text`` and page texts in place (same length)."""

    name = "normalize.text.v1"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("text",)

    def __call__(self, record: DocumentRecord) -> DocumentRecord:
        record.text = normalize_text(record.text)
        for page in record.pages:
            page.text = normalize_text(page.text)
        return record
