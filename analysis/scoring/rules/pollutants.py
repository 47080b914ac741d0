"""Exceedance ratios of a named pollutant (法释〔2023〕7号第一条第（三）、（四）项).

``超过排放标准三倍以上`` counts for the heavy metals the item lists, so a ratio (``…倍``) must be
tied to its pollutant. A monitoring paragraph names each pollutant before its own figures
(``总铅浓度为2.36mg/L，超过…排放限值（0.2mg/L），超过排放标准10.8倍；总铬…0.72倍``): the
pollutant a ratio belongs to is the one named last before it in the same sentence.

A ratio may be stated two ways, or not at all. ``超标10.8倍``/``超过限值10.8倍`` is the exceedance itself;
``为限值的11.8倍``/``是标准的11.8倍`` is the measured value over the limit, whose exceedance is one
less. The item's ``超过…三倍`` is read as the exceedance: the lower, conservative reading. Where
the decision gives only the concentrations (``总铅浓度为2.36mg/L，排放限值为0.2mg/L``), the
exceedance is computed from them (measured / limit − 1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from analysis.extract.tables import split_cells, table_lines

# Heavy metals of the two items; compound names first so 六价铬 is read as 铬.
METAL_NAMES = {"六价铬": "铬", "总铬": "铬", "总铅": "铅", "总汞": "汞", "总镉": "镉", "总砷": "砷",
               "总铊": "铊", "总锑": "锑", "总镍": "镍", "总铜": "铜", "总锌": "锌", "总银": "银",
               "总钒": "钒", "总锰": "锰", "总钴": "钴"}
METAL_NAMES.update({metal: metal for metal in "铅汞镉铬砷铊锑镍铜锌银钒锰钴"})
# Other pollutants a monitoring paragraph names: a ratio after them is not a metal's.
OTHER_POLLUTANTS = ("化学需氧量", "生化需氧量", "五日生化需氧量", "COD", "BOD", "氨氮", "总磷", "总氮", "悬浮物",
                    "石油类", "动植物油", "pH", "颗粒物", "烟尘", "二氧化硫", "氮氧化物", "氟化物", "氰化物",
                    "挥发酚", "硫化物", "色度", "粪大肠菌群", "非甲烷总烃", "苯", "甲苯", "二甲苯", "臭气浓度")
_NAMES = re.compile("|".join(sorted((*METAL_NAMES, *OTHER_POLLUTANTS), key=len, reverse=True)))
_SENTENCE_END = re.compile(r"[。；;：:\n]")
# 为限值的11.8倍, 是标准值的11.8倍, 达到排放标准的11.8倍: measured over limit, not the exceedance
_TIMES_THE_LIMIT = re.compile(r"(?:为|是|达|达到|相当于)[^，。；]{0,16}?(?:标准|限值|限量)值?"
                              r"(?:[（(][^）)]{0,16}[）)])?的$")
WINDOW = 160


def measure_metals(measure: Any) -> frozenset[str]:
    """The heavy metals a 倍 measure is about (empty for any other measure)."""
    if (measure.unit or "") != "倍":
        return frozenset()
    return frozenset(word for word in measure.keywords if word in METAL_NAMES.values())


def pollutant_before(text: str, start: int) -> str | None:
    """The pollutant named last before ``start`` in its sentence (a metal by its element)."""
    window = text[max(0, start - WINDOW):start]
    ends = list(_SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end():]
    names = _NAMES.findall(window)
    if not names:
        return None
    return METAL_NAMES.get(names[-1], names[-1])


def exceedance(text: str, quantity: Any) -> float:
    """The ratio as an exceedance: ``为限值的11.8倍`` → 10.8, ``超标10.8倍`` → 10.8."""
    before = text[max(0, quantity.start - 40):quantity.start]
    if _TIMES_THE_LIMIT.search(before):
        return max(0.0, quantity.normalized_value - 1)
    return quantity.normalized_value


def metal_ratios(text: str, quantities: list[Any], metals: frozenset[str]) -> list[tuple[float, Any, str]]:
    """(exceedance, quantity, metal) for every ratio in 倍 that belongs to one of ``metals``."""
    found = []
    for quantity in quantities:
        if quantity.normalized_unit != "倍" or quantity.start < 0:
            continue
        metal = pollutant_before(text, quantity.start)
        if metal in metals:
            found.append((exceedance(text, quantity), quantity, metal))
    return found


@dataclass(frozen=True)
class ComputedRatio:
    """An exceedance computed from a metal's measured concentration and its limit."""

    value: float
    metal: str
    measured: str
    limit: str
    start: int
    end: int


_CONCENTRATION = re.compile(r"(\d+(?:\.\d+)?)\s*(mg/L|mg/l|毫克/升|μg/L|ug/L|微克/升|mg/m³|mg/m3|毫克/立方米)")
_LIMIT_HEAD = re.compile(r"(?:限值|标准值|允许排放浓度|排放标准|标准限值)[^，。；\d]{0,8}[为是：:]?[：:]?$")
_LIMIT_CUE = re.compile(r"(?:限值|标准值|标准限值|排放标准|执行标准|标准为|限值为)[^，。；\d]{0,8}$")


