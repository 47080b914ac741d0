"""Enforcement-irregularity rules: hearing notice, cited article, 以罚代刑, time limit (the fine range
is :mod:`analysis.scoring.rules.fine_range`).

Each rule reads the statute and procedure knowledge (``analysis.knowledge``) and the extracted
fields; where the knowledge or a date is missing the rule stays silent rather than guess.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from analysis.knowledge.hearing import hearing_threshold
from analysis.record import Finding
from analysis.scoring.facts import decision_date, find_keywords, money
from analysis.scoring.rules.base import RULES, RuleContext, finding
from analysis.scoring.rules.fine_range import (  # registers irregularity.fine_range.v1
    applicable_dates,
    largest,
    law_id,
)
from analysis.text.numbers import parse_date

DEADLINE_DEFAULT_DAYS = 90
DEADLINE_SOURCE = "《中华人民共和国行政处罚法》第六十条（自立案之日起九十日内作出处罚决定）"
# 第六十条 lets sector rules extend the 90 days; the decision itself rarely records the approval.
# 《市场监督管理行政处罚程序规定》第六十四条 (and 《生态环境行政处罚办法》第五十八条) allow a further
# 30 days with the head's approval, so only a gap beyond 90 + 30 days is a flag the dates prove.
DEADLINE_EXTENSION_DAYS = 30
DEADLINE_EXTENSION_SOURCE = "《市场监督管理行政处罚程序规定》第六十四条（经负责人批准可延长三十日）"
DEADLINE_PAUSES = ("延长办案期限", "延长期限", "批准延长", "延长", "中止", "不计入")
TRANSFER_SOURCE = "《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第三条、第十一条；《中华人民共和国行政处罚法》第二十七条"



def procedure_parameter(ctx: RuleContext, rule_id: str, label: str) -> tuple[float, str] | None:
    """A numeric parameter of a procedure rule with the rule's source, if the KB has it."""
    rule = ctx.knowledge.procedure.get(rule_id)
    parameter = rule.parameter(label) if rule is not None else None
    if parameter is None or parameter.value is None:
        return None
    return parameter.value, rule.source


# 未告知听证权利: the notice itself is missing; 未要求听证 / 未申请听证: it was given and not taken up.
NO_NOTICE = re.compile(r"(?:未|没有|并未|未曾|未依法)(?:向当事人|向其)?(?:告知|送达)[^。；]{0,16}$")


