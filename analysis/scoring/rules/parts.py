"""Figures a decision gives in parts and never totals: the reader adds them.

Clerks write 分三批销售…销售金额21,600元；…18,720元；…13,500元, or two places of felling each with
its own 立木蓄积, and leave the sum to the reader; the threshold counts the sum (累计计算, e.g.
法释〔2010〕7号第二条, 法释〔2001〕10号第二条 for acts not yet punished). The parts are read from the
facts only (never the decision list or a recital of earlier cases, 曾因…), each value once
(伍万元（50,000元） and 4120平方米（折合6.18亩） are one figure), and not where the decision
states the total itself (合计3450公斤 after its parts, 共计…其中…).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from analysis.extract.tables import ENUMERATED_LINE, is_row

# Sections after the facts: figures there are the decision's, not the case's. Not "basis": its cue
# (根据《野生动物及其制品价值评估方法》…) may open a sentence of the facts.
AFTER_FACTS = ("decision", "performance", "remedy", "signature")
_TOTAL_BEFORE = re.compile(r"(?:共计|合计|总计|累计|总共|总额|总量|总价值|共|总)[为约达]?[：:]?[^，。；、]{0,4}$")
_BREAKDOWN_AFTER = re.compile(r"^[^。；]{0,16}其中")
_REFERS_BACK = re.compile(r"上述|前述|以上|该批|此批")
_EVADED_OF_GOODS = re.compile(r"^(?:货物|物品|商品|进口货物)[^，。；]{0,4}(?:偷逃|逃避缴纳|少缴|漏缴)")
_RECITAL = re.compile(r"曾[^。；]{0,30}(?:处罚|处理)|此前|前次|上次")
_RESTATED = re.compile(r"\s*[（(]\s*(?:合|折合|约合|约|即|计|换算为)?\s*")
SAME_VALUE = 0.005  # relative: a figure restated in another unit, rounded (4120平方米（折合6.18亩）)


@dataclass(frozen=True)
class Part:
    """One figure of the measure in the measure's unit, where it stands in the text."""

    value: float
    start: int
    end: int
    item: Any = None


def facts_end(record: Any) -> int:
    """Where the facts stop: the first of the decision, performance … sections (else the text's end)."""
    sections = record.fields.sections if record.fields else {}
    starts = [span[0] for name, span in sections.items() if name in AFTER_FACTS and span]
    return min(starts, default=len(record.text))


def parts_to_add(text: str, parts: list[Part], end_of_facts: int) -> list[Part] | None:
    """The parts to add up, or None when the decision's own figure (the largest) is the one to read."""
    kept: list[Part] = []
    if any("：合计" in _table_label(part) for part in parts):
        # a table's 小计/合计 row is its total: the cells above it are not added again
        parts = [part for part in parts if not _table_label(part) or "：合计" in _table_label(part)]
    for part in sorted(parts, key=lambda p: p.start):
        if part.start >= end_of_facts or part.value <= 0 or _in_recital(text, part) or _refers_back(text, part):
            continue
        if any(abs(part.value - other.value) <= SAME_VALUE * max(part.value, other.value)
               and not _listed_apart(text, other, part) and not _rows_alike(text, other, part) for other in kept):
            continue  # the same figure again, or restated in another unit
        if kept and _RESTATED.fullmatch(text[kept[-1].end:part.start]):
            continue  # 0.61公顷（合9.2亩）: restated, rounded, in brackets
        kept.append(part)
    if len(kept) < 2 or any(_BREAKDOWN_AFTER.match(text[part.end:part.end + 40]) for part in kept):
        return None
    if not _listed(text, kept):
        kept = _one_measure(text, kept)  # 立木蓄积为18.6立方米，出材量11.2立方米: two measures of one felling
    if len(kept) < 2:
        return None
    largest = max(kept, key=lambda p: p.value)
    rest = sum(part.value for part in kept if part is not largest)
    if largest.value >= rest * (1 - SAME_VALUE) and _marked_total(text, largest) and (
            largest is kept[-1] or _opens_clause(text, largest) or _broken_down(text, largest, kept)):
        # 分别为620公斤、710公斤…，合计3450公斤 / 共计销售5万元… / 共计占用土地4120平方米，地上建筑物
        # 占地1380平方米: the total is stated (税额合计62,400元 of one batch of invoices, and after a
        # semicolon the next batch's 税额51,100元, is a part)
        return None
    if abs(largest.value - rest) <= SAME_VALUE * largest.value and largest in (kept[0], kept[-1]) \
            and not _series(text, kept):
        return None  # the largest, first or last, is the sum of the others, however it is worded
    return kept


