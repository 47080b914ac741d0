"""Quantities with units (3.5吨 危险废物, 12亩 耕地, 18.6立方米, 328条 卷烟) and normalized units.

Mass normalizes to 千克, area to 平方米, volume to 立方米, length to 米; counting units keep
their own unit. Skipped: article numbers (第十条), durations, numbers inside money, quoted
legal text, and quantities attached to a unit price (每吨).
"""

from __future__ import annotations

import re

from analysis.extract.amounts import quoted_regions
from analysis.extract.document import Document
from analysis.extract.tables import split_cells, table_lines
from analysis.record import Quantity
from analysis.text.numbers import ARABIC_NUMBER, parse_number

PRODUCER = "extract.quantities.v1"
# unit -> (normalized unit, factor)
UNITS: dict[str, tuple[str, float]] = {
    "吨": ("千克", 1000.0), "千克": ("千克", 1.0), "公斤": ("千克", 1.0), "克": ("千克", 0.001),
    "斤": ("千克", 0.5), "公顷": ("平方米", 10000.0), "亩": ("平方米", 10000 / 15),
    "平方米": ("平方米", 1.0), "㎡": ("平方米", 1.0), "平方公里": ("平方米", 1_000_000.0),
    "立方米": ("立方米", 1.0), "m³": ("立方米", 1.0), "方": ("立方米", 1.0), "升": ("立方米", 0.001),
    "毫升": ("立方米", 0.000001), "公里": ("米", 1000.0), "千米": ("米", 1000.0), "米": ("米", 1.0),
}
COUNT_UNITS = ("株", "棵", "只", "头", "件", "条", "支", "盒", "瓶", "箱", "袋", "包", "尾", "台", "辆", "卷", "枚",
               "艘", "套", "桶", "罐", "听", "块", "根", "张", "片", "粒", "羽", "匹", "口", "具", "个", "副", "顶", "把", "双", "册", "本", "份",
               "人次", "名", "人", "倍", "%", "个层级", "层级", "层", "级")
# units read only after Arabic digits (一人, 三倍 are too often words or law text)
ARABIC_ONLY = ("人次", "名", "人", "倍", "%", "个")
# the levels of a pyramid scheme (形成五个层级, 发展六层下线) count in 级
ALIASES = {"名": "人", "人次": "人次", "个层级": "级", "层级": "级", "层": "级", "级": "级"}
_UNIT_ALT = "|".join(sorted(list(UNITS) + list(COUNT_UNITS), key=len, reverse=True))
_CN = "零〇一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾佰仟点"
QUANTITY = re.compile(rf"(?P<number>(?:{ARABIC_NUMBER})(?:万)?|[{_CN}]{{1,8}}?)(?P<unit>{_UNIT_ALT})")
_NOT_AFTER = re.compile(r"^(?:以上|以下|以内|的罚款|元|/)")
_VERBS = re.compile(r"(?:占用|倾倒|排放|销售|采伐|砍伐|盗伐|滥伐|捕捞|收购|运输|贮存|存放|处置|生产|开采|查获|查扣|"
                    r"扣押|没收|购进|进口|出口|堆放|填埋|夹带|经营|加工|储存|种植|毁坏|猎捕|非法|其中|共计|合计|约|计|达|"
                    r"和|及|、|，|,|的|现场|[0-9.]+[\u4e00-\u9fa5]{0,2}|其)")


def _subject(doc: Document, start: int) -> str | None:
    """The noun right before the number: 危险废物3.5吨 → 危险废物."""
    left = doc.compact[max(doc.sentence_start(start), start - 40):start]
    left = re.sub(r"（[^（）]*）|\([^()]*\)", "", left)
    left = re.sub(r"(?:共计|合计|总计|约|计|达|为|共|[，,])+$", "", left)[-16:]
    pieces = _VERBS.split(left)
    noun = pieces[-1] if pieces else ""
    noun = re.sub(r"^(?:上述|该批|涉案|的)", "", noun).strip("“”\"（）()")
    if 2 <= len(noun) <= 10 and re.fullmatch(r"[\u4e00-\u9fa5A-Za-z0-9“”]+", noun):
        return noun
    return None


