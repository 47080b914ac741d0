import pytest
from PIL import Image

from analysis.errors import ConfigError, OCRError
from analysis.ocr import ENGINES, RapidOcrEngine, TesseractEngine, ocr_image
from analysis.ocr.base import engine_registry_name
from analysis.settings import AnalysisSettings


def test_short_names_resolve_to_the_newest_registration():
    assert engine_registry_name("rapidocr") == "ocr.rapidocr.v1"
    assert engine_registry_name("ocr.tesseract") == "ocr.tesseract.v1"
    assert ENGINES.get("ocr.rapidocr.v1") is RapidOcrEngine
    assert ENGINES.get("ocr.tesseract.v1") is TesseractEngine


def test_unknown_engine_error_lists_the_known_names():
    with pytest.raises(ConfigError) as caught:
        ocr_image(Image.new("RGB", (50, 50), "white"), AnalysisSettings(ocr_engine="abbyy"), 1)
    assert caught.value.code == "E103"
    assert "ocr.rapidocr.v1" in str(caught.value) and "ocr.tesseract.v1" in str(caught.value)


def test_unknown_preprocessing_step_is_a_config_error(fake_engine):
    with pytest.raises(ConfigError, match="sharpen"):
        ocr_image(Image.new("RGB", (50, 50)), AnalysisSettings(ocr_engine="fake", ocr_preprocess="sharpen"), 1)


def test_cache_hit_returns_the_same_page_without_calling_the_engine(fake_engine, tmp_path):
    settings = AnalysisSettings(ocr_engine="fake", ocr_preprocess="none", ocr_cache_dir=tmp_path)
    image = Image.new("RGB", (300, 120), "white")
    first = ocr_image(image, settings, page_number=1)
    second = ocr_image(image.copy(), settings, page_number=1)
    assert fake_engine.calls == 1
    assert second.cached and not first.cached
    assert (second.text, second.units, second.engine) == (first.text, first.units, first.engine)
    assert list(tmp_path.rglob("*.json"))


def test_cache_key_changes_with_the_image_and_the_preprocessing(fake_engine, tmp_path):
    image = Image.new("RGB", (300, 120), "white")
    ocr_image(image, AnalysisSettings(ocr_engine="fake", ocr_preprocess="none", ocr_cache_dir=tmp_path), 1)
    ocr_image(image, AnalysisSettings(ocr_engine="fake", ocr_preprocess="binarize", ocr_cache_dir=tmp_path), 1)
    ocr_image(Image.new("RGB", (300, 121), "white"),
              AnalysisSettings(ocr_engine="fake", ocr_preprocess="none", ocr_cache_dir=tmp_path), 1)
    assert fake_engine.calls == 3


def test_failed_page_raises_ocr_error_with_the_page_number(fake_engine):
    with pytest.raises(OCRError) as caught:
        ocr_image(Image.new("RGB", (13, 40)), AnalysisSettings(ocr_engine="fake", ocr_preprocess="none"), 7)
    assert caught.value.code == "E102" and caught.value.page == 7
