"""Penalties imposed by the decision (warning, fine, confiscation, ...), one per kind.

Read only from the decision section (or, when no decision section was found, from the
text after the last 依据/根据 sentence), so that penalties quoted from a law or described in
the performance clause (加处罚款) are not counted as imposed.
"""

from __future__ import annotations

import re

from analysis.extract.amounts import quoted_regions
from analysis.extract.document import Document
from analysis.record import Penalty

PRODUCER = "extract.penalties.v1"
PENALTY_CUES: list[tuple[str, str]] = [
    ("warning", r"警告|通报批评|(?<=[（(][一二三四五六七八九十1-9][)）])[警告](?=[；;。，,])"),  # （一）告； OCR lost a character
    ("fine", r"(?<!加处)罚款(?!数额)|处以?[^。；]{0,30}?罚款|罚款人民币"),
    ("confiscation", r"没收"),
    ("license_revocation", r"吊销|撤销[^。；]{0,12}(?:许可证|执照|资格|资质)"),
    ("suspension", r"责令停产停业|停产整顿|停产整治|停业整顿|暂扣|暂停[^。；]{0,10}(?:许可|执业|营业|资格)|责令关闭|"
                   r"责令停止(?:生产|营业|施工|建设|使用)|限制开展生产经营活动|降低资质等级"),
    ("detention", r"行政拘留|拘留"),
    ("order_to_correct", r"责令[^。；，]{0,10}?(?:改正|整改|停止(?!生产|营业|停业|施工|建设|使用)|退还|退回|拆除|"
                         r"恢复|补种|治理|消除|采取|重新|补办|清除|召回|履行|支付|搬迁)"),
    ("other", r"追缴[^。；，]{0,6}(?:税款|滞纳金)|加付赔偿金|(?<!责令)限期拆除|恢复土地原状"),
]
_COMPILED = [(kind, re.compile(pattern)) for kind, pattern in PENALTY_CUES]


def decision_zone(doc: Document, sections: dict[str, tuple[int, int]]) -> tuple[int, int]:
    """From the first of 依据/决定 to the first of 履行/救济/落款 after it (sections may interleave)."""
    starts = [sections[name][0] for name in ("decision", "basis") if name in sections]
    start = min(starts) if starts else len(doc.compact) // 2
    if "decision" in sections and "analysis" in sections and sections["analysis"][0] > start:
        start = min(start, sections["decision"][0])
    ends = [sections[name][0] for name in ("performance", "remedy", "signature")
            if name in sections and sections[name][0] > start]
    return start, min(ends, default=len(doc.compact))


def extract_penalties(doc: Document, sections: dict[str, tuple[int, int]]) -> list[Penalty]:
    start, end = decision_zone(doc, sections)
    regions = quoted_regions(doc)
    found: list[Penalty] = []
    seen: set[str] = set()
    for kind, pattern in _COMPILED:
        for match in pattern.finditer(doc.compact, start, end):
            if any(a <= match.start() < b for a, b in regions):
                continue
            if kind not in seen:
                seen.add(kind)
                found.append(Penalty(kind=kind, **doc.provenance(match.start(), match.end(), PRODUCER, 0.85)))
            break
    found.sort(key=lambda p: p.start)
    return found
