"""``irregularity.fine_range.v1``: a fine outside the range of the provision the decision applies.

The statute knowledge base gives each penalty provision's fine clauses (fixed yuan ranges,
multiples and percentages of a base amount, their amount conditions and 按…计算 floors). Which
clause governs this decision is then read from the decision itself:

- an amount condition (货值金额不足一万元的, 违法所得超过2万元的, 没有违法所得的) from the amounts;
- an aggravated band (情节严重的, 逾期未改正的, 两年内有三次以上违法行为…的, 广告费用无法计算
  或者明显偏低的) only when the decision states those circumstances: an agency that applies the
  higher band says why;
- a fine for the responsible persons (对直接负责的主管人员…) only when the party is such a person;
  对个人/对单位 by the party's kind;
- a base the amount roles do not cover (建设工程造价, 违法经营总额, 恢复植被所需费用) from the amount
  the decision names with it.

Where the statute texts, the base amount or the governing clause cannot be read the rule stays
silent rather than guess.
"""

from __future__ import annotations

import dataclasses
import math
import re
from datetime import date
from typing import Any

from analysis.knowledge.fines import _CONDITION
from analysis.knowledge.numerals import parse_number
from analysis.record import Finding
from analysis.scoring.facts import decision_date, facts_date, find_keywords, money
from analysis.scoring.knowledge import attr
from analysis.scoring.rules.base import RULES, RuleContext, finding
from analysis.scoring.rules.elements import refused_correction, refused_stop_order
from analysis.scoring.rules.observations import added_parts, largest_by_role, unsold_stock
from analysis.scoring.rules.priced import STOCK, priced_values
from analysis.text.numbers import parse_money

MITIGATED = ("减轻处罚", "减轻行政处罚", "不予处罚")
# aggravated bands of a provision and the words by which a decision states their circumstances
AGGRAVATED = (
    (re.compile(r"情节(?:特别)?严重|严重情节|情节恶劣"), ("情节严重", "情节特别严重", "严重情节", "情节恶劣")),
    (re.compile(r"逾期(?:仍)?(?:未|不)(?:改正|整改|采取)|拒不(?:改正|整改|执行)"),
     ("逾期未改正", "逾期不改正", "逾期仍未改正", "逾期未整改", "拒不改正", "拒不整改", "拒不执行")),
    (re.compile(r"严重后果|重大损失|严重危害|严重破坏"), ("严重后果", "重大损失", "严重危害", "严重破坏")),
    (re.compile(r"[二两三]次以上|多次|再次|屡次"), ("三次以上", "二次以上", "两次以上", "多次", "再次", "屡次")),
    (re.compile(r"无法计算|明显偏低|难以计算|难以确定"), ("无法计算", "明显偏低", "难以计算", "难以确定")),
    (re.compile(r"无法采取改正措施|不能拆除"), ("无法采取改正措施", "不能拆除")),
)
RESPONSIBLE_PERSON = ("直接负责的主管人员", "直接责任人员", "主要负责人", "实际控制人")
NAMED_WINDOW = 16  # characters before an amount that may name its base (建设工程造价为1014700元)
GENERIC_PAIRS = {"金额", "费用", "违法", "所得", "总额", "数额", "价款", "价值", "款项", "收入", "建设", "项目",
                 "合计", "共计", "累计", "所需", "相关", "有关", "经营", "销售", "工程"}
QUOTED = re.compile(r"“[^”]{0,600}”|「[^」]{0,600}」")


def largest(ctx: RuleContext, role: str) -> Any | None:
    amounts = [amount for amount in ctx.fields.amounts if amount.role == role]
    return max(amounts, key=lambda amount: amount.value) if amounts else None


def amount_context(ctx: RuleContext) -> dict[str, float]:
    """The largest amount per role, as the statute KB's range computation expects, or the sum of
    the parts the facts list without a total (三笔销售额23,400、19,850、12,600元)."""
    largest = largest_by_role(ctx)
    context = {role: amount.value for role, amount in largest.items()}
    context.update({role: sum(part.value for part in parts) for role, parts in added_parts(ctx, largest).items()})
    for role, (value, _, _) in priced_values(ctx).items():
        context.setdefault(role, value)  # 共销售1240卷，销售单价为每卷48元
    return context


