"""Dates as OCR reads them at the foot of a decision, where the official seal covers the date.

A strict date (``2023年5月10日``, ``二〇二三年五月十日``) is read as written. Under a red seal the
engine garbles it: ``〇`` comes out as ``C``/``O``/``、)``/``）``, a year digit is lost (``202.年``),
``月`` turns into ``P``/``目``, ``十`` drops out of ``二十八`` (``二八日``). ``find_dates`` reads such a
date where the reading is still unambiguous, and uses *reference years* (the year in the decision
number, the years of the other dates of the document) to fill a year digit it cannot read: a
decision is signed in the year its number carries, or later than every date it recites.

Works on the whitespace-free ``compact`` view, so a date broken over lines is one run.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass

from analysis.text.numbers import cn_to_int

_CN_DIGITS = "〇零一二三四五六七八九"
_CN_VALUE = {ch: max(index - 1, 0) for index, ch in enumerate(_CN_DIGITS)}
_ZERO_LIKE = "〇零OoCcDQ○◯"  # what OCR makes of the small circle 〇
_GARBAGE = "、)）.·`'<>〈〉"  # stray strokes standing for an unreadable digit (、) for 〇)
_YEAR_CHARS = "0-9" + _CN_DIGITS + _ZERO_LIKE + re.escape(_GARBAGE)
_NUMBER_CHARS = "0-9一二三四五六七八九十〇零"
# Look-alikes of the date characters (one glyph each, as the engines read them under a seal).
YEAR_MARKS = "年午"
MONTH_MARKS = "月P目丹用冃F"
DAY_MARKS = "日曰目口F"
FUZZY_DATE = re.compile(
    rf"(?P<year>[12一二][{_YEAR_CHARS}]{{2,5}})[{YEAR_MARKS}]"
    rf"(?P<month>[{_NUMBER_CHARS}]{{1,3}})[{MONTH_MARKS}]"
    rf"(?P<day>[{_NUMBER_CHARS}]{{1,3}})(?:[{DAY_MARKS}]|$)")  # 日 lost at the very end of the text


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    iso: str
    exact: bool  # read as written, without repairing a garbled character


def _year_slots(text: str) -> list[int | None]:
    """The year's digits, ``None`` for a garbled one (a run of stray strokes is one digit)."""
    slots: list[int | None] = []
    for ch in text:
        if ch.isdigit() and ch.isascii():
            slots.append(int(ch))
        elif ch in _ZERO_LIKE:
            slots.append(0)
        elif ch in _CN_DIGITS:
            slots.append(_CN_VALUE[ch])
        elif not slots or slots[-1] is not None:
            slots.append(None)
    return slots


def _fits(slots: list[int | None], year: int) -> bool:
    digits = [int(d) for d in f"{year:04d}"]
    if len(slots) == 4:
        return all(s is None or s == d for s, d in zip(slots, digits, strict=True))
    if len(slots) == 3 and None not in slots:  # one digit dropped: the rest in order
        return any(digits[:i] + digits[i + 1:] == slots for i in range(4))
    return False


def read_year(text: str, references: Iterable[int] = ()) -> int | None:
    """Year of a (possibly garbled) year run; references fill what cannot be read."""
    slots = _year_slots(text)
    if len(slots) == 4 and None not in slots:
        year = int("".join(str(s) for s in slots))
        return year if 1949 <= year <= 2100 else None
    for year in references:
        if _fits(slots, year):
            return year
    if len(slots) == 4 and slots[0] == 2 and slots[1] in (0, None) and None not in slots[2:]:
        return 2000 + 10 * slots[2] + slots[3]  # 二、)二四 → 2024: the hundreds digit is 0
    return None


def read_small_number(text: str, limit: int) -> int | None:
    """Month or day: Arabic, Chinese, or two Chinese digits whose 十 was lost (二八 → 28)."""
    value = int(text) if text.isdigit() and text.isascii() else cn_to_int(text)
    return value if value is not None and 1 <= value <= limit else None


def find_dates(text: str, start: int = 0, end: int | None = None,
               references: Iterable[int] = ()) -> list[FoundDate]:
    """Every date between ``start`` and ``end`` of ``text``, garbled ones included, in order."""
    references = list(references)
    end = len(text) if end is None else end
    found: list[FoundDate] = []
    position = start
    while (match := FUZZY_DATE.search(text, position, end)) is not None:
        iso = _iso(match, references)
        if iso is None:  # a stray digit before the year (1、2023年…): try from the next character
            position = match.start() + 1
            continue
        found.append(FoundDate(match.start(), match.end(), iso, bool(_EXACT.fullmatch(match.group(0)))))
        position = match.end()
    return found


_EXACT = re.compile(rf"(?:\d{{4}}|[{_CN_DIGITS}]{{4}})年[{_NUMBER_CHARS}]{{1,3}}月[{_NUMBER_CHARS}]{{1,3}}日")


def _iso(match: re.Match[str], references: list[int]) -> str | None:
    year = read_year(match["year"], references)
    month = read_small_number(match["month"], 12)
    day = read_small_number(match["day"], 31)
    if year is None or month is None or day is None:
        return None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


__all__ = ["FUZZY_DATE", "FoundDate", "find_dates", "read_small_number", "read_year"]
