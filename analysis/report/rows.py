"""One report row per clue (finding), ranked by the document's priority then the finding.

Documents without findings appear only in the document sheet of the XLSX report; the clue
rows are what a prosecutor reads top-down.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from analysis.record import DocumentRecord, Evidence, Finding
from analysis.scoring.facts import money

KIND_NAMES = {"criminal_transfer": "涉嫌犯罪应移送（以罚代刑）", "public_interest": "公益诉讼线索",
              "enforcement_irregularity": "执法不规范", "repeat_offender": "多次违法"}
KIND_ORDER = {"criminal_transfer": 0, "public_interest": 1, "enforcement_irregularity": 2, "repeat_offender": 3}
KEY_ROLES = (("sales_amount", "销售金额"), ("goods_value", "货值金额"), ("illegal_gains", "违法所得"),
             ("damage", "损失"), ("tax_evaded", "逃税额"), ("fine", "罚款"))
CONTEXT_CHARS = 40


@dataclass
class ClueRow:
    rank: int
    priority: float
    kind: str
    kind_name: str
    rule: str
    offense: str
    explanation: str
    legal_source: str
    agency: str
    party: str
    decision_number: str
    key_amounts: str
    source_file: str
    pages: str
    confidence: float
    document_id: str
    evidence: list[tuple[str, str, str, int | None]] = field(default_factory=list)  # before, hit, after, page

    def as_dict(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in COLUMNS}


COLUMNS = ("rank", "priority", "kind_name", "offense", "explanation", "legal_source", "agency", "party",
           "decision_number", "key_amounts", "source_file", "pages", "confidence", "rule", "document_id")
HEADERS = {"rank": "排名", "priority": "优先级", "kind_name": "线索类型", "offense": "涉嫌罪名/领域",
           "explanation": "线索说明", "legal_source": "法律依据", "agency": "执法机关", "party": "当事人",
           "decision_number": "决定书文号", "key_amounts": "关键金额", "source_file": "来源文件", "pages": "页码",
           "confidence": "置信度", "rule": "规则", "document_id": "文书标识"}


def source_name(record: DocumentRecord) -> str:
    return record.source.member or record.source.name


def key_amounts(record: DocumentRecord) -> str:
    if record.fields is None:
        return ""
    parts = []
    for role, label in KEY_ROLES:
        values = [amount.value for amount in record.fields.amounts if amount.role == role]
        if values:
            parts.append(f"{label}{money(max(values))}")
    return "；".join(parts)


def snippet(record: DocumentRecord, evidence: Evidence) -> tuple[str, str, str, int | None]:
    """The evidence span with some context either side (own document only)."""
    text = record.text
    start, end = max(0, evidence.start), min(len(text), evidence.end)
    before = text[max(0, start - CONTEXT_CHARS):start]
    after = text[end:end + CONTEXT_CHARS]
    return before, text[start:end], after, evidence.page


def _text(field) -> str:
    return field.value if field is not None else ""


def _row(record: DocumentRecord, found: Finding) -> ClueRow:
    fields = record.fields
    own = [item for item in found.evidence if item.document_id in (None, record.document_id)]
    others = len(found.evidence) - len(own)
    pages = sorted({item.page for item in own if item.page is not None})
    offense = found.offense or (found.field or "")
    return ClueRow(
        rank=0, priority=round(record.scores.priority if record.scores else found.confidence, 4),
        kind=found.kind, kind_name=KIND_NAMES.get(found.kind, found.kind), rule=found.rule, offense=offense,
        explanation=found.explanation + (f"（另有{others}处证据在关联文书中）" if others else ""),
        legal_source=found.source, agency=_text(fields.agency) if fields else "",
        party="、".join(party.name for party in fields.parties) if fields else "",
        decision_number=_text(fields.decision_number) if fields else "", key_amounts=key_amounts(record),
        source_file=source_name(record), pages=",".join(str(page) for page in pages),
        confidence=found.confidence, document_id=record.document_id,
        evidence=[snippet(record, item) for item in own])


def clue_rows(records: list[DocumentRecord]) -> list[ClueRow]:
    """Every finding as a row, highest document priority first."""
    rows = [_row(record, found) for record in records for found in record.findings]
    rows.sort(key=lambda row: (-row.priority, row.document_id, KIND_ORDER.get(row.kind, 9), -row.confidence))
    for rank, row in enumerate(rows, start=1):
        row.rank = rank
    return rows
