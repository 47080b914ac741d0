"""Money in plain-text tables of the facts: a header line names the columns (金额（元）, 税额（元）,
销售额（元）), the rows below hold bare figures with no 元 of their own.

Clerks paste tables into decisions as aligned text (序号　姓名　工种　欠薪月份　金额（元）, then one
line per worker). A row is a line with as many cells as the header; the table ends at the first
line that is not one. Each money cell becomes an amount whose role comes from its column header,
and whose label is the header with the table's caption (拖欠12名劳动者劳动报酬未支付，明细如下：),
so the rules read it as the column names it. A 合计 row is a total like any stated total.
"""

from __future__ import annotations

import re

from analysis.extract.document import Document
from analysis.record import Amount

PRODUCER = "extract.tables.v1"
_CELL = re.compile(r"[^ \t\u3000]+")
_MONEY_HEADER = re.compile(r"^(?P<name>.*?)[（(](?P<unit>元|万元)[）)]$")
_FIGURE = re.compile(r"^\d[\d,，]*(?:\.\d+)?$")
_TOTAL_ROW = re.compile(r"^(?:合计|总计|共计|小计)")
_OPENING, _CLOSING = "（(《【[", "）)》】]"


def split_cells(line: str, offset: int = 0) -> list[tuple[str, int]]:
    """(cell, original offset) of the whitespace-separated cells of a line. A space inside brackets
    is no cell break: ``排放限值(GB 21900-2008表2)`` is one header cell."""
    cells: list[tuple[str, int]] = []
    depth_before = 0
    for match in _CELL.finditer(line):
        if depth_before > 0 and cells:
            start = cells[-1][1]
            cells[-1] = (line[start - offset:match.end()], start)
        else:
            cells.append((match[0], offset + match.start()))
        depth_before = max(0, depth_before + _depth(match[0]))
    return cells


def _depth(cell: str) -> int:
    """Brackets a cell opens and does not close."""
    return sum(cell.count(mark) for mark in _OPENING) - sum(cell.count(mark) for mark in _CLOSING)


_BOX_CELL = re.compile(r"[│┃|｜]")
_BORDER = re.compile(r"^[\s┌┬┐├┼┤└┴┘─━┏┳┓┣╋┫┗┻┛+\-=]*[┌┬┐├┼┤└┴┘─━┏┳┓┣╋┫┗┻┛]+[\s┌┬┐├┼┤└┴┘─━┏┳┓┣╋┫┗┻┛+\-=]*$")


def table_lines(text: str) -> list[tuple[str, int]]:
    """(line, offset) of every line, a box-drawn table's rules left out and its bars read as cell
    breaks (┌──┬──┐ / │ 1号 │ 0.60 │, 受票单位｜份数｜税额): the same length, so offsets stay valid."""
    lines, offset = [], 0
    for line in text.split("\n"):
        if not _BORDER.match(line):
            lines.append((_BOX_CELL.sub("\u3000", line), offset))
        offset += len(line) + 1
    return lines



def table_amounts(doc: Document, role_of) -> list[Amount]:
    """Amounts of every money column of every text table; ``role_of(header) -> (role, confidence)``.
    A table with a count and a unit price but no money column (品种　数量（条）　单价（元/条）) gives
    each row's amount as their product."""
    found: list[Amount] = []
    lines = table_lines(doc.text)
    for index, (line, offset) in enumerate(lines):
        header = split_cells(line, offset)
        money = {column: match for column, (cell, _) in enumerate(header)
                 if (match := _MONEY_HEADER.match(cell)) and not _PRICE_NAME.search(match["name"])}
        if not money and len(header) >= 2 and (unit := _UNIT_CAPTION.search(_caption(lines, index) + line)
                                               or _MONEY_CAPTION.search(_caption(lines, index))):
            # 偷逃税款明细如下（单位：人民币元）then 报关单号尾号　关税　增值税　消费税: every named column is money
            money = {column: _MONEY_HEADER.match(f"{cell}（{unit['unit'] or '元'}）") for column, (cell, _) in enumerate(header)
                     if column > 0 and not re.search(r"号|数|量|名称|日期|时间|单位", cell)}
        if len(header) >= 2 and not money:
            found.extend(_priced_rows(doc, lines, index, header, role_of))
        if len(header) < 2 or not money:
            continue
        caption = _caption(lines, index)
        for row_line, row_offset in lines[index + 1:]:
            row = split_cells(row_line, row_offset)
            total = bool(row) and _TOTAL_ROW.match(row[0][0]) is not None
            if len(row) != len(header) and not (total and 2 <= len(row) < len(header)):
                break
            cells = row if len(row) == len(header) else [("", -1)] * (len(header) - len(row)) + row
            for column, match in money.items():
                # the row's other columns name what the money is of (受票单位　发票份数　金额（元）)
                others = "".join(re.sub(r"[（(][^）)]*[）)]", "", cell) for number, (cell, _) in enumerate(header)
                                 if number not in money)
                found.extend(_amount(doc, cells[column], match, caption, others, role_of, total))
    return found


