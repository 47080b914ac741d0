"""The admin action 重新训练: a background job runs ``leadminer train`` on generated data plus
the reviewer labels and writes a new domain-clf version (nothing promoted)."""

from __future__ import annotations

import pytest

from analysis.models import ModelRegistry
from tests.service.conftest import bearer, decision, upload


@pytest.mark.slow
def test_retrain_job_writes_a_new_version_from_the_reviewer_labels(make_client, settings):
    client = make_client()
    admin = bearer(client, "root", "admin")
    upload(client, admin, [("a.txt", decision(1, 62000))])
    clue = client.get("/api/v1/clues", headers=admin).json()["items"][0]
    client.post(f"/api/v1/clues/{clue['id']}/reviews", headers=admin,
                json={"action": "disposition", "disposition": "transfer_police"})
    started = client.post("/api/v1/models/retrain", headers=admin, json={"n": 80})
    assert started.status_code == 202
    job = client.get(f"/api/v1/models/jobs/{started.json()['id']}", headers=admin).json()
    assert job["state"] == "done", job
    assert job["detail"]["labels"] == 1 and "domain-clf" in job["detail"]["output"]
    registry = ModelRegistry(settings.models_dir)
    assert registry.versions("domain-clf") == ["1"] and registry.promoted("domain-clf") is None
    assert "1 reviewed" in registry.get("domain-clf", "1").card()["source"]
