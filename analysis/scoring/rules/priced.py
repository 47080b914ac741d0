"""Values a decision gives as a quantity and a unit price, leaving the product to the reader.

共计开采石灰岩26800吨……销售单价为每吨14元; 共销售上述电线1240卷，销售单价为每卷48元; 每只豹猫价值
人民币4,200元，……按9只计算. The threshold counts the value (矿产品价值, 销售金额, 野生动物价值), so
the reader multiplies. A price names its unit (每吨, 每卷, 元/吨); it values the quantities of that
unit in the facts, each at the nearest price of its unit. A selling price (售价, 销售单价, 出厂价)
values what was sold, and makes a sales amount; any other price (市场价格, 价值, 核定单价) makes a
goods value. Prices paid by the party (收购价, 进价, 加工费) value nothing the thresholds count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from analysis.extract.tables import is_row, split_cells, table_lines
from analysis.knowledge.vocab import convert, to_canonical
from analysis.scoring.rules.parts import Part, colon_list, facts_end, parts_to_add
from analysis.text.numbers import parse_money, parse_number, plain_amount

_UNITS = (r"吨|千克|公斤|斤|克|只|头|条|卷|个|件|台|升|立方米|方|株|棵|册|本|份|套|箱|瓶|盒|袋|双|支|包|枚|平方米|亩"
          r"|副|对|张|具|羽|根|颗|片|把|辆|部|盆|尾|块|罐|粒|匹|艘|桶|筐|捆|坛")
_CN_PRICE = r"[一二三四五六七八九十百千万两零〇壹贰叁肆伍陆柒捌玖拾佰仟萬]+"  # 每只价值人民币壹万贰仟元
_JIAO = r"(?P<jiao>[零〇]?[一二三四五六七八九两壹贰叁肆伍陆柒捌玖]角)?"
# 每卷（100米）售价人民币四十五元: a note on the unit in brackets, the price in words
_PRICE = re.compile(rf"(?:每|单价(?:为|是)?每?|均价(?:为)?每?)(?P<unit>{_UNITS})(?:[（(][^）)\n]{{0,12}}[）)])?[^\d，。；、（(]{{0,10}}?"
                    rf"(?P<price>\d[\d,，]*(?:\.\d+)?|{_CN_PRICE})元{_JIAO}(?!/)|(?P<price2>\d[\d,，]*(?:\.\d+)?)元/(?P<unit2>{_UNITS})")
# 2,150盒    单价12.60元: a price without its unit, of the quantity just before it on its line
_BARE_PRICE = re.compile(r"(?:单价|售价|价格|成交均价|销售均价|均价|成交价)(?:为|是|[:：])?(?:人民币)?(?P<price>\d[\d,，]*(?:\.\d+)?)元(?![/每])")
_PAID = re.compile(r"收购|购进|购得|购入|进价|进货|购买|采购|加工费|运费|罚款|工资|报酬|费用")
_APPRAISED = re.compile(r"认定|认证|评估|核定|鉴定|当地同期|市场价")
_MARKET_PRICE = re.compile(r"(?:当地|市场|市场上|同期)(?:平均)?收购价")
_SELLING = re.compile(r"售|销|卖|批发|出厂价|零售|成交")
_STATED_PRODUCT = re.compile(r"\d[\d,，.]*(?:万)?元|[零壹贰叁肆伍陆柒捌玖拾佰仟万]+元")


def _states_money(words: str) -> bool:
    """An amount of money other than a unit price (每吨14元 is a price, 91,800元 a stated value)."""
    return _STATED_PRODUCT.search(_BARE_PRICE.sub(" ", _PRICE.sub(" ", words))) is not None


STOCK = re.compile(r"库存|未销售|未售|尚未销售|待售|查扣|扣押|查获|查封")
_SOLD = re.compile(r"销售|售出|出售|卖出|批发给|发出|发货|售给")


@dataclass(frozen=True)
class Price:
    """A unit price of the facts: 元 per ``unit``, the role of the value it makes, where it stands."""

    value: float
    unit: str
    role: str
    start: int
    end: int


def prices(text: str, end_of_facts: int, quantities: tuple = ()) -> list[Price]:
    """The unit prices of the facts that value the act (not those the party paid)."""
    found = []
    for match, unit, price in _price_matches(text, end_of_facts, quantities):
        clause = re.split(r"[，。；,;\n]", text[max(0, match.start() - 24):match.start()])[-1]
        valued = re.search(r"按|参照|依照", clause) and re.match(r"(?:计|计算|核定|认定)", text[match.end():match.end() + 4]) \
            or _MARKET_PRICE.search(clause)  # 当地收购价每千克110元: what the market pays, not the party
        if _PAID.search(clause + match.group(0)) and not valued:
            continue  # what the party paid; 按…当月收购价每克380元计 is the market value the agency applies
        if _states_money(re.split(r"[。；;\n]", text[match.end():match.end() + 60])[0]):
            continue  # 按每条229元计，违法经营总额42801.47元: the decision did the product itself
        value = parse_money(f"{price}元{match['jiao'] or ''}") if match.re is _PRICE else parse_number(price.replace(",", ""))
        if not value:
            continue
        after = re.split(r"[，。；,;\n]", text[match.end():match.end() + 12])[0]  # 每台42元的出厂价
        sentence = re.split(r"[。；;\n]", text[max(0, match.start() - 40):match.start()])[-1]
        # the whole sentence (across ；) or its list's heading: 查获尚未销售的涉案商品：洗发水…；沐浴露…
        whole = re.split(r"[。\n]", text[max(0, match.start() - 120):match.start()])[-1]
        selling = _SELLING.search(clause + match.group(0) + after) or _SOLD.search(
            sentence + _list_heading(text, match.start())) or _SOLD.search(whole)
        # 经价格认证中心认定，该类石料当地同期销售价格为每吨14元: a valuation, whatever price it takes
        appraised = _APPRAISED.search(sentence)
        role = "sales_amount" if selling and not appraised else "goods_value"
        if STOCK.search(sentence) or STOCK.search(whole) or STOCK.search(_list_heading(text, match.start(), True)):
            role = "goods_value"  # 库存成品4,300个，按其实际平均销售价格每个9元计算: unsold goods valued at the sale price
        found.append(Price(value, _canonical(unit), role, match.start(), match.end()))
    return found + _same_prices(text, end_of_facts, quantities, found)


# 检查时库存成品600箱，按同一出厂价计算: the stock valued at the price just stated
_SAME_PRICE = re.compile(r"按(?:同一|相同|上述|同样的?|前述)[^，。；\d]{0,6}价(?:格)?")


def _same_prices(text: str, end: int, quantities: tuple, found: list[Price]) -> list[Price]:
    more = []
    for match in _SAME_PRICE.finditer(text, 0, end):
        earlier = [price for price in found if price.start < match.start()]
        if not earlier:
            continue
        price = max(earlier, key=lambda p: p.start)
        sentence_start = max(text.rfind(mark, 0, match.start()) for mark in "。；;\n") + 1
        if not any(sentence_start <= q.start < match.start() and _canonical(q.unit) == price.unit for q in quantities):
            continue
        role = "goods_value" if STOCK.search(text[sentence_start:match.start()]) else price.role
        more.append(Price(price.value, price.unit, role, match.start(), match.end()))
    return more


def _price_matches(text: str, end: int, quantities: tuple) -> list[tuple[re.Match[str], str, str]]:
    """(match, unit, price) of every price: with its unit (每卷128元, 45元/吨), or bare on the line of
    the quantity it prices (2,150盒    单价12.60元)."""
    found = [(match, match["unit"] or match["unit2"], match["price"] or match["price2"])
             for match in _PRICE.finditer(text, 0, end)]
    taken = [(match.start(), match.end()) for match, _, _ in found]
    for match in _BARE_PRICE.finditer(text, 0, end):
        if any(start <= match.start() < stop or match.start() <= start < match.end() for start, stop in taken):
            continue
        line_start = max(text.rfind("\n", 0, match.start()), text.rfind("。", 0, match.start())) + 1
        before = [q for q in quantities if line_start <= q.start < match.start()]
        if before:
            found.append((match, max(before, key=lambda q: q.start).unit, match["price"]))
    return found


def _list_heading(text: str, start: int, own_line: bool = False) -> str:
    """The heading of the list a line belongs to (销售明细（依据出库单）：), when there is one: the
    heading line, or the last sentence of the line that ends with it (…。三款鞋销售情况如下：) unless
    ``own_line``."""
    line_start = text.rfind("\n", 0, start)
    while line_start > 0:
        previous_start = text.rfind("\n", 0, line_start) + 1
        previous = text[previous_start:line_start].strip()
        if previous.endswith(("：", ":")) and not (own_line and "。" in previous):
            return previous.split("。")[-1]  # …。根据收款记录，三款鞋销售情况如下：
        if not previous or "。" in previous:
            return ""
        line_start = previous_start - 1
    return ""


def _in_counted_units(found: list[Price], quantities: Any, end: int) -> list[Price]:
    """销售4.32千克…每克15元: a price per a unit no quantity of the facts is counted in, restated per the
    unit they are counted in (15元/克 = 15,000元/千克)."""
    counted = {_canonical(q.unit) for q in quantities if 0 <= q.start < end}
    restated = []
    for price in found:
        if price.unit not in counted:
            for unit in sorted(counted):
                factor = convert(1.0, unit, price.unit)
                if factor:
                    price = Price(price.value * factor, unit, price.role, price.start, price.end)
                    break
        restated.append(price)
    return restated


def _same_sentence(text: str, one: int, other: int) -> bool:
    first, last = sorted((one, other))
    return re.search(r"[。；;\n]", text[first:last]) is None


def _canonical(unit: str) -> str:
    known = to_canonical(1.0, unit)
    return known[1] if known and known[0] == 1.0 else unit


def priced_values(ctx: Any) -> dict[str, tuple[float, list[tuple[int, int]], str]]:
    """Per role: the value of the quantities at their prices, the spans used and a label."""
    end = facts_end(ctx.record)
    found = _in_counted_units(prices(ctx.text, end, tuple(ctx.fields.quantities)), ctx.fields.quantities, end)
    values: dict[str, tuple[float, list[tuple[int, int]], str]] = {}
    for role in ("sales_amount", "goods_value"):
        total, spans, shown = 0.0, [], []
        for unit in {price.unit for price in found if price.role == role}:
            unit_prices = [price for price in found if price.role == role and price.unit == unit]
            kinds = _kind_pairs(ctx, unit, unit_prices, end)
            paired = _own_sentence_pairs(ctx, unit, unit_prices, end) or [part for part, _ in kinds]
            chosen = paired or _quantities(ctx, unit, unit_prices, end, sold=role == "sales_amount")
            for part in chosen:
                own = [p for p in unit_prices if _same_sentence(ctx.text, p.start, part.start)]
                price = next((price for kind, price in kinds if kind is part), None) or min(
                    own or unit_prices, key=lambda p: abs(p.start - part.start))
                total += part.value * price.value
                spans += [(part.start, part.end), (price.start, price.end)]
                shown.append(f"{part.value:g}{unit}×{price.value:g}元")
        if total > 0:
            values[role] = (total, spans, "＋".join(shown))
    loss = yield_loss(ctx.text, end, ctx.fields.quantities)
    if loss is not None:
        values["damage"] = loss
    duties = taxed_values(ctx.text, end) or tax_shortfall(ctx.text, end)
    if duties is not None:
        values["tax_evaded"] = duties
    return values


# 增值税：应纳税额386,420.50元，已申报缴纳212,180.50元；: the tax not paid is what was due less what was
# declared and paid, kind by kind
_SHORTFALL = re.compile(r"(?P<kind>[\u4e00-\u9fff]{0,6}税)[：:，,]?\s*应纳(?:税额|税款)?(?:为)?(?:人民币)?(?P<due>\d[\d,，]*(?:\.\d+)?)元"
                        r"[，,、]\s*(?:已|实际)(?:申报)?(?:缴纳|入库|申报)(?:税额|税款)?(?:为)?(?:人民币)?(?P<paid>\d[\d,，]*(?:\.\d+)?)元")


def tax_shortfall(text: str, end: int) -> tuple[float, list[tuple[int, int]], str] | None:
    """Σ (应纳 − 已缴) over the tax kinds the facts list with both figures."""
    total, spans, shown = 0.0, [], []
    for row in _SHORTFALL.finditer(text, 0, end):
        due, paid = (float(row[name].replace(",", "").replace("，", "")) for name in ("due", "paid"))
        if due > paid:
            total += due - paid
            spans.append((row.start(), row.end()))
            shown.append(f"{row['kind']}{plain_amount(due)}元−{plain_amount(paid)}元")
    return (round(total, 2), spans, "＋".join(shown)) if total > 0 else None


# 手表5块完税价格412,000元（税率20%），手提包4个完税价格86,500元（税率20%）: the tax each item evaded is its
# dutiable value times its rate (法释〔2014〕10号第二十四条: 应缴税额 at the rates of the time of the act).
_TAXED_VALUE = re.compile(r"完税价格(?:为|是)?(?:人民币)?(?P<value>\d[\d,，]*(?:\.\d+)?)(?P<wan>万)?元"
                          r"[（(](?:综合)?(?:税率|适用税率|综合税率)(?:为)?(?P<rate>\d+(?:\.\d+)?)[%％][）)]")


def taxed_values(text: str, end: int) -> tuple[float, list[tuple[int, int]], str] | None:
    """The tax on goods the facts value at their dutiable price, each with its rate, added; or a
    table of dutiable prices and rates (``duty_table``)."""
    items = list(_TAXED_VALUE.finditer(text, 0, end))
    if not items:
        return duty_table(text, end) or rated_value(text, end)
    total, spans, shown = 0.0, [], []
    for item in items:
        value = float(item["value"].replace(",", "").replace("，", "")) * (10000 if item["wan"] else 1)
        total += value * float(item["rate"]) / 100
        spans.append((item.start(), item.end()))
        shown.append(f"{plain_amount(value)}元×{item['rate']}%")
    return round(total, 2), spans, "＋".join(shown)


_RATE = re.compile(r"^(\d+(?:\.\d+)?)[%％]$")
# 上述箱包完税价格合计人民币612,000元。该类货物…进口关税税率为10%，进口环节增值税税率为13%
_DUTIABLE = re.compile(r"完税价格(?:合计|共计|总计)?(?:为|是)?(?:人民币)?(?P<value>\d[\d,，]*(?:\.\d+)?)(?P<wan>万)?元")
_DUTY_RATE = re.compile(r"关税税率(?:为|是)?(?P<rate>\d+(?:\.\d+)?)[%％]")
_VAT_RATE = re.compile(r"增值税税率(?:为|是)?(?P<rate>\d+(?:\.\d+)?)[%％]")
_EXCISE_RATE = re.compile(r"消费税(?:比例)?税率(?:为|是)?(?P<rate>\d+(?:\.\d+)?)[%％]")


def import_taxes(value: float, duty_rate: float, vat_rate: float, excise_rate: float) -> float:
    """The duty, the excise on the value with duty grossed up (组成计税价格 = (完税价格 + 关税) ÷ (1 − 消费税税率))
    and the import VAT on the value with both."""
    duty = value * duty_rate
    excise = (value + duty) / (1 - excise_rate) * excise_rate if excise_rate < 1 else 0.0
    return duty + excise + (value + duty + excise) * vat_rate


def rated_value(text: str, end: int) -> tuple[float, list[tuple[int, int]], str] | None:
    """One dutiable value and the rates stated after it: the duty, the excise on the value with duty
    grossed up, and the import VAT on the value with both."""
    for value_match in _DUTIABLE.finditer(text, 0, end):
        after = text[value_match.end():min(end, value_match.end() + 200)]
        duty = _DUTY_RATE.search(after)
        if duty is None:
            continue
        vat, excise = _VAT_RATE.search(after), _EXCISE_RATE.search(after)
        value = float(value_match["value"].replace(",", "").replace("，", "")) * (10000 if value_match["wan"] else 1)
        rates = [float(match["rate"]) / 100 if match else 0.0 for match in (duty, vat, excise)]
        total = import_taxes(value, *rates)
        shown = f"{plain_amount(value)}元×关税{rates[0]:.0%}" + (f"（含增值税{rates[1]:.0%}）" if vat else "")
        return round(total, 2), [(value_match.start(), value_match.end())], shown
    return None


def duty_table(text: str, end: int) -> tuple[float, list[tuple[int, int]], str] | None:
    """货物名称　完税价格（元）　关税税率　增值税税率, then 冻鸡爪　412,000　10%　9%: each row's duty, and the
    import VAT on the value with its duty (进出口关税条例, 增值税法: 组成计税价格 = 完税价格 + 关税 + 消费税),
    a 消费税税率 column taxing the value with duty grossed up (÷ (1 − rate))."""
    numbered = [(line, offset) for line, offset in table_lines(text) if offset < end]
    for index, (line, _) in enumerate(numbered):
        header = [cell for cell, _ in split_cells(line)]
        value_at = next((i for i, cell in enumerate(header) if "完税价格" in cell), None)
        duty_at = next((i for i, cell in enumerate(header) if "关税" in cell and "税率" in cell), None)
        if value_at is None or duty_at is None:
            continue
        vat_at = next((i for i, cell in enumerate(header) if "增值税" in cell and "税率" in cell), None)
        excise_at = next((i for i, cell in enumerate(header) if "消费税" in cell and "税率" in cell), None)
        total, spans, shown = 0.0, [], []
        for row_line, row_offset in numbered[index + 1:]:
            row = split_cells(row_line, row_offset)
            if len(row) != len(header):
                break
            try:
                value = float(row[value_at][0].replace(",", "").replace("，", ""))
                rates = [float(_RATE.match(row[at][0])[1]) / 100 if at is not None else 0.0
                         for at in (duty_at, vat_at, excise_at)]
            except (TypeError, ValueError):
                break
            total += import_taxes(value, *rates)
            spans.append((row[value_at][1], row[value_at][1] + len(row[value_at][0])))
            shown.append(f"{plain_amount(value)}元×{rates[0]:.0%}" + (f"（含增值税{rates[1]:.0%}）" if vat_at is not None else ""))
        if total > 0:
            return round(total, 2), spans, "＋".join(shown)
    return None


# 种植面积合计187亩……每亩平均减产126公斤；按当地收购价每公斤2.4元计算: a crop loss (刑法第一百四十七条
# 使生产遭受损失) is the area times the loss per unit of area times the price of the crop.
_YIELD_LOSS = re.compile(r"每(?P<area>亩|公顷)(?:平均|均)?(?:减产|减收|少收)(?:约|了)?"
                         r"(?P<weight>\d+(?:\.\d+)?)(?P<unit>公斤|千克|斤|吨)")


def _per(weight_unit: str, price_unit: str) -> float | None:
    """How many ``price_unit`` one ``weight_unit`` holds (公斤 per 斤 = 0.5)."""
    if _canonical(weight_unit) == _canonical(price_unit):
        return 1.0
    return convert(1.0, weight_unit, price_unit)


def yield_loss(text: str, end: int, quantities: Any) -> tuple[float, list[tuple[int, int]], str] | None:
    """The crop lost, valued: the largest area of its paragraph × the loss per area × the price per
    weight stated after it (``None`` where one of the three is missing)."""
    for match in _YIELD_LOSS.finditer(text, 0, end):
        paragraph_start = text.rfind("\n", 0, match.start()) + 1
        areas = [q for q in quantities if paragraph_start <= q.start < match.start() and _canonical(q.unit) == match["area"]]
        paragraph_end = text.find("\n", match.end())
        after = text[match.end():min(match.end() + 80, paragraph_end if paragraph_end > 0 else len(text))]
        price = next((p for p in _PRICE.finditer(after) if _per(match["unit"], p["unit"] or p["unit2"])), None)
        if not areas or price is None:
            continue
        area = max(areas, key=lambda q: q.value)
        per_unit = parse_money(f"{price['price']}元") if price["price"] else parse_number(price["price2"].replace(",", ""))
        factor = _per(match["unit"], price["unit"] or price["unit2"])
        if not per_unit or not factor:
            continue
        value = round(area.value * float(match["weight"]) * per_unit * factor, 2)
        spans = [(area.start, area.end), (match.start(), match.end()),
                 (match.end() + price.start(), match.end() + price.end())]
        shown = f"{area.value:g}{area.unit}×每{match['area']}{match['weight']}{match['unit']}×{per_unit:g}元/{price['unit'] or price['unit2']}"
        return value, spans, shown
    return None


def _own_sentence_pairs(ctx: Any, unit: str, unit_prices: list[Price], end: int) -> list[Part]:
    """洗发水2,800瓶，按…每瓶27元计；沐浴露2,600瓶，按…每瓶19.4元计: where every price has the one
    quantity of its unit in its own sentence, just before it, each is priced by its own (several
    grades or kinds, each at its price)."""
    parts = []
    for price in unit_prices:
        sentence_start = max(ctx.text.rfind(mark, 0, price.start) for mark in "。；;\n") + 1
        own = [q for q in ctx.fields.quantities if sentence_start <= q.start < price.start and q.start < end
               and _canonical(q.unit) == unit and not re.search(r"每[^\d，。；]{0,4}$", ctx.text[max(0, q.start - 6):q.start])]
        if len(own) != 1:
            return []
        parts.append(Part(own[0].value, own[0].start, own[0].end, own[0]))
    return parts if len(parts) >= 2 else []


def _kind_pairs(ctx: Any, unit: str, unit_prices: list[Price], end: int) -> list[tuple[Part, Price]]:
    """涉案物品为：岩羊头骨（带角）4副、马鹿角2副 … 评估：岩羊头骨每副4,600元，马鹿角每副4,800元: where
    several prices each name their kind, each values the largest count of its kind in the facts."""
    parts: list[tuple[Part, Price]] = []
    for price in unit_prices:
        kind = _kind_of(ctx.text, price.start)
        counts = [q for q in ctx.fields.quantities if 0 <= q.start < end and _canonical(q.unit) == unit
                  and kind and kind in _named_before(ctx.text, q.start)]
        if not counts:
            return []
        best = max(counts, key=lambda q: q.value)
        if any(part.start == best.start for part, _ in parts):
            return []
        parts.append((Part(best.value, best.start, best.end, best), price))
    return parts if len(parts) >= 2 else []


_NOT_KIND = re.compile(r"[（(][^）)]*[）)]|经|评估|鉴定|核定|认定|价值|单价|价格|市场|按照|依照|参照|按|计算|均为?|的|为|涉案|每"
                       r"|当地|本地|同期")  # 林木价值按照当地杉木每立方米1,380元: the kind is 杉木


def _kind_of(text: str, start: int) -> str:
    """The noun a price names right before it (岩羊头骨每副: 岩羊头骨), its last four characters."""
    clause = re.split(r"[，。；、,;：:\n]", text[max(0, start - 20):start])[-1]
    words = list(_NOT_KIND.finditer(clause))
    tail = clause[words[-1].end():] if words else ""
    kind = (tail if len(tail) >= 2 else _NOT_KIND.sub("", clause))[-4:]
    return kind if len(kind) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", kind) else ""


def _named_before(text: str, start: int) -> str:
    """The words that name a count in its own clause (岩羊头骨（带角）4副: 岩羊头骨)."""
    clause = re.split(r"[，。；、,;：:\n]", re.sub(r"[（(][^）)]*[）)]", "", text[max(0, start - 24):start]))[-1]
    return clause


def _quantities(ctx: Any, unit: str, unit_prices: list[Price], end: int, sold: bool) -> list[Part]:
    """The quantities a price values: those of its unit in the facts (the sold ones for a selling
    price), added when the facts list them in parts, else the largest."""
    parts = []
    for quantity in ctx.fields.quantities:
        if not 0 <= quantity.start < end or _canonical(quantity.unit) != unit:
            continue
        if any(price.start <= quantity.start < price.end for price in unit_prices):
            continue  # the price's own 每吨 is no quantity
        if re.search(r"每[^\d，。；]{0,4}$", ctx.text[max(0, quantity.start - 6):quantity.start]):
            continue
        if _states_money(re.split(r"[。；;\n]", ctx.text[quantity.end:quantity.end + 30])[0]):
            continue  # 已销售石料5,100吨，销售收入人民币91,800元: its value is stated
        clause = re.split(r"[，。；,;\n]", ctx.text[max(0, quantity.start - 20):quantity.start])[-1]
        parts.append((bool(_SOLD.search(clause)), Part(quantity.value, quantity.start, quantity.end, quantity)))
    if sold and any(is_sold for is_sold, _ in parts):
        parts = [item for item in parts if item[0]]
    # 库存成品4,300个，按…每个9元计算: a price values the quantity of its own sentence
    own = [item for item in parts if any(_same_sentence(ctx.text, item[1].start, price.start) for price in unit_prices)]
    parts = own or parts
    candidates = [part for _, part in parts]
    if not candidates:
        return []
    # 种类、数量如下：红隼4只、雀鹰3只、领角鸮2只: a list after a colon is the count, whatever is said elsewhere
    listed = [group for group in _by_sentence(ctx.text, candidates) if len(group) >= 2 and colon_list(ctx.text, group)]
    if listed:
        return parts_to_add(ctx.text, listed[0], end) or [max(listed[0], key=lambda p: p.value)]
    return parts_to_add(ctx.text, candidates, end) or [max(candidates, key=lambda p: p.value)]


def _by_sentence(text: str, parts: list[Part]) -> list[list[Part]]:
    groups: dict[int, list[Part]] = {}
    for part in parts:
        groups.setdefault(max(text.rfind(mark, 0, part.start) for mark in "。\n"), []).append(part)
    return list(groups.values())


# 查获该鼠药15瓶，每瓶净含量…均为5克 / 第一批4桶，第二批6桶…，每桶装量按约0.18吨计: counted containers
# and the weight of one; the threshold counts the weight (法释〔2003〕14号: 毒鼠强五十克; 危险废物三吨).
_PER_CONTAINER = re.compile(r"每(?P<container>瓶|袋|桶|箱|支|包|盒|件|罐|筐)[^。；\d]{0,12}?"
                            r"(?P<weight>\d+(?:\.\d+)?)(?P<unit>千克|公斤|克|吨|斤|毫升|升)")


def _counted_just_before(ctx: Any, match: re.Match[str], sentence_start: int, earlier_end: int) -> list[Any]:
    """第一次…28桶；第二次…24桶；第三次…19桶。据当事人台账，每桶净重约0.17吨: the containers counted in
    the sentence just before, in the same paragraph, when the weight's own sentence counts none."""
    line_start = ctx.text.rfind("\n", 0, match.start()) + 1
    if sentence_start <= line_start:
        return _counted_on_rows_above(ctx, match, line_start, earlier_end) or _total_in_paragraph_above(
            ctx, match, line_start, earlier_end)
    previous_start = max(ctx.text.rfind(mark, 0, max(0, sentence_start - 1)) for mark in "。\n") + 1
    if previous_start < max(line_start, earlier_end):
        return []
    return [q for q in ctx.fields.quantities
            if previous_start <= q.start < sentence_start and q.unit == match["container"]]


