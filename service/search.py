"""Full-text search over decisions with a Chinese tokenizer.

Text is segmented with jieba (search mode, so both 食品安全 and 食品/安全 match) and stored
space-separated in the SQLite FTS5 table ``documents_fts``; queries are segmented the same
way and every token must match. On PostgreSQL the same tokens go into a ``tsvector``
(``documents_fts_pg``, configuration ``simple``, GIN index) and the query is their conjunction.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, and_, select, text
from sqlalchemy import column as column_clause
from sqlalchemy.orm import Session

from service.db.models import Document

_WORD = re.compile(r"\w", re.UNICODE)


def segment(content: str) -> list[str]:
    import jieba

    jieba.setLogLevel(60)
    return [token for token in jieba.cut_for_search(content) if _WORD.search(token)]


def index_document(session: Session, document_pk: int, content: str) -> None:
    dialect = session.get_bind().dialect.name
    tokens = " ".join(segment(content))
    if dialect == "sqlite":
        session.execute(text("DELETE FROM documents_fts WHERE rowid = :pk"), {"pk": document_pk})
        session.execute(text("INSERT INTO documents_fts(rowid, content) VALUES (:pk, :content)"),
                        {"pk": document_pk, "content": tokens})
    elif dialect == "postgresql":
        session.execute(text("INSERT INTO documents_fts_pg (document_id, content) "
                             "VALUES (:pk, to_tsvector('simple', :content)) ON CONFLICT (document_id) "
                             "DO UPDATE SET content = EXCLUDED.content"),
                        {"pk": document_pk, "content": tokens})


def fts_query(query: str) -> str:
    tokens = segment(query)
    return " AND ".join('"' + token.replace('"', '""') + '"' for token in tokens)


def search_condition(session: Session, query: str, column: Any = Document.id) -> ColumnElement[bool]:
    """A WHERE condition: ``column`` (a documents.id value) is a document matching ``query``."""
    if session.get_bind().dialect.name == "sqlite":
        match = fts_query(query)
        if not match:
            return column.is_(None)
        return column.in_(
            text("SELECT rowid FROM documents_fts WHERE documents_fts MATCH :match")
            .bindparams(match=match).columns(column_clause("rowid", Integer)))
    if session.get_bind().dialect.name == "postgresql":
        tokens = segment(query)
        if not tokens:
            return column.is_(None)
        return column.in_(
            text("SELECT document_id FROM documents_fts_pg "
                 "WHERE content @@ plainto_tsquery('simple', :tokens)")
            .bindparams(tokens=" ".join(tokens)).columns(column_clause("document_id", Integer)))
    terms = query.split()  # any other database: a substring match per term
    return column.in_(select(Document.id).where(and_(*(Document.text.contains(term, autoescape=True)
                                                       for term in terms))))


def apply_search(statement: Select, session: Session, query: str | None, column: Any = Document.id) -> Select:
    if not query or not query.strip():
        return statement
    return statement.where(search_condition(session, query, column))
