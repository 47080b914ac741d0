"""Money amounts with their role in the case (fine, illegal gains, goods value, ...).

A role is decided by the words around the amount: the cue nearest before it in its clause
(the longest cue wins a tie, so 没收违法所得 beats 违法所得), or 罚款 right after it
(处5万元罚款). Not case amounts, and therefore skipped: ranges quoted from a law
(处五万元以上十万元以下罚款, 不足一万元的), anything inside a quoted legal text (规定：“…”),
and unit prices (每吨500元, 单价12元, 80元/瓶).
"""

from __future__ import annotations

import re

from analysis.extract.document import Document
from analysis.extract.tables import PRODUCER as TABLES_PRODUCER
from analysis.extract.tables import row_heading, table_amounts
from analysis.record import Amount
from analysis.text.numbers import ARABIC_NUMBER, parse_money

PRODUCER = "extract.amounts.v1"
_CN = "零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟萬億"
MONEY = re.compile(
    rf"(?:人民币|RMB|¥|￥)?(?:(?P<arabic>(?:{ARABIC_NUMBER})(?:[万萬亿億])?)(?P<yuan>元|圆)?"
    rf"|(?P<chinese>[{_CN}]+)(?P<cyuan>元|圆)(?:零?[{_CN}]角)?(?:零?[{_CN}]分)?)整?")

# (cue pattern, role); the nearest cue before the amount in its clause decides.
ROLE_CUES: list[tuple[str, str]] = [
    (r"罚款|处以|并处|罚金|罚款金额|处罚款", "fine"),
    (r"没收(?:其|当事人)?(?:的)?(?:全部)?违法所得", "confiscated_gains"),
    (r"违法所得|非法所得|获利|获得利润|违法收入|转让款|非法获利|获取", "illegal_gains"),
    (r"货值(?:金额)?|货物价值|完税价格|折价|立木价值|林木价值|评估价值|价值|案值|涉案(?:物品|商品|货物)?(?:价值|金额)|"
     r"(?:药品|器械|产品|商品|物品)(?:和[\u4e00-\u9fa5]{1,4})?货值", "goods_value"),
    (r"销售(?:金额|额|收入|总额|款)|营业额|收取货款|货款|销售|售出", "sales_amount"),
    (r"少缴(?:[\u4e00-\u9fa5]{0,8}税|税款)|偷税|逃避缴纳税款|漏缴(?:税款)?|逃税|不缴或者少缴|少缴|偷逃|应缴税款"
     r"|已扣(?:缴)?税款|已收税款", "tax_evaded"),  # 扣缴义务人: 其余已扣税款…元未申报解缴
    (r"损失|损害|修复费用|清理(?:及修复)?费用|处置费用|治理费用|赔偿|清污费用|清除污染费用|应急(?:处置|监测)费用",
     "damage"),  # 法释〔2023〕7号第十七条: 公私财产损失 counts the costs of cleaning up and of emergency monitoring
    # 加付赔偿金 (劳动保障监察条例第二十六条) is owed to the workers: no 罚款, no hearing threshold
    (r"罚没款|应缴款项|合计|共计|总计|违法经营(?:总)?额|经营额|进货(?:总)?(?:额|金额|款|价款)|购货款|采购款|购进金额|总投资|投资额|加付赔偿金"
     r"|收缴|赌资|应纳税额|应纳税总额|应缴税额"
     r"|(?:年|全年|年度|月|全部)[^，。；]{0,6}营业(?:额|收入)|营业总(?:额|收入)", "other"),  # the shop's turnover, not the goods' sales  # 收缴赌资 is seized money; 应纳税额 the tax due, not evaded
]
_CUES = [(re.compile(p), role) for p, role in ROLE_CUES]
_FINE_AFTER = re.compile(r"^(?:的)?(?:行政)?罚款")
_RANGE_AFTER = re.compile(r"^(?:以上|以下|以内|至|到|-|－|—|~|～|不等|以上的|的罚款以下)")
_RANGE_BEFORE = re.compile(r"(?:不足|不满|低于|超过|高于|至|到|以上|未达到?|达到|每|单价|均价|售价|进价|零售价|标价)$")
_UNIT_PRICE_AFTER = re.compile(r"^(?:/|每|一)(?:吨|千克|公斤|斤|克|件|瓶|盒|条|支|只|株|亩|平方米|立方米|箱|袋|个|台|人|次|天|日|小时|份|包|套|米)")
_QUOTE = re.compile(r"(?:规定|载明|明确)[^“”。；]{0,12}“[^”]{0,800}”|“……[^”]{0,800}”"
                    r"|(?<=[条款项])“[^”]{0,800}”|(?<=[条款项])“[^”]{0,300}$")  # the last: a page cut inside the quote


