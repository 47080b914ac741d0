"""``leadminer train`` retrains the lead scorer too: a new, unpromoted version whose card
compares it with the promoted lead scorer on the same held-out split."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from analysis.models import ModelRegistry
from analysis.scoring.learned import MODEL_NAME

REPO_MODELS = Path(__file__).resolve().parents[2] / "models"


def _registry_copy(tmp_path: Path) -> Path:
    """A copy of the committed registry (the repo's models/ is only read)."""
    target = tmp_path / "models"
    shutil.copytree(REPO_MODELS, target)
    return target


def test_train_writes_an_unpromoted_lead_scorer_compared_with_the_promoted_one(tmp_path):
    from service.cli.main import app

    models = _registry_copy(tmp_path)
    before = ModelRegistry(models)
    promoted, versions = before.promoted(MODEL_NAME), before.versions(MODEL_NAME)
    assert promoted is not None, "the committed registry has a promoted lead scorer"
    (tmp_path / "labeled").mkdir()

    result = CliRunner().invoke(app, ["train", "--n", "60", "--seed", "3", "--no-spacy", "--no-ner",
                                      "--models", str(models), "--labeled", str(tmp_path / "labeled"),
                                      "--report", str(tmp_path / "train.md")])

    assert result.exit_code == 0, result.output
    after = ModelRegistry(models)
    new = [v for v in after.versions(MODEL_NAME) if v not in versions]
    assert len(new) == 1
    assert after.promoted(MODEL_NAME) == promoted, "train never promotes without --promote"
    card = json.loads((after.get(MODEL_NAME, new[0]).path / "card.json").read_text(encoding="utf-8"))
    assert card["data_source"].startswith("corpora.generator n=60 seed=3")
    assert len(card["data_hash"]) == 64
    counts = card["label_counts"]
    assert sum(split["documents"] for split in counts.values()) == 60
    assert counts.get("dev", {}).get("documents", 0) + counts.get("test", {}).get("documents", 0) > 0
    comparison = card["comparison_with_promoted"]
    assert comparison["promoted"]["version"] == promoted
    for key, value in card["headline_metrics"].items():
        assert value is not None
        assert comparison["delta"][key] == round(value - comparison["promoted"][key], 4)
    report = (tmp_path / "train.md").read_text(encoding="utf-8")
    assert f"Lead scorer lead-scorer/{new[0]}" in report and f"'version': '{promoted}'" in report


def test_no_scorer_leaves_the_lead_scorer_alone(tmp_path):
    from service.cli.main import app

    models = _registry_copy(tmp_path)
    versions = ModelRegistry(models).versions(MODEL_NAME)
    result = CliRunner().invoke(app, ["train", "--n", "60", "--seed", "3", "--no-spacy", "--no-ner",
                                      "--no-scorer", "--models", str(models)])
    assert result.exit_code == 0, result.output
    assert ModelRegistry(models).versions(MODEL_NAME) == versions