def _listed_apart(text: str, one: Part, other: Part) -> bool:
    """领角鸮2只、普通鵟2只: two items of one enumeration with names of their own, not one figure twice."""
    between = text[one.end:other.start]
    return bool(re.fullmatch(r"[^。；;\n\d]{1,16}", between)) and "、" in between and own_label(text, one) != own_label(text, other)


def _rows_alike(text: str, one: Part, other: Part) -> bool:
    """2024年9月 …税额38,610元 and, a line below, 2025年2月 …税额38,470元: two rows named alike, close
    but not equal, are two figures, not one restated."""
    return one.value != other.value and "\n" in text[one.end:other.start] \
        and own_label(text, one) == own_label(text, other) != ""


def _series(text: str, parts: list[Part]) -> bool:
    """第一批38条，第二批21条，第三批17条: steps named alike by their ordinals or months, none a total
    of the others even when the numbers happen to add up."""
    labels = {own_label(text, part) for part in parts}
    return len(labels) == 1 and re.search(r"第|月", labels.pop()) is not None


def _table_label(part: Part) -> str:
    return getattr(part.item, "label", None) or ""


def own_label(text: str, part: Part) -> str:
    """The words that name a figure in its own clause, before it or right after it (立木蓄积为,
    出材量, 销售金额; 另外2.8吨渔获物)."""
    if getattr(part.item, "label", None):
        return re.sub(r"[（(][^）)]*[）)]", "", part.item.label.split("：")[-1])  # a table cell: its column
    return _ordinals_alike(_clause_label(text, part))


def _ordinals_alike(label: str) -> str:
    """第一次210条、第二次185条 / 2月…3月…: ordinals and months name one series."""
    label = re.sub(r"第[一二三四五六七八九十\d]+(次|批|车|趟|笔)", r"第\1", label)
    return re.sub(r"[一二三四五六七八九十\d]+月份?", "月", label)


def _clause_label(text: str, part: Part) -> str:
    before = re.split(r"[，。；、,;：:\n]", text[max(0, part.start - 24):part.start])[-1]
    after = re.split(r"[，。；、,;：:\n（(]", text[part.end:part.end + 6])[0]
    # 违法所得（销售差价）人民币11,300元 is named 违法所得: a note in brackets and the currency are no name
    label = re.sub(r"[（(][^）)]*[）)]|人民币", "", before + after)
    return re.sub(r"[\d.,]|[为是约共计合达]", "", label)




def _listed(text: str, parts: list[Part]) -> bool:
    """One sentence lists the parts after 分别为 (税款分别为：关税…，增值税…，消费税…), or each part opens an
    enumerated line under one heading (相关费用…核定如下：（一）清污费用…；（二）…): its head names them all."""
    first, last = parts[0], parts[-1]
    if _enumerated_under_heading(text, parts) or colon_list(text, parts):
        return True
    if re.search(r"[。；;\n]", text[first.end:last.start]):
        return False
    return re.search(r"分别(?:为|是|系)", re.split(r"[。；;\n]", text[max(0, first.start - 60):first.start])[-1]) is not None


