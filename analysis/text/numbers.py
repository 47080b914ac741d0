"""Numbers as Chinese decisions write them: 一百二十四, 二〇二三, 伍万贰仟元整, 5.2万元, 52,000.00元.

``cn_to_int`` reads Chinese numerals (ordinary and capitalized, with 十/百/千/万/亿 units or
as a digit string like 二〇二三); ``parse_number`` also takes Arabic digits with thousands
separators, decimals and a trailing 万/亿; ``parse_money`` reads a money expression in yuan
(角/分 included); ``parse_date`` reads 2023年5月10日 / 二〇二三年五月十日 / 2023-05-10 into ISO.
"""

from __future__ import annotations

import re

DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "◯": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3,
    "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7, "捌": 8, "玖": 9, "幺": 1,
}
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS: dict[str, int] = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
CN_NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS)
ARABIC_NUMBER = r"\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def cn_to_int(text: str) -> int | None:
    """Value of a Chinese numeral, or None when ``text`` is not one.

    >>> cn_to_int("一百二十四"), cn_to_int("二〇二三"), cn_to_int("壹拾贰万"), cn_to_int("十二")
    (124, 2023, 120000, 12)
    """
    text = text.strip()
    if not text or any(ch not in CN_NUMERAL_CHARS and not ch.isdigit() for ch in text):
        return None
    if all(ch in DIGITS or ch.isdigit() for ch in text):  # digit string: 二〇二三
        return int("".join(str(DIGITS[ch]) if ch in DIGITS else ch for ch in text))
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in "零〇":
            digit = None  # 零 only marks an empty place: 九万八千零十二 is 98,012, its 十 one ten
        elif ch in DIGITS or ch.isdigit():
            digit = DIGITS[ch] if ch in DIGITS else int(ch)
        elif ch in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[ch]
            digit = None
        else:  # big unit: 万 / 亿 scale everything of lower order seen so far
            unit = BIG_UNITS[ch]
            section += digit or 0
            if unit == 100_000_000:
                total = (total + section) * unit
            else:
                total += section * unit
            section, digit = 0, None
    return total + section + (digit or 0)


def parse_number(text: str) -> float | None:
    """Arabic or Chinese number with optional 万/亿 suffix: '5.2万' → 52000.0, '1,234.5' → 1234.5."""
    text = re.sub(r"\s+", "", text)
    if not text:
        return None
    match = re.fullmatch(rf"({ARABIC_NUMBER})([万萬亿億]?)", text)
    if match:
        value = float(match.group(1).replace(",", "").replace("，", ""))
        return value * BIG_UNITS.get(match.group(2), 1) if match.group(2) else value
    match = re.fullmatch(r"(\d+(?:\.\d+)?)([万萬亿億])(.+)", text)  # 3万5千
    if match:
        rest = cn_to_int(match.group(3))
        if rest is not None:
            return float(match.group(1)) * BIG_UNITS[match.group(2)] + rest
    match = _CN_DECIMAL.fullmatch(text)  # 壹点肆叁 (吨), 零点捌捌: a decimal in words
    if match:
        whole = cn_to_int(match.group(1))
        if whole is not None:
            return whole + float("0." + "".join(str(_CN_FRACTION_DIGITS.index(ch) % 10) for ch in match.group(2)))
    value = cn_to_int(text)
    return float(value) if value is not None else None


_CN_FRACTION_DIGITS = "零一二三四五六七八九〇壹贰叁肆伍陆柒捌玖"
_CN_DECIMAL = re.compile(rf"(.+?)点([{_CN_FRACTION_DIGITS}]+)")


_FRACTION = re.compile(r"零?(?:([〇一二三四五六七八九壹贰叁肆伍陆柒捌玖两])角)?零?(?:([〇一二三四五六七八九壹贰叁肆伍陆柒捌玖两])分)?$")


def plain_amount(value: float) -> str:
    """An amount as a clerk writes it: 12,345.5 → "12,345.5", 412,000.0 → "412,000" (never rounded to
    six digits as ``:g`` does)."""
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def parse_money(text: str) -> float | None:
    """Yuan value of a money expression: '人民币伍万贰仟元整' → 52000.0, '5.2万元' → 52000.0."""
    cleaned = re.sub(r"\s+|人民币|RMB|¥|￥|整|正", "", text)
    cleaned = cleaned.rstrip("圆")
    head, sep, tail = cleaned.partition("元")
    if not sep:
        head, tail = cleaned, ""
    value = parse_number(head)
    if value is None:
        return None
    if tail:
        fraction = _FRACTION.match(tail)
        if fraction:
            jiao = DIGITS.get(fraction.group(1) or "", 0)
            fen = DIGITS.get(fraction.group(2) or "", 0)
            value += jiao / 10 + fen / 100
    return round(value, 2)


_DATE_ARABIC = re.compile(r"(\d{4})\s*(?:年|-|/|\.)\s*(\d{1,2})\s*(?:月|-|/|\.)\s*(\d{1,2})\s*日?")
_CN_DIGIT = "〇零一二三四五六七八九O0○◯"
_DATE_CN = re.compile(rf"([{_CN_DIGIT}]{{4}})\s*年\s*([一二三四五六七八九十]{{1,3}})\s*月"
                      rf"\s*([一二三四五六七八九十]{{1,3}})\s*日")


def parse_date(text: str) -> str | None:
    """ISO date of '2023年5月10日', '二〇二三年五月十日' or '2023-05-10'; None if invalid."""
    match = _DATE_ARABIC.search(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _DATE_CN.search(text)
        if not match:
            return None
        year_text = "".join("0" if ch in "〇零O0○◯" else ch for ch in match.group(1))
        year = cn_to_int(year_text.replace("0", "〇"))
        month, day = cn_to_int(match.group(2)), cn_to_int(match.group(3))
        if year is None or month is None or day is None:
            return None
    if not (1949 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