def _amount(doc: Document, cell: tuple[str, int], header: re.Match[str], caption: str, others: str, role_of,
            total: bool) -> list[Amount]:
    text, start = cell
    if start < 0 or not _FIGURE.match(text):
        return []
    value = float(text.replace(",", "").replace("，", "")) * (10_000 if header["unit"] == "万元" else 1)
    if value <= 0:
        return []
    # a generic column (金额, 小计) takes its kind from the caption; a named one (税额, 价税合计) is its own
    named = header["name"] if _GENERIC_COLUMN.fullmatch(header["name"]) is None else ""
    role, confidence = role_of(header["name"]) if named and not _EVADED.search(caption) else role_of(caption + header["name"])
    compact_start = doc.to_compact(start)
    label = f"{caption}{others}：{'合计' if total else ''}{header['name']}"
    return [Amount(role=role, value=value, label=label,
                   **doc.provenance(compact_start, compact_start + len(text), PRODUCER, min(confidence, 0.8)))]


_GENERIC_COLUMN = re.compile(r"金额|数额|合计|小计|总额|总计|价值|款项")
_EVADED = re.compile(r"少缴|偷逃|逃避缴纳|偷税|逃税|补缴")
_UNIT_CAPTION = re.compile(r"单位[:：]\s*(?:人民币)?(?P<unit>万元|元)")
# 偷逃应缴税款如下：then 税种　冻牛腩　冻鸡爪: a caption that names money lists money (in 元)
_MONEY_CAPTION = re.compile(r"(?:税款|税额|金额|价款|费用|工资)[^。]{0,10}(?:如下|明细)[：:]?$(?P<unit>)")
_COUNT_HEADER = re.compile(r"^.*?(?:数量|件数|条数|重量|销售量|销量|售出量|出售量|收购量|交易量)(?:[（(](?P<unit>[^）)/]{1,4})[）)])?$")
_PAID_PRICE = re.compile(r"进货|进价|采购|购进|成本|收购")
_PRICE_NAME = re.compile(r"单价|价格|售价|零售价|批发价|均价|标价|^单[只株头件条个]|^每")
_PRICE_HEADER = re.compile(r"^(?:.*?(?:单价|价格|售价|零售价|批发价|均价|标价)|(?:单|每)[只株头件条个箱瓶盒套副][^（(]{0,6}价[值格]?)"
                           r"(?:[（(]元(?:/(?P<unit>[^）)]{1,4}))?[）)])?$")
# a cell with its unit written in it: 326副, 129元, 468卷
_COUNT_CELL = re.compile(r"^(?P<figure>\d[\d,，]*(?:\.\d+)?)(?P<unit>[\u4e00-\u9fff]{0,2})$")
_PRICE_CELL = re.compile(r"^(?P<figure>\d[\d,，]*(?:\.\d+)?)(?:元(?:/[\u4e00-\u9fff]{1,2})?)?$")


