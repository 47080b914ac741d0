"""Extraction evaluation: per-field precision, recall and F1 against gold decisions.

``normalized`` matches keys (amounts on role+value, statutes on law+article, text fields after
folding spaces/full-width forms/brackets); ``exact`` wants a text field's value (or the text it was
read from) to be identical as written, and a list item, where the gold carries spans, to have the
same span as well. A gold text field that is null is not scored (not labeled). Figures are given overall, per
source format (text vs scanned, and each format) and the misses and false hits are listed with
their spans so a developer can read them.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from analysis.evaluation.gold import (
    HEADLINE_FIELDS,
    LIST_FIELDS,
    TEXT_FIELDS,
    GoldDocument,
    list_keys,
    norm_text,
    raw_value,
    text_matches,
)
from analysis.record import DocumentRecord, Source


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def figures(self) -> dict[str, float | int]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Tally:
    normalized: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    exact: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))


def predict(document: GoldDocument, from_files: bool = False) -> tuple[DocumentRecord | None, str | None]:
    """Run ingest (when there is no text, or always with ``from_files``) and the field extractor."""
    from analysis.extract.component import FieldExtractor

    extractor = FieldExtractor()
    if document.text is not None and not (from_files and document.path is not None):
        record = DocumentRecord(document_id=document.doc_id, source=Source(name=document.doc_id),
                                text=document.text)
        return extractor(record), None
    if document.path is None:
        return None, "no text and no document file"
    from analysis.ingest import ingest_path

    records = list(ingest_path(document.path))
    if document.member is not None:  # one document of a ZIP dossier
        records = [r for r in records if r.source.member and
                   (r.source.member == document.member or r.source.member.endswith("/" + document.member))]
    if not records:
        return None, "ingest produced no record" + (f" for {document.member}" if document.member else "")
    return extractor(records[0]), None


def _span_of(value: Any) -> tuple[int, int] | None:
    if isinstance(value, dict) and isinstance(value.get("start"), int) and value["start"] >= 0:
        return value["start"], value.get("end", -1)
    return None


def _score_text(name: str, gold: Any, predicted: Any, tally: Tally, errors: list[dict]) -> None:
    g_value, p_value = raw_value(gold), raw_value(predicted)
    normalized, exact = Counts(), Counts()
    if g_value and p_value and text_matches(name, g_value, p_value):
        normalized.tp = 1
        written = "".join(str(predicted.get("text", "")).split()) if isinstance(predicted, dict) else ""
        exact_ok = g_value in (p_value, written)
        exact.tp, exact.fp, exact.fn = int(exact_ok), int(not exact_ok), int(not exact_ok)
    else:
        normalized.fp = exact.fp = int(bool(p_value))
        normalized.fn = exact.fn = int(bool(g_value))
        if g_value or p_value:
            errors.append({"field": name, "kind": "wrong" if g_value and p_value else ("missed" if g_value else "spurious"),
                           "gold": g_value, "predicted": p_value, "span": _pred_span(predicted)})
    tally.normalized[name].add(normalized)
    tally.exact[name].add(exact)


def _pred_span(value: Any) -> dict | None:
    if isinstance(value, dict) and value.get("start", -1) >= 0:
        return {"start": value["start"], "end": value["end"], "text": value.get("text"), "page": value.get("page")}
    return None


def _exact_keys(name: str, items: list[dict]) -> set[tuple]:
    """Normalized keys plus the span, for items whose gold carries a span."""
    keys = set()
    for item in items:
        key = next(iter(list_keys(name, [item])), None)
        if key is not None:
            keys.add((*key, item.get("start", -1), item.get("end", -1)))
    return keys


def _score_list(name: str, gold_items: list[dict], predicted_items: list[dict], tally: Tally,
                errors: list[dict]) -> None:
    gold_keys, pred_keys = list_keys(name, gold_items), list_keys(name, predicted_items)
    counts = Counts(tp=len(gold_keys & pred_keys), fp=len(pred_keys - gold_keys), fn=len(gold_keys - pred_keys))
    tally.normalized[name].add(counts)
    if any(_span_of(i) for i in gold_items):
        g_exact, p_exact = _exact_keys(name, gold_items), _exact_keys(name, predicted_items)
        tally.exact[name].add(Counts(tp=len(g_exact & p_exact), fp=len(p_exact - g_exact), fn=len(g_exact - p_exact)))
    else:
        tally.exact[name].add(counts)
    if name not in HEADLINE_FIELDS:
        return
    by_key = {next(iter(list_keys(name, [i])), None): i for i in predicted_items}
    for key in sorted(pred_keys - gold_keys, key=str):
        errors.append({"field": name, "kind": "spurious", "gold": None, "predicted": list(key),
                       "span": _pred_span(by_key.get(key))})
    for key in sorted(gold_keys - pred_keys, key=str):
        errors.append({"field": name, "kind": "missed", "gold": list(key), "predicted": None, "span": None})


def score_document(gold: dict[str, Any], predicted: dict[str, Any], tally: Tally) -> list[dict]:
    """Add one document's counts to ``tally``; return its errors."""
    errors: list[dict] = []
    for name in TEXT_FIELDS:
        if gold.get(name) is not None:  # null = not labeled (the generator does not label every date)
            _score_text(name, gold.get(name), predicted.get(name), tally, errors)
    for name, source in LIST_FIELDS.items():
        if source in gold:
            _score_list(name, gold.get(source) or [], predicted.get(source) or [], tally, errors)
    return errors


