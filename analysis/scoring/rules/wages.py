"""Wages owed as the monthly wage times the months left unpaid, and wages paid when ordered.

Clerks write 约定月工资为4,600元，当事人已连续五个月未支付 or 月工资6,200元 … 拖欠…2024年9月至12月共四个月工资
and leave the product to the reader; 拒不支付劳动报酬罪 counts the sum owed (法释〔2013〕3号第三条). A monthly
wage is read for one worker only (每人月工资… needs a head count the text may not give); a sum owed per head
is read with its crew's head count (木工18人，每人欠付工资18,600元).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.text.numbers import parse_number

_MONTHLY = re.compile(r"月工资(?:标准)?(?:为|是|约为|约)?(?:人民币)?(?P<wage>\d[\d,，]*(?:\.\d+)?)元")
_OWED = re.compile(r"未(?:向[^，。；]{0,12})?(?:支付|发放|结算)|拖欠|停发|欠发|欠(?=[\d一二三四五六七八九十两]+个月)")
_MONTHS = re.compile(r"(?P<count>[一二三四五六七八九十两\d]{1,3})个月")
_RANGE = re.compile(r"(?P<y1>\d{4})年(?P<m1>\d{1,2})月(?:份)?[^。；，\d]{0,4}至(?:(?P<y2>\d{4})年)?(?P<m2>\d{1,2})月")
_CREW = re.compile(r"每人|人均|\d+名|[二两三四五六七八九十]+名")


@dataclass(frozen=True)
class WagesOwed:
    value: float
    spans: tuple[tuple[int, int], ...]
    shown: str


# 木工18人，每人欠付工资18,600元；钢筋工14人，每人欠付工资16,200元: each crew's head count times what each is owed
_CREW_OWED = re.compile(r"(?P<heads>\d+)(?:人|名)[^，。；\d]{0,6}[，,]?每人(?:被)?(?:欠付|拖欠|欠发|未付|应付|欠)(?:工资|劳动报酬|报酬)?"
                        r"(?:为|共计|合计)?(?:人民币)?(?P<owed>\d[\d,，]*(?:\.\d+)?)元")


def crews_owed(text: str, end_of_facts: int) -> WagesOwed | None:
    """The crews' wages owed: each head count times the sum owed per head, added over the crews."""
    found = [match for match in _CREW_OWED.finditer(text, 0, end_of_facts)]
    if not found:
        return None
    parts = [(int(match["heads"]), parse_number(match["owed"].replace(",", "").replace("，", "")) or 0.0, match)
             for match in found]
    total = sum(heads * owed for heads, owed, _ in parts)
    shown = "＋".join(f"{heads}人×{owed:g}元" for heads, owed, _ in parts)
    return WagesOwed(total, tuple((match.start(), match.end()) for _, _, match in parts), shown) if total else None


# 木工班组6人、钢筋班组5人，自2025年3月至5月共三个月工资均未发放；…各班组月工资标准为：木工每人每月7,800元:
# crews with their heads, each head's monthly wage and the months their wages are owed
_CREW_HEADS = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,6}?)(?:班组|组)?(?:共|计)?(?P<heads>\d+|[一二两三四五六七八九十]+)(?:人|名)(?![^，。；]{0,2}次)")
_CREW_WAGE = re.compile(r"(?P<name>[\u4e00-\u9fff]{0,6}?)(?:每人每月|月工资(?:标准)?(?:为)?每人|每人月工资(?:为)?)(?:为)?(?:人民币)?"
                        r"(?P<wage>\d[\d,，]*(?:\.\d+)?)元")
_LISTED_MONTHS = re.compile(r"(?:\d{4}年)?\d{1,2}月(?:份)?(?:[、和及](?:\d{4}年)?\d{1,2}月(?:份)?)+")


