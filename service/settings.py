"""Typed settings of the service (environment prefix ``LEADMINER_``).

``data_dir`` holds the SQLite database and the content-addressed file store; setting
``database_url`` switches to PostgreSQL (``postgresql+psycopg://...``). ``dask_scheduler``
sends analysis tasks to an existing Dask cluster instead of the embedded ``LocalCluster``;
``executor="sync"`` runs them inline (tests, tiny installs).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic_settings import BaseSettings, SettingsConfigDict


class ServiceSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LEADMINER_", extra="ignore")

    data_dir: Path = Path("./data")
    database_url: str | None = None
    executor: Literal["dask", "sync"] = "dask"
    dask_scheduler: str | None = None
    dask_workers: int = 1
    dask_threads_per_worker: int = 2
    task_retries: int = 2
    session_hours: float = 12.0
    cookie_secure: bool = False
    login_max_failures: int = 5
    login_window_seconds: int = 900
    max_upload_bytes: int = 500 * 1024 * 1024
    page_image_dpi: int = 110
    models_dir: Path = Path(__file__).resolve().parents[1] / "models"

    @property
    def files_dir(self) -> Path:
        return self.data_dir / "files"

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'leadminer.db').resolve()}"

    @property
    def is_sqlite(self) -> bool:
        return self.resolved_database_url().startswith("sqlite")
