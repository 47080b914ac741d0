"""Shared material for ingest tests: a decision text and a recording OCR stand-in.

The OCR stand-in replaces ``analysis.ocr`` in ``sys.modules`` so routing tests (which pages
go to OCR, at what size, what happens when a page fails) run fast and without the models;
tests of real recognition are marked ``ocr`` and use the real module.
"""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass, field

import pytest

from analysis.errors import OCRError
from analysis.record import Box, TextUnit
from analysis.settings import AnalysisSettings

DECISION = """上海市金山区市场监督管理局
行政处罚决定书
沪市监金处〔2023〕282023000123号
当事人：上海某某食品有限公司，统一社会信用代码：91310116MA1J8XXXX1，住所：上海市金山区朱泾镇某路100号，法定代表人：张某。
经查，当事人于2023年3月1日至2023年4月15日期间销售超过保质期的食品，货值金额52,000.00元，违法所得8,600元。
上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，本局决定：没收违法所得8,600元，并处罚款伍万贰仟元整。
当事人如不服本处罚决定，可在收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。
上海市金山区市场监督管理局
2023年5月10日"""


def squeeze(text: str) -> str:
    """Text without any whitespace (wrapped lines and indents differ between formats)."""
    return "".join(text.split())


@dataclass
class FakeOcrPage:
    text: str
    units: list[TextUnit]
    confidence: float | None
    engine: str = "fake-ocr 1.0"
    preprocessing: list[str] = field(default_factory=list)
    unit_level: str = "line"


@dataclass
class FakeOcr:
    """Records every image it is given; fails the pages listed in ``fail_pages``."""

    fail_pages: set[int] = field(default_factory=set)
    crash_pages: set[int] = field(default_factory=set)
    calls: list[tuple[int, tuple[int, int]]] = field(default_factory=list)

    def ocr_image(self, image, settings, page_number):
        self.calls.append((page_number, image.size))
        if page_number in self.fail_pages:
            raise OCRError("E102", page=page_number, detail="engine gave up on this page")
        if page_number in self.crash_pages:
            raise RuntimeError("onnxruntime: bad allocation")
        text = f"第{page_number}页识别文字"
        box = Box(x0=0, y0=0, x1=image.width, y1=20)
        return FakeOcrPage(text=text, units=[TextUnit(text=text, start=0, end=len(text), box=box)],
                           confidence=0.9)


@pytest.fixture
def fake_ocr(monkeypatch) -> FakeOcr:
    fake = FakeOcr()
    module = types.ModuleType("analysis.ocr")
    module.ocr_image = fake.ocr_image
    monkeypatch.setitem(sys.modules, "analysis.ocr", module)
    return fake


@pytest.fixture
def settings() -> AnalysisSettings:
    return AnalysisSettings(_env_file=None)


@pytest.fixture(params=["pdfium", "pdfplumber"])
def pdf_settings(request, settings) -> AnalysisSettings:
    """Settings for each text-layer backend: both must read the same text and boxes."""
    settings.pdf_text_backend = request.param
    return settings
