"""The admin retrain job runs ``leadminer train`` on the same fast path as the command line:
no spaCy textcat unless asked, two processes, and every option it passes is one the CLI accepts."""

from __future__ import annotations

from pathlib import Path

import typer

from service.model_jobs import retrain_command


def _parsed(command: list[str]) -> dict:
    from service.cli.main import app

    train = typer.main.get_command(app).commands["train"]
    args = command[command.index("train") + 1:]
    return train.make_context("train", args).params


def test_default_retrain_job_skips_textcat_and_uses_two_processes(tmp_path: Path):
    params = _parsed(retrain_command(tmp_path / "labels", tmp_path / "models", {"n": 80, "ner": True}))
    assert params["spacy_textcat"] is False and params["jobs"] == 2
    assert params["ner"] is True and params["scorer"] is True and params["n"] == 80
    assert params["labeled"] == tmp_path / "labels" and params["models"] == tmp_path / "models"


def test_retrain_job_options_reach_the_command(tmp_path: Path):
    params = _parsed(retrain_command(tmp_path, tmp_path, {"spacy": True, "ner": False, "jobs": 1}))
    assert params["spacy_textcat"] is True and params["ner"] is False and params["jobs"] == 1