def law_id(statutes: Any, name: str) -> str | None:
    """The statute KB's id of a law named as the decision names it (None when unknown)."""
    resolve = getattr(statutes, "resolve_law", None)
    law = resolve(name) if callable(resolve) else None
    return getattr(law, "id", None)


@RULES.register("irregularity.fine_range.v1")
def fine_outside_range(ctx: RuleContext) -> list[Finding]:
    fine, statutes = largest(ctx, "fine"), ctx.knowledge.statutes
    if fine is None or statutes is None:
        return []
    mitigated = bool(find_keywords(ctx.text, MITIGATED))
    context = amount_context(ctx)
    for statute in ctx.fields.statutes:
        law = law_id(statutes, statute.law) if statute.article is not None else None
        if statute.role != "basis" or law is None:
            continue
        versions = [_governing(ctx, statutes, law, statute, on, context)
                    for on in same_provision_dates(statutes, law, statute.article, applicable_dates(ctx), ctx.text)]
        if not versions or any(governing is None for governing in versions):
            continue  # the facts do not say which clause applies
        governing = [item for version in versions for item in version]
        unstated = not governing
        if unstated:
            governing = _unstated_bands(ctx, statutes, law, statute, context)
        if not governing or any(_inside(fine.value, low, high, mitigated) for _, (low, high) in governing):
            continue  # a clause in force at the act or at the decision allows the fine
        clause, (low, high) = governing[0]
        below = low is not None and fine.value < low
        cited = statute.text or f"第{statute.article}条"
        if not cited.startswith("《"):  # 依据第一百二十四条…: the law named before it
            cited = f"《{statute.law.strip('《》')}》{cited}"
        explanation = (f"罚款{money(fine.value)}，{'低于法定下限' if below else '超过法定上限'}：{cited}"
                       f"规定的罚款幅度为{_fmt_range(low, high)}（{clause.text}）"
                       f"{_unstated_band(ctx, statutes, law, statute, fine.value, context)}"
                       f"{f'；且文书未认定“{clause.condition_text}”的情节' if unstated else ''}")
        source = f"《{statute.law.strip('《》')}》第{statute.article}条"
        return [finding("enforcement_irregularity", "irregularity.fine_range.v1", explanation, source,
                        [ctx.evidence(fine.start, fine.end), ctx.evidence(statute.start, statute.end)], 0.85,
                        observed=fine.value, threshold=low if below else high, unit="元")]
    return []


def applicable_dates(ctx: RuleContext) -> list[date | None]:
    """行政处罚法第三十七条 (从旧兼从轻): the law in force when the act was done, or the law in force at
    the decision where it punishes more lightly; a fine lawful under either is not flagged."""
    acted, decided = facts_date(ctx.record), decision_date(ctx.record)
    return [acted] if acted == decided else [acted, decided]


# 行政处罚法第三十七条 compares one provision in two texts; a renumbered law puts another provision
# under the cited number (统计法 2024: the enterprise's 第四十一条 became 第四十四条). A provision moved
# when the conduct it punishes (its words before 的，由…) is found under a nearby number of the later
# text and not under the cited one; an amended provision that stayed (道路运输条例第六十三条, split
# into items) still names its conduct.
MOVED_COVERAGE = 0.8
MOVED_SPAN = 15


def same_provision_dates(statutes: Any, law: str, article: int, dates: list[date | None],
                         decision: str = "") -> list[date | None]:
    """The dates (act first) whose text of ``law`` has the act-date provision under ``article``; only
    the later text's when the decision describes the conduct of the later text's provision under
    that number (发票管理办法 2023: 第三十五条 is 虚开, in the 2019 text 应开未开)."""
    if len(dates) < 2 or dates[0] is None:
        return dates
    conduct = _conduct(statutes.article_text(law, article, dates[0]) or "")
    later = _conduct(statutes.article_text(law, article, dates[-1]) or "")
    if decision and later and conduct and later != conduct:
        grams = {decision[i:i + 2] for i in range(len(decision) - 1)}
        here, there = len(conduct & grams) / len(conduct), len(later & grams) / len(later)
        if there >= 0.6 and there > here + 0.2:
            return dates[1:]
    return [dates[0]] + [on for on in dates[1:] if not (conduct and _moved(statutes, law, article, conduct, on))]