def quoted_regions(doc: Document) -> list[tuple[int, int]]:
    """Compact spans of legal text quoted in the decision (规定：“…”)."""
    return [(m.start(), m.end()) for m in _QUOTE.finditer(doc.compact)]


def _inside(index: int, regions: list[tuple[int, int]]) -> bool:
    return any(start <= index < end for start, end in regions)


_CLAIMED_VALUE = re.compile(r"^(?:经|据|但)?(?:权利人|商标权利人|被侵权人|举报人|投诉人)(?:称|主张|提出|认为|声称)")
_COMPUTED_TOTAL = re.compile(r"[三3]倍[^，。；]{0,4}(?:与|加|和|及)[^，。；]{0,16}合计")


# 使用自有采砂船（经评估价值约28万元）: the value of the party's own vessel, vehicle or tool is no goods value
_TOOL_VALUE = re.compile(r"(?:船|船舶|车辆|挖掘机|铲车|装载机|破碎机|推土机|筛分机|钻机|拖拉机|货车|设备|机械|机具|工具|网具)[^，。；（(]{0,6}[（(]?(?:经[^，。；（(]{0,8})?"
                         r"(?:评估|估算|估)?价值(?:合计|共计|总计)?约?(?:为)?(?:人民币)?$")


def _role(doc: Document, start: int, end: int) -> tuple[str, float]:
    after = doc.compact[end:end + 6]
    clause = doc.compact[doc.clause_start(start):start]
    # 挖掘机（三一SY215C型，当事人自有）经评估价值…: a note in brackets does not part the tool from its value
    unbracketed = re.sub(r"（[^（）]*）|\([^()]*\)", "", doc.compact[doc.sentence_start(start):start])
    if _TOOL_VALUE.search(clause) or _TOOL_VALUE.search(re.split(r"[，,]", unbracketed)[-1]):
        return "other", 0.8
    if _CLAIMED_VALUE.search(doc.compact[doc.sentence_start(start):start]):
        return "other", 0.8  # 权利人称，正品…售价每件8,990元，按此计算涉案商品价值达539.4万元: a claim, not a finding
    if _COMPUTED_TOTAL.search(clause):
        return "other", 0.9  # 已销售金额的三倍与尚未销售货值合计为…: a computed sum, neither amount
    if _FINE_AFTER_FLOOR.search(doc.compact[doc.sentence_start(start):start]):
        return "fine", 0.9  # 处所需处置费用三倍的罚款，所需处置费用不足二十万元按二十万元计算，计人民币陆拾万元
    best: tuple[int, int, str] | None = None  # (cue end, cue length, role)
    rank: tuple[int, int, int] | None = None
    for pattern, role in _CUES:  # weak "other" cues (合计/共计) only when no role cue is in the clause
        for match in pattern.finditer(clause):
            strong = role != "other" or not re.fullmatch(r"合计|共计|总计", match.group(0))
            key = (int(strong), match.end(), match.end() - match.start())
            if rank is None or key > rank:
                rank, best = key, (match.end(), match.end() - match.start(), role)
    if best is not None and len(clause) - best[0] <= 14:
        if best[2] == "other" and clause[best[0] - 5:best[0]].endswith(("经营额", "经营总额")):
            sentence = doc.compact[doc.sentence_start(start):start]
            summed = re.search(r"合计|共计|总计", clause[best[0]:])  # 违法经营额合计: sold and unsold together
            return ("sales_amount", 0.7) if "销售" in sentence and not summed else ("other", 0.7)
        return best[2], 0.9
    if _FINE_AFTER.match(after):
        return "fine", 0.9
    if best is not None:
        return best[2], 0.7
    # the nearest cue of the sentence (完税价格为612,480元，偷逃税款人民币：关税52,300元 is evaded tax)
    sentence = doc.compact[doc.sentence_start(start):start][-30:]
    # a note in brackets names no amount after it: 处…三倍的罚款（所需处置费用不足二十万元…），计人民币陆拾万元
    sentence = re.sub(r"（[^（）]*）|\([^()]*\)", lambda note: "□" * len(note[0]), sentence)
    nearest = max(((match.end(), role, match[0]) for pattern, role in _CUES for match in pattern.finditer(sentence)),
                  default=None, key=lambda item: item[0])
    if nearest and nearest[2] == "加付赔偿金":
        return "other", 0.9  # owed to the workers, never the decision's fine
    return (nearest[1], 0.55) if nearest else ("other", 0.5)


