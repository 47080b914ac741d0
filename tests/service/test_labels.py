"""Reviewer labels: dispositions and field corrections become ``LabeledDocument`` rows with
who, when and the model/rule versions; export and Label Studio import round-trip."""

from __future__ import annotations

import json

from sqlalchemy import select

from analysis.labels import LabeledDocument, read_jsonl
from service.db.engine import session_scope
from service.db.models import LabelRow
from tests.service.conftest import bearer, decision, upload


def _first_clue(client, headers) -> dict:
    return client.get("/api/v1/clues", headers=headers).json()["items"][0]


def _labels(client) -> list[LabelRow]:
    with session_scope(client.app.state.sessions) as session:
        rows = list(session.scalars(select(LabelRow).order_by(LabelRow.id)))
        session.expunge_all()
    return rows


def test_a_disposition_becomes_a_label_with_who_when_and_versions(make_client):
    client = make_client()
    prosecutor = bearer(client, "li", "prosecutor")
    upload(client, prosecutor, [("a.txt", decision(1, 62000))])
    clue = _first_clue(client, prosecutor)
    reviews = f"/api/v1/clues/{clue['id']}/reviews"
    assert client.post(reviews, headers=prosecutor, json={"action": "note", "note": "看一下"}).status_code == 201
    assert _labels(client) == []  # a note is not a label
    assert client.post(reviews, headers=prosecutor, json={"action": "disposition",
                                                          "disposition": "transfer_police"}).status_code == 201
    [row] = _labels(client)
    labeled = LabeledDocument.model_validate(row.payload)
    document = client.get(f"/api/v1/documents/{clue['document_id']}", headers=prosecutor).json()
    assert labeled.origin == "review" and labeled.annotator == "li" and row.annotator == "li"
    assert labeled.document_id == clue["document_id"] and labeled.text == document["text"]
    assert [lead.kind for lead in labeled.gold.leads] == ["criminal_transfer"]
    expected = dict(document["provenance"]["models"])
    if document["provenance"].get("rules"):
        expected["rules"] = document["provenance"]["rules"]
    assert labeled.model_versions == expected and expected
    assert labeled.created_at[:4] == str(row.created_at.year)
    assert labeled.meta["disposition"] == "transfer_police"

    client.post(reviews, headers=prosecutor, json={"action": "disposition", "disposition": "no_action",
                                                   "reason": "已由公安立案"})
    latest = client.get("/api/v1/labels/export", headers=prosecutor).text.splitlines()
    assert len(latest) == 1 and json.loads(latest[0])["gold"]["leads"] == []  # the newest label wins


def test_a_field_correction_changes_the_record_and_becomes_a_label(make_client):
    client = make_client()
    prosecutor = bearer(client, "li", "prosecutor")
    auditor = bearer(client, "zhao", "auditor")
    upload(client, prosecutor, [("a.txt", decision(1, 62000))])
    clue = _first_clue(client, prosecutor)
    detail = client.get(f"/api/v1/clues/{clue['id']}", headers=prosecutor).json()
    amounts = detail["fields"]["amounts"]
    assert amounts, "the extractor found no amount"
    url = f"/api/v1/clues/{clue['id']}/corrections"
    fix = {"field": "amount", "index": 0, "value": 65000.0, "role": "sales_amount"}
    assert client.post(url, headers=auditor, json=fix).status_code == 403
    assert client.post(url, headers=prosecutor, json={"field": "amount", "index": 99, "value": 1}).status_code == 422
    assert client.post(url, headers=prosecutor, json={"field": "amount", "index": 0,
                                                       "role": "no-such-role"}).status_code == 422
    done = client.post(url, headers=prosecutor, json=fix)
    assert done.status_code == 201, done.text
    assert done.json()["before"]["value"] == amounts[0]["value"] and done.json()["after"]["value"] == 65000.0

    after = client.get(f"/api/v1/clues/{clue['id']}", headers=prosecutor).json()["fields"]["amounts"][0]
    assert (after["value"], after["role"], after["producer"]) == (65000.0, "sales_amount", "review")
    [row] = _labels(client)
    labeled = LabeledDocument.model_validate(row.payload)
    assert row.kind == "correction" and labeled.annotator == "li"
    assert labeled.gold.fields.amounts[0].value == 65000.0 and labeled.gold.fields.amounts[0].role == "sales_amount"
    assert labeled.meta["correction"]["before"]["value"] == amounts[0]["value"]
    assert detail["fields"]["statutes"], "the extractor found no statute"
    fixed = client.post(url, headers=prosecutor, json={"field": "statute", "index": 0, "article": 49,
                                                        "law": "中华人民共和国产品质量法"})
    assert fixed.status_code == 201 and fixed.json()["after"]["article"] == 49
    newest = LabeledDocument.model_validate(_labels(client)[-1].payload)
    assert newest.gold.fields.statutes[0].article == 49 and newest.gold.fields.amounts[0].value == 65000.0


def test_export_and_label_studio_import_round_trip(make_client, tmp_path):
    client = make_client()
    prosecutor = bearer(client, "li", "prosecutor")
    admin = bearer(client, "root", "admin")
    upload(client, prosecutor, [("a.txt", decision(1, 62000)), ("b.txt", decision(2, 9000, "乙有限公司"))])
    for item in client.get("/api/v1/clues", headers=prosecutor).json()["items"]:
        disposition = "transfer_police" if item["name"] == "a.txt" else "administrative_recommendation"
        client.post(f"/api/v1/clues/{item['id']}/reviews", headers=prosecutor,
                    json={"action": "disposition", "disposition": disposition})
    jsonl = tmp_path / "labels.jsonl"
    jsonl.write_text(client.get("/api/v1/labels/export", headers=prosecutor).text, encoding="utf-8")
    exported = {doc.document_id: doc for doc in read_jsonl(jsonl)}
    assert len(exported) == 2

    tasks = client.get("/api/v1/labels/export?label_studio=true", headers=prosecutor).json()
    assert len(tasks) == 2 and all(task["annotations"][0]["completed_by"] == "li" for task in tasks)
    assert client.post("/api/v1/labels/import", headers=prosecutor, json=tasks).status_code == 403
    imported = client.post("/api/v1/labels/import", headers=admin, json=tasks)
    assert imported.status_code == 201 and imported.json() == {"imported": 2}
    rows = [row for row in _labels(client) if row.kind == "import"]
    assert len(rows) == 2 and all(row.document_pk is not None for row in rows)
    for row in rows:
        back = LabeledDocument.model_validate(row.payload)
        original = exported[back.document_id]
        assert back.gold.leads == original.gold.leads
        assert back.gold.fields.amounts == original.gold.fields.amounts
        assert back.annotator == "li" and back.text == original.text
    summary = client.get("/api/v1/labels", headers=prosecutor).json()
    assert summary == {"counts": {"disposition": 2, "import": 2}, "documents": 2}
