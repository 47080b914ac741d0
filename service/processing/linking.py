"""Links between documents through their parties (the same company or person).

Every party of a stored document gets keys: its unified social credit code or ID number
(``code:``) and its normalized name (``name:``). ``related_documents`` answers "what else do
we hold on this party?" for the clue page. ``link_batch`` hands the new records and the
stored records that share a key with them to ``analysis.scoring.linking.link_records``,
which adds cross-document findings (repeat offenders, 化整为零) to the new records.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from analysis.record import DocumentRecord
from service.db.models import Document, PartyLink

_SPACE = re.compile(r"\s+")
_CORPORATE_FORMS = (("有限责任公司", "有限公司"), ("股份有限公司", "股份公司"), ("（", "("), ("）", ")"))
MAX_CONTEXT = 200


def party_keys(party: dict[str, Any]) -> list[str]:
    keys = []
    code = (party.get("credit_code") or party.get("id_number") or "").strip().upper()
    if code:
        keys.append("code:" + code)
    name = _SPACE.sub("", party.get("name") or "")
    for long, short in _CORPORATE_FORMS:
        name = name.replace(long, short)
    if len(name) >= 2:
        keys.append("name:" + name)
    return keys


def record_keys(record: dict[str, Any]) -> set[str]:
    parties = (record.get("fields") or {}).get("parties") or []
    return {key for party in parties for key in party_keys(party)}


def related_documents(session: Session, document_pk: int, limit: int = 20) -> list[Document]:
    keys = select(PartyLink.party_key).where(PartyLink.document_pk == document_pk)
    others = (select(PartyLink.document_pk).where(PartyLink.party_key.in_(keys),
                                                  PartyLink.document_pk != document_pk))
    return list(session.scalars(select(Document).where(Document.id.in_(others))
                                .order_by(Document.decision_date.desc()).limit(limit)))


def stored_context(session: Session, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Stored records sharing a party key with any of ``records`` (at most ``MAX_CONTEXT``)."""
    keys = set().union(*(record_keys(record) for record in records)) if records else set()
    if not keys:
        return []
    ids = select(PartyLink.document_pk).where(PartyLink.party_key.in_(sorted(keys)))
    rows = session.scalars(select(Document.record).where(Document.id.in_(ids)).limit(MAX_CONTEXT))
    return list(rows)


def link_batch(session: Session, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add cross-document findings to ``records``; unchanged when the linker is unavailable."""
    try:
        from analysis.scoring.linking import link_records
    except ImportError:
        return records
    context = stored_context(session, records)
    try:
        batch = [DocumentRecord.model_validate(record) for record in records]
        stored = [DocumentRecord.model_validate(record) for record in context]
    except ValueError:
        return records
    before = [len(record.findings) for record in batch]
    link_records(batch, stored)
    return [_with_linked_priority(record, count) for record, count in zip(batch, before, strict=True)]


def _with_linked_priority(record: DocumentRecord, findings_before: int) -> dict[str, Any]:
    """Raise the priority to the strongest cross-document finding (the scorer ran before)."""
    linked = record.findings[findings_before:]
    if linked and record.scores is not None:
        strongest = max(finding.confidence for finding in linked)
        record.scores.priority = max(record.scores.priority, strongest)
        for finding in linked:
            if finding.kind == "criminal_transfer":
                record.scores.criminal_transfer = max(record.scores.criminal_transfer, finding.confidence)
    return record.to_json_dict(with_units=True)
