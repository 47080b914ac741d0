"""Retraining in a process pool gives the same models as the serial path: the lead scorer's
document analysis in chunks across workers, the NER in a worker beside the classifier."""

from __future__ import annotations

import multiprocessing
import shutil
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from analysis.models import ModelRegistry
from analysis.scoring.learned import MODEL_NAME
from analysis.scoring.training import train_from_rows

REPO_MODELS = Path(__file__).resolve().parents[2] / "models"


def _rows(n: int, seed: int) -> list:
    from service.cli.train import _generated

    return _generated(n, seed)[1]


@pytest.fixture(scope="module")
def pool():
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("spawn")) as executor:
        yield executor


def test_lead_scorer_trained_from_pooled_analysis_equals_the_serial_one(tmp_path, pool):
    rows = _rows(70, seed=13)
    cards, timings = [], {}
    for executor in (None, pool):
        models = tmp_path / f"models-{executor is None}"
        shutil.copytree(REPO_MODELS, models)
        version, card = train_from_rows(rows, registry=ModelRegistry(models), executor=executor, timings=timings)
        assert ModelRegistry(models).promoted(MODEL_NAME) != version.version
        cards.append(card)
        assert timings["lead_scorer_analysis_cpu"] > 0
    serial, pooled = cards
    assert pooled["data_hash"] == serial["data_hash"]
    assert pooled["metrics"] == serial["metrics"]
    assert pooled["label_counts"] == serial["label_counts"]


@pytest.mark.slow
def test_ner_trained_in_a_worker_is_a_new_version_with_its_card(tmp_path, pool, small_corpus_for_ner):
    from analysis.classify.training import TrainOptions, train_models

    registry = ModelRegistry(tmp_path / "models")
    result = train_models(small_corpus_for_ner, registry, TrainOptions(executor=pool), source="pool")
    assert result.ner is not None and registry.versions("party-ner") == [result.ner.version]
    card = result.ner.card()
    assert card["headline_metrics"]["ents_f1"] > 0.5
    assert result.timings["spacy_ner_cpu"] > 0 and "spacy_textcat" not in result.timings
    assert result.card["backend"] == "sklearn" and set(result.card["candidates"]) == {"sklearn"}


@pytest.fixture(scope="module")
def small_corpus_for_ner():
    from tests.classify.conftest import generated_examples

    return generated_examples(160, seed=17)
