"""The decision's text as HTML with evidence spans marked (for documents without page images,
and as a second view under the page image)."""

from __future__ import annotations

from html import escape
from typing import Any


def highlighted_text(text: str, evidence: list[dict[str, Any]]) -> str:
    spans = sorted({(e["start"], e["end"], e["finding"]) for e in evidence
                    if not e.get("document_id") and 0 <= e["start"] < e["end"] <= len(text)})
    parts, cursor = [], 0
    for start, end, finding in spans:
        if start < cursor:
            continue
        parts.append(escape(text[cursor:start]))
        parts.append(f'<mark class="ev" data-finding="{finding}" id="span-{start}">'
                     f'{escape(text[start:end])}</mark>')
        cursor = end
    parts.append(escape(text[cursor:]))
    return "".join(parts)
