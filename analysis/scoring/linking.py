"""Cross-document linking: the same party in several decisions (``repeat_offender.v1``) and
化整为零 (``aggregate.split.v1``). Which decisions belong together is decided in
``analysis.scoring.schemes``; this module writes the findings:

- a decision whose act (the date of its facts, else its decision date) comes after other
  decisions against the party within two years gets a ``repeat_offender`` finding, and
  thresholds counted in prior administrative penalties (measure ``行政处罚次数``, unit 次, e.g.
  法释〔2023〕7号第一条) are checked with that count (``二年内`` counted from the earlier
  decision to the new act, procedure rule ``repeat-window-counting``); decisions of one
  化整为零 scheme are one conduct and never count as each other's priors;
- decisions of one scheme whose amounts or quantities each stay under a threshold but
  together reach it get an ``aggregate.split.v1`` criminal-transfer finding citing every
  decision.

``link_records`` works over a batch and, optionally, over stored records (any iterable):
only the batch records receive findings, stored ones are context.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from analysis.record import DocumentRecord, Evidence, Finding
from analysis.scoring.facts import facts_date, money, transfer_status
from analysis.scoring.knowledge import KnowledgeBase, load_knowledge
from analysis.scoring.rules.base import Observation, RuleContext, finding
from analysis.scoring.rules.thresholds import best_per_fact, observe, reached_thresholds, relevance
from analysis.scoring.schemes import (
    WINDOW_DAYS,
    Entry,
    entries_of,
    normalize_address,
    normalize_name,
    party_groups,
    scheme_components,
    undated_piece,
)

REPEAT_SOURCE = "《中华人民共和国行政处罚法》第三十六条；相关司法解释“二年内曾因…受过二次以上行政处罚”的规定"


def link_records(batch: list[DocumentRecord], stored: Iterable[DocumentRecord] = (),
                 knowledge: KnowledgeBase | None = None) -> list[DocumentRecord]:
    """Add repeat-offender and aggregated criminal-transfer findings to the batch records."""
    knowledge = knowledge or load_knowledge()
    batch_ids = {record.document_id for record in batch}
    entries = entries_of(batch, True) + entries_of(
        (record for record in stored if record.document_id not in batch_ids), False)
    for entry in entries:
        if entry.in_batch:
            _drop_linked(entry.record)
    parties = party_groups(entries)
    split_with: dict[int, set[int]] = {}
    for members, weak in scheme_components(entries, parties):
        group = sorted((entries[i] for i in members), key=lambda e: e.decided or date.max)
        for index in members:
            entry = entries[index]
            found = _split_findings(entry, group, knowledge, weak) if entry.in_batch else []
            if found:
                entry.record.findings.extend(found)
                split_with[index] = set(members)
    for members in parties.groups():
        for index in members:
            entry = entries[index]
            if entry.in_batch:
                # decisions summed as one scheme, or undated pieces of one conduct, are not
                # repeated offences (acts committed before an earlier penalty neither: ``_priors``)
                others = sorted((entries[i] for i in members if i == index or (
                    i not in split_with.get(index, ()) and not undated_piece(entry, entries[i]))),
                    key=lambda e: e.decided or date.max)
                entry.record.findings.extend(_repeat_findings(entry, others, knowledge))
    return batch


def _drop_linked(record: DocumentRecord) -> None:
    record.findings = [f for f in record.findings if f.rule not in ("repeat_offender.v1", "aggregate.split.v1")]


def _priors(entry: Entry, group: list[Entry]) -> list[Entry]:
    """Earlier penalties within two years before the act of this decision (the act must come
    after the penalty: acts punished together later are not repeats of one another)."""
    act = entry.act_or_decided
    if act is None or entry.decided is None:
        return []
    return [other for other in group if other is not entry and other.decided is not None
            and other.decided < entry.decided and 0 <= (act - other.decided).days <= WINDOW_DAYS]


def cited(entry: Entry) -> list[Evidence]:
    """Evidence spans of another document (its party mention), tagged with its document id."""
    record, party = entry.record, entry.party
    evidence = record.evidence(party.start, party.end) if party.start >= 0 else Evidence(start=0, end=0)
    return [evidence.model_copy(update={"document_id": record.document_id})]


def _decision_label(entry: Entry) -> str:
    number = entry.record.fields.decision_number.value if entry.record.fields.decision_number else ""
    when = entry.decided.isoformat() if entry.decided else "日期不详"
    return f"{when}{('（' + number + '）') if number else ''}"


def _repeat_findings(entry: Entry, group: list[Entry], knowledge: KnowledgeBase) -> list[Finding]:
    priors = _priors(entry, group)
    if not priors:
        return []
    own = cited(entry)[0].model_copy(update={"document_id": None})
    evidence = [own] + [item for prior in priors for item in cited(prior)]
    labels = "、".join(_decision_label(prior) for prior in priors)
    explanation = (f"当事人{entry.party.name}在本次处罚前二年内已受行政处罚{len(priors)}次（{labels}），"
                   f"本次为第{len(priors) + 1}次，属于多次违法")
    found = [finding("repeat_offender", "repeat_offender.v1", explanation, REPEAT_SOURCE, evidence, 0.85,
                     observed=float(len(priors)), unit="次")]
    same_conduct = [prior for prior in priors if prior.domain == entry.domain]
    if same_conduct and transfer_status(entry.record.text) is None:
        found.extend(_prior_penalty_thresholds(entry, same_conduct, knowledge))
    return found


def _prior_penalty_thresholds(entry: Entry, priors: list[Entry], knowledge: KnowledgeBase) -> list[Finding]:
    ctx = RuleContext.of(entry.record, knowledge)
    evidence = [item for prior in priors for item in cited(prior)]
    count = Observation(float(len(priors)), "次", "曾受行政处罚", evidence, 0.9, prefix="二年内")
    for rule in knowledge.rules_in_force(ctx.facts_date):
        for threshold in rule.numeric_thresholds:
            if threshold.measure.unit == "次" and "处罚" in (threshold.measure.subject or ""):
                ctx.overrides[threshold.measure.key] = count
    already = {f.threshold_id for f in entry.record.findings if f.kind == "criminal_transfer"}
    found = [item for _, _, item in reached_thresholds(ctx, "repeat_offender.v1")
             if item.unit == "次" and item.threshold_id not in already]
    return found[:1]


def _split_findings(entry: Entry, group: list[Entry], knowledge: KnowledgeBase, weak: bool = False
                    ) -> list[Finding]:
    """化整为零: the same conduct split over decisions, each under a threshold, together over it."""
    if transfer_status(entry.record.text) is not None or any(
            f.kind == "criminal_transfer" for f in entry.record.findings):
        return []
    siblings = [other for other in group if other.domain == entry.domain and _within(entry, other)
                and (other is entry or _under_threshold(other))]
    if len(siblings) < 2:
        return []
    ctx = RuleContext.of(entry.record, knowledge)
    contexts = [RuleContext.of(other.record, knowledge) for other in siblings]
    for rule in knowledge.rules_in_force(ctx.facts_date):
        if relevance(ctx, rule) == 0:
            continue
        for threshold in rule.numeric_thresholds:
            if threshold.measure.unit == "次":
                continue
            total = _sum_observations(threshold.measure, contexts, siblings, entry)
            if total is not None:
                ctx.overrides[threshold.measure.key] = total
    # the offence a sum is about: relevance() weighs the violated provision (STATUTE_OFFENCES)
    found = best_per_fact([(support, ratio, offence_reached(ctx, item))
                           for support, ratio, item in reached_thresholds(ctx, "aggregate.split.v1")
                           if item.observed is not None])
    return [_as_split(item, len(siblings), weak) for item in found[:1]]


GENERAL_OFFENCE = "product-140-fake-inferior"


def offence_reached(ctx: RuleContext, item: Finding) -> Finding:
    """A narrower offence's 销售金额 threshold that stands for 刑法第140条 through 第149条 (劣药,
    假兽药/农药, 过期食品 sold for 5万元 with no 严重危害, 较大损失 or 食物中毒 danger of their own;
    ``FALLBACK_OFFENCES``) names the offence reached:
    生产、销售伪劣产品罪, under 140's own 销售金额 threshold (追诉标准第十六条)."""
    family = (item.threshold_id or "").split("@")[0].split("/")[0]
    if family == GENERAL_OFFENCE:
        return item
    rules = ctx.knowledge.rules_in_force(ctx.facts_date)
    item_id = getattr(item, "threshold_item", None) or item.threshold_id
    own = next((t for rule in rules if rule.family == family for t in rule.thresholds if t.id == item_id), None)
    # the KB labels such a threshold 销售金额（兜底适用第140条） (劣药, 假兽药/农药, 不符合安全标准的食品)
    if own is None or own.measure.role != "sales_amount" or "第140条" not in (own.label or ""):
        return item
    general = next((rule for rule in rules if rule.family == GENERAL_OFFENCE), None)
    sales = next((t for t in general.thresholds if t.measure.role == "sales_amount"), None) if general else None
    if sales is None or sales.min_value != own.min_value:
        return item
    return item.model_copy(update={"threshold_id": general.id, "threshold_item": sales.id, "offense": general.offense,
                                   "criminal_law_article": general.criminal_law_article})