def _skip(doc: Document, match: re.Match[str], regions: list[tuple[int, int]]) -> bool:
    start, end = match.start(), match.end()
    before = doc.compact[max(0, start - 3):start]
    glued = doc.span(start, end)[0] > 0 and not doc.text[doc.span(start, end)[0] - 1].isspace()
    if before.endswith(("第", "每", "/")) or (before[-1:].isascii() and before[-1:].isalnum() and glued) or before[-1:] in ".":
        return True  # A112双 is a code; 款号A 112双 is a count after its code
    original = doc.text[doc.span(start, end)[0]:doc.span(start, end)[1]]
    if "\n" in original and match["unit"] not in UNITS:
        return True
    if re.search(r"\d[ \t\u3000]{2,}\d", original):
        return True  # two cells of a table (312      18千克) are not one figure  # a count split over two lines is more likely two unrelated tokens than a wrapped 41.17立方米
    unit, after = match["unit"], doc.compact[end:end + 4]
    if unit == "份" and (doc.compact[max(0, start - 2):start].endswith("一式") or re.match(r"(?:送达|存档|交|由|留|报送|抄送)", after)
                        or re.search(
            r"(?:笔录|报告|复印件|流水|台账|单据|资料|照片|说明|通知书|意见|证明|告知书|清单|决定书|图|影像|录像|光盘)$",
            doc.compact[max(0, start - 8):start])):
        return True
    if unit == "人" and after[:1] in ("民", "员", "身"):
        return True
    if unit in ARABIC_ONLY and not match["number"][0].isdigit():
        return True
    if unit in ("倍", "%") and (re.match(r"(?:的)?(?:罚款|加处|以上|以下|计)", after)
                               or re.search(r"(?:收益|利率|年化|数额的|税率|比例)$", before)):
        return True
    if re.search(r"(?:年产|日产|产能|设计|规模)$", doc.compact[max(0, start - 3):start]):
        return True
    if match["unit"] in ("米", "方") and doc.compact[end:end + 1] in ("处", "向", "内", "外", "案", "面", "式", "法"):
        return True
    if match["unit"] == "条" and re.match(r"[之第款项]|的规定|规定", doc.compact[end:end + 3]):
        return True
    if match["unit"] == "个" and re.match(r"月|工作日|小时|品种|批次|方面|行为|单位|以上|体|人|案", doc.compact[end:end + 3]):
        return True
    if unit in ("层", "级") and not re.match(r"(?:下线|会员|上下线|层级|级|关系|结构)", after) and not re.search(
            r"(?:下线|层级|关系|共|形成|达到?|发展了?)$", doc.compact[max(0, start - 4):start]):
        return True  # 11层 of an address, 三层楼, 二级保护: a level only of a scheme's members
    line_ends = doc.text[doc.span(start, end)[1]:].lstrip(" \t\u3000")[:1] in ("\n", "")
    if _NOT_AFTER.match(doc.compact[end:end + 4]) and not line_ends:
        return True  # 500条以上 is a line; 五月：177条 at the end of its row, then 以上事实…, is a count
    return any(a <= start < b for a, b in regions)


_SHORT_QUOTE = re.compile(r"“[^”]{1,40}”")
_STUMPS = re.compile(r"伐根|树桩|树墩|根桩")


def extract_quantities(doc: Document, sections: dict[str, tuple[int, int]] | None = None) -> list[Quantity]:
    """Quantities outside quoted text and outside the evidence list and the signature block."""
    regions = quoted_regions(doc) + [(m.start(), m.end()) for m in _SHORT_QUOTE.finditer(doc.compact)]
    regions += [span for name, span in (sections or {}).items() if name in ("evidence", "signature")]
    found: list[Quantity] = []
    for match in QUANTITY.finditer(doc.compact):
        if _skip(doc, match, regions):
            continue
        value = parse_number(match["number"])
        if value is None or value <= 0:
            continue
        unit = match["unit"]
        if unit == "个" and _STUMPS.search(re.split(r"[。；;]", doc.compact[max(0, match.start() - 40):match.start()])[-1]):
            unit = "株"  # 逐块清点伐根，A地块伐根86个、B地块71个: each stump is a tree felled
        normalized_unit, factor = UNITS.get(unit, (ALIASES.get(unit, unit), 1.0))
        found.append(Quantity(value=value, unit=unit, normalized_value=round(value * factor, 6),
                              normalized_unit=normalized_unit, subject=_subject(doc, match.start()),
                              **doc.provenance(match.start(), match.end(), PRODUCER, 0.85)))
    return found + _table_quantities(doc) + _records_per_item(doc, regions) + _trees_by_volume(doc, regions)


