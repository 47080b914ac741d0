"""Reading gold rows for the extraction evaluation and turning field values into match keys.

A gold row is a corpus ``gold.jsonl`` line or a labeled-data row: ``text`` (or a file named by
``path``/``file``/``source.name`` beside the gold file or under ``--docs``), ``format``, ``split``
and the gold ``fields`` in the OUTPUT.md shape, either at the top level, under ``fields`` or
under ``gold.fields``. A text field may be a string or ``{"value": ...}``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.text.normalize import normalize_text

SCANNED_HINTS = ("scan", "png", "tif", "jpg", "jpeg", "image", "ocr", "fax", "photo")


@dataclass
class GoldDocument:
    doc_id: str
    fields: dict[str, Any]
    text: str | None = None
    path: Path | None = None
    format: str = "text"
    split: str | None = None
    member: str | None = None  # the document inside a ZIP dossier named by ``path``
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def format_kind(self) -> str:
        """'scanned' for image/OCR forms, 'text' otherwise."""
        return "scanned" if any(h in self.format.lower() for h in SCANNED_HINTS) else "text"


def _file_of(row: dict[str, Any], gold: dict[str, Any]) -> str | None:
    for holder in (row, gold):
        for key in ("path", "file", "filename", "document_path"):
            if isinstance(holder.get(key), str):
                return holder[key]
        source = holder.get("source")
        if isinstance(source, dict) and isinstance(source.get("name"), str):
            return source.get("path") or source["name"]
    return None


def _format_of(row: dict[str, Any], gold: dict[str, Any], path: str | None) -> str:
    for holder in (row, gold):
        value = holder.get("format") or holder.get("render") or holder.get("form")
        if isinstance(value, str):
            return value
    return Path(path).suffix.lstrip(".").lower() if path else "text"


def gold_document(row: dict[str, Any], base: Path, docs_dir: Path | None, index: int) -> GoldDocument:
    gold = row.get("gold") if isinstance(row.get("gold"), dict) else row
    fields = gold.get("fields") if isinstance(gold.get("fields"), dict) else gold
    path = _file_of(row, gold)
    resolved: Path | None = None
    if path:
        for folder in (docs_dir, base):
            if folder is not None and (folder / path).exists():
                resolved = folder / path
                break
    doc_id = str(row.get("document_id") or row.get("id") or gold.get("document_id") or path or index)
    text = row.get("text") if isinstance(row.get("text"), str) else gold.get("text")
    return GoldDocument(doc_id=doc_id, fields=fields, text=text if isinstance(text, str) else None,
                        path=resolved, format=_format_of(row, gold, path),
                        split=row.get("split") or gold.get("split"),
                        member=row.get("member") if isinstance(row.get("member"), str) else None)


def load_gold(path: Path, docs_dir: Path | None = None, split: str | None = None) -> Iterator[GoldDocument]:
    """Gold documents of a JSONL file (optionally only one split)."""
    path = Path(path)
    with path.open(encoding="utf-8") as handle:
        for index, line in enumerate(handle):
            if not line.strip():
                continue
            document = gold_document(json.loads(line), path.parent, docs_dir, index)
            if split is None or document.split == split:
                yield document


# ── match keys ────────────────────────────────────────────────────────────────
_BRACKETS = str.maketrans({"[": "〔", "]": "〕", "［": "〔", "］": "〕", "【": "〔", "】": "〕",
                           "(": "（", ")": "）"})


def norm_text(value: Any) -> str:
    """Spaces removed, full-width forms folded, year brackets unified."""
    if isinstance(value, dict):
        value = value.get("value") or value.get("text") or value.get("name")
    if value is None:
        return ""
    text = re.sub(r"\s+", "", normalize_text(str(value)))
    text = re.sub(r"[（(\[［【〔]((?:19|20)\d{2})[）)\]］】〕]", r"〔\1〕", text)
    return text.translate(_BRACKETS)


def raw_value(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("value") or value.get("text")
    return None if value is None else str(value)


def _num(value: Any) -> float | None:
    try:
        return round(float(value), 2)
    except (TypeError, ValueError):
        return None


def list_keys(name: str, items: list[dict[str, Any]]) -> set[tuple]:
    """Normalized match keys of a list field (and of its derived sub-fields)."""
    items = [i for i in items or [] if isinstance(i, dict)]
    if name == "parties":
        return {(norm_text(i.get("name")),) for i in items}
    if name == "party_kind":
        return {(norm_text(i.get("name")), i.get("kind")) for i in items}
    if name == "credit_code":
        return {(str(i["credit_code"]).upper(),) for i in items if i.get("credit_code")}
    if name == "legal_representative":
        return {(norm_text(i.get("name")), norm_text(i["legal_representative"]))
                for i in items if i.get("legal_representative")}
    if name == "id_number":
        return {(norm_text(i.get("name")), str(i["id_number"]).upper()) for i in items if i.get("id_number")}
    if name == "amounts":
        return {(i.get("role", "other"), _num(i.get("value"))) for i in items}
    if name == "amount_values":
        return {(_num(i.get("value")),) for i in items}
    if name == "quantities":
        return {(_num(i.get("value")), i.get("unit")) for i in items}
    if name == "statutes":
        return {(norm_text(i.get("law")), i.get("article")) for i in items}
    if name == "statute_detail":
        return {(norm_text(i.get("law")), i.get("article"), i.get("paragraph"), i.get("item")) for i in items}
    if name == "statute_role":
        return {(norm_text(i.get("law")), i.get("article"), i.get("role", "other")) for i in items}
    if name == "penalties":
        return {(i.get("kind"),) for i in items}
    raise KeyError(name)


LIST_FIELDS: dict[str, str] = {  # evaluated field -> gold/record list it reads
    "parties": "parties", "party_kind": "parties", "credit_code": "parties",
    "legal_representative": "parties", "id_number": "parties",
    "amounts": "amounts", "amount_values": "amounts", "quantities": "quantities",
    "statutes": "statutes", "statute_detail": "statutes", "statute_role": "statutes",
    "penalties": "penalties",
}
TEXT_FIELDS = ("title", "decision_number", "agency", "decision_date", "facts_date")
HEADLINE_FIELDS = ("title", "decision_number", "agency", "decision_date", "parties", "amounts",
                   "quantities", "statutes", "penalties")


def text_matches(name: str, gold: Any, predicted: Any) -> bool:
    """Normalized equality; an agency also matches when one name ends the other (黄埔海关)."""
    g, p = norm_text(gold), norm_text(predicted)
    if name == "agency" and g and p:
        return g == p or g.endswith(p) or p.endswith(g)
    return g == p
