"""Statistics per agency and month."""

from __future__ import annotations

from fastapi import APIRouter

from service import stats
from service.api.deps import DB, StatsReader

router = APIRouter(prefix="/stats", tags=["statistics"])


@router.get("")
def agency_month(session: DB, _user: StatsReader, agency: str | None = None) -> list[dict]:
    return stats.agency_month_stats(session, agency=agency)
