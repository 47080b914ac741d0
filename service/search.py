"""Full-text search over decisions with a Chinese tokenizer.

Text is segmented with jieba (search mode, so both 食品安全 and 食品/安全 match) and stored
space-separated in the SQLite FTS5 table ``documents_fts``; queries are segmented the same
way and every token must match. On PostgreSQL the fallback is a substring match on the text.
"""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, Integer, Select, column, text
from sqlalchemy.orm import Session

from service.db.models import Document

_WORD = re.compile(r"\w", re.UNICODE)


def segment(content: str) -> list[str]:
    import jieba

    jieba.setLogLevel(60)
    return [token for token in jieba.cut_for_search(content) if _WORD.search(token)]


def index_document(session: Session, document_pk: int, content: str) -> None:
    if session.get_bind().dialect.name != "sqlite":
        return
    session.execute(text("DELETE FROM documents_fts WHERE rowid = :pk"), {"pk": document_pk})
    session.execute(text("INSERT INTO documents_fts(rowid, content) VALUES (:pk, :content)"),
                    {"pk": document_pk, "content": " ".join(segment(content))})


def fts_query(query: str) -> str:
    tokens = segment(query)
    return " AND ".join('"' + token.replace('"', '""') + '"' for token in tokens)


def search_condition(session: Session, query: str) -> ColumnElement[bool]:
    """A WHERE condition on ``Document`` matching ``query``."""
    if session.get_bind().dialect.name == "sqlite":
        match = fts_query(query)
        if not match:
            return Document.id.is_(None)
        return Document.id.in_(
            text("SELECT rowid FROM documents_fts WHERE documents_fts MATCH :match")
            .bindparams(match=match).columns(column("rowid", Integer)))
    return Document.text.contains(query.strip(), autoescape=True)


def apply_search(statement: Select, session: Session, query: str | None) -> Select:
    if not query or not query.strip():
        return statement
    return statement.where(search_condition(session, query))
