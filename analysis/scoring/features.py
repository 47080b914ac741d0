"""Features of a record for the learned scorer: rule outputs, extracted fields, and the text.

The rule outputs carry most of the signal (and all of the explanation); extracted amounts and
the domain let the model weigh them; character n-grams of the text catch wording the rules
do not know yet.
"""

from __future__ import annotations

import math

from analysis.record import DocumentRecord, Finding, Scores

KINDS = ("criminal_transfer", "public_interest", "enforcement_irregularity")
ROLES = ("fine", "confiscated_gains", "illegal_gains", "goods_value", "sales_amount", "tax_evaded", "damage")
TEXT_LIMIT = 6000  # characters of text fed to the n-gram vectorizer (decisions are short)


def record_features(record: DocumentRecord) -> dict[str, float]:
    """Numeric features keyed by name (a ``DictVectorizer`` row)."""
    features: dict[str, float] = {}
    for found in record.findings:
        _add_finding(features, found)
    fields = record.fields
    if fields is not None:
        for role in ROLES:
            values = [amount.value for amount in fields.amounts if amount.role == role]
            if values:
                features[f"amount:{role}"] = math.log1p(max(values))
        features["statutes"] = float(len(fields.statutes))
        features["quantities"] = float(len(fields.quantities))
        for penalty in fields.penalties:
            features[f"penalty:{penalty.kind}"] = 1.0
    if record.classification is not None:
        features[f"domain={record.classification.domain}"] = 1.0
    if record.provenance.config.get("screening_notes"):
        features["transferred_or_declined"] = 1.0
    return features


def _add_finding(features: dict[str, float], found: Finding) -> None:
    key = f"kind:{found.kind}"
    features[key] = max(features.get(key, 0.0), found.confidence)
    features[f"count:{found.kind}"] = features.get(f"count:{found.kind}", 0.0) + 1.0
    features[f"rule:{found.rule}"] = max(features.get(f"rule:{found.rule}", 0.0), found.confidence)
    if found.observed is not None and found.threshold:
        ratio = math.log(max(found.observed, 1e-9) / found.threshold)
        features[f"gap:{found.kind}"] = max(features.get(f"gap:{found.kind}", -9.0), ratio)


def model_input(record: DocumentRecord) -> dict:
    """One sample for ``LeadScorer``: the record's text and its numeric features."""
    return {"text": record.text[:TEXT_LIMIT], "features": record_features(record)}


def priority_of(criminal_transfer: float, public_interest: float, enforcement_irregularity: float) -> float:
    """Probability the document holds at least one lead (noisy-OR of the kind scores)."""
    miss = (1 - criminal_transfer) * (1 - public_interest) * (1 - enforcement_irregularity)
    return round(1 - miss, 4)


def rule_scores(record: DocumentRecord) -> Scores:
    """Scores from the rules alone: per kind the strongest finding's confidence."""
    best = dict.fromkeys(KINDS, 0.0)
    for found in record.findings:
        if found.kind in best:
            best[found.kind] = max(best[found.kind], found.confidence)
    repeat = any(found.kind == "repeat_offender" for found in record.findings)
    priority = priority_of(*(best[kind] for kind in KINDS))
    if repeat:
        priority = max(priority, 0.3)
    return Scores(**{kind: round(value, 4) for kind, value in best.items()}, priority=priority)
