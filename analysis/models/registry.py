"""Model versions on disk, with the promoted version per model name and its history.

Layout::

    models/
      registry.json            {"models": {"domain-clf": {"promoted": "2", "history": ["1", "2"]}}}
      domain-clf/1/card.json   data hash, labels, label counts, metrics, library versions, config
      domain-clf/1/...         the artefacts (skops files, spaCy folders)

``promote`` pushes a version on the name's history and makes it the one in use; ``rollback``
pops it and restores the previous one exactly (the artefacts are never rewritten). The
service and the pipeline load the promoted version; every record names it in its provenance
as ``"<name>/<version>"``.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from analysis.errors import ConfigError

REGISTRY_FILE = "registry.json"
CARD_FILE = "card.json"


def default_models_dir() -> Path:
    """``LEADMINER_MODELS_DIR`` or the repository's ``models/`` folder."""
    configured = os.environ.get("LEADMINER_MODELS_DIR")
    return Path(configured) if configured else Path(__file__).resolve().parents[2] / "models"


@dataclass(frozen=True)
class ModelVersion:
    name: str
    version: str
    path: Path

    @property
    def ref(self) -> str:
        return f"{self.name}/{self.version}"

    def card(self) -> dict[str, Any]:
        return json.loads((self.path / CARD_FILE).read_text(encoding="utf-8"))


class ModelRegistry:
    """List, create, promote and roll back model versions under one folder."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root) if root else default_models_dir()

    # ── reading ──────────────────────────────────────────────────────────
    def names(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if p.is_dir() and self.versions(p.name))

    def versions(self, name: str) -> list[str]:
        folder = self.root / name
        if not folder.is_dir():
            return []
        found = [p.name for p in folder.iterdir() if p.is_dir() and (p / CARD_FILE).is_file()]
        return sorted(found, key=_version_key)

    def get(self, name: str, version: str | None = None) -> ModelVersion:
        """A version, or the promoted one when ``version`` is None."""
        version = str(version) if version is not None else self.promoted(name)
        if version is None or version not in self.versions(name):
            known = ", ".join(f"{n}/{v}" for n in self.names() for v in self.versions(n)) or "（无）"
            raise ConfigError("E903", f"模型“{name}/{version}”不存在或尚未发布。可用的有：{known}",
                              detail=f"{name}/{version}")
        return ModelVersion(name, version, self.root / name / version)

    def promoted(self, name: str) -> str | None:
        return self._state().get(name, {}).get("promoted")

    def history(self, name: str) -> list[str]:
        return list(self._state().get(name, {}).get("history", []))

    def list(self) -> list[dict[str, Any]]:
        """One row per version: name, version, promoted, created, headline metrics."""
        rows = []
        for name in self.names():
            in_use = self.promoted(name)
            for version in self.versions(name):
                card = ModelVersion(name, version, self.root / name / version).card()
                rows.append({"name": name, "version": version, "promoted": version == in_use,
                             "created": card.get("created"), "backend": card.get("backend"),
                             "metrics": card.get("headline_metrics", {})})
        return rows

    # ── writing ──────────────────────────────────────────────────────────
    def new_version(self, name: str) -> ModelVersion:
        """Create the folder of the next version number (artefacts and card written by the caller)."""
        existing = [int(v) for v in self.versions(name) if v.isdigit()]
        folder = self.root / name
        taken = {p.name for p in folder.iterdir()} if folder.is_dir() else set()
        number = max(existing, default=0) + 1
        while str(number) in taken:
            number += 1
        path = folder / str(number)
        path.mkdir(parents=True)
        return ModelVersion(name, str(number), path)

    def write_card(self, version: ModelVersion, card: dict[str, Any]) -> None:
        card = {"name": version.name, "version": version.version,
                "created": datetime.now(timezone.utc).isoformat(timespec="seconds"), **card}
        _atomic_write(version.path / CARD_FILE, card)

    def promote(self, name: str, version: str) -> ModelVersion:
        target = self.get(name, str(version))
        state = self._state()
        entry = state.setdefault(name, {"promoted": None, "history": []})
        if entry.get("promoted") != target.version:
            entry["history"] = [*entry.get("history", []), target.version]
            entry["promoted"] = target.version
        self._save(state)
        return target

    def rollback(self, name: str) -> ModelVersion:
        """Restore the version promoted before the current one."""
        state = self._state()
        history = state.get(name, {}).get("history", [])
        if len(history) < 2:
            raise ConfigError("E903", f"模型“{name}”没有可以回退到的上一个版本。", detail=name)
        history = history[:-1]
        state[name] = {"promoted": history[-1], "history": history}
        self._save(state)
        return self.get(name)

    # ── storage ──────────────────────────────────────────────────────────
    def _state(self) -> dict[str, Any]:
        path = self.root / REGISTRY_FILE
        if not path.is_file():
            return {}
        return json.loads(path.read_text(encoding="utf-8")).get("models", {})

    def _save(self, state: dict[str, Any]) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        _atomic_write(self.root / REGISTRY_FILE, {"models": dict(sorted(state.items()))})


def _version_key(version: str) -> tuple[int, str]:
    return (int(version), "") if version.isdigit() else (10**9, version)


def _atomic_write(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
    os.replace(tmp, path)