def _conduct(text: str) -> set[str]:
    words = re.sub(r"^违反本(?:法|条例|办法|规定)(?:第[^的，,]{1,24})?(?:的)?(?:规定)?[，,]?", "", text)
    words = re.split(r"的[，,]由|[，,]由", words)[0][:80]
    return {words[i:i + 2] for i in range(len(words) - 1)}


def _moved(statutes: Any, law: str, article: int, conduct: set[str], on: date | None) -> bool:
    def coverage(number: int) -> float:
        text = statutes.article_text(law, number, on) or ""
        return len(conduct & {text[i:i + 2] for i in range(len(text) - 1)}) / len(conduct)

    here = coverage(article)
    elsewhere = max((coverage(number) for number in range(max(1, article - MOVED_SPAN), article + MOVED_SPAN + 1)
                     if number != article), default=0.0)
    return elsewhere >= MOVED_COVERAGE and elsewhere > here + 0.1


def _governing(ctx: RuleContext, statutes: Any, law: str, statute: Any, on: date | None,
               context: dict[str, float]) -> list[tuple[Any, tuple[float | None, float | None]]] | None:
    """(clause, allowed range) of every fine clause of the provision that governs this decision in
    the version in force ``on``; [] when there is none, None when the facts leave it undecided."""
    governing = []
    for clause in _fine_clauses(statutes, law, statute, on):
        own = _clause_context(ctx, clause, context)
        applies = _applies(ctx, clause, own)
        if applies is False:
            continue
        allowed = (_per_unit_range(ctx, clause) if getattr(clause, "per_unit", None)
                   else _range(_trade_floor(ctx, clause), own)) if applies else None
        if allowed is None:
            return None
        governing.append((clause, allowed))
    return governing


def _unstated_band(ctx: RuleContext, statutes: Any, law: str, statute: Any, fine: float,
                   context: dict[str, float]) -> str:
    """"；罚款在“情节严重的”幅度内，但文书未认定该情节" when an aggravated band the decision does
    not state would allow the fine: the reviewer sees that the gap is in the stated facts."""
    for on in applicable_dates(ctx):
        for clause in _fine_clauses(statutes, law, statute, on):
            condition = getattr(clause, "condition_text", None) or ""
            if clause.condition is not None or _aggravated_band(ctx, condition) is not False:
                continue
            allowed = _range(clause, _clause_context(ctx, clause, context) or context)
            if allowed is not None and _inside(fine, allowed[0], allowed[1], False):
                return f"；该罚款在“{condition}的”幅度内，但文书未认定该情节"
    return ""


def _unstated_bands(ctx: RuleContext, statutes: Any, law: str, statute: Any,
                    context: dict[str, float]) -> list[tuple[Any, tuple[float | None, float | None]]]:
    """Where the provision fines only in a band the decision does not state (食品安全法第一百二十六条:
    警告；拒不改正的，处五千元以上五万元以下罚款), the bands themselves: a fine outside every one of
    them is outside the law however the facts are read."""
    bands = []
    for on in applicable_dates(ctx):
        for clause in _fine_clauses(statutes, law, statute, on):
            condition = getattr(clause, "condition_text", None) or ""
            if not _for_party(ctx, clause) or clause.condition is not None or _aggravated_band(ctx, condition) is not False:
                continue
            allowed = _range(clause, _clause_context(ctx, clause, context) or context)
            if allowed is None:
                return []  # a band the facts cannot size: undecided
            bands.append((clause, allowed))
    return bands


def _applies(ctx: RuleContext, clause: Any, context: dict[str, float] | None) -> bool | None:
    """Whether ``clause`` governs this decision: its party, its amount condition, its band."""
    if not _for_party(ctx, clause):
        return False
    if getattr(clause, "condition", None) is None:
        stated = _aggravated_band(ctx, getattr(clause, "condition_text", None) or "")
        if stated is not None:
            return stated
    if context is None:
        return None
    return clause.applies(context)


