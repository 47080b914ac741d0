"""Enforcement-irregularity rules: fine range, hearing notice, cited article, 以罚代刑, time limit.

Each rule reads the statute and procedure knowledge (``analysis.knowledge``) and the extracted
fields; where the knowledge or a date is missing the rule stays silent rather than guess.
"""

from __future__ import annotations

import dataclasses
import math
import re
from datetime import date
from typing import Any

from analysis.knowledge.numerals import parse_number
from analysis.record import Finding
from analysis.scoring.facts import decision_date, find_keywords, money
from analysis.scoring.knowledge import attr
from analysis.scoring.rules.base import RULES, RuleContext, finding

MITIGATED = ("减轻处罚", "减轻行政处罚", "不予处罚")
HEARING_WORDS = ("听证",)
# 较大数额罚款 (hearing right): the procedure knowledge base's figure, else the market-regulation
# rule it quotes (自然人一万元、法人或者其他组织十万元).
HEARING_DEFAULT = {"individual": 10000.0, "organization": 100000.0}
HEARING_SOURCE = "《中华人民共和国行政处罚法》第六十三条、第六十四条；《市场监督管理行政处罚听证办法》第五条"
DEADLINE_DEFAULT_DAYS = 90
DEADLINE_SOURCE = "《中华人民共和国行政处罚法》第六十条（自立案之日起九十日内作出处罚决定）"
# 第六十条 lets sector rules extend the 90 days; the decision itself rarely records the approval.
# 《市场监督管理行政处罚程序规定》第六十四条 (and 《生态环境行政处罚办法》第五十八条) allow a further
# 30 days with the head's approval, so only a gap beyond 90 + 30 days is a flag the dates prove.
DEADLINE_EXTENSION_DAYS = 30
DEADLINE_EXTENSION_SOURCE = "《市场监督管理行政处罚程序规定》第六十四条（经负责人批准可延长三十日）"
DEADLINE_PAUSES = ("延长办案期限", "延长期限", "批准延长", "延长", "中止", "不计入")
TRANSFER_SOURCE = "《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第三条、第十一条；《中华人民共和国行政处罚法》第二十七条"
ONLY_ADMINISTRATIVE = {"fine", "warning", "confiscation", "order_to_correct", "other"}


def largest(ctx: RuleContext, role: str) -> Any | None:
    amounts = [amount for amount in ctx.fields.amounts if amount.role == role]
    return max(amounts, key=lambda amount: amount.value) if amounts else None


def amount_context(ctx: RuleContext) -> dict[str, float]:
    """The largest amount per role, as the statute KB's range computation expects."""
    context: dict[str, float] = {}
    for amount in ctx.fields.amounts:
        context[amount.role] = max(context.get(amount.role, 0.0), amount.value)
    return context


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
        clauses = [clause for clause in _fine_clauses(statutes, law, statute, decision_date(ctx.record))
                   if clause.applies(context) is not False]
        ranges = [_range(clause, own) if (own := _clause_context(ctx, clause, context)) is not None else None
                  for clause in clauses]
        undecided = any(clause.applies(context) is None for clause in clauses) or None in ranges
        if not ranges or undecided or any(_inside(fine.value, low, high, mitigated) for low, high in ranges):
            continue  # an applicable clause allows the fine, or the facts do not say which applies
        low, high = ranges[0]
        below = low is not None and fine.value < low
        cited = statute.text or f"《{statute.law}》第{statute.article}条"
        explanation = (f"罚款{money(fine.value)}，{'低于法定下限' if below else '超过法定上限'}：{cited}"
                       f"规定的罚款幅度为{_fmt_range(low, high)}（{clauses[0].text}）")
        source = f"《{statute.law.strip('《》')}》第{statute.article}条"
        return [finding("enforcement_irregularity", "irregularity.fine_range.v1", explanation, source,
                        [ctx.evidence(fine.start, fine.end), ctx.evidence(statute.start, statute.end)], 0.85,
                        observed=fine.value, threshold=low if below else high, unit="元")]
    return []


def _clause_context(ctx: RuleContext, clause: Any, context: dict[str, float]) -> dict[str, float] | None:
    """The amounts a multiple clause is computed from. A base with no role of its own (广告费用,
    所需处置费用) is the amount the text names with it, not the largest untyped amount (罚没款合计);
    None when the text names none, so the rule stays silent rather than guess."""
    base = getattr(clause, "base_text", None) or ""
    if getattr(clause, "kind", None) != "multiple" or getattr(clause, "base_role", None) != "other" or len(base) < 2:
        return context
    named = [amount.value for amount in ctx.fields.amounts
             if amount.role == "other" and amount.start >= 0 and base in ctx.text[max(0, amount.start - 12):amount.end]]
    return {**context, "other": max(named)} if named else None


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


def _article_exists(statutes: Any, law: str, article: int, on: date | None) -> bool | None:
    try:
        return statutes.article_exists(law, article, on)
    except (OSError, ValueError, KeyError):
        return None


def _inside(value: float, low: float | None, high: float | None, mitigated: bool) -> bool:
    tolerance = 0.5  # yuan: rounding in the decision's wording
    if high is not None and value > high + tolerance:
        return False
    return mitigated or low is None or value >= low - tolerance