def _total_in_paragraph_above(ctx: Any, match: re.Match[str], line_start: int, earlier_end: int) -> list[Any]:
    """…分批交由无证个人收运，每次以大铁桶装运，共计17桶。 / 经核实，…每桶装载废机油约0.2吨: the one total
    count of the container (共计, 合计) in the paragraph just above."""
    above = ctx.text[:max(0, line_start - 1)].rstrip()
    start = max(above.rfind("\n") + 1, earlier_end)
    totals = [q for q in ctx.fields.quantities if start <= q.start < len(above) and q.unit == match["container"]
              and re.search(r"(?:共计|合计|总计|共)$", ctx.text[max(0, q.start - 2):q.start])]
    return totals if len(totals) == 1 else []


def _counted_on_rows_above(ctx: Any, match: re.Match[str], line_start: int, earlier_end: int) -> list[Any]:
    """第一批  2024年9月12日  6桶 / 第二批 … 8桶 / …, then a line 每桶净重约0.17吨: the rows just above,
    each with one count of the container."""
    counts, end = [], line_start - 1
    while end > max(0, earlier_end):
        start = ctx.text.rfind("\n", 0, end) + 1
        row = [q for q in ctx.fields.quantities if start <= q.start < end and q.unit == match["container"]]
        if len(row) != 1 or not is_row(ctx.text[start:end]):
            break
        counts = row + counts
        end = start - 1
    return counts if len(counts) >= 2 else []


