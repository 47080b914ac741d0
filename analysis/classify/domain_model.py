"""A saved domain-classifier version: domain model (sklearn or spaCy textcat) + violation model.

Folder of a ``domain-clf`` version::

    card.json          backend ("sklearn" | "spacy"), labels, metrics, data hash, versions
    domain.skops       sklearn domain classifier (backend sklearn)
    textcat/           spaCy textcat pipeline (backend spacy)
    violation.skops    sklearn violation-type classifier (always)
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from analysis.classify.baseline import Prediction, TextClassifier
from analysis.models import ModelRegistry, ModelVersion

DOMAIN_MODEL_NAME = "domain-clf"
NER_MODEL_NAME = "party-ner"


class DomainModel:
    """Predicts ``(domain, violation)`` for texts with the artefacts of one version."""

    def __init__(self, version: ModelVersion) -> None:
        self.version = version
        self.card = version.card()
        self.backend = self.card.get("backend", "sklearn")
        if self.backend == "spacy":
            from analysis.classify.spacy_models import SpacyTextClassifier, load_pipeline

            self.domain = SpacyTextClassifier(load_pipeline(version.path / "textcat"))
        else:
            self.domain = TextClassifier.load(version.path / "domain.skops")
        violation_path = version.path / "violation.skops"
        self.violation = TextClassifier.load(violation_path) if violation_path.is_file() else None

    @property
    def ref(self) -> str:
        return self.version.ref

    @property
    def violation_labels(self) -> list[str]:
        return self.violation.labels if self.violation is not None else []

    def predict(self, texts: Sequence[str]) -> tuple[list[Prediction], list[Prediction] | None]:
        domains = self.domain.predict(texts)
        violations = self.violation.predict(texts) if self.violation is not None else None
        return domains, violations


_cache: dict[tuple[str, str], DomainModel] = {}
_lock = threading.Lock()


def load_domain_model(registry: ModelRegistry | None = None, version: str | None = None) -> DomainModel:
    """The promoted (or given) ``domain-clf`` version, loaded once per process."""
    registry = registry or ModelRegistry()
    found = registry.get(DOMAIN_MODEL_NAME, version)
    key = (str(Path(found.path).resolve()), found.ref)
    with _lock:
        if key not in _cache:
            _cache[key] = DomainModel(found)
        return _cache[key]
