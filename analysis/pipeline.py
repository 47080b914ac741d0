"""The analysis pipeline: ingest, then an ordered list of components over one record.

A component is a callable ``component(record) -> record`` with a versioned ``name`` and
the parts of the record it ``requires`` and ``assigns`` (as in spaCy's pipeline). Each
component is registered in ``COMPONENTS`` under its versioned name; a pipeline is a list of
names, saved into every record's provenance so that the record says how it was made.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Protocol

from analysis import __version__
from analysis.errors import LeadMinerError
from analysis.record import DocumentRecord
from analysis.registry import Registry
from analysis.settings import AnalysisSettings


class Component(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, record: DocumentRecord) -> DocumentRecord: ...


COMPONENTS: Registry[Callable[[], Component]] = Registry("pipeline component")

# Modules that register built-in components when imported.
BUILTIN_COMPONENT_MODULES: tuple[str, ...] = (
    "analysis.text.normalize",
    "analysis.extract.component",
    "analysis.classify.component",
    "analysis.scoring.rules.engine",
    "analysis.scoring.learned",
)

DEFAULT_COMPONENTS: tuple[str, ...] = (
    "normalize.text",
    "extract.fields",
    "classify.domain",
    "score.rules",
    "score.learned",
)


def load_builtin_components() -> None:
    for module in BUILTIN_COMPONENT_MODULES:
        importlib.import_module(module)


class Pipeline:
    """An ordered list of components applied to each ingested record."""

    def __init__(self, names: Iterable[str] | None = None,
                 settings: AnalysisSettings | None = None) -> None:
        load_builtin_components()
        self.settings = settings or AnalysisSettings()
        wanted = tuple(DEFAULT_COMPONENTS if names is None else names)
        self.names = [COMPONENTS.resolve_name(name) for name in wanted]
        self.components = [COMPONENTS.get(name)() for name in self.names]

    def __call__(self, record: DocumentRecord) -> DocumentRecord:
        record.provenance.leadminer = __version__
        for name, component in zip(self.names, self.components, strict=True):
            if record.status == "failed":
                break
            started = time.perf_counter()
            try:
                record = component(record)
            except LeadMinerError as error:
                record.add_error(error.code, error.stage, error.message, error.page, error.detail)
                record.status = "partial"
            record.provenance.timings[name] = round(time.perf_counter() - started, 4)
            if name not in record.provenance.stages:
                record.provenance.stages.append(name)
        return record

    def analyze_paths(self, paths: Iterable[Path]) -> Iterator[DocumentRecord]:
        from analysis.ingest import ingest_path

        for path in paths:
            for record in ingest_path(Path(path), self.settings):
                yield self(record)
