"""Report files: written, readable, ranked, with explanation, source and evidence."""

from __future__ import annotations

import csv

import pytest

from analysis.report import clue_rows, write_report
from analysis.scoring.knowledge import load_knowledge
from analysis.scoring.learned import LearnedScorer
from analysis.scoring.rules import run_rules
from tests.scoring.builders import make_record


@pytest.fixture()
def records():
    text = ("沪金市监处〔2023〕123号。当事人：上海某某食品有限公司。经查，当事人销售不符合食品安全标准的食品，"
            "销售金额68000元。决定罚款5000元。")
    flagged = make_record(text, name="a.txt", domain="food_safety", decision_date="2023-05-10",
                          amounts=[("68000元", "sales_amount", 68000), ("5000元", "fine", 5000)],
                          party=("上海某某食品有限公司", None, None))
    clean = make_record("经查，当事人未按规定公示年度报告。决定警告。", name="b.txt", domain="market",
                        penalties=["warning"])
    for record in (flagged, clean):
        record.findings = run_rules(record, load_knowledge())
    return LearnedScorer(rules_only=True).score([clean, flagged])


def test_rows_ranked_with_explanation_and_page(records):
    rows = clue_rows(records)
    assert rows and rows[0].source_file == "a.txt" and rows[0].rank == 1
    assert rows[0].kind == "criminal_transfer" and rows[0].pages == "1"
    assert all(row.explanation and row.legal_source and row.evidence for row in rows)


def test_xlsx_report_readable(records, tmp_path):
    from openpyxl import load_workbook

    out = write_report(records, tmp_path / "report.xlsx")
    book = load_workbook(out)
    clues = list(book["线索"].iter_rows(values_only=True))
    assert clues[0][0] == "排名" and "销售金额6.8万元" in clues[1][4]
    assert len(list(book["文书"].iter_rows(values_only=True))) == 3


def test_csv_report_readable(records, tmp_path):
    out = write_report(records, tmp_path / "report.csv")
    with out.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and rows[0]["来源文件"] == "a.txt" and rows[0]["页码"] == "1"


def test_html_report_offline_with_highlighted_evidence(records, tmp_path):
    out = write_report(records, tmp_path / "report.html")
    page = out.read_text(encoding="utf-8")
    assert "销售金额6.8万元，超过立案追诉标准5万元（超出36%）" in page
    assert "<mark>68000元</mark>" in page and "第1页" in page
    assert "http://" not in page and "https://" not in page and "<script" not in page


def test_unknown_format_rejected(records, tmp_path):
    with pytest.raises(ValueError):
        write_report(records, tmp_path / "report.pdf")
