"""Ranked screening reports (CSV, XLSX, HTML) built from analysed and linked records."""

from analysis.report.rows import ClueRow, clue_rows
from analysis.report.writers import write_report

__all__ = ["ClueRow", "clue_rows", "write_report"]
