"""Persistence: models, engine and migrations (SQLite with WAL by default, PostgreSQL by URL)."""