def procedure_parameter(ctx: RuleContext, rule_id: str, label: str) -> tuple[float, str] | None:
    """A numeric parameter of a procedure rule with the rule's source, if the KB has it."""
    rule = ctx.knowledge.procedure.get(rule_id)
    parameter = rule.parameter(label) if rule is not None else None
    if parameter is None or parameter.value is None:
        return None
    return parameter.value, rule.source


def hearing_threshold(ctx: RuleContext, kind: str) -> float:
    """较大数额罚款: the KB's figure for individuals (市场监管 example), 10× for organizations."""
    found = procedure_parameter(ctx, "apl-63-64-hearing", "较大数额罚款示例")
    if found is None:
        return HEARING_DEFAULT[kind]
    return found[0] if kind == "individual" else found[0] * 10


@RULES.register("irregularity.no_hearing.v1")
def large_fine_without_hearing(ctx: RuleContext) -> list[Finding]:
    fine = largest(ctx, "fine")
    if fine is None or find_keywords(ctx.text, HEARING_WORDS):
        return []
    kind = ctx.fields.parties[0].kind if ctx.fields.parties else "organization"
    limit = hearing_threshold(ctx, kind)
    if fine.value < limit:
        return []
    who = "自然人" if kind == "individual" else "法人或其他组织"
    explanation = (f"对{who}罚款{money(fine.value)}，达到较大数额罚款标准{money(limit)}，"
                   f"但文书未记载告知听证权利或听证情况")
    return [finding("enforcement_irregularity", "irregularity.no_hearing.v1", explanation, HEARING_SOURCE,
                    [ctx.evidence(fine.start, fine.end)], 0.7, observed=fine.value, threshold=limit, unit="元")]


@RULES.register("irregularity.missing_article.v1")
def missing_article(ctx: RuleContext) -> list[Finding]:
    statutes, found = ctx.knowledge.statutes, []
    on = decision_date(ctx.record)
    for statute in ctx.fields.statutes:
        exists = statute.exists
        if exists is None and statutes is not None and statute.article is not None:
            law = law_id(statutes, statute.law)
            exists = _article_exists(statutes, law, statute.article, on) if law else None
        if exists is False:
            when = f"{on.isoformat()}施行的" if on else "现行"
            explanation = (f"引用的《{statute.law.strip('《》')}》第{statute.article}条在{when}版本中不存在，"
                           f"法律依据可能引用错误")
            found.append(finding("enforcement_irregularity", "irregularity.missing_article.v1", explanation,
                                 f"《{statute.law.strip('《》')}》（{when}版本）",
                                 [ctx.evidence(statute.start, statute.end)], 0.8))
    return found[:3]


@RULES.register("irregularity.criminal_only_fined.v1")
def criminal_only_fined(ctx: RuleContext) -> list[Finding]:
    if not ctx.criminal_findings or ctx.transfer is not None:
        return []
    kinds = {penalty.kind for penalty in ctx.fields.penalties}
    if kinds - ONLY_ADMINISTRATIVE:
        return []
    lead = max(ctx.criminal_findings, key=lambda item: item.confidence)
    explanation = (f"案件事实已达{lead.offense or '犯罪'}立案追诉标准（{lead.explanation}），"
                   f"但仅给予行政处罚，文书未记载移送公安机关，涉嫌以罚代刑")
    return [finding("enforcement_irregularity", "irregularity.criminal_only_fined.v1", explanation,
                    TRANSFER_SOURCE, list(lead.evidence), lead.confidence * 0.9, offense=lead.offense,
                    criminal_law_article=lead.criminal_law_article, threshold_id=lead.threshold_id)]


FILED = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日[^。；，]{0,8}?(予以|决定|依法)?立案"
                   r"|立案(日期|时间)?[：:]?\s*(\d{4})年(\d{1,2})月(\d{1,2})日")


def filing_date(text: str) -> tuple[date, int, int] | None:
    match = FILED.search(text)
    if not match:
        return None
    parts = match.group(1, 2, 3) if match.group(1) else match.group(6, 7, 8)
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2])), match.start(), match.end()
    except ValueError:
        return None


@RULES.register("irregularity.time_limit.v1")
def past_time_limit(ctx: RuleContext) -> list[Finding]:
    decided, filed = decision_date(ctx.record), filing_date(ctx.text)
    if decided is None or filed is None or find_keywords(ctx.text, DEADLINE_PAUSES):
        return []
    days = (decided - filed[0]).days
    limit, source = procedure_parameter(ctx, "apl-60-decision-deadline", "作出决定期限") or (
        DEADLINE_DEFAULT_DAYS, DEADLINE_SOURCE)
    limit = int(limit)
    if days <= limit + DEADLINE_EXTENSION_DAYS:
        return []  # within what an approved extension allows: the dates alone prove nothing
    explanation = (f"{filed[0].isoformat()}立案，{decided.isoformat()}作出处罚决定，历时{days}日，"
                   f"超过法定办案期限{limit}日及经批准可延长的{DEADLINE_EXTENSION_DAYS}日"
                   f"（超出{days - limit - DEADLINE_EXTENSION_DAYS}日），且未记载延长或中止")
    source = f"{source}；{DEADLINE_EXTENSION_SOURCE}"
    evidence = [ctx.evidence(filed[1], filed[2])]
    date_field = ctx.fields.decision_date
    if date_field and date_field.start >= 0:
        evidence.append(ctx.evidence(date_field.start, date_field.end))
    return [finding("enforcement_irregularity", "irregularity.time_limit.v1", explanation, source,
                    evidence, 0.75, observed=float(days), threshold=float(limit), unit="日")]
