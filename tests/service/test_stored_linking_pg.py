"""The stored-linking tests again on PostgreSQL (``scripts/pg_test.sh`` starts a server and sets
``LEADMINER_TEST_PG_URL``): the scheme index, the window queries and migration 0006's fill."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text

from service.settings import ServiceSettings
from tests.service.test_stored_linking import (  # noqa: F401  (collected here with the PostgreSQL settings)
    test_a_corrected_violated_provision_moves_the_document_to_its_new_window,
    test_a_legal_representative_or_address_ties_stored_decisions_within_two_years,
    test_an_existing_database_is_upgraded_with_the_keys_filled,
    test_repeat_offender_is_found_among_stored_decisions,
    test_third_nominee_decision_is_summed_with_the_two_stored_ones,
)

pytestmark = pytest.mark.postgres


@pytest.fixture
def settings(tmp_path) -> ServiceSettings:
    url = os.environ.get("LEADMINER_TEST_PG_URL")
    if not url:
        pytest.skip("LEADMINER_TEST_PG_URL is not set (run scripts/pg_test.sh)")
    engine = create_engine(url)
    with engine.begin() as connection:  # a fresh schema for every test
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
        connection.execute(text("DROP FUNCTION IF EXISTS leadminer_append_only() CASCADE"))
    engine.dispose()
    return ServiceSettings(data_dir=tmp_path / "data", database_url=url, executor="sync",
                           models_dir=tmp_path / "models")
