"""Learning from reviewers: labels, background model jobs, clue moves of a re-score, shadow
scores of a candidate model and run-time service options.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "labels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("document_pk", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("final", sa.Boolean(), nullable=False),
        sa.Column("annotator", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("model_versions", sa.JSON(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["document_pk"], ["documents.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("labels", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_labels_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_labels_document_pk"), ["document_pk"], unique=False)
        batch_op.create_index(batch_op.f("ix_labels_created_at"), ["created_at"], unique=False)
    op.create_table(
        "model_jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=256), nullable=True),
        sa.Column("requested_by", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("model_jobs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_model_jobs_kind"), ["kind"], unique=False)
    op.create_table(
        "clue_moves",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("clue_id", sa.Integer(), nullable=False),
        sa.Column("old_priority", sa.Float(), nullable=False),
        sa.Column("new_priority", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["job_id"], ["model_jobs.id"]),
        sa.ForeignKeyConstraint(["clue_id"], ["clues.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("clue_moves", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clue_moves_job_id"), ["job_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_clue_moves_clue_id"), ["clue_id"], unique=False)
    op.create_table(
        "shadow_scores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_pk", sa.Integer(), nullable=False),
        sa.Column("candidate", sa.String(length=128), nullable=False),
        sa.Column("priority", sa.Float(), nullable=False),
        sa.Column("scores", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["document_pk"], ["documents.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("document_pk", "candidate"),
    )
    with op.batch_alter_table("shadow_scores", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shadow_scores_document_pk"), ["document_pk"], unique=False)
        batch_op.create_index(batch_op.f("ix_shadow_scores_candidate"), ["candidate"], unique=False)
    op.create_table(
        "service_options",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    for table in ("service_options", "shadow_scores", "clue_moves", "model_jobs", "labels"):
        op.drop_table(table)
