"""Exports of the (filtered) queue as CSV (UTF-8 with BOM, opens in Excel) or XLSX."""

from __future__ import annotations

import csv
import io

from fastapi import APIRouter, Request, Response

from service import audit, queries
from service.api.clues import Filter
from service.api.deps import DB, Exporter, client_address
from service.db.models import DISPOSITIONS

router = APIRouter(prefix="/exports", tags=["exports"])

COLUMNS = [("id", "线索编号"), ("priority", "优先级"), ("kinds", "线索类型"), ("decision_number", "决定书文号"),
           ("issuing_agency", "处罚机关"), ("agency", "报送单位"), ("decision_date", "决定日期"),
           ("domain", "领域"), ("status", "状态"), ("disposition", "处理结果"), ("assignee", "承办人"),
           ("name", "文件名"), ("document_id", "文书SHA256")]
MAX_ROWS = 100_000


def export_rows(session, user, flt) -> list[list]:
    rows, _ = queries.ranked_queue(session, user, flt, limit=MAX_ROWS)
    table = []
    for summary in rows:
        summary["kinds"] = "、".join(queries.KIND_LABELS.get(k, k) for k in summary["kinds"])
        summary["status"] = queries.STATUS_LABELS.get(summary["status"], summary["status"])
        summary["disposition"] = DISPOSITIONS.get(summary["disposition"] or "", "")
        table.append([summary.get(key) for key, _ in COLUMNS])
    return table


def _log(session, request: Request, user, fmt: str, count: int) -> None:
    audit.record(session, action="export", user=user, target=f"clues.{fmt}",
                 detail={"rows": count, "query": str(request.query_params)}, client=client_address(request))


@router.get("/clues.csv", response_class=Response)
def export_csv(request: Request, session: DB, user: Exporter, flt: Filter) -> Response:
    table = export_rows(session, user, flt)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([label for _, label in COLUMNS])
    writer.writerows(table)
    _log(session, request, user, "csv", len(table))
    return Response(("\ufeff" + buffer.getvalue()).encode("utf-8"), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": "attachment; filename=clues.csv"})


@router.get("/clues.xlsx", response_class=Response)
def export_xlsx(request: Request, session: DB, user: Exporter, flt: Filter) -> Response:
    from openpyxl import Workbook

    table = export_rows(session, user, flt)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("线索")
    sheet.append([label for _, label in COLUMNS])
    for row in table:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    _log(session, request, user, "xlsx", len(table))
    return Response(buffer.getvalue(),
                    media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers={"Content-Disposition": "attachment; filename=clues.xlsx"})