def _aggravated_band(ctx: RuleContext, condition: str) -> bool | None:
    """None for an ordinary clause; for an aggravated band, whether the decision states it."""
    bands = [words for pattern, words in AGGRAVATED if pattern.search(condition)]
    if not bands:
        return None
    # 拒不改正或者情节严重: either circumstance stated opens the band
    words = tuple(word for band in bands for word in band) + _own_words(condition)
    text = QUOTED.sub("", ctx.text)
    # 复查时发现该矿擅自撕毁封条…仍有挖掘机作业: work carried on after the order to stop is the refusal
    refusal = REFUSAL_BAND.search(condition) is not None and (refused_correction(text) or bool(refused_stop_order(text)))
    return refusal or bool(find_keywords(text, words))


REFUSAL_BAND = AGGRAVATED[1][0]


def _own_words(condition: str) -> tuple[str, ...]:
    """The band's own named consequence: 造成文物损坏或者其他严重后果 → 文物损坏."""
    parts = re.split(r"或者|或", condition)
    words = (re.sub(r"^(?:造成|致使|导致|其他)|的$", "", part) for part in parts)
    return tuple(word for word in words if len(word) >= 4 and not any(p.search(word) for p, _ in AGGRAVATED))


def _for_party(ctx: RuleContext, clause: Any) -> bool:
    target = getattr(clause, "target", None)
    party = ctx.fields.parties[0] if ctx.fields.parties else None
    kind = party.kind if party is not None else None
    if target == "persons":
        return kind == "individual" and bool(find_keywords(ctx.text, RESPONSIBLE_PERSON))
    if target == "individual":
        return kind != "organization"
    if target == "unit":
        return kind != "individual"
    return True


def _clause_context(ctx: RuleContext, clause: Any, context: dict[str, float]) -> dict[str, float] | None:
    """The amounts a clause is computed and conditioned on. A role the extracted amounts lack, or a
    base with no role of its own (广告费用, 所需处置费用, 建设工程造价), is the amount the text names
    with it, not the largest untyped amount (罚没款合计); None when the text names none."""
    own = dict(context)
    needs = []  # (role, the words naming it, whether the range cannot be computed without it)
    if getattr(clause, "kind", None) == "multiple":
        needs.append((getattr(clause, "base_role", None) or "other", getattr(clause, "base_text", None) or "", True))
    condition = getattr(clause, "condition", None)
    if condition is not None:
        named = _CONDITION.search(getattr(clause, "condition_text", None) or "")
        needs.append((condition.role, named.group("base") if named else "", False))
    for role, base, required in needs:
        named = f"{base}{getattr(clause, 'condition_text', None) or ''}{getattr(clause, 'text', '')}"
        if role == "goods_value" and _MADE_OR_SOLD.search(named) and role in own:
            # 违法生产、销售的产品/药品货值金额, 违法生产经营使用的医疗器械货值金额: the sold goods too
            own[role] = _goods_made_and_sold(ctx, own)
            continue
        if role == "sales_amount" and "经营额" in base and "goods_value" in own:
            own[role] = _business_volume(ctx, own)  # 违法经营额: the goods sold and those not yet sold
            continue
        if role != "other" and role in own:
            continue
        value = _named_amount(ctx, base)
        if value is not None:
            own[role] = value
        elif required or role == "other":
            return None
        # else the condition's amount is absent: AmountCondition decides (没有违法所得的…)
    return own


_MADE_OR_SOLD = re.compile(r"(?:生产|销售|经营|使用)[^，。；]{0,10}货值")


def _goods_made_and_sold(ctx: RuleContext, own: dict[str, float]) -> float:
    """货值金额 of 违法生产、销售的产品 (产品质量法第四十九、五十条) is every product's value; a decision
    that values only the stock (尚未销售的库存货值) and states the sales apart holds both parts."""
    stock = _stock_value(ctx)
    return stock + own["sales_amount"] if stock is not None and "sales_amount" in own else own["goods_value"]


