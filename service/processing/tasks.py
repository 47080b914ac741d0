"""The analysis task that runs on a Dask worker (or inline): bytes in, analysis records out.

The task touches neither the database nor the file store, so the same function runs on a
remote cluster; the service persists what it returns. The pipeline is built once per worker
process and reused.
"""

from __future__ import annotations

import threading
from typing import Any

_PIPELINE: Any = None
_LOCK = threading.Lock()


def _pipeline() -> Any:
    global _PIPELINE
    with _LOCK:
        if _PIPELINE is None:
            from analysis.pipeline import Pipeline

            _PIPELINE = Pipeline()
        return _PIPELINE


def analyze_file(data: bytes, name: str) -> list[dict]:
    """Ingest ``data`` (one file or a ZIP dossier) and run the pipeline on every document."""
    from analysis.ingest import ingest_bytes

    pipeline = _pipeline()
    records = []
    for record in ingest_bytes(data, name, pipeline.settings):
        records.append(pipeline(record).to_json_dict(with_units=True))
    return records