def crews_by_month(text: str, end_of_facts: int) -> WagesOwed | None:
    """Σ heads × monthly wage × months owed, over the crews the facts list; None unless every crew has
    its wage and its months."""
    segments = [(m.start(), m.end()) for m in re.finditer(r"[^。；;\n]+", text[:end_of_facts])]
    crews = []
    for match in _CREW_HEADS.finditer(text, 0, end_of_facts):
        heads = parse_number(match["heads"])
        if heads and 1 < heads < 1000 and not _CREW_WAGE.match(text, match.end()):
            crews.append((match, int(heads)))
    # 十二名职工集体投诉 … 车工共8名 … 包装工共4名 … 上述12名职工: the whole staff is no crew of its own
    crews = [(crew, heads) for crew, heads in crews if not re.match(r"上述|前述|以上|该", crew["name"])
             and heads != sum(other for other_crew, other in crews if other < heads)]
    wages = list(_CREW_WAGE.finditer(text, 0, end_of_facts))
    if len(crews) < 2 or not wages:
        return None
    common = _months_in(text, segments, end_of_facts, None)
    total, spans, shown = 0.0, [], []
    for crew, heads in crews:
        wage = _wage_of(text, crew, wages)
        months = _months_in(text, segments, end_of_facts, crew.start()) or common
        if wage is None or months is None:
            return None
        value = parse_number(wage["wage"].replace(",", "").replace("，", "")) or 0.0
        total += heads * value * months[0]
        spans += [(crew.start(), crew.end()), (wage.start(), wage.end()), months[1]]
        shown.append(f"{heads}人×{value:g}元×{months[0]}个月")
    return WagesOwed(total, tuple(spans), "＋".join(shown)) if total else None


def _wage_of(text: str, crew: re.Match[str], wages: list[re.Match[str]]) -> re.Match[str] | None:
    """The wage named like the crew (木工班组 / 木工每人每月), else the first after it in its sentence."""
    name = re.sub(r"^(?:其中|共|包括|另有|以及|和|及)", "", crew["name"])
    for wage in wages:
        if wage["name"] and (wage["name"][:2] == name[:2] or wage["name"][-2:] == name[-2:]):
            return wage
    sentence_end = min([i for i in (text.find(mark, crew.end()) for mark in "。\n") if i >= 0] or [len(text)])
    return next((wage for wage in wages if crew.end() <= wage.start() < sentence_end
                 and not re.sub(r"按照|按|约定|经|为|每人", "", wage["name"])), None)


def _months_in(text: str, segments: list[tuple[int, int]], end: int, at: int | None) -> tuple[int, tuple[int, int]] | None:
    """The months owed stated in the crew's own clause (``at``), or in any clause of the facts that says
    wages are owed (``at`` None): N个月, a range, or months listed (2025年2月、3月、4月工资均未发放)."""
    for start, stop in segments:
        if at is not None and not start <= at < stop:
            continue
        clause = text[start:stop]
        if not _OWED.search(clause) or (at is None and _CREW_HEADS.search(clause)):
            continue
        counted = _MONTHS.search(clause)
        if counted and parse_number(counted["count"]):
            return int(parse_number(counted["count"])), (start + counted.start(), start + counted.end())
        ranged = _RANGE.search(clause)
        if ranged:
            count = (int(ranged["y2"] or ranged["y1"]) - int(ranged["y1"])) * 12 + int(ranged["m2"]) - int(ranged["m1"]) + 1
            if 0 < count <= 36:
                return count, (start + ranged.start(), start + ranged.end())
        listed = _LISTED_MONTHS.search(clause)
        if listed:
            return len(re.findall(r"\d{1,2}月", listed[0])), (start + listed.start(), start + listed.end())
    return None


def wages_owed(text: str, end_of_facts: int) -> WagesOwed | None:
    """The monthly wage times the months owed, read in the wage's paragraph, for one worker; else the
    crews' wages owed per head (``crews_owed``) or per month (``crews_by_month``)."""
    crews = crews_owed(text, end_of_facts) or crews_by_month(text, end_of_facts)
    if crews is not None:
        return crews
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


_WAGES_PAID = re.compile(r"(?:全部|全额|足额)(?:支付|发放|付清)|已(?:全部|全额|足额)?(?:支付|发放|付清)完毕|足额收到")
_WAGES_ORDER = re.compile(r"责令|指令书|限期|要求")
_WAGES_REFUSED = re.compile(r"仍(?:未|不)(?:支付|发放)|拒不支付|拒绝支付|逾期(?:仍)?未(?:支付|发放)|逃匿|失联|仍拖欠"
                            r"|分文未付|未予支付|拒不到案|转移财产|未支付")


def wages_paid_when_ordered(text: str) -> bool:
    """After the order to pay, the wages were paid in full (将86,300元工资全部支付至…账户, 劳动者…足额收到)
    and nothing after the order says they were not (仍未支付, 分文未付, 逃匿): the order's own words
    (责令其…足额支付) pay nothing."""
    order = _WAGES_ORDER.search(text)
    if order is None:
        return False
    after = text[order.start():]
    paid = [match for match in _WAGES_PAID.finditer(after)
            if not _WAGES_ORDER.search(re.split(r"[，。；,;\n]", after[max(0, match.start() - 30):match.start()])[-1])]
    return bool(paid) and not _WAGES_REFUSED.search(after)
