"""Native formats read end to end from files rendered by ``corpora.render``."""

from __future__ import annotations

import io

import pytest

from analysis.ingest import ingest_bytes
from corpora.render import render
from tests.ingest.conftest import DECISION, squeeze


def only(records):
    records = list(records)
    assert len(records) == 1
    return records[0]


def test_text_pdf_gives_text_layer_with_character_boxes(pdf_settings):
    record = only(ingest_bytes(render(DECISION, "pdf-text"), "决定书.pdf", pdf_settings))
    assert record.status == "ok" and record.errors == []
    assert record.source.media_type == "application/pdf"
    assert record.source.parser == "parser.pdf.v1"
    assert squeeze(record.text) == squeeze(DECISION)
    page = record.pages[0]
    assert page.text_source == "text_layer" and page.unit == "pt" and page.unit_level == "char"
    assert page.width == pytest.approx(595.3, abs=0.5) and page.height == pytest.approx(841.9, abs=0.5)
    for unit in page.units:
        assert page.text[unit.start:unit.end] == unit.text
        assert 0 <= unit.box.x0 < unit.box.x1 <= page.width
        assert 0 <= unit.box.y0 < unit.box.y1 <= page.height


def test_title_sits_above_the_body_in_top_left_coordinates(pdf_settings):
    record = only(ingest_bytes(render(DECISION, "pdf-text"), "a.pdf", pdf_settings))
    title = record.text.index("行政处罚决定书")
    body = record.text.index("当事人")
    title_box, body_box = record.evidence(title, title + 7), record.evidence(body, body + 3)
    assert title_box.boxes[0].y1 < body_box.boxes[0].y0
    assert title_box.page == 1 and len(title_box.boxes) == 1


def test_fake_bold_duplicates_are_removed(pdf_settings):
    plain = only(ingest_bytes(render(DECISION, "pdf-text"), "a.pdf", pdf_settings))
    bold = only(ingest_bytes(render(DECISION, "pdf-text", fake_bold=True), "b.pdf", pdf_settings))
    assert bold.text == plain.text
    assert "行政处罚决定书" in bold.text.split("\n")
    assert len(bold.pages[0].units) == len(plain.pages[0].units)


def test_long_decision_spans_pages_with_offsets(pdf_settings):
    long_text = DECISION + "\n" + "\n".join([DECISION.split("\n")[4]] * 40)
    record = only(ingest_bytes(render(long_text, "pdf-text"), "long.pdf", pdf_settings))
    assert len(record.pages) >= 3 and record.source.pages == len(record.pages)
    for page in record.pages:
        assert record.text[page.start:page.end] == page.text
    last = record.pages[-1]
    assert record.evidence(last.start, last.start + 2).page == last.number


def test_both_backends_agree_on_text_and_boxes(settings):
    data = render(DECISION, "pdf-text", fake_bold=True)
    settings.pdf_text_backend = "pdfplumber"
    plumber = only(ingest_bytes(data, "a.pdf", settings))
    settings.pdf_text_backend = "pdfium"
    pdfium = only(ingest_bytes(data, "a.pdf", settings))
    assert pdfium.text == plumber.text
    for left, right in zip(pdfium.pages[0].units, plumber.pages[0].units, strict=True):
        assert left.text == right.text
        assert left.box.x0 == pytest.approx(right.box.x0, abs=0.5)
        assert left.box.x1 == pytest.approx(right.box.x1, abs=0.5)
        assert (left.box.y0 + left.box.y1) / 2 == pytest.approx((right.box.y0 + right.box.y1) / 2, abs=3)


def test_unknown_backend_is_a_config_error(settings):
    settings.pdf_text_backend = "poppler"
    record = only(ingest_bytes(render(DECISION, "pdf-text"), "a.pdf", settings))
    assert record.errors[0].code == "E901" and record.status == "failed"


def test_docx_keeps_paragraphs_and_table_in_document_order(settings):
    table = [["品名", "数量", "货值金额"], ["过期饼干", "20箱", "5,200元"]]
    data = render(DECISION, "docx", table=table, table_after=3)
    record = only(ingest_bytes(data, "决定书.docx", settings))
    assert record.status == "ok" and record.pages[0].text_source == "native"
    lines = record.text.split("\n")
    assert lines[3] == "品名\t数量\t货值金额" and lines[4] == "过期饼干\t20箱\t5,200元"
    assert lines[2].startswith("沪市监金处") and lines[5].startswith("当事人")


def test_docx_header_and_footer_stay_out_of_the_decision_text(settings):
    data = render(DECISION, "docx", header="某市市场监督管理局执法文书专用", footer="第1页 共1页")
    from docx import Document

    document = Document(io.BytesIO(data))  # the renderer really wrote them
    assert document.sections[0].header.paragraphs[0].text.startswith("某市市场监督管理局")
    record = only(ingest_bytes(data, "决定书.docx", settings))
    assert record.status == "ok"
    assert "执法文书专用" not in record.text and "第1页" not in record.text
    assert squeeze(record.text) == squeeze(DECISION)


def test_ofd_template_letterhead_is_read_once_at_the_top(settings):
    letterhead = "某市市场监督管理局文件"
    data = render(DECISION, "ofd", font_size=9.0, template=letterhead)
    record = only(ingest_bytes(data, "决定书.ofd", settings))
    assert len(record.pages) >= 2 and record.status == "ok"
    assert record.text.count(letterhead) == 1
    assert record.pages[0].text.startswith(letterhead)
    assert squeeze(record.text.replace(letterhead, "", 1)) == squeeze(DECISION)


