"""The 待标注 queue: unlabeled documents nearest the decision boundary plus a random share."""

from __future__ import annotations

from tests.service.conftest import add_user, bearer, decision, login, upload

# clue_analyzer scores a decision min(销售金额 / 100000, 1): these give priorities 0.05 … 0.95
AMOUNTS = [5000, 15000, 25000, 35000, 48000, 52000, 65000, 75000, 85000, 95000]
QUEUE = "/api/v1/labels/queue"


def _loaded(make_client):
    client = make_client()
    prosecutor = bearer(client, "li", "prosecutor")
    upload(client, prosecutor, [(f"d{i}.txt", decision(i + 1, amount, f"第{i}有限公司"))
                                for i, amount in enumerate(AMOUNTS)])
    clues = client.get("/api/v1/clues", headers=prosecutor).json()["items"]
    assert len(clues) == len(AMOUNTS)
    return client, prosecutor, clues


def _dispose(client, headers, clue_id: int, disposition: str) -> None:
    response = client.post(f"/api/v1/clues/{clue_id}/reviews", headers=headers,
                           json={"action": "disposition", "disposition": disposition})
    assert response.status_code == 201, response.text


def test_uncertain_documents_come_with_the_asked_random_share(make_client):
    client, prosecutor, _clues = _loaded(make_client)
    response = client.get(QUEUE, headers=prosecutor, params={"size": 5, "random_share": 0.4})
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert len(items) == 5 and len({item["document_id"] for item in items}) == 5
    uncertain = [item for item in items if item["reason"] == "uncertain"]
    randoms = [item for item in items if item["reason"] == "random"]
    assert len(randoms) == 2 and {item["reason_label"] for item in randoms} == {"随机抽样"}
    assert {item["reason_label"] for item in uncertain} == {"不确定"}
    # the three most uncertain of 0.05 … 0.95 are 0.48, 0.52 and one of 0.35/0.65
    assert {round(item["priority"], 2) for item in uncertain} >= {0.48, 0.52}
    assert all(abs(item["priority"] - 0.5) <= 0.15 + 1e-9 for item in uncertain)
    assert all(item["decision_number"] and item["agency"] and item["clue_id"] for item in items)

    only_model = client.get(QUEUE, headers=prosecutor, params={"size": 4, "random_share": 0}).json()["items"]
    assert [item["reason"] for item in only_model] == ["uncertain"] * 4
    assert sorted(round(item["priority"], 2) for item in only_model) == [0.35, 0.48, 0.52, 0.65]
    everything = client.get(QUEUE, headers=prosecutor, params={"size": 50}).json()["items"]
    assert len(everything) == len(AMOUNTS)
    assert client.get(QUEUE, headers=prosecutor, params={"random_share": 1.5}).status_code == 422
    assert client.get(QUEUE, headers=prosecutor, params={"kind": "nonsense"}).status_code == 422


def test_labeled_documents_leave_the_queue(make_client):
    client, prosecutor, clues = _loaded(make_client)
    by_priority = {round(clue["priority"], 2): clue for clue in clues}
    _dispose(client, prosecutor, by_priority[0.48]["id"], "transfer_police")
    _dispose(client, prosecutor, by_priority[0.52]["id"], "further_investigation")  # not a final label
    items = client.get(QUEUE, headers=prosecutor, params={"size": 50}).json()["items"]
    queued = {item["document_id"] for item in items}
    assert by_priority[0.48]["document_id"] not in queued
    assert by_priority[0.52]["document_id"] in queued
    assert len(items) == len(AMOUNTS) - 1


def test_only_prosecutors_and_admins_see_the_queue(make_client):
    client, prosecutor, _clues = _loaded(make_client)
    clerk = bearer(client, "clerk", "agency_clerk", agency="上海市金山区市场监督管理局")
    auditor = bearer(client, "zhao", "auditor")
    admin = bearer(client, "root", "admin")
    assert client.get(QUEUE, headers=clerk).status_code == 403
    assert client.get(QUEUE, headers=auditor).status_code == 403
    assert client.get(QUEUE, headers=admin).status_code == 200


def test_the_page_lists_the_queue_with_reasons(make_client):
    client, _prosecutor, _clues = _loaded(make_client)
    add_user(client, "wang", "prosecutor")
    login(client, "wang")
    page = client.get("/labels/queue?size=5&random_share=0.4")
    assert page.status_code == 200
    assert '<a href="/labels/queue">待标注</a>' in page.text
    assert page.text.count('class="to-label-row"') == 5
    assert page.text.count(">随机抽样<") == 2 and page.text.count(">不确定<") == 3
    assert "沪金市监处〔2023〕" in page.text and "/clues/" in page.text
    by_kind = client.get("/labels/queue?size=3&random_share=0&kind=criminal_transfer")
    assert by_kind.status_code == 200 and by_kind.text.count(">不确定<") == 3
    assert '<option value="criminal_transfer" selected>' in by_kind.text

    client.cookies.clear()
    add_user(client, "clerk", "agency_clerk", agency="上海市金山区市场监督管理局")
    login(client, "clerk")
    assert client.get("/labels/queue").status_code == 403
    assert "待标注" not in client.get("/upload").text
