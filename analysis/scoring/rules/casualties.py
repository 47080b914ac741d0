"""People killed or seriously injured, as accident decisions write them.

Clerks count casualties in words (三人损伤程度均为重伤二级, 造成2人死亡) or name the one person who died
(韩某某经送医院抢救无效，于当日死亡). The quantity extractor reads 人 only after Arabic digits (一人, 三人
are too often words elsewhere), so the 立案追诉标准 of the accident offences (刑法第一百三十四条 and the
like: 死亡一人以上，或者重伤三人以上) read them here, near the words of death or injury, never where the
decision denies them (未造成人员死亡).
"""

from __future__ import annotations

import re

from analysis.scoring.facts import negated
from analysis.text.numbers import parse_number

_COUNT = r"(?P<count>[一二两三四五六七八九十\d]{1,3})\s*(?:名|人|位)"
_OUTCOME = {"死亡": r"死亡|身亡|遇难|罹难", "重伤": r"重伤"}
# 抢救无效死亡 of a named person: one
_ONE_DIED = re.compile(r"(?:抢救无效|当场)[，,]?[^。；，]{0,12}(?:死亡|身亡)")


def casualties(text: str, outcome: str) -> tuple[float, int, int] | None:
    """(count, start, end) of the largest stated count of people with ``outcome`` (死亡 or 重伤)."""
    words = _OUTCOME[outcome]
    patterns = (re.compile(rf"{_COUNT}[^。；\d]{{0,16}}?(?:{words})"), re.compile(rf"(?:{words})[^。；，\d]{{0,4}}{_COUNT}"))
    best: tuple[float, int, int] | None = None
    for pattern in patterns:
        for match in pattern.finditer(text):
            value = parse_number(match["count"])
            if value is None or value <= 0 or negated(text, match.start()) or _denied(match[0]):
                continue
            if best is None or value > best[0]:
                best = (float(value), match.start(), match.end())
    if best is None and outcome == "死亡":
        for match in _ONE_DIED.finditer(text):
            if not negated(text, match.start()):
                return (1.0, match.start(), match.end())
    return best


def _denied(phrase: str) -> bool:
    return re.search(r"未|无|没有|避免", phrase) is not None
