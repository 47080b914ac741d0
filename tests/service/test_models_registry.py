"""Registry over the API: promote and roll back (admin only, audited) re-score the stored
corpus in the background; a rollback restores the previous scores exactly; a shadow candidate
scores new documents beside the version in use without changing the queue."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from analysis.labels import Gold, LabeledDocument, Lead
from analysis.models import ModelRegistry
from analysis.record import DocumentRecord
from analysis.scoring.training import train_lead_scorer
from service.db.engine import session_scope
from service.db.models import AuditEntry, ShadowScore
from service.processing.tasks import analyze_file, reset_pipeline
from tests.service.conftest import bearer, decision, upload


def _train_two_scorers(models_dir: Path) -> None:
    """lead-scorer/1 and /2 learned from opposite labels on the same 24 decisions."""
    records = [DocumentRecord.model_validate(analyze_file(decision(100 + i, 5000 + i * 9000, f"训练{i}号有限公司"),
                                                          f"t{i}.txt")[0]) for i in range(24)]
    registry = ModelRegistry(models_dir)
    for flipped in (False, True):
        pairs = [(record, LabeledDocument(document_id=record.document_id, text=record.text, split="train",
                                          gold=Gold(leads=[Lead(kind="criminal_transfer", rule="t")]
                                                    if (i % 2 == 0) != flipped else [])))
                 for i, record in enumerate(records)]
        train_lead_scorer(pairs, registry=registry, promote=False)
    registry.promote("lead-scorer", "1")


@pytest.fixture
def scored_client(make_client, settings, monkeypatch) -> Iterator:
    """A service whose pipeline scores with the registry under ``settings.models_dir``."""
    monkeypatch.setenv("LEADMINER_MODELS_DIR", str(settings.models_dir))
    _train_two_scorers(settings.models_dir)
    reset_pipeline()
    yield make_client(analyze=analyze_file)
    monkeypatch.delenv("LEADMINER_MODELS_DIR")
    reset_pipeline()  # later tests must not score with these models


DOCUMENTS = [(f"d{i}.txt", decision(i, 4000 + i * 23000, f"第{i}号食品有限公司")) for i in range(6)]


def _priorities(client, headers) -> dict[str, float]:
    items = client.get("/api/v1/clues?limit=100", headers=headers).json()["items"]
    return {item["document_id"]: item["priority"] for item in items}


def test_promote_then_rollback_rescore_and_restore_the_scores_exactly(scored_client):
    client = scored_client
    admin = bearer(client, "root", "admin")
    prosecutor = bearer(client, "li", "prosecutor")
    upload(client, prosecutor, DOCUMENTS)
    before = _priorities(client, prosecutor)
    assert len(before) == 6

    for path, body in (("/api/v1/models/lead-scorer/promote", {"version": "2"}),
                       ("/api/v1/models/lead-scorer/rollback", None), ("/api/v1/models/retrain", None)):
        assert client.post(path, headers=prosecutor, json=body).status_code == 403
    assert client.post("/api/v1/models/lead-scorer/promote", headers=admin,
                       json={"version": "9"}).status_code == 404

    promoted = client.post("/api/v1/models/lead-scorer/promote", headers=admin, json={"version": "2"})
    assert promoted.status_code == 202, promoted.text
    job = client.get(f"/api/v1/models/jobs/{promoted.json()['id']}", headers=admin).json()
    assert job["state"] == "done", job
    assert job["detail"]["documents"] == 6 and job["detail"]["changed"] > 0
    after = _priorities(client, prosecutor)
    assert after != before
    moved = {item["document_id"]: item["moved"] for item in
             client.get("/api/v1/clues?limit=100", headers=prosecutor).json()["items"]}
    for document_id, change in moved.items():
        if change is not None:
            assert change == {"old": before[document_id], "new": after[document_id]}
    assert any(change is not None for change in moved.values())
    document = client.get(f"/api/v1/documents/{next(iter(before))}", headers=prosecutor).json()
    assert document["provenance"]["models"]["lead-scorer"] == "lead-scorer/2"
    assert "变化" in client.get("/queue", headers=prosecutor).text

    rolled = client.post("/api/v1/models/lead-scorer/rollback", headers=admin)
    assert rolled.status_code == 202 and rolled.json()["state"] == "done"
    assert _priorities(client, prosecutor) == before
    registry = client.get("/api/v1/models/registry", headers=prosecutor).json()
    assert registry["history"]["lead-scorer"] == ["1"]
    assert [row["version"] for row in registry["versions"] if row["promoted"]] == ["1"]
    with session_scope(client.app.state.sessions) as session:
        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.action.like("model.%"))))
    assert actions == ["model.promote", "model.rollback"]


def test_shadow_candidate_scores_new_documents_without_changing_the_queue(scored_client):
    client = scored_client
    admin = bearer(client, "root", "admin")
    prosecutor = bearer(client, "li", "prosecutor")
    assert client.put("/api/v1/models/shadow", headers=prosecutor, json={"version": "2"}).status_code == 403
    assert client.put("/api/v1/models/shadow", headers=admin, json={"version": "7"}).status_code == 404
    chosen = client.put("/api/v1/models/shadow", headers=admin, json={"name": "lead-scorer", "version": "2"})
    assert chosen.status_code == 200 and chosen.json()["shadow"]["ref"] == "lead-scorer/2"
    upload(client, prosecutor, DOCUMENTS)

    items = client.get("/api/v1/clues?limit=100", headers=prosecutor).json()["items"]
    priorities = [item["priority"] for item in items]
    assert priorities == sorted(priorities, reverse=True)
    with session_scope(client.app.state.sessions) as session:
        shadow = {row.document_pk: row.priority for row in session.scalars(select(ShadowScore))}
    assert len(shadow) == 6
    for item in items:  # the queue carries the version in use, not the candidate
        document = client.get(f"/api/v1/documents/{item['document_id']}", headers=prosecutor).json()
        assert document["provenance"]["models"]["lead-scorer"] == "lead-scorer/1"
        assert item["priority"] == round(document["scores"]["priority"], 4)

    report = client.get("/api/v1/models/shadow/compare", headers=prosecutor).json()
    assert report["candidate"] == "lead-scorer/2" and report["documents"] == 6
    assert 0.0 <= report["agreement"] <= 1.0 and report["mean_abs_shift"] > 0
    top = report["top_moved"][0]
    assert abs(top["candidate_priority"] - top["priority"]) == pytest.approx(
        max(abs(row["candidate_priority"] - row["priority"]) for row in report["top_moved"]), abs=1e-4)
    assert client.put("/api/v1/models/shadow", headers=admin, json={"name": None}).json() == {"shadow": None}


def test_model_page_buttons_promote_shadow_and_correct_a_field(scored_client):
    from tests.service.conftest import add_user, login

    client = scored_client
    add_user(client, "root", "admin")
    csrf = login(client, "root")
    upload(client, {"X-CSRF-Token": csrf}, DOCUMENTS[:2])
    page = client.get("/models").text
    assert "重新训练" in page and "发布此版本" in page and "设为影子候选" in page and "使用中" in page
    assert client.post("/models/lead-scorer/promote", data={"version": "2"}).status_code == 403  # no CSRF token
    done = client.post("/models/lead-scorer/promote", data={"version": "2", "csrf_token": csrf},
                       follow_redirects=False)
    assert done.status_code == 303
    page = client.get("/models").text
    assert "回退 lead-scorer" in page and "重新评分" in page and "2 份文书" in page
    shadow = client.post("/models/shadow", data={"name": "lead-scorer", "version": "1", "csrf_token": csrf},
                         follow_redirects=False)
    assert shadow.status_code == 303 and "lead-scorer/1" in client.get("/models/shadow").text

    clue = client.get("/api/v1/clues", headers={"X-CSRF-Token": csrf}).json()["items"][0]
    assert "更正提取结果" in client.get(f"/clues/{clue['id']}").text
    fixed = client.post(f"/clues/{clue['id']}/correct", follow_redirects=False,
                        data={"field": "amount", "index": "0", "value": "70,000", "role": "goods_value",
                              "csrf_token": csrf})
    assert fixed.status_code == 303
    amount = client.get(f"/api/v1/clues/{clue['id']}").json()["fields"]["amounts"][0]
    assert (amount["value"], amount["role"]) == (70000.0, "goods_value")


def test_promotion_is_refused_when_the_pipeline_reads_another_models_folder(make_client):
    client = make_client()  # settings.models_dir is a temporary folder, LEADMINER_MODELS_DIR unset
    admin = bearer(client, "root", "admin")
    refused = client.post("/api/v1/models/lead-scorer/promote", headers=admin, json={"version": "1"})
    assert refused.status_code == 409 and "LEADMINER_MODELS_DIR" in refused.json()["detail"]
