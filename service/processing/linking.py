"""Links between documents through their parties (the same company or person).

A party is keyed by its unified social credit code when it has one, else by its ID number,
else by its normalized name. ``related_documents`` answers "what else do we hold on this
party?" for the clue page. When ``analysis.scoring.linking`` is available it is asked for
cross-document findings (e.g. repeat offenders) over the stored records of the same party.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.db.models import Document, PartyLink

_SPACE = re.compile(r"[\s（）()·]+")


def party_key(party: dict[str, Any]) -> str | None:
    if party.get("credit_code"):
        return "credit:" + party["credit_code"].upper()
    if party.get("id_number"):
        return "id:" + party["id_number"].upper()
    name = _SPACE.sub("", party.get("name") or "")
    return "name:" + name if len(name) >= 2 else None


def related_documents(session: Session, document_pk: int, limit: int = 20) -> list[Document]:
    keys = select(PartyLink.party_key).where(PartyLink.document_pk == document_pk)
    others = (select(PartyLink.document_pk).where(PartyLink.party_key.in_(keys),
                                                  PartyLink.document_pk != document_pk))
    return list(session.scalars(select(Document).where(Document.id.in_(others))
                                .order_by(Document.decision_date.desc()).limit(limit)))


def cross_document_findings(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Hook to ``analysis.scoring.linking`` (cross-document rules); empty until it exists."""
    try:
        from analysis.scoring import linking as scoring_linking
    except ImportError:
        return []
    link = getattr(scoring_linking, "link_records", None)
    if link is None:
        return []
    return [finding if isinstance(finding, dict) else finding.model_dump(mode="json")
            for finding in link(records)]
