"""``leadminer labels simulate --gold FILE``: model order against random order on a tiny gold file."""

from __future__ import annotations

from typer.testing import CliRunner

from analysis.labels import Gold, LabeledDocument, Lead, write_jsonl
from service.cli.labels import relevant_documents
from service.cli.main import app
from tests.service.conftest import decision

# decisions over the 50000 元 sales threshold carry a criminal-transfer lead in the gold file
AMOUNTS = [3000, 8000, 62000, 12000, 150000, 5000, 9000, 80000]


def _gold(tmp_path, *, leads: bool = True):
    rows = [LabeledDocument(document_id=f"d{i}", text=decision(i + 1, amount, f"第{i}有限公司").decode("utf-8"),
                            gold=Gold(leads=[Lead(kind="criminal_transfer", rule="gold")]
                                      if leads and amount >= 50000 else []))
            for i, amount in enumerate(AMOUNTS)]
    path = tmp_path / "gold.jsonl"
    write_jsonl(path, rows)
    return path, rows


def _line(output: str, label: str) -> list[str]:
    return next(line for line in output.splitlines() if line.startswith(label)).split()


def test_simulate_reports_recall_and_wss_for_model_and_random_order(tmp_path):
    path, rows = _gold(tmp_path)
    assert relevant_documents(rows) == {"d2", "d4", "d7"}
    assert relevant_documents(rows, "public_interest") == set()
    done = CliRunner().invoke(app, ["labels", "simulate", "--gold", str(path), "--repeats", "10"])
    assert done.exit_code == 0, done.output
    assert "文书 8 份，其中有线索 3 份" in done.output
    model, random = _line(done.output, "模型排序"), _line(done.output, "随机顺序")
    # the three over-threshold decisions rank first: all found after 3 of 8 (WSS@95 = 5/8 - 0.05)
    assert model[1:5] == ["33.3%", "33.3%", "66.7%", "100.0%"] and model[5] == "0.575"
    assert float(random[5]) < float(model[5]) and random[4] != "100.0%"


def test_simulate_refuses_files_it_cannot_measure(tmp_path):
    runner = CliRunner()
    path, _rows = _gold(tmp_path, leads=False)
    assert runner.invoke(app, ["labels", "simulate", "--gold", str(path)]).exit_code == 1
    assert runner.invoke(app, ["labels", "simulate", "--gold", str(path), "--kind", "nonsense"]).exit_code == 2
    assert runner.invoke(app, ["labels", "simulate", "--gold", str(tmp_path / "missing.jsonl")]).exit_code == 2
