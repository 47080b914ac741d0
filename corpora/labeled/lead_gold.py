"""Shared machinery of the hand-written lead sets' ``make_gold.py`` scripts.

A set's script lists its decisions as :class:`Doc` rows built with the helpers below
(``threshold``, ``trigger``, ``fined_only``, ``pil`` ...); :func:`labeled` locates every evidence
quotation in the decision text and writes the row in the labels format (``analysis.labels``),
with the offence and threshold taken from the knowledge base.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from analysis.knowledge.thresholds import load_thresholds
from analysis.labels import Flags, Gold, LabeledDocument, Lead, Span, write_jsonl
from analysis.record import Classification

ANNOTATOR = "lead-team"
_THRESHOLDS = {t.id: (rule, t) for rule in load_thresholds() for t in rule.thresholds}


@dataclass
class LeadSpec:
    """A gold lead before its evidence quotation is located in the text."""

    kind: str
    rule: str
    quote: str
    threshold_id: str | None = None
    observed: float | None = None
    field: str | None = None
    scope: str = "document"
    group: str | None = None


@dataclass
class Doc:
    file: str
    domain: str
    reason: str
    leads: list[LeadSpec] = field(default_factory=list)
    flags: dict = field(default_factory=dict)


# Document flags most rows share: a lead over its line, a qualitative trigger, a near miss.
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}
PIL = {"scenario": "pil", "continuing_harm": True}  # a public-interest clue whose harm goes on


def near(scenario: str, **flags) -> dict:
    """A negative just short of a lead (just under a line, paid, transferred, cleared …)."""
    return {"scenario": scenario, "near_miss": True, **flags}


def threshold(threshold_id: str, quote: str, observed: float) -> LeadSpec:
    return LeadSpec("criminal_transfer", f"threshold.{threshold_id}", quote, threshold_id, observed)


def trigger(threshold_id: str, quote: str) -> LeadSpec:
    return LeadSpec("criminal_transfer", f"trigger.{threshold_id}", quote, threshold_id)


def fined_only(quote: str) -> LeadSpec:
    """以罚代刑: criminal-level facts punished by a fine with no transfer recorded."""
    return LeadSpec("enforcement_irregularity", "irregularity.criminal_facts_fined_only", quote)


def pil(field_id: str, quote: str) -> LeadSpec:
    return LeadSpec("public_interest", "pil.continuing_harm", quote, field=field_id)


def irregular(rule: str, quote: str) -> LeadSpec:
    return LeadSpec("enforcement_irregularity", f"irregularity.{rule}", quote)


def split(threshold_id: str, quote: str, total: float, group: str) -> LeadSpec:
    return LeadSpec("criminal_transfer", "aggregate.split", quote, threshold_id, total, scope="group", group=group)


def repeat(quote: str, group: str) -> LeadSpec:
    return LeadSpec("repeat_offender", "repeat.within_two_years", quote, scope="group", group=group)


SPLIT, REPEAT = "split-hl-jiujiang-fishery", "repeat-hl-tangshan-foundry"

def out_of_range(file: str, domain: str, reason: str, quote: str) -> Doc:
    return Doc(file, domain, reason, [irregular("fine_out_of_range", quote)],
               {"scenario": "irregularity", "irregularities": ["fine_out_of_range"]})


def no_hearing(file: str, domain: str, reason: str, quote: str) -> Doc:
    return Doc(file, domain, reason, [irregular("no_hearing_notice", quote)],
               {"scenario": "irregularity", "irregularities": ["no_hearing_notice"]})


def locate(text: str, quote: str, file: str) -> Span:
    start = text.find(quote)
    if start < 0:
        raise ValueError(f"{file}: quotation not found: {quote}")
    return Span(start=start, end=start + len(quote), text=quote)


def build_lead(spec: LeadSpec, text: str, file: str) -> Lead:
    lead = Lead(kind=spec.kind, rule=spec.rule, threshold_id=spec.threshold_id, field=spec.field,
                observed=spec.observed, scope=spec.scope, group=spec.group,
                evidence=[locate(text, spec.quote, file)])
    if spec.threshold_id:
        rule, item = _THRESHOLDS[spec.threshold_id]
        lead.offense, lead.criminal_law_article = rule.offense, rule.criminal_law_article
        if spec.observed is not None:
            lead.threshold, lead.unit = item.min_value, item.measure.unit or "元"
    return lead


def labeled(doc: Doc, folder: Path, created: str, version: str) -> LabeledDocument:
    """The labels row of one decision of ``folder`` (``version`` names the set in ``model_versions``)."""
    data = (folder / doc.file).read_bytes()
    text = data.decode("utf-8")
    group = doc.flags.get("split_group") or doc.flags.get("repeat_group") or Path(doc.file).stem
    return LabeledDocument(
        document_id=hashlib.sha256(data).hexdigest(), text=text,
        gold=Gold(classification=Classification(domain=doc.domain),
                  leads=[build_lead(spec, text, doc.file) for spec in doc.leads], flags=Flags(**doc.flags)),
        split="test", origin="import", annotator=ANNOTATOR, created_at=created,
        model_versions={"labels": version}, file=doc.file, format="text", case_group=group,
        meta={"reason": doc.reason})


def write_gold(folder: Path, docs: list[Doc], created: str, version: str) -> int:
    """Rewrite ``folder/gold.jsonl`` from ``docs``; returns the number of rows."""
    return write_jsonl(folder / "gold.jsonl", (labeled(doc, folder, created, version) for doc in docs))


def labeler(folder: Path, created: str, version: str):
    """A set script's ``labeled(doc)``: its rows, as ``tests/scoring`` rebuilds them."""
    return lambda doc: labeled(doc, folder, created, version)


def main(folder: Path, docs: list[Doc], created: str, version: str) -> None:
    """A set script's entry point: rewrite ``folder/gold.jsonl`` and say so."""
    count = write_gold(folder, docs, created, version)
    print(f"wrote {count} rows to {folder / 'gold.jsonl'}")
