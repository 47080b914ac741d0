"""Gold labels from a written document: fields with spans, classification and lead truth."""

from __future__ import annotations

import hashlib

from analysis.labels import Flags, Gold, LabeledDocument, Lead, Span
from analysis.record import Amount, Classification, Fields, Party, Penalty, Quantity, Statute, TextField
from corpora.generator.builder import LabeledSpan
from corpora.generator.compose import Writer
from corpora.generator.plan import CasePlan
from corpora.generator.specs import Threshold, numeric_item

PRODUCER = "generator"
VERSION = "corpus-generator/2"  # 2: law in force on the act date, no future dates, statutory PIL fields


# 公益诉讼 fields set by statute (OUTPUT.md; 行政诉讼法第二十五条第四款 and the special laws);
# `other` (e.g. 城乡规划 violations) is none: harm there is no public-interest lead.
STATUTORY_PIL_FIELDS = frozenset({"ecology_resources", "food_drug_safety", "state_assets", "state_land_transfer",
                                  "work_safety", "personal_information", "minors", "heroes_martyrs",
                                  "cultural_relics"})


def _first(spans: list[LabeledSpan], label: str) -> LabeledSpan | None:
    return next((s for s in spans if s.label == label), None)


def _text_field(span: LabeledSpan | None) -> TextField | None:
    if span is None:
        return None
    return TextField(value=span.data.get("value", span.text), text=span.text, start=span.start, end=span.end,
                     producer=PRODUCER)


def build_fields(w: Writer, text: str) -> Fields:
    spans = w.b.spans
    party_span = _first(spans, "party")
    party = w.plan.party
    fields = Fields(title=_text_field(_first(spans, "title")), decision_number=_text_field(_first(spans, "decision_number")),
                    agency=_text_field(_first(spans, "agency")), decision_date=_text_field(_first(spans, "decision_date")),
                    facts_date=_text_field(_first(spans, "facts_date")),
                    sections=dict(w.b.sections))
    shown = {s.label: s.text for s in spans if s.label in ("credit_code", "id_number", "legal_representative", "address")}
    fields.parties.append(Party(
        name=party.name, kind=party.kind, credit_code=shown.get("credit_code"),
        credit_code_valid=True if shown.get("credit_code") else None, id_number=shown.get("id_number"),
        legal_representative=shown.get("legal_representative"), address=shown.get("address"),
        text=party_span.text, start=party_span.start, end=party_span.end, producer=PRODUCER))
    for s in spans:
        if s.label == "amount":
            fields.amounts.append(Amount(role=s.data["role"], value=s.data["value"], text=s.text, start=s.start,
                                         end=s.end, producer=PRODUCER))
        elif s.label == "quantity":
            fields.quantities.append(Quantity(value=s.data["value"], unit=s.data["unit"], subject=s.data["subject"],
                                              normalized_value=s.data["normalized_value"],
                                              normalized_unit=s.data["normalized_unit"], text=s.text,
                                              start=s.start, end=s.end, producer=PRODUCER))
        elif s.label == "statute":
            d = s.data
            fields.statutes.append(Statute(law=d["law"], article=d["article"], paragraph=d["paragraph"], item=d["item"],
                                           role=d["role"], version=d["version"], exists=d["exists"], text=s.text,
                                           start=s.start, end=s.end, producer=PRODUCER))
        elif s.label == "penalty":
            fields.penalties.append(Penalty(kind=s.data["kind"], text=s.text, start=s.start, end=s.end,
                                            producer=PRODUCER))
    return fields


def _value_span(spans: list[LabeledSpan], name: str) -> LabeledSpan | None:
    return next((s for s in spans if s.label in ("amount", "quantity") and s.data.get("name") == name), None)


def _span(s: LabeledSpan, label: str | None = None) -> Span:
    return Span(start=s.start, end=s.end, text=s.text, label=label or s.label)


def _threshold_unit(plan: CasePlan, value_name: str) -> str:
    spec = plan.spec.values[value_name]
    return spec.unit if spec.kind == "quantity" else "元"


