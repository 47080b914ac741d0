"""Chinese numerals, money and article references as plain numbers.

Shared by the statute knowledge-base builder and the extraction stage, so the same
text (``一百二十四``, ``伍万贰仟元整``, ``5.2万元``, ``第一百二十四条第一款第（三）项``) always
becomes the same number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DIGITS = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0, "O": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3, "叄": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}

CN_NUMBER_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS)
CN_NUMBER = f"[{CN_NUMBER_CHARS}]+"
NUMBER = rf"(?:\d[\d,，]*(?:\.\d+)?|{CN_NUMBER})"

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")


def _section_value(text: str) -> int:
    """Value of a run below 万 (``一百二十四`` → 124, ``十`` → 10, ``二〇二三`` → 2023)."""
    if text and all(ch in DIGITS for ch in text):
        # digit-by-digit form such as 二〇二三
        value = 0
        for ch in text:
            value = value * 10 + DIGITS[ch]
        return value
    total, digit = 0, None
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            total += (1 if digit is None else digit) * SMALL_UNITS[ch]
            digit = None
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    if digit is not None:
        total += digit
    return total


def cn_to_int(text: str) -> int:
    """Integer of a Chinese (or Arabic) numeral: 一百二十四 → 124, 二千 → 2000, 五万 → 50000.

    Mixed forms (``5万``, ``1.2亿`` are handled by :func:`parse_number`); raises ``ValueError``
    on anything that is not a numeral so a caller never gets a silent zero.
    """
    text = text.strip().translate(_FULLWIDTH)
    if not text:
        raise ValueError("empty numeral")
    if text.isdigit():
        return int(text)
    value = parse_number(text)
    if value != int(value):
        raise ValueError(f"not an integer: {text!r}")
    return int(value)


def _cn_value(text: str) -> int:
    total, section = 0, ""
    for ch in text:
        if ch in BIG_UNITS:
            unit = BIG_UNITS[ch]
            part = _section_value(section) if section else (0 if total else 1)
            if unit == 100_000_000:
                total = (total + part) * unit
            else:
                total += part * unit
            section = ""
        else:
            section += ch
    if section:
        total += _section_value(section)
    return total


def parse_number(text: str) -> float:
    """A number written with Arabic digits, Chinese numerals or both (``5.2万`` → 52000.0)."""
    text = text.strip().translate(_FULLWIDTH).replace(",", "").replace("，", "")
    if not text:
        raise ValueError("empty number")
    match = re.fullmatch(r"(\d+(?:\.\d+)?)([十百千万亿萬億拾佰仟]*)", text)
    if match:
        value = float(match.group(1))
        for ch in match.group(2):
            value *= SMALL_UNITS.get(ch) or BIG_UNITS[ch]
        return value
    if all(ch in CN_NUMBER_CHARS for ch in text):
        return float(_cn_value(text))
    raise ValueError(f"not a number: {text!r}")


_MONEY = re.compile(
    rf"(?P<num>{NUMBER})\s*(?P<unit>亿元|万元|千元|元|亿|万)?"
    rf"零?(?:(?P<jiao>[{''.join(DIGITS)}\d])角)?零?(?:(?P<fen>[{''.join(DIGITS)}\d])分)?整?"
)


def parse_money(text: str) -> float | None:
    """Yuan amount of a money expression: ``伍万贰仟元整`` → 52000.0, ``5.2万元`` → 52000.0,
    ``52,000.00元`` → 52000.0, ``十万元`` → 100000.0. ``None`` when no number is found."""
    text = text.strip().translate(_FULLWIDTH).replace("人民币", "").replace("￥", "").replace("¥", "")
    match = _MONEY.search(text)
    if not match:
        return None
    try:
        value = parse_number(match.group("num"))
    except ValueError:
        return None
    unit = match.group("unit") or ""
    if unit.startswith("亿"):
        value *= 100_000_000
    elif unit.startswith("万"):
        value *= 10_000
    elif unit == "千元":
        value *= 1000
    for group, scale in (("jiao", 0.1), ("fen", 0.01)):
        digit = match.group(group)
        if digit:
            value += (int(digit) if digit.isdigit() else DIGITS[digit]) * scale
    return round(value, 2)


@dataclass(frozen=True)
class ArticleRef:
    """A provision reference: 第一百二十四条之一第一款第（三）项 → article 124, sub 1, 1, 3."""

    article: int
    paragraph: int | None = None
    item: int | None = None
    sub: int = 0  # the N of 之N (刑法第三百四十二条之一)


_ARTICLE_REF = re.compile(
    rf"第(?P<art>{NUMBER})条(?:之(?P<sub>{CN_NUMBER}|\d+))?"
    rf"(?:第(?P<para>{NUMBER})款)?"
    rf"(?:第?[（(]?(?P<item>{NUMBER})[）)]?项)?"
)


def parse_article_ref(text: str) -> ArticleRef | None:
    """First ``第…条[之…][第…款][第（…）项]`` in ``text`` as integers, or ``None``."""
    match = _ARTICLE_REF.search(text.translate(_FULLWIDTH))
    if not match:
        return None
    try:
        return ArticleRef(
            article=cn_to_int(match.group("art")),
            paragraph=cn_to_int(match.group("para")) if match.group("para") else None,
            item=cn_to_int(match.group("item")) if match.group("item") else None,
            sub=cn_to_int(match.group("sub")) if match.group("sub") else 0,
        )
    except ValueError:
        return None
