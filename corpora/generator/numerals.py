"""Money, quantity and date spellings as they appear in published decisions.

Every function returns the surface text only; the caller records the value and the span.
Styles mirror what agencies write: ``伍万贰仟元整``, ``5.2万元``, ``52,000.00元``,
``人民币伍万元``, ``52000元``, dates ``2023年5月10日`` or ``二〇二三年五月十日``.
"""

from __future__ import annotations

import random
from datetime import date

UPPER_DIGITS = "零壹贰叁肆伍陆柒捌玖"
LOWER_DIGITS = "零一二三四五六七八九"
DATE_DIGITS = "〇一二三四五六七八九"


def _section(n: int, digits: str, units: tuple[str, str, str]) -> str:
    """Spell 0 < n < 10000 with the given digits and units (千百十 or 仟佰拾)."""
    out, zero = "", False
    for power, unit in ((1000, units[0]), (100, units[1]), (10, units[2]), (1, "")):
        d = n // power % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += digits[0]
            zero = False
        out += digits[d] + unit
    return out


def spell_integer(n: int, upper: bool = True) -> str:
    """Chinese spelling of a non-negative integer (``52000`` -> ``伍万贰仟``)."""
    digits = UPPER_DIGITS if upper else LOWER_DIGITS
    units = ("仟", "佰", "拾") if upper else ("千", "百", "十")
    if n == 0:
        return digits[0]
    parts, need_zero = [], False
    for power, unit in ((10**8, "亿"), (10**4, "万"), (1, "")):
        chunk = n // power % 10000
        if chunk == 0:
            need_zero = bool(parts)
            continue
        if parts and (need_zero or chunk < 1000):
            parts.append(digits[0])
        parts.append(_section(chunk, digits, units) + unit)
        need_zero = False
    text = "".join(parts)
    if not upper and text.startswith("一十"):
        text = text[1:]
    return text


def spell_money_upper(value: float) -> str:
    """``52000.5`` -> ``伍万贰仟元伍角``; integers end in ``元`` (caller adds 整)."""
    yuan = int(value)
    fen = round((value - yuan) * 100)
    text = spell_integer(yuan) + "元"
    if fen:
        jiao, cent = divmod(fen, 10)
        text += (UPPER_DIGITS[jiao] + "角" if jiao else "零") + (UPPER_DIGITS[cent] + "分" if cent else "")
    return text


def _plain(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _wan(value: float) -> str:
    """``11930`` -> ``1.193`` (the figure written before 万, at most four decimals)."""
    return f"{value / 10000:.4f}".rstrip("0").rstrip(".")


FULLWIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")
MONEY_STYLES = ("plain", "comma2", "wan", "upper", "upper_zheng", "rmb_plain", "rmb_upper", "plain2")


def format_money(value: float, rng: random.Random, style: str | None = None) -> tuple[str, str]:
    """Surface text of an amount of yuan and the style used.

    The text covers exactly what a reader would mark as the amount (number and 元, with 整 or
    the 人民币 prefix when written), never a duplicated ``（¥...）`` that follows it.
    """
    style = style or rng.choice(MONEY_STYLES)
    if style == "plain" and rng.random() < 0.08:
        return _plain(value).translate(FULLWIDTH) + "元", "fullwidth"
    if style == "wan" and (value < 10000 or abs(float(_wan(value)) * 10000 - value) > 0.005):
        style = "comma2"
    if style in ("upper", "upper_zheng", "rmb_upper") and value >= 10**9:
        style = "plain"
    if style == "plain":
        text = _plain(value) + "元"
    elif style == "plain2":
        text = f"{value:.2f}元"
    elif style == "comma2":
        text = f"{value:,.2f}元"
    elif style == "wan":
        text = _wan(value) + "万元"
    elif style == "upper":
        text = spell_money_upper(value)
    elif style == "upper_zheng":
        text = spell_money_upper(value) + ("整" if value == int(value) else "")
    elif style == "rmb_plain":
        text = "人民币" + _plain(value) + "元"
    else:
        text = "人民币" + spell_money_upper(value) + ("整" if value == int(value) else "")
    return text, style


def spell_law_range(value: float) -> str:
    """How a statute writes an amount inside a range: ``五万元``, ``一百万元``, ``2000元``."""
    if value >= 10000 and value % 10000 == 0:
        return spell_integer(int(value // 10000), upper=False) + "万元"
    if value % 1000 == 0:
        return spell_integer(int(value), upper=False) + "元"
    return _plain(value) + "元"


def format_number(value: float) -> str:
    return _plain(value)


def format_date(day: date, rng: random.Random, style: str | None = None) -> str:
    style = style or rng.choice(("arabic", "arabic", "arabic", "chinese", "padded"))
    if style == "chinese":
        year = "".join(DATE_DIGITS[int(c)] for c in str(day.year))
        return f"{year}年{spell_integer(day.month, upper=False)}月{spell_integer(day.day, upper=False)}日"
    if style == "padded":
        return f"{day.year}年{day.month:02d}月{day.day:02d}日"
    return f"{day.year}年{day.month}月{day.day}日"


def article_number(n: int, rng: random.Random, arabic_share: float = 0.12) -> str:
    """``第一百二十四条`` (mostly) or ``第124条``."""
    if rng.random() < arabic_share:
        return f"第{n}条"
    return f"第{spell_integer(n, upper=False).replace('一百一十', '一百一十')}条"


def chinese_ordinal(n: int) -> str:
    return spell_integer(n, upper=False)
