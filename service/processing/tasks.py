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


WARM_UP_TEXT = "某市市场监督管理局\n行政处罚决定书\n某市监处〔2024〕1号\n当事人：某某有限公司\n经查，当事人销售金额一万元。"


def warm_up() -> bool:
    """Build the pipeline and run one small decision through it, so that models and knowledge
    are loaded before the first upload arrives (run once per worker at start)."""
    analyze_file(WARM_UP_TEXT.encode("utf-8"), "warm-up.txt")
    return True


def reset_pipeline() -> bool:
    """Forget the built pipeline so the next task loads the newly promoted model versions."""
    global _PIPELINE
    with _LOCK:
        _PIPELINE = None
    return True
