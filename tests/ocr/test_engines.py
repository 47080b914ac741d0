"""Real engines on rendered pages (marked ``ocr``: a few seconds per page)."""

import pytest

from analysis.ocr import ocr_image
from analysis.ocr.quality import character_error_rate
from analysis.settings import AnalysisSettings
from corpora.render.scan import render_document

pytestmark = pytest.mark.ocr


@pytest.fixture(scope="module")
def sealed_skewed_page():
    from tests.ocr.conftest import DECISION

    return render_document(DECISION, dpi=200, seal=True, skew_deg=1.2, noise=6, seed=3)


@pytest.mark.parametrize(("engine", "bound"), [("rapidocr", 0.03), ("tesseract", 0.15)])
def test_sealed_skewed_page_is_read_by_each_engine(sealed_skewed_page, engine, bound):
    settings = AnalysisSettings(ocr_engine=engine, ocr_preprocess="auto")
    page = ocr_image(sealed_skewed_page.images[0], settings, page_number=1)
    cer = character_error_rate(page.text, sealed_skewed_page.texts[0])
    assert cer < bound, page.text
    assert page.engine.startswith(engine + " ")
    assert "seal" in page.preprocessing
    # Tesseract needs level lines; RapidOCR's detector straightens a 1.2° skew itself.
    assert any(s.startswith("deskew") for s in page.preprocessing) == (engine == "tesseract")
    assert page.units and all(page.text[u.start:u.end] == u.text for u in page.units)


def test_a_known_words_box_contains_where_it_was_drawn(sealed_skewed_page):
    settings = AnalysisSettings(ocr_engine="rapidocr", ocr_preprocess="auto")
    page = ocr_image(sealed_skewed_page.images[0], settings, page_number=1)
    title = next(line for line in sealed_skewed_page.lines[0] if line.kind == "title")
    unit = next(u for u in page.units if "处罚决定书" in u.text)
    for index in (0, len(title.text) - 1):  # first and last character of the title as drawn
        x0, y0, x1, y1 = sealed_skewed_page.to_image(0, title.char_box(index, 200))
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        assert unit.box.x0 <= cx <= unit.box.x1 and unit.box.y0 <= cy <= unit.box.y1
    width, height = sealed_skewed_page.images[0].size
    assert (page.width, page.height) == (width, height)
