"""The main path: upload → job → document → ranked clues → review → audit."""

from __future__ import annotations

from tests.service.conftest import bearer, decision, upload


def test_upload_is_screened_into_a_ranked_queue(make_client):
    client = make_client()
    prosecutor = bearer(client, "li", "prosecutor")
    dossier = upload(client, prosecutor, [("a.txt", decision(1, 62000)), ("b.txt", decision(2, 260000)),
                                          ("c.txt", decision(3, 8000))], agency="金山区市场监管局")
    progress = client.get(f"/api/v1/dossiers/{dossier['id']}", headers=prosecutor).json()
    assert progress["progress"]["finished"] == 3 and progress["progress"]["documents"] == 3
    assert all(item["job"]["state"] == "done" for item in progress["files"])

    queue = client.get("/api/v1/clues", headers=prosecutor).json()["items"]
    assert [item["name"] for item in queue] == ["b.txt", "a.txt", "c.txt"]
    assert "criminal_transfer" in queue[0]["kinds"] and queue[0]["agency"] == "金山区市场监管局"

    document = client.get(f"/api/v1/documents/{queue[0]['document_id']}", headers=prosecutor).json()
    assert document["schema"] == "leadminer.analysis/1" and "260000" in document["text"]
    original = client.get(f"/api/v1/documents/{queue[0]['document_id']}/original", headers=prosecutor)
    assert original.content == decision(2, 260000)


def test_clue_detail_review_history_and_audit(make_client):
    client = make_client()
    prosecutor = bearer(client, "li", "prosecutor")
    auditor = bearer(client, "zhao", "auditor")
    bearer(client, "wang", "prosecutor")
    upload(client, prosecutor, [("a.txt", decision(1, 62000))])
    clue_id = client.get("/api/v1/clues", headers=prosecutor).json()["items"][0]["id"]

    detail = client.get(f"/api/v1/clues/{clue_id}", headers=prosecutor).json()
    assert detail["findings"][0]["source"] == "立案追诉标准（一）第十六条"
    assert detail["evidence"][0]["text"] == "销售金额62000元"

    reviews = f"/api/v1/clues/{clue_id}/reviews"
    assert client.post(reviews, headers=prosecutor, json={"action": "disposition",
                                                          "disposition": "no_action"}).status_code == 422
    assert client.post(reviews, headers=prosecutor, json={"action": "assign", "assignee": "wang"}).status_code == 201
    assert client.post(reviews, headers=prosecutor, json={"action": "note", "note": "需调取销售台账"}).status_code == 201
    done = client.post(reviews, headers=prosecutor, json={"action": "disposition", "disposition": "transfer_police",
                                                          "note": "已移送"})
    assert done.status_code == 201 and done.json()["disposition_label"] == "移送公安机关/立案监督"
    assert client.post(reviews, headers=auditor, json={"action": "note", "note": "x"}).status_code == 403

    history = client.get(reviews, headers=prosecutor).json()
    assert [item["action"] for item in history] == ["assign", "note", "disposition"]
    clue = client.get(f"/api/v1/clues/{clue_id}", headers=prosecutor).json()
    assert clue["status"] == "disposed" and clue["assignee"] == "wang"
    assert client.get("/api/v1/clues?status=disposed", headers=prosecutor).json()["items"][0]["id"] == clue_id

    assert client.get("/api/v1/audit", headers=prosecutor).status_code == 403
    actions = [entry["action"] for entry in client.get("/api/v1/audit", headers=auditor).json()]
    assert {"upload", "document.view", "review.assign", "review.note", "review.disposition"} <= set(actions)


def test_queue_filters_and_chinese_full_text_search(make_client):
    client = make_client()
    prosecutor = bearer(client, "li", "prosecutor")
    upload(client, prosecutor, [("a.txt", decision(1, 62000, "甲食品有限公司"))], agency="甲局")
    upload(client, prosecutor, [("b.txt", decision(2, 9000, "乙建材有限公司", year=2021))], agency="乙局")

    def names(query: str) -> list[str]:
        return [item["name"] for item in client.get("/api/v1/clues?" + query, headers=prosecutor).json()["items"]]

    assert names("agency=乙局") == ["b.txt"]
    assert names("min_score=0.5") == ["a.txt"]
    assert names("kind=criminal_transfer&date_from=2023-01-01") == ["a.txt"]
    assert names("date_to=2022-12-31") == ["b.txt"]
    assert names("q=建材") == ["b.txt"]
    assert names("q=伪劣产品") == ["a.txt", "b.txt"]
    assert names("q=走私") == []
    assert names("q=伪劣产品 建材") == ["b.txt"]
    total = client.get("/api/v1/clues?with_total=true&agency=甲局", headers=prosecutor).json()["total"]
    assert total == 1
