"""Page images rendered from the stored original, the clue page with evidence, model cards, CLI."""

from __future__ import annotations

import io
import json

from PIL import Image
from typer.testing import CliRunner

from service.demo import decision_text, render_pdf
from tests.service.conftest import PASSWORD, add_user, bearer, decision, login, upload


def test_pdf_page_image_and_evidence_boxes_on_the_clue_page(make_client):
    import random

    client = make_client()
    add_user(client, "li", "prosecutor")
    csrf = login(client, "li")
    text = decision_text(1, random.Random(3)).replace("货值金额", "销售金额").replace(",", "")
    pdf = render_pdf(text)
    response = client.post("/api/v1/uploads", headers={"X-CSRF-Token": csrf},
                           files=[("files", ("d.pdf", pdf, "application/pdf"))])
    assert response.status_code == 202
    clue = client.get("/api/v1/clues").json()["items"][0]
    detail = client.get(f"/api/v1/clues/{clue['id']}").json()
    evidence = detail["evidence"][0]
    assert evidence["page"] == 1 and evidence["boxes"], "the finding's span maps to boxes on page 1"
    page = detail["pages"][0]
    box = evidence["boxes"][0]
    assert 0 <= box["x0"] < box["x1"] <= page["width"] and 0 <= box["y0"] < box["y1"] <= page["height"]

    stored = client.get(f"/api/v1/documents/{clue['document_id']}").json()
    assert stored["findings"][0]["evidence"][0]["boxes"] == evidence["boxes"]  # located when stored
    assert all("units" not in stored_page for stored_page in stored["pages"])

    png = client.get(f"/api/v1/documents/{clue['document_id']}/pages/1.png?dpi=72")
    image = Image.open(io.BytesIO(png.content))
    assert png.headers["content-type"] == "image/png"
    assert abs(image.width - page["width"]) <= 1  # 72 dpi: one pixel per point
    assert client.get(f"/api/v1/documents/{clue['document_id']}/pages/9.png").status_code == 404

    html = client.get(f"/clues/{clue['id']}").text
    assert 'id="page-image"' in html and '<mark class="ev"' in html and "立案追诉标准" in html
    data = json.loads(html.split('id="clue-data">', 1)[1].split("</script>", 1)[0])
    assert data["evidence"][0]["boxes"] == evidence["boxes"]


def test_text_document_has_no_page_image_but_highlighted_text(make_client):
    client = make_client()
    prosecutor = bearer(client, "li", "prosecutor")
    upload(client, prosecutor, [("a.txt", decision(1))])
    clue = client.get("/api/v1/clues", headers=prosecutor).json()["items"][0]
    assert client.get(f"/api/v1/documents/{clue['document_id']}/pages/1.png", headers=prosecutor).status_code == 404


def test_models_page_lists_model_cards(make_client, settings):
    card = settings.models_dir / "domain-clf" / "3" / "card.json"
    card.parent.mkdir(parents=True)
    card.write_text(json.dumps({"metrics": {"macro_f1": 0.91}, "data_hash": "abc123"}), encoding="utf-8")
    client = make_client()
    prosecutor = bearer(client, "li", "prosecutor")
    cards = client.get("/api/v1/models", headers=prosecutor).json()
    assert cards == [{"model": "domain-clf", "version": "3",
                      "card": {"metrics": {"macro_f1": 0.91}, "data_hash": "abc123"}}]
    page = client.get("/models/domain-clf/3", headers=prosecutor)
    assert page.status_code == 200 and "abc123" in page.text and "macro_f1" in page.text
    assert client.get("/models/domain-clf/4", headers=prosecutor).status_code == 404


def test_openapi_lists_the_resources(make_client):
    client = make_client()
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    for path in ("/api/v1/uploads", "/api/v1/clues", "/api/v1/clues/{clue_id}/reviews",
                 "/api/v1/documents/{document_id}/pages/{number}.png", "/api/v1/exports/clues.xlsx",
                 "/api/v1/stats", "/api/v1/audit"):
        assert path in paths


def test_users_create_reads_the_password_from_stdin(settings, monkeypatch):
    from service.cli.main import app

    monkeypatch.setenv("LEADMINER_DATA_DIR", str(settings.data_dir))
    runner = CliRunner()
    result = runner.invoke(app, ["users", "create", "clerk1", "--role", "agency_clerk", "--agency", "甲局"],
                           input=PASSWORD + "\n")
    assert result.exit_code == 0, result.output
    again = runner.invoke(app, ["users", "create", "clerk1", "--role", "auditor"], input=PASSWORD + "\n")
    assert again.exit_code == 1
    bad = runner.invoke(app, ["users", "create", "x", "--role", "emperor"], input=PASSWORD + "\n")
    assert bad.exit_code == 2


def test_dossier_page_shows_documents_and_their_errors_to_the_clerk(make_client):
    client = make_client()
    add_user(client, "clerk", "agency_clerk", "甲局")
    csrf = login(client, "clerk")
    files = [("files", ("a.txt", decision(1), "text/plain")), ("files", ("empty.pdf", b"", "application/pdf"))]
    dossier = client.post("/api/v1/uploads", files=files, headers={"X-CSRF-Token": csrf}).json()
    html = client.get(f"/dossiers/{dossier['id']}").text
    assert "a.txt" in html and "empty.pdf" in html
    assert "E001" in html  # the empty file's error, in words a clerk understands
    assert "/clues/" not in html  # clerks do not open clues
