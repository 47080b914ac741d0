"""Fixtures: a service on SQLite in a temporary data folder, jobs run inline.

``clue_analyzer`` is the real ingest + pipeline followed by a hand-made scoring step: it adds
one criminal-transfer finding on the span "销售金额…元" of each decision (and the decision date
when no extractor set it), so the service
tests do not depend on which scoring components are wired into the default pipeline.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service import security
from service.app import create_app
from service.db.engine import session_scope
from service.processing.tasks import analyze_file
from service.settings import ServiceSettings

PASSWORD = "correct horse 1"
DECISION = """上海市金山区市场监督管理局
行政处罚决定书
沪金市监处〔2023〕{number}号
当事人：{party}
经查，当事人销售伪劣产品，销售金额{amount}元，违法所得一万元。
依据《中华人民共和国产品质量法》第五十条，决定罚款十万元。
上海市金山区市场监督管理局
{year}年5月10日"""
AMOUNT = re.compile(r"销售金额(\d+)元")


DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def decision(number: int = 1, amount: int = 62000, party: str = "某某食品有限公司", year: int = 2023) -> bytes:
    return DECISION.format(number=number, amount=amount, party=party, year=year).encode("utf-8")


def clue_analyzer(data: bytes, name: str) -> list[dict]:
    records = analyze_file(data, name)
    for record in records:
        fields = record["fields"] = record.get("fields") or {}
        dated = DATE.search(record["text"])
        if dated and not fields.get("decision_date"):
            year, month, day = (int(part) for part in dated.groups())
            fields["decision_date"] = {"value": f"{year:04d}-{month:02d}-{day:02d}", "text": dated.group(0),
                                       "start": dated.start(), "end": dated.end()}
        match = AMOUNT.search(record["text"])
        if not match:
            continue
        value = float(match.group(1))
        priority = min(value / 100000, 1.0)
        record["findings"].insert(0, {
            "kind": "criminal_transfer", "rule": "test.sales_amount.v1", "offense": "生产、销售伪劣产品罪",
            "explanation": f"销售金额{value:.0f}元，达到立案追诉标准50000元", "source": "立案追诉标准（一）第十六条",
            "evidence": [{"start": match.start(), "end": match.end()}], "confidence": 0.9})
        record["scores"] = {"criminal_transfer": priority, "public_interest": 0.0,
                            "enforcement_irregularity": 0.0, "priority": priority}
    return records


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("LEADMINER_") and key != "LEADMINER_TEST_PG_URL":
            monkeypatch.delenv(key)


@pytest.fixture
def settings(tmp_path: Path) -> ServiceSettings:
    return ServiceSettings(data_dir=tmp_path / "data", executor="sync", models_dir=tmp_path / "models")


AppFactory = Callable[..., TestClient]


@pytest.fixture
def make_client(settings: ServiceSettings) -> Iterator[AppFactory]:
    clients: list[TestClient] = []

    def factory(analyze: Callable[[bytes, str], list[dict]] = clue_analyzer,
                app_settings: ServiceSettings | None = None) -> TestClient:
        app = create_app(app_settings or settings, analyze=analyze)
        client = TestClient(app)
        client.__enter__()
        clients.append(client)
        return client

    yield factory
    for client in clients:
        client.__exit__(None, None, None)


def add_user(client: TestClient, username: str, role: str, agency: str | None = None) -> None:
    with session_scope(client.app.state.sessions) as session:
        security.create_user(session, username=username, password=PASSWORD, role=role, agency=agency)


def login(client: TestClient, username: str) -> str:
    """Sign in with the session cookie; return the CSRF token."""
    response = client.post("/api/v1/auth/login", json={"username": username, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return response.json()["csrf_token"]


def bearer(client: TestClient, username: str, role: str, agency: str | None = None) -> dict[str, str]:
    """Create a user and an API token for it (no cookie kept); return the auth header."""
    add_user(client, username, role, agency)
    with session_scope(client.app.state.sessions) as session:
        from sqlalchemy import select

        from service.db.models import User

        user = session.scalar(select(User).where(User.username == username))
        token = security.issue_api_token(session, user, "test")
    return {"Authorization": f"Bearer {token}"}


def upload(client: TestClient, headers: dict[str, str], files: list[tuple[str, bytes]],
           **form: str) -> dict:
    response = client.post("/api/v1/uploads", headers=headers, data=form,
                           files=[("files", (name, data, "application/octet-stream")) for name, data in files])
    assert response.status_code == 202, response.text
    return response.json()