def _excluded(doc: Document, start: int, end: int, regions: list[tuple[int, int]]) -> bool:
    before = doc.compact[max(0, start - 6):start].removesuffix("人民币")
    after = doc.compact[end:end + 6]
    if doc.text[doc.span(start, end)[1]:].lstrip(" \t")[:1] == "\n":  # 以上 on the next line is a new sentence
        after = ""
    if _RANGE_AFTER.match(after) or _UNIT_PRICE_AFTER.match(after):
        return True
    if _RANGE_BEFORE.search(before):
        return True
    if before.endswith(("按", "安")) and doc.compact[end:end + 2] == "计算":  # 不足一万元的，按一万元计算
        return True
    clause = doc.compact[doc.clause_start(start):start]
    if re.search(r"(?:每|单价|均价|售价(?!格|款)|进价(?!格|款))[\u4e00-\u9fa5]{0,6}$", clause) or re.search(
            r"每[\u4e00-\u9fa5]{1,2}[\u4e00-\u9fa5]{0,6}(?:价值|价格|售价)(?:为|是)?(?:人民币)?$", clause):  # 每只豹猫价值人民币4,200元
        return True
    return _inside(start, regions)


def _dedupe(doc: Document, amounts: list[Amount]) -> list[Amount]:
    """Drop repeats in parentheses (伍万元（50,000元）) and role-less copies of a known value."""
    kept: list[Amount] = []
    for amount in amounts:
        if kept and 0 <= amount.start - kept[-1].end <= 4:
            between = doc.compact[doc.to_compact(kept[-1].end):doc.to_compact(amount.start)]
            if (kept[-1].value != amount.value and _capitalized(kept[-1].text) and not _capitalized(amount.text)
                    and re.fullmatch(r"[（(]", between)):
                # 壹仟壹佰玖元整（￥1190元）: OCR lost a capitalized unit; the figures in brackets hold
                kept[-1] = kept[-1].model_copy(update={"value": amount.value})
            if kept[-1].value == amount.value:
                continue
        kept.append(amount)
    known = {a.value for a in kept if a.role != "other"}
    return [a for a in kept if a.role != "other" or a.value not in known]


def _capitalized(text: str) -> bool:
    return re.search(r"[零壹贰叁肆伍陆柒捌玖拾佰仟]", text) is not None and not re.search(r"\d", text)


def _decision_default(doc: Document, start: int, zone: tuple[int, int] | None) -> tuple[str, float] | None:
    """An amount with no cue inside the decision list is a fine (OCR: 阿款113000元)."""
    if zone is None or not zone[0] <= start < zone[1]:
        return None
    clause = doc.compact[doc.clause_start(start):start]
    # 处违法经营总额17,800元百分之三十的罚款: a named base in the list is no fine, nor is an order
    # to pay what is owed (责令你单位立即支付拖欠的工资41.6万元)
    if re.search(r"没收|收缴|追缴|赌资|退还|返还|合计|共计|总计|计算|货值|价值|所得|税|总额|金额|数额|经营额|费用|价款|收入|工资|报酬|拖欠|欠薪|支付",
                 clause):
        return None
    return "fine", 0.6


