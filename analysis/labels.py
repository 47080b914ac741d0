"""The one labeled-data format: gold truth for a document, shared by the corpus generator,
the review workflow (a prosecutor's disposition becomes a label) and training.

A ``LabeledDocument`` is one JSON line in ``corpora/labeled/*.jsonl`` or in a generated
corpus's ``gold.jsonl``. ``gold`` has the shape of the analysis record (OUTPUT.md): ``fields``
(reusing ``analysis.record.Fields`` so every span is ``start``/``end`` into ``text``),
``classification`` and ``leads`` (what a correct screening should find), plus ``flags`` that
explain why a document does or does not carry a lead (near miss, already transferred,
repeat-offender and split groups).

Label Studio: ``to_label_studio`` writes a task (``data.text``, span ``annotations`` and
``predictions`` with ``labels`` regions, domain/lead ``choices``), ``from_label_studio`` reads
one back; a task exported by this module round-trips to the same gold.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from analysis.record import Amount, Classification, FindingKind, Party, Penalty, Quantity, Statute, TextField
from analysis.record import Fields as RecordFields

LABELS_SCHEMA = "leadminer.labels/1"
Split = Literal["train", "dev", "test"]
Origin = Literal["generator", "review", "import"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Span(_Model):
    """Evidence for a lead: a character span of ``text`` (end-exclusive)."""

    start: int
    end: int
    text: str = ""
    label: str | None = None


class Lead(_Model):
    """A clue a correct screening should report (one ``Finding`` of the analysis record).

    ``scope="group"`` marks leads that only appear when documents are read together
    (repeat offenders, 化整为零 splits); ``group`` then names the case group.
    """

    kind: FindingKind
    rule: str
    threshold_id: str | None = None
    field: str | None = None
    offense: str | None = None
    criminal_law_article: int | None = None
    observed: float | None = None
    threshold: float | None = None
    unit: str | None = None
    scope: Literal["document", "group"] = "document"
    group: str | None = None
    evidence: list[Span] = Field(default_factory=list)


class Flags(_Model):
    """Why a document has (or lacks) leads; the engineered truth behind the labels."""

    scenario: str | None = None
    near_miss: bool = False
    transferred: bool = False
    police_declined: bool = False
    continuing_harm: bool | None = None
    repeat_group: str | None = None
    split_group: str | None = None
    irregularities: list[str] = Field(default_factory=list)


class Gold(_Model):
    fields: RecordFields = Field(default_factory=RecordFields)
    classification: Classification = Field(default_factory=Classification)
    leads: list[Lead] = Field(default_factory=list)
    flags: Flags = Field(default_factory=Flags)


class LabeledDocument(_Model):
    schema_: str = Field(default=LABELS_SCHEMA, alias="schema")
    document_id: str
    text: str
    gold: Gold = Field(default_factory=Gold)
    split: Split | None = None
    origin: Origin = "generator"
    annotator: str | None = None
    created_at: str = Field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))
    model_versions: dict[str, str] = Field(default_factory=dict)
    file: str | None = None
    member: str | None = None
    format: str | None = None
    case_group: str | None = None
    meta: dict[str, Any] = Field(default_factory=dict)

    def spans(self) -> Iterator[tuple[str, int, int, str]]:
        """Every labeled span as (label, start, end, text-as-recorded)."""
        fields = self.gold.fields
        for name in ("title", "decision_number", "agency", "decision_date", "facts_date"):
            item = getattr(fields, name)
            if item is not None and item.start >= 0:
                yield name, item.start, item.end, item.text
        for party in fields.parties:
            yield "party", party.start, party.end, party.text
        for amount in fields.amounts:
            yield f"amount:{amount.role}", amount.start, amount.end, amount.text
        for quantity in fields.quantities:
            yield "quantity", quantity.start, quantity.end, quantity.text
        for statute in fields.statutes:
            yield f"statute:{statute.role}", statute.start, statute.end, statute.text
        for penalty in fields.penalties:
            if penalty.start >= 0:
                yield f"penalty:{penalty.kind}", penalty.start, penalty.end, penalty.text
        for lead in self.gold.leads:
            for span in lead.evidence:
                yield f"lead:{lead.kind}", span.start, span.end, span.text

    def to_json(self) -> str:
        return json.dumps(self.model_dump(mode="json", by_alias=True, exclude_none=False), ensure_ascii=False)


def read_jsonl(path: str | Path) -> Iterator[LabeledDocument]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield LabeledDocument.model_validate_json(line)


def write_jsonl(path: str | Path, documents: Iterable[LabeledDocument]) -> int:
    count = 0
    with open(path, "w", encoding="utf-8") as handle:
        for document in documents:
            handle.write(document.to_json() + "\n")
            count += 1
    return count


# ─────────────────────────── Label Studio task JSON ───────────────────────────

LABEL_CONFIG = """<View>
  <Labels name="label" toName="text">
    <Label value="decision_number"/><Label value="agency"/><Label value="decision_date"/><Label value="facts_date"/>
    <Label value="party"/>
    <Label value="amount:fine"/><Label value="amount:confiscated_gains"/><Label value="amount:illegal_gains"/>
    <Label value="amount:goods_value"/><Label value="amount:sales_amount"/><Label value="amount:tax_evaded"/>
    <Label value="amount:damage"/><Label value="amount:other"/><Label value="quantity"/>
    <Label value="statute:violated"/><Label value="statute:basis"/><Label value="statute:other"/>
  </Labels>
  <Text name="text" value="$text"/>
  <Choices name="domain" toName="text" choice="single"/>
  <Choices name="leads" toName="text" choice="multiple">
    <Choice value="criminal_transfer"/><Choice value="public_interest"/>
    <Choice value="enforcement_irregularity"/><Choice value="repeat_offender"/>
  </Choices>