def test_ofd_text_objects_read_in_reading_order_with_point_boxes(settings):
    record = only(ingest_bytes(render(DECISION, "ofd", shuffle=True, seed=3), "决定书.ofd", settings))
    assert record.source.media_type == "application/ofd" and record.status == "ok"
    assert squeeze(record.text) == squeeze(DECISION)
    page = record.pages[0]
    assert page.unit == "pt" and page.width == pytest.approx(595.3, abs=0.5)
    first = page.units[0]
    assert first.text == "上" and 0 < first.box.x0 < page.width / 2 and first.box.y0 < 100


def test_ofd_objects_scaled_by_ctm_land_where_unscaled_ones_do(settings):
    plain = only(ingest_bytes(render(DECISION, "ofd"), "a.ofd", settings))
    scaled = only(ingest_bytes(render(DECISION, "ofd", ctm=True), "b.ofd", settings))
    assert scaled.text == plain.text
    for left, right in zip(scaled.pages[0].units, plain.pages[0].units, strict=True):
        assert (left.box.x0, left.box.y0, left.box.x1, left.box.y1) == pytest.approx(
            (right.box.x0, right.box.y0, right.box.x1, right.box.y1), abs=0.01)


def test_html_portal_page_keeps_the_decision_and_drops_navigation(settings):
    record = only(ingest_bytes(render(DECISION, "html"), "detail.html", settings))
    assert record.source.media_type == "text/html"
    assert record.text.split("\n") == DECISION.split("\n")
    for chrome in ("机构概况", "当前位置", "相关信息", "版权所有", "分享到", "访问统计", "_hmt"):
        assert chrome not in record.text


def test_html_in_gb18030_with_declared_charset(settings):
    record = only(ingest_bytes(render(DECISION, "html", encoding="gb18030"), "d.htm", settings))
    assert record.text.split("\n") == DECISION.split("\n")


@pytest.mark.parametrize("fmt, charset", [("txt-gb18030", "gb18030"), ("txt-utf16", "utf-16"),
                                          ("txt-utf8", "utf-8")])
def test_plain_text_encodings_are_detected(settings, fmt, charset):
    record = only(ingest_bytes(render(DECISION, fmt), "决定书.txt", settings))
    assert record.text == DECISION
    assert record.source.media_type == f"text/plain; charset={charset}"


def test_utf8_with_bom_and_crlf(settings):
    record = only(ingest_bytes(render(DECISION, "txt-utf8", bom=True, crlf=True), "a.txt", settings))
    assert record.text == DECISION


def test_utf16_without_bom_is_detected(settings):
    record = only(ingest_bytes(DECISION.encode("utf-16-le"), "a.txt", settings))
    assert record.text == DECISION


def test_document_id_is_the_sha256_of_the_bytes(settings):
    import hashlib

    data = render(DECISION, "txt-utf8")
    record = only(ingest_bytes(data, "a.txt", settings))
    assert record.document_id == hashlib.sha256(data).hexdigest() == record.source.sha256
    assert record.source.size == len(data)
    assert record.provenance.config["ingest"]["render_dpi"] == settings.render_dpi
    assert record.provenance.timings["ingest"] >= 0


def test_text_layer_page_image_on_request(settings):
    settings.keep_page_images = True
    settings.render_dpi = 72
    record = only(ingest_bytes(render(DECISION, "pdf-text"), "a.pdf", settings))
    import io

    from PIL import Image

    image = Image.open(io.BytesIO(record.pages[0].image))
    assert image.width == pytest.approx(record.pages[0].width, abs=1)


TABLE_PORTAL = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>
<body><table><tr><td><a href="/">首页</a> <a href="/gk">政务公开</a> <a href="/fw">办事服务</a></td></tr>
<tr><td><table><tr><td>当前位置：首页 &gt; 行政处罚</td></tr>
<tr><td style="font-size:14px">{body}</td></tr></table></td></tr>
<tr><td>版权所有 某市市场监督管理局 备案号</td></tr></table></body></html>"""


def test_html_table_layout_with_br_paragraphs_and_gbk_beyond_gb2312(settings):
    text = DECISION.replace("张某", "张堃")  # 堃 is in GBK but not in GB2312
    markup = TABLE_PORTAL.format(body="<br>".join(text.split("\n")))
    record = only(ingest_bytes(markup.encode("gb18030"), "detail.shtml", settings))
    assert record.text.split("\n") == text.split("\n")


def test_ofd_delta_x_repeat_form():
    from analysis.ingest.ofd import expand_delta

    assert expand_delta("g 3 4.2 2.1", 6, 9.0) == [4.2, 4.2, 4.2, 2.1, 9.0]
    assert expand_delta(None, 3, 5.0) == [5.0, 5.0]


def test_pdfs_ingested_from_several_threads_match_sequential_reading(settings):
    from concurrent.futures import ThreadPoolExecutor

    files = [render(DECISION.replace("282023000123", f"28202300{n:04d}"), "pdf-text") for n in range(6)]
    sequential = [only(ingest_bytes(data, "a.pdf", settings)).text for data in files]
    with ThreadPoolExecutor(max_workers=3) as pool:
        threaded = list(pool.map(lambda data: only(ingest_bytes(data, "a.pdf", settings)).text, files))
    assert threaded == sequential and len(set(sequential)) == 6
