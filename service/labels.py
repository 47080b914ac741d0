"""Reviewer labels: every disposition and every field correction becomes a ``LabeledDocument``
row (``analysis.labels``), recorded with who, when and which model and rule versions produced
the suggestion the reviewer judged.

A label row is a snapshot of the document's truth at that moment: the extracted fields (with
every correction applied so far) and the leads the disposition confirms. The newest final row
per document is what ``export`` writes; ``further_investigation`` is recorded but not final.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from analysis.labels import Gold, LabeledDocument, Lead
from analysis.record import Amount, Classification, Statute
from analysis.record import Fields as RecordFields
from service.db.models import Clue, Document, LabelRow, Review, User

# what a disposition confirms: the lead kinds the document truly carries
DISPOSITION_LEADS: dict[str, tuple[str, ...]] = {
    "transfer_police": ("criminal_transfer",),
    "public_interest_litigation": ("public_interest",),
    "administrative_recommendation": ("enforcement_irregularity",),
    "no_action": (),
}


def model_versions(record: dict[str, Any]) -> dict[str, str]:
    """The model and rule versions that produced a stored record (its provenance)."""
    provenance = record.get("provenance") or {}
    versions = {str(k): str(v) for k, v in (provenance.get("models") or {}).items()}
    if provenance.get("rules"):
        versions["rules"] = str(provenance["rules"])
    return versions


def _fields(record: dict[str, Any]) -> RecordFields:
    try:
        return RecordFields.model_validate(record.get("fields") or {})
    except ValueError:
        return RecordFields()


def _classification(record: dict[str, Any]) -> Classification:
    try:
        return Classification.model_validate(record.get("classification") or {})
    except ValueError:
        return Classification()


def _leads(clue: Clue, record: dict[str, Any]) -> list[Lead]:
    """Leads confirmed by the clue's disposition; before one, the document-level findings."""
    if clue.disposition in DISPOSITION_LEADS:
        kinds: Iterable[str] = DISPOSITION_LEADS[clue.disposition]
    else:
        kinds = sorted({f["kind"] for f in record.get("findings") or [] if f.get("kind") != "repeat_offender"})
    return [Lead(kind=kind, rule="review") for kind in kinds]


def snapshot(document: Document, clue: Clue, user: User, *, kind: str, final: bool,
             meta: dict[str, Any]) -> LabelRow:
    """A label row for the document as it stands now (fields, classification, confirmed leads)."""
    record = document.record or {}
    versions = model_versions(record)
    labeled = LabeledDocument(
        document_id=document.document_id, text=document.text,
        gold=Gold(fields=_fields(record), classification=_classification(record), leads=_leads(clue, record)),
        split="train", origin="review", annotator=user.username, model_versions=versions,
        file=document.name, member=document.member, meta={**meta, "clue_id": clue.id, "kind": kind})
    payload = labeled.model_dump(mode="json", by_alias=True)
    return LabelRow(document_id=document.document_id, document_pk=document.id, kind=kind, final=final,
                    annotator=user.username, model_versions=versions, payload=payload)


def label_review(session: Session, clue: Clue, review: Review, user: User) -> LabelRow | None:
    """The label a disposition makes (notes and assignments make none)."""
    if review.action != "disposition":
        return None
    final = review.disposition in DISPOSITION_LEADS
    row = snapshot(clue.document, clue, user, kind="disposition", final=final,
                   meta={"review_id": review.id, "disposition": review.disposition, "reason": review.reason})
    session.add(row)
    session.flush()
    return row


class Correction(BaseModel):
    """A prosecutor's fix of one extracted amount or statute (``index`` into the record's list)."""

    field: Literal["amount", "statute"]
    index: int
    value: float | None = None
    role: str | None = None
    law: str | None = None
    article: int | None = None


def apply_correction(document: Document, body: Correction) -> dict[str, Any]:
    """Change the stored record's field; return {"before", "after"}. Raises ValueError."""
    record = dict(document.record or {})
    fields = dict(record.get("fields") or {})
    key = "amounts" if body.field == "amount" else "statutes"
    items = list(fields.get(key) or [])
    if not 0 <= body.index < len(items):
        raise ValueError("没有这一项可以更正")
    before = dict(items[body.index])
    changes = {name: getattr(body, name) for name in ("value", "role", "law", "article")
               if getattr(body, name) is not None}
    if body.field == "amount":
        changes.pop("law", None), changes.pop("article", None)
        if "value" in changes and changes["value"] < 0:
            raise ValueError("金额不能为负数")
    else:
        changes.pop("value", None)
    if not changes:
        raise ValueError("没有要更正的内容")
    after = {**before, **changes, "producer": "review"}
    (Amount if body.field == "amount" else Statute).model_validate(after)  # a valid field or ValueError
    items[body.index] = after
    fields[key] = items
    record["fields"] = fields
    document.record = record  # a new dict: SQLAlchemy sees the change
    return {"before": before, "after": after}


def label_correction(session: Session, clue: Clue, user: User, change: dict[str, Any],
                     body: Correction) -> LabelRow:
    row = snapshot(clue.document, clue, user, kind="correction", final=True,
                   meta={"correction": {"field": body.field, "index": body.index, **change}})
    session.add(row)
    session.flush()
    return row


def labeled_documents(session: Session, *, history: bool = False) -> list[LabeledDocument]:
    """Final labels as ``LabeledDocument``s: the newest per document, or every row (``history``)."""
    rows = session.scalars(select(LabelRow).where(LabelRow.final.is_(True)).order_by(LabelRow.id))
    if history:
        return [LabeledDocument.model_validate(row.payload) for row in rows]
    newest: dict[str, LabelRow] = {}
    for row in rows:
        newest[row.document_id] = row
    return [LabeledDocument.model_validate(row.payload) for row in newest.values()]


def import_labels(session: Session, documents: Iterable[LabeledDocument], *, annotator: str | None) -> int:
    """Store imported labels (e.g. from Label Studio), linked to a stored document when known."""
    count = 0
    for labeled in documents:
        document_pk = session.scalar(select(Document.id).where(Document.document_id == labeled.document_id))
        who = labeled.annotator or annotator
        session.add(LabelRow(document_id=labeled.document_id, document_pk=document_pk, kind="import", final=True,
                             annotator=who, model_versions=dict(labeled.model_versions),
                             payload=labeled.model_dump(mode="json", by_alias=True)))
        count += 1
    session.flush()
    return count