def _enumerated_under_heading(text: str, parts: list[Part]) -> bool:
    lines = []
    for part in parts:
        line_start = text.rfind("\n", 0, part.start) + 1
        line_end = text.find("\n", part.end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if "。" in text[line_start:part.start] or not (ENUMERATED_LINE.match(line) or is_row(line)):
            return False
        lines.append(line_start)
    heading = _line_before(text, lines[0])
    if is_row(heading) and not re.search(r"\d", heading):  # a table's column names: its caption is above
        heading = _line_before(text, text.rfind(heading, 0, lines[0]))
    between = text[lines[0]:lines[-1]]
    enumerated = all(ENUMERATED_LINE.match(line) or is_row(line) for line in between.split("\n") if line.strip())
    return heading.endswith(("：", ":")) and enumerated


def colon_list(text: str, parts: list[Part]) -> bool:
    """One sentence lists the parts after its colon (拖欠…工资，具体为：钢筋班组9人，共计147,600元；木工班组…;
    已销售…金额为：4月8,650元、5月11,320元…): the head names them all, whatever separates the items."""
    first, last = parts[0], parts[-1]
    if re.search(r"[。\n]", text[first.end:last.start]):
        return False
    sentence_start = max(text.rfind("。", 0, first.start), text.rfind("\n", 0, first.start)) + 1
    head = text[sentence_start:first.start]
    colon = max(head.rfind("："), head.rfind(":"))
    return colon >= 0 and re.search(r"[。；;]", head[colon:]) is None and (re.search(
        r"(?:为|如下|情况|明细|具体)[：:]$", head[:colon + 1]) is not None or _PARTS_HEAD.search(head[:colon]) is not None)


# 占用林地范围由两块组成：… / 分三批出售：… / 包括以下部分：…: a head that announces its parts
_PARTS_HEAD = re.compile(r"(?:由|分|分为|共|包括|涉及|共涉及)[两二三四五六七八九十\d]+个?(?:块|处|宗|批|次|笔|部分|个部分|类|项|车|趟|地块)"
                         r"|为[两二三四五六七八九十]+(?:类|种|部分|处|块|批|项)$|组成$|构成$|包括$|分为$|分别$")


def _line_before(text: str, line_start: int) -> str:
    """The nearest non-blank line above the line starting at ``line_start``."""
    before = text[:max(0, line_start)].rstrip("\n \t\u3000")
    return before[before.rfind("\n") + 1:].strip()


def same_label(text: str, one: Part, other: Part) -> bool:
    """Both figures are named by a shared word in their own clauses (交付 / 交付)."""
    grams = []
    for part in (one, other):
        label = own_label(text, part)
        grams.append({label[i:i + 2] for i in range(len(label) - 1)})
    return bool(grams[0] & grams[1])


def _one_measure(text: str, parts: list[Part]) -> list[Part]:
    """The largest group of figures whose own names share a word two by two (税额合计 / 税额,
    红梅卷烟 / 红河卷烟; 立木蓄积 ×3 without 原木材积); a figure named by no word of its own
    (分别为620公斤、710公斤) goes with any."""
    grams = []
    for part in parts:
        label = own_label(text, part)
        # 增值税72,000元、企业所得税51,000元: taxes of one evasion (偷逃税款 sums its kinds)
        grams.append({label[i:i + 2] for i in range(len(label) - 1)} | ({"<税>"} if "税" in label else set()))
    best: list[int] = []
    for seed in range(len(parts)):
        group = [seed]
        for other in range(len(parts)):
            if other != seed and all(not grams[other] or not grams[i] or grams[other] & grams[i] for i in group):
                group.append(other)
        if len(group) > len(best):
            best = group
    return [parts[i] for i in sorted(best)]


def _marked_total(text: str, part: Part) -> bool:
    """共计/合计 names the figure itself (共计占用土地4120平方米), not a clause before a list (共分两批发货：)."""
    clause = re.split(r"[，。；,;：:\n]", text[max(0, part.start - 24):part.start])[-1]
    return _TOTAL_BEFORE.search(clause) is not None or "共" in clause[-8:] or "合计" in clause


def _opens_clause(text: str, part: Part) -> bool:
    clause = re.split(r"[，。；,;\n]", text[max(0, part.start - 24):part.start])[-1]
    return re.match(r"(?:经[^，。；]{0,8})?(?:共计|合计|总计|累计|总共|共)", clause) is not None


def _broken_down(text: str, total: Part, parts: list[Part]) -> bool:
    """A smaller figure follows the total in its own sentence: a part of it."""
    return any(part.start > total.end and not re.search(r"[。；;\n]", text[total.end:part.start]) for part in parts)


def _refers_back(text: str, part: Part) -> bool:
    """上述违法所得5,230元 restates a figure; 上述货物偷逃应缴关税38,050元 names the goods and gives a new one."""
    clause = re.split(r"[，。；,;：:\n]", text[max(0, part.start - 16):part.start])[-1]
    back = _REFERS_BACK.search(clause)
    return back is not None and not _EVADED_OF_GOODS.search(clause[back.end():])


def _in_recital(text: str, part: Part) -> bool:
    sentence = re.split(r"[。；;\n]", text[max(0, part.start - 60):part.start])[-1]
    return _RECITAL.search(sentence) is not None
