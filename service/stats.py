"""Statistics per agency and month: decisions received, clues, dispositions, transfers,
timeliness (days from a decision to its entry into the platform, and from a clue to its
disposition) and completeness of the entries (share of the key fields found in a decision)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from service.db.models import Clue, Document


def _month(session: Session, column):
    if session.get_bind().dialect.name == "sqlite":
        return func.strftime("%Y-%m", column)
    return func.to_char(column, "YYYY-MM")


def agency_month_stats(session: Session, *, agency: str | None = None) -> list[dict[str, Any]]:
    month = _month(session, Document.created_at).label("month")
    agency_col = func.coalesce(Document.agency, "（未注明）").label("agency")
    statement = (
        select(agency_col, month, func.count(Document.id),
               func.sum(case((Clue.finding_count > 0, 1), else_=0)),
               func.sum(case((Clue.status == "disposed", 1), else_=0)),
               func.sum(case((Clue.disposition == "transfer_police", 1), else_=0)),
               func.avg(Document.completeness))
        .join(Clue, Clue.document_pk == Document.id).group_by(agency_col, month)
        .order_by(month.desc(), agency_col))
    if agency:
        statement = statement.where(Document.agency == agency)
    rows = {(r[0], r[1]): r for r in session.execute(statement)}
    days = _disposition_days(session, agency)
    entry_days = _entry_days(session, agency)
    result = []
    for (agency_name, month_name), row in rows.items():
        waits = days.get((agency_name, month_name), [])
        delays = entry_days.get((agency_name, month_name), [])
        result.append({
            "agency": agency_name, "month": month_name, "received": int(row[2]),
            "clues": int(row[3] or 0), "dispositions": int(row[4] or 0), "transfers": int(row[5] or 0),
            "completeness": round(float(row[6] or 0.0), 3),
            "mean_days_to_entry": round(sum(delays) / len(delays), 1) if delays else None,
            "mean_days_to_disposition": round(sum(waits) / len(waits), 1) if waits else None,
            "disposed_within_30_days": round(sum(1 for w in waits if w <= 30) / len(waits), 3)
            if waits else None,
        })
    return result


def _disposition_days(session: Session, agency: str | None) -> dict[tuple[str, str], list[float]]:
    month = _month(session, Document.created_at)
    statement = (select(func.coalesce(Document.agency, "（未注明）"), month, Clue.created_at,
                        Clue.disposed_at)
                 .join(Clue, Clue.document_pk == Document.id).where(Clue.disposed_at.is_not(None)))
    if agency:
        statement = statement.where(Document.agency == agency)
    days: dict[tuple[str, str], list[float]] = defaultdict(list)
    for agency_name, month_name, created, disposed in session.execute(statement):
        days[(agency_name, month_name)].append((disposed - created).total_seconds() / 86400)
    return days


def _entry_days(session: Session, agency: str | None) -> dict[tuple[str, str], list[float]]:
    """Days from the decision date to the upload, per agency and month of upload."""
    month = _month(session, Document.created_at)
    statement = (select(func.coalesce(Document.agency, "（未注明）"), month, Document.decision_date,
                        Document.created_at).where(Document.decision_date.is_not(None)))
    if agency:
        statement = statement.where(Document.agency == agency)
    days: dict[tuple[str, str], list[float]] = defaultdict(list)
    for agency_name, month_name, decided, received in session.execute(statement):
        days[(agency_name, month_name)].append(max((received.date() - decided).days, 0))
    return days
