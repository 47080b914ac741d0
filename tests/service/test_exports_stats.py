"""Exports (CSV, XLSX) of the queue and statistics per agency and month."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timezone

from openpyxl import load_workbook

from tests.service.conftest import bearer, decision, upload


def _screened(make_client):
    client = make_client()
    prosecutor = bearer(client, "li", "prosecutor")
    upload(client, prosecutor, [("a.txt", decision(1, 62000)), ("b.txt", decision(2, 150000))], agency="甲局")
    upload(client, prosecutor, [("c.txt", decision(3, 5000))], agency="乙局")
    return client, prosecutor


def test_csv_and_xlsx_exports_follow_the_filters_and_are_audited(make_client):
    client, prosecutor = _screened(make_client)
    response = client.get("/api/v1/exports/clues.csv?agency=甲局", headers=prosecutor)
    assert response.status_code == 200 and response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["线索编号", "优先级", "线索类型"]
    assert [row[-2] for row in rows[1:]] == ["b.txt", "a.txt"]
    assert rows[1][2].startswith("涉嫌犯罪（以罚代刑）")

    xlsx = client.get("/api/v1/exports/clues.xlsx", headers=prosecutor)
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    values = list(sheet.values)
    assert values[0][0] == "线索编号" and len(values) == 4

    auditor = bearer(client, "zhao", "auditor")
    exports = [e for e in client.get("/api/v1/audit?action=export", headers=auditor).json()]
    assert [e["target"] for e in exports] == ["clues.xlsx", "clues.csv"]
    clerk = bearer(client, "clerk", "agency_clerk", "甲局")
    assert client.get("/api/v1/exports/clues.csv", headers=clerk).status_code == 403


def test_statistics_per_agency_and_month(make_client):
    client, prosecutor = _screened(make_client)
    items = client.get("/api/v1/clues?agency=甲局", headers=prosecutor).json()["items"]
    client.post(f"/api/v1/clues/{items[0]['id']}/reviews", headers=prosecutor,
                json={"action": "disposition", "disposition": "transfer_police"})
    client.post(f"/api/v1/clues/{items[1]['id']}/reviews", headers=prosecutor,
                json={"action": "disposition", "disposition": "no_action", "reason": "已移送过"})
    rows = {row["agency"]: row for row in client.get("/api/v1/stats", headers=prosecutor).json()}
    assert set(rows) == {"甲局", "乙局"}
    jia = rows["甲局"]
    assert (jia["received"], jia["clues"], jia["dispositions"], jia["transfers"]) == (2, 2, 2, 1)
    assert jia["disposed_within_30_days"] == 1.0 and jia["mean_days_to_disposition"] == 0.0
    today = datetime.now(timezone.utc).date()  # uploads are stamped in UTC
    assert jia["mean_days_to_entry"] == (today - date(2023, 5, 10)).days  # decided 2023-05-10, entered today
    assert rows["乙局"]["dispositions"] == 0 and rows["乙局"]["mean_days_to_disposition"] is None
    page = client.get("/stats", headers=prosecutor)
    assert page.status_code == 200 and page.text.count("<svg") == 2 and "甲局 移送：1" in page.text