# 杉木：伐桩18个，平均胸径20厘米，单株材积0.19立方米: the trees felled times the volume of one
_PER_TREE_VOLUME = re.compile(r"(?P<count>\d+)(?:株|个|棵)(?:(?!\d+[株个棵])[^。；：:]){0,30}?(?:单株|每株|平均单株)(?:平均)?(?P<kind>材积|蓄积)(?:为|约|约为)?"
                              r"(?P<volume>\d+(?:\.\d+)?)立方米")


def _trees_by_volume(doc: Document, regions: list[tuple[int, int]]) -> list[Quantity]:
    found: list[Quantity] = []
    for match in _PER_TREE_VOLUME.finditer(doc.compact):
        if any(a <= match.start() < b for a, b in regions):
            continue
        value = round(float(match["count"]) * float(match["volume"]), 4)
        found.append(Quantity(value=value, unit="立方米", normalized_value=value, normalized_unit="立方米",
                              subject=f"立木{match['kind']}",
                              **doc.provenance(match.start(), match.end(), PRODUCER, 0.75)))
    return found


# 涉及车辆18台，每台一条定位记录 / 涉及车辆21台，各一条: items counted, each with its records (18条)
_PER_ITEM_RECORDS = re.compile(r"(?P<items>\d+)(?P<unit>台|辆|人|户|部|个)[，,](?:每(?P=unit)|各|均为?|每(?:一)?(?:台|辆|人|户|部|个))"
                               r"(?P<each>[一二两三四五六七八九十\d]+)条")


# 其发送的截图共涉及76名不同的自然人: the information of 76 persons, one record each
_PERSONS_COVERED = re.compile(r"涉及(?P<items>\d+)(?:名|人|户)(?:不同的?)?(?:自然人|公民|个人|用户|客户|车主|业主|学生|患者|住户|旅客)")


def _records_per_item(doc: Document, regions: list[tuple[int, int]]) -> list[Quantity]:
    found: list[Quantity] = []
    for match in _PERSONS_COVERED.finditer(doc.compact):
        if not any(a <= match.start() < b for a, b in regions):
            value = float(match["items"])
            found.append(Quantity(value=value, unit="条", normalized_value=value, normalized_unit="条",
                                  subject="个人信息", **doc.provenance(match.start(), match.end(), PRODUCER, 0.7)))
    for match in _PER_ITEM_RECORDS.finditer(doc.compact):
        each = parse_number(match["each"])
        if not each or any(a <= match.start() < b for a, b in regions):
            continue
        value = float(match["items"]) * each
        found.append(Quantity(value=value, unit="条", normalized_value=value, normalized_unit="条",
                              subject=_subject(doc, match.start()),
                              **doc.provenance(match.start(), match.end(), PRODUCER, 0.75)))
    return found


_COUNT_COLUMN = re.compile(r"^(?:[箱件桶袋只头条盒瓶包]数|数量)$")
_PER_UNIT_COLUMN = re.compile(r"^(?:每|单)[箱件桶袋只头条盒瓶包个]?[^（(]{0,4}(?:净重|重量|毛重|容量|体积)|^平均(?:净重|重量)")
_MEASURED_CELL = re.compile(rf"^(?P<figure>\d[\d,，]*(?:\.\d+)?)(?P<unit>{'|'.join(sorted(UNITS, key=len, reverse=True))})$")


def _counted_rows(doc: Document, lines: list[tuple[str, int]], index: int, header: list[tuple[str, int]]) -> list[Quantity]:
    """Count × the weight of one (品种　箱数　每箱净重, then 带鱼　312　18千克): each row's weight."""
    counts = [number for number, (cell, _) in enumerate(header) if _COUNT_COLUMN.match(cell)]
    pers = [number for number, (cell, _) in enumerate(header) if _PER_UNIT_COLUMN.match(cell)]
    if len(counts) != 1 or len(pers) != 1 or "毛重" in header[pers[0]][0]:
        return []
    found = []
    for row, row_start in lines[index + 1:]:
        cells = split_cells(row, row_start)
        if len(cells) != len(header):
            break
        (count, at), (per, end) = cells[counts[0]], cells[pers[0]]
        measured = _MEASURED_CELL.match(per)
        if not (_BARE_FIGURE.match(count) and measured):
            continue
        value = float(count.replace(",", "").replace("，", "")) * float(measured["figure"].replace(",", ""))
        unit = measured["unit"]
        normalized_unit, factor = UNITS[unit]
        first, last = doc.to_compact(min(at, end)), doc.to_compact(max(at, end) + len(per) - 1) + 1
        found.append(Quantity(value=round(value, 4), unit=unit, normalized_value=round(value * factor, 6),
                              normalized_unit=normalized_unit, subject=cells[0][0],
                              **doc.provenance(first, last, PRODUCER, 0.75)))
    return found


