"""Chinese full-text search on PostgreSQL: a tsvector table over jieba-segmented text.

SQLite has had its FTS5 table since 0002. On PostgreSQL ``documents_fts_pg`` holds, per
document, ``to_tsvector('simple', <jieba tokens joined by spaces>)`` with a GIN index, so the
queue's search uses the same Chinese tokenizer on both databases. Existing documents are
indexed here.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute("CREATE TABLE documents_fts_pg (document_id INTEGER PRIMARY KEY "
               "REFERENCES documents(id) ON DELETE CASCADE, content tsvector NOT NULL)")
    op.execute("CREATE INDEX documents_fts_pg_content ON documents_fts_pg USING GIN (content)")
    from service.search import segment

    for pk, content in bind.execute(text("SELECT id, text FROM documents")).all():
        bind.execute(text("INSERT INTO documents_fts_pg (document_id, content) "
                          "VALUES (:pk, to_tsvector('simple', :content))"),
                     {"pk": pk, "content": " ".join(segment(content or ""))})


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE documents_fts_pg")
