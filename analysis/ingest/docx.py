"""DOCX parser: paragraphs and tables in document order (one page, text source ``native``).

A table row becomes one line, its cells joined by a tab; a merged cell (python-docx repeats
it across the columns it spans) is read once. Page headers and footers (an agency letterhead,
"第1页 共3页", a file reference printed on every page) are not part of the decision body and are
left out of the text. Legacy binary ``.doc`` (OLE2) is not supported.
"""

from __future__ import annotations

import io

from analysis.errors import InputError
from analysis.ingest.base import PARSERS, Parser, zip_member_names
from analysis.record import DocumentRecord, Page
from analysis.settings import AnalysisSettings

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _table_lines(table) -> list[str]:
    lines = []
    for row in table.rows:
        seen: list[object] = []
        cells = []
        for cell in row.cells:
            if any(cell._tc is other for other in seen):
                continue
            seen.append(cell._tc)
            cells.append(" ".join(cell.text.split()))
        if any(cells):
            lines.append("\t".join(cells))
    return lines


def docx_lines(data: bytes) -> list[str]:
    """Non-empty paragraph lines and table rows in the order they appear in the body."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = Document(io.BytesIO(data))
    lines: list[str] = []
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = Paragraph(element, document).text.strip()
            if text:
                lines.append(text)
        elif tag == "tbl":
            lines.extend(_table_lines(Table(element, document)))
    return lines


@PARSERS.register("parser.docx.v1")
class DocxParser(Parser):
    name = "parser.docx.v1"
    media_types = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",)
    extensions = ("docx",)

    def content_score(self, head: bytes, data: bytes | None) -> float:
        if head.startswith(b"PK") and "word/document.xml" in zip_member_names(data):
            return 1.0
        return 0.0

    def parse(self, data: bytes, record: DocumentRecord, settings: AnalysisSettings) -> None:
        if data.startswith(OLE2):
            raise InputError("E002", detail="legacy Word .doc; save it as .docx")
        record.pages.append(Page(number=1, text="\n".join(docx_lines(data)), text_source="native"))
