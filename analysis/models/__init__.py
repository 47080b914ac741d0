"""The on-disk model registry: ``models/<name>/<version>/card.json`` and ``models/registry.json``."""

from analysis.models.registry import ModelRegistry, ModelVersion, default_models_dir

__all__ = ["ModelRegistry", "ModelVersion", "default_models_dir"]
