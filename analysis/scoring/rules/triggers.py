"""``threshold.trigger.v1``: the qualitative items of the 立案追诉标准 (no amount needed): the act in the
decision's own words (有毒有害, 假药, 暗管, 禁渔期 with 禁用工具, 拒不执行停止作业 …), with the
elements an item needs besides its words (``all_of``, ``TRIGGER_ELEMENTS``), never a risk named or
guarded against (面临被盗掘的危险), a suspicion the confirmation clears, or an allegation."""

from __future__ import annotations

import re
from typing import Any

from analysis.record import Finding
from analysis.scoring.facts import Hit, find_keywords, negated
from analysis.scoring.knowledge import article_number, confidence_of
from analysis.scoring.rules.base import RULES, RuleContext, finding
from analysis.scoring.rules.elements import TRIGGER_PATTERNS
from analysis.scoring.rules.thresholds import (
    TRIGGER_ELEMENTS,
    WEAK_TRIGGER_WORDS,
    YIELDS_TO,
    _stated_conditions,
    companion_hits,
    offense_family,
    offense_phrase,
    same_domain,
    statute_support,
    trigger_text,
)


def trigger_hits(ctx: RuleContext, keywords: tuple[str, ...], family: str = "") -> list[Any]:
    """Keyword spans proving a qualitative trigger: a specific keyword, or two distinct ones
    (plus the offence's stated danger element, ``TRIGGER_ELEMENTS``)."""
    if family in TRIGGER_ELEMENTS and not find_keywords(ctx.text, TRIGGER_ELEMENTS[family]):
        return []
    hits = [hit for hit in companion_hits(ctx, keywords, trigger_text(ctx))
            if not _suspicion_cleared(ctx.text, hit) and not _risk_only(ctx.text, hit)]
    distinct = {hit.keyword for hit in hits}
    if len(distinct) >= 2 or distinct - WEAK_TRIGGER_WORDS:
        return hits
    return []


def pattern_hits(ctx: RuleContext, threshold: Any) -> list[Any]:
    """The span of an element the item states in other words (``elements.TRIGGER_PATTERNS``)."""
    pattern = TRIGGER_PATTERNS.get(threshold.id)
    return [Hit(ctx.text[start:end], start, end) for start, end in pattern(ctx.text)] if pattern else []


# 暴露的墓葬仍面临被盗掘的危险, 为防止非法采砂: a risk named or guarded against is no act done
_RISK = re.compile(r"(?:面临|防止|防范|避免|以防|谨防|预防|可能被|易被|存在被)[^，。；;,\n]{0,12}$")


def _risk_only(text: str, hit: Any) -> bool:
    return _RISK.search(text[max(0, hit.start - 16):hit.start]) is not None


_SCREENING = re.compile(r"疑似|初筛|快检|快速检测|初检")


def _suspicion_cleared(text: str, hit: Any) -> bool:
    """快检…莱克多巴胺疑似阳性 … 确证检测…莱克多巴胺…均未检出: a screening result the confirmation clears."""
    start = max(text.rfind(mark, 0, hit.start) for mark in "。；;\n") + 1
    ends = [i for i in (text.find(mark, hit.end) for mark in "。；;\n") if i >= 0]
    if not _SCREENING.search(text[start:min(ends, default=len(text))]):
        return False  # the hit's own sentence says it was only a suspicion (疑似, 快检)
    # the same words found again and denied (疑似…篡改自动监测数据 … 未发现…篡改、伪造自动监测数据的行为)
    for words in dict.fromkeys((hit.keyword, hit.keyword[-6:] if len(hit.keyword) > 6 else hit.keyword)):
        later = text.find(words, hit.end)
        while later >= 0:
            if negated(text, later, later + len(words)):
                return True
            later = text.find(words, later + 1)
    return False


@RULES.register("threshold.trigger.v1")
def qualitative_triggers(ctx: RuleContext) -> list[Finding]:
    if ctx.transfer is not None:
        return []
    found: list[Finding] = []
    for rule in ctx.knowledge.rules_in_force(ctx.facts_date):
        if not same_domain(rule.domain, ctx.domain) and ctx.domain != "other" and not statute_support(ctx, rule):
            continue
        for threshold in rule.qualitative_thresholds:
            hits = pattern_hits(ctx, threshold) or trigger_hits(ctx, threshold.measure.keywords, rule.family)
            if hits and _stated_conditions(ctx, threshold):
                found.append(_trigger_finding(ctx, rule, threshold, hits))
                break
    families = {offense_family(item.threshold_id) for item in found}
    found = [item for item in found if (YIELDS_TO.get(offense_family(item.threshold_id)) or (None,))[0] not in families]
    return _strongest_triggers(found)


def _trigger_finding(ctx: RuleContext, rule: Any, threshold: Any, hits: list[Any]) -> Finding:
    words = "、".join(dict.fromkeys(hit.keyword for hit in hits))
    confidence = confidence_of(rule) * (0.95 if len({hit.keyword for hit in hits}) > 1 else 0.85)
    explanation = f"文书记载“{words}”，符合{offense_phrase(rule)}的入罪情形（无数额要求）：{threshold.text}"
    return finding("criminal_transfer", "threshold.trigger.v1", explanation, rule.source,
                   [ctx.evidence(hit.start, hit.end) for hit in hits[:4]], confidence,
                   offense=rule.offense, criminal_law_article=article_number(rule), threshold_id=rule.id,
                   threshold_item=threshold.id)


def _strongest_triggers(found: list[Finding]) -> list[Finding]:
    """One trigger finding per evidence span: the one with most keyword spans, then confidence."""
    best: dict[tuple[int, int], Finding] = {}
    for item in sorted(found, key=lambda f: (-len(f.evidence), -f.confidence)):
        best.setdefault((item.evidence[0].start, item.evidence[0].end), item)
    return list(best.values())
