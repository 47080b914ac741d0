"""Model registry: versions, cards, promote and rollback."""

from __future__ import annotations

import pytest

from analysis.errors import ConfigError
from analysis.models import ModelRegistry


def _make(registry: ModelRegistry, name: str, payload: str):
    version = registry.new_version(name)
    (version.path / "weights.txt").write_text(payload, encoding="utf-8")
    registry.write_card(version, {"backend": "test", "headline_metrics": {"macro_f1": len(payload) / 10}})
    return version


def test_versions_are_numbered_and_listed(tmp_path):
    registry = ModelRegistry(tmp_path)
    first, second = _make(registry, "domain-clf", "a"), _make(registry, "domain-clf", "bb")
    assert (first.version, second.version) == ("1", "2")
    assert registry.versions("domain-clf") == ["1", "2"]
    rows = registry.list()
    assert [(r["version"], r["promoted"]) for r in rows] == [("1", False), ("2", False)]
    assert rows[1]["metrics"] == {"macro_f1": 0.2}


def test_promote_then_rollback_restores_previous_version_exactly(tmp_path):
    registry = ModelRegistry(tmp_path)
    _make(registry, "domain-clf", "version one")
    _make(registry, "domain-clf", "version two")
    registry.promote("domain-clf", "1")
    before = registry.get("domain-clf")
    before_bytes = (before.path / "weights.txt").read_bytes()
    before_card = before.card()
    registry.promote("domain-clf", "2")
    assert registry.get("domain-clf").ref == "domain-clf/2"
    restored = registry.rollback("domain-clf")
    assert restored.ref == "domain-clf/1" == registry.get("domain-clf").ref
    assert (restored.path / "weights.txt").read_bytes() == before_bytes
    assert restored.card() == before_card
    assert registry.history("domain-clf") == ["1"]


def test_rollback_without_previous_version_is_a_coded_error(tmp_path):
    registry = ModelRegistry(tmp_path)
    _make(registry, "domain-clf", "x")
    registry.promote("domain-clf", "1")
    with pytest.raises(ConfigError) as caught:
        registry.rollback("domain-clf")
    assert caught.value.code == "E903"


def test_unknown_or_unpromoted_model_lists_known_versions(tmp_path):
    registry = ModelRegistry(tmp_path)
    _make(registry, "domain-clf", "x")
    with pytest.raises(ConfigError) as caught:
        registry.get("domain-clf")  # nothing promoted yet
    assert "domain-clf/1" in caught.value.message
    with pytest.raises(ConfigError):
        registry.promote("domain-clf", "7")


def test_promoting_the_same_version_twice_keeps_one_history_entry(tmp_path):
    registry = ModelRegistry(tmp_path)
    _make(registry, "ner", "x")
    registry.promote("ner", "1")
    registry.promote("ner", "1")
    assert registry.history("ner") == ["1"]
