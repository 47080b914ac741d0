"""The learned lead scorer: a calibrated scikit-learn model over rule outputs, fields and text.

``LeadScorer`` follows the estimator contract (``fit`` returns self, fitted attributes end in
``_``, ``random_state``): one calibrated logistic regression per lead kind over character
n-gram TF-IDF of the text plus the numeric features of ``analysis.scoring.features``. It is
persisted with skops (never bare pickle) in ``models/lead-scorer/<version>/`` beside a model
card (``card.json``). The rules stay the explanation: the model only orders the queue.

The ``score.learned.v1`` component fills ``record.scores`` from the newest model, or from the
rules with a recorded note when no model is installed.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import MaxAbsScaler

from analysis.pipeline import COMPONENTS
from analysis.record import DocumentRecord, Scores
from analysis.scoring.features import KINDS, model_input, priority_of, rule_scores

MODEL_NAME = "lead-scorer"
MODEL_FILE = "model.skops"
CARD_FILE = "card.json"
TRUSTED_PREFIXES = ("sklearn.", "numpy.", "scipy.", "builtins.", "collections.", "analysis.scoring.learned.")


class LeadScorer(BaseEstimator):
    """Per-kind calibrated probabilities for samples ``{"text": str, "features": dict}``."""

    def __init__(self, ngram_range: tuple[int, int] = (1, 2), max_features: int = 4000, C: float = 2.0,
                 calibration_folds: int = 3, random_state: int = 0) -> None:
        self.ngram_range = ngram_range
        self.max_features = max_features
        self.C = C
        self.calibration_folds = calibration_folds
        self.random_state = random_state

    def _matrix(self, samples: list[dict], fit: bool = False) -> sparse.csr_matrix:
        texts = [sample["text"] for sample in samples]
        features = [sample["features"] for sample in samples]
        if fit:
            self.text_vectorizer_ = TfidfVectorizer(analyzer="char", ngram_range=tuple(self.ngram_range),
                                                    max_features=self.max_features, sublinear_tf=True,
                                                    min_df=2, dtype=np.float32)
            self.feature_vectorizer_ = DictVectorizer()
            self.feature_scaler_ = MaxAbsScaler()
            text_part = self.text_vectorizer_.fit_transform(texts)
            feature_part = self.feature_scaler_.fit_transform(self.feature_vectorizer_.fit_transform(features))
        else:
            text_part = self.text_vectorizer_.transform(texts)
            feature_part = self.feature_scaler_.transform(self.feature_vectorizer_.transform(features))
        return sparse.hstack([text_part, feature_part * 2.0]).tocsr()

    def fit(self, samples: list[dict], labels: np.ndarray) -> LeadScorer:
        """``labels``: an ``(n, 3)`` 0/1 array, columns in ``KINDS`` order."""
        labels = np.asarray(labels, dtype=int)
        matrix = self._matrix(samples, fit=True)
        self.kinds_ = list(KINDS)
        self.models_: list[CalibratedClassifierCV | None] = []
        self.priors_ = labels.mean(axis=0).astype(float).tolist()
        for column in range(labels.shape[1]):
            y = labels[:, column]
            minority = int(min(y.sum(), len(y) - y.sum()))
            if minority < 2:
                self.models_.append(None)  # one class only: the prior is the best estimate
                continue
            base = LogisticRegression(C=self.C, solver="liblinear", max_iter=500, class_weight="balanced",
                                      random_state=self.random_state)
            model = CalibratedClassifierCV(base, method="sigmoid", cv=min(self.calibration_folds, minority),
                                           ensemble=False)  # one model per kind: small and fast
            self.models_.append(model.fit(matrix, y))
        return self

    def predict_proba(self, samples: list[dict]) -> np.ndarray:
        matrix = self._matrix(samples)
        columns = []
        for prior, model in zip(self.priors_, self.models_, strict=True):
            columns.append(np.full(matrix.shape[0], prior) if model is None else model.predict_proba(matrix)[:, 1])
        return np.column_stack(columns)

    def score_records(self, records: list[DocumentRecord]) -> list[Scores]:
        probabilities = self.predict_proba([model_input(record) for record in records])
        scores = []
        for row in probabilities:
            values = {kind: round(float(value), 4) for kind, value in zip(self.kinds_, row, strict=True)}
            scores.append(Scores(**values, priority=priority_of(*values.values())))
        return scores


def save_scorer(scorer: LeadScorer, folder: Path) -> Path:
    import skops.io as sio

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / MODEL_FILE
    sio.dump(scorer, path)
    return path


def load_scorer(folder: Path) -> LeadScorer:
    """Load a skops file, trusting only scikit-learn/numpy/scipy types and ``LeadScorer``."""
    import skops.io as sio

    path = folder / MODEL_FILE
    untrusted = sio.get_untrusted_types(file=path)
    unexpected = [name for name in untrusted if not name.startswith(TRUSTED_PREFIXES)]
    if unexpected:
        raise ValueError(f"模型文件包含不受信任的类型：{unexpected}")
    return sio.load(path, trusted=untrusted)


def installed_version(root: Path | None = None) -> Path | None:
    """Folder of the promoted ``lead-scorer`` version (the model registry), None if none."""
    from analysis.errors import ConfigError
    from analysis.models.registry import ModelRegistry

    try:
        return ModelRegistry(root).get(MODEL_NAME).path
    except ConfigError:
        return None


@lru_cache(maxsize=4)
def _cached(folder: str) -> LeadScorer:
    return load_scorer(Path(folder))


@COMPONENTS.register("score.learned.v1")
class LearnedScorer:
    """Fills ``record.scores`` from the newest lead-scorer model (rule-derived without one)."""

    name = "score.learned.v1"
    requires = ("findings", "fields", "text")
    assigns = ("scores",)

    def __init__(self, folder: Path | None = None, *, rules_only: bool = False) -> None:
        self.folder = None if rules_only else folder or installed_version()
        self.scorer = _cached(str(self.folder)) if self.folder else None

    def __call__(self, record: DocumentRecord) -> DocumentRecord:
        return self.score([record])[0]

    def score(self, records: list[DocumentRecord]) -> list[DocumentRecord]:
        """Score many records at once (one matrix, much faster than one by one)."""
        if not records:
            return records
        if self.scorer is None:
            for record in records:
                record.scores = rule_scores(record)
                record.provenance.models[MODEL_NAME] = "rules-only"
                record.provenance.config[MODEL_NAME] = "未安装排序模型，分数取自规则置信度"
            return records
        for record, scores in zip(records, self.scorer.score_records(records), strict=True):
            record.scores = _keep_rule_floor(record, scores)
            record.provenance.models[MODEL_NAME] = f"{MODEL_NAME}/{self.folder.name}"
        return records


def _keep_rule_floor(record: DocumentRecord, scores: Scores) -> Scores:
    """A kind the rules found keeps at least half the finding's confidence: the model ranks,
    it does not silence an explained rule finding."""
    floor = rule_scores(record)
    values = {kind: max(getattr(scores, kind), round(getattr(floor, kind) * 0.5, 4)) for kind in KINDS}
    return Scores(**values, priority=priority_of(*values.values()))
