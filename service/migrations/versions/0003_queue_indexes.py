"""Queue indexes that carry the priority, so filtered pages are read in priority order;
``ix_clues_search`` lets a full-text query walk the queue in priority order.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_clues_domain", table_name="clues")
    op.drop_index("ix_clues_decision_date", table_name="clues")
    op.create_index("ix_clues_domain", "clues", ["domain", "priority"])
    op.create_index("ix_clues_decision_date", "clues", ["decision_date", "priority"])
    op.create_index("ix_clues_search", "clues", ["priority", "document_pk"])


def downgrade() -> None:
    op.drop_index("ix_clues_search", table_name="clues")
    op.drop_index("ix_clues_decision_date", table_name="clues")
    op.drop_index("ix_clues_domain", table_name="clues")
    op.create_index("ix_clues_domain", "clues", ["domain"])
    op.create_index("ix_clues_decision_date", "clues", ["decision_date"])
