"""Run the registered rules over a record; the ``score.rules.v1`` pipeline component."""

from __future__ import annotations

from collections.abc import Iterable

from analysis.errors import LeadMinerError
from analysis.pipeline import COMPONENTS
from analysis.record import DocumentRecord, Finding
from analysis.scoring.knowledge import KnowledgeBase, load_knowledge
from analysis.scoring.rules.base import RULE_ORDER, RULES, RuleContext
from analysis.scoring.rules.thresholds import offense_family

CRIMINAL_RULES = ("threshold.numeric.v1", "threshold.trigger.v1")
NOTES_KEY = "screening_notes"


def run_rules(record: DocumentRecord, knowledge: KnowledgeBase,
              names: Iterable[str] = RULE_ORDER) -> list[Finding]:
    """Every finding of the named rules, criminal thresholds first."""
    ctx = RuleContext.of(record, knowledge)
    findings: list[Finding] = []
    for name in names:
        produced = RULES.get(name)(ctx)
        findings.extend(produced)
        if name in CRIMINAL_RULES:
            ctx.criminal_findings.extend(produced)
            if name == CRIMINAL_RULES[-1]:  # every criminal finding is in: drop the superseded ones
                ctx.criminal_findings[:] = one_lead_per_conduct(ctx.criminal_findings)
                findings = [item for item in findings if item.kind != "criminal_transfer"] + ctx.criminal_findings
    if ctx.transfer is not None:
        note = "已移送公安机关" if ctx.transfer.kind == "transferred" else "公安机关不予立案"
        record.provenance.config.setdefault(NOTES_KEY, []).append(
            {"note": f"文书记载{note}，不作为隐案线索", "start": ctx.transfer.start, "end": ctx.transfer.end})
    return findings


# One food or drug is one conduct: where its heavier, specific offence is reached (有毒、有害食品, 假药),
# the lighter one on the same goods (不符合安全标准的食品, 劣药) is no second lead (刑法第一百四十四条
# and 第一百四十三条, 法释〔2021〕24号; 刑法第一百四十一条 and 第一百四十二条).
SUPERSEDED_BY = {"food-143-substandard": ("food-144-toxic",), "drug-142-substandard": ("drug-141-counterfeit",)}


def one_lead_per_conduct(found: list[Finding]) -> list[Finding]:
    families = {offense_family(item.threshold_id) for item in found}
    return [item for item in found if not families & set(SUPERSEDED_BY.get(offense_family(item.threshold_id), ()))]


@COMPONENTS.register("score.rules.v1")
class RuleScorer:
    """Fills ``record.findings`` from the threshold, public-interest and irregularity rules."""

    name = "score.rules.v1"
    requires = ("text", "fields", "classification")
    assigns = ("findings",)

    def __init__(self, knowledge: KnowledgeBase | None = None) -> None:
        self.knowledge = knowledge

    def __call__(self, record: DocumentRecord) -> DocumentRecord:
        try:
            knowledge = self.knowledge or load_knowledge()
        except LeadMinerError as error:
            record.add_error(error.code, "score", error.message, detail=error.detail)
            record.status = "partial"
            return record
        kept = [item for item in record.findings if item.rule not in RULES]
        record.findings = kept + run_rules(record, knowledge)
        record.provenance.rules = knowledge.version
        return record
