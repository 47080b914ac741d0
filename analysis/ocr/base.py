"""The OCR engine contract: paired options and engine, a registry, and the page result.

Each engine is registered under a versioned name (``"ocr.rapidocr.v1"``) with its own pydantic
options class (``kind`` names the engine, as in docling's OCR factories). Settings name an
engine by its short kind (``"rapidocr"``), which resolves to the newest registration; an
unknown name raises ``ConfigError`` E103 listing the known engines.

An engine only reads pixels: it returns ``EngineLine``s (text, confidence, box in the pixel
coordinates of the image it was given). Preprocessing, coordinate mapping back to the original
image, cleanup and caching are done around it in ``analysis.ocr.service``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict

from analysis.errors import ConfigError
from analysis.ocr.preprocess import DEFAULT_POLICY, Policy
from analysis.record import TextUnit
from analysis.registry import Registry

UnitLevel = Literal["line", "word"]


class EngineOptions(BaseModel):
    """Options every engine accepts; subclasses add their own and fix ``kind``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: str
    languages: str = "chi_sim+eng"


@dataclass
class EngineLine:
    """One recognised unit in the pixel coordinates of the image the engine was given."""

    text: str
    confidence: float | None
    box: tuple[float, float, float, float]  # x0, y0, x1, y1
    line_id: int = 0  # units with the same id sit on one text line (for word-level engines)


@dataclass
class OcrPage:
    """What OCR read on one page: text, boxes in the ORIGINAL image's pixels, provenance."""

    text: str
    units: list[TextUnit]
    confidence: float | None
    engine: str
    preprocessing: list[str] = field(default_factory=list)
    unit_level: UnitLevel = "line"
    width: int = 0
    height: int = 0
    cached: bool = False


class OcrEngine:
    """Base class: ``read`` one prepared image (grayscale or BGR uint8 array)."""

    kind: ClassVar[str] = ""
    options_class: ClassVar[type[EngineOptions]] = EngineOptions
    unit_level: ClassVar[UnitLevel] = "line"
    preprocess_policy: ClassVar[Policy] = DEFAULT_POLICY  # how ``auto`` steps suit this engine

    def __init__(self, options: EngineOptions) -> None:
        self.options = options

    @property
    def version(self) -> str:
        """The engine's library version, recorded on each page and in the cache key."""
        raise NotImplementedError

    @property
    def label(self) -> str:
        return f"{self.kind} {self.version}"

    def read(self, image: np.ndarray) -> list[EngineLine]:
        raise NotImplementedError


ENGINES: Registry[type[OcrEngine]] = Registry("OCR engine")

_INSTANCES: dict[tuple[str, EngineOptions], OcrEngine] = {}


def engine_registry_name(name: str) -> str:
    """Map a settings name (``rapidocr``, ``ocr.rapidocr``, ``ocr.rapidocr.v1``) to a registration."""
    candidate = name if name.startswith("ocr.") else f"ocr.{name}"
    if candidate in ENGINES:
        return ENGINES.resolve_name(candidate)
    known = ", ".join(ENGINES.names())
    raise ConfigError("E103", f"未知的文字识别引擎名称“{name}”。可用的有：{known}", detail=name)


def get_engine(name: str, options: EngineOptions | None = None) -> OcrEngine:
    """One shared engine instance per (name, options): model loading is the slow part."""
    full = engine_registry_name(name)
    engine_class = ENGINES.get(full)
    opts = options or engine_class.options_class(kind=engine_class.kind)
    if not isinstance(opts, engine_class.options_class):
        raise ConfigError("E901", f"引擎“{full}”的选项类型应为{engine_class.options_class.__name__}。")
    key = (full, opts)
    if key not in _INSTANCES:
        _INSTANCES[key] = engine_class(opts)
    return _INSTANCES[key]
