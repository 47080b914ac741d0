"""Store analysis records: a document row, its clue, findings, party links and the FTS entry.

Idempotent per document: a record whose ``document_id`` is already stored (the same decision
inside two dossiers) is not stored twice.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from service import search
from service.db.models import Clue, Document, Dossier, FindingRow, PartyLink
from service.evidence import located_without_units
from service.processing import linking

KEY_FIELDS = ("title", "decision_number", "agency", "decision_date")


def _field_value(fields: dict[str, Any], name: str) -> str | None:
    value = fields.get(name)
    if isinstance(value, dict):
        return value.get("value") or None
    return value or None


def _parse_date(value: str | None) -> date | None:
    if not value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def completeness(fields: dict[str, Any]) -> float:
    """Share of the entries a decision must have that were found (timeliness/completeness stats)."""
    present = sum(1 for name in KEY_FIELDS if _field_value(fields, name))
    present += 1 if fields.get("parties") else 0
    present += 1 if fields.get("penalties") or fields.get("amounts") else 0
    return round(present / (len(KEY_FIELDS) + 2), 3)


def store_record(session: Session, record: dict[str, Any], *, dossier: Dossier,
                 file_sha256: str) -> Document | None:
    """Persist one analysis record; return the new document or ``None`` when already stored."""
    document_id = record.get("document_id") or ""
    if session.scalar(select(Document.id).where(Document.document_id == document_id)):
        return None
    record = located_without_units(record)
    fields = record.get("fields") or {}
    source = record.get("source") or {}
    issuing = _field_value(fields, "agency")
    agency = dossier.agency or issuing
    decision_date = _parse_date(_field_value(fields, "decision_date"))
    document = Document(
        document_id=document_id, file_sha256=file_sha256, member=source.get("member"),
        dossier_id=dossier.id, name=source.get("name") or "", status=record.get("status", "ok"),
        media_type=source.get("media_type") or "application/octet-stream", agency=agency,
        issuing_agency=issuing, decision_number=_field_value(fields, "decision_number"),
        decision_date=decision_date, title=_field_value(fields, "title"),
        pages=len(record.get("pages") or []), completeness=completeness(fields),
        text=record.get("text") or "", record=record, **linking.scheme_columns(record))
    session.add(document)
    session.flush()
    _store_clue(session, document, record)
    _store_parties(session, document, fields)
    search.index_document(session, document.id, document.text)
    return document


def clue_values(record: dict[str, Any]) -> dict[str, Any]:
    """The clue's columns that come from an analysis record (scores, kinds, domain)."""
    scores = record.get("scores") or {}
    findings = record.get("findings") or []
    values: dict[str, Any] = {name: float(scores.get(name, 0.0)) for name in
                              ("priority", "criminal_transfer", "public_interest", "enforcement_irregularity")}
    values.update(kinds=",".join(sorted({finding["kind"] for finding in findings})), finding_count=len(findings),
                  domain=(record.get("classification") or {}).get("domain"))
    return values


def finding_rows(document_pk: int, record: dict[str, Any]) -> list[FindingRow]:
    """One row per finding of the record, for the queue's filters and the clue page."""
    return [FindingRow(document_pk=document_pk, kind=finding["kind"], rule=finding.get("rule", ""),
                       offense=finding.get("offense"), explanation=finding.get("explanation", ""),
                       source=finding.get("source", ""), confidence=float(finding.get("confidence", 0.5)),
                       evidence=finding.get("evidence") or [])
            for finding in record.get("findings") or []]


def _store_clue(session: Session, document: Document, record: dict[str, Any]) -> None:
    session.add(Clue(document_pk=document.id, agency=document.agency, decision_date=document.decision_date,
                     **clue_values(record)))
    session.add_all(finding_rows(document.id, record))


def _store_parties(session: Session, document: Document, fields: dict[str, Any]) -> None:
    seen: set[str] = set()
    for party in fields.get("parties") or []:
        for key in linking.link_keys(party):
            if key in seen:
                continue
            seen.add(key)
            session.add(PartyLink(party_key=key, document_pk=document.id,
                                  name=(party.get("name") or "")[:256], credit_code=party.get("credit_code")))