@dataclass(frozen=True)
class Weighed:
    """Containers counted in one sentence, times the weight of one."""

    value: float
    unit: str
    spans: tuple[tuple[int, int], ...]
    shown: str


def weighed_containers(ctx: Any) -> list[Weighed]:
    """The weights of the containers the facts count and weigh, one sentence at a time (带鱼280箱，每箱约
    18千克；小黄鱼190箱，每箱约15千克: the sentence's rows added)."""
    end = facts_end(ctx.record)
    groups: dict[int, list[tuple[float, str, list[Any], re.Match[str]]]] = {}
    previous_end = 0
    for match in _PER_CONTAINER.finditer(ctx.text, 0, end):
        sentence_start = max(ctx.text.rfind(mark, 0, match.start()) for mark in "。\n") + 1
        earlier_end, previous_end = previous_end, match.end()
        since = max(sentence_start, earlier_end)
        counts = [q for q in ctx.fields.quantities if since <= q.start < match.start() and q.unit == match["container"]]
        if not counts:
            counts = _counted_just_before(ctx, match, sentence_start, earlier_end)
        if counts:
            weight = sum(q.value for q in counts) * float(match["weight"])
            groups.setdefault(sentence_start, []).append((weight, match["unit"], counts, match))
    found = []
    for rows in groups.values():
        units = {unit for _, unit, _, _ in rows}
        if len(units) != 1:
            continue
        spans = tuple((q.start, q.end) for _, _, counts, _ in rows for q in counts)
        shown = "＋".join(f"{'+'.join(f'{q.value:g}' for q in counts)}{m['container']}×{float(m['weight']):g}{unit}"
                         for _, unit, counts, m in rows)
        found.append(Weighed(sum(weight for weight, _, _, _ in rows), units.pop(), spans, shown))
    return found
