"""Pages scanned upside down are turned upright; the engine policy decides small-skew and fax handling."""

import numpy as np
import pytest

from analysis.ocr.preprocess import AUTO_STEPS, Policy, preprocess
from corpora.generator import generate
from corpora.render.scan import render_document


@pytest.fixture(scope="module")
def long_decision() -> str:
    return next(iter(generate(1, seed=5))).text


@pytest.mark.parametrize("dpi", [200, 150])
def test_upside_down_page_is_turned_and_upright_page_is_not(long_decision, dpi):
    image = render_document(long_decision, dpi=dpi, skew_deg=0.8, noise=4).images[0]
    upright = np.asarray(image)
    turned = np.ascontiguousarray(upright[::-1, ::-1])
    assert not any(s.startswith("orient") for s in preprocess(upright, AUTO_STEPS).steps)
    prepared = preprocess(turned, AUTO_STEPS)
    assert "orient(180)" in prepared.steps
    # A point of the turned page maps onto the upright page's opposite corner region.
    h, w = turned.shape[:2]
    x, y, _ = prepared.matrix @ np.array([10.0, 10.0, 1.0])
    assert x > w - 60 and y > h - 60


def test_a_sideways_page_is_not_mistaken_for_upside_down(long_decision):
    image = render_document(long_decision, dpi=150).images[0]
    sideways = np.ascontiguousarray(np.rot90(np.asarray(image), 1))
    assert "orient(180)" not in preprocess(sideways, AUTO_STEPS).steps


def test_engine_policy_leaves_small_skew_to_the_engine_and_can_skip_thresholding(long_decision):
    skewed = np.asarray(render_document(long_decision, dpi=200, skew_deg=1.2).images[0])
    fax = np.asarray(render_document(long_decision, dpi=150, fax=True).images[0])
    rapid_like = Policy(deskew_from=2.0, binarize=False, despeckle_bilevel=True)
    assert any(s.startswith("deskew") for s in preprocess(skewed, AUTO_STEPS).steps)
    assert not any(s.startswith("deskew") for s in preprocess(skewed, AUTO_STEPS, rapid_like).steps)
    steps = preprocess(fax, AUTO_STEPS, rapid_like).steps
    assert "binarize" not in steps and any(s.startswith("upscale") for s in steps)
    assert "despeckle" in steps and "despeckle" not in preprocess(skewed, AUTO_STEPS, rapid_like).steps
    assert "binarize" in preprocess(fax, AUTO_STEPS).steps
    big = np.asarray(render_document(long_decision, dpi=150, skew_deg=3.0).images[0])
    assert any(s.startswith("deskew") for s in preprocess(big, AUTO_STEPS, rapid_like).steps)


@pytest.mark.ocr
def test_upside_down_page_reads_as_well_as_the_upright_one(long_decision):
    from analysis.ocr import ocr_image
    from analysis.ocr.quality import character_error_rate
    from analysis.settings import AnalysisSettings

    document = render_document(long_decision, dpi=200, skew_deg=0.6, noise=6, seed=2)
    settings = AnalysisSettings(ocr_engine="rapidocr", ocr_preprocess="auto", ocr_cache_dir=None)
    upright = ocr_image(document.images[0], settings, 1)
    turned = ocr_image(document.images[0].rotate(180), settings, 1)
    reference = document.texts[0]
    assert "orient(180)" in turned.preprocessing
    assert character_error_rate(turned.text, reference) <= character_error_rate(upright.text, reference) + 0.005
    assert character_error_rate(turned.text, reference) < 0.02
    # Boxes are in the turned page's pixels: the title sits near its bottom.
    title = next(u for u in turned.units if "处罚决定书" in u.text.replace(" ", ""))
    assert title.box.y0 > document.images[0].height / 2