def concentration_ratios(text: str, metals: frozenset[str]) -> list[ComputedRatio]:
    """Exceedances of ``metals`` whose sentence gives the measured concentration and its limit
    in the same unit but no ratio (a stated ratio is read by :func:`metal_ratios`)."""
    readings = []  # (metal, name end, measured match, limit match)
    limits: dict[str, re.Match[str]] = {}
    named_limits: dict[str, re.Match[str]] = {}  # by the name as written: 总铬 and 六价铬 have limits of their own
    for name in _NAMES.finditer(text):
        metal = METAL_NAMES.get(name[0])
        if metal not in metals:
            continue
        rest = text[name.end():name.end() + 120]
        stop = re.search(r"[；;。\n]", rest)
        segment = rest[:stop.start()] if stop else rest
        following = _NAMES.search(segment)
        segment = segment[:following.start()] if following else segment
        if "倍" in segment or "未检出" in segment:
            continue
        measured = limit = None
        # 最高允许排放浓度为：总镉0.1毫克/升: the cue may stand before the name
        sentence_head = re.split(r"[。；;\n]", text[max(0, name.start() - 60):name.start()])[-1]
        for match in _CONCENTRATION.finditer(segment):
            if _LIMIT_CUE.search(segment[:match.start()]) or (
                    not segment[:match.start()].strip("：: ") and _LIMIT_HEAD.search(sentence_head)):
                limit = limit or match
            elif measured is None:
                measured = match
        if limit is not None:
            limits.setdefault(metal, limit)
            named_limits.setdefault(name[0], limit)
        if measured is not None:
            readings.append((metal, name.end(), measured, limit))
    found = table_ratios(text, metals, named_limits)
    for metal, offset, measured, limit in readings:
        # 第一次样品总铬浓度为4.62mg/L …。你公司执行…表2标准，总铬排放限值为1.0mg/L: the limit stated apart
        limit = limit or limits.get(metal)
        if limit is not None and measured[2] == limit[2] and float(limit[1]) > 0:
            value = round(float(measured[1]) / float(limit[1]) - 1, 2)
            found.append(ComputedRatio(value, metal, measured[0], limit[0], offset + measured.start(),
                                       offset + measured.end()))
    return found


_MEASURED_COLUMN = re.compile(r"监测值|监测结果|检测结果|检测值|实测值|排放浓度|浓度")
_LIMIT_COLUMN = re.compile(r"限值|标准|允许")
_RATIO_COLUMN = re.compile(r"超标倍数")


def table_ratios(text: str, metals: frozenset[str], named_limits: dict[str, re.Match[str]] | None = None
                 ) -> list[ComputedRatio]:
    """Exceedances read from a monitoring table (监测项目　排放浓度（mg/L）　排放限值（mg/L）, then 总镉　0.27
    0.05): the measured value over the limit in the same row, or the row's stated 超标倍数; a table of
    measured values alone takes each pollutant's limit where the decision states it by name
    (其中总铬排放限值为0.5mg/L, ``named_limits``) in the table's unit."""
    found = []
    numbered = table_lines(text)
    lines, offsets = [line for line, _ in numbered], [offset for _, offset in numbered]
    for index, line in enumerate(lines):
        header = [cell for cell, _ in split_cells(line)]
        limit = next((i for i, cell in enumerate(header) if _LIMIT_COLUMN.search(cell)), None)
        measured = next((i for i, cell in enumerate(header) if _MEASURED_COLUMN.search(cell) and i != limit), None)
        if limit is None and measured is not None and len(header) == 2 and named_limits:
            found += _rows_against_stated_limits(lines, offsets, index, header[measured], metals, named_limits)
            continue
        if limit is None or measured is None or len(header) < 3:
            continue
        stated = next((i for i, cell in enumerate(header) if _RATIO_COLUMN.search(cell)), None)
        for row_index in range(index + 1, len(lines)):
            row = split_cells(lines[row_index])
            if len(row) != len(header):
                break
            metal = METAL_NAMES.get(row[0][0])
            if metal not in metals:
                continue
            try:
                value_at, limit_at = float(row[measured][0]), float(row[limit][0])
            except ValueError:
                continue
            ratio = float(row[stated][0]) if stated is not None and re.fullmatch(r"\d+(?:\.\d+)?", row[stated][0]) \
                else round(value_at / limit_at - 1, 2) if limit_at > 0 else None
            if ratio is None:
                continue
            start = offsets[row_index] + row[measured][1]
            found.append(ComputedRatio(ratio, metal, row[measured][0], row[limit][0], start,
                                       start + len(row[measured][0])))
    return found


def _rows_against_stated_limits(lines: list[str], offsets: list[int], index: int, column: str, metals: frozenset[str],
                                named_limits: dict[str, re.Match[str]]) -> list[ComputedRatio]:
    """监测项目　监测结果（mg/L） then 总铬　2.35, the limits given in a sentence (总铬排放限值为0.5mg/L)."""
    found = []
    for row_index in range(index + 1, len(lines)):
        row = split_cells(lines[row_index])
        if len(row) != 2:
            break
        name, (value_text, at) = row[0][0], row[1]
        metal, limit = METAL_NAMES.get(name), named_limits.get(name)
        if metal not in metals or limit is None or limit[2].lower() not in column.lower():
            continue
        try:
            value, ceiling = float(value_text), float(limit[1])
        except ValueError:
            continue
        if ceiling > 0:
            start = offsets[row_index] + at
            found.append(ComputedRatio(round(value / ceiling - 1, 2), metal, value_text, limit[0], start,
                                       start + len(value_text)))
    return found
