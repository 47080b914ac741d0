"""The web UI in Debian's chromium through Playwright: log in, upload, open the queue, open a
clue, see the evidence box drawn on the page image, submit a review. Screenshots go to
``test-artifacts/``."""

from __future__ import annotations

import random
import socket
import threading
import time
from pathlib import Path

import pytest

from service.app import create_app
from service.demo import decision_text, render_pdf
from tests.service.conftest import PASSWORD, add_user, clue_analyzer

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(settings):
    import uvicorn

    app = create_app(settings, analyze=clue_analyzer)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started
    yield app, f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=30)


def test_prosecutor_uploads_opens_a_clue_sees_the_evidence_and_reviews(server, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    app, base = server

    class Handle:  # add_user expects something with .app
        pass

    handle = Handle()
    handle.app = app
    add_user(handle, "li", "prosecutor")
    text = decision_text(1, random.Random(3)).replace("货值金额", "销售金额").replace(",", "")
    pdf_path = tmp_path / "决定书.pdf"
    pdf_path.write_bytes(render_pdf(text))
    ARTIFACTS.mkdir(exist_ok=True)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(base + "/queue")
        page.fill("input[name=username]", "li")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        expect(page.locator("h1")).to_contain_text("线索队列")

        page.goto(base + "/upload")
        page.set_input_files("#upload-files", str(pdf_path))
        page.click("#upload-form button[type=submit]")
        expect(page.locator("#upload-status")).to_contain_text("分析完成", timeout=240_000)
        page.screenshot(path=str(ARTIFACTS / "service-upload.png"), full_page=True)

        page.goto(base + "/queue")
        rows = page.locator("tr.clue-row")
        expect(rows).to_have_count(1)
        page.screenshot(path=str(ARTIFACTS / "service-queue.png"), full_page=True)
        rows.first.locator("a").click()

        box = page.locator(".evidence-box").first
        expect(box).to_be_visible(timeout=30_000)
        image = page.locator("#page-image").bounding_box()
        drawn = box.bounding_box()
        assert image and drawn and drawn["width"] > 5 and drawn["height"] > 3
        assert image["x"] <= drawn["x"] and drawn["x"] + drawn["width"] <= image["x"] + image["width"] + 1
        assert image["y"] <= drawn["y"] and drawn["y"] + drawn["height"] <= image["y"] + image["height"] + 1
        page.screenshot(path=str(ARTIFACTS / "service-clue.png"), full_page=True)

        page.check("#review-form input[value=transfer_police]")
        page.fill("#review-form textarea[name=note]", "销售金额已达立案追诉标准")
        page.click("#review-form button[type=submit]")
        expect(page.locator("ol.history")).to_contain_text("移送公安机关/立案监督")
        expect(page.locator("ol.history")).to_contain_text("销售金额已达立案追诉标准")
        page.screenshot(path=str(ARTIFACTS / "service-reviewed.png"), full_page=True)
        browser.close()
