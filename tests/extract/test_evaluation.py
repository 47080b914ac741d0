"""``leadminer evaluate extraction`` on the hand-written held-out decisions."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from analysis.evaluation.extraction import evaluate_extraction
from analysis.evaluation.gold import GoldDocument, load_gold
from service.cli.main import app
from tests.extract.helpers import HANDWRITTEN


def test_cli_prints_and_writes_figures(tmp_path):
    out = tmp_path / "figures.json"
    result = CliRunner().invoke(app, ["evaluate", "extraction", "--gold", str(HANDWRITTEN / "gold.jsonl"),
                                      "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "| amounts |" in result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["documents"] == 12
    assert report["fields"]["amounts"]["normalized"]["f1"] >= 0.95
    assert report["fields"]["statutes"]["normalized"]["f1"] >= 0.97
    assert report["micro"]["f1"] >= 0.95


def test_errors_are_listed_with_spans():
    gold = {"decision_number": "X〔2023〕1号", "amounts": [{"role": "fine", "value": 100.0}]}
    text = "某局\n行政处罚决定书\nX〔2023〕2号\n本局决定：罚款人民币200元。"
    report = evaluate_extraction([GoldDocument(doc_id="d", fields=gold, text=text)])
    kinds = {(e["field"], e["kind"]) for e in report["errors"]}
    assert ("decision_number", "wrong") in kinds and ("amounts", "spurious") in kinds
    spurious = next(e for e in report["errors"] if e["kind"] == "spurious")
    assert text[spurious["span"]["start"]:spurious["span"]["end"]] == spurious["span"]["text"]
    assert report["fields"]["amounts"]["normalized"]["recall"] == 0.0


def test_rows_without_text_are_read_from_files_and_split_by_format(tmp_path):
    (tmp_path / "a.txt").write_text((HANDWRITTEN / "04_fishery_closed_season.txt").read_text(encoding="utf-8"),
                                    encoding="utf-8")
    row = {"path": "a.txt", "format": "txt", "split": "test",
           "gold": {"fields": {"decision_date": "2023-07-04", "amounts": [{"role": "fine", "value": 20000}]}}}
    (tmp_path / "gold.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    documents = list(load_gold(tmp_path / "gold.jsonl", split="test"))
    report = evaluate_extraction(documents)
    assert report["failures"] == []
    assert report["fields"]["decision_date"]["normalized"]["f1"] == 1.0
    assert report["by_kind"]["text"]["micro"]["tp"] >= 1


def test_heldout_decisions_meet_the_targets():
    """Decisions written after development (tests/extract/data/heldout), scored per field."""
    report = evaluate_extraction(load_gold(HANDWRITTEN.parent / "heldout" / "gold.jsonl"))
    assert report["documents"] == 5
    assert report["fields"]["amounts"]["normalized"]["f1"] >= 0.95
    assert report["fields"]["statutes"]["normalized"]["f1"] >= 0.97
    assert report["micro"]["f1"] >= 0.95


def test_report_has_a_field_table_for_scanned_documents():
    from analysis.evaluation.extraction import format_report

    text = (HANDWRITTEN / "04_fishery_closed_season.txt").read_text(encoding="utf-8")
    gold = {"decision_date": "2023-07-04", "amounts": [{"role": "fine", "value": 20000}]}
    documents = [GoldDocument(doc_id="t", fields=gold, text=text, format="txt"),
                 GoldDocument(doc_id="s", fields={**gold, "decision_date": "2023-07-05"}, text=text, format="png")]
    report = evaluate_extraction(documents)
    assert report["by_kind"]["scanned"]["documents"] == 1
    assert report["by_kind"]["scanned"]["fields"]["decision_date"]["normalized"]["f1"] == 0.0
    assert report["by_kind"]["text"]["fields"]["decision_date"]["normalized"]["f1"] == 1.0
    printed = format_report(report)
    scanned = printed[printed.index("scanned documents (1)"):]
    assert "| decision_date | 0.000 | 0.000 | 0.000 |" in scanned.split("format ")[0]