def build_leads(w: Writer) -> list[Lead]:
    plan, spans = w.plan, w.b.spans
    leads: list[Lead] = []
    only_fined = plan.scenario not in ("transferred", "declined")
    if only_fined:
        for t in plan.thresholds:
            value = plan.values.get(t.value)
            span = _value_span(spans, t.value)
            if value is None or span is None:
                continue
            observed = span.data.get("normalized_value", span.data["value"])
            if observed >= t.min:
                leads.append(Lead(kind="criminal_transfer", rule=f"threshold.{t.id}", threshold_id=t.id,
                                  offense=t.offense, criminal_law_article=t.article, observed=observed,
                                  threshold=t.min, unit=_threshold_unit(plan, t.value), evidence=[_span(span)]))
        leads += _combined_140(plan, spans, leads, w.b.text())
        trigger = _first(spans, "trigger")
        if plan.trigger_on and trigger is not None and plan.trigger_id:
            tr = plan.spec.trigger
            family = "threshold" if numeric_item(plan.trigger_id) else "trigger"
            leads.append(Lead(kind="criminal_transfer", rule=f"{family}.{plan.trigger_id}", threshold_id=plan.trigger_id,
                              offense=tr["offense"], criminal_law_article=int(tr["article"]), evidence=[_span(trigger)]))
    fine_span = next((s for s in spans if s.label == "amount" and s.data["role"] == "fine"), None)
    basis_span = next((s for s in spans if s.label == "statute" and s.data["role"] == "basis"), None)
    if leads:
        leads.append(Lead(kind="enforcement_irregularity", rule="irregularity.criminal_facts_fined_only",
                          evidence=[_span(fine_span)] if fine_span else []))
    if plan.split_group and plan.split_threshold and plan.split_total is not None:
        t = plan.split_threshold
        span = _value_span(spans, t.value)
        if plan.split_total >= t.min and span is not None:
            leads.append(Lead(kind="criminal_transfer", rule="aggregate.split", threshold_id=split_threshold_id(t),
                              offense=t.offense,
                              criminal_law_article=t.article, observed=round(plan.split_total, 2), threshold=t.min,
                              unit=_threshold_unit(plan, t.value), scope="group", group=plan.split_group,
                              evidence=[_span(span)]))
    harm = _first(spans, "harm")
    if plan.harm and harm is not None and plan.spec.pil["field"] in STATUTORY_PIL_FIELDS:
        leads.append(Lead(kind="public_interest", rule="pil.continuing_harm", field=plan.spec.pil["field"],
                          evidence=[_span(harm)]))
    for name in plan.irregularities:
        evidence = {"fine_out_of_range": [fine_span, basis_span], "no_hearing_notice": [fine_span],
                    "nonexistent_article": [basis_span]}[name]
        leads.append(Lead(kind="enforcement_irregularity", rule=f"irregularity.{name}",
                          evidence=[_span(s) for s in evidence if s is not None]))
    if plan.repeat_lead:
        party = _first(spans, "party")
        leads.append(Lead(kind="repeat_offender", rule="repeat.within_two_years", scope="group", group=plan.repeat_group,
                          evidence=[_span(party)] if party else []))
    return leads


# 刑法第一百四十九条: the products of a narrower offence (劣药, 假兽药, 假农药...) sold for 5万元 or
# more without that offence's own result (严重危害人体健康, 较大损失) are 生产、销售伪劣产品罪 (刑法
# 第140条, 追诉标准第十六条(一)); the rules report the offence reached under its own id.
SALES_140 = "product-140-fake-inferior/1"


def split_threshold_id(threshold: Threshold) -> str:
    """The threshold a 化整为零 sum reaches, named by the offence actually reached: a narrower
    offence's 销售金额 threshold that stands for 第140条 through 第149条 is 140's own."""
    if threshold.article == 140 and threshold.value == "sales_amount" and not threshold.id.startswith(
            SALES_140.split("/")[0]):
        return SALES_140
    return threshold.id


