"""Evidence boxes for the clue page: each finding's (and key field's) spans mapped to page
boxes, in the page's own unit; the browser scales them to the rendered image."""

from __future__ import annotations

from typing import Any

from analysis.record import DocumentRecord


def page_geometry(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"number": page.get("number"), "width": page.get("width"), "height": page.get("height"),
             "unit": page.get("unit", "pt"), "start": page.get("start", 0), "end": page.get("end", 0)}
            for page in record.get("pages") or []]


def finding_evidence(record: dict[str, Any]) -> list[dict[str, Any]]:
    """One entry per evidence span: finding index, page, boxes, start/end and text."""
    parsed = _parse(record)
    result = []
    for index, finding in enumerate(record.get("findings") or []):
        for evidence in finding.get("evidence") or []:
            result.append(_locate(parsed, record, evidence, index, finding.get("kind", "")))
    return result


def _parse(record: dict[str, Any]) -> DocumentRecord | None:
    try:
        return DocumentRecord.model_validate(record)
    except ValueError:
        return None


def _locate(parsed: DocumentRecord | None, record: dict[str, Any], evidence: dict[str, Any],
            index: int, kind: str) -> dict[str, Any]:
    start, end = int(evidence.get("start", 0)), int(evidence.get("end", 0))
    if evidence.get("document_id"):  # a span in another (linked) document
        return {"finding": index, "kind": kind, "page": None, "boxes": [], "start": start, "end": end,
                "text": evidence.get("text") or "", "document_id": evidence["document_id"]}
    boxes, page = evidence.get("boxes") or [], evidence.get("page")
    if not boxes and parsed is not None:
        located = parsed.evidence(start, end)
        boxes = [box.model_dump() for box in located.boxes]
        page = page or located.page
    text = evidence.get("text") or (record.get("text") or "")[start:end]
    return {"finding": index, "kind": kind, "page": page, "boxes": boxes, "start": start, "end": end,
            "text": text}


def located_without_units(record: dict[str, Any]) -> dict[str, Any]:
    """The record to store: every finding's evidence carries its page and boxes, and the pages
    drop their character boxes (``units``, ~85% of a record's size), which nothing needs after."""
    parsed = _parse(record) if any(
        not evidence.get("boxes") and not evidence.get("document_id")
        for finding in record.get("findings") or [] for evidence in finding.get("evidence") or []) else None
    findings = []
    for finding in record.get("findings") or []:
        evidence = []
        for item in finding.get("evidence") or []:
            if parsed is not None and not item.get("boxes") and not item.get("document_id"):
                located = parsed.evidence(int(item.get("start", 0)), int(item.get("end", 0)))
                item = {**item, "page": item.get("page") or located.page,
                        "boxes": [box.model_dump() for box in located.boxes]}
            evidence.append(item)
        findings.append({**finding, "evidence": evidence})
    pages = [{key: value for key, value in page.items() if key != "units"} for page in record.get("pages") or []]
    return {**record, "findings": findings, "pages": pages}
