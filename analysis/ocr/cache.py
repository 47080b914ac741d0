"""Per-page OCR cache on disk: one JSON file per (page image, engine, version, languages, steps).

The key is the sha256 of the page's PNG bytes plus everything that changes the result, so a
new engine version or another preprocessing choice never returns a stale page.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict
from pathlib import Path

from analysis.ocr.base import OcrPage
from analysis.record import TextUnit


def cache_key(png_sha256: str, engine: str, version: str, languages: str, preprocessing: str,
              options: str = "") -> str:
    parts = "|".join([png_sha256, engine, version, languages, preprocessing, options])
    return hashlib.sha256(parts.encode("utf-8")).hexdigest()


class OcrCache:
    """A folder of ``<key>.json`` files; writes are atomic (temp file + rename)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> OcrPage | None:
        path = self._path(key)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        data["units"] = [TextUnit.model_validate(unit) for unit in data.get("units", [])]
        data["cached"] = True
        try:
            return OcrPage(**data)
        except TypeError:  # written by an incompatible version: treat as a miss
            return None

    def put(self, key: str, page: OcrPage) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = asdict(page)
        data["units"] = [unit.model_dump() for unit in page.units]
        data.pop("cached", None)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
