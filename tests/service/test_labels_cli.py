"""``leadminer labels export|import`` against the service database."""

from __future__ import annotations

import json

from sqlalchemy import func, select
from typer.testing import CliRunner

from analysis.labels import read_jsonl
from service.cli.main import app
from service.db.engine import session_scope
from service.db.models import LabelRow
from tests.service.conftest import bearer, decision, upload


def test_cli_exports_and_imports_the_service_labels(make_client, settings, monkeypatch, tmp_path):
    client = make_client()
    prosecutor = bearer(client, "li", "prosecutor")
    upload(client, prosecutor, [("a.txt", decision(1, 62000))])
    clue = client.get("/api/v1/clues", headers=prosecutor).json()["items"][0]
    client.post(f"/api/v1/clues/{clue['id']}/reviews", headers=prosecutor,
                json={"action": "disposition", "disposition": "transfer_police"})
    monkeypatch.setenv("LEADMINER_DATA_DIR", str(settings.data_dir))
    runner = CliRunner()

    jsonl = tmp_path / "labels.jsonl"
    done = runner.invoke(app, ["labels", "export", "--out", str(jsonl)])
    assert done.exit_code == 0, done.output
    [row] = list(read_jsonl(jsonl))
    assert row.document_id == clue["document_id"] and row.annotator == "li" and row.origin == "review"

    tasks = tmp_path / "tasks.json"
    assert runner.invoke(app, ["labels", "export", "--out", str(tasks), "--label-studio"]).exit_code == 0
    assert json.loads(tasks.read_text(encoding="utf-8"))[0]["data"]["document_id"] == clue["document_id"]
    imported = runner.invoke(app, ["labels", "import", str(tasks)])
    assert imported.exit_code == 0 and "1" in imported.output
    with session_scope(client.app.state.sessions) as session:
        assert session.scalar(select(func.count()).select_from(LabelRow).where(LabelRow.kind == "import")) == 1
    broken = tmp_path / "broken.json"
    broken.write_text('[{"no": "data"}]', encoding="utf-8")
    assert runner.invoke(app, ["labels", "import", str(broken)]).exit_code == 2
