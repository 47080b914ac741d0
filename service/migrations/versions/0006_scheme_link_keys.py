"""Keys for linking a new upload with every stored decision of its scheme or repeat group.

``documents`` gets ``scheme_agency`` (the normalized issuing agency) and ``scheme_provision``
(law:article of the violated provision), indexed with ``decision_date``
(``ix_documents_scheme``), so the decisions one agency made on one provision within the
化整为零 window are one range query; ``party_links`` gets the nominee ties ``rep:`` (legal
representative) and ``addr:`` (normalized address) beside ``code:`` and ``name:``. Existing
documents are filled from their stored analysis records, in pages.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op
from sqlalchemy import text

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

PAGE = 500


def upgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("scheme_agency", sa.String(length=256), nullable=True))
        batch_op.add_column(sa.Column("scheme_provision", sa.String(length=256), nullable=True))
        batch_op.create_index("ix_documents_scheme", ["scheme_agency", "scheme_provision", "decision_date"],
                              unique=False)
    _fill(op.get_bind())


def _fill(bind) -> None:
    from service.processing.linking import TIE_PREFIXES, link_keys, scheme_columns

    update = text("UPDATE documents SET scheme_agency = :scheme_agency, scheme_provision = :scheme_provision "
                  "WHERE id = :pk")
    insert = text("INSERT INTO party_links (party_key, document_pk, name, credit_code) "
                  "VALUES (:key, :pk, :name, :code)")
    last = 0
    while True:
        rows = bind.execute(text("SELECT id, record FROM documents WHERE id > :last ORDER BY id LIMIT :page"),
                            {"last": last, "page": PAGE}).all()
        if not rows:
            return
        columns, links = [], []
        for pk, record in rows:
            record = json.loads(record) if isinstance(record, (str, bytes)) else (record or {})
            columns.append({"pk": pk, **scheme_columns(record)})
            seen: set[str] = set()
            for party in (record.get("fields") or {}).get("parties") or []:
                for key in link_keys(party):
                    if key.startswith(TIE_PREFIXES) and key not in seen:
                        seen.add(key)
                        links.append({"key": key, "pk": pk, "name": (party.get("name") or "")[:256],
                                      "code": party.get("credit_code")})
        bind.execute(update, columns)
        if links:
            bind.execute(insert, links)
        last = rows[-1][0]


def downgrade() -> None:
    op.execute("DELETE FROM party_links WHERE party_key LIKE 'rep:%' OR party_key LIKE 'addr:%'")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index("ix_documents_scheme")
        batch_op.drop_column("scheme_provision")
        batch_op.drop_column("scheme_agency")
