"""Pipeline component ``classify.domain.v1``: fills ``record.classification``.

Uses the PROMOTED ``domain-clf`` version of the model registry and names it in
``record.provenance.models["domain"]`` (e.g. ``"domain-clf/3"``), so every record says which
model classified it. A missing model is recorded on the record as E903, not raised.
"""

from __future__ import annotations

from analysis.classify.domain_model import DomainModel, load_domain_model
from analysis.pipeline import COMPONENTS
from analysis.record import Classification, DocumentRecord


@COMPONENTS.register("classify.domain.v1")
class DomainClassifier:
    name = "classify.domain.v1"
    requires = ("text",)
    assigns = ("classification", "provenance.models.domain")

    def __init__(self, model: DomainModel | None = None) -> None:
        self._model = model

    @property
    def model(self) -> DomainModel:
        if self._model is None:
            self._model = load_domain_model()
        return self._model

    def __call__(self, record: DocumentRecord) -> DocumentRecord:
        if not record.text.strip():
            return record
        model = self.model
        domains, violations = model.predict([record.text])
        domain = domains[0]
        violation = violations[0] if violations else None
        record.classification = Classification(
            domain=domain.label, confidence=round(domain.confidence, 4),
            violation=violation.label if violation else None,
            violation_confidence=round(violation.confidence, 4) if violation else None,
            producer=model.ref)
        record.provenance.models["domain"] = model.ref
        return record
