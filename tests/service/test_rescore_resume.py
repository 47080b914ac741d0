"""A re-score interrupted by a dying service continues where it stopped when the service
starts again (real SQLite database): files done before the interruption are not re-scored,
every clue keeps the priority it had before the job as its "old" value, and the queue's
"what moved" view lists every change of the job."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select

from service import rescore
from service.db.engine import session_scope
from service.db.models import ClueMove, ModelJob
from tests.service.conftest import bearer, clue_analyzer, decision, upload

DOCUMENTS = [(f"r{i}.txt", decision(i, 30000 + i * 11000, f"第{i}号食品有限公司")) for i in range(6)]


class ServiceDied(BaseException):
    """Stands for the process being killed: not an ``Exception``, so no handler records it."""


class SwitchableAnalyzer:
    """``clue_analyzer`` whose priorities a "model version" scales; counts calls per file and
    can die on a given call, as the service would mid-way through a re-score."""

    def __init__(self) -> None:
        self.factor = 1.0
        self.calls: Counter[str] = Counter()
        self.die_on_call: int | None = None

    def __call__(self, data: bytes, name: str) -> list[dict]:
        if self.die_on_call is not None and sum(self.calls.values()) + 1 == self.die_on_call:
            raise ServiceDied(name)
        self.calls[name] += 1
        records = clue_analyzer(data, name)
        for record in records:
            scores = record.get("scores") or {}
            for key in ("priority", "criminal_transfer"):
                if key in scores:
                    scores[key] = round(scores[key] * self.factor, 6)
        return records


def _priorities(client, headers) -> dict[str, float]:
    items = client.get("/api/v1/clues?limit=100", headers=headers).json()["items"]
    return {item["document_id"]: item["priority"] for item in items}


def _job(client, job_id: int) -> ModelJob:
    with session_scope(client.app.state.sessions) as session:
        job = session.get(ModelJob, job_id)
        session.expunge(job)
        return job


def test_an_interrupted_rescore_resumes_after_the_last_file_done(make_client):
    analyzer = SwitchableAnalyzer()
    client = make_client(analyze=analyzer)
    admin = bearer(client, "root", "admin")
    upload(client, admin, DOCUMENTS)
    before = _priorities(client, admin)
    assert len(before) == 6 and len(set(before.values())) == 6

    analyzer.factor, analyzer.calls, analyzer.die_on_call = 0.5, Counter(), 4  # "promoted" model
    state = client.app.state
    with session_scope(state.sessions) as session:
        job_id = rescore.start_job(session, "rescore", reason="promote test/2", user="root").id
    with pytest.raises(ServiceDied):
        rescore.run_rescore(state.sessions, state.store, analyzer, job_id)

    stopped = _job(client, job_id)
    assert stopped.state == "running" and stopped.detail["documents"] == 3
    assert sorted(analyzer.calls) == ["r0.txt", "r1.txt", "r2.txt"]  # the 4th file's transaction was lost
    half = _priorities(client, admin)
    assert sum(abs(half[d] - before[d]) > 1e-9 for d in before) == 3
    assert all(move is None for move in _moved(client, admin).values())  # no finished job to show yet

    analyzer.die_on_call, analyzer.calls = None, Counter()
    restarted = make_client(analyze=analyzer)  # service start: unfinished re-scores are queued again
    job = _job(restarted, job_id)
    assert job.state == "done", job.error
    assert sorted(analyzer.calls) == ["r3.txt", "r4.txt", "r5.txt"]  # each file re-scored once in all
    assert job.detail["documents"] == 6 and job.detail["changed"] == 6 and job.detail["resumed"] == 1

    after = _priorities(restarted, admin)
    assert after == pytest.approx({d: p * 0.5 for d, p in before.items()}, abs=1e-4)
    moved = _moved(restarted, admin)
    assert moved == {d: {"old": round(before[d], 4), "new": round(after[d], 4)} for d in before}
    with session_scope(state.sessions) as session:
        clues = [row for row in session.scalars(select(ClueMove.clue_id).where(ClueMove.job_id == job_id))]
    assert len(clues) == len(set(clues)) == 6


def test_a_finished_rescore_is_not_run_again_on_restart(make_client):
    analyzer = SwitchableAnalyzer()
    client = make_client(analyze=analyzer)
    admin = bearer(client, "root", "admin")
    upload(client, admin, DOCUMENTS[:2])
    state = client.app.state
    with session_scope(state.sessions) as session:
        job_id = rescore.start_job(session, "rescore", reason="promote", user="root").id
    analyzer.factor, analyzer.calls = 0.5, Counter()
    rescore.run_rescore(state.sessions, state.store, analyzer, job_id)
    assert _job(client, job_id).state == "done" and sum(analyzer.calls.values()) == 2

    analyzer.calls = Counter()
    make_client(analyze=analyzer)
    assert sum(analyzer.calls.values()) == 0  # nothing left to resume
    rescore.run_rescore(state.sessions, state.store, analyzer, job_id)  # a second run of a done job: no-op
    assert sum(analyzer.calls.values()) == 0


def _moved(client, headers) -> dict[str, dict | None]:
    items = client.get("/api/v1/clues?limit=100", headers=headers).json()["items"]
    return {item["document_id"]: item["moved"] for item in items}
