"""Cut a labeled document to a prefix of its text (a single-page image of a longer decision).

Spans that end after the cut are dropped; leads keep only evidence inside the prefix and a
document-level lead with no evidence left is dropped (the image does not show it). Group
leads stay: they come from other documents.
"""

from __future__ import annotations

from analysis.labels import LabeledDocument


def _inside(item, cut: int) -> bool:
    return item.end <= cut


def truncate_document(document: LabeledDocument, cut: int) -> LabeledDocument:
    gold = document.gold.model_copy(deep=True)
    fields = gold.fields
    for name in ("title", "decision_number", "agency", "decision_date"):
        item = getattr(fields, name)
        if item is not None and not _inside(item, cut):
            setattr(fields, name, None)
    fields.parties = [p for p in fields.parties if _inside(p, cut)]
    fields.amounts = [a for a in fields.amounts if _inside(a, cut)]
    fields.quantities = [q for q in fields.quantities if _inside(q, cut)]
    fields.statutes = [s for s in fields.statutes if _inside(s, cut)]
    fields.penalties = [p for p in fields.penalties if _inside(p, cut)]
    fields.sections = {k: [v[0], min(v[1], cut)] for k, v in fields.sections.items() if v[0] < cut}
    leads = []
    for lead in gold.leads:
        kept = [span for span in lead.evidence if span.end <= cut]
        if lead.scope == "group" or kept:
            leads.append(lead.model_copy(update={"evidence": kept}))
    gold.leads = leads
    meta = {**document.meta, "truncated_at": cut, "full_length": len(document.text)}
    return document.model_copy(update={"text": document.text[:cut], "gold": gold, "meta": meta})