COMBINED_140 = ("product-140-fake-inferior/3", 150000.0)
OFFENSE_140 = "生产、销售伪劣产品罪"  # 劣药, 伪劣食品, 假农药/兽药 reach it through 第149条 by their sales
# a goods value named with these words is the unsold part only (库存涉案药品货值), unless it is
# named as covering the goods sold too (库存及已售货值)
UNSOLD_WORDS = ("库存", "尚未销售", "未销售", "查扣")
SOLD_TOO_WORDS = ("已售", "已销售", "及售出")


def _combined_140(plan: CasePlan, spans: list[LabeledSpan], leads: list[Lead], text: str = "") -> list[Lead]:
    """立案追诉标准（一）第十六条第（三）项: 销售金额不满五万元，但已销售金额×3 + 尚未销售的货值
    ≥ 15万元. A decision's 货值金额 covers sold and unsold goods (the unsold part is 货值金额 −
    销售金额) unless it is named as the stock (库存…货值: all unsold); such a plan is a lead even
    when its scenario aimed just under 5万元."""
    combined_id, minimum = COMBINED_140
    threshold = next((t for t in plan.thresholds if t.offense == OFFENSE_140 and t.value == "sales_amount"), None)
    sales, goods = _value_span(spans, "sales_amount"), _value_span(spans, "goods_value")
    if threshold is None or sales is None or goods is None or any(lead.threshold_id == threshold.id for lead in leads):
        return []
    sold, value = sales.data["value"], goods.data["value"]
    named = text[max(0, goods.start - 12):goods.start].split("，")[-1]
    stock = any(word in named for word in UNSOLD_WORDS) and not any(word in named for word in SOLD_TOO_WORDS)
    combined = round(3 * sold + (value if stock else max(0.0, value - sold)), 2)
    if sold >= threshold.min or combined < minimum:
        return []
    return [Lead(kind="criminal_transfer", rule=f"threshold.{combined_id}", threshold_id=combined_id,
                 offense=threshold.offense, criminal_law_article=threshold.article, observed=combined,
                 threshold=minimum, unit="元", evidence=[_span(sales), _span(goods)])]


def build_flags(plan: CasePlan, leads: list[Lead]) -> Flags:
    criminal = any(lead.kind == "criminal_transfer" and lead.scope == "document" for lead in leads)
    return Flags(scenario=plan.scenario, near_miss=plan.scenario == "near" and not criminal,
                 transferred=plan.scenario == "transferred", police_declined=plan.scenario == "declined",
                 continuing_harm=plan.harm, repeat_group=plan.repeat_group, split_group=plan.split_group,
                 irregularities=list(plan.irregularities))


def build_document(w: Writer, seed: int) -> LabeledDocument:
    text = w.b.text()
    plan = w.plan
    leads = build_leads(w)
    gold = Gold(fields=build_fields(w, text),
                classification=Classification(domain=plan.spec.domain, confidence=1.0, violation=plan.spec.violation,
                                              violation_confidence=1.0, producer=PRODUCER),
                leads=leads, flags=build_flags(plan, leads))
    return LabeledDocument(
        document_id=hashlib.sha256(text.encode("utf-8")).hexdigest(), text=text, gold=gold, origin="generator",
        annotator=PRODUCER, created_at=f"{plan.decision_date.isoformat()}T00:00:00+00:00",
        model_versions={"generator": VERSION}, case_group=plan.split_group or plan.repeat_group or plan.case_group,
        meta={"seed": seed, "index": plan.index, "violation_id": plan.spec.id, "agency_level": plan.agency.level,
              "agency_kind": plan.agency.kind, "party_kind": plan.party.kind, "values": plan.values,
              "fine_range": list(plan.fine_range), "id_full": plan.party.id_full,
              "threshold_date": plan.threshold_day.isoformat(),
              "thresholds": {t.id: t.min for t in plan.thresholds}})
