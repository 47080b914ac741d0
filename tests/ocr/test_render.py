import io

import numpy as np
import pypdfium2
from PIL import Image, ImageOps

from corpora.render import render
from corpora.render.scan import render_document, render_pages, render_scan


def test_ground_truth_lines_follow_the_text(decision_text):
    document = render_document(decision_text, dpi=150)
    lines = document.lines[0]
    assert [line.kind for line in lines[:3]] == ["agency", "title", "number"]
    assert lines[-1].kind == "signature" and lines[-1].text == "2024年5月20日"
    drawn = "".join(document.texts).replace("\n", "")
    assert drawn == decision_text.replace("\n", "")


def test_long_paragraphs_wrap_inside_the_page_and_flow_onto_new_pages(decision_text):
    long_text = decision_text + "\n".join(["经查明，" + "当事人违法行为的事实清楚。" * 30] * 6)
    document = render_document(long_text, dpi=150)
    assert len(document.images) > 1
    width = document.images[0].width
    assert all(line.box[2] <= width for page in document.lines for line in page)


def test_formats_decode_to_pages(decision_text):
    png = Image.open(io.BytesIO(render(decision_text, "png", dpi=150)))
    assert png.size == (1240, 1754)
    pdf = pypdfium2.PdfDocument(render_scan(decision_text, "pdf-scan", dpi=150, seal=True))
    assert len(pdf) == 1 and round(pdf[0].get_width() / 72 * 25.4) == 210
    long_text = decision_text + "\n".join(["当事人违法行为的事实清楚。" * 40] * 5)
    tiff = Image.open(io.BytesIO(render_scan(long_text, "tiff", dpi=150, fax=True)))
    assert tiff.n_frames == len(render_pages(long_text, dpi=150)) > 1


def test_jpeg_exif_orientation_turns_back_to_the_upright_page(decision_text):
    upright = render_pages(decision_text, dpi=150)[0]
    stored = Image.open(io.BytesIO(render_scan(decision_text, "jpeg", dpi=150, exif_orientation=6)))
    assert stored.size == (upright.height, upright.width)
    turned = ImageOps.exif_transpose(stored)
    difference = np.abs(np.asarray(turned.convert("L"), float) - np.asarray(upright.convert("L"), float))
    assert difference.mean() < 6


def test_fax_pages_are_black_and_white(decision_text):
    image = render_pages(decision_text, dpi=150, fax=True)[0]
    assert set(np.unique(np.asarray(image.convert("L")))) <= {0, 255}


def test_skew_matrix_follows_a_drawn_character(decision_text):
    document = render_document(decision_text, dpi=150, skew_deg=3.0)
    title = document.lines[0][1]
    box = document.to_image(0, title.char_box(0, 150))
    gray = np.asarray(document.images[0].convert("L"))
    x0, y0, x1, y1 = (round(v) for v in box)
    assert (gray[y0:y1, x0:x1] < 128).mean() > 0.1  # ink where the first title character went
