"""Cross-document linking: the same party in several decisions (``repeat_offender.v1``) and
化整为零 (``aggregate.split.v1``).

Parties are linked by unified social credit code (or ID number) first, then by normalized
name together with a matching (or missing) address. Within a linked group:

- a decision preceded by other decisions against the party within two years gets a
  ``repeat_offender`` finding, and thresholds counted in prior administrative penalties
  (measure ``行政处罚次数``, unit 次, e.g. 法释〔2023〕7号第一条) are checked with that count
  (``二年内`` counted from the earlier decision to the new act, procedure rule
  ``repeat-window-counting``);
- decisions of the same conduct (same domain) within two years whose amounts or quantities
  each stay under a threshold but together reach it get an ``aggregate.split.v1``
  criminal-transfer finding citing every decision.

``link_records`` works over a batch and, optionally, over stored records (any iterable):
only the batch records receive findings, stored ones are context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from analysis.record import DocumentRecord, Evidence, Finding, Party
from analysis.scoring.facts import decision_date, facts_date, money, transfer_status
from analysis.scoring.knowledge import KnowledgeBase, load_knowledge
from analysis.scoring.rules.base import Observation, RuleContext, finding
from analysis.scoring.rules.thresholds import best_per_fact, observe, reached_thresholds, relevance

WINDOW_DAYS = 730  # 二年
REPEAT_SOURCE = "《中华人民共和国行政处罚法》第三十六条；相关司法解释“二年内曾因…受过二次以上行政处罚”的规定"
_CORPORATE_FORMS = (("有限责任公司", "有限公司"), ("股份有限公司", "股份公司"), ("（", "("), ("）", ")"))


def normalize_name(name: str) -> str:
    text = re.sub(r"\s+", "", name or "")
    for long, short in _CORPORATE_FORMS:
        text = text.replace(long, short)
    return text


def normalize_address(address: str | None) -> str:
    return re.sub(r"[\s,，。号]", "", address or "")


@dataclass
class Entry:
    """One decision's party with its dates; ``in_batch`` entries receive findings."""

    record: DocumentRecord
    party: Party
    decided: date | None
    in_batch: bool

    @property
    def domain(self) -> str:
        return self.record.classification.domain if self.record.classification else "other"