def _priced_rows(doc: Document, lines: list[tuple[str, int]], index: int, header: list[tuple[str, int]],
                 role_of) -> list[Amount]:
    """Count × unit price per row, for a table whose count and price columns share a unit (in the
    headers, 数量（条）　单价（元/条）, or in the cells, 326副　129元)."""
    counts = [(column, match) for column, (cell, _) in enumerate(header) if (match := _COUNT_HEADER.match(cell))]
    prices = [(column, match) for column, (cell, _) in enumerate(header) if (match := _PRICE_HEADER.match(cell))]
    if len(prices) > 1:  # 实际销售单价 beside 进货单价: the price the party paid values nothing
        prices = [(column, match) for column, match in prices if not _PAID_PRICE.search(header[column][0])]
    if len(counts) != 1 or len(prices) != 1 or None not in (prices[0][1]["unit"], counts[0][1]["unit"]) and \
            prices[0][1]["unit"] != counts[0][1]["unit"]:
        return []  # 单价（元/吨） beside 数量（千克） is another table
    (count_column, _), (price_column, _) = counts[0], prices[0]
    caption = _caption(lines, index)
    # the price column's name may say what the product is (单件评估价值 → goods value, 销售单价 → sales)
    role, confidence = role_of(caption + header[price_column][0] + "金额")
    if role == "other":
        role = "goods_value"  # 查获商品及店内标价如下：the goods valued at their price, none sold
    found = []
    for row_line, row_offset in lines[index + 1:]:
        row = split_cells(row_line, row_offset)
        if len(row) != len(header):
            break
        (count, start), (price, end) = row[count_column], row[price_column]
        count_cell, price_cell = _COUNT_CELL.match(count), _PRICE_CELL.match(price)
        if not (count_cell and price_cell):
            continue
        value = _figure(count_cell["figure"]) * _figure(price_cell["figure"])
        first, last = sorted((start, end))
        last += len(row[max(count_column, price_column)][0])
        compact_start, compact_end = doc.to_compact(first), doc.to_compact(last - 1) + 1
        found.append(Amount(role=role, value=round(value, 2), label=f"{caption}：数量×单价",
                            **doc.provenance(compact_start, compact_end, PRODUCER, min(confidence, 0.7))))
    return found


def _figure(text: str) -> float:
    return float(text.replace(",", "").replace("，", ""))


def _caption(lines: list[tuple[str, int]], index: int) -> str:
    """The last clause of the line before the header (…拖欠12名劳动者劳动报酬未支付，明细如下：)."""
    for line, _ in reversed(lines[:index]):
        if line.strip():
            clauses = [c for c in re.split(r"[。；;]", line.strip()) if c.strip()]
            return re.sub(r"[\s\u3000]", "", clauses[-1])[-40:] if clauses else ""
    return ""


ENUMERATED_LINE = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．])")


def is_row(line: str) -> bool:
    """A line of a plain-text list: cells apart and no sentence (2号、3号库房建筑物     624,000元; 鳙鱼 186.0公斤)."""
    return not re.search(r"[。，；]", line) and (re.search(r"\u3000|[ \t]{2,}", line.strip()) is not None
                                              or re.fullmatch(r"[^\s\d]{1,12} \d[^\s]*", line.strip()) is not None
                                              or len(re.findall(r"[|│┃｜]", line)) >= 2)  # | 6月23日 | 22 |


# a line of a list under a heading, named before its colon (增值税（税率13%）：48,200.00元；)
_COLON_ITEM = re.compile(r"^[^，。；：:\d]{2,24}[：:][^。：:]*\d[^。：:]*[；;。]?$")


def _colon_item(line: str) -> bool:
    """增值税（税率13%，扣除可抵扣部分后）：48,200.00元；: a note in brackets is no part of the name."""
    return _COLON_ITEM.match(re.sub(r"（[^）]*）|\([^)]*\)", "", line.strip())) is not None


def row_heading(text: str, start: int) -> str:
    """The heading (…如下：) of the plain-text list whose row holds ``start``, else ""."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    enumerated = ENUMERATED_LINE.match(line) is not None  # （一）成都某公司，4,200条；
    itemized = _colon_item(line)  # 城市维护建设税：3,374.00元；
    if not enumerated and not itemized and not is_row(line):
        return ""
    while line_start > 0:
        previous_start = text.rfind("\n", 0, line_start - 1) + 1
        previous = text[previous_start:line_start - 1].strip()
        if previous.endswith(("：", ":")):
            return previous
        if previous and re.search(r"[。，；]", previous) and not (enumerated and ENUMERATED_LINE.match(previous)) \
                and not (itemized and _colon_item(previous)):
            return ""
        line_start = previous_start
    return ""
