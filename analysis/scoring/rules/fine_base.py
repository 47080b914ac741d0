"""The base a fine was computed on, read back from the fine (``implied_base``).

Agencies set most fines as a multiple or a share of the case's own figure and write both:
``处野生动物价值二倍罚款，计人民币肆万柒仟捌佰元整``, ``对你单位处少缴税款百分之六十的罚款，计人民币
243,768.00元``, ``按违法经营额的30%处以罚款5,310元``. The fine divided by its factor is the figure the
agency itself found (野生动物价值23,900元, 少缴税款406,280元), even where the facts leave it to the
reader to add or multiply. 加付赔偿金 at a share of the wages owed (劳动合同法第八十五条) is read the same
way. The base's words say which measure it is (``BASE_ROLES``); a base
raised to a statutory floor (货值金额不足一万元的，按一万元计算) is not the case's figure and is
not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from analysis.scoring.facts import negated
from analysis.scoring.rules.base import Observation, RuleContext
from analysis.text.numbers import parse_money, parse_number, plain_amount

_MONEY = (r"(?:\d[\d,，]*(?:\.\d+)?\s*万?|[零〇一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾佰仟萬]+)元"
          r"(?:[零壹贰叁肆伍陆柒捌玖一二三四五六七八九]角)?(?:[零壹贰叁肆伍陆柒捌玖一二三四五六七八九]分)?整?")
_FACTOR = (r"(?:百分之(?P<pct>[零〇一二两三四五六七八九十百]+|\d+(?:\.\d+)?)|(?P<pct2>\d+(?:\.\d+)?)\s*[%％]"
           r"|(?P<times>[一二两三四五六七八九十]+|\d+(?:\.\d+)?)倍)")
_AMOUNT_AFTER = r"[，,]?\s*(?:计|共计|合计|即|金额为|数额为|为|计罚款|罚款)?(?:人民币)?[:：]?\s*(?P<amount>" + _MONEY + ")"
# 处野生动物价值二倍罚款，计…元 / 处少缴税款百分之六十的罚款，计…元
_FINE_OF_BASE = re.compile(r"(?:并处|处以?)(?P<base>[^，,。；;：:\n]{2,24}?)的?" + _FACTOR + r"的?罚款" + _AMOUNT_AFTER)
# 按违法经营额的30%处以罚款5,310元 / 按货值金额的2倍处罚款11.6万元
_FINE_BY_BASE = re.compile(r"按照?(?P<base>[^，,。；;：:\n]{2,24}?)的?" + _FACTOR + r"(?:处以?|并处|计|处以了)?罚款"
                           + _AMOUNT_AFTER)
# 按应付金额百分之五十向上述劳动者加付赔偿金，计…元 (劳动合同法第八十五条): the wages owed
_COMPENSATION_OF_BASE = re.compile(r"按照?(?P<base>[^，,。；;：:\n]{2,16}?)的?" + _FACTOR + r"[^，,。；;\n]{0,16}?加付赔偿金"
                                   + _AMOUNT_AFTER)
# A base raised to a floor (不足一万元的，按一万元计算) is no fact of the case.
_FLOOR = re.compile(r"(?:不足|不满|低于)[^。；]{0,16}?按[^。；]{0,12}?计|按[^。；，]{0,8}计算的")
_GENERIC = frozenset({"价值", "金额", "数额", "总额", "违法", "非法", "及制", "制品"})


@dataclass(frozen=True)
class ImpliedBase:
    """A fine's base: ``value`` = ``fine`` ÷ ``factor``, named by ``base`` (the decision's words)."""

    value: float
    base: str
    fine: float
    factor_text: str
    start: int
    end: int


# The base's words and the roles of the measures they stand for; the first that matches decides
# (违法所得 before 价值: 违法所得价值 is gains).
BASE_ROLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("illegal_gains", ("违法所得", "非法所得", "非法获利", "违法收入")),
    ("tax_evaded", ("少缴", "不缴", "漏缴", "偷税", "逃避缴纳", "偷逃", "骗取", "逃税")),
    ("business_volume", ("违法经营额", "违法经营总额", "非法经营额", "非法经营数额", "违法经营数额", "经营额")),
    # 违法生产、销售产品货值金额 (产品质量法第四十九、五十条), 违法生产经营的食品货值金额: the goods made
    # and sold together — the whole business, neither the sales nor the stock left unsold
    ("business_volume", ("生产、销售产品货值", "生产销售产品货值", "销售产品货值", "生产经营的食品货值",
                         "生产经营食品货值", "生产经营的产品货值", "经营的食品货值")),
    ("sales_amount", ("销售金额", "销售额", "销售收入", "违法销售")),
    ("wages_owed", ("应付金额", "应付工资", "应付劳动报酬", "拖欠", "工资", "劳动报酬")),
    ("goods_value", ("货值", "价值")),
)
# Bases that are costs or orders, never a measure (所需处置费用, 恢复植被…费用, 应扣未扣税款).
NOT_A_MEASURE = ("费用", "应扣未扣", "应收未收", "处置", "恢复", "修复", "罚款", "滞纳金", "赔偿")


def implied_bases(ctx: RuleContext) -> list[tuple[str, ImpliedBase]]:
    """(role, base) for every fine the decision states with its base, factor and amount."""
    key = ("implied_bases",)
    if key not in ctx.cache:
        ctx.cache[key] = _read_bases(ctx.text)
    return ctx.cache[key]


def _read_bases(text: str) -> list[tuple[str, ImpliedBase]]:
    found = []
    for pattern in (_FINE_OF_BASE, _FINE_BY_BASE, _COMPENSATION_OF_BASE):
        for match in pattern.finditer(text):
            base = _base_words(match["base"])
            role = _role_of(base)
            factor = _factor(match)
            fine = parse_money(re.sub(r"\s+", "", match["amount"]))
            if role is None or not factor or not fine or _floored(text, match) or negated(text, match.start()):
                continue
            if role == "tax_evaded" and not _evasion(base, text):
                continue
            found.append((role, ImpliedBase(round(fine / factor, 2), base, fine, _factor_text(match),
                                            match.start(), match.end())))
    return found


def _evasion(base: str, text: str) -> bool:
    """不缴 tax is evaded when withheld and kept (征管法第六十三条第二款: 不缴已扣、已收税款); a tax left
    unpaid after the order (第六十八条, 欠税) is no evasion."""
    if "不缴" not in base or any(word in base for word in ("少缴", "偷", "逃", "骗取")):
        return True
    return bool(re.search(r"已扣|已收|代扣|代收", text)) and "第六十八条" not in text


def _base_words(base: str) -> str:
    """The base's own words: 对你单位处少缴税款 → 少缴税款 (the last clause of the phrase)."""
    return re.split(r"(?:对|给予|处以?|并处|按照?)", base)[-1].strip() or base


