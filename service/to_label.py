"""The "to label" (待标注) queue: unlabeled documents the models are least sure about, mixed
with a fixed share of randomly drawn ones (``analysis.learning.active.to_label_queue``).

Labeling only the uncertain documents would bias the label store towards the decision
boundary; the random share keeps it representative, so calibration and recall can still be
measured on the labels. A document leaves the queue once it has a final label (a disposition,
a correction or an imported label).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from analysis.learning.active import to_label_queue, uncertainty
from service.db.models import Clue, Document, LabelRow

REASON_LABELS = {"uncertain": "不确定", "random": "随机抽样"}
SCORE_KINDS = ("priority", "criminal_transfer", "public_interest", "enforcement_irregularity")


def unlabeled_scores(session: Session, kind: str = "priority") -> dict[str, tuple[Clue, Document]]:
    """Every analysed document without a final label, with its clue (which holds the scores)."""
    if kind not in SCORE_KINDS:
        raise ValueError(f"未知的评分类型：{kind}（可选：{'、'.join(SCORE_KINDS)}）")
    labeled = select(LabelRow.document_id).where(LabelRow.final.is_(True))
    rows = session.execute(select(Clue, Document).join(Document, Clue.document_pk == Document.id)
                           .where(Document.status != "failed", Document.document_id.not_in(labeled)))
    return {document.document_id: (clue, document) for clue, document in rows}


def queue(session: Session, *, size: int, random_share: float = 0.2, kind: str = "priority",
          seed: int = 0) -> list[dict[str, Any]]:
    """The next ``size`` documents to label, each with why it was chosen."""
    candidates = unlabeled_scores(session, kind)
    scores = {doc_id: float(getattr(clue, kind)) for doc_id, (clue, _doc) in candidates.items()}
    items = []
    for doc_id, reason in to_label_queue(scores, size=size, random_share=random_share, seed=seed):
        clue, document = candidates[doc_id]
        items.append({
            "document_id": doc_id, "clue_id": clue.id, "name": document.name,
            "decision_number": document.decision_number,
            "agency": document.issuing_agency or document.agency,
            "priority": clue.priority, "score": scores[doc_id],
            "uncertainty": round(uncertainty(scores[doc_id]), 4),
            "reason": reason, "reason_label": REASON_LABELS[reason]})
    return items
