"""Shared fixtures: a small generated corpus and a quickly trained baseline registry."""

from __future__ import annotations

import pytest

from analysis.classify.data import LabeledText, from_row


def generated_examples(n: int, seed: int) -> list[LabeledText]:
    from corpora.generator import generate

    examples = []
    for decision in generate(n, seed):
        example = from_row({"document_id": getattr(decision, "document_id", None), "text": decision.text,
                            "split": _split(decision), "gold": decision.gold})
        assert example is not None, "every generated decision carries a gold domain"
        examples.append(example)
    return examples


@pytest.fixture(scope="session")
def small_corpus() -> list[LabeledText]:
    return generated_examples(240, seed=11)


@pytest.fixture(scope="session")
def trained_registry(small_corpus, tmp_path_factory):
    """A registry with one baseline-only domain-clf version trained on the small corpus."""
    from analysis.classify.training import TrainOptions, train_models
    from analysis.models import ModelRegistry

    registry = ModelRegistry(tmp_path_factory.mktemp("models"))
    result = train_models(small_corpus, registry,
                          TrainOptions(compare_spacy=False, train_ner=False), source="test")
    registry.promote(result.domain.name, result.domain.version)
    return registry, result


def _split(decision) -> str:
    """The corpus writer's group-safe split (a repeat-offender group never straddles splits)."""
    from corpora.generator.corpus import split_of

    gold = decision.gold
    return gold.split or split_of(gold.case_group or gold.document_id)
