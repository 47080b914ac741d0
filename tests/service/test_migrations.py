"""The Alembic migrations build exactly the schema the models describe, and run idempotently."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from service.db.engine import alembic_config, make_engine, migrate
from service.db.models import Base


def _is_search_index(diff) -> bool:
    """The full-text tables (FTS5 on SQLite, tsvector on PostgreSQL) live outside the models."""
    if diff[0] == "remove_table":
        return diff[1].name.startswith("documents_fts")
    if diff[0] == "remove_index":
        return diff[1].table.name.startswith("documents_fts")
    return False


def test_migrations_match_the_models_and_rerun_cleanly(settings):
    engine = make_engine(settings)
    migrate(engine)
    migrate(engine)  # a restart runs them again: nothing to do
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"render_as_batch": True})
        differences = [diff for diff in compare_metadata(context, Base.metadata)
                       if not _is_search_index(diff)]
        version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    engine.dispose()
    assert differences == []
    assert version == ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