def _stock_value(ctx: RuleContext) -> float | None:
    """The value of the goods still unsold: a goods value the text names as the stock, else the stock
    it leaves to be priced (另有库存…300具被扣押，按标价每具32元计), never the goods sold."""
    stock = unsold_stock(ctx)
    if stock is not None or "goods_value" in largest_by_role(ctx):
        return stock
    priced = priced_values(ctx).get("goods_value")
    if priced is None:
        return None
    value, spans, _ = priced
    sentences = [re.split(r"[。；;\n]", ctx.text[max(0, start - 80):start])[-1] for start, _ in spans]
    return value if sentences and all(STOCK.search(sentence) for sentence in sentences) else None


def _business_volume(ctx: RuleContext, own: dict[str, float]) -> float:
    """违法经营额 counts the goods sold at their price and the goods not yet sold at their marked
    price (商标法实施条例第七十八条): the sales plus the value of the stock found."""
    stock, sales = _stock_value(ctx), own.get("sales_amount", 0.0)
    return sales + stock if stock is not None else max(sales, own["goods_value"])


def _named_amount(ctx: RuleContext, base: str) -> float | None:
    """The largest amount whose preceding words name ``base``: the whole base or four characters of
    it, or, for an untyped amount, two characters other than generic ones (造价约…, 总投资…)."""
    if len(base) < 2:
        return None
    grams = {base} | {base[i:i + 4] for i in range(len(base) - 3)}
    pairs = {base[i:i + 2] for i in range(len(base) - 1)} - GENERIC_PAIRS
    named = []
    for amount in ctx.fields.amounts:
        if amount.role in ("fine", "confiscated_gains") or amount.start < 0:
            continue
        window = re.split(r"[。；]", ctx.text[max(0, amount.start - NAMED_WINDOW):amount.end])[-1]
        if any(gram in window for gram in grams) or (amount.role == "other" and any(p in window for p in pairs)):
            named.append(amount.value)
    return max(named) if named else _stated_base(ctx.text, base)


_MONEY_AFTER = r"(?:为|是|共计|合计|计|[:：])?(?:人民币)?\s*((?:\d[\d,，]*(?:\.\d+)?万?|[零〇一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾佰仟萬]+)元)"


def _stated_base(text: str, base: str) -> float | None:
    """``处违法经营总额12,640元百分之六十的罚款``: the base named right before its figure, where the
    extracted amounts hold that figure under another name (货值12,640元) only."""
    text = QUOTED.sub(lambda quote: "□" * len(quote[0]), text)  # the statute quoted names no case figure
    pattern = re.escape(base) + _MONEY_AFTER + r"(?!以上|以下|以内|的|不足)"
    values = [parse_money(match[1]) for match in re.finditer(pattern, text)]
    values = [value for value in values if value]
    return max(values) if values else None


def _per_unit_range(ctx: RuleContext, clause: Any) -> tuple[float | None, float | None] | None:
    """"每平方米100元以上1000元以下" (土地管理法实施条例第五十七条) times the quantity the decision
    states in that unit (非法占用土地11380.06平方米)."""
    quantity = _per_unit_quantity(ctx, clause)
    if quantity is None:
        return None
    low, high = getattr(clause, "min_amount", None), getattr(clause, "max_amount", None)
    return (round(low * quantity, 2) if low else None), (round(high * quantity, 2) if high is not None else None)


def _per_unit_quantity(ctx: RuleContext, clause: Any) -> float | None:
    """The quantity the per-unit fine is counted on: stated in the unit itself before one converted to
    it (4,133平方米（合6.2亩）), and, of several, the one named like the clause's object (占用土地
    共计8,920平方米, not 出让面积21,680平方米); None when the decision leaves it ambiguous."""
    unit = clause.per_unit
    stated = [(q, q.value) for q in ctx.fields.quantities if q.unit == unit and q.value]
    stated = stated or [(q, q.normalized_value) for q in ctx.fields.quantities
                        if q.normalized_unit == unit and q.normalized_value]
    values = sorted({value for _, value in stated})
    if len(values) > 2 and abs(values[-1] - sum(values[:-1])) <= 0.01 * values[-1]:
        return values[-1]  # 3,140平方米 of which 其他草地2,900 and 农村道路240: the whole is occupied
    if len(values) > 1:
        head = clause.text.split("每" + unit)[0][-12:]
        pairs = {head[i:i + 2] for i in range(len(head) - 1)} - GENERIC_PAIRS
        named = [(q, value) for q, value in stated if q.start >= 0 and any(
            pair in ctx.text[max(0, q.start - NAMED_WINDOW):q.start] for pair in pairs)]
        stated = named if len({value for _, value in named}) == 1 else []
    return stated[0][1] if stated else None