def extract_amounts(doc: Document, decision_zone: tuple[int, int] | None = None) -> list[Amount]:
    """Case amounts with roles; ``decision_zone`` (compact span of the decision list) lets an
    amount without any cue there default to a fine."""
    regions = quoted_regions(doc)
    found: list[Amount] = []
    for match in MONEY.finditer(doc.compact):
        if not (match["yuan"] or match["cyuan"] or match.group(0)[:1] in "¥￥"):
            continue
        if match["arabic"] and doc.compact[match.start() - 1:match.start()].isdigit():
            continue
        value = parse_money(match.group(0))
        if value is None or value <= 0 or _excluded(doc, match.start(), match.end(), regions):
            continue
        role, confidence = _role(doc, match.start(), match.end())
        if role == "other" and _TOTAL_OF_FINE.search(doc.compact[max(0, match.start() - 12):match.start()]):
            role, confidence = "fine", 0.85  # 每平方米处以壹佰元罚款，共计人民币陆万捌仟元: the fine's total
        if role == "other" and confidence < 0.9:
            role, confidence = _decision_default(doc, match.start(), decision_zone) or (role, confidence)
        found.append(Amount(role=role, value=value, **doc.provenance(match.start(), match.end(), PRODUCER, confidence)))
    tabled = table_amounts(doc, role_of_label)
    # a price cell (326副　129元) is part of its row's product, no amount of its own,
    products = [(a.start, a.end) for a in tabled]  # and a table's cell is read by its column
    found = [a for a in found if not any(start <= a.start < end for start, end in products)] + tabled
    return _rated_tax_cells(doc, _listed_roles(doc, _dedupe(doc, sorted(found, key=lambda amount: amount.start))))


_TAX_ROW = re.compile(r"^\s*(?:进口环节)?(?:关税|增值税|消费税|所得税|企业所得税|个人所得税|资源税|城市维护建设税)")
_RATE_CELL = re.compile(r"\d+(?:\.\d+)?\s*[%％]\s*$")


def _rated_tax_cells(doc: Document, amounts: list[Amount]) -> list[Amount]:
    """计核偷逃税款如下： then 关税　完税价格差额1,180,000元　14%　165,200.00元: the figure after a row's rate,
    on a row named by its tax, is the tax the heading says was evaded (the base before the rate is not)."""
    for index, amount in enumerate(amounts):
        line_start = doc.text.rfind("\n", 0, amount.start) + 1
        before = doc.text[line_start:amount.start]
        if amount.role == "tax_evaded" or not _TAX_ROW.match(before) or not _RATE_CELL.search(before):
            continue
        heading = row_heading(doc.text, amount.start) or doc.text[max(0, line_start - 200):line_start]
        if re.search(r"偷逃|逃避缴纳|少缴|漏缴|偷税", heading):
            amounts[index] = amount.model_copy(update={"role": "tax_evaded"})
    return amounts


_LISTED = re.compile(r"分别(?:为|是|系)[:：]?|(?:为|如下|情况|明细|具体)[:：]")


