"""Labeled texts for training and evaluating the classifiers.

Reads the corpus generator's ``gold.jsonl`` (one decision per line with ``text``, ``split``
and ``gold`` = a ``LabeledDocument`` holding ``classification`` {domain, violation} and the
gold ``fields``) and reviewer labels (rows with ``origin == "review"`` in
``corpora/labeled/*.jsonl``). Entity spans for the NER (ORG_PARTY, PERSON_PARTY, AGENCY) are
taken from the gold parties and agency: the labelled span and every other mention of the name.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LABELED_DIR = Path(__file__).resolve().parents[2] / "corpora" / "labeled"
NER_LABELS = ("ORG_PARTY", "PERSON_PARTY", "AGENCY")


@dataclass
class LabeledText:
    """One decision with its gold domain, violation type and entity spans."""

    doc_id: str
    text: str
    domain: str
    violation: str | None = None
    split: str = "train"
    origin: str = "generated"
    entities: list[tuple[int, int, str]] = field(default_factory=list)


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with Path(path).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def from_row(row: dict[str, Any], *, default_split: str = "train") -> LabeledText | None:
    """A ``LabeledText`` from a gold/labeled row, or None when it carries no domain.

    Accepts a ``LabeledDocument`` (object or JSON: ``text`` + ``gold.classification``), a row
    whose ``gold`` is such a document, or a flat row with ``domain``/``violation``.
    """
    row = _plain(row)
    gold = _plain(row.get("gold")) or row
    if isinstance(gold.get("gold"), dict) and "text" in gold:  # gold is a whole LabeledDocument
        row = {**gold, **{k: v for k, v in row.items() if v is not None and k != "gold"}}
        gold = gold["gold"]
    classification = gold.get("classification") or {}
    domain = classification.get("domain") or gold.get("domain")
    text = row.get("text") or gold.get("text") or ""
    if not domain or not text:
        return None
    doc_id = str(row.get("document_id") or row.get("id") or gold.get("document_id")
                 or hashlib.sha256(text.encode()).hexdigest()[:16])
    return LabeledText(doc_id=doc_id, text=text, domain=domain,
                       violation=classification.get("violation") or gold.get("violation"),
                       split=row.get("split") or gold.get("split") or default_split,
                       origin=row.get("origin") or gold.get("origin") or "generated",
                       entities=entities_of(text, gold.get("fields") or {}))


def _plain(value: Any) -> Any:
    return value.model_dump(mode="json", by_alias=True) if hasattr(value, "model_dump") else value


def entities_of(text: str, fields: dict[str, Any]) -> list[tuple[int, int, str]]:
    """Non-overlapping NER spans from gold parties and agency (first mention if no offsets)."""
    wanted: list[tuple[str, str, int]] = []
    for party in fields.get("parties") or []:
        label = "PERSON_PARTY" if party.get("kind") == "individual" else "ORG_PARTY"
        wanted.append((party.get("name") or "", label, party.get("start", -1)))
    agency = fields.get("agency")
    if isinstance(agency, dict):
        wanted.append((agency.get("value") or agency.get("text") or "", "AGENCY", agency.get("start", -1)))
    elif isinstance(agency, str):
        wanted.append((agency, "AGENCY", -1))
    spans: list[tuple[int, int, str]] = []
    for name, label, start in wanted:
        if not name:
            continue
        if isinstance(start, int) and start >= 0 and text[start:start + len(name)] == name:
            spans.append((start, start + len(name), label))
        # every other mention too (the agency in header and signature, the party name repeated)
        found = text.find(name)
        while found >= 0:
            spans.append((found, found + len(name), label))
            found = text.find(name, found + len(name))
    return _non_overlapping(spans)


def _non_overlapping(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept: list[tuple[int, int, str]] = []
    for span in sorted(set(spans), key=lambda s: (s[0], -(s[1] - s[0]))):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def load_gold(path: Path) -> list[LabeledText]:
    """Examples from one gold JSONL file, or every ``*.jsonl`` file of a corpus folder."""
    path = Path(path)
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    examples = []
    for file in files:
        examples.extend(e for e in (from_row(row) for row in read_jsonl(file)) if e is not None)
    return examples


def load_review_labels(folder: Path = LABELED_DIR) -> list[LabeledText]:
    """Reviewer labels (origin ``review``); they always go to the training split."""
    if not Path(folder).is_dir():
        return []
    found = []
    for file in sorted(Path(folder).glob("*.jsonl")):
        for row in read_jsonl(file):
            if row.get("origin") != "review":
                continue
            example = from_row(row, default_split="train")
            if example is not None:
                example.split = "train"
                found.append(example)
    return found


def by_split(examples: Iterable[LabeledText], *names: str) -> list[LabeledText]:
    return [e for e in examples if e.split in names]


def data_hash(examples: Iterable[LabeledText]) -> str:
    """sha256 over texts and labels, so a model card names exactly the data it learned from."""
    digest = hashlib.sha256()
    for example in sorted(examples, key=lambda e: e.doc_id):
        digest.update(json.dumps([example.doc_id, example.text, example.domain, example.violation,
                                  example.split], ensure_ascii=False).encode())
    return digest.hexdigest()


def label_counts(examples: Iterable[LabeledText], attribute: str = "domain") -> dict[str, int]:
    counts = Counter(getattr(e, attribute) for e in examples if getattr(e, attribute))
    return dict(sorted(counts.items()))
