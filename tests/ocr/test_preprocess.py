import numpy as np
import pytest

from analysis.ocr.preprocess import (
    PreparedImage,
    _rotation_matrix,
    detect_quarter_turns,
    estimate_skew,
    parse_steps,
    preprocess,
    remove_red_seal,
    upscale_factor,
)
from corpora.render.scan import render_document


def _gray(image):
    return np.asarray(image.convert("L"))


def test_seal_removal_whitens_red_ink_and_keeps_black_text_under_the_seal(decision_text):
    document = render_document(decision_text, dpi=150, seal=True)
    rgb = np.asarray(document.images[0])
    red = (rgb[..., 0] > 150) & (rgb[..., 1] < 90) & (rgb[..., 2] < 90)
    assert red.sum() > 500  # the renderer drew a seal
    cleaned, removed = remove_red_seal(rgb[..., ::-1].copy(), _gray(document.images[0]))
    assert removed
    assert (cleaned[red] > 200).mean() > 0.95
    signature = [line for line in document.lines[0] if line.kind == "signature"][0]
    x0, y0, x1, y1 = (round(v) for v in signature.box)
    under_seal = cleaned[y0:y1, x0:x1]
    assert (under_seal < 100).sum() > 0.05 * under_seal.size  # the agency name is still black


def test_page_without_red_ink_is_left_alone(decision_text):
    image = render_document(decision_text, dpi=150).images[0]
    _, removed = remove_red_seal(np.asarray(image)[..., ::-1].copy(), _gray(image))
    assert not removed


@pytest.mark.parametrize("angle", [2.0, -1.3])
def test_deskew_recovers_a_known_angle(decision_text, angle):
    image = render_document(decision_text, dpi=150, skew_deg=angle).images[0]
    assert estimate_skew(_gray(image)) == pytest.approx(-angle, abs=0.25)


@pytest.mark.parametrize(("counter_clockwise", "turns_back"), [(1, 1), (3, 3), (0, 0)])
def test_sideways_page_is_turned_upright(decision_text, counter_clockwise, turns_back):
    image = render_document(decision_text, dpi=150).images[0]
    sideways = np.ascontiguousarray(np.rot90(np.asarray(image)[..., ::-1], counter_clockwise))
    assert detect_quarter_turns(sideways) == turns_back


def test_low_dpi_pages_are_upscaled_and_300_dpi_pages_are_not(decision_text):
    assert upscale_factor(_gray(render_document(decision_text, dpi=150).images[0])) > 1.2
    assert upscale_factor(_gray(render_document(decision_text, dpi=300).images[0])) == 1.0


def test_quarter_turn_matrices_match_numpy_rotation():
    image = np.zeros((30, 50), np.uint8)
    image[5, 40] = 255
    for turns in (1, 2, 3):
        rotated = np.rot90(image, -turns)
        y, x = np.argwhere(rotated == 255)[0]
        mapped = _rotation_matrix(turns, 50, 30) @ np.array([40, 5, 1])
        assert (mapped[0], mapped[1]) == (x, y)


def test_boxes_map_back_through_every_geometric_step(decision_text):
    image = render_document(decision_text, dpi=150, skew_deg=1.5).images[0]
    prepared = preprocess(np.asarray(image), ("deskew", "upscale"))
    assert [s.split("(")[0] for s in prepared.steps] == ["deskew", "upscale"]
    point = np.array([400.0, 300.0, 1.0])
    x, y, _ = prepared.matrix @ point
    box = prepared.box_to_original((x - 1, y - 1, x + 1, y + 1))
    assert box[0] < 400 < box[2] and box[1] < 300 < box[3]


def test_step_lists_parse_in_a_fixed_order():
    assert parse_steps("binarize, seal") == ("seal", "binarize")
    assert parse_steps("none") == ()
    assert "deskew" in parse_steps("auto")
    assert isinstance(PreparedImage(np.zeros((2, 2), np.uint8)).matrix, np.ndarray)


@pytest.fixture(scope="module")
def full_decision_text() -> str:
    from corpora.generator import generate

    return next(generate(1, seed=3)).text


@pytest.mark.parametrize("dpi", [100, 150])
def test_fax_like_skewed_page_is_not_taken_for_a_sideways_one(full_decision_text, dpi):
    """Small fax pages: the character grid makes columns look sharp, the line gaps settle it."""
    image = render_document(full_decision_text, dpi=dpi, fax=True, skew_deg=2.5, seal=True).images[0]
    bgr = np.ascontiguousarray(np.asarray(image.convert("RGB"))[..., ::-1])
    assert detect_quarter_turns(bgr) == 0
    assert detect_quarter_turns(np.ascontiguousarray(np.rot90(bgr, 1))) == 1
    assert detect_quarter_turns(np.ascontiguousarray(np.rot90(bgr, 3))) == 3


def test_a_page_holding_only_the_date_and_seal_is_left_upright():
    image = render_document("2024年3月5日", dpi=150, seal=True).images[0]
    bgr = np.ascontiguousarray(np.asarray(image.convert("RGB"))[..., ::-1])
    assert detect_quarter_turns(bgr) == 0
