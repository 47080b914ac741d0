"""The labeled-data format: JSONL and Label Studio round trips keep the gold."""

from __future__ import annotations

from analysis.labels import (
    LabeledDocument,
    from_label_studio,
    read_jsonl,
    read_label_studio,
    to_label_studio,
    write_jsonl,
    write_label_studio,
)
from corpora.generator import generate


def _docs(n: int = 12) -> list[LabeledDocument]:
    return [d.gold for d in generate(n, seed=11)]


def test_jsonl_round_trip(tmp_path):
    docs = _docs()
    path = tmp_path / "gold.jsonl"
    assert write_jsonl(path, docs) == len(docs)
    back = list(read_jsonl(path))
    assert [d.model_dump() for d in back] == [d.model_dump() for d in docs]


def test_label_studio_annotation_round_trip(tmp_path):
    docs = _docs()
    path = tmp_path / "tasks.json"
    write_label_studio(path, docs)
    back = read_label_studio(path)
    for original, restored in zip(docs, back, strict=True):
        assert restored.text == original.text
        assert restored.gold.fields == original.gold.fields
        assert restored.gold.classification == original.gold.classification
        assert {(lead.kind, lead.rule) for lead in restored.gold.leads} == \
            {(lead.kind, lead.rule) for lead in original.gold.leads}


def test_label_studio_regions_are_spans_of_the_text():
    doc = _docs(3)[0]
    task = to_label_studio(doc, as_prediction=True)
    regions = [r for r in task["predictions"][0]["result"] if r["type"] == "labels"]
    assert regions, "a generated decision has labeled spans"
    for region in regions:
        value = region["value"]
        assert doc.text[value["start"]:value["end"]] == value["text"]


def test_analyst_edit_in_label_studio_changes_the_gold():
    doc = _docs(3)[0]
    task = to_label_studio(doc)
    result = task["annotations"][0]["result"]
    amount = next(r for r in result if r["type"] == "labels" and r["value"]["labels"][0].startswith("amount:"))
    amount["value"]["labels"] = ["amount:other"]
    for region in result:
        if region["from_name"] == "domain":
            region["value"]["choices"] = ["other"]
    task["annotations"][0]["completed_by"] = "analyst-7"
    edited = from_label_studio(task)
    assert edited.origin == "review" and edited.annotator == "analyst-7"
    assert edited.gold.classification.domain == "other"
    start = amount["value"]["start"]
    assert next(a for a in edited.gold.fields.amounts if a.start == start).role == "other"


def test_committed_sample_is_valid_labeled_data():
    from pathlib import Path

    from analysis.labels import LABEL_CONFIG

    folder = Path(__file__).resolve().parents[2] / "corpora" / "labeled"
    rows = list(read_jsonl(folder / "sample.jsonl"))
    assert len({r.gold.classification.domain for r in rows}) == 24
    for row in rows:
        for _label, start, end, recorded in row.spans():
            assert row.text[start:end] == recorded
    assert (folder / "label_config.xml").read_text(encoding="utf-8").strip() == LABEL_CONFIG.strip()