_QUANTITY_HEADER = re.compile(rf"^(?P<name>[^（(]{{1,12}})[（(](?P<unit>{_UNIT_ALT})[）)]$")
# a count column named by its unit alone (月份　条数, then 5月　138): 条数 counts 条
_COUNT_HEADER = re.compile(r"^(?P<name>[^（(\d]{0,6}?(?P<unit>[条株棵只头尾件份户])数)$")  # 条数, 导出条数
_BARE_FIGURE = re.compile(r"^\d[\d,，]*(?:\.\d+)?$")


# 称重结果如下（单位：公斤）： then 一号舱  带鱼 3,460: rows whose one figure is in the caption's unit
_CAPTION_UNIT = re.compile(r"[（(]单位[：:]\s*(?P<unit>公斤|千克|吨|克|斤|亩|公顷|平方米|立方米|株|棵|只|头|条|尾|件|箱|桶|袋)[）)][：:]?\s*$")


def _caption_rows(doc: Document, lines: list[tuple[str, int]], index: int, unit: str) -> list[Quantity]:
    found: list[Quantity] = []
    for row, row_start in lines[index + 1:]:
        cells = split_cells(row, row_start)
        if not cells and not found:
            continue  # a blank line under the caption
        figures = [(cell, at) for cell, at in cells if _BARE_FIGURE.match(cell)]
        if len(cells) < 2 or len(figures) != 1 or figures[0] != cells[-1]:
            break
        cell, at = figures[0]
        value = parse_number(cell.replace(",", "").replace("，", ""))
        if not value or value <= 0:
            break
        normalized_unit, factor = UNITS.get(unit, (ALIASES.get(unit, unit), 1.0))
        compact = doc.to_compact(at)
        found.append(Quantity(value=value, unit=unit, normalized_value=round(value * factor, 6),
                              normalized_unit=normalized_unit, subject=" ".join(c for c, _ in cells[:-1]),
                              **doc.provenance(compact, compact + len(cell), PRODUCER, 0.8)))
    return found


def _table_quantities(doc: Document) -> list[Quantity]:
    """Bare figures under a column named with its unit (地块编号　面积（亩）　四至, then BT-1　8.6　…), or
    on the rows of a caption that names it (称重结果如下（单位：公斤）：)."""
    found: list[Quantity] = []
    lines = table_lines(doc.text)
    for index, (line, start) in enumerate(lines):
        caption = _CAPTION_UNIT.search(line)
        if caption is not None:
            found += _caption_rows(doc, lines, index, caption["unit"])
        header = split_cells(line, start)
        columns = {number: match for number, (cell, _) in enumerate(header)
                   if (match := _QUANTITY_HEADER.match(cell) or _COUNT_HEADER.match(cell)) and match["unit"] not in ("%", "倍")}
        found += _counted_rows(doc, lines, index, header)
        if len(header) < 2 or not columns:
            continue
        for row, row_start in lines[index + 1:]:
            cells = split_cells(row, row_start)
            if len(cells) != len(header):
                break
            for number, match in columns.items():
                cell, at = cells[number]
                value = parse_number(cell.replace(",", "").replace("，", "")) if _BARE_FIGURE.match(cell) else None
                if not value or value <= 0:
                    continue
                unit = match["unit"]
                normalized_unit, factor = UNITS.get(unit, (ALIASES.get(unit, unit), 1.0))
                compact = doc.to_compact(at)
                found.append(Quantity(value=value, unit=unit, normalized_value=round(value * factor, 6),
                                      normalized_unit=normalized_unit, subject=match["name"],
                                      **doc.provenance(compact, compact + len(cell), PRODUCER, 0.8)))
    return found