def _under_threshold(entry: Entry) -> bool:
    """A decision that reached a threshold alone, or was transferred, is not part of a split."""
    own = any(f.kind == "criminal_transfer" and f.rule != "aggregate.split.v1" for f in entry.record.findings)
    return not own and transfer_status(entry.record.text) is None


def _within(entry: Entry, other: Entry) -> bool:
    if entry.decided is None or other.decided is None:
        return other is entry
    return abs((entry.decided - other.decided).days) <= WINDOW_DAYS


def _sum_observations(measure, contexts: list[RuleContext], siblings: list[Entry], entry: Entry
                      ) -> Observation | None:
    parts = []
    for ctx, sibling in zip(contexts, siblings, strict=True):
        obs = observe(ctx, measure)
        if obs is None:
            continue
        document_id = None if sibling is entry else sibling.record.document_id
        evidence = [item.model_copy(update={"document_id": document_id}) for item in obs.evidence]
        parts.append(replace(obs, evidence=evidence))
    if len(parts) < 2:
        return None
    total = sum(part.value for part in parts)
    values = "+".join(money(p.value) if p.unit == "元" else f"{p.value:g}{p.unit}" for p in parts)
    return Observation(total, parts[0].unit, parts[0].label, [e for p in parts for e in p.evidence],
                       min(p.confidence for p in parts), prefix=f"{len(parts)}份处罚决定（{values}）累计",
                       implied=any(p.implied for p in parts))


def _as_split(item: Finding, count: int, weak: bool) -> Finding:
    who = "同一执法机关对同类违法行为（不同名义当事人）" if weak else "同一当事人同类违法行为被"
    item.explanation += f"；{who}分{count}次处罚，疑似化整为零规避移送"
    item.confidence = round(item.confidence * (0.7 if weak else 0.9), 3)
    return item


__all__ = ["link_records", "normalize_name", "normalize_address", "facts_date"]