# 药品管理法第一百一十六条、第一百一十七条: 货值金额不足十万元的按十万元计算 for 生产、批发, 不足一万元的
# 按一万元计算 for 零售. The KB keeps both floors; the decision's words say which trade it punishes.
RETAIL, WHOLESALE = ("零售", "药店", "药房", "诊所"), ("批发", "药品生产企业", "配送")


def _trade_floor(ctx: RuleContext, clause: Any) -> Any:
    low, high = getattr(clause, "base_floor", None), getattr(clause, "base_floor_max", None)
    if low is None or high is None:
        return clause
    retail, wholesale = find_keywords(ctx.text, RETAIL), find_keywords(ctx.text, WHOLESALE)
    if retail and not wholesale:
        return dataclasses.replace(clause, base_floor_max=low)
    if wholesale and not retail:
        return dataclasses.replace(clause, base_floor=high)
    return clause


def _range(clause: Any, context: dict[str, float]) -> tuple[float | None, float | None] | None:
    try:
        allowed = clause.allowed_range(context)
    except (KeyError, ValueError, TypeError):
        return None
    if allowed is None:
        return None
    if isinstance(allowed, (tuple, list)):
        return allowed[0], allowed[1]
    return attr(allowed, "min", attr(allowed, "low")), attr(allowed, "max", attr(allowed, "high"))


def _fmt_range(low: float | None, high: float | None) -> str:
    unbounded = high is None or math.isinf(high)
    if low and not unbounded:
        return f"{money(low)}至{money(high)}"
    return f"{money(low or 0)}以上" if unbounded else f"{money(high)}以下"


def _fine_clauses(statutes: Any, law: str, statute: Any, on: date | None) -> list[Any]:
    """The applied provision's fine clauses; none when the statute texts cannot be read."""
    try:
        clauses = list(statutes.fine_clauses(law, statute.article, on, statute.paragraph, statute.item))
    except (OSError, ValueError, KeyError):
        return []
    read = getattr(statutes, "article_text", None)
    text = read(law, statute.article, on) if clauses and callable(read) else None
    return [_with_floor(clause, text or "") for clause in clauses]


# "所需处置费用不足二十万元的，按二十万元计算" (固体废物污染环境防治法第一百一十二条第二款): the
# multiple is taken of at least the floor. The KB attaches floors whose base it recognizes; a
# clause whose parsed base is a fragment of the floor's base ("置费用") gets it here.
FLOOR = re.compile(r"(?P<base>[^，。；、的]{2,12}?)(?:不足|不满|低于)(?P<below>[\d,.]+|[零〇一二两三四五六七八九十百千万亿]+)元的?"
                   r"[，,]?(?:按|以)(?P<floor>[\d,.]+|[零〇一二两三四五六七八九十百千万亿]+)元计")


def _with_floor(clause: Any, text: str) -> Any:
    base = getattr(clause, "base_text", None) or ""
    if getattr(clause, "kind", None) != "multiple" or getattr(clause, "base_floor", 0) is not None or len(base) < 2:
        return clause
    floors = [parse_number(m.group("floor").replace(",", "")) for m in FLOOR.finditer(text)
              if base in m.group("base") or m.group("base") in base]
    return dataclasses.replace(clause, base_floor=min(floors)) if floors else clause


def _inside(value: float, low: float | None, high: float | None, mitigated: bool) -> bool:
    # yuan: rounding in the decision's wording, and in a base converted or rounded by the text
    # (0.31亩 = 206.667平方米 × 1000元 is 206,667元 or 206,668元)
    tolerance = max(0.5, 0.0005 * (high if high is not None and not math.isinf(high) else 0.0))
    if high is not None and value > high + tolerance:
        return False
    return mitigated or low is None or value >= low - tolerance
