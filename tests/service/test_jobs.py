"""Jobs: duplicates, ZIP dossiers, failures recorded on the job, resume after a restart."""

from __future__ import annotations

import io
import zipfile

from sqlalchemy import select

from service.db.engine import session_scope
from service.db.models import Document, Job
from service.intake import Upload, receive_dossier
from tests.service.conftest import bearer, clue_analyzer, decision, upload


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_duplicate_upload_is_recognized_and_not_analyzed_twice(make_client, settings):
    calls: list[str] = []

    def counting(data: bytes, name: str) -> list[dict]:
        calls.append(name)
        return clue_analyzer(data, name)

    client = make_client(analyze=counting)
    prosecutor = bearer(client, "li", "prosecutor")
    first = upload(client, prosecutor, [("a.txt", decision(1))])
    second = upload(client, prosecutor, [("copy-of-a.txt", decision(1))])
    assert first["files"][0]["duplicate"] is False
    assert second["files"][0]["duplicate"] is True
    assert second["files"][0]["sha256"] == first["files"][0]["sha256"]
    assert calls == ["a.txt"]
    assert len(client.get("/api/v1/documents", headers=prosecutor).json()) == 1
    stored = list((settings.data_dir / "files").rglob("*"))
    assert sum(1 for path in stored if path.is_file()) == 1


def test_zip_dossier_yields_one_document_per_member_with_its_original(make_client):
    client = make_client()
    prosecutor = bearer(client, "li", "prosecutor")
    inner = _zip({"c.txt": decision(3)})
    dossier = upload(client, prosecutor, [("dossier.zip", _zip({"d/a.txt": decision(1), "d/b.txt": decision(2),
                                                                "d/inner.zip": inner}))])
    detail = client.get(f"/api/v1/dossiers/{dossier['id']}", headers=prosecutor).json()
    members = {doc["member"]: doc for doc in detail["documents"]}
    assert sorted(members) == ["d/a.txt", "d/b.txt", "d/inner.zip/c.txt"]
    for member, expected in (("d/b.txt", decision(2)), ("d/inner.zip/c.txt", decision(3))):
        original = client.get(f"/api/v1/documents/{members[member]['document_id']}/original", headers=prosecutor)
        assert original.content == expected


def test_failed_analysis_is_recorded_on_the_job(make_client):
    def broken(data: bytes, name: str) -> list[dict]:
        raise RuntimeError("worker lost")

    client = make_client(analyze=broken)
    prosecutor = bearer(client, "li", "prosecutor")
    dossier = upload(client, prosecutor, [("a.txt", decision(1))])
    job = client.get(f"/api/v1/dossiers/{dossier['id']}", headers=prosecutor).json()["files"][0]["job"]
    assert job["state"] == "failed" and "worker lost" in job["error"]
    again = upload(client, prosecutor, [("a.txt", decision(1))])  # a re-upload retries a failed job
    assert again["files"][0]["job"]["id"] == job["id"]


def test_job_left_running_is_resumed_after_restart(make_client, settings):
    first = make_client()
    with session_scope(first.app.state.sessions) as session:
        _dossier, job_ids = receive_dossier(session, first.app.state.store, [Upload("a.txt", decision(7))],
                                            agency="甲局", user=None)
        session.get(Job, job_ids[0]).state = "running"  # the process died while the job ran
    first.__exit__(None, None, None)

    restarted = make_client()
    with session_scope(restarted.app.state.sessions) as session:
        job = session.get(Job, job_ids[0])
        assert job.state == "done" and job.attempts == 1 and job.documents == 1
        assert session.scalar(select(Document.agency)) == "甲局"


def test_job_whose_task_is_cancelled_stays_queued_for_the_next_start(make_client):
    from concurrent.futures import CancelledError

    def cancelled(data: bytes, name: str) -> list[dict]:
        raise CancelledError()

    client = make_client(analyze=cancelled)
    prosecutor = bearer(client, "li", "prosecutor")
    dossier = upload(client, prosecutor, [("a.txt", decision(1))])
    job = client.get(f"/api/v1/dossiers/{dossier['id']}", headers=prosecutor).json()["files"][0]["job"]
    assert job["state"] == "queued" and job["attempts"] == 1