def hearing_recorded(text: str) -> bool:
    """The decision records a hearing notice or a hearing (听证), unless it says the notice was
    not given (``未告知当事人听证权利``)."""
    for match in re.finditer("听证", text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
        if _HEADING.match(line) and len(line) <= 30:
            continue  # 四、陈述、申辩及听证情况: a heading, not a notice
        if not NO_NOTICE.search(text[max(0, match.start() - 24):match.start()]):
            return True
    return False


_HEADING = re.compile(r"^[一二三四五六七八九十]+[、.．]|^[（(][一二三四五六七八九十]+[)）]")


@RULES.register("irregularity.no_hearing.v1")
def large_fine_without_hearing(ctx: RuleContext) -> list[Finding]:
    fine = largest(ctx, "fine")
    if fine is None or hearing_recorded(ctx.text):
        return []
    kind = ctx.fields.parties[0].kind if ctx.fields.parties else "organization"
    agency = ctx.fields.agency.value if ctx.fields.agency else None
    sector = hearing_threshold(ctx.domain, agency)
    limit = sector.amount(kind)
    if fine.value < limit:
        return []
    who = "自然人" if kind == "individual" else "法人或其他组织"
    explanation = (f"对{who}罚款{money(fine.value)}，达到{sector.name}较大数额罚款标准{money(limit)}，"
                   f"但文书未记载告知听证权利或听证情况")
    source = f"《中华人民共和国行政处罚法》第六十三条、第六十四条；{sector.source.split('：')[0]}"
    return [finding("enforcement_irregularity", "irregularity.no_hearing.v1", explanation, source,
                    [ctx.evidence(fine.start, fine.end)], 0.7, observed=fine.value, threshold=limit, unit="元")]


def _article_exists(statutes: Any, law: str, article: int, on: date | None) -> bool | None:
    try:
        return statutes.article_exists(law, article, on)
    except (OSError, ValueError, KeyError):
        return None


@RULES.register("irregularity.missing_article.v1")
def missing_article(ctx: RuleContext) -> list[Finding]:
    statutes, found = ctx.knowledge.statutes, []
    on, dates = decision_date(ctx.record), applicable_dates(ctx)
    for statute in ctx.fields.statutes:
        exists = statute.exists
        if exists is not True and statutes is not None and statute.article is not None:
            law = law_id(statutes, statute.law)
            # 从旧兼从轻: an article of the version in force at the act is rightly cited after a renumbering
            checks = [_article_exists(statutes, law, statute.article, day) for day in dates] if law else []
            if True in checks:
                exists = True
            elif checks and all(check is False for check in checks):
                exists = False
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
    # 国务院令第310号第十一条: no administrative penalty (责令停产停业, 吊销许可证, 行政拘留 included)
    # replaces the transfer; only a recorded transfer answers criminal-level facts.
    lead = max(ctx.criminal_findings, key=lambda item: item.confidence)
    explanation = (f"案件事实已达{lead.offense or '犯罪'}立案追诉标准（{lead.explanation}），"
                   f"但仅给予行政处罚，文书未记载移送公安机关，涉嫌以罚代刑")
    return [finding("enforcement_irregularity", "irregularity.criminal_only_fined.v1", explanation,
                    TRANSFER_SOURCE, list(lead.evidence), lead.confidence * 0.9, offense=lead.offense,
                    criminal_law_article=lead.criminal_law_article, threshold_id=lead.threshold_id)]


_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日")
# 立案 that is not the agency's own filing of this case: the police's, a standard's, a refusal
_NOT_OWN_FILING = re.compile(r"^(?:追诉|侦查|标准|监督|通知|决定书)")


def filing_date(text: str) -> tuple[date, int, int] | None:
    """The date the agency filed this case (立案): the date last named before 立案 in its sentence
    (``2025年3月5日，经负责人批准立案``, ``于二〇二五年三月五日立案调查``), or the one after
    ``立案日期：``. A police 立案, 不予立案 and 立案追诉标准 are not it."""
    for match in re.finditer("立案", text):
        sentence = re.split(r"[。；;\n]", text[max(0, match.start() - 60):match.start()])[-1]
        after = text[match.end():match.end() + 24]
        if "公安" in sentence or sentence.endswith(("不予", "不", "未")) or _NOT_OWN_FILING.match(after):
            continue
        dates = list(_DATE.finditer(sentence))
        if dates:
            found = dates[-1]
            offset = match.start() - len(sentence)
            start, end = offset + found.start(), match.end()
        else:
            label = re.match(r"(?:日期|时间)[：:]\s*", after)
            found = _DATE.match(after, label.end()) if label else None
            if found is None:
                continue
            start, end = match.start(), match.end() + found.end()
        iso = parse_date(found[0])
        if iso:
            return date.fromisoformat(iso), start, end
    return None


def deadline_paused(text: str) -> bool:
    """The decision records an extension or a pause of the time limit; ``未经负责人批准延长办案期限，
    亦无中止`` records that there was none."""
    for hit in find_keywords(text, DEADLINE_PAUSES, allow_negated=True):
        clause = re.split(r"[，。；,;\n]", text[max(0, hit.start - 16):hit.start])[-1]
        if not re.search(r"未|没有|无|不|并非", clause):
            return True
    return False


@RULES.register("irregularity.time_limit.v1")
def past_time_limit(ctx: RuleContext) -> list[Finding]:
    decided, filed = decision_date(ctx.record), filing_date(ctx.text)
    if decided is None or filed is None or deadline_paused(ctx.text):
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