def _role_of(base: str) -> str | None:
    if any(word in base for word in NOT_A_MEASURE):
        return None
    return next((role for role, words in BASE_ROLES if any(word in base for word in words)), None)


def _factor(match: re.Match) -> float | None:
    if match["pct"]:
        value = parse_number(match["pct"])
        return value / 100 if value else None
    if match["pct2"]:
        return float(match["pct2"]) / 100 or None
    return parse_number(match["times"]) or None


def _factor_text(match: re.Match) -> str:
    if match["times"]:
        return f"{match['times']}倍"
    return f"{match['pct2']}%" if match["pct2"] else f"百分之{match['pct']}"


def _floored(text: str, match: re.Match) -> bool:
    sentence_start = max(text.rfind("。", 0, match.start()), text.rfind("；", 0, match.start())) + 1
    return bool(_FLOOR.search(text, sentence_start, match.end()))


def measure_roles(measure: Any) -> set[str]:
    roles = {measure.role, *measure.also}
    # 违法经营额 is the business: 非法经营数额, and the 交易数额 of 倒卖文物 (刑法第三百二十六条)
    if any(word in (measure.subject or "") for word in ("非法经营", "经营数额", "交易数额")):
        roles |= {"business_volume"}
    if "拖欠" in (measure.subject or ""):
        roles |= {"wages_owed"}  # 拒不支付劳动报酬罪's 拖欠数额
    return roles


def names_measure(role: str, base: str, measure: Any) -> bool:
    """The base stands for the measure: its role, and for a value of goods of one kind (林木价值,
    野生动物及制品价值) the kind too, unless the base is the generic 货值 or the measure is the
    whole business (非法经营数额 counts the goods at their value)."""
    roles = measure_roles(measure)
    if role not in roles:
        return False
    if "骗取" in (measure.subject or "") and "骗取" not in base:
        return False  # 不缴已扣税款 is no export rebate obtained by fraud (刑法第二百零四条)
    if role != "goods_value" or "货值" in base or "business_volume" in roles:
        return True
    subject = re.sub(r"[(（].*?[)）]", "", measure.subject or "")
    pairs = {subject[i:i + 2] for i in range(len(subject) - 1)} - _GENERIC
    return any(pair in base for pair in pairs)


def _yuan(value: float) -> str:
    return plain_amount(value) + "元"


def implied_observation(ctx: RuleContext, measure: Any) -> Observation | None:
    """The largest base read back from a fine that names the measure (``None`` for combined
    measures: 已销售金额×3+未销售货值 is no fine's base)."""
    if measure.combine:
        return None
    named = [base for role, base in implied_bases(ctx) if names_measure(role, base.base, measure)]
    if not named:
        return None
    best = max(named, key=lambda base: base.value)
    label = f"{best.base}（罚款{_yuan(best.fine)}为其{best.factor_text}推得）"
    return Observation(best.value, "元", label, [ctx.evidence(best.start, best.end)], 0.75, implied=True)


__all__ = ["BASE_ROLES", "ImpliedBase", "implied_bases", "implied_observation", "names_measure"]
