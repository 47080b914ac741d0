"""Reviewer labels fix a systematic error: retraining with 200 reviewed documents repairs it.

The generated training labels carry a systematic error (every tobacco decision labelled
``market``). A reviewer works through 200 documents the current model calls ``market`` and
records the true domain as labels (origin ``review``); the retrained model must then recognise
tobacco decisions on held-out data, which the first model never does.
"""

from __future__ import annotations

import copy

import pytest

from analysis.classify.data import load_review_labels
from analysis.classify.domain_model import DomainModel
from analysis.classify.training import TrainOptions, splits, train_models
from analysis.labels import LabeledDocument, write_jsonl
from analysis.models import ModelRegistry

from .conftest import generated_examples


def _tobacco_recall(model: DomainModel, held_out) -> float:
    tobacco = [e for e in held_out if e.domain == "tobacco"]
    predicted, _ = model.predict([e.text for e in tobacco])
    return sum(p.label == "tobacco" for p in predicted) / len(tobacco)


@pytest.mark.slow  # two trainings and 1,000 generated decisions: ~25 s CPU
def test_two_hundred_review_labels_repair_a_systematic_error(small_corpus, tmp_path):
    _, _, held_out = splits(small_corpus)
    held_out = held_out + [e for e in generated_examples(400, seed=23) if e.domain == "tobacco"][:10]
    corrupted = []
    for example in small_corpus:
        wrong = copy.copy(example)
        if wrong.domain == "tobacco":
            wrong.domain = "market"
        corrupted.append(wrong)
    registry = ModelRegistry(tmp_path / "models")
    options = TrainOptions(compare_spacy=False, train_ner=False)
    first = train_models(corrupted, registry, options)
    registry.promote("domain-clf", first.domain.version)
    before = _tobacco_recall(DomainModel(first.domain), held_out)

    pool = generated_examples(600, seed=29)
    predicted, _ = DomainModel(first.domain).predict([e.text for e in pool])
    queue = [e for e, p in zip(pool, predicted, strict=True) if p.label == "market"][:200]
    assert any(e.domain == "tobacco" for e in queue)
    (tmp_path / "labeled").mkdir()
    write_jsonl(tmp_path / "labeled" / "reviews.jsonl", [
        LabeledDocument.model_validate({"document_id": e.doc_id, "text": e.text, "origin": "review",
                                        "annotator": "prosecutor-1",
                                        "gold": {"classification": {"domain": e.domain,
                                                                    "violation": e.violation}}})
        for e in queue])
    reviewed = load_review_labels(tmp_path / "labeled")
    assert len(reviewed) == len(queue) and all(e.split == "train" for e in reviewed)

    second = train_models(corrupted + reviewed, registry, options)
    after = _tobacco_recall(DomainModel(second.domain), held_out)
    assert before == 0.0
    assert after >= 0.8
    assert second.card["label_counts"]["origin"]["review"] == len(queue)
    assert second.card["comparison_with_promoted"]["promoted"]["ref"] == first.domain.ref