class _Groups:
    """Union-find over entries: same code, or same name with compatible address."""

    def __init__(self, entries: list[Entry]) -> None:
        self.parent = list(range(len(entries)))
        by_code: dict[str, int] = {}
        by_name: dict[str, list[int]] = {}
        for index, entry in enumerate(entries):
            code = party_code(entry.party)
            if code:
                self._union(index, by_code.setdefault(code, index))
            name = normalize_name(entry.party.name)
            if name:
                for other in by_name.setdefault(name, []):
                    if _addresses_match(entry.party, entries[other].party) and _codes_compatible(
                            entry.party, entries[other].party):
                        self._union(index, other)
                by_name[name].append(index)

    def _find(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def _union(self, a: int, b: int) -> None:
        self.parent[self._find(a)] = self._find(b)

    def groups(self) -> list[list[int]]:
        found: dict[int, list[int]] = {}
        for index in range(len(self.parent)):
            found.setdefault(self._find(index), []).append(index)
        return [members for members in found.values() if len(members) > 1]


def party_code(party: Party) -> str | None:
    """Credit code or ID number; a masked number (``3713**********7237``) identifies nobody on
    its own, so it only links together with the same normalized name."""
    code = (party.credit_code or party.id_number or "").strip().upper()
    if not code:
        return None
    return f"{code}|{normalize_name(party.name)}" if "*" in code else code


def _addresses_match(a: Party, b: Party) -> bool:
    left, right = normalize_address(a.address), normalize_address(b.address)
    return not left or not right or left == right


def _codes_compatible(a: Party, b: Party) -> bool:
    """Two different codes are two different parties whatever their names."""
    left, right = party_code(a), party_code(b)
    return not (left and right and left != right)


def _entries(records: Iterable[DocumentRecord], in_batch: bool) -> list[Entry]:
    entries = []
    for record in records:
        if record.fields and record.fields.parties:
            entries.append(Entry(record, record.fields.parties[0], decision_date(record), in_batch))
    return entries


def link_records(batch: list[DocumentRecord], stored: Iterable[DocumentRecord] = (),
                 knowledge: KnowledgeBase | None = None) -> list[DocumentRecord]:
    """Add repeat-offender and aggregated criminal-transfer findings to the batch records."""
    knowledge = knowledge or load_knowledge()
    batch_ids = {record.document_id for record in batch}
    entries = _entries(batch, True) + _entries(
        (record for record in stored if record.document_id not in batch_ids), False)
    for entry in entries:
        if entry.in_batch:
            _drop_linked(entry.record)
    split_with: dict[int, set[int]] = {}
    for members, weak in scheme_groups(entries):
        group = sorted((entries[i] for i in members), key=lambda e: e.decided or date.max)
        for entry in group:
            if entry.in_batch:
                found = _split_findings(entry, group, knowledge, weak)
                if found:
                    entry.record.findings.extend(found)
                    split_with.setdefault(id(entry), set()).update(id(other) for other in group)
    for members in _Groups(entries).groups():
        group = sorted((entries[i] for i in members), key=lambda e: e.decided or date.max)
        for entry in group:
            if entry.in_batch:
                # decisions of one split scheme are one conduct, not repeated offences
                others = [e for e in group if id(e) not in split_with.get(id(entry), set()) or e is entry]
                entry.record.findings.extend(_repeat_findings(entry, others, knowledge))
    return batch


SCHEME_WINDOW_DAYS = 180


def _scheme_key(entry: Entry) -> tuple[str, str, str] | None:
    """Same agency, same domain, same violated provision: one scheme cut into decisions?"""
    fields = entry.record.fields
    agency = normalize_name(fields.agency.value) if fields and fields.agency else ""
    violated = next((f"{s.law}:{s.article}" for s in fields.statutes if s.role == "violated"), "") if fields else ""
    if not agency or not violated:
        return None
    return agency, entry.domain, violated


def scheme_groups(entries: list[Entry]) -> list[tuple[list[int], bool]]:
    """Candidate 化整为零 groups: linked parties (strong), and decisions of one agency on the same
    provision within 180 days of each other though against different names (weak: nominees)."""
    groups = [(members, False) for members in _Groups(entries).groups()]
    by_key: dict[tuple[str, str, str], list[int]] = {}
    for index, entry in enumerate(entries):
        key = _scheme_key(entry)
        if key is not None and entry.decided is not None:
            by_key.setdefault(key, []).append(index)
    for members in by_key.values():
        groups += [(cluster, True) for cluster in _nominee_clusters(entries, members)]
    return groups


def _nominee_clusters(entries: list[Entry], members: list[int]) -> list[list[int]]:
    """Decisions of one agency on one provision, within 180 days of each other, that share
    something tying the names together: the legal representative, the address or the date of
    the facts. Two unrelated people each fined for a small 滥伐 are two cases, not one scheme."""
    parent = {index: index for index in members}

    def find(index: int) -> int:
        while parent[index] != index:
            index = parent[index]
        return index

    for position, index in enumerate(members):
        for other in members[position + 1:]:
            near = abs((entries[index].decided - entries[other].decided).days) <= SCHEME_WINDOW_DAYS
            if near and _nominees(entries[index], entries[other]):
                parent[find(index)] = find(other)
    clusters: dict[int, list[int]] = {}
    for index in members:
        clusters.setdefault(find(index), []).append(index)
    return [sorted(c, key=lambda i: entries[i].decided) for c in clusters.values() if len(c) > 1]


def _nominees(a: Entry, b: Entry) -> bool:
    rep_a, rep_b = (a.party.legal_representative or "").strip(), (b.party.legal_representative or "").strip()
    if rep_a and rep_a == rep_b:
        return True
    address_a, address_b = normalize_address(a.party.address), normalize_address(b.party.address)
    if address_a and address_a == address_b:
        return True
    if not (a.record.fields.facts_date and b.record.fields.facts_date):
        return False  # facts_date() falls back to the decision date, which ties nothing together
    day_a, day_b = facts_date(a.record), facts_date(b.record)
    return day_a is not None and day_a == day_b


def _drop_linked(record: DocumentRecord) -> None:
    record.findings = [f for f in record.findings if f.rule not in ("repeat_offender.v1", "aggregate.split.v1")]


def _priors(entry: Entry, group: list[Entry]) -> list[Entry]:
    if entry.decided is None:
        return []
    return [other for other in group if other is not entry and other.decided is not None
            and 0 <= (entry.decided - other.decided).days <= WINDOW_DAYS
            and other.decided < entry.decided]


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
    found = best_per_fact([item for item in reached_thresholds(ctx, "aggregate.split.v1")
                           if item[2].observed is not None])
    return [_as_split(item, len(siblings), weak) for item in found[:1]]


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
                       min(p.confidence for p in parts), prefix=f"{len(parts)}份处罚决定（{values}）累计")


def _as_split(item: Finding, count: int, weak: bool) -> Finding:
    who = "同一执法机关对同类违法行为（不同名义当事人）" if weak else "同一当事人同类违法行为被"
    item.explanation += f"；{who}分{count}次处罚，疑似化整为零规避移送"
    item.confidence = round(item.confidence * (0.7 if weak else 0.9), 3)
    return item


__all__ = ["link_records", "normalize_name", "normalize_address", "facts_date"]
