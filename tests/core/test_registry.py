import pytest

from analysis.errors import ConfigError
from analysis.registry import Registry


def test_bare_name_resolves_to_newest_version():
    registry: Registry[str] = Registry("parser")
    registry.add("parser.pdf.v1", "old")
    registry.add("parser.pdf.v2", "new")
    assert registry.get("parser.pdf") == "new"
    assert registry.get("parser.pdf.v1") == "old"
    assert registry.resolve_name("parser.pdf") == "parser.pdf.v2"


def test_unknown_name_lists_known_names():
    registry: Registry[str] = Registry("OCR engine")
    registry.add("ocr.rapidocr.v1", "r")
    registry.add("ocr.tesseract.v1", "t")
    with pytest.raises(ConfigError) as caught:
        registry.get("ocr.paddle")
    assert "ocr.rapidocr.v1" in caught.value.message
    assert "ocr.tesseract.v1" in caught.value.message
    assert caught.value.code == "E902"


def test_duplicate_registration_is_refused():
    registry: Registry[str] = Registry("rule")
    registry.add("rule.a.v1", "x")
    with pytest.raises(ConfigError):
        registry.add("rule.a.v1", "y")
