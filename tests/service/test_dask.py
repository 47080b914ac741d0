"""Jobs on the embedded Dask LocalCluster (the default executor): a task that fails once, as
when its worker is lost, is re-run by Dask and the job still completes."""

from __future__ import annotations

from pathlib import Path

from tests.service.conftest import bearer, clue_analyzer, decision, upload


class FlakyAnalyzer:
    """Fails on the first call for each file name (the marker lives on disk, shared by threads)."""

    def __init__(self, marker_dir: Path) -> None:
        self.marker_dir = marker_dir

    def __call__(self, data: bytes, name: str) -> list[dict]:
        marker = self.marker_dir / (name + ".seen")
        if not marker.exists():
            marker.write_text("1")
            raise ConnectionError("worker lost")
        return clue_analyzer(data, name)


def test_dask_cluster_runs_jobs_and_retries_a_lost_task(make_client, settings, tmp_path):
    dask_settings = settings.model_copy(update={"executor": "dask", "dask_threads_per_worker": 2})
    client = make_client(analyze=FlakyAnalyzer(tmp_path), app_settings=dask_settings)
    prosecutor = bearer(client, "li", "prosecutor")
    dossier = upload(client, prosecutor, [("a.txt", decision(1)), ("b.txt", decision(2, 90000))])
    client.app.state.runner.wait(timeout=120)
    progress = client.get(f"/api/v1/dossiers/{dossier['id']}", headers=prosecutor).json()
    assert [item["job"]["state"] for item in progress["files"]] == ["done", "done"]
    assert progress["progress"]["documents"] == 2
    assert sorted(p.name for p in tmp_path.glob("*.seen")) == ["a.txt.seen", "b.txt.seen"]
    names = [item["name"] for item in client.get("/api/v1/clues", headers=prosecutor).json()["items"]]
    assert names == ["b.txt", "a.txt"]


def test_scheduler_address_sends_the_tasks_to_an_existing_cluster(make_client, settings):
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, processes=False, threads_per_worker=1, dashboard_address=None) as cluster:
        remote = settings.model_copy(update={"executor": "dask", "dask_scheduler": cluster.scheduler_address})
        client = make_client(analyze=clue_analyzer, app_settings=remote)
        prosecutor = bearer(client, "li", "prosecutor")
        upload(client, prosecutor, [("a.txt", decision(1))])
        client.app.state.runner.wait(timeout=120)
        assert client.app.state.runner.cluster is None  # no embedded cluster was started
        assert "analyze" in cluster.scheduler.task_prefixes  # the task ran on that scheduler
        assert client.get("/api/v1/clues", headers=prosecutor).json()["items"][0]["name"] == "a.txt"
        client.__exit__(None, None, None)
