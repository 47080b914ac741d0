"""``leadminer evaluate ranking`` on a small generated corpus; parallel screening equals serial."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from analysis.scoring import screening
from service.cli.main import app


def test_evaluate_ranking_on_generated_corpus(tmp_path):
    runner = CliRunner()
    corpus = tmp_path / "corpus"
    made = runner.invoke(app, ["corpus", "generate", "--n", "16", "--seed", "3", "--out", str(corpus),
                               "--formats", "txt", "--scan-share", "0"])
    assert made.exit_code == 0, made.output
    out = tmp_path / "eval.json"
    result = runner.invoke(app, ["evaluate", "ranking", "--gold", str(corpus / "gold.jsonl"), "--json", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["documents"] == 16 and "移送线索召回率" in result.output
    assert set(report["per_kind"]) >= {"criminal_transfer", "public_interest", "enforcement_irregularity"}
    assert report["completeness"]["share"] == 1.0


def test_parallel_screening_matches_serial(tmp_path, monkeypatch):
    for i, sales in enumerate((68000, 12000, 3000)):
        (tmp_path / f"{i}.txt").write_text(
            f"某市市场监督管理局\n行政处罚决定书\n经查，当事人销售致病菌超标、不符合食品安全标准的食品，销售金额{sales}元。\n"
            "决定罚款5000元。\n2023年5月10日\n", encoding="utf-8")
    serial = screening.screen([tmp_path])
    monkeypatch.setattr(screening, "CHUNK", 1)
    parallel = screening.screen([tmp_path], workers=2)
    assert [r.document_id for r in serial] == [r.document_id for r in parallel]
    assert [len(r.findings) for r in serial] == [len(r.findings) for r in parallel]
