"""Wages owed as the monthly wage times the months left unpaid.

Clerks write 约定月工资为4,600元，当事人已连续五个月未支付 or 月工资6,200元 … 拖欠…2024年9月至12月共四个月工资
and leave the product to the reader; 拒不支付劳动报酬罪 counts the sum owed (法释〔2013〕3号第三条). Read
for one worker only: a wage per head over a crew (每人月工资…) needs the head count the text may not give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.text.numbers import parse_number

_MONTHLY = re.compile(r"月工资(?:标准)?(?:为|是|约为|约)?(?:人民币)?(?P<wage>\d[\d,，]*(?:\.\d+)?)元")
_OWED = re.compile(r"未(?:向[^，。；]{0,12})?(?:支付|发放|结算)|拖欠|停发|欠发")
_MONTHS = re.compile(r"(?P<count>[一二三四五六七八九十两\d]{1,3})个月")
_RANGE = re.compile(r"(?P<y1>\d{4})年(?P<m1>\d{1,2})月(?:份)?[^。；，\d]{0,4}至(?:(?P<y2>\d{4})年)?(?P<m2>\d{1,2})月")
_CREW = re.compile(r"每人|人均|\d+名|[二两三四五六七八九十]+名")


@dataclass(frozen=True)
class WagesOwed:
    value: float
    spans: tuple[tuple[int, int], ...]
    shown: str


def wages_owed(text: str, end_of_facts: int) -> WagesOwed | None:
    """The monthly wage times the months owed, read in the wage's paragraph, for one worker."""
    for wage in _MONTHLY.finditer(text, 0, end_of_facts):
        paragraph_start = text.rfind("\n", 0, wage.start()) + 1
        paragraph_end = text.find("\n", wage.end())
        paragraph = text[paragraph_start:paragraph_end if paragraph_end >= 0 else end_of_facts]
        if _CREW.search(paragraph):
            continue
        months = _months_owed(paragraph)
        value = parse_number(wage["wage"].replace(",", "").replace("，", ""))
        if months is None or not value:
            continue
        count, at = months
        spans = ((wage.start(), wage.end()), (paragraph_start + at[0], paragraph_start + at[1]))
        return WagesOwed(value * count, spans, f"月工资{value:g}元×{count}个月")
    return None


def _months_owed(paragraph: str) -> tuple[int, tuple[int, int]] | None:
    """The months a sentence of the paragraph says are unpaid: N个月, else a month range."""
    position = 0
    for sentence in re.split(r"(?<=[。；;])", paragraph):
        if _OWED.search(sentence):
            counted = _MONTHS.search(sentence)
            if counted:
                count = parse_number(counted["count"])
                if count:
                    return int(count), (position + counted.start(), position + counted.end())
            ranged = _RANGE.search(sentence)
            if ranged:
                first_year = int(ranged["y1"])
                last_year = int(ranged["y2"] or first_year)
                count = (last_year - first_year) * 12 + int(ranged["m2"]) - int(ranged["m1"]) + 1
                if 0 < count <= 36:
                    return count, (position + ranged.start(), position + ranged.end())
        position += len(sentence)
    return None