def _listed_roles(doc: Document, amounts: list[Amount]) -> list[Amount]:
    """偷逃应缴税款分别为：关税…17,620元，增值税…84,032元，消费税…16,548元: the list's head names every
    item, so an item the cue words leave untyped takes the role of the first item typed."""
    for index, amount in enumerate(amounts):
        if amount.role != "other":
            continue
        start = doc.to_compact(amount.start)
        sentence = doc.compact[doc.sentence_start(start):start]
        head = _LISTED.search(sentence)
        sentence_start = doc.sentence_start(start)
        if head is None:
            # 收款分月为：2024年10月8,460元；11月9,120元；…: a colon list goes on across its semicolons
            whole_start = max(doc.compact.rfind("。", 0, start), doc.compact.rfind("\n", 0, start)) + 1
            whole = doc.compact[whole_start:start]
            colon = max(whole.rfind("："), whole.rfind(":"))
            if colon >= 0 and _LISTED.search(whole[:colon + 1]) and _LISTED.search(whole[:colon + 1]).end() == colon + 1:
                head, sentence_start = _LISTED.search(whole[:colon + 1]), whole_start
        heading = row_heading(doc.text, amount.start) if amount.producer != TABLES_PRODUCER else ""
        if head is None and heading and _OWN_MONEY_LABEL.search(doc.compact[doc.clause_start(start):start][-8:]):
            continue  # …开具增值税专用发票11份，金额…元，税额41,230.00元: the row names its own amounts
        if head is None and heading:
            role, _ = role_of_label(heading)
            if role not in ("other", "fine"):  # 直接财产损失如下： then 库存货物（客户寄存）   318,000元
                amounts[index] = amount.model_copy(update={"role": role})
            continue
        if head is None:
            if _TAX_ITEM.search(doc.compact[max(0, start - 12):start]):
                # 关税人民币68,500元、进口环节增值税人民币142,300元、消费税人民币32,800元: the kinds of one
                # evaded tax, the first typed by its cue (even across a ；)
                whole = doc.compact[doc.compact.rfind("。", 0, start) + 1:start]
                if re.search(r"偷逃|逃避缴纳|少缴|漏缴|偷税|逃税", whole) and any(
                        a.role == "tax_evaded" and doc.to_compact(a.start) >= start - len(whole) for a in amounts[:index]):
                    amounts[index] = amount.model_copy(update={"role": "tax_evaded"})
            continue
        head_at = sentence_start + head.end()
        earlier = [a for a in amounts[:index] if doc.to_compact(a.start) >= head_at and a.role != "other"]
        if earlier:
            amounts[index] = amount.model_copy(update={"role": earlier[0].role})
        elif _smuggled_tax_item(doc, start, doc.compact[sentence_start:head_at]):
            amounts[index] = amount.model_copy(update={"role": "tax_evaded"})
    return amounts


_SMUGGLED_TAX_HEAD = re.compile(r"(?:涉及|影响|偷逃|逃避|少缴|漏缴)[^。；]{0,12}(?:关税|增值税|消费税|税款)")


def _smuggled_tax_item(doc: Document, start: int, head: str) -> bool:
    """申报不实涉及的关税、进口环节增值税及消费税如下：关税：人民币62,140元 … in a decision that finds the
    act 走私: the items are the tax the smuggling evaded (法释〔2014〕10号第二十四条: 应缴税额)."""
    return bool(_TAX_ITEM.search(doc.compact[max(0, start - 12):start]) and _SMUGGLED_TAX_HEAD.search(head)
                and re.search(r"(?<!不)构成走私|走私行为|属走私|系走私", doc.compact))


_OWN_MONEY_LABEL = re.compile(r"税额|金额|价税合计|票面|税款")
_TAX_ITEM = re.compile(r"(?:关税|增值税|消费税|所得税|营业税|资源税|印花税|附加)[^，。；、\d]{0,5}$")
_FINE_AFTER_FLOOR = re.compile(r"的罚款[，,][^。；]{0,40}?按[^。；，]{0,12}计算[，,]计(?:为)?(?:人民币)?$")
_TOTAL_OF_FINE = re.compile(r"罚款[，,]?(?:共计|合计|总计|计)(?:为)?(?:人民币)?$")


def role_of_label(label: str) -> tuple[str, float]:
    """The role the last cue of a label names (a table column's 销售额（元） → sales_amount)."""
    best: tuple[int, str] | None = None
    for pattern, role in _CUES:
        for match in pattern.finditer(label):
            if best is None or match.end() > best[0]:
                best = (match.end(), role)
    return (best[1], 0.8) if best else ("other", 0.5)