</View>"""

_SPAN_LABELS = ("decision_number", "agency", "decision_date", "facts_date", "party", "amount:", "quantity", "statute:")


def _results(document: LabeledDocument) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    for index, (label, start, end, _recorded) in enumerate(document.spans()):
        if not label.startswith(_SPAN_LABELS):
            continue
        results.append({"id": f"r{index}", "from_name": "label", "to_name": "text", "type": "labels",
                        "value": {"start": start, "end": end, "text": document.text[start:end], "labels": [label]}})
    classification = document.gold.classification
    results.append({"id": "domain", "from_name": "domain", "to_name": "text", "type": "choices",
                    "value": {"choices": [classification.domain]}})
    kinds = sorted({lead.kind for lead in document.gold.leads if lead.scope == "document"})
    results.append({"id": "leads", "from_name": "leads", "to_name": "text", "type": "choices",
                    "value": {"choices": kinds}})
    return results


def to_label_studio(document: LabeledDocument, *, as_prediction: bool = False, task_id: int | None = None,
                    model_version: str = "generator") -> dict[str, Any]:
    """One Label Studio task; the full gold rides along in ``data.gold`` so values survive."""
    gold = document.model_dump(mode="json", by_alias=True, exclude={"text"})
    task: dict[str, Any] = {"data": {"text": document.text, "document_id": document.document_id, "gold": gold}}
    if task_id is not None:
        task["id"] = task_id
    results = _results(document)
    if as_prediction:
        task["predictions"] = [{"model_version": model_version, "score": 1.0, "result": results}]
    else:
        task["annotations"] = [{"result": results, "completed_by": document.annotator or document.origin,
                                "created_at": document.created_at}]
    return task


def _match(items: list[Any], start: int, end: int) -> Any | None:
    return next((item for item in items if item.start == start and item.end == end), None)


def _fields_from_regions(text: str, regions: list[dict[str, Any]], reference: RecordFields) -> RecordFields:
    """Rebuild ``fields`` from span regions; values come from the reference gold where spans match."""
    fields = RecordFields(sections=reference.sections, title=reference.title, penalties=list(reference.penalties))
    for region in regions:
        value = region["value"]
        start, end, label = value["start"], value["end"], value["labels"][0]
        span_text = text[start:end]
        if label in ("decision_number", "agency", "decision_date", "facts_date"):
            old = getattr(reference, label)
            same = old is not None and (old.start, old.end) == (start, end)
            setattr(fields, label, old if same else TextField(value=span_text, text=span_text, start=start, end=end,
                                                              producer="label"))
        elif label == "party":
            old = _match(reference.parties, start, end)
            fields.parties.append(old or Party(name=span_text, text=span_text, start=start, end=end, producer="label"))
        elif label.startswith("amount:"):
            role = label.split(":", 1)[1]
            old = _match(reference.amounts, start, end)
            amount = old.model_copy(update={"role": role}) if old else Amount(
                role=role, value=_parse_money(span_text), text=span_text, start=start, end=end, producer="label")
            fields.amounts.append(amount)
        elif label == "quantity":
            old = _match(reference.quantities, start, end)
            fields.quantities.append(old or Quantity(value=_parse_money(span_text), unit="", text=span_text,
                                                     start=start, end=end, producer="label"))
        elif label.startswith("statute:"):
            role = label.split(":", 1)[1]
            old = _match(reference.statutes, start, end)
            fields.statutes.append(old.model_copy(update={"role": role}) if old else Statute(
                law=span_text, role=role, text=span_text, start=start, end=end, producer="label"))
    return fields


def _parse_money(text: str) -> float:
    try:  # the shared numeral parser, when installed
        from analysis.knowledge.numerals import parse_money
        value = parse_money(text)
        if value is not None:
            return float(value)
    except ImportError:  # pragma: no cover - optional module
        pass
    digits = "".join(ch for ch in text if ch.isdigit() or ch == ".")
    return float(digits) if digits.replace(".", "", 1).isdigit() else 0.0


def from_label_studio(task: dict[str, Any], *, annotator: str | None = None) -> LabeledDocument:
    """A labeled document from a Label Studio task (its newest annotation, else its prediction)."""
    data = task["data"]
    base = dict(data.get("gold") or {})
    base.pop("text", None)
    reference = LabeledDocument.model_validate({**base, "text": data["text"],
                                                "document_id": data.get("document_id") or base.get("document_id")})
    entries = task.get("annotations") or []
    origin: Origin = reference.origin
    if entries:
        entry = entries[-1]
        annotator = annotator or str(entry.get("completed_by") or "") or reference.annotator
        origin = "review" if annotator not in (None, "generator") and annotator != reference.origin else origin
    else:
        entries = task.get("predictions") or []
        entry = entries[-1] if entries else {"result": []}
    results = entry.get("result", [])
    regions = [r for r in results if r.get("type") == "labels"]
    choices = {r["from_name"]: r["value"].get("choices", []) for r in results if r.get("type") == "choices"}
    gold = reference.gold.model_copy(deep=True)
    if regions or not reference.gold.fields.amounts:
        gold.fields = _fields_from_regions(data["text"], regions, reference.gold.fields)
    if choices.get("domain"):
        gold.classification = gold.classification.model_copy(update={"domain": choices["domain"][0]})
    if "leads" in choices:
        wanted = set(choices["leads"])
        kept = [lead for lead in gold.leads if lead.scope == "group" or lead.kind in wanted]
        known = {lead.kind for lead in kept}
        kept += [Lead(kind=kind, rule="label") for kind in sorted(wanted - known)]
        gold.leads = kept
    return reference.model_copy(update={"gold": gold, "origin": origin, "annotator": annotator})


def write_label_studio(path: str | Path, documents: Iterable[LabeledDocument], *, as_prediction: bool = False) -> int:
    tasks = [to_label_studio(doc, as_prediction=as_prediction, task_id=i + 1) for i, doc in enumerate(documents)]
    Path(path).write_text(json.dumps(tasks, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(tasks)


def read_label_studio(path: str | Path) -> list[LabeledDocument]:
    tasks = json.loads(Path(path).read_text(encoding="utf-8"))
    return [from_label_studio(task) for task in tasks]


__all__ = ["LABELS_SCHEMA", "LABEL_CONFIG", "Flags", "Gold", "LabeledDocument", "Lead", "Span",
           "from_label_studio", "read_jsonl", "read_label_studio", "to_label_studio", "write_jsonl",
           "write_label_studio", "Penalty"]
