"""Shared fixtures: a short decision text and a fake engine registered through the registry."""

from __future__ import annotations

from typing import ClassVar, Literal

import numpy as np
import pytest

from analysis.errors import OCRError
from analysis.ocr import ENGINES, EngineLine, EngineOptions, OcrEngine

DECISION = """杭州市西湖区市场监督管理局
行政处罚决定书
杭西市监罚〔2024〕88号
当事人：杭州某某贸易有限公司，住所：杭州市西湖区文三路100号。
经查，当事人销售不符合食品安全标准的食品，货值金额为人民币52,000.00元，违法所得伍万贰仟元。
本局决定：没收违法所得5.2万元，并处罚款人民币156,000元。
杭州市西湖区市场监督管理局
2024年5月20日
"""


class FakeOptions(EngineOptions):
    kind: Literal["fake"] = "fake"
    fail: bool = False


class FakeEngine(OcrEngine):
    """Returns two fixed lines and counts its calls (for cache and error-path tests)."""

    kind = "fake"
    options_class = FakeOptions
    unit_level = "line"
    calls: ClassVar[int] = 0

    @property
    def version(self) -> str:
        return "0.1"

    def read(self, image: np.ndarray) -> list[EngineLine]:
        FakeEngine.calls += 1
        if self.options.fail or image.shape[1] == 13:  # a 13-px-wide page stands for a bad page
            raise OCRError("E102", detail="fake failure")
        return [EngineLine("罚款 52，OOO元", 0.9, (10, 10, 200, 40), 0),
                EngineLine("行政处罚决定书", 0.7, (10, 60, 200, 90), 1)]


if "ocr.fake.v1" not in ENGINES:
    ENGINES.add("ocr.fake.v1", FakeEngine)


@pytest.fixture
def fake_engine() -> type[FakeEngine]:
    FakeEngine.calls = 0
    return FakeEngine


@pytest.fixture
def decision_text() -> str:
    return DECISION
