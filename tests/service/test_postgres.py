"""The persistence tests again on PostgreSQL (``scripts/pg_test.sh`` starts a server and sets
``LEADMINER_TEST_PG_URL``): every test imported below runs against that database."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text

from service.settings import ServiceSettings
from tests.service.test_access import (  # noqa: F401  (collected here with the PostgreSQL settings)
    test_audit_log_and_review_history_are_append_only,
    test_clerk_sees_and_uploads_only_for_own_agency,
    test_login_is_throttled_after_repeated_failures,
)
from tests.service.test_exports_stats import test_statistics_per_agency_and_month  # noqa: F401
from tests.service.test_jobs import (  # noqa: F401
    test_duplicate_upload_is_recognized_and_not_analyzed_twice,
    test_job_left_running_is_resumed_after_restart,
    test_zip_dossier_yields_one_document_per_member_with_its_original,
)
from tests.service.test_migrations import test_migrations_match_the_models_and_rerun_cleanly  # noqa: F401
from tests.service.test_workflow import (  # noqa: F401
    test_clue_detail_review_history_and_audit,
    test_queue_filters_and_chinese_full_text_search,
    test_upload_is_screened_into_a_ranked_queue,
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