def _figures(tally: Tally) -> dict[str, Any]:
    headline = Counts()
    for name in HEADLINE_FIELDS:
        if name in tally.normalized:
            headline.add(tally.normalized[name])
    return {"fields": {name: {"normalized": tally.normalized[name].figures(),
                              "exact": tally.exact[name].figures()} for name in sorted(tally.normalized)},
            "micro": headline.figures()}


def evaluate_extraction(documents: Iterable[GoldDocument], from_files: bool = False) -> dict[str, Any]:
    """The evaluation report (figures, per-format figures, errors, documents per second).

    ``from_files`` reads each rendered file through ingest (and OCR) even when the row carries
    the text, so that scanned and text forms are measured as a user would meet them."""
    overall, by_format, by_kind = Tally(), defaultdict(Tally), defaultdict(Tally)
    errors: list[dict] = []
    failures: list[dict] = []
    started, count = time.perf_counter(), 0
    format_counts: dict[str, int] = defaultdict(int)
    kind_counts: dict[str, int] = defaultdict(int)
    for document in documents:
        record, failure = predict(document, from_files)
        count += 1
        if record is None:
            failures.append({"document": document.doc_id, "error": failure})
            record_fields: dict[str, Any] = {}
        else:
            record_fields = record.fields.model_dump(mode="json") if record.fields else {}
        format_counts[document.format] += 1
        kind_counts[document.format_kind] += 1
        for tally in (overall, by_format[document.format], by_kind[document.format_kind]):
            doc_errors = score_document(document.fields, record_fields, tally)
        for error in doc_errors:
            errors.append({"document": document.doc_id, "format": document.format, **error})
    elapsed = time.perf_counter() - started
    return {"documents": count, "seconds": round(elapsed, 2),
            "documents_per_second": round(count / elapsed, 2) if elapsed else None,
            **_figures(overall),
            "by_kind": {kind: {"documents": kind_counts[kind], **_figures(t)} for kind, t in sorted(by_kind.items())},
            "by_format": {name: {"documents": format_counts[name], **_figures(t)} for name, t in sorted(by_format.items())}
            if len(by_format) > 1 else {},
            "errors": errors, "failures": failures}


def _field_table(figures: dict[str, Any]) -> list[str]:
    lines = ["| field | P | R | F1 | exact F1 | tp | fp | fn |", "|---|---|---|---|---|---|---|---|"]
    for name, values in figures["fields"].items():
        n, e = values["normalized"], values["exact"]
        lines.append(f"| {name} | {n['precision']:.3f} | {n['recall']:.3f} | {n['f1']:.3f} | {e['f1']:.3f} "
                     f"| {n['tp']} | {n['fp']} | {n['fn']} |")
    return lines


def format_report(report: dict[str, Any], max_errors: int = 40) -> str:
    """Markdown: per-field table, the same table for scanned documents (and text ones) when the
    gold mixes both, per-format F1, then the first errors with spans."""
    lines = [f"Documents: {report['documents']} ({report.get('documents_per_second')} docs/s)",
             f"Headline micro F1 (normalized): {report['micro']['f1']:.4f}", "", *_field_table(report)]
    kinds = report.get("by_kind") or {}
    for name, figures in kinds.items():
        if len(kinds) > 1 or name == "scanned":
            count = figures.get("documents")
            lines += ["", f"{name} documents{f' ({count})' if count is not None else ''}: "
                          f"micro F1 {figures['micro']['f1']:.4f}", "", *_field_table(figures)]
    for name, figures in (report.get("by_format") or {}).items():
        per_field = ", ".join(f"{f}={v['normalized']['f1']:.3f}" for f, v in figures["fields"].items()
                              if f in HEADLINE_FIELDS)
        lines.append(f"\nformat {name}: micro F1 {figures['micro']['f1']:.4f} ({per_field})")
    if report["failures"]:
        lines.append(f"\nFailures: {len(report['failures'])}")
        lines.extend(f"- {f['document']}: {f['error']}" for f in report["failures"][:10])
    if report["errors"]:
        lines.append(f"\nErrors ({len(report['errors'])}, first {max_errors}):")
        for error in report["errors"][:max_errors]:
            span = error.get("span") or {}
            where = f" @{span['start']}-{span['end']} “{span.get('text')}”" if span else ""
            lines.append(f"- [{error['document']}] {error['field']} {error['kind']}: gold={error['gold']} "
                         f"predicted={error['predicted']}{where}")
    return "\n".join(lines)


__all__ = ["evaluate_extraction", "format_report", "norm_text", "predict", "score_document"]
