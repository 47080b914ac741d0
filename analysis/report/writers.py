"""Write the ranked clue report as CSV (Excel-friendly UTF-8), XLSX or a self-contained HTML page.

The format follows the output file's extension. The HTML page has no external asset (inline
CSS, no script from the network), so it opens offline; each clue shows its evidence text
with the span highlighted and its page number.
"""

from __future__ import annotations

import csv
import html
from datetime import datetime, timezone
from pathlib import Path

from analysis.record import DocumentRecord
from analysis.report.rows import COLUMNS, HEADERS, ClueRow, clue_rows, key_amounts, source_name

FORMATS = (".csv", ".xlsx", ".html", ".htm")


def write_report(records: list[DocumentRecord], out: Path) -> Path:
    """Write ``records``' clues to ``out``; the suffix chooses the format."""
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"不支持的报告格式“{suffix}”，请使用 .xlsx、.csv 或 .html")
    out.parent.mkdir(parents=True, exist_ok=True)
    rows = clue_rows(records)
    if suffix == ".csv":
        write_csv(rows, out)
    elif suffix == ".xlsx":
        write_xlsx(rows, records, out)
    else:
        write_html(rows, records, out)
    return out


def write_csv(rows: list[ClueRow], out: Path) -> None:
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([HEADERS[name] for name in COLUMNS])
        for row in rows:
            writer.writerow([row.as_dict()[name] for name in COLUMNS])


def _document_rows(records: list[DocumentRecord]) -> list[list[object]]:
    ranked = sorted(records, key=lambda r: -(r.scores.priority if r.scores else 0.0))
    rows = []
    for record in ranked:
        scores = record.scores
        rows.append([source_name(record), record.status, round(scores.priority, 4) if scores else None,
                     round(scores.criminal_transfer, 4) if scores else None,
                     round(scores.public_interest, 4) if scores else None,
                     round(scores.enforcement_irregularity, 4) if scores else None, len(record.findings),
                     record.classification.domain if record.classification else "", key_amounts(record),
                     "；".join(f"{e.code} {e.message}" for e in record.errors), record.document_id])
    return rows


DOCUMENT_HEADERS = ("来源文件", "状态", "优先级", "移送线索分", "公益诉讼分", "执法不规范分", "线索数", "领域", "关键金额",
                    "处理问题", "文书标识")


def write_xlsx(rows: list[ClueRow], records: list[DocumentRecord], out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "线索"
    sheet.append([HEADERS[name] for name in COLUMNS])
    for row in rows:
        sheet.append([row.as_dict()[name] for name in COLUMNS])
    widths = {"A": 6, "B": 8, "C": 20, "D": 24, "E": 70, "F": 40, "G": 24, "H": 24, "I": 24, "J": 30, "K": 28}
    for column, width in widths.items():
        sheet.column_dimensions[column].width = width
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for line in sheet.iter_rows(min_row=2, min_col=5, max_col=5):
        line[0].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    documents = book.create_sheet("文书")
    documents.append(list(DOCUMENT_HEADERS))
    for line in _document_rows(records):
        documents.append(line)
    book.save(out)


STYLE = """
body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei","Microsoft YaHei",sans-serif;margin:24px;color:#222}
h1{font-size:22px} .meta{color:#666;font-size:13px}
.clue{border:1px solid #ddd;border-radius:6px;padding:12px 16px;margin:12px 0}
.clue h2{font-size:16px;margin:0 0 6px} .kind{display:inline-block;padding:1px 8px;border-radius:10px;
font-size:12px;color:#fff;background:#888;margin-right:6px}
.criminal_transfer{background:#c0392b}.public_interest{background:#27ae60}
.enforcement_irregularity{background:#d68910}.repeat_offender{background:#5d6d7e}
.explanation{font-size:15px;margin:6px 0} .source{color:#444;font-size:13px}
.facts{font-size:13px;color:#333} .evidence{background:#f7f7f7;border-left:3px solid #bbb;padding:6px 10px;
margin:6px 0;font-size:14px;white-space:pre-wrap} mark{background:#ffe066;padding:0 1px}
.page{color:#777;font-size:12px} table{border-collapse:collapse;font-size:13px}
td,th{border:1px solid #ddd;padding:3px 8px;text-align:left}
"""


def _evidence_html(row: ClueRow) -> str:
    parts = []
    for before, hit, after, page in row.evidence:
        where = f"第{page}页" if page is not None else "页码不详"
        parts.append(f'<div class="evidence"><span class="page">{where}：</span>…{html.escape(before)}'
                     f"<mark>{html.escape(hit)}</mark>{html.escape(after)}…</div>")
    return "".join(parts)


def _clue_html(row: ClueRow) -> str:
    e = html.escape
    return (f'<section class="clue" id="clue-{row.rank}"><h2>#{row.rank} <span class="kind {e(row.kind)}">'
            f"{e(row.kind_name)}</span>{e(row.offense)} <span class=\"meta\">优先级 {row.priority:.2f}"
            f" · 置信度 {row.confidence:.2f} · 规则 {e(row.rule)}</span></h2>"
            f'<p class="explanation">{e(row.explanation)}</p>'
            f'<p class="source">法律依据：{e(row.legal_source)}</p>'
            f'<p class="facts">执法机关：{e(row.agency) or "—"}　当事人：{e(row.party) or "—"}　'
            f'文号：{e(row.decision_number) or "—"}　关键金额：{e(row.key_amounts) or "—"}<br>'
            f'来源文件：{e(row.source_file)}　页码：{e(row.pages) or "—"}</p>{_evidence_html(row)}</section>')


def write_html(rows: list[ClueRow], records: list[DocumentRecord], out: Path) -> None:
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    flagged = len({row.document_id for row in rows})
    counts = {}
    for row in rows:
        counts[row.kind_name] = counts.get(row.kind_name, 0) + 1
    summary = "".join(f"<tr><td>{html.escape(k)}</td><td>{v}</td></tr>" for k, v in counts.items())
    body = "".join(_clue_html(row) for row in rows) or "<p>未发现线索。</p>"
    page = (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>线索筛查报告</title>'
            f"<style>{STYLE}</style></head><body><h1>行政处罚决定书线索筛查报告</h1>"
            f'<p class="meta">生成时间 {now} · 文书 {len(records)} 份 · 有线索文书 {flagged} 份 · 线索 {len(rows)} 条</p>'
            f"<table><tr><th>线索类型</th><th>条数</th></tr>{summary}</table>{body}</body></html>")
    out.write_text(page, encoding="utf-8")
