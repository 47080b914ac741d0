"""Shadow scoring: a candidate ``lead-scorer`` version scores new documents beside the version
in use. Its scores are stored in ``shadow_scores`` and never read by the queue; the comparison
(agreement, mean priority shift, top moved documents) is what an admin reads before promoting.

Only the lead scorer can shadow: it is the stage that sets the priority, and scoring a stored
record with another version needs no re-analysis.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from analysis.models import ModelRegistry
from analysis.record import DocumentRecord
from service.db.models import Clue, Document, ServiceOption, ShadowScore

log = logging.getLogger("leadminer.shadow")
OPTION = "shadow_candidate"
SHADOW_MODELS = ("lead-scorer",)
AGREEMENT_THRESHOLD = 0.5


def candidate(session: Session) -> dict[str, str] | None:
    option = session.get(ServiceOption, OPTION)
    return option.value if option is not None and option.value else None


def set_candidate(session: Session, models_dir: Path, name: str | None, version: str | None) -> dict | None:
    """Name the candidate (validated against the registry), or clear it with ``name=None``."""
    option = session.get(ServiceOption, OPTION) or ServiceOption(key=OPTION)
    if name is None:
        option.value = None
    else:
        if name not in SHADOW_MODELS:
            raise ValueError(f"只有 {', '.join(SHADOW_MODELS)} 可以影子运行")
        found = ModelRegistry(models_dir).get(name, version)  # ConfigError when unknown
        option.value = {"name": name, "version": found.version, "ref": found.ref}
    session.add(option)
    session.flush()
    return option.value


def score_documents(session: Session, models_dir: Path, documents: list[Document]) -> int:
    """Score stored documents with the candidate; returns how many were scored."""
    chosen = candidate(session)
    if chosen is None or not documents:
        return 0
    from analysis.scoring.learned import LearnedScorer

    folder = ModelRegistry(models_dir).get(chosen["name"], chosen["version"]).path
    records = [DocumentRecord.model_validate(document.record) for document in documents]
    LearnedScorer(folder=folder).score(records)
    for document, record in zip(documents, records, strict=True):
        scores = record.scores.model_dump(mode="json") if record.scores else {}
        session.add(ShadowScore(document_pk=document.id, candidate=chosen["ref"],
                                priority=float(scores.get("priority", 0.0)), scores=scores))
    session.flush()
    return len(records)


def score_quietly(session: Session, models_dir: Path, documents: list[Document]) -> None:
    """Shadow scoring never fails an upload: errors are logged only."""
    try:
        with session.begin_nested():
            score_documents(session, models_dir, documents)
    except Exception:  # the candidate is optional; the main scores are already stored
        log.exception("shadow scoring failed")


def compare(session: Session, ref: str | None = None, top: int = 10) -> dict[str, Any]:
    """Agreement (same side of 0.5), mean and mean absolute priority shift, top moved documents."""
    chosen = candidate(session)
    ref = ref or (chosen or {}).get("ref")
    if ref is None:
        return {"candidate": None, "documents": 0}
    rows = session.execute(select(ShadowScore.priority, Clue.priority, Clue.id, Document.document_id,
                                  Document.title)
                           .join(Document, Document.id == ShadowScore.document_pk)
                           .join(Clue, Clue.document_pk == Document.id)
                           .where(ShadowScore.candidate == ref)).all()
    if not rows:
        return {"candidate": ref, "documents": 0}
    shifts = [shadow - main for shadow, main, *_ in rows]
    agree = sum((shadow >= AGREEMENT_THRESHOLD) == (main >= AGREEMENT_THRESHOLD) for shadow, main, *_ in rows)
    moved = sorted(rows, key=lambda row: -abs(row[0] - row[1]))[:top]
    return {"candidate": ref, "documents": len(rows), "agreement": round(agree / len(rows), 4),
            "mean_shift": round(sum(shifts) / len(shifts), 4),
            "mean_abs_shift": round(sum(abs(s) for s in shifts) / len(shifts), 4),
            "top_moved": [{"clue_id": clue_id, "document_id": doc_id, "title": title,
                           "priority": round(main, 4), "candidate_priority": round(shadow, 4)}
                          for shadow, main, clue_id, doc_id, title in moved]}
